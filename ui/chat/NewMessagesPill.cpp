#include "ui/chat/NewMessagesPill.h"

namespace cd::ui {

NewMessagesPill::NewMessagesPill(QWidget *viewport) : QPushButton(viewport)
{
    setObjectName(QStringLiteral("newMessagesPill"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus); // keyboard users have Alt+End in the list; the pill must not steal focus
    setAutoDefault(false);
    hide();
}

void NewMessagesPill::addMessages(int count)
{
    m_count += count;
    //: Floating button over the chat when new messages arrived below; %n is how many
    setText(tr("↓ %n new message(s)", nullptr, m_count));
    setAccessibleName(text());
    adjustSize();
    reposition();
    show();
    raise();
}

void NewMessagesPill::clear()
{
    m_count = 0;
    hide();
}

void NewMessagesPill::reposition()
{
    if (!parentWidget())
        return;
    const QSize s = sizeHint();
    const QRect area = parentWidget()->rect();
    setGeometry(area.center().x() - s.width() / 2, area.bottom() - s.height() - 12, s.width(), s.height());
}

} // namespace cd::ui

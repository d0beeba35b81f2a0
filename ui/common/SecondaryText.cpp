#include "ui/common/SecondaryText.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace cd::ui {

void makeSecondaryText(QWidget *widget)
{
    QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // 35% of the way from the text colour to the background: readable in light and dark themes.
    const QColor soft = QColor::fromRgbF(text.redF() + (window.redF() - text.redF()) * 0.35f,
                                         text.greenF() + (window.greenF() - text.greenF()) * 0.35f,
                                         text.blueF() + (window.blueF() - text.blueF()) * 0.35f);
    palette.setColor(QPalette::WindowText, soft);
    widget->setPalette(palette);
}

} // namespace cd::ui

#include "ui/common/FirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace cd::ui {

namespace {

// Set on a widget once it has painted, so that work asked for later (a part of the window built after the first
// frame) runs at once instead of waiting for a paint that may not come soon.
constexpr char PaintedProperty[] = "_clinicdesk_painted";

class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QWidget *widget, QObject *context, std::function<void()> then)
        : QObject(widget), m_context(context), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->setProperty(PaintedProperty, true);
            watched->removeEventFilter(this);
            if (m_context)
                QTimer::singleShot(0, m_context.data(), m_then);
            deleteLater();
        }
        return false;
    }

private:
    QPointer<QObject> m_context;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

void whenFirstPainted(QWidget *widget, QObject *context, std::function<void()> then)
{
    if (widget->property(PaintedProperty).toBool()) {
        QTimer::singleShot(0, context, std::move(then));
        return;
    }
    new FirstPaintFilter(widget, context, std::move(then));
}

} // namespace cd::ui

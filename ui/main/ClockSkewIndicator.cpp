#include "ui/main/ClockSkewIndicator.h"

#include "core/messaging/MessagingService.h"
#include "core/twilio/TwilioClock.h"

namespace cd::ui {

ClockSkewIndicator::ClockSkewIndicator(MessagingService &messaging, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("clockSkew"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Clock warning"));
    connect(&messaging, &MessagingService::cycleFinished, this, &ClockSkewIndicator::refresh);
    refresh();
}

void ClockSkewIndicator::refresh()
{
    const auto offset = TwilioClock::offsetMs();
    if (!offset || !TwilioClock::skewed()) {
        hide();
        return;
    }
    // Messages stay safe (lookups use Twilio's clock), but times shown here and scheduled sends are off.
    setText(tr("⚠ This computer's clock is %1").arg(TwilioClock::describe(*offset)));
    setToolTip(tr("Times shown by ClinicDesk and scheduled messages follow this computer's clock. Set the date, time "
                  "and time zone correctly (or turn on automatic time) in the system settings."));
    setAccessibleDescription(toolTip());
    show();
}

} // namespace cd::ui

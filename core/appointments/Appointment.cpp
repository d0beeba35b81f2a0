#include "core/appointments/Appointment.h"

#include "core/messaging/Message.h"

namespace cd {

bool AppointmentStatus::isValid(const QString &status)
{
    return status == Booked || status == Confirmed || status == NeedsReschedule || status == Cancelled ||
           status == Completed || status == NoShow;
}

QString AppointmentNotification::displayState() const
{
    if (state == NotificationState::Releasing)
        return NotificationState::Planned;
    if (state == NotificationState::Cancelling)
        return messageStatus == MessageStatus::Scheduled ? NotificationState::Scheduled : NotificationState::Cancelled;
    if (state != NotificationState::Released)
        return state;
    // Released: the outbox row says where it is.
    const QString &s = messageStatus;
    if (s == MessageStatus::Pending)
        return messageExpiresAt.isValid() ? NotificationState::Sending : NotificationState::Planned;
    if (s == MessageStatus::Scheduled)
        return NotificationState::Scheduled;
    if (s == MessageStatus::Sent)
        return NotificationState::Sent;
    if (s == MessageStatus::Delivered || s == QLatin1String("read"))
        return NotificationState::Delivered;
    if (s == MessageStatus::Failed || s == MessageStatus::Undelivered)
        return NotificationState::Failed;
    if (s == MessageStatus::Canceled) {
        // The outbox cancels a desk send that could not go out before its expiry: that reminder was missed.
        if (messageExpiresAt.isValid() && messageUpdatedAt.isValid() && messageUpdatedAt >= messageExpiresAt)
            return NotificationState::Missed;
        return NotificationState::Cancelled;
    }
    return NotificationState::Sending; // accepted, queued, sending, unknown
}

QString AppointmentNotification::displayReason() const
{
    if (state == NotificationState::Released && !messageError.isEmpty())
        return messageError;
    return reason;
}

} // namespace cd

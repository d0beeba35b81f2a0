#include "ui/appointments/AppointmentText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace cd::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::AppointmentText", text);
}
} // namespace

QString appointmentStatusText(const QString &status)
{
    if (status == AppointmentStatus::Booked)
        return tr("Booked, not confirmed");
    if (status == AppointmentStatus::Confirmed)
        return tr("✓ Confirmed");
    if (status == AppointmentStatus::NeedsReschedule)
        return tr("⚠ Needs reschedule");
    if (status == AppointmentStatus::Cancelled)
        return tr("Cancelled");
    if (status == AppointmentStatus::Completed)
        return tr("Completed");
    if (status == AppointmentStatus::NoShow)
        return tr("No-show");
    return status;
}

QString notificationStateText(const QString &state)
{
    if (state == NotificationState::Planned)
        return tr("Planned");
    if (state == NotificationState::Scheduled)
        return tr("Scheduled at Twilio");
    if (state == NotificationState::Sending)
        return tr("Sending");
    if (state == NotificationState::Sent)
        return tr("✓ Sent");
    if (state == NotificationState::Delivered)
        return tr("✓✓ Delivered");
    if (state == NotificationState::Failed)
        return tr("⚠ Failed");
    if (state == NotificationState::Cancelled)
        return tr("Cancelled");
    if (state == NotificationState::Skipped)
        return tr("⚠ Skipped");
    if (state == NotificationState::Missed)
        return tr("⚠ Missed");
    return state;
}

QString notificationKindText(const AppointmentNotification &n)
{
    if (n.kind == NotificationKind::Confirmation)
        return tr("Booking confirmation");
    if (n.kind == NotificationKind::Reschedule)
        return tr("New-time notice");
    if (n.kind == NotificationKind::Cancellation)
        return tr("Cancellation notice");
    if (n.offsetMinutes)
        return QCoreApplication::translate("cd::ui::AppointmentText", "Reminder %1 h before")
            .arg(QLocale().toString(*n.offsetMinutes / 60.0, 'g', 3));
    return tr("Reminder");
}

QString appointmentTimeText(const QDateTime &utc, const QString &zone)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QTimeZone tz(zone.toUtf8());
    const QDateTime local = tz.isValid() ? utc.toTimeZone(tz) : utc.toLocalTime();
    return QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")) + QLatin1Char(' ') +
           (tz.isValid() ? tz.abbreviation(local) : QString());
}

} // namespace cd::ui

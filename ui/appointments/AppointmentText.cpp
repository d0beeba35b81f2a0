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

QString appointmentReplyNote(const AppointmentStore::ReplyInfo &reply)
{
    const bool confirm = reply.action == QLatin1String("confirm");
    if (!reply.appointment)
        return confirm ? tr("Confirms an appointment: several are pending, choose which in View → Today")
                       : tr("Asks for a new time: several appointments are pending, choose which in View → Today");
    const Appointment &a = *reply.appointment;
    const QTimeZone tz(a.timeZone.toUtf8());
    const QDateTime local = tz.isValid() ? a.startUtc.toTimeZone(tz) : a.startUtc.toLocalTime();
    const QLocale locale;
    QString when = locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   locale.toString(local.time(), QLocale::ShortFormat);
    if (tz.isValid() && tz != QTimeZone::systemTimeZone())
        when += QLatin1Char(' ') + tz.abbreviation(local);
    //: A patient's reply C in the chat: the appointment it confirmed (date, time, then "with" the provider)
    const QString withProvider = QCoreApplication::translate("cd::ui::AppointmentText", "%1 with %2");
    const QString what = a.provider.trimmed().isEmpty() ? when : withProvider.arg(when, a.provider.trimmed());
    return confirm ? QCoreApplication::translate("cd::ui::AppointmentText", "Confirmed: %1").arg(what)
                   : QCoreApplication::translate("cd::ui::AppointmentText", "Asked to reschedule: %1").arg(what);
}

} // namespace cd::ui

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace cd {

class SettingsSnapshot;

// Settings keys of the appointment notifications (clinic-wide; `config set` and Settings accept them).
namespace AppointmentKeys {
inline const QString ClinicTimeZone = QStringLiteral("appointments/clinicTimeZone");
inline const QString ConfirmationOn = QStringLiteral("appointments/confirmation");
inline const QString ReminderHours = QStringLiteral("appointments/reminderHours"); // "48,2"; empty: none
inline const QString RescheduleOn = QStringLiteral("appointments/rescheduleNotice");
inline const QString CancellationOn = QStringLiteral("appointments/cancellationNotice");
inline const QString QuietStart = QStringLiteral("appointments/allowedFrom");    // "08:00"
inline const QString QuietEnd = QStringLiteral("appointments/allowedUntil");     // "20:00"
inline const QString HorizonHours = QStringLiteral("appointments/horizonHours"); // 72
inline const QString GraceMinutes = QStringLiteral("appointments/graceMinutes"); // 30
// Templates: "appointments/template/<kind>/<language>", e.g. appointments/template/reminder/es.
QString templateKey(const QString &kind, const QString &language);
} // namespace AppointmentKeys

// The clinic's notification rules, read once from the settings (a plain value: the planner takes it as a parameter).
struct AppointmentRules
{
    QTimeZone clinicZone = QTimeZone("America/New_York");
    QString clinicName;
    bool confirmation = true;
    QList<int> reminderMinutes = {48 * 60, 2 * 60}; // before the start; each can be removed
    bool rescheduleNotice = true;
    bool cancellationNotice = true;
    QTime allowedFrom = QTime(8, 0); // automatic messages only inside [from, until] in the patient's zone
    QTime allowedUntil = QTime(20, 0);
    int horizonHours = 72;          // scheduled at Twilio only this far ahead (an offline edit can still catch it)
    int graceMinutes = 30;          // a desk reminder later than this is missed, not sent late
    int twilioMinLeadSec = 20 * 60; // Twilio's 15 minutes plus a safety margin
    int twilioMaxLeadSec = 34 * 24 * 3600; // Twilio's 35 days minus a margin
    QString messagingServiceSid;           // empty: every notification is sent from the desk
    QHash<QString, QString> templates;     // "kind/lang" -> text set by the clinic (else the built-in default)

    static AppointmentRules fromSettings(const SettingsSnapshot &settings);
    QString templateFor(const QString &kind, const QString &language) const;
};

} // namespace cd

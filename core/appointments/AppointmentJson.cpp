#include "core/appointments/AppointmentJson.h"

#include <QJsonArray>

namespace cd {

QString isoUtc(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z') : QString();
}

QJsonObject appointmentToJson(const Appointment &a)
{
    QJsonArray notifications;
    for (const AppointmentNotification &n : a.notifications) {
        QJsonObject o{{QStringLiteral("kind"), n.kind},
                      {QStringLiteral("due_utc"), n.dueUtc.isValid() ? QJsonValue(isoUtc(n.dueUtc)) : QJsonValue()},
                      {QStringLiteral("state"), n.displayState()},
                      {QStringLiteral("sid"), n.sid.isEmpty() ? QJsonValue() : QJsonValue(n.sid)}};
        if (n.offsetMinutes)
            o.insert(QStringLiteral("offset_minutes"), *n.offsetMinutes);
        if (const QString note = n.displayReason(); !note.isEmpty())
            o.insert(QStringLiteral("note"), note);
        notifications.append(o);
    }
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("patient_id"), a.patientId},
                       {QStringLiteral("start_utc"), isoUtc(a.startUtc)},
                       {QStringLiteral("time_zone"), a.timeZone},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("duration_min"), a.durationMinutes},
                       {QStringLiteral("provider"), a.provider},
                       {QStringLiteral("location"), a.location},
                       {QStringLiteral("notifications"), notifications}};
}

} // namespace cd

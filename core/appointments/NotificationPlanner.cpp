#include "core/appointments/NotificationPlanner.h"

#include <QLocale>

#include <algorithm>

namespace cd {

namespace {

QDateTime at(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toUTC();
}

QString localText(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale::c().toString(utc.toTimeZone(zone), QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
}

} // namespace

QDateTime NotificationPlanner::latestAllowedAtOrBefore(const QDateTime &utc, const QTimeZone &zone,
                                                       const AppointmentRules &rules)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QTime t = local.time();
    if (t >= rules.allowedFrom && t <= rules.allowedUntil)
        return utc.toUTC();
    if (t > rules.allowedUntil)
        return at(local.date(), rules.allowedUntil, zone);
    return at(local.date().addDays(-1), rules.allowedUntil, zone);
}

QDateTime NotificationPlanner::earliestAllowedAtOrAfter(const QDateTime &utc, const QTimeZone &zone,
                                                        const AppointmentRules &rules)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QTime t = local.time();
    if (t >= rules.allowedFrom && t <= rules.allowedUntil)
        return utc.toUTC();
    if (t < rules.allowedFrom)
        return at(local.date(), rules.allowedFrom, zone);
    return at(local.date().addDays(1), rules.allowedFrom, zone);
}

QList<AppointmentNotification> NotificationPlanner::reminders(const QDateTime &startUtc, const QTimeZone &patientZone,
                                                              const QDateTime &now, const AppointmentRules &rules)
{
    QList<int> offsets = rules.reminderMinutes;
    std::sort(offsets.begin(), offsets.end(), std::greater<int>());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    QList<AppointmentNotification> out;
    for (int minutes : std::as_const(offsets)) {
        AppointmentNotification n;
        n.kind = NotificationKind::Reminder;
        n.offsetMinutes = minutes;
        n.idealUtc = startUtc.addSecs(-qint64(minutes) * 60).toUTC();
        n.state = NotificationState::Planned;
        const QString hours = QLocale().toString(minutes / 60.0, 'g', 3);
        if (n.idealUtc <= now) {
            n.state = NotificationState::Skipped;
            n.reason = tr("Booked less than %1 h before the appointment.").arg(hours);
        } else {
            n.dueUtc = latestAllowedAtOrBefore(n.idealUtc, patientZone, rules);
            if (n.dueUtc <= now) {
                n.state = NotificationState::Skipped;
                n.reason = tr("%1 falls in quiet hours in the patient's zone and no allowed time remains before it.")
                               .arg(localText(n.idealUtc, patientZone));
                n.dueUtc = QDateTime();
            } else if (n.dueUtc != n.idealUtc) {
                n.reason = tr("Moved from %1 to %2: quiet hours in the patient's zone.")
                               .arg(localText(n.idealUtc, patientZone), localText(n.dueUtc, patientZone));
            }
        }
        out.append(n);
    }
    return out;
}

AppointmentNotification NotificationPlanner::notice(const QString &kind, const QDateTime &startUtc,
                                                    const QTimeZone &patientZone, const QDateTime &now,
                                                    const AppointmentRules &rules)
{
    AppointmentNotification n;
    n.kind = kind;
    n.idealUtc = now.toUTC();
    n.state = NotificationState::Planned;
    n.dueUtc = earliestAllowedAtOrAfter(now, patientZone, rules);
    if (n.dueUtc >= startUtc) {
        n.state = NotificationState::Skipped;
        n.reason = tr("No allowed hour remains before the appointment (quiet hours in the patient's zone).");
        n.dueUtc = QDateTime();
    } else if (n.dueUtc != n.idealUtc) {
        n.reason = tr("Waits for %1: quiet hours in the patient's zone.").arg(localText(n.dueUtc, patientZone));
    }
    return n;
}

NotificationPlanner::Release NotificationPlanner::decide(const QDateTime &dueUtc, const QDateTime &startUtc,
                                                         const QDateTime &now, const AppointmentRules &rules,
                                                         bool twilioScheduling)
{
    const qint64 lead = now.secsTo(dueUtc);
    if (twilioScheduling) {
        const qint64 horizon = std::min<qint64>(qint64(rules.horizonHours) * 3600, rules.twilioMaxLeadSec);
        if (lead > horizon)
            return Release::Wait;
        if (lead >= rules.twilioMinLeadSec)
            return Release::AtTwilio;
        // Too close for Twilio's scheduling window: the desk sends it at its time.
    }
    if (now < dueUtc)
        return Release::Wait;
    if (now >= deskExpiry(dueUtc, startUtc, rules))
        return Release::Missed;
    return Release::FromDesk;
}

QDateTime NotificationPlanner::deskExpiry(const QDateTime &dueUtc, const QDateTime &startUtc,
                                          const AppointmentRules &rules)
{
    return std::min(dueUtc.addSecs(qint64(rules.graceMinutes) * 60), startUtc).toUTC();
}

} // namespace cd

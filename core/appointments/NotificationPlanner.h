#pragma once

#include "core/appointments/Appointment.h"
#include "core/appointments/AppointmentRules.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace cd {

// Pure time arithmetic for appointment notifications: no database, no clock of its own (`now` is a parameter), so
// the daylight-saving weeks and other zones are tested exactly.
class NotificationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cd::NotificationPlanner)
public:
    // The latest instant at or before `utc` that lies inside the allowed hours in `zone` (DST-correct: the
    // boundaries are local wall-clock times of that day).
    static QDateTime latestAllowedAtOrBefore(const QDateTime &utc, const QTimeZone &zone,
                                             const AppointmentRules &rules);
    // The earliest instant at or after `utc` inside the allowed hours in `zone`.
    static QDateTime earliestAllowedAtOrAfter(const QDateTime &utc, const QTimeZone &zone,
                                              const AppointmentRules &rules);

    // The reminders of an appointment starting at `startUtc`, booked (or moved) at `now`; a reminder whose time
    // has passed, or that quiet hours push into the past, is returned skipped with its reason.
    static QList<AppointmentNotification> reminders(const QDateTime &startUtc, const QTimeZone &patientZone,
                                                    const QDateTime &now, const AppointmentRules &rules);
    // A notice sent at once (confirmation, reschedule, cancellation), delayed to the next allowed hour; skipped when
    // no allowed hour remains before the appointment.
    static AppointmentNotification notice(const QString &kind, const QDateTime &startUtc, const QTimeZone &patientZone,
                                          const QDateTime &now, const AppointmentRules &rules);

    enum class Release
    {
        Wait,     // not yet (beyond the horizon, or not due at the desk)
        AtTwilio, // create it at Twilio now, scheduled for its due time
        FromDesk, // send it now from this desk (with a validity period)
        Missed,   // its time passed more than the grace period ago, or the appointment has started
    };
    // What to do with a planned notification at `now`. `twilioScheduling`: a Messaging Service is configured.
    static Release decide(const QDateTime &dueUtc, const QDateTime &startUtc, const QDateTime &now,
                          const AppointmentRules &rules, bool twilioScheduling);
    // Until when a desk send is still worth it: the grace period after its time, and never after the start.
    static QDateTime deskExpiry(const QDateTime &dueUtc, const QDateTime &startUtc, const AppointmentRules &rules);
};

} // namespace cd

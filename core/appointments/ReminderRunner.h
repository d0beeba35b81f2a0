#pragma once

#include "core/appointments/AppointmentRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace cd {

class AppointmentStore;
class Outbox;
class SmsGateway;
struct Appointment;
struct AppointmentNotification;

// What one pass did (`clinicdesk-cli reminders run --json`).
struct ReminderReport
{
    int scheduled = 0; // created at Twilio as scheduled messages
    int sent = 0;      // sent from this desk
    int cancelled = 0; // cancelled at Twilio or in the outbox
    int skipped = 0;   // could not be sent (opted out, no phone, no consent)
    int missed = 0;    // their time passed while no desk was running
    int failed = 0;    // refused by Twilio
    QStringList errors;
    void add(const ReminderReport &other);
};

// One pass over the planned notifications, in the thread that has the transport (the messaging thread's cycle, or
// `reminders run`): first the cancels that wait (at Twilio or in the outbox), then every notification whose time has
// come is released exactly once (claimRelease: one process wins) into the outbox and sent: created at Twilio as a
// scheduled message when a Messaging Service is configured and its time is 20 min to the horizon ahead, else sent
// from the desk at its time with a validity period, or marked missed after the grace period. Twilio's scheduling
// refusals (35111/35114/35115/35117/35118) fall back to the desk.
class ReminderRunner
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReminderRunner)
public:
    ReminderRunner(AppointmentStore &store, Outbox &outbox, SmsGateway *gateway, AppointmentRules rules);
    ReminderReport run();

    static bool isSchedulingRefusal(std::optional<int> code);
    // The report of the last pass of this process's messaging cycle (for `reminders run`), then cleared.
    static ReminderReport takeCycleReport();
    static void addCycleReport(const ReminderReport &report);

private:
    void cancelWaiting(const AppointmentNotification &n, ReminderReport &report);
    void release(const AppointmentNotification &n, const Appointment &appointment, bool atTwilio,
                 ReminderReport &report);
    void recoverStale();

    AppointmentStore &m_store;
    Outbox &m_outbox;
    SmsGateway *m_gateway;
    AppointmentRules m_rules;
    bool m_offline = false; // a cancel could not reach Twilio: the rest waits for the next pass
};

} // namespace cd

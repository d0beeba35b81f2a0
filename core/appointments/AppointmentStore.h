#pragma once

#include "core/appointments/Appointment.h"
#include "core/appointments/AppointmentRules.h"
#include "core/common/Result.h"

#include <QObject>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace cd {

class Database;
class MessageStore;
class PatientStore;
struct Patient;

struct AppointmentDraft
{
    qint64 patientId = 0;
    QDateTime startUtc;
    QString timeZone; // empty: the patient's zone
    int durationMinutes = 30;
    QString provider;
    QString location;
    QString reason;
};

// A C/R reply that matched several pending appointments: staff choose one.
struct OpenReply
{
    qint64 id = 0;
    qint64 messageId = 0;
    qint64 patientId = 0;
    QString action; // "confirm" / "reschedule"
    QDateTime at;
};

// The one owner of appointments SQL: appointments, their planned notifications and C/R replies. Every change and
// its audit rows land in one transaction; the notifications are planned at once (NotificationPlanner) and turned
// into outbox messages later by ReminderRunner. Messages are read and changed only through MessageStore.
class AppointmentStore : public QObject
{
    Q_OBJECT
public:
    AppointmentStore(std::shared_ptr<Database> database, MessageStore &messages, PatientStore &patients,
                     QObject *parent = nullptr);

    // The zone a patient's messages are written in: theirs, else the clinic's.
    static QTimeZone patientZone(const Patient &patient, const AppointmentRules &rules);

    // Error codes: appointment.not-found, appointment.bad-time, appointment.bad-zone, appointment.bad-duration,
    // appointment.not-active, patient.not-found.
    Result<Appointment> create(const AppointmentDraft &draft, const AppointmentRules &rules);
    Result<Appointment> edit(qint64 id, const QString &provider, const QString &location, const QString &reason,
                             int durationMinutes);
    Result<Appointment> reschedule(qint64 id, const QDateTime &startUtc, const QString &timeZone,
                                   const AppointmentRules &rules);
    Result<Appointment> cancel(qint64 id, const AppointmentRules &rules);
    // confirmed, needs_reschedule, completed, no_show (by staff or by a reply; `why` goes to the audit row).
    Result<Appointment> setStatus(qint64 id, const QString &status, const QString &why);

    Result<Appointment> get(qint64 id) const;
    // Ordered by start; a bound left invalid is open.
    Result<QList<Appointment>> list(std::optional<qint64> patientId, const QDateTime &fromUtc = {},
                                    const QDateTime &toUtc = {}) const;
    // Upcoming appointments of a patient in one of `statuses`, soonest first.
    Result<QList<Appointment>> upcoming(qint64 patientId, const QStringList &statuses) const;

    // --- Replies ---
    Status<> recordReply(qint64 messageId, qint64 patientId, const QString &action,
                         std::optional<qint64> appointmentId);
    Result<QList<OpenReply>> openReplies() const;
    // Staff picked the appointment an ambiguous reply meant: applies it (confirm / needs reschedule).
    Result<Appointment> resolveReply(qint64 replyId, qint64 appointmentId);
    // The appointment a reply message applied to, if any (for the chat).
    Result<std::optional<qint64>> appointmentForReply(qint64 messageId) const;
    // What a C/R reply did, for its chat bubble: the action and the appointment (none while staff must choose).
    struct ReplyInfo
    {
        QString action; // "confirm" / "reschedule"
        std::optional<Appointment> appointment;
    };
    Result<std::optional<ReplyInfo>> replyInfo(qint64 messageId) const;

    // --- The runner's rows ---
    // Notifications not finished yet: planned, releasing, cancelling, released (with the appointment's start).
    Result<QList<AppointmentNotification>> openNotifications() const;
    Result<AppointmentNotification> notification(qint64 id) const;
    // planned -> releasing for exactly one process.
    Result<bool> claimRelease(qint64 id, const QString &token);
    // releasing -> released with its message (false: it was cancelled meanwhile).
    Result<bool> markReleased(qint64 id, const QString &token, qint64 messageId, const QString &via);
    // Sets state (and reason) only while the row is in `fromState`; audited with `auditAction` when not empty.
    Result<bool> moveState(qint64 id, const QString &fromState, const QString &toState, const QString &reason,
                           const QString &auditAction = {});
    // A notification whose release failed at Twilio falls back to the desk: planned again, via desk.
    Result<bool> fallBackToDesk(qint64 id, const QString &reason);
    // A patient opted out: every notification not handed to the outbox yet stops (the outbox cancels its own rows).
    Result<int> cancelPlannedForPatient(qint64 patientId, const QString &reason);
    // releasing rows older than `olderThanSec` (their process died between claim and queue).
    Result<QList<AppointmentNotification>> staleReleasing(int olderThanSec) const;

    std::shared_ptr<Database> database() const { return m_database; }
    MessageStore &messages() { return m_messages; }
    PatientStore &patients() { return m_patients; }

signals:
    void changed(qint64 appointmentId, qint64 patientId);

private:
    Result<Appointment> load(qint64 id) const;
    Status<> attachNotifications(QList<Appointment> &appointments) const;
    void fillFromMessage(AppointmentNotification &n) const;
    void announce(const Appointment &a);

    std::shared_ptr<Database> m_database;
    MessageStore &m_messages;
    PatientStore &m_patients;
};

} // namespace cd

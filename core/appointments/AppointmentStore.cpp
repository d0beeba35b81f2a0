#include "core/appointments/AppointmentStore.h"

#include "core/appointments/NotificationPlanner.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAppointments, "clinicdesk.appointments")

namespace cd {

namespace {

const QString AppointmentColumns = QStringLiteral(
    "id, patient_id, start_utc, time_zone, duration_min, provider, location, reason, status, created_at, updated_at");
const QString NotificationColumns =
    QStringLiteral("id, appointment_id, kind, offset_minutes, ideal_utc, due_utc, state, via, reason, message_id, "
                   "attempt");

Appointment appointmentFrom(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.startUtc = fromDbTime(q.value(2).toString());
    a.timeZone = q.value(3).toString();
    a.durationMinutes = q.value(4).toInt();
    a.provider = q.value(5).toString();
    a.location = q.value(6).toString();
    a.reason = q.value(7).toString();
    a.status = q.value(8).toString();
    a.createdAt = fromDbTime(q.value(9).toString());
    a.updatedAt = fromDbTime(q.value(10).toString());
    return a;
}

AppointmentNotification notificationFrom(const QSqlQuery &q)
{
    AppointmentNotification n;
    n.id = q.value(0).toLongLong();
    n.appointmentId = q.value(1).toLongLong();
    n.kind = q.value(2).toString();
    if (!q.value(3).isNull())
        n.offsetMinutes = q.value(3).toInt();
    n.idealUtc = fromDbTime(q.value(4).toString());
    n.dueUtc = fromDbTime(q.value(5).toString());
    n.state = q.value(6).toString();
    n.via = q.value(7).toString();
    n.reason = q.value(8).toString();
    if (!q.value(9).isNull())
        n.messageId = q.value(9).toLongLong();
    n.attempt = q.value(10).toInt();
    return n;
}

QString nowText()
{
    return toDbTime(Clock::instance().nowUtc());
}

Status<> insertNotification(QSqlDatabase &tx, qint64 appointmentId, qint64 patientId, const AppointmentNotification &n)
{
    const QString now = nowText();
    auto q =
        Database::exec(tx,
                       QStringLiteral("INSERT INTO appointment_notifications (appointment_id, kind, offset_minutes, "
                                      "ideal_utc, due_utc, state, reason, created_at, updated_at) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {appointmentId, n.kind, sql::integer(n.offsetMinutes), toDbTime(n.idealUtc), sql::time(n.dueUtc),
                        n.state, sql::text(n.reason), now, now});
    if (!q)
        return q.error();
    return AuditLog::record(
        tx,
        n.state == NotificationState::Skipped ? QStringLiteral("appointment.notification.skipped")
                                              : QStringLiteral("appointment.notification.planned"),
        patientId,
        QStringLiteral("appointment %1, %2%3, due %4")
            .arg(appointmentId)
            .arg(n.kind)
            .arg(n.offsetMinutes ? QStringLiteral(" %1 min before").arg(*n.offsetMinutes) : QString())
            .arg(n.dueUtc.isValid() ? toDbTime(n.dueUtc) : QStringLiteral("-")));
}

// Every notification of the appointment that has not gone yet stops: planned ones at once, released ones through
// the runner (a scheduled message must be cancelled at Twilio).
Status<> stopOpenNotifications(QSqlDatabase &tx, qint64 appointmentId, qint64 patientId, const QString &why)
{
    const QString now = nowText();
    auto planned =
        Database::exec(tx,
                       QStringLiteral("UPDATE appointment_notifications SET state = 'cancelled', reason = ?, "
                                      "updated_at = ? WHERE appointment_id = ? AND state IN ('planned', "
                                      "'releasing')"),
                       {why, now, appointmentId});
    if (!planned)
        return planned.error();
    const int stopped = planned->numRowsAffected();
    auto released = Database::exec(tx,
                                   QStringLiteral("UPDATE appointment_notifications SET state = 'cancelling', reason = "
                                                  "?, updated_at = ? WHERE appointment_id = ? AND state = 'released'"),
                                   {why, now, appointmentId});
    if (!released)
        return released.error();
    if (stopped + released->numRowsAffected() == 0)
        return Ok{};
    return AuditLog::record(tx, QStringLiteral("appointment.notification.cancelled"), patientId,
                            QStringLiteral("appointment %1: %2 planned, %3 to cancel at Twilio or in the outbox")
                                .arg(appointmentId)
                                .arg(stopped)
                                .arg(released->numRowsAffected()));
}

} // namespace

AppointmentStore::AppointmentStore(std::shared_ptr<Database> database, MessageStore &messages, PatientStore &patients,
                                   QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_messages(messages), m_patients(patients)
{
}

QTimeZone AppointmentStore::patientZone(const Patient &patient, const AppointmentRules &rules)
{
    if (!patient.timeZone.isEmpty()) {
        const QTimeZone zone(patient.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return rules.clinicZone;
}

void AppointmentStore::announce(const Appointment &a)
{
    emit changed(a.id, a.patientId);
}

Result<Appointment> AppointmentStore::create(const AppointmentDraft &draft, const AppointmentRules &rules)
{
    auto patient = m_patients.get(draft.patientId);
    if (!patient)
        return patient.error();
    const QTimeZone zone = draft.timeZone.isEmpty() ? patientZone(*patient, rules) : QTimeZone(draft.timeZone.toUtf8());
    if (!zone.isValid())
        return makeError(
            QStringLiteral("appointment.bad-zone"),
            tr("Unknown time zone \"%1\". Use an IANA name such as America/New_York.").arg(draft.timeZone));
    const QDateTime now = Clock::instance().nowUtc();
    if (!draft.startUtc.isValid())
        return makeError(QStringLiteral("appointment.bad-time"), tr("The start time is missing or not a valid time."));
    if (draft.startUtc <= now)
        return makeError(QStringLiteral("appointment.bad-time"),
                         tr("The start time is in the past. Book appointments from now on."));
    if (draft.durationMinutes < 5 || draft.durationMinutes > 12 * 60)
        return makeError(QStringLiteral("appointment.bad-duration"),
                         tr("The duration must be between 5 minutes and 12 hours."));

    const QTimeZone messageZone = patientZone(*patient, rules);
    QList<AppointmentNotification> plan;
    if (rules.confirmation)
        plan.append(
            NotificationPlanner::notice(NotificationKind::Confirmation, draft.startUtc, messageZone, now, rules));
    plan.append(NotificationPlanner::reminders(draft.startUtc, messageZone, now, rules));

    qint64 id = 0;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        const QString stamp = toDbTime(now);
        auto q = Database::exec(
            tx,
            QStringLiteral("INSERT INTO appointments (patient_id, start_utc, time_zone, duration_min, "
                           "provider, location, reason, status, created_at, updated_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {draft.patientId, toDbTime(draft.startUtc), QString::fromUtf8(zone.id()), draft.durationMinutes,
             sql::text(draft.provider.trimmed()), sql::text(draft.location.trimmed()),
             sql::text(draft.reason.trimmed()), AppointmentStatus::Booked, stamp, stamp});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(QStringLiteral("db.error"), tr("The appointment could not be saved."));
        id = q->value(0).toLongLong();
        q->finish();
        // The reason is not in the audit row: it may be a health detail.
        if (auto audited = AuditLog::record(tx, QStringLiteral("appointment.created"), draft.patientId,
                                            QStringLiteral("appointment %1 at %2 (%3)")
                                                .arg(id)
                                                .arg(toDbTime(draft.startUtc), QString::fromUtf8(zone.id())));
            !audited)
            return audited;
        for (const AppointmentNotification &n : std::as_const(plan))
            if (auto added = insertNotification(tx, id, draft.patientId, n); !added)
                return added;
        return Ok{};
    });
    if (!written)
        return written.error();
    auto created = load(id);
    if (created)
        announce(*created);
    return created;
}

Result<Appointment> AppointmentStore::edit(qint64 id, const QString &provider, const QString &location,
                                           const QString &reason, int durationMinutes)
{
    auto current = load(id);
    if (!current)
        return current;
    if (durationMinutes < 5 || durationMinutes > 12 * 60)
        return makeError(QStringLiteral("appointment.bad-duration"),
                         tr("The duration must be between 5 minutes and 12 hours."));
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx,
                                QStringLiteral("UPDATE appointments SET provider = ?, location = ?, reason = ?, "
                                               "duration_min = ?, updated_at = ? WHERE id = ?"),
                                {sql::text(provider.trimmed()), sql::text(location.trimmed()),
                                 sql::text(reason.trimmed()), durationMinutes, nowText(), id});
        if (!q)
            return q.error();
        return AuditLog::record(tx, QStringLiteral("appointment.edited"), current->patientId,
                                QStringLiteral("appointment %1").arg(id));
    });
    if (!written)
        return written.error();
    auto edited = load(id);
    if (edited)
        announce(*edited);
    return edited;
}

Result<Appointment> AppointmentStore::reschedule(qint64 id, const QDateTime &startUtc, const QString &timeZone,
                                                 const AppointmentRules &rules)
{
    auto current = load(id);
    if (!current)
        return current;
    if (current->status == AppointmentStatus::Cancelled || current->status == AppointmentStatus::Completed ||
        current->status == AppointmentStatus::NoShow)
        return makeError(QStringLiteral("appointment.not-active"),
                         tr("This appointment is %1: book a new one instead.").arg(current->status));
    const QDateTime now = Clock::instance().nowUtc();
    if (!startUtc.isValid() || startUtc <= now)
        return makeError(QStringLiteral("appointment.bad-time"),
                         tr("The new start time is in the past or not a valid time."));
    const QString zoneName = timeZone.isEmpty() ? current->timeZone : timeZone;
    if (!QTimeZone(zoneName.toUtf8()).isValid())
        return makeError(QStringLiteral("appointment.bad-zone"),
                         tr("Unknown time zone \"%1\". Use an IANA name such as America/New_York.").arg(zoneName));
    auto patient = m_patients.get(current->patientId);
    if (!patient)
        return patient.error();
    const QTimeZone messageZone = patientZone(*patient, rules);
    QList<AppointmentNotification> plan;
    if (rules.rescheduleNotice)
        plan.append(NotificationPlanner::notice(NotificationKind::Reschedule, startUtc, messageZone, now, rules));
    plan.append(NotificationPlanner::reminders(startUtc, messageZone, now, rules));

    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx,
                                QStringLiteral("UPDATE appointments SET start_utc = ?, time_zone = ?, status = ?, "
                                               "updated_at = ? WHERE id = ?"),
                                {toDbTime(startUtc), zoneName, AppointmentStatus::Booked, nowText(), id});
        if (!q)
            return q.error();
        if (auto audited = AuditLog::record(tx, QStringLiteral("appointment.rescheduled"), current->patientId,
                                            QStringLiteral("appointment %1 from %2 to %3 (%4)")
                                                .arg(id)
                                                .arg(toDbTime(current->startUtc), toDbTime(startUtc), zoneName));
            !audited)
            return audited;
        if (auto stopped = stopOpenNotifications(tx, id, current->patientId, tr("The appointment was rescheduled."));
            !stopped)
            return stopped;
        for (const AppointmentNotification &n : std::as_const(plan))
            if (auto added = insertNotification(tx, id, current->patientId, n); !added)
                return added;
        return Ok{};
    });
    if (!written)
        return written.error();
    auto moved = load(id);
    if (moved)
        announce(*moved);
    return moved;
}

Result<Appointment> AppointmentStore::cancel(qint64 id, const AppointmentRules &rules)
{
    auto current = load(id);
    if (!current)
        return current;
    if (current->status == AppointmentStatus::Cancelled)
        return current; // already: nothing to send twice
    const QDateTime now = Clock::instance().nowUtc();
    auto patient = m_patients.get(current->patientId);
    if (!patient)
        return patient.error();
    std::optional<AppointmentNotification> notice;
    if (rules.cancellationNotice && current->startUtc > now)
        notice = NotificationPlanner::notice(NotificationKind::Cancellation, current->startUtc,
                                             patientZone(*patient, rules), now, rules);
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx, QStringLiteral("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?"),
                                {AppointmentStatus::Cancelled, nowText(), id});
        if (!q)
            return q.error();
        if (auto audited = AuditLog::record(tx, QStringLiteral("appointment.cancelled"), current->patientId,
                                            QStringLiteral("appointment %1").arg(id));
            !audited)
            return audited;
        if (auto stopped = stopOpenNotifications(tx, id, current->patientId, tr("The appointment was cancelled."));
            !stopped)
            return stopped;
        if (notice)
            return insertNotification(tx, id, current->patientId, *notice);
        return Ok{};
    });
    if (!written)
        return written.error();
    auto cancelled = load(id);
    if (cancelled)
        announce(*cancelled);
    return cancelled;
}

Result<Appointment> AppointmentStore::setStatus(qint64 id, const QString &status, const QString &why)
{
    if (!AppointmentStatus::isValid(status) || status == AppointmentStatus::Cancelled)
        return makeError(QStringLiteral("appointment.bad-status"),
                         tr("Unknown appointment status \"%1\".").arg(status));
    auto current = load(id);
    if (!current)
        return current;
    if (current->status == AppointmentStatus::Cancelled)
        return makeError(QStringLiteral("appointment.not-active"),
                         tr("This appointment was cancelled: book a new one instead."));
    if (current->status == status)
        return current;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx, QStringLiteral("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?"),
                                {status, nowText(), id});
        if (!q)
            return q.error();
        return AuditLog::record(tx, QStringLiteral("appointment.%1").arg(status), current->patientId,
                                QStringLiteral("appointment %1: %2").arg(id).arg(why));
    });
    if (!written)
        return written.error();
    auto updated = load(id);
    if (updated)
        announce(*updated);
    return updated;
}

Result<Appointment> AppointmentStore::load(qint64 id) const
{
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM appointments WHERE id = ?").arg(AppointmentColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("appointment.not-found"), tr("There is no appointment %1.").arg(id));
    QList<Appointment> one{appointmentFrom(*q)};
    q->finish();
    if (auto attached = attachNotifications(one); !attached)
        return attached.error();
    return one.constFirst();
}

Result<Appointment> AppointmentStore::get(qint64 id) const
{
    return load(id);
}

void AppointmentStore::fillFromMessage(AppointmentNotification &n) const
{
    if (!n.messageId)
        return;
    auto message = m_messages.get(*n.messageId);
    if (!message)
        return;
    n.messageStatus = message->status;
    n.sid = message->sid;
    n.messageError = message->errorMessage;
    n.messageErrorCode = message->errorCode;
    n.messageExpiresAt = message->expiresAt;
    n.messageUpdatedAt = message->updatedAt;
}

Status<> AppointmentStore::attachNotifications(QList<Appointment> &appointments) const
{
    for (Appointment &a : appointments) {
        auto q = m_database->exec(QStringLiteral("SELECT %1 FROM appointment_notifications WHERE appointment_id = ? "
                                                 "ORDER BY COALESCE(due_utc, ideal_utc), id")
                                      .arg(NotificationColumns),
                                  {a.id});
        if (!q)
            return q.error();
        a.notifications.clear();
        while (q->next())
            a.notifications.append(notificationFrom(*q));
        q->finish();
        for (AppointmentNotification &n : a.notifications)
            fillFromMessage(n);
    }
    return Ok{};
}

Result<QList<Appointment>> AppointmentStore::list(std::optional<qint64> patientId, const QDateTime &fromUtc,
                                                  const QDateTime &toUtc) const
{
    QStringList where;
    QVariantList binds;
    if (patientId) {
        where << QStringLiteral("patient_id = ?");
        binds << *patientId;
    }
    if (fromUtc.isValid()) {
        where << QStringLiteral("start_utc >= ?");
        binds << toDbTime(fromUtc);
    }
    if (toUtc.isValid()) {
        where << QStringLiteral("start_utc < ?");
        binds << toDbTime(toUtc);
    }
    auto q = m_database->exec(
        QStringLiteral("SELECT %1 FROM appointments %2 ORDER BY start_utc, id")
            .arg(AppointmentColumns,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        binds);
    if (!q)
        return q.error();
    QList<Appointment> out;
    while (q->next())
        out.append(appointmentFrom(*q));
    q->finish();
    if (auto attached = attachNotifications(out); !attached)
        return attached.error();
    return out;
}

Result<QList<Appointment>> AppointmentStore::upcoming(qint64 patientId, const QStringList &statuses) const
{
    auto all = list(patientId, Clock::instance().nowUtc());
    if (!all)
        return all;
    QList<Appointment> out;
    for (const Appointment &a : std::as_const(*all))
        if (statuses.contains(a.status))
            out.append(a);
    return out;
}

Status<> AppointmentStore::recordReply(qint64 messageId, qint64 patientId, const QString &action,
                                       std::optional<qint64> appointmentId)
{
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx,
                                QStringLiteral("INSERT INTO appointment_replies (message_id, patient_id, action, "
                                               "appointment_id, created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                {messageId, patientId, action, sql::id(appointmentId), nowText(),
                                 appointmentId ? QVariant(nowText()) : QVariant(QMetaType::fromType<QString>())});
        if (!q)
            return q.error();
        return AuditLog::record(
            tx, QStringLiteral("appointment.reply"), patientId,
            appointmentId
                ? QStringLiteral("message %1: %2 appointment %3").arg(messageId).arg(action).arg(*appointmentId)
                : QStringLiteral("message %1: %2, several appointments pending: for "
                                 "staff")
                      .arg(messageId)
                      .arg(action));
    });
    if (written) // the chat's note of that reply, the Today view
        emit changed(appointmentId.value_or(0), patientId);
    return written;
}

Result<QList<OpenReply>> AppointmentStore::openReplies() const
{
    auto q = m_database->exec(QStringLiteral("SELECT id, message_id, patient_id, action, created_at FROM "
                                             "appointment_replies WHERE resolved_at IS NULL ORDER BY id"));
    if (!q)
        return q.error();
    QList<OpenReply> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                    q->value(3).toString(), fromDbTime(q->value(4).toString())});
    return out;
}

Result<Appointment> AppointmentStore::resolveReply(qint64 replyId, qint64 appointmentId)
{
    auto q = m_database->exec(QStringLiteral("SELECT action, patient_id FROM appointment_replies WHERE id = ? AND "
                                             "resolved_at IS NULL"),
                              {replyId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("appointment.reply-not-found"), tr("That reply was already handled."));
    const QString action = q->value(0).toString();
    q->finish();
    auto resolved =
        m_database->exec(QStringLiteral("UPDATE appointment_replies SET appointment_id = ?, resolved_at = ? "
                                        "WHERE id = ? AND resolved_at IS NULL"),
                         {appointmentId, nowText(), replyId});
    if (!resolved)
        return resolved.error();
    return setStatus(appointmentId,
                     action == QLatin1String("confirm") ? AppointmentStatus::Confirmed
                                                        : AppointmentStatus::NeedsReschedule,
                     QStringLiteral("reply %1, chosen by staff").arg(replyId));
}

Result<std::optional<qint64>> AppointmentStore::appointmentForReply(qint64 messageId) const
{
    auto q = m_database->exec(QStringLiteral("SELECT appointment_id FROM appointment_replies WHERE message_id = ?"),
                              {messageId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<std::optional<AppointmentStore::ReplyInfo>> AppointmentStore::replyInfo(qint64 messageId) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT action, appointment_id FROM appointment_replies WHERE message_id = ?"), {messageId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReplyInfo>();
    ReplyInfo info;
    info.action = q->value(0).toString();
    const QVariant appointmentId = q->value(1);
    q->finish();
    if (!appointmentId.isNull()) {
        auto appointment = get(appointmentId.toLongLong());
        if (!appointment)
            return appointment.error();
        info.appointment = *appointment;
    }
    return std::optional<ReplyInfo>(info);
}

Result<QList<AppointmentNotification>> AppointmentStore::openNotifications() const
{
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM appointment_notifications WHERE state IN ('planned', "
                                             "'releasing', 'cancelling', 'released') ORDER BY due_utc, id")
                                  .arg(NotificationColumns));
    if (!q)
        return q.error();
    QList<AppointmentNotification> out;
    while (q->next())
        out.append(notificationFrom(*q));
    q->finish();
    for (AppointmentNotification &n : out)
        fillFromMessage(n);
    return out;
}

Result<AppointmentNotification> AppointmentStore::notification(qint64 id) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT %1 FROM appointment_notifications WHERE id = ?").arg(NotificationColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("appointment.not-found"), tr("There is no notification %1.").arg(id));
    AppointmentNotification n = notificationFrom(*q);
    q->finish();
    fillFromMessage(n);
    return n;
}

Result<bool> AppointmentStore::claimRelease(qint64 id, const QString &token)
{
    bool won = false;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q =
            Database::exec(tx,
                           QStringLiteral("UPDATE appointment_notifications SET state = 'releasing', claimed_by = ?, "
                                          "claimed_at = ?, attempt = attempt + 1, updated_at = ? WHERE id = ? AND "
                                          "state = 'planned'"),
                           {token, nowText(), nowText(), id});
        if (!q)
            return q.error();
        won = q->numRowsAffected() == 1;
        return Ok{};
    });
    if (!written)
        return written.error();
    return won;
}

Result<bool> AppointmentStore::markReleased(qint64 id, const QString &token, qint64 messageId, const QString &via)
{
    bool done = false;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q =
            Database::exec(tx,
                           QStringLiteral("UPDATE appointment_notifications SET state = 'released', message_id = ?, "
                                          "via = ?, claimed_by = NULL, updated_at = ? WHERE id = ? AND state = "
                                          "'releasing' AND (claimed_by = ? OR ? = '') RETURNING appointment_id"),
                           {messageId, via, nowText(), id, token, token});
        if (!q)
            return q.error();
        if (!q->next())
            return Ok{};
        done = true;
        const qint64 appointmentId = q->value(0).toLongLong();
        q->finish();
        return AuditLog::record(
            tx,
            via == NotificationVia::Twilio ? QStringLiteral("appointment.notification.scheduled")
                                           : QStringLiteral("appointment.notification.sent"),
            std::nullopt,
            QStringLiteral("appointment %1, notification %2, message %3").arg(appointmentId).arg(id).arg(messageId));
    });
    if (!written)
        return written.error();
    return done;
}

Result<bool> AppointmentStore::moveState(qint64 id, const QString &fromState, const QString &toState,
                                         const QString &reason, const QString &auditAction)
{
    bool moved = false;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx,
                                QStringLiteral("UPDATE appointment_notifications SET state = ?, reason = COALESCE(?, "
                                               "reason), claimed_by = NULL, updated_at = ? WHERE id = ? AND state = ?"),
                                {toState, sql::text(reason), nowText(), id, fromState});
        if (!q)
            return q.error();
        moved = q->numRowsAffected() == 1;
        if (!moved || auditAction.isEmpty())
            return Ok{};
        return AuditLog::record(tx, auditAction, std::nullopt,
                                QStringLiteral("notification %1: %2").arg(id).arg(toState));
    });
    if (!written)
        return written.error();
    return moved;
}

Result<bool> AppointmentStore::fallBackToDesk(qint64 id, const QString &reason)
{
    bool moved = false;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx,
                                QStringLiteral("UPDATE appointment_notifications SET state = 'planned', via = 'desk', "
                                               "message_id = NULL, reason = ?, updated_at = ? WHERE id = ? AND state = "
                                               "'released'"),
                                {reason, nowText(), id});
        if (!q)
            return q.error();
        moved = q->numRowsAffected() == 1;
        if (!moved)
            return Ok{};
        return AuditLog::record(tx, QStringLiteral("appointment.notification.fallback"), std::nullopt,
                                QStringLiteral("notification %1: sent from the desk instead").arg(id));
    });
    if (!written)
        return written.error();
    return moved;
}

Result<int> AppointmentStore::cancelPlannedForPatient(qint64 patientId, const QString &reason)
{
    int cancelled = 0;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto q =
            Database::exec(tx,
                           QStringLiteral("UPDATE appointment_notifications SET state = 'cancelled', reason = ?, "
                                          "updated_at = ? WHERE state = 'planned' AND appointment_id IN (SELECT id "
                                          "FROM appointments WHERE patient_id = ?)"),
                           {reason, nowText(), patientId});
        if (!q)
            return q.error();
        cancelled = q->numRowsAffected();
        if (cancelled == 0)
            return Ok{};
        return AuditLog::record(tx, QStringLiteral("appointment.notification.cancelled"), patientId,
                                QStringLiteral("%1 planned notifications: %2").arg(cancelled).arg(reason));
    });
    if (!written)
        return written.error();
    return cancelled;
}

Result<QList<AppointmentNotification>> AppointmentStore::staleReleasing(int olderThanSec) const
{
    const QDateTime cutoff = Clock::instance().nowUtc().addSecs(-olderThanSec);
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM appointment_notifications WHERE state = 'releasing' AND "
                                             "claimed_at < ?")
                                  .arg(NotificationColumns),
                              {toDbTime(cutoff)});
    if (!q)
        return q.error();
    QList<AppointmentNotification> out;
    while (q->next())
        out.append(notificationFrom(*q));
    return out;
}

} // namespace cd

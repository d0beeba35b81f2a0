// The engine's side of MessageStore: the outbox's and the poller's rows. Every state change is one UPDATE guarded
// by the state it leaves, so two processes (or two desks) racing for a row cannot both win.
#include "core/messaging/MessageStore.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/desks/DeskLease.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QSqlQuery>

namespace cd {

namespace {

QString now()
{
    return toDbTime(Clock::instance().nowUtc());
}

Status<> okIf(const Result<int> &done)
{
    if (!done)
        return done.error();
    return Ok{};
}

// A send's outcome goes into the audit trail in the transaction that records it: which message, what happened,
// never its text.
Status<> auditOutcome(QSqlDatabase &tx, qint64 id, const QString &action, const QString &details)
{
    auto patient = Database::exec(tx, QStringLiteral("SELECT patient_id FROM messages WHERE id = ?"), {id});
    if (!patient)
        return patient.error();
    std::optional<qint64> patientId;
    if (patient->next() && !patient->value(0).isNull())
        patientId = patient->value(0).toLongLong();
    patient->finish();
    return AuditLog::record(tx, action, patientId, QStringLiteral("message %1: %2").arg(id).arg(details));
}

} // namespace

Result<bool> MessageStore::claim(qint64 id, const QString &claimToken, const QDateTime &claimedAtTwilio,
                                 qint64 claimLeaseMs)
{
    // The row is locked for this claim alone: on a server, a desk that finds it locked by another desk's claim
    // skips it at once (SKIP LOCKED) instead of queueing behind it; the status check is part of the same statement,
    // so two desks that both saw it pending cannot both win.
    const QString which = m_database->backend() == Database::Backend::Postgres
                              ? QStringLiteral("id = (SELECT id FROM messages WHERE id = ? AND status = 'pending' "
                                               "FOR UPDATE SKIP LOCKED)")
                              : QStringLiteral("id = ? AND status = 'pending'");
    int claimed = 0;
    auto written = write([&](MessageWrite &tx) -> Status<> {
        // The claim runs out on the database's clock (the server's): a desk whose own clock is wrong by an hour
        // neither takes a fresh claim for an abandoned one nor keeps a dead one for an hour.
        auto nowMs = databaseNowMs(tx.sql());
        if (!nowMs)
            return nowMs.error();
        auto changed =
            tx.update(MessageChange::StatusChanged,
                      QStringLiteral("UPDATE messages SET status = 'sending', claimed_by = ?, claimed_at = ?, "
                                     "claim_expires_ms = ?, claimed_at_twilio = ?, lookups = 0, "
                                     "attempts = attempts + 1, updated_at = ? WHERE ") +
                          which,
                      {claimToken, now(), *nowMs + claimLeaseMs, sql::time(claimedAtTwilio), now(), id});
        if (!changed)
            return changed.error();
        claimed = *changed;
        return Ok{};
    });
    if (!written)
        return written.error();
    return claimed == 1;
}

Status<> MessageStore::recordAccepted(qint64 id, const TwilioMessage &remote)
{
    // What Twilio says always wins: whoever holds the row, the sid it reports is the truth for it.
    return write([&](MessageWrite &tx) -> Status<> {
        auto changed =
            tx.update(MessageChange::StatusChanged,
                      QStringLiteral(
                          "UPDATE messages SET sid = ?, status = ?, error_code = ?, error_message = ?, segments = CASE "
                          "WHEN ? > 0 THEN ? ELSE segments END, "
                          "price = ?, from_number = COALESCE(?, from_number), sent_at = ?, updated_at = ?, "
                          "claimed_by = NULL, row_failures = 0, next_attempt_at = NULL WHERE id = ? AND sid IS NULL"),
                      {remote.sid, remote.status.isEmpty() ? MessageStatus::Queued : remote.status,
                       sql::integer(remote.errorCode),
                       sql::text(remote.errorCode ? twilioErrorText(*remote.errorCode) : QString()), remote.numSegments,
                       remote.numSegments, sql::text(remote.price), sql::text(remote.from), sql::time(remote.dateSent),
                       now(), id});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Ok{};
        return auditOutcome(tx.sql(), id, QStringLiteral("message.accepted"),
                            remote.status.isEmpty() ? MessageStatus::Queued : remote.status);
    });
}

Status<> MessageStore::markFailed(qint64 id, std::optional<int> code, const QString &text, const QString &onlyIfStatus)
{
    return write([&](MessageWrite &tx) -> Status<> {
        auto changed = tx.update(MessageChange::StatusChanged,
                                 QStringLiteral("UPDATE messages SET status = 'failed', error_code = ?, "
                                                "error_message = ?, updated_at = ?, claimed_by = NULL WHERE id = ? "
                                                "AND status = ?"),
                                 {sql::integer(code), text, now(), id, onlyIfStatus});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Ok{};
        return auditOutcome(tx.sql(), id, QStringLiteral("message.failed"),
                            code ? QStringLiteral("error %1").arg(*code) : QStringLiteral("failed"));
    });
}

Status<> MessageStore::releaseClaim(qint64 id, const QString &reason)
{
    return okIf(update(MessageChange::StatusChanged,
                       QStringLiteral("UPDATE messages SET status = 'pending', claimed_by = NULL, error_message = ?, "
                                      "updated_at = ? WHERE id = ? AND status = 'sending' AND sid IS NULL"),
                       {reason, now(), id}));
}

Status<> MessageStore::markOutcomeUnknown(qint64 id)
{
    return write([&](MessageWrite &tx) -> Status<> {
        auto changed =
            tx.update(MessageChange::StatusChanged,
                      QStringLiteral("UPDATE messages SET status = 'unknown', lookups = 0, updated_at = ? WHERE id = ? "
                                     "AND status = 'sending' AND sid IS NULL"),
                      {now(), id});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Ok{};
        return auditOutcome(tx.sql(), id, QStringLiteral("message.outcome-unknown"),
                            QStringLiteral("no answer from Twilio; settled by lookup before any resend"));
    });
}

Result<bool> MessageStore::unknownBackToPending(qint64 id)
{
    auto back = update(MessageChange::StatusChanged,
                       QStringLiteral("UPDATE messages SET status = 'pending', claimed_by = NULL, lookups = 0, "
                                      "next_attempt_at = NULL, updated_at = ? WHERE id = ? AND status = 'unknown' "
                                      "AND sid IS NULL"),
                       {now(), id});
    if (!back)
        return back.error();
    return *back == 1;
}

Result<bool> MessageStore::markAbandoned(qint64 id, const QString &claimedBy)
{
    auto changed =
        update(MessageChange::StatusChanged,
               QStringLiteral("UPDATE messages SET status = 'unknown', lookups = 0, updated_at = ? WHERE id = ? "
                              "AND status = 'sending' AND claimed_by = ?"),
               {now(), id, claimedBy});
    if (!changed)
        return changed.error();
    return *changed == 1;
}

Result<QDateTime> MessageStore::claimedAt(qint64 id) const
{
    auto q = m_database->exec(QStringLiteral("SELECT claimed_at FROM messages WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->next() && !q->value(0).isNull())
        return fromDbTime(q->value(0).toString());
    return QDateTime();
}

Result<MessageStore::SettleState> MessageStore::settleState(qint64 id) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT claimed_at, claimed_at_twilio, lookups, row_failures FROM messages WHERE id = ?"), {id});
    if (!q)
        return q.error();
    SettleState state;
    if (q->next()) {
        if (!q->value(0).isNull())
            state.claimedAt = fromDbTime(q->value(0).toString());
        if (!q->value(1).isNull())
            state.claimedAtTwilio = fromDbTime(q->value(1).toString());
        state.lookups = q->value(2).toInt();
        state.rowFailures = q->value(3).toInt();
    }
    return state;
}

Status<> MessageStore::recordLookupMiss(qint64 id, const QDateTime &nextAt)
{
    return okIf(update(MessageChange::StatusChanged,
                       QStringLiteral("UPDATE messages SET lookups = lookups + 1, row_failures = 0, "
                                      "next_attempt_at = ? WHERE id = ? AND status = 'unknown'"),
                       {toDbTime(nextAt), id}));
}

Status<> MessageStore::recordRowFailure(qint64 id, const QDateTime &nextAt)
{
    return okIf(update(MessageChange::StatusChanged,
                       QStringLiteral("UPDATE messages SET row_failures = row_failures + 1, next_attempt_at = ? "
                                      "WHERE id = ? AND sid IS NULL"),
                       {toDbTime(nextAt), id}));
}

Result<QList<MessageStore::ClaimedRow>> MessageStore::sendingRows() const
{
    QSqlDatabase db = m_database->connection();
    auto nowMs = databaseNowMs(db);
    if (!nowMs)
        return nowMs.error();
    // Not via the sid index: many rows have no sid.
    auto q =
        Database::exec(db, QStringLiteral("SELECT id, claimed_by, claimed_at, claim_expires_ms FROM messages WHERE "
                                          "status = 'sending' AND direction = 'outbound' AND COALESCE(sid, '') = "
                                          "''"));
    if (!q)
        return q.error();
    QList<ClaimedRow> rows;
    while (q->next()) {
        ClaimedRow row{q->value(0).toLongLong(), q->value(1).toString(), fromDbTime(q->value(2).toString()), {}};
        if (!q->isNull(3))
            row.claimExpiresInMs = q->value(3).toLongLong() - *nowMs;
        rows.append(row);
    }
    return rows;
}

Result<QList<Message>> MessageStore::unknownOutbound(const QDateTime &dueBy) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT %1 FROM messages WHERE status = 'unknown' AND direction = 'outbound' AND "
                       "(next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id")
            .arg(selectColumns()),
        {dueBy.isValid() ? toDbTime(dueBy) : QStringLiteral("9999")});
    if (!q)
        return q.error();
    QList<Message> rows;
    while (q->next())
        rows.append(messageFrom(*q));
    return rows;
}

Result<QList<qint64>> MessageStore::duePendingIds(const QDateTime &nowUtc, Channel channel)
{
    // Out of date before it could go ("Running 15 min late" typed during an outage): canceled, with the reason.
    // Looked for first, so that an idle cycle takes no write lock.
    auto anyExpired = m_database->exec(QStringLiteral("SELECT 1 FROM messages WHERE status = 'pending' AND direction = "
                                                      "'outbound' AND expires_at IS NOT NULL AND expires_at <= ? "
                                                      "LIMIT 1"),
                                       {toDbTime(nowUtc)});
    if (!anyExpired)
        return anyExpired.error();
    const bool cancelExpired = anyExpired->next();
    anyExpired->finish(); // no read snapshot held into the write below
    auto expired =
        !cancelExpired
            ? Result<int>(0)
            : update(MessageChange::StatusChanged,
                     QStringLiteral("UPDATE messages SET status = 'canceled', error_message = ?, updated_at = ?, "
                                    "claimed_by = NULL WHERE status = 'pending' AND direction = 'outbound' AND "
                                    "expires_at IS NOT NULL AND expires_at <= ?"),
                     {tr("Not sent: it was out of date before it could go out. Send a new message if it still "
                         "matters."),
                      toDbTime(nowUtc), toDbTime(nowUtc)});
    if (!expired)
        return expired.error();
    auto q = m_database->exec(QStringLiteral("SELECT id FROM messages WHERE status = 'pending' AND direction = "
                                             "'outbound' AND channel = ? AND (due_at IS NULL OR due_at <= ?) "
                                             "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id"),
                              {channelName(channel), toDbTime(nowUtc), toDbTime(nowUtc)});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<int> MessageStore::cancelPendingScheduled(qint64 patientId, const QString &reason)
{
    return update(MessageChange::StatusChanged,
                  QStringLiteral("UPDATE messages SET status = 'canceled', error_message = ?, updated_at = ? WHERE "
                                 "patient_id = ? AND direction = 'outbound' AND status = 'pending' AND "
                                 "(scheduled_for IS NOT NULL OR due_at IS NOT NULL)"),
                  {reason, now(), patientId});
}

Result<int> MessageStore::holdStaleChat(const QDateTime &cutoff, const QString &reason)
{
    // Looked for first, so that an idle cycle takes no write lock. COALESCE keeps purpose out of the index choice:
    // by its purpose index SQLite read every chat message (0.45 s at a million, each cycle); by status it reads the
    // few pending ones.
    auto any = m_database->exec(QStringLiteral("SELECT 1 FROM messages WHERE status = 'pending' AND direction = "
                                               "'outbound' AND COALESCE(purpose, '') = 'chat' AND expires_at IS NULL "
                                               "AND created_at <= ? LIMIT 1"),
                                {toDbTime(cutoff)});
    if (!any)
        return any.error();
    const bool found = any->next();
    any->finish();
    if (!found)
        return 0;
    return update(MessageChange::StatusChanged,
                  QStringLiteral("UPDATE messages SET status = 'held', error_message = ?, updated_at = ?, "
                                 "claimed_by = NULL WHERE status = 'pending' AND direction = 'outbound' AND "
                                 "COALESCE(purpose, '') = 'chat' AND expires_at IS NULL AND created_at <= ?"),
                  {reason, now(), toDbTime(cutoff)});
}

Result<bool> MessageStore::releaseHeld(qint64 id, const QDateTime &expiresAt)
{
    auto done = update(MessageChange::StatusChanged,
                       QStringLiteral("UPDATE messages SET status = 'pending', error_message = NULL, expires_at = ?, "
                                      "next_attempt_at = NULL, updated_at = ? WHERE id = ? AND status = 'held'"),
                       {toDbTime(expiresAt), now(), id});
    if (!done)
        return done.error();
    return *done == 1;
}

Result<bool> MessageStore::cancelUnsent(qint64 id, const QString &reason)
{
    bool canceled = false;
    auto written = write([&](MessageWrite &tx) -> Status<> {
        auto changed = tx.update(MessageChange::StatusChanged,
                                 QStringLiteral("UPDATE messages SET status = 'canceled', error_message = ?, "
                                                "updated_at = ?, claimed_by = NULL WHERE id = ? AND direction = "
                                                "'outbound' AND status IN ('pending', 'held', 'unknown') AND sid IS "
                                                "NULL"),
                                 {reason, now(), id});
        if (!changed)
            return changed.error();
        canceled = *changed == 1;
        if (!canceled)
            return Ok{};
        return AuditLog::record(tx.sql(), QStringLiteral("message.canceled"), std::nullopt,
                                QStringLiteral("message %1").arg(id));
    });
    if (!written)
        return written.error();
    return canceled;
}

Result<QList<QPair<qint64, QString>>> MessageStore::scheduledAtTwilio(qint64 patientId) const
{
    auto q = m_database->exec(QStringLiteral("SELECT id, sid FROM messages WHERE patient_id = ? AND direction = "
                                             "'outbound' AND status = 'scheduled' AND sid IS NOT NULL"),
                              {patientId});
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString()});
    return rows;
}

Status<> MessageStore::setStatus(qint64 id, const QString &status)
{
    return okIf(update(MessageChange::StatusChanged,
                       QStringLiteral("UPDATE messages SET status = ?, updated_at = ? WHERE id = ?"),
                       {status, now(), id}));
}

Result<QSet<QString>> MessageStore::knownSids(const QStringList &sids) const
{
    QSet<QString> known;
    if (sids.isEmpty())
        return known;
    QStringList marks;
    QVariantList binds;
    for (const QString &sid : sids) {
        marks << QStringLiteral("?");
        binds << sid;
    }
    auto q = m_database->exec(
        QStringLiteral("SELECT sid FROM messages WHERE sid IN (%1)").arg(marks.join(QLatin1Char(','))), binds);
    if (!q)
        return q.error();
    while (q->next())
        known.insert(q->value(0).toString());
    return known;
}

Result<QDateTime> MessageStore::newestInboundSentAt() const
{
    auto q = m_database->exec(QStringLiteral("SELECT MAX(sent_at) FROM messages WHERE direction = 'inbound'"));
    if (!q)
        return q.error();
    if (q->next() && !q->value(0).isNull())
        return fromDbTime(q->value(0).toString());
    return QDateTime();
}

Result<bool> MessageStore::storeInboundOnce(const Message &message)
{
    bool inserted = false;
    auto written = write([&](MessageWrite &tx) -> Status<> {
        // Inside BEGIN IMMEDIATE, so two processes polling at once cannot both insert (sid is UNIQUE as well).
        auto exists =
            Database::exec(tx.sql(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE sid = ?"), {message.sid});
        if (!exists)
            return exists.error();
        if (exists->next() && exists->value(0).toInt() > 0)
            return Ok{};
        auto added = tx.insert(message);
        if (!added)
            return added.error();
        inserted = true;
        return Ok{};
    });
    if (!written)
        return written.error();
    return inserted;
}

Result<QList<MessageStore::InFlight>> MessageStore::inFlight(const QDateTime &cutoff, const QDateTime &nowUtc) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT id, sid, status, error_code, price, from_number, created_at FROM messages WHERE "
                       "status IN ('accepted', 'queued', 'scheduled', 'sending', 'sent', 'receiving', "
                       "'partially_delivered') AND direction = 'outbound' AND sid IS NOT NULL AND created_at >= ? "
                       "AND (scheduled_for IS NULL OR scheduled_for <= ?) ORDER BY created_at"),
        {toDbTime(cutoff), toDbTime(nowUtc)});
    if (!q)
        return q.error();
    QList<InFlight> rows;
    while (q->next()) {
        InFlight t;
        t.id = q->value(0).toLongLong();
        t.sid = q->value(1).toString();
        t.status = q->value(2).toString();
        if (!q->value(3).isNull())
            t.errorCode = q->value(3).toInt();
        t.price = q->value(4).toString();
        t.from = q->value(5).toString();
        t.createdAt = fromDbTime(q->value(6).toString());
        rows.append(t);
    }
    return rows;
}

Result<bool> MessageStore::applyRemoteStatus(qint64 id, const QString &oldStatus, const TwilioMessage &remote)
{
    const QString errorText = remote.errorCode ? twilioErrorText(*remote.errorCode) : QString();
    const QString status = remote.status.isEmpty() ? oldStatus : remote.status;
    int changed = 0;
    auto written = write([&](MessageWrite &tx) -> Status<> {
        // What it was before, read in this transaction: a final outcome is audited once, whoever polls.
        auto before = Database::exec(tx.sql(), QStringLiteral("SELECT status FROM messages WHERE id = ?"), {id});
        if (!before)
            return before.error();
        const QString stored = before->next() ? before->value(0).toString() : QString();
        before->finish();
        auto updated =
            tx.update(MessageChange::StatusChanged,
                      QStringLiteral(
                          "UPDATE messages SET status = ?, error_code = ?, error_message = COALESCE(?, error_message), "
                          "price = COALESCE(?, price), segments = CASE WHEN ? > 0 THEN ? ELSE segments END, "
                          "sent_at = COALESCE(?, sent_at), updated_at = ? WHERE id = ?"),
                      {status, sql::integer(remote.errorCode), sql::text(errorText), sql::text(remote.price),
                       remote.numSegments, remote.numSegments, sql::time(remote.dateSent), now(), id});
        if (!updated)
            return updated.error();
        changed = *updated;
        static const QStringList finals{QStringLiteral("delivered"), QStringLiteral("undelivered"),
                                        QStringLiteral("failed")};
        if (changed != 1 || stored == status || !finals.contains(status))
            return Ok{};
        // Every send outcome is audited (HIPAA's audit controls): which message and what happened, never its text.
        return auditOutcome(tx.sql(), id, QStringLiteral("message.") + status,
                            remote.errorCode ? QStringLiteral("%1 (Twilio error %2)").arg(status).arg(*remote.errorCode)
                                             : status);
    });
    if (!written)
        return written.error();
    return changed == 1;
}

Result<QList<MessageStore::Unfinished>> MessageStore::unfinishedInbound(const QDateTime &cutoff, int limit) const
{
    auto q =
        m_database->exec(QStringLiteral("SELECT id, sid, status, body FROM messages WHERE direction = 'inbound' AND "
                                        "status IN ('receiving', 'accepted', 'queued') AND sid IS NOT NULL AND "
                                        "created_at >= ? ORDER BY created_at LIMIT %1")
                             .arg(std::max(1, limit)),
                         {toDbTime(cutoff)});
    if (!q)
        return q.error();
    QList<Unfinished> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    return rows;
}

Result<bool> MessageStore::applyInboundFinal(qint64 id, const QString &oldStatus, const TwilioMessage &remote)
{
    // Only while it still has the state it was read with: a second poller (another process) applies it once.
    auto changed =
        update(MessageChange::StatusChanged,
               QStringLiteral("UPDATE messages SET status = ?, body = ?, num_media = ?, segments = CASE WHEN "
                              "? > 0 THEN ? ELSE segments END, sent_at = COALESCE(?, sent_at), updated_at = ? "
                              "WHERE id = ? AND status = ?"),
               {remote.status, remote.body, remote.numMedia, remote.numSegments, remote.numSegments,
                sql::time(remote.dateSent), now(), id, oldStatus});
    if (!changed)
        return changed.error();
    return *changed == 1;
}

} // namespace cd

#pragma once

#include "core/common/Result.h"
#include "core/intake/IntakeSend.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace cd {

class Database;

// The only owner of intake_sends SQL. Every state change of the e-mail is one guarded UPDATE (claimed by exactly
// one process, like the outbox's rows). Writes that need an audit row take the caller's transaction.
class IntakeStore
{
public:
    explicit IntakeStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    static Result<qint64> insert(QSqlDatabase &tx, const IntakeSend &send);
    Result<IntakeSend> get(qint64 id) const;
    Result<QList<IntakeSend>> forPatient(qint64 patientId) const; // newest first

    // --- e-mail ---
    Result<bool> claimEmail(qint64 id, const QDateTime &nowUtc);
    Status<> emailAccepted(qint64 id, const QString &messageId);
    // sending -> failed / unknown with the reason.
    Status<> emailEnded(qint64 id, const QString &status, const QString &reason);
    // sending -> pending: nothing was processed; goes out by itself at `nextAttempt`.
    Status<> emailLater(qint64 id, const QString &reason, const QDateTime &nextAttempt);
    // failed/unknown -> pending for a resend (in the caller's transaction, with its audit row).
    static Result<bool> emailResend(QSqlDatabase &tx, qint64 id);
    Result<QList<qint64>> emailsDue(const QDateTime &nowUtc) const;
    // 'sending' since before `cutoff` (the process ended mid-request): "not confirmed", never resent by itself.
    Result<int> abandonStaleEmails(const QDateTime &cutoff, const QString &reason);

    // --- SMS, completion, cancel, follow-up ---
    Status<> setSmsError(qint64 id, const QString &reason);
    static Result<bool> markCompleted(QSqlDatabase &tx, qint64 id, const QString &by, const QDateTime &at);
    static Result<bool> markCanceled(QSqlDatabase &tx, qint64 id, const QString &by, const QDateTime &at);
    // Open sends older than `cutoff` without a follow-up yet.
    Result<QList<qint64>> followUpsDue(const QDateTime &cutoff) const;
    static Result<bool> markFollowUp(QSqlDatabase &tx, qint64 id, const QDateTime &at); // once (followup_at NULL)
    // Open sends with a status URL, created after `youngerThan`, not checked since `checkedBefore`.
    Result<QList<qint64>> statusChecksDue(const QDateTime &youngerThan, const QDateTime &checkedBefore) const;
    Status<> markStatusChecked(qint64 id, const QDateTime &at);
    // Claims one check: true for the one process that moved status_checked_at from before `checkedBefore` to `at`.
    Result<bool> claimStatusCheck(qint64 id, const QDateTime &at, const QDateTime &checkedBefore);
    Result<QList<qint64>> openDemoSends(const QDateTime &createdBefore) const;

    std::shared_ptr<Database> database() const { return m_database; }

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cd

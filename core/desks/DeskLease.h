#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cd {

class Database;

// One holder at a time for a clinic-wide job (the Twilio poller), elected through a row with an expiry and an epoch
// rather than a session lock: it works behind connection poolers, survives no half-open connection longer than
// its time-to-live, and anyone can read who holds it. Expiry uses the database's clock, never a desk's.
class DeskLease
{
    Q_DECLARE_TR_FUNCTIONS(cd::DeskLease)
public:
    struct Holder
    {
        QString id;    // the holding process (DeskIdentity::processId)
        QString label; // for people: "desk-3 (Maria)"
        qint64 epoch = 0;
        qint64 remainingMs = 0; // until it expires unless renewed; <= 0: expired
    };
    struct Outcome
    {
        std::optional<qint64> epoch; // ours, with this epoch; empty: another desk's
        Holder holder;               // who holds it now (us included)
    };

    DeskLease(std::shared_ptr<Database> database, QString name, QString holderId, QString holderLabel,
              qint64 timeToLiveMs);

    // Takes the lease when it is free or expired (a new epoch), renews it when it is ours (the same epoch).
    Result<Outcome> acquire();
    // Gives it up at once (a desk that closes), so another takes over at its next cycle instead of after expiry.
    Status<> release();
    // Inside a write transaction: whether `epoch` still holds the lease. The fencing check a paused ex-holder fails.
    static Result<bool> holds(QSqlDatabase &tx, const QString &name, const QString &holderId, qint64 epoch);
    static Result<std::optional<Holder>> current(Database &database, const QString &name);

    QString name() const { return m_name; }
    qint64 timeToLiveMs() const { return m_ttlMs; }
    // From the next acquire(): the holder renews once per poll, so the lease follows the clinic's poll pace.
    void setTimeToLiveMs(qint64 ms) { m_ttlMs = ms; }
    // The fence a holder puts around what it writes with `epoch` (Database::FencedWrites): a write fails with
    // lease.lost once another desk has taken the lease.
    std::function<Status<>(QSqlDatabase &)> fence(qint64 epoch) const;

private:
    std::shared_ptr<Database> m_database;
    QString m_name;
    QString m_holderId;
    QString m_holderLabel;
    qint64 m_ttlMs;
};

// The database's clock in milliseconds since the epoch (the server's on PostgreSQL, so that desks whose own clocks
// are wrong still agree on when a lease expires; this computer's on SQLite, where every process shares it).
Result<qint64> databaseNowMs(QSqlDatabase &db);

} // namespace cd

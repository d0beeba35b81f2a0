#include "core/desks/DeskLease.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLease, "clinicdesk.lease")

namespace cd {

Result<qint64> databaseNowMs(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return Clock::instance().nowUtc().toMSecsSinceEpoch();
    auto now = Database::exec(db, QStringLiteral("SELECT CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)"));
    if (!now)
        return now.error();
    return now->next() ? now->value(0).toLongLong() : qint64(0);
}

DeskLease::DeskLease(std::shared_ptr<Database> database, QString name, QString holderId, QString holderLabel,
                     qint64 timeToLiveMs)
    : m_database(std::move(database)), m_name(std::move(name)), m_holderId(std::move(holderId)),
      m_holderLabel(std::move(holderLabel)), m_ttlMs(timeToLiveMs)
{
}

Result<DeskLease::Outcome> DeskLease::acquire()
{
    Outcome outcome;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        // Writers take turns (Database::write), so this read-then-write cannot interleave with another desk's.
        auto now = databaseNowMs(tx);
        if (!now)
            return now.error();
        auto row = Database::exec(
            tx, QStringLiteral("SELECT holder, holder_label, epoch, expires_ms FROM desk_leases WHERE name = ?"),
            {m_name});
        if (!row)
            return row.error();
        const bool exists = row->next();
        Holder found;
        if (exists) {
            found = Holder{row->value(0).toString(), row->value(1).toString(), row->value(2).toLongLong(),
                           row->value(3).toLongLong() - *now};
        }
        row->finish();
        if (exists && found.id != m_holderId && found.remainingMs > 0) {
            outcome.holder = found; // another desk's, still alive
            return Ok{};
        }
        const bool renewing = exists && found.id == m_holderId && found.remainingMs > 0;
        const qint64 epoch = renewing ? found.epoch : found.epoch + 1;
        const qint64 expires = *now + m_ttlMs;
        auto stored = exists ? Database::exec(tx,
                                              QStringLiteral("UPDATE desk_leases SET holder = ?, holder_label = ?, "
                                                             "epoch = ?, acquired_ms = CASE WHEN epoch = ? THEN "
                                                             "acquired_ms ELSE ? END, expires_ms = ? WHERE name = ?"),
                                              {m_holderId, m_holderLabel, epoch, epoch, *now, expires, m_name})
                             : Database::exec(tx,
                                              QStringLiteral("INSERT INTO desk_leases (name, holder, holder_label, "
                                                             "epoch, acquired_ms, expires_ms) VALUES (?, ?, ?, ?, ?, "
                                                             "?)"),
                                              {m_name, m_holderId, m_holderLabel, epoch, *now, expires});
        if (!stored)
            return stored.error();
        if (!renewing)
            qCInfo(lcLease).noquote() << "took" << m_name << "epoch" << epoch
                                      << (exists ? QStringLiteral("from %1").arg(found.label) : QString());
        outcome.epoch = epoch;
        outcome.holder = Holder{m_holderId, m_holderLabel, epoch, m_ttlMs};
        return Ok{};
    });
    if (!written)
        return written.error();
    return outcome;
}

Status<> DeskLease::release()
{
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        // Expired at once rather than deleted: the epoch keeps growing, so an old holder's epoch never comes back.
        auto done = Database::exec(tx, QStringLiteral("UPDATE desk_leases SET expires_ms = 0 WHERE name = ? AND "
                                                      "holder = ?"),
                                   {m_name, m_holderId});
        if (!done)
            return done.error();
        return Ok{};
    });
}

Result<bool> DeskLease::holds(QSqlDatabase &tx, const QString &name, const QString &holderId, qint64 epoch)
{
    auto now = databaseNowMs(tx);
    if (!now)
        return now.error();
    auto row = Database::exec(tx,
                              QStringLiteral("SELECT count(*) FROM desk_leases WHERE name = ? AND holder = ? AND "
                                             "epoch = ? AND expires_ms > ?"),
                              {name, holderId, epoch, *now});
    if (!row)
        return row.error();
    return row->next() && row->value(0).toInt() > 0;
}

std::function<Status<>(QSqlDatabase &)> DeskLease::fence(qint64 epoch) const
{
    return [name = m_name, holder = m_holderId, epoch](QSqlDatabase &tx) -> Status<> {
        auto held = holds(tx, name, holder, epoch);
        if (!held)
            return held.error();
        if (!*held) {
            qCInfo(lcLease).noquote() << "lost" << name << "epoch" << epoch << "- its results are not written";
            return makeError(QStringLiteral("lease.lost"),
                             tr("Another desk took over reading replies for the clinic; this desk's last reading was "
                                "not saved (the other desk reads the same replies)."));
        }
        return Ok{};
    };
}

Result<std::optional<DeskLease::Holder>> DeskLease::current(Database &database, const QString &name)
{
    QSqlDatabase db = database.connection();
    auto now = databaseNowMs(db);
    if (!now)
        return now.error();
    auto row = Database::exec(
        db, QStringLiteral("SELECT holder, holder_label, epoch, expires_ms FROM desk_leases WHERE name = ?"), {name});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Holder>();
    return std::optional<Holder>(Holder{row->value(0).toString(), row->value(1).toString(),
                                        row->value(2).toLongLong(), row->value(3).toLongLong() - *now});
}

} // namespace cd

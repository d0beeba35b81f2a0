#include "core/audit/AuditLog.h"

#include "core/audit/AuditChain.h"
#include "core/audit/AuditIdentity.h"
#include "core/common/Clock.h"
#include "core/desks/DeskLease.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QTimeZone>

#include <algorithm>

namespace cd::AuditLog {

Status<> record(QSqlDatabase &tx, const QString &action, std::optional<qint64> patientId, const QString &details)
{
    // The chain needs the previous row's hash: one writer at a time (SQLite's write transaction already is).
    if (tx.driverName() == QLatin1String("QPSQL")) {
        if (auto locked = Database::exec(tx, QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"));
            !locked)
            return locked.error();
    }
    QString prevHash;
    {
        auto last = Database::exec(tx, QStringLiteral("SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!last)
            return last.error();
        if (last->next())
            prevHash = last->value(0).toString();
    }

    // The database's clock (the server's on PostgreSQL): rows from desks whose own clocks differ still follow one
    // another in time, so `audit verify` can tell a back-dated row from an honest one.
    auto nowMs = databaseNowMs(tx);
    if (!nowMs)
        return nowMs.error();
    AuditRow row;
    row.at = toDbTime(QDateTime::fromMSecsSinceEpoch(*nowMs, QTimeZone::utc()));
    row.staff = AuditIdentity::staff();
    if (row.staff.isEmpty())
        row.staff = QString(); // NULL, not ''
    row.actor = AuditIdentity::actor();
    row.osUser = AuditIdentity::osUser();
    row.host = AuditIdentity::host();
    row.action = action;
    row.patientId = patientId;
    row.details = details.isEmpty() ? QString() : details;
    row.prevHash = prevHash;
    row.rowHash = AuditChain::hashOf(prevHash, row);

    auto done = Database::exec(
        tx,
        QStringLiteral("INSERT INTO audit_log (at, actor, action, patient_id, details, staff, os_user, host, "
                       "prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.at, row.actor, action, sql::id(patientId), sql::text(row.details), sql::text(row.staff),
         sql::text(row.osUser), sql::text(row.host), row.prevHash, row.rowHash});
    if (!done)
        return done.error();
    // Every change to a patient's data leaves an audit row, so this is where the other desks hear of it (a NOTIFY
    // on COMMIT on a shared server): "patient", "appointment", "intake", … with the patient's id.
    const QString topic = changeTopic(action);
    if (patientId && !topic.isEmpty())
        return Database::announce(tx, topic, *patientId);
    return Ok{};
}

QString changeTopic(const QString &action)
{
    static const QStringList reads{QStringLiteral(".viewed"), QStringLiteral(".exported"), QStringLiteral(".read")};
    if (std::any_of(reads.cbegin(), reads.cend(), [&](const QString &r) { return action.endsWith(r); }))
        return QString();
    return action.section(QLatin1Char('.'), 0, 0);
}

} // namespace cd::AuditLog

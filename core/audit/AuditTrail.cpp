#include "core/audit/AuditTrail.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace cd {

namespace {

const QString SelectRows = QStringLiteral("SELECT id, at, actor, staff, os_user, host, action, patient_id, details, "
                                          "prev_hash, row_hash FROM audit_log");

AuditRow rowFrom(const QSqlQuery &q)
{
    AuditRow row;
    row.id = q.value(0).toLongLong();
    row.at = q.value(1).toString();
    row.actor = q.value(2).toString();
    row.staff = q.value(3).toString();
    row.osUser = q.value(4).toString();
    row.host = q.value(5).toString();
    row.action = q.value(6).toString();
    if (!q.value(7).isNull())
        row.patientId = q.value(7).toLongLong();
    row.details = q.value(8).toString();
    row.prevHash = q.value(9).toString();
    row.rowHash = q.value(10).toString();
    return row;
}

QString csvField(const QString &value)
{
    QString cell = AuditTrail::neutraliseCell(value);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

} // namespace

AuditTrail::AuditTrail(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Status<> AuditTrail::record(const QString &action, std::optional<qint64> patientId, const QString &details) const
{
    return m_database->write([&](QSqlDatabase &tx) { return AuditLog::record(tx, action, patientId, details); });
}

Result<AuditTrail::Verification> AuditTrail::verify() const
{
    auto query = m_database->exec(SelectRows + QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    Verification result;
    bool chained = false;
    QString previousHash;
    QDateTime latestAt; // the latest time of the rows so far, and which row had it
    qint64 latestId = 0;
    qint64 previousId = 0;
    // A clock set back by a few seconds or minutes (time synchronisation, a desk whose clock was wrong before the
    // server's was used) is not tampering; a row dated hours before an earlier one is.
    constexpr qint64 ClockSlackSec = 10 * 60;
    auto fail = [&](qint64 id, QString problem) {
        result.ok = false;
        result.firstBadRow = id;
        result.problem = std::move(problem);
    };
    while (query->next()) {
        const AuditRow row = rowFrom(*query);
        ++result.rowsChecked;
        if (row.rowHash.isEmpty()) {
            if (chained) {
                fail(row.id, tr("row %1 has no hash: it was added outside ClinicDesk.").arg(row.id));
                break;
            }
            ++result.unchainedRows;
            previousId = row.id;
            continue;
        }
        if (row.prevHash != previousHash && (chained || !row.prevHash.isEmpty())) {
            fail(row.id, row.id != previousId + 1 && chained
                             ? tr("row %1 does not follow row %2: the rows between them were deleted.")
                                   .arg(row.id)
                                   .arg(previousId)
                             : tr("row %1 does not follow row %2: a row was deleted, or this one was inserted "
                                  "out of order.")
                                   .arg(row.id)
                                   .arg(previousId));
            break;
        }
        const QDateTime at = fromDbTime(row.at);
        if (latestAt.isValid() && at.isValid() && at.secsTo(latestAt) > ClockSlackSec) {
            fail(row.id, tr("row %1 is out of order: it is dated %2 minutes before row %3.")
                             .arg(row.id)
                             .arg(at.secsTo(latestAt) / 60)
                             .arg(latestId));
            break;
        }
        if (AuditChain::hashOf(row.prevHash, row) != row.rowHash) {
            fail(row.id, tr("row %1 was changed after it was written.").arg(row.id));
            break;
        }
        chained = true;
        previousHash = row.rowHash;
        if (at.isValid() && (!latestAt.isValid() || at > latestAt)) {
            latestAt = at;
            latestId = row.id;
        }
        previousId = row.id;
    }
    return result;
}

Result<QList<AuditRow>> AuditTrail::rows(const Filter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.patientId) {
        where << QStringLiteral("patient_id = ?");
        binds << *filter.patientId;
    }
    // Dates are the desk's local days; rows store UTC times.
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << toDbTime(filter.from.startOfDay().toUTC());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << toDbTime(filter.to.addDays(1).startOfDay().toUTC());
    }
    QString sql = SelectRows;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    auto query = m_database->exec(sql, binds);
    if (!query)
        return query.error();
    QList<AuditRow> rows;
    while (query->next())
        rows << rowFrom(*query);
    return rows;
}

QString AuditTrail::neutraliseCell(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString AuditTrail::toCsv(const QList<AuditRow> &rows)
{
    QString out = QStringLiteral("id,at,actor,staff,os_user,host,action,patient_id,details,row_hash\r\n");
    for (const AuditRow &row : rows) {
        const QStringList fields{QString::number(row.id),
                                 row.at,
                                 row.actor,
                                 row.staff,
                                 row.osUser,
                                 row.host,
                                 row.action,
                                 row.patientId ? QString::number(*row.patientId) : QString(),
                                 row.details,
                                 row.rowHash};
        QStringList cells;
        for (const QString &field : fields)
            cells << csvField(field);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QByteArray AuditTrail::toJson(const QList<AuditRow> &rows)
{
    QJsonArray array;
    for (const AuditRow &row : rows) {
        array.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("at"), row.at},
            {QStringLiteral("actor"), row.actor},
            {QStringLiteral("staff"), row.staff.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.staff)},
            {QStringLiteral("os_user"), row.osUser},
            {QStringLiteral("host"), row.host},
            {QStringLiteral("action"), row.action},
            {QStringLiteral("patient_id"), row.patientId ? QJsonValue(*row.patientId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("details"), row.details},
            {QStringLiteral("row_hash"), row.rowHash},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace cd

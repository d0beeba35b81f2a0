#include "core/audit/AuditLog.h"

#include "core/common/Clock.h"
#include "core/common/OsUser.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

namespace cd::AuditLog {

Status<> record(QSqlDatabase &tx, const QString &action, std::optional<qint64> patientId, const QString &details)
{
    auto done = Database::exec(
        tx,
        QStringLiteral("INSERT INTO audit_log (at, actor, action, patient_id, details) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {toDbTime(Clock::instance().nowUtc()), osUserName(), action, sql::id(patientId), sql::text(details)});
    if (!done)
        return done.error();
    return Ok{};
}

} // namespace cd::AuditLog

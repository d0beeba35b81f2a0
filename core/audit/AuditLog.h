#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd {

// Who did what, when, to which patient. Always written inside the caller's transaction, so a change and
// its audit row land together or not at all. Details never carry secrets or message text.
namespace AuditLog {

Status<> record(QSqlDatabase &tx, const QString &action, std::optional<qint64> patientId = std::nullopt,
                const QString &details = {});

} // namespace AuditLog
} // namespace cd

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

// What other desks hear of an audited action about a patient ("patient.edit" → "patient"); empty for a read (a
// profile viewed, a record exported), which changes nothing another desk shows. The change feed replays the audit
// rows it missed during an outage through the same rule.
QString changeTopic(const QString &action);

} // namespace AuditLog
} // namespace cd

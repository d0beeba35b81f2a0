#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace cd {

// One audit row as stored; the fields the hash covers, in a fixed order.
struct AuditRow
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString staff;
    QString osUser;
    QString host;
    QString action;
    std::optional<qint64> patientId;
    QString details;
    QString prevHash; // empty for the first chained row
    QString rowHash;  // empty for rows written before the chain existed
};

// The hash chain: row_hash = hex SHA-256 of prev_hash followed by the row's canonical content (a compact JSON
// array of its fields, NULL as null), so changing, removing or reordering any row breaks every later link.
namespace AuditChain {

QByteArray canonicalContent(const AuditRow &row);
QString hashOf(const QString &prevHash, const AuditRow &row);

} // namespace AuditChain
} // namespace cd

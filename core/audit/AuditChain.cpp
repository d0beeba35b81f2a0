#include "core/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::AuditChain {

namespace {
QJsonValue textOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

QByteArray canonicalContent(const AuditRow &row)
{
    const QJsonArray fields{
        row.at,
        row.actor,
        textOrNull(row.staff),
        textOrNull(row.osUser),
        textOrNull(row.host),
        row.action,
        row.patientId ? QJsonValue(QString::number(*row.patientId)) : QJsonValue(QJsonValue::Null),
        textOrNull(row.details),
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString hashOf(const QString &prevHash, const AuditRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toUtf8());
    hash.addData(canonicalContent(row));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace cd::AuditChain

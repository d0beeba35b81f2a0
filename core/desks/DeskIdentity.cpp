#include "core/desks/DeskIdentity.h"

#include "core/audit/AuditIdentity.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

namespace cd::DeskIdentity {

QString processId()
{
    static const QString id = QStringLiteral("%1/%2/%3")
                                  .arg(QSysInfo::machineHostName())
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return id;
}

QString label()
{
    const QString staff = AuditIdentity::staff();
    const QString host = QSysInfo::machineHostName();
    return staff.isEmpty() ? host : QStringLiteral("%1 (%2)").arg(host, staff);
}

} // namespace cd::DeskIdentity

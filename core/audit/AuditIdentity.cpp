#include "core/audit/AuditIdentity.h"

#include "core/security/OsAccount.h"

#include <QMutex>

namespace cd::AuditIdentity {

namespace {
QMutex &mutex()
{
    static QMutex m;
    return m;
}
QString &current()
{
    static QString name;
    return name;
}
} // namespace

void setStaff(const QString &displayName)
{
    const QMutexLocker lock(&mutex());
    current() = displayName;
}

QString staff()
{
    const QMutexLocker lock(&mutex());
    return current();
}

QString osUser()
{
    static const QString name = OsAccount::name();
    return name;
}

QString host()
{
    static const QString name = OsAccount::hostName();
    return name;
}

QString actor()
{
    const QString signedIn = staff();
    return signedIn.isEmpty() ? osUser() : signedIn;
}

} // namespace cd::AuditIdentity

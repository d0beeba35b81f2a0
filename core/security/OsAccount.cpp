#include "core/security/OsAccount.h"

#include <QSysInfo>

#ifdef Q_OS_WIN
#include <lmcons.h>
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace cd::OsAccount {

QString name()
{
#ifdef Q_OS_WIN
    wchar_t buffer[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(buffer, &size) && size > 1)
        return QString::fromWCharArray(buffer, int(size) - 1);
    return QStringLiteral("unknown");
#else
    const uid_t uid = ::geteuid();
    struct passwd entry
    {
    };
    struct passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid); // an account without a passwd entry (containers)
#endif
}

QString hostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown") : host;
}

} // namespace cd::OsAccount

#include "core/common/OsUser.h"

#include <QDir>
#include <QtGlobal>

namespace cd {

QString osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // Services and minimal shells may run without those variables: the home folder is named after the account.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

} // namespace cd

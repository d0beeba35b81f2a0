#include "common/OsUser.h"

#include <QtGlobal>

namespace cd {

QString osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace cd

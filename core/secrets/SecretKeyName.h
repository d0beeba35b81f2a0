#pragma once

#include <QString>

namespace cd {

// Every keychain entry carries the application name: on Windows the credential name is the key alone and is
// shared by all programs of the user.
inline QString qualifiedSecretKey(const QString &key)
{
    return QStringLiteral("ClinicDesk/") + key;
}

inline const QString &secretServiceName()
{
    static const QString name = QStringLiteral("ClinicDesk");
    return name;
}

} // namespace cd

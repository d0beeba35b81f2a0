#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// QtKeychain's outcomes, mirrored so the mapping can be tested without the QtKeychain headers.
enum class KeychainFailure
{
    NotFound,
    CouldNotDelete,
    AccessDeniedByUser,
    AccessDenied,
    NoBackend,
    NotImplemented,
    Other
};

// Turns a keychain failure into a message that says what is missing and how to fix it.
// Codes: keychain.no-session-bus, keychain.no-backend, keychain.denied, keychain.locked, keychain.delete-failed,
// keychain.not-implemented, keychain.error.
class KeychainErrors
{
    Q_DECLARE_TR_FUNCTIONS(cd::KeychainErrors)
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    static Error describe(KeychainFailure failure, const QString &backendText, Operation operation);
    static QString keychainName(); // "the Secret Service keychain (gnome-keyring or KWallet)" etc.
    static QString howToFix();     // platform-specific fix, one or two sentences
};

} // namespace cd

#pragma once

#include "secrets/Credentials.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace cd {

class SecretStore;

// What was loaded at start-up: the credentials, where each part came from, and a keychain problem if one
// got in the way. Loaded once: the keychain is asynchronous and may prompt, so it is not asked on every request.
struct CredentialSnapshot
{
    TwilioCredentials credentials;
    QHash<QString, SettingSource> sources; // by SettingDefinition::id ("authToken", "accountSid", ...)
    std::optional<Error> keychainError;
};

// Environment (per variable, never written) > keychain (secrets) + settings (the rest).
class StoredCredentialsProvider : public CredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(cd::StoredCredentialsProvider)
public:
    explicit StoredCredentialsProvider(CredentialSnapshot snapshot) : m_snapshot(std::move(snapshot)) {}

    // Error "credentials.not-configured" (nothing usable; names the way to set it up) or the keychain error
    // when the keychain was needed and could not be read. The app then runs in demo mode.
    Result<TwilioCredentials> credentials() const override;
    const CredentialSnapshot &snapshot() const { return m_snapshot; }

    // Reads settings and environment, and the keychain for each secret the environment does not provide.
    // Blocks on a local event loop until the keychain answered (needs a QCoreApplication).
    static CredentialSnapshot load(SecretStore &store);

private:
    CredentialSnapshot m_snapshot;
};

// The one factory both executables use. With no store, the OS keychain is used.
std::unique_ptr<StoredCredentialsProvider> makeStoredCredentialsProvider(SecretStore *store = nullptr);

} // namespace cd

#pragma once

#include "core/secrets/Credentials.h"
#include "core/settings/AppSettings.h"

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

    // The keychain error (code "keychain.*") when an Account SID is set but its secret could not be read from the
    // keychain; otherwise the credentials as loaded, possibly empty (demo mode) or incomplete (the caller says what
    // is missing), like EnvCredentialsProvider.
    Result<TwilioCredentials> credentials() const override;
    const CredentialSnapshot &snapshot() const { return m_snapshot; }

    // Reads settings and environment, and the keychain for each secret the environment does not provide (only when
    // an Account SID is set: an unconfigured desk never touches the keychain).
    // Blocks on a local event loop until the keychain answered (needs a QCoreApplication).
    static CredentialSnapshot load(SecretStore &store);

private:
    CredentialSnapshot m_snapshot;
};

// The one factory both executables use. With no store, the OS keychain is used.
std::unique_ptr<StoredCredentialsProvider> makeStoredCredentialsProvider(SecretStore *store = nullptr);

} // namespace cd

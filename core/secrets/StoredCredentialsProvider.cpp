#include "core/secrets/StoredCredentialsProvider.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/SettingCatalog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCredentials, "clinicdesk.credentials", QtWarningMsg)

namespace cd {

namespace {

QString environmentValue(const QString &name)
{
    return qEnvironmentVariable(name.toLatin1().constData()).trimmed();
}

} // namespace

CredentialSnapshot StoredCredentialsProvider::load(SecretStore &store)
{
    CredentialSnapshot snapshot;
    TwilioCredentials &c = snapshot.credentials;

    const auto setting = [&](const QString &id) {
        const SettingDefinition *definition = SettingCatalog::byId(id);
        snapshot.sources.insert(id, AppSettings::source(definition->key));
        return AppSettings::value(definition->key).toString().trimmed();
    };
    c.accountSid = setting(QStringLiteral("accountSid"));
    c.apiKeySid = setting(QStringLiteral("apiKeySid"));
    c.messagingServiceSid = setting(QStringLiteral("messagingServiceSid"));
    c.chatServiceSid = setting(QStringLiteral("chatServiceSid"));
    for (const QString &number : setting(QStringLiteral("phoneNumbers")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.phoneNumbers.append(number.trimmed());

    // Without an Account SID nothing can be used, so an unconfigured (demo) desk never touches the keychain:
    // no prompt, no delay, no error on a machine without one.
    const bool consultKeychain = !c.accountSid.isEmpty();
    const auto secret = [&](const QString &id) -> QString {
        const SettingDefinition *definition = SettingCatalog::byId(id);
        const QString fromEnvironment = environmentValue(definition->envVar);
        if (!fromEnvironment.isEmpty()) {
            snapshot.sources.insert(id, SettingSource::Environment);
            return fromEnvironment;
        }
        snapshot.sources.insert(id, SettingSource::NotSet);
        if (!consultKeychain)
            return QString();
        auto stored = readSecretBlocking(store, definition->key);
        if (!stored) {
            // Keep the first problem: it is the one to explain. Other secrets still load from the environment.
            if (!snapshot.keychainError)
                snapshot.keychainError = stored.error();
            return QString();
        }
        if (stored->has_value())
            snapshot.sources.insert(id, SettingSource::Keychain);
        return stored->value_or(QString());
    };
    c.authToken = secret(QStringLiteral("authToken"));
    c.apiKeySecret = secret(QStringLiteral("apiKeySecret"));
    c.sendGridApiKey = secret(QStringLiteral("sendGridApiKey"));
    if (snapshot.keychainError)
        qCInfo(lcCredentials) << "keychain unavailable:" << snapshot.keychainError->code;
    return snapshot;
}

Result<TwilioCredentials> StoredCredentialsProvider::credentials() const
{
    const TwilioCredentials &c = m_snapshot.credentials;
    // Twilio is set up but its secret could not be read: say why, rather than "not configured" or demo mode.
    if (!c.canAuthenticate() && !c.accountSid.isEmpty() && m_snapshot.keychainError)
        return *m_snapshot.keychainError;
    // Otherwise hand out what there is: empty means demo mode, partial is explained by the caller
    // (GatewayFactory, the connection check), like EnvCredentialsProvider does.
    return c;
}

std::unique_ptr<StoredCredentialsProvider> makeStoredCredentialsProvider(SecretStore *store)
{
    if (store)
        return std::make_unique<StoredCredentialsProvider>(StoredCredentialsProvider::load(*store));
    KeychainSecretStore keychain;
    return std::make_unique<StoredCredentialsProvider>(StoredCredentialsProvider::load(keychain));
}

} // namespace cd

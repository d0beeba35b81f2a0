#include "secrets/StoredCredentialsProvider.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "settings/SettingCatalog.h"

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

    const auto secret = [&](const QString &id) -> QString {
        const SettingDefinition *definition = SettingCatalog::byId(id);
        const QString fromEnvironment = environmentValue(definition->envVar);
        if (!fromEnvironment.isEmpty()) {
            snapshot.sources.insert(id, SettingSource::Environment);
            return fromEnvironment;
        }
        auto stored = readSecretBlocking(store, definition->key);
        if (!stored) {
            // Keep the first problem: it is the one to explain. Other secrets still load from the environment.
            if (!snapshot.keychainError)
                snapshot.keychainError = stored.error();
            snapshot.sources.insert(id, SettingSource::NotSet);
            return QString();
        }
        snapshot.sources.insert(id, stored->has_value() ? SettingSource::Keychain : SettingSource::NotSet);
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
    if (c.canAuthenticate())
        return c;
    if (m_snapshot.keychainError)
        return *m_snapshot.keychainError;
    if (c.accountSid.isEmpty())
        return makeError(QStringLiteral("credentials.not-configured"),
                         tr("No Twilio account is set up. Enter the Account SID and Auth Token (or an API key) in "
                            "Settings, or run \"clinicdesk-cli config set-credentials\"."));
    return makeError(QStringLiteral("credentials.not-configured"),
                     tr("The Twilio Account SID is set but neither an Auth Token nor an API key with its secret is. "
                        "Enter one in Settings, or run \"clinicdesk-cli config set-credentials\"."));
}

std::unique_ptr<StoredCredentialsProvider> makeStoredCredentialsProvider(SecretStore *store)
{
    if (store)
        return std::make_unique<StoredCredentialsProvider>(StoredCredentialsProvider::load(*store));
    KeychainSecretStore keychain;
    return std::make_unique<StoredCredentialsProvider>(StoredCredentialsProvider::load(keychain));
}

} // namespace cd

#include "core/email/SendGridConfig.h"

#include "core/secrets/Credentials.h"
#include "core/security/EndpointOverride.h"
#include "core/settings/AppSettings.h"

#include <QSslSocket>

namespace cd {

namespace {

EmailError configurationError(const QString &message)
{
    EmailError error;
    error.kind = EmailError::Kind::Configuration;
    error.message = message;
    return error;
}

} // namespace

Result<QUrl, EmailError> SendGridConfig::resolveBase(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        value = qEnvironmentVariable("CLINICDESK_SENDGRID_BASE_URL").trimmed();
    if (value.isEmpty())
        value = defaultBaseUrl();
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return configurationError(tr("The SendGrid address \"%1\" must be just scheme, host and port (for example "
                                     "https://api.sendgrid.com). Correct CLINICDESK_SENDGRID_BASE_URL.")
                                      .arg(value));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !EndpointOverride::isLoopbackHost(url.host()))
        return configurationError(tr("Refusing to talk to SendGrid over unencrypted http at %1: that would send the "
                                     "API key in the clear. Use an https address.")
                                      .arg(url.host()));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return configurationError(tr("The SendGrid address \"%1\" must start with https://.").arg(value));
    if (scheme == QLatin1String("https") && !QSslSocket::supportsSsl())
        return configurationError(tr("Secure connections are not available on this computer, so SendGrid cannot "
                                     "be reached safely. Reinstall ClinicDesk or install OpenSSL."));
    // Only this computer or SendGrid's own hosts: a planted variable must not carry the API key elsewhere.
    if (auto allowed = EndpointOverride::check(url, {QStringLiteral("sendgrid.com")}, environmentVariable()); !allowed)
        return configurationError(allowed.error().message);
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    if (url.port() != -1)
        base.setPort(url.port());
    return base;
}

QString SendGridConfig::fromEmail()
{
    const QString env = qEnvironmentVariable("SENDGRID_FROM").trimmed();
    return env.isEmpty() ? AppSettings::value(SettingKeys::EmailSender).toString().trimmed() : env;
}

QString SendGridConfig::fromName()
{
    QString name = qEnvironmentVariable("SENDGRID_FROM_NAME").trimmed();
    if (name.isEmpty())
        name = AppSettings::value(EmailSettingKeys::SenderName).toString().trimmed();
    return name.isEmpty() ? AppSettings::clinicName() : name;
}

bool SendGridConfig::hasKey(const CredentialsProvider *credentials)
{
    if (!credentials)
        return false;
    auto creds = credentials->credentials();
    return creds && !creds->sendGridApiKey.isEmpty();
}

Result<SendGridAccess, EmailError> SendGridConfig::access(const CredentialsProvider *credentials, bool needSender)
{
    auto creds = credentials ? credentials->credentials()
                             : Result<TwilioCredentials>(makeError(QStringLiteral("email.no-provider"), QString()));
    if (!creds || creds->sendGridApiKey.isEmpty())
        return configurationError(tr("E-mail is not set up: enter the SendGrid API key in Settings (or set "
                                     "SENDGRID_API_KEY)."));
    SendGridAccess access;
    access.fromEmail = fromEmail();
    if (needSender && (access.fromEmail.isEmpty() || !access.fromEmail.contains(QLatin1Char('@'))))
        return configurationError(tr("E-mail is not set up: enter the sender address (E-mail sender) in Settings "
                                     "(or set SENDGRID_FROM)."));
    access.fromName = fromName();
    auto base = resolveBase();
    if (!base)
        return base.error();
    access.base = *base;
    access.authorization = "Bearer " + creds->sendGridApiKey.toUtf8();
    return access;
}

} // namespace cd

#include "core/secrets/EnvCredentialsProvider.h"

namespace cd {

Result<TwilioCredentials> EnvCredentialsProvider::credentials() const
{
    const QProcessEnvironment environment = m_fixed ? m_environment : QProcessEnvironment::systemEnvironment();
    auto value = [&](const char *name) { return environment.value(QLatin1String(name)).trimmed(); };
    TwilioCredentials credentials;
    credentials.accountSid = value("TWILIO_ACCOUNT_SID");
    credentials.authToken = value("TWILIO_AUTH_TOKEN");
    credentials.apiKeySid = value("TWILIO_API_KEY");
    credentials.apiKeySecret = value("TWILIO_API_SECRET");
    credentials.messagingServiceSid = value("TWILIO_MESSAGING_SERVICE_SID");
    credentials.chatServiceSid = value("TWILIO_CHAT_SERVICE_SID");
    credentials.sendGridApiKey = value("SENDGRID_API_KEY");
    const QStringList numbers = value("TWILIO_PHONE_NUMBER").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &number : numbers) {
        if (!number.trimmed().isEmpty())
            credentials.phoneNumbers.append(number.trimmed());
    }
    return credentials;
}

} // namespace cd

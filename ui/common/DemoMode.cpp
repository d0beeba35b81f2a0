#include "common/DemoMode.h"

#include "settings/AppSettings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemoMode, "clinicdesk.ui.demomode")

namespace cd::ui {

TwilioCredentials credentialsForDemoCheck()
{
    // TODO(lead): use the stored-credentials provider (keychain + settings) once it is wired into the GUI start-up;
    // until then, the environment and the non-secret settings decide. Secrets are only tested for presence here.
    TwilioCredentials c;
    c.accountSid = AppSettings::value(SettingKeys::AccountSid).toString();
    c.apiKeySid = AppSettings::value(SettingKeys::ApiKeySid).toString();
    c.authToken = qEnvironmentVariable("TWILIO_AUTH_TOKEN");
    c.apiKeySecret = qEnvironmentVariable("TWILIO_API_SECRET");
    const QString numbers = AppSettings::value(SettingKeys::PhoneNumbers).toString();
    if (!numbers.trimmed().isEmpty())
        c.phoneNumbers = numbers.split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.messagingServiceSid = AppSettings::value(SettingKeys::MessagingServiceSid).toString();
    return c;
}

bool isDemoMode()
{
    const bool demo = !credentialsForDemoCheck().isConfigured();
    qCDebug(lcDemoMode) << "demo mode:" << demo;
    return demo;
}

} // namespace cd::ui

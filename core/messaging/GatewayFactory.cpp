#include "core/messaging/GatewayFactory.h"

#include "core/demo/DemoGateway.h"
#include "core/secrets/Credentials.h"
#include "core/settings/AppSettings.h"
#include "core/twilio/TwilioClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGatewayFactory, "clinicdesk.gateway")

namespace cd {

Result<SenderConfig> GatewayFactory::senderFor(const std::shared_ptr<const CredentialsProvider> &credentials)
{
    if (!credentials)
        return makeError(QStringLiteral("twilio.no-provider"), tr("No source of Twilio credentials was given."));
    auto creds = credentials->credentials();
    if (!creds)
        return creds.error();
    const TwilioCredentials &c = *creds;
    SenderConfig sender;
    if (c.isConfigured()) {
        sender.clinicNumbers = c.phoneNumbers;
        sender.messagingServiceSid = c.messagingServiceSid;
        sender.demo = false;
        return sender;
    }
    const bool nothingSet = c.accountSid.isEmpty() && c.authToken.isEmpty() && c.apiKeySid.isEmpty() &&
                            c.apiKeySecret.isEmpty() && c.phoneNumbers.isEmpty() && c.messagingServiceSid.isEmpty();
    if (!nothingSet) {
        QStringList missing;
        if (c.accountSid.isEmpty())
            missing << tr("the Account SID");
        if (c.authToken.isEmpty() && (c.apiKeySid.isEmpty() || c.apiKeySecret.isEmpty()))
            missing << tr("the Auth Token (or an API key and its secret)");
        if (!c.hasSender())
            missing << tr("the clinic's Twilio phone number (or a Messaging Service SID)");
        return makeError(QStringLiteral("twilio.incomplete"),
                         tr("Twilio is only partly set up: %1 is missing. Nothing was sent. Complete the Twilio "
                            "settings, or remove them all to use the demo mode.")
                             .arg(missing.join(tr(" and "))));
    }
    sender.clinicNumbers = {DemoGateway::demoNumber()};
    sender.demo = true;
    return sender;
}

Result<GatewaySetup> GatewayFactory::make(std::shared_ptr<const CredentialsProvider> credentials,
                                          std::shared_ptr<Database> database, QObject *parent)
{
    auto sender = senderFor(credentials);
    if (!sender)
        return sender.error();
    GatewaySetup setup;
    setup.sender = *sender;
    if (!sender->demo) {
        auto client = std::make_unique<TwilioClient>(credentials, parent);
        const int timeoutSec = AppSettings::requestTimeoutSec();
        if (timeoutSec > 0)
            client->setTimeoutMs(timeoutSec * 1000);
        setup.gateway = std::move(client);
        return setup;
    }
    qCInfo(lcGatewayFactory) << "no Twilio credentials: using the demo transport";
    setup.gateway = std::make_unique<DemoGateway>(std::move(database), parent);
    return setup;
}

} // namespace cd

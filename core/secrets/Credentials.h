#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace cd {

// Everything needed to talk to Twilio (and SendGrid). Secrets are held in memory only.
struct TwilioCredentials
{
    QString accountSid;          // AC + 32 hex; always in the URL path
    QString authToken;           // secret
    QString apiKeySid;           // SK...; with apiKeySecret preferred for Basic auth (Twilio's recommendation)
    QString apiKeySecret;        // secret
    QStringList phoneNumbers;    // clinic numbers, E.164; the first one sends
    QString messagingServiceSid; // MG...; needed for scheduled messages
    QString chatServiceSid;      // IS...; optional (Conversations)
    QString sendGridApiKey;      // secret

    // Usable for REST calls: an Account SID plus either an API key pair or the Auth Token.
    bool canAuthenticate() const
    {
        return !accountSid.isEmpty() && ((!apiKeySid.isEmpty() && !apiKeySecret.isEmpty()) || !authToken.isEmpty());
    }
    bool hasSender() const { return !phoneNumbers.isEmpty() || !messagingServiceSid.isEmpty(); }
    bool isConfigured() const { return canAuthenticate() && hasSender(); }
};

// Where credentials come from: the environment (development, automation), the keychain plus settings
// (production), or a test. The client only ever sees this interface.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider() = default;
    virtual Result<TwilioCredentials> credentials() const = 0;
};

} // namespace cd

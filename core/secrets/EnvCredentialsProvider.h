#pragma once

#include "core/secrets/Credentials.h"

#include <QProcessEnvironment>

namespace cd {

// Credentials from the environment variables of the original setup guide (development, automation, CI):
// TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER (comma-separated for several), TWILIO_API_KEY,
// TWILIO_API_SECRET, TWILIO_CHAT_SERVICE_SID, TWILIO_MESSAGING_SERVICE_SID, SENDGRID_API_KEY.
// Read at every call, so a changed environment (tests) is seen at once. Never fails: missing values stay empty
// and the caller (connection check, client) says what is missing.
class EnvCredentialsProvider : public CredentialsProvider
{
public:
    EnvCredentialsProvider() = default;
    explicit EnvCredentialsProvider(const QProcessEnvironment &environment) : m_environment(environment), m_fixed(true)
    {
    }

    Result<TwilioCredentials> credentials() const override;

private:
    QProcessEnvironment m_environment;
    bool m_fixed = false;
};

} // namespace cd

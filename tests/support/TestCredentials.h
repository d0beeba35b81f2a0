#pragma once

// The made-up Twilio credentials the tests share, so the fake server, the environment a test hands the engine and
// the assertions all name the same account. None of them is a secret or reaches Twilio.
#include "core/secrets/Credentials.h"

#include <QProcessEnvironment>
#include <QString>

namespace cd::test {

// The loopback fake Twilio's account (tests/support/FakeTwilioServer) and the clinic's sending number.
inline const QString TestAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
inline const QString TestAuthToken = QStringLiteral("test-auth-token-not-a-secret");
inline const QString TestClinicNumber = QStringLiteral("+14155550100");

// TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN / TWILIO_PHONE_NUMBER as the app reads them (EnvCredentialsProvider).
inline QProcessEnvironment testCredentialsEnvironment()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), TestAccountSid);
    e.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), TestAuthToken);
    e.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), TestClinicNumber);
    return e;
}

// The contract tests' account at Prism: Prism checks the shape of the SIDs, not their value.
inline const QString ContractAccountSid = QStringLiteral("AC") + QString(32, QLatin1Char('a'));
inline const QString ContractAuthToken = QStringLiteral("contract-test-token");
inline const QString ContractServiceSid = QStringLiteral("MG") + QString(32, QLatin1Char('b'));
inline const QString ContractClinicNumber = QStringLiteral("+15550001111");

// Credentials a test sets field by field and may change between calls (the client asks on every request).
class FixedCredentials : public CredentialsProvider
{
public:
    TwilioCredentials value;
    Result<TwilioCredentials> credentials() const override { return value; }
};

} // namespace cd::test

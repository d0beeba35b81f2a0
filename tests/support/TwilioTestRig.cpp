#include "tests/support/TwilioTestRig.h"

#include "core/twilio/TwilioEndpoint.h"

namespace cd::test {

TwilioTestRig::TwilioTestRig()
{
    m_started = server.start();
    server.setAccount(kTestAccountSid, kTestAuthToken, QStringLiteral("Sunny Clinic"));
    server.addIncomingNumber(kTestClinicNumber, true);
    setBaseUrl(server.baseUrl());
    credentials->value.accountSid = kTestAccountSid;
    credentials->value.authToken = kTestAuthToken;
    credentials->value.phoneNumbers = {kTestClinicNumber};
    transport = std::make_unique<TwilioTransport>(credentials);
    transport->setTimeoutMs(3000);
    retry.baseDelayMs = 5;
    retry.maxDelayMs = 40;
    transport->setRetryPolicy(retry);
    messages = std::make_unique<TwilioMessagesApi>(*transport);
    checker = std::make_unique<TwilioConnectionChecker>(*transport);
}

TwilioTestRig::~TwilioTestRig()
{
    checker.reset();
    messages.reset();
    transport.reset();
    qunsetenv(qPrintable(TwilioEndpoint::environmentVariable()));
}

void TwilioTestRig::setBaseUrl(const QString &baseUrl)
{
    qputenv(qPrintable(TwilioEndpoint::environmentVariable()), baseUrl.toUtf8());
}

SendMessageRequest TwilioTestRig::simpleRequest() const
{
    SendMessageRequest request;
    request.to = kTestPatient;
    request.from = kTestClinicNumber;
    request.body = QStringLiteral("Your appointment is tomorrow at 9:00.");
    return request;
}

std::optional<TwilioResult<TwilioMessage>> TwilioTestRig::send(const SendMessageRequest &request)
{
    return waitFor<TwilioMessage>([&](auto done) { messages->sendMessage(request, done); });
}

std::optional<TwilioResult<TwilioMessage>> TwilioTestRig::fetch(const QString &sid)
{
    return waitFor<TwilioMessage>([&](auto done) { messages->fetchMessage(sid, done); });
}

} // namespace cd::test

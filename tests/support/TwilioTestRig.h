#pragma once

// What the Twilio tests share: fixed test credentials, a loopback FakeTwilioServer they point at, and the
// transport, Messages API and connection check under test, plus waiting helpers.
#include "core/secrets/Credentials.h"
#include "core/twilio/TwilioConnectionCheck.h"
#include "core/twilio/TwilioMessagesApi.h"
#include "core/twilio/TwilioTransport.h"
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/TestCredentials.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace cd::test {

inline const QString kTestAccountSid = QStringLiteral("AC") + QString(32, QLatin1Char('a'));
inline const QString kTestAuthToken = QStringLiteral("tok-9f8e7d6c5b4a-secret");
inline const QString kTestApiKeySid = QStringLiteral("SK") + QString(32, QLatin1Char('b'));
inline const QString kTestApiSecret = QStringLiteral("apisecret-1234567890-xyz");
inline const QString kTestClinicNumber = QStringLiteral("+15550001111");
inline const QString kTestPatient = QStringLiteral("+15557654321");
inline const QString kTestService = QStringLiteral("MG") + QString(32, QLatin1Char('c'));

// Starts an asynchronous call and spins the event loop until its callback ran (empty: it did not within the time).
template <typename T>
std::optional<TwilioResult<T>> waitFor(const std::function<void(TwilioCallback<T>)> &start, int timeoutMs = 15000)
{
    std::optional<TwilioResult<T>> result;
    start([&result](const TwilioResult<T> &r) { result = r; });
    QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result;
}

// Runs a connection check (the TwilioClient facade's or a TwilioConnectionChecker's) to the end.
template <typename Checker> TwilioConnectionCheck runCheck(Checker &checker)
{
    std::optional<TwilioConnectionCheck> result;
    const auto done = [&result](const TwilioConnectionCheck &c) { result = c; };
    if constexpr (std::is_same_v<Checker, TwilioConnectionChecker>)
        checker.run(done);
    else
        checker.checkConnection(done);
    QDeadlineTimer deadline(15000);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result.value_or(TwilioConnectionCheck{});
}

// Follows next_page_uri until it is null, a page brings only SIDs already seen, or `maxPages` pages were read.
// `Api` is anything with SmsGateway's listMessages (TwilioMessagesApi, TwilioClient).
template <typename Api>
void listAllMessages(Api &api, const MessageListFilter &filter, int maxPages, TwilioCallback<QList<TwilioMessage>> done)
{
    struct State
    {
        QList<TwilioMessage> messages;
        QSet<QString> seen;
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    auto step = std::make_shared<std::function<void(const QString &)>>();
    QPointer<Api> self(&api);
    *step = [self, state, step, filter, maxPages, done](const QString &pageUri) {
        if (!self)
            return;
        self->listMessages(filter, pageUri, [state, step, maxPages, done](const TwilioResult<TwilioMessagePage> &page) {
            if (!page) {
                *step = nullptr; // break the cycle
                return done(page.error());
            }
            ++state->pages;
            bool anyNew = false;
            for (const TwilioMessage &message : page->messages) {
                if (state->seen.contains(message.sid))
                    continue;
                state->seen.insert(message.sid);
                state->messages.append(message);
                anyNew = true;
            }
            if (page->nextPageUri.isEmpty() || !anyNew || state->pages >= maxPages) {
                *step = nullptr;
                return done(state->messages);
            }
            (*step)(page->nextPageUri);
        });
    };
    (*step)(QString());
}

// A started fake Twilio with the test account and clinic number, CLINICDESK_TWILIO_BASE_URL pointing at it (unset
// again on destruction), and the pieces under test with a fast retry policy and a 3 s timeout.
struct TwilioTestRig
{
    TwilioTestRig();
    ~TwilioTestRig();
    bool started() const { return m_started; }
    // Points every later request elsewhere (another server, a TLS server, a hanging port).
    static void setBaseUrl(const QString &baseUrl);

    std::optional<TwilioResult<TwilioMessage>> send(const SendMessageRequest &request);
    std::optional<TwilioResult<TwilioMessage>> fetch(const QString &sid);
    SendMessageRequest simpleRequest() const;

    FakeTwilioServer server;
    std::shared_ptr<FixedCredentials> credentials = std::make_shared<FixedCredentials>();
    RetryPolicy retry;
    std::unique_ptr<TwilioTransport> transport;
    std::unique_ptr<TwilioMessagesApi> messages;
    std::unique_ptr<TwilioConnectionChecker> checker;

private:
    bool m_started = false;
};

} // namespace cd::test

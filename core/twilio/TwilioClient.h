#pragma once

#include "core/messaging/SmsGateway.h"
#include "core/secrets/Credentials.h"
#include "core/twilio/TwilioConnectionCheck.h"
#include "core/twilio/TwilioTransport.h"

#include <functional>
#include <memory>

namespace cd {

class TwilioMessagesApi;
class TwilioServiceNumbers;

// The SmsGateway over Twilio's REST API: a facade that keeps one transport (auth, timeouts, retries), the Messages
// API and the connection check together, so the messaging engine, Settings and the CLI need one object.
// Callbacks always run later on the client's thread, never inside the call; they never run after the client is
// destroyed.
class TwilioClient : public SmsGateway
{
    Q_OBJECT
public:
    explicit TwilioClient(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent = nullptr);
    // `credentials` must outlive the client.
    explicit TwilioClient(const CredentialsProvider &credentials, QObject *parent = nullptr);
    ~TwilioClient() override;

    void setTimeoutMs(int timeoutMs);
    void setRetryPolicy(const RetryPolicy &policy);

    bool isDemo() const override { return false; }
    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) override;
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) override;
    void listMessages(const MessageListFilter &filter, const QString &pageUri,
                      TwilioCallback<TwilioMessagePage> done) override;
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) override;
    void listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done) override;
    void downloadMedia(const TwilioMedia &media, qint64 maxBytes, TwilioCallback<TwilioMediaContent> done) override;
    void listServiceNumbers(const QString &serviceSid, TwilioCallback<QStringList> done) override;

    void checkConnection(std::function<void(const TwilioConnectionCheck &)> done);

private:
    TwilioTransport *m_transport = nullptr;
    TwilioMessagesApi *m_messages = nullptr;
    TwilioConnectionChecker *m_checker = nullptr;
    TwilioServiceNumbers *m_serviceNumbers = nullptr;
};

} // namespace cd

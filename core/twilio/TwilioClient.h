#pragma once

#include "core/messaging/SmsGateway.h"
#include "core/secrets/Credentials.h"
#include "core/twilio/TwilioConnectionCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace cd {

// When and how often a request that Twilio certainly did not process is tried again (429, or a failure before the
// request left the machine). A create whose outcome is unknown is never retried here.
struct RetryPolicy
{
    int maxRetries = 3;     // extra attempts after the first
    int baseDelayMs = 1000; // first back-off, doubled per retry
    int maxDelayMs = 16000;
    int maxRetryAfterMs = 60000; // a longer Retry-After is not waited for: reported as RateLimited
    double jitter = 0.5;         // up to this fraction of each delay is randomised away (no thundering herd)
};

struct TwilioMediaContent
{
    QString contentType;
    QByteArray data;
};

// A raw answer, for callers that need the HTTP level (the contract test, future APIs).
struct TwilioRawReply
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
    QByteArray retryAfter;
};

// Twilio's REST API (2010-04-01) over one QNetworkAccessManager: HTTP/1.1, a timeout on every request, the system
// proxy, verified TLS, Basic auth with an API key (preferred) or the Auth Token. Callbacks always run later on the
// client's thread, never inside the call; they never run after the client is destroyed.
class TwilioClient : public SmsGateway
{
    Q_OBJECT
public:
    explicit TwilioClient(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent = nullptr);
    // `credentials` must outlive the client.
    explicit TwilioClient(const CredentialsProvider &credentials, QObject *parent = nullptr);
    ~TwilioClient() override;

    // Empty: CLINICDESK_TWILIO_BASE_URL, else https://api.twilio.com.
    void setBaseUrlOverride(const QString &baseUrl) { m_baseUrlOverride = baseUrl; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }

    bool isDemo() const override { return false; }
    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) override;
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) override;
    void listMessages(const MessageListFilter &filter, const QString &pageUri,
                      TwilioCallback<TwilioMessagePage> done) override;
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) override;

    // Follows next_page_uri until it is null, a page brings only SIDs already seen, or `maxPages` pages were read.
    void listAllMessages(const MessageListFilter &filter, int maxPages, TwilioCallback<QList<TwilioMessage>> done);

    void listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done);
    // Basic auth only towards the Twilio host; a redirect elsewhere (a CDN) is followed without credentials.
    void downloadMedia(const TwilioMedia &media, TwilioCallback<TwilioMediaContent> done);

    void checkConnection(std::function<void(const TwilioConnectionCheck &)> done);

    // Any request under /2010-04-01/Accounts/{AccountSid} with the client's auth, timeout and retry rules.
    // `accountPath` starts with "/" (e.g. "/Messages.json"); HTTP errors come back as TwilioError.
    void rawRequest(const QByteArray &method, const QString &accountPath, const QByteArray &contentType,
                    const QByteArray &body, TwilioCallback<TwilioRawReply> done);

    // Client-side checks before anything is sent (what Twilio would reject or, for scheduling, silently ignore).
    static Status<TwilioError> validate(const SendMessageRequest &request, const QDateTime &nowUtc);
    // application/x-www-form-urlencoded with every key and value through QUrl::toPercentEncoding ("+" -> "%2B").
    static QByteArray encodeForm(const QList<QPair<QString, QString>> &fields);
    static QList<QPair<QString, QString>> sendFields(const SendMessageRequest &request);
    static QByteArray listQuery(const MessageListFilter &filter);

signals:
    void retryScheduled(int retry, int delayMs);

private:
    struct Call;
    struct Prepared
    {
        QUrl base;
        TwilioCredentials credentials;
        QByteArray authorization;
        bool usingApiKey = false;
    };
    using RawCallback = std::function<void(const Result<TwilioRawReply, TwilioError> &)>;

    Result<Prepared, TwilioError> prepare() const;
    QUrl accountUrl(const Prepared &prepared, const QString &suffix, const QByteArray &encodedQuery = {}) const;
    void execute(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool timedOut, bool requestSent);
    int backoffDelayMs(int retry, const QByteArray &retryAfter, bool *tooLong) const;
    void jsonCall(const QByteArray &method, const QUrl &url, const QByteArray &body, bool isCreate,
                  const Prepared &prepared, RawCallback done);
    void fetchMediaUrl(const QUrl &url, const Prepared &prepared, int hopsLeft,
                       TwilioCallback<TwilioMediaContent> done);
    void checkNumber(const Prepared &prepared, std::shared_ptr<TwilioConnectionCheck> check,
                     std::function<void(const TwilioConnectionCheck &)> done);
    void finishCheck(const Prepared &prepared, std::shared_ptr<TwilioConnectionCheck> check,
                     std::function<void(const TwilioConnectionCheck &)> done);
    template <typename T> void later(TwilioCallback<T> done, const TwilioResult<T> &result);

    std::shared_ptr<const CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network = nullptr;
    QSet<QNetworkReply *> m_pending;
    QString m_baseUrlOverride;
    int m_timeoutMs = 20000;
    RetryPolicy m_retry;
};

} // namespace cd

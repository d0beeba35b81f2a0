#pragma once

#include "core/common/Result.h"
#include "core/secrets/Credentials.h"
#include "core/twilio/TwilioTypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
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

// A raw answer, for callers that need the HTTP level (the APIs on top, the contract test).
struct TwilioRawReply
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
    QByteArray retryAfter;
    QByteArray date; // the server's Date header: Twilio's clock, which judges SendAt windows
    bool tooLarge = false; // the body passed TwilioRequest::maxBodyBytes: abandoned, `body` empty
    qint64 declaredBytes = -1; // Content-Length, when the server sent one
};

// Who the client is to Twilio and where Twilio lives, read from the credentials for each request so a change in
// Settings applies to the next request.
struct TwilioAccess
{
    QUrl base;
    TwilioCredentials credentials;
    QByteArray authorization; // the Basic header value: a secret, never logged
    bool usingApiKey = false;

    // base + /2010-04-01/Accounts/{AccountSid}{suffix}, with an already encoded query.
    QUrl accountUrl(const QString &suffix, const QByteArray &encodedQuery = {}) const;
    static QString apiVersionPath() { return QStringLiteral("/2010-04-01/Accounts/"); }
};

struct TwilioRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    QByteArray authorization; // empty: send no credentials (a media CDN)
    bool isCreate = false;    // a message create: never repeated unless Twilio certainly did not process it
    bool acceptRedirect = false;
    qint64 maxBodyBytes = 0; // > 0: a longer answer is abandoned as it arrives (media size cap)
};

// HTTP towards Twilio over one QNetworkAccessManager: HTTP/1.1, a timeout on every request, the system proxy
// (never for loopback), verified TLS, manual redirects, bodies sent at most once (OneShotUploadDevice), and the
// retry policy. HTTP and network failures come back as TwilioError values in the user's words.
class TwilioTransport : public QObject
{
    Q_OBJECT
public:
    using RawCallback = std::function<void(const Result<TwilioRawReply, TwilioError> &)>;

    explicit TwilioTransport(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent = nullptr);
    ~TwilioTransport() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // The credentials and base URL checked (Configuration errors) and turned into what a request needs.
    Result<TwilioAccess, TwilioError> access() const;
    // `done` runs later on this thread, and only while both this transport and `context` exist.
    void send(const TwilioRequest &request, const QObject *context, RawCallback done);

    // application/x-www-form-urlencoded with every key and value through QUrl::toPercentEncoding ("+" -> "%2B").
    static QByteArray encodeForm(const QList<QPair<QString, QString>> &fields);

signals:
    void retryScheduled(int retry, int delayMs);

private:
    struct Call;

    void execute(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool timedOut, bool requestSent);
    int backoffDelayMs(int retry, const QByteArray &retryAfter, bool *tooLong) const;

    std::shared_ptr<const CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network = nullptr;
    QSet<QNetworkReply *> m_pending;
    int m_timeoutMs = 20000;
    RetryPolicy m_retry;
};

} // namespace cd

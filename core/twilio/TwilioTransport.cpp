#include "core/twilio/TwilioTransport.h"

#include "core/common/Clock.h"
#include "core/settings/AppSettings.h"
#include "core/twilio/OneShotUploadDevice.h"
#include "core/twilio/TwilioClock.h"
#include "core/twilio/TwilioEndpoint.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"
#include "core/twilio/TwilioSid.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

// Quiet by default (errors are returned as values); QT_LOGGING_RULES="clinicdesk.twilio.transport.debug=true" for
// detail.
Q_LOGGING_CATEGORY(lcTwilioTransport, "clinicdesk.twilio.transport", QtWarningMsg)

namespace cd {

namespace {

// Errors Qt reports before any byte of the request reached the server: retrying cannot duplicate anything.
// (TemporaryNetworkFailure / NetworkSessionFailed are left out: the network can drop in the middle of a request.)
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

// The system proxy for Twilio, but never for a loopback server (Prism, the fake, a local relay). Qt's own Linux
// factory already skips loopback; this makes it explicit for every platform's proxy source (PAC, WinHTTP, macOS).
class TwilioProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (TwilioEndpoint::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

struct TwilioTransport::Call
{
    TwilioRequest request;
    int retries = 0;
    QElapsedTimer started;
    RawCallback done;
    bool tooLarge = false; // abandoned at maxBodyBytes
};

QUrl TwilioAccess::accountUrl(const QString &suffix, const QByteArray &encodedQuery) const
{
    QUrl url = base;
    url.setPath(apiVersionPath() + credentials.accountSid + suffix);
    if (!encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

TwilioTransport::TwilioTransport(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_network(new QNetworkAccessManager(this))
{
    // Clinics sit behind proxies configured in the OS (or PAC files).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setProxyFactory(new TwilioProxyFactory); // the manager owns it
    // Redirects are followed by hand so credentials never travel to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const int seconds = AppSettings::requestTimeoutSec();
    m_timeoutMs = (seconds > 0 ? seconds : 20) * 1000;
}

TwilioTransport::~TwilioTransport()
{
    // Callbacks must not run into a half-destroyed transport: detach first, then abort.
    const QSet<QNetworkReply *> pending = m_pending;
    for (QNetworkReply *reply : pending) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

Result<TwilioAccess, TwilioError> TwilioTransport::access() const
{
    auto credentials = m_credentials ? m_credentials->credentials()
                                     : Result<TwilioCredentials>(makeError(QStringLiteral("twilio.no_provider"),
                                                                           tr("No credentials source is set up.")));
    if (!credentials)
        return makeTwilioError(TwilioError::Kind::Configuration, credentials.error().message, credentials.error().code);
    const TwilioCredentials &creds = credentials.value();
    if (!creds.canAuthenticate())
        return makeTwilioError(TwilioError::Kind::Configuration,
                               tr("Twilio is not set up: the Account SID and the Auth Token (or an API key and secret) "
                                  "are needed. Enter them in Settings."));
    if (!isTwilioSid(creds.accountSid, "AC"))
        return makeTwilioError(
            TwilioError::Kind::Configuration,
            tr("The Account SID should be \"AC\" followed by 32 letters and digits (it is shown on the "
               "Twilio Console home page). Correct it in Settings."));
    auto base = TwilioEndpoint::resolve();
    if (!base)
        return base.error();
    TwilioAccess access;
    access.base = base.value();
    access.credentials = creds;
    access.usingApiKey = !creds.apiKeySid.isEmpty() && !creds.apiKeySecret.isEmpty();
    const QString user = access.usingApiKey ? creds.apiKeySid : creds.accountSid;
    const QString password = access.usingApiKey ? creds.apiKeySecret : creds.authToken;
    access.authorization = "Basic " + QString(user + QLatin1Char(':') + password).toUtf8().toBase64();
    return access;
}

QByteArray TwilioTransport::encodeForm(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

int TwilioTransport::backoffDelayMs(int retry, const QByteArray &retryAfter, bool *tooLong) const
{
    *tooLong = false;
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        qint64 ms = -1;
        if (ok && seconds >= 0) {
            ms = qint64(seconds) * 1000;
        } else {
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
            if (when.isValid())
                ms = std::max<qint64>(0, Clock::instance().nowUtc().msecsTo(when));
        }
        if (ms >= 0) {
            if (ms > m_retry.maxRetryAfterMs) {
                *tooLong = true;
                return 0;
            }
            return int(ms);
        }
    }
    const double exponential = double(m_retry.baseDelayMs) * std::pow(2.0, retry);
    const double capped = std::min(exponential, double(m_retry.maxDelayMs));
    const double jitter = std::clamp(m_retry.jitter, 0.0, 1.0) * QRandomGenerator::global()->generateDouble();
    return int(std::lround(capped * (1.0 - jitter)));
}

void TwilioTransport::send(const TwilioRequest &request, const QObject *context, RawCallback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = [context = QPointer<const QObject>(context),
                  done = std::move(done)](const Result<TwilioRawReply, TwilioError> &reply) {
        if (context)
            done(reply);
    };
    execute(call);
}

void TwilioTransport::execute(const std::shared_ptr<Call> &call)
{
    QNetworkRequest request(call->request.url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    // Drop idle connections before typical load-balancer idle timeouts (60 s), so a create is rarely written into
    // a connection the server is closing (that answer would be "outcome unknown", see OneShotUploadDevice).
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 30);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ClinicDesk/%1").arg(QStringLiteral(CLINICDESK_VERSION)));
    request.setRawHeader("Accept", "application/json");
    if (!call->request.authorization.isEmpty())
        request.setRawHeader("Authorization", call->request.authorization);

    QNetworkReply *reply = nullptr;
    if (call->request.method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->request.contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->request.body.size());
        auto *device = new OneShotUploadDevice(call->request.body);
        reply = m_network->sendCustomRequest(request, call->request.method, device);
        device->setParent(reply);
    }
    m_pending.insert(reply);
    call->started.start();
    qCDebug(lcTwilioTransport) << "request" << call->request.method.constData() << call->request.url.path()
                               << (call->request.authorization.isEmpty() ? "without credentials" : "") << "attempt"
                               << call->retries + 1;

    // Whether the request was written to the socket at all: a timeout before that (a connect that hangs) left
    // nothing at Twilio and is as safe to retry as a refused connection.
    auto requestSent = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::requestSent, reply, [requestSent] { *requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, reply, [requestSent](qint64 bytesSent, qint64) {
        if (bytesSent > 0) // belt and braces: body bytes went out even if requestSent was not reported
            *requestSent = true;
    });
    // Qt's transfer timeout and our own abort() end alike (OperationCanceledError): keep our own flag.
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    if (call->request.maxBodyBytes > 0) {
        // Stop reading as soon as the declared or received size passes the cap: nothing larger is ever held.
        const qint64 cap = call->request.maxBodyBytes;
        call->tooLarge = false;
        connect(reply, &QNetworkReply::downloadProgress, reply, [call, reply, cap](qint64 received, qint64 total) {
            if (!call->tooLarge && (received > cap || total > cap)) {
                call->tooLarge = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, timedOut, requestSent] {
        m_pending.remove(reply);
        reply->deleteLater();
        onFinished(call, reply, *timedOut, *requestSent);
    });
}

void TwilioTransport::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool timedOut,
                                 bool requestSent)
{
    const QNetworkReply::NetworkError networkError = reply->error();
    // Nothing but a timeout aborts a live reply (the destructor disconnects before aborting).
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError)
        timedOut = true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    TwilioRawReply raw;
    raw.httpStatus = status;
    if (reply->isOpen()) // an aborted reply is closed; reading it only warns
        raw.body = reply->readAll();
    raw.contentType = reply->rawHeader("Content-Type");
    raw.location = reply->rawHeader("Location");
    raw.retryAfter = reply->rawHeader("Retry-After");
    raw.date = reply->rawHeader("Date");
    if (status != 0)
        TwilioClock::observe(raw.date, Clock::instance().nowUtc()); // every answer measures the desk's clock
    if (call->tooLarge) {
        bool known = false;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        raw.declaredBytes = known ? declared : -1;
        raw.body.clear();
        raw.tooLarge = true;
        qCInfo(lcTwilioTransport) << call->request.method.constData() << call->request.url.path()
                                  << "abandoned: larger than" << call->request.maxBodyBytes << "bytes";
        return call->done(raw);
    }
    const qint64 elapsed = call->started.elapsed();

    std::optional<TwilioError> error;
    bool retryable = false;
    // Qt's error strings embed the URL (with patient numbers in the query): keep only the path.
    QString qtText = reply->errorString();
    qtText.replace(call->request.url.toString(), call->request.url.path());

    if (timedOut || status == 0) {
        const bool notSent = !requestSent || (!timedOut && failedBeforeSending(networkError));
        const QString detail =
            timedOut ? tr("no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000) : qtText;
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            // Certificate not trusted (intercepting proxy, wrong clock): nothing was sent, and retrying won't help.
            error = makeTwilioError(TwilioError::Kind::Network, TwilioErrorMessages::tlsFailure(), detail);
        } else if (notSent) {
            error = makeTwilioError(TwilioError::Kind::Network, TwilioErrorMessages::networkFailure(), detail);
            retryable = true;
        } else if (call->request.isCreate) {
            // The request may have reached Twilio: only a lookup can tell whether the text went out.
            error = makeTwilioError(TwilioError::Kind::OutcomeUnknown, TwilioErrorMessages::outcomeUnknown(), detail);
        } else {
            error = makeTwilioError(TwilioError::Kind::Network, TwilioErrorMessages::networkFailure(), detail);
        }
        qCInfo(lcTwilioTransport) << call->request.method.constData() << call->request.url.path() << "failed after"
                                  << elapsed << "ms:" << (timedOut ? QStringLiteral("timeout") : qtText)
                                  << "network error" << networkError;
    } else {
        qCInfo(lcTwilioTransport) << call->request.method.constData() << call->request.url.path() << "->" << status
                                  << "in" << elapsed << "ms";
        const bool redirect = status >= 300 && status < 400;
        if ((status >= 200 && status < 300) || (redirect && call->request.acceptRedirect)) {
            // success
        } else {
            const twilio::WireError wire = twilio::parseErrorBody(raw.body);
            QString detail = QStringLiteral("HTTP %1").arg(status);
            if (wire.code)
                detail += QStringLiteral(", Twilio error %1").arg(*wire.code);
            if (!wire.text.isEmpty())
                detail += QStringLiteral(": ") + wire.text;
            if (status == 429) {
                error = makeTwilioError(TwilioError::Kind::RateLimited, TwilioErrorMessages::rateLimited(), detail,
                                        wire.code.value_or(20429), status);
                retryable = true;
            } else if (status >= 500 && call->request.isCreate) {
                error = makeTwilioError(TwilioError::Kind::OutcomeUnknown, TwilioErrorMessages::outcomeUnknown(),
                                        detail, wire.code, status);
            } else if (status >= 500) {
                error = makeTwilioError(TwilioError::Kind::Api, TwilioErrorMessages::serverError(), detail, wire.code,
                                        status);
                retryable = status == 502 || status == 503 || status == 504;
            } else if (status >= 400) {
                // An HTML page or an empty body on a 401 is still "credentials rejected" (Twilio's 20003).
                const std::optional<int> code =
                    wire.code ? wire.code : (status == 401 ? std::optional<int>(20003) : std::nullopt);
                QString message;
                if (code && twilioErrorKnown(*code))
                    message = twilioErrorText(*code);
                else if (status == 401 || status == 403)
                    message = TwilioErrorMessages::credentialsRejected();
                else if (code)
                    message = twilioErrorText(*code); // generic sentence naming the code
                else
                    message = TwilioErrorMessages::forHttpStatus(status);
                error = makeTwilioError(TwilioError::Kind::Api, message, detail, code, status);
            } else {
                error = makeTwilioError(TwilioError::Kind::Protocol, TwilioErrorMessages::unreadableAnswer(), detail,
                                        std::nullopt, status);
            }
            // Twilio's own text can quote the patient's number: log the code only.
            qCInfo(lcTwilioTransport) << call->request.method.constData() << call->request.url.path() << "error: HTTP"
                                      << status << "code" << wire.code.value_or(0);
        }
    }

    if (error && retryable && call->retries < m_retry.maxRetries) {
        bool tooLong = false;
        const int delay = backoffDelayMs(call->retries, raw.retryAfter, &tooLong);
        if (!tooLong) {
            ++call->retries;
            qCInfo(lcTwilioTransport) << "retry" << call->retries << "of" << m_retry.maxRetries << "in" << delay
                                      << "ms";
            emit retryScheduled(call->retries, delay);
            QTimer::singleShot(delay, this, [this, call] { execute(call); });
            return;
        }
    }
    if (error)
        call->done(*error);
    else
        call->done(raw);
}

} // namespace cd

#include "core/twilio/TwilioClient.h"

#include "core/common/Clock.h"
#include "core/settings/AppSettings.h"
#include "core/twilio/OneShotUploadDevice.h"
#include "core/twilio/TwilioEndpoint.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>

// Quiet by default (errors are returned as values); QT_LOGGING_RULES="clinicdesk.twilio.debug=true" for detail.
Q_LOGGING_CATEGORY(lcTwilio, "clinicdesk.twilio", QtWarningMsg)

namespace cd {

namespace {

const QString kApiVersionPath = QStringLiteral("/2010-04-01/Accounts/");

bool matchesSid(const QString &sid, const char *prefixPattern)
{
    const QRegularExpression re(QStringLiteral("^(?:%1)[0-9a-fA-F]{32}$").arg(QLatin1String(prefixPattern)));
    return re.match(sid).hasMatch();
}

TwilioError makeError(TwilioError::Kind kind, const QString &message, const QString &detail = {},
                      std::optional<int> code = std::nullopt, int httpStatus = 0)
{
    TwilioError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    error.code = code;
    error.httpStatus = httpStatus;
    return error;
}

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

const char *methodName(const QByteArray &method)
{
    return method.constData();
}

} // namespace

struct TwilioClient::Call
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization; // empty: send no credentials
    bool isCreate = false;    // a message create: never repeated unless Twilio certainly did not process it
    bool acceptRedirect = false;
    int retries = 0;
    QElapsedTimer started;
    RawCallback done;
};

TwilioClient::TwilioClient(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent)
    : SmsGateway(parent), m_credentials(std::move(credentials)), m_network(new QNetworkAccessManager(this))
{
    // Clinics sit behind proxies configured in the OS (or PAC files).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setProxyFactory(new TwilioProxyFactory); // the manager owns it
    // Redirects are followed by hand so credentials never travel to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const int seconds = AppSettings::requestTimeoutSec();
    m_timeoutMs = (seconds > 0 ? seconds : 20) * 1000;
}

TwilioClient::TwilioClient(const CredentialsProvider &credentials, QObject *parent)
    : TwilioClient(std::shared_ptr<const CredentialsProvider>(&credentials, [](const CredentialsProvider *) {}), parent)
{
}

TwilioClient::~TwilioClient()
{
    // Callbacks must not run into a half-destroyed client: detach first, then abort.
    const QSet<QNetworkReply *> pending = m_pending;
    for (QNetworkReply *reply : pending) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

template <typename T> void TwilioClient::later(TwilioCallback<T> done, const TwilioResult<T> &result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

Result<TwilioClient::Prepared, TwilioError> TwilioClient::prepare() const
{
    auto credentials = m_credentials ? m_credentials->credentials()
                                     : Result<TwilioCredentials>(makeError(QStringLiteral("twilio.no_provider"),
                                                                           tr("No credentials source is set up.")));
    if (!credentials)
        return makeError(TwilioError::Kind::Configuration, credentials.error().message, credentials.error().code);
    const TwilioCredentials &creds = credentials.value();
    if (!creds.canAuthenticate())
        return makeError(TwilioError::Kind::Configuration,
                         tr("Twilio is not set up: the Account SID and the Auth Token (or an API key and secret) "
                            "are needed. Enter them in Settings."));
    if (!matchesSid(creds.accountSid, "AC"))
        return makeError(TwilioError::Kind::Configuration,
                         tr("The Account SID should be \"AC\" followed by 32 letters and digits (it is shown on the "
                            "Twilio Console home page). Correct it in Settings."));
    auto base = TwilioEndpoint::resolve(m_baseUrlOverride);
    if (!base)
        return base.error();
    Prepared prepared;
    prepared.base = base.value();
    prepared.credentials = creds;
    prepared.usingApiKey = !creds.apiKeySid.isEmpty() && !creds.apiKeySecret.isEmpty();
    const QString user = prepared.usingApiKey ? creds.apiKeySid : creds.accountSid;
    const QString password = prepared.usingApiKey ? creds.apiKeySecret : creds.authToken;
    prepared.authorization = "Basic " + QString(user + QLatin1Char(':') + password).toUtf8().toBase64();
    return prepared;
}

QUrl TwilioClient::accountUrl(const Prepared &prepared, const QString &suffix, const QByteArray &encodedQuery) const
{
    QUrl url = prepared.base;
    url.setPath(kApiVersionPath + prepared.credentials.accountSid + suffix);
    if (!encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

QByteArray TwilioClient::encodeForm(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

QList<QPair<QString, QString>> TwilioClient::sendFields(const SendMessageRequest &request)
{
    QList<QPair<QString, QString>> fields;
    fields.append({QStringLiteral("To"), request.to.trimmed()});
    if (!request.messagingServiceSid.isEmpty())
        fields.append({QStringLiteral("MessagingServiceSid"), request.messagingServiceSid.trimmed()});
    if (!request.from.isEmpty())
        fields.append({QStringLiteral("From"), request.from.trimmed()});
    fields.append({QStringLiteral("Body"), request.body});
    if (request.validityPeriodSeconds)
        fields.append({QStringLiteral("ValidityPeriod"), QString::number(*request.validityPeriodSeconds)});
    if (request.sendAtUtc.isValid()) {
        fields.append({QStringLiteral("ScheduleType"), QStringLiteral("fixed")});
        fields.append({QStringLiteral("SendAt"),
                       request.sendAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z')});
    }
    return fields;
}

QByteArray TwilioClient::listQuery(const MessageListFilter &filter)
{
    QList<QPair<QString, QString>> fields;
    if (!filter.to.isEmpty())
        fields.append({QStringLiteral("To"), filter.to});
    if (!filter.from.isEmpty())
        fields.append({QStringLiteral("From"), filter.from});
    // Twilio's "DateSent>=" is the parameter "DateSent>" with a value; on the wire: DateSent%3E=YYYY-MM-DD.
    if (filter.dateSentOnOrAfter.isValid())
        fields.append({QStringLiteral("DateSent>"), filter.dateSentOnOrAfter.toString(Qt::ISODate)});
    if (filter.dateSentBefore.isValid())
        fields.append({QStringLiteral("DateSent<"), filter.dateSentBefore.toString(Qt::ISODate)});
    fields.append({QStringLiteral("PageSize"), QString::number(std::clamp(filter.pageSize, 1, 1000))});
    return encodeForm(fields);
}

Status<TwilioError> TwilioClient::validate(const SendMessageRequest &request, const QDateTime &nowUtc)
{
    auto refuse = [](const QString &message, std::optional<int> code = std::nullopt) {
        return makeError(TwilioError::Kind::Api, message, QStringLiteral("refused before sending"), code);
    };
    if (request.to.trimmed().isEmpty())
        return refuse(twilioErrorText(21604), 21604);
    if (request.from.trimmed().isEmpty() && request.messagingServiceSid.trimmed().isEmpty())
        return refuse(twilioErrorText(21603), 21603);
    if (!request.messagingServiceSid.isEmpty() && !matchesSid(request.messagingServiceSid.trimmed(), "MG"))
        return makeError(TwilioError::Kind::Configuration,
                         tr("The Messaging Service SID should be \"MG\" followed by 32 letters and digits. Correct "
                            "it in Settings."));
    if (request.body.isEmpty())
        return refuse(twilioErrorText(21602), 21602);
    if (request.validityPeriodSeconds && (*request.validityPeriodSeconds < 1 || *request.validityPeriodSeconds > 36000))
        return refuse(tr("The validity period must be between 1 second and 10 hours (36000 seconds)."));
    if (request.sendAtUtc.isValid()) {
        // Without a Messaging Service Twilio drops the schedule and sends AT ONCE: never let that happen.
        if (request.messagingServiceSid.trimmed().isEmpty())
            return refuse(twilioErrorText(35118), 35118);
        const QDateTime sendAt = request.sendAtUtc.toUTC();
        if (sendAt < nowUtc.addSecs(15 * 60) || sendAt > nowUtc.addDays(35))
            return refuse(tr("A scheduled text must go out between 15 minutes and 35 days from now. Pick another "
                             "time."),
                          35114);
    }
    return Ok{};
}

int TwilioClient::backoffDelayMs(int retry, const QByteArray &retryAfter, bool *tooLong) const
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

void TwilioClient::execute(const std::shared_ptr<Call> &call)
{
    QNetworkRequest request(call->url);
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
    if (!call->authorization.isEmpty())
        request.setRawHeader("Authorization", call->authorization);

    QNetworkReply *reply = nullptr;
    if (call->method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        auto *device = new OneShotUploadDevice(call->body);
        reply = m_network->sendCustomRequest(request, call->method, device);
        device->setParent(reply);
    }
    m_pending.insert(reply);
    call->started.start();
    qCDebug(lcTwilio) << "request" << methodName(call->method) << call->url.path()
                      << (call->authorization.isEmpty() ? "without credentials" : "") << "attempt" << call->retries + 1;

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
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, timedOut, requestSent] {
        m_pending.remove(reply);
        reply->deleteLater();
        onFinished(call, reply, *timedOut, *requestSent);
    });
}

void TwilioClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool timedOut, bool requestSent)
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
    const qint64 elapsed = call->started.elapsed();

    std::optional<TwilioError> error;
    bool retryable = false;
    // Qt's error strings embed the URL (with patient numbers in the query): keep only the path.
    QString qtText = reply->errorString();
    qtText.replace(call->url.toString(), call->url.path());

    if (timedOut || status == 0) {
        const bool notSent = !requestSent || (!timedOut && failedBeforeSending(networkError));
        const QString detail =
            timedOut ? tr("no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000) : qtText;
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            // Certificate not trusted (intercepting proxy, wrong clock): nothing was sent, and retrying won't help.
            error = makeError(TwilioError::Kind::Network, TwilioErrorMessages::tlsFailure(), detail);
        } else if (notSent) {
            error = makeError(TwilioError::Kind::Network, TwilioErrorMessages::networkFailure(), detail);
            retryable = true;
        } else if (call->isCreate) {
            // The request may have reached Twilio: only a lookup can tell whether the text went out.
            error = makeError(TwilioError::Kind::OutcomeUnknown, TwilioErrorMessages::outcomeUnknown(), detail);
        } else {
            error = makeError(TwilioError::Kind::Network, TwilioErrorMessages::networkFailure(), detail);
        }
        qCInfo(lcTwilio) << methodName(call->method) << call->url.path() << "failed after" << elapsed
                         << "ms:" << (timedOut ? QStringLiteral("timeout") : qtText) << "network error" << networkError;
    } else {
        qCInfo(lcTwilio) << methodName(call->method) << call->url.path() << "->" << status << "in" << elapsed << "ms";
        const bool redirect = status >= 300 && status < 400;
        if ((status >= 200 && status < 300) || (redirect && call->acceptRedirect)) {
            // success
        } else {
            const twilio::WireError wire = twilio::parseErrorBody(raw.body);
            QString detail = QStringLiteral("HTTP %1").arg(status);
            if (wire.code)
                detail += QStringLiteral(", Twilio error %1").arg(*wire.code);
            if (!wire.text.isEmpty())
                detail += QStringLiteral(": ") + wire.text;
            if (status == 429) {
                error = makeError(TwilioError::Kind::RateLimited, TwilioErrorMessages::rateLimited(), detail,
                                  wire.code.value_or(20429), status);
                retryable = true;
            } else if (status >= 500 && call->isCreate) {
                error = makeError(TwilioError::Kind::OutcomeUnknown, TwilioErrorMessages::outcomeUnknown(), detail,
                                  wire.code, status);
            } else if (status >= 500) {
                error =
                    makeError(TwilioError::Kind::Api, TwilioErrorMessages::serverError(), detail, wire.code, status);
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
                error = makeError(TwilioError::Kind::Api, message, detail, code, status);
            } else {
                error = makeError(TwilioError::Kind::Protocol, TwilioErrorMessages::unreadableAnswer(), detail,
                                  std::nullopt, status);
            }
            // Twilio's own text can quote the patient's number: log the code only.
            qCInfo(lcTwilio) << methodName(call->method) << call->url.path() << "error: HTTP" << status << "code"
                             << wire.code.value_or(0);
        }
    }

    if (error && retryable && call->retries < m_retry.maxRetries) {
        bool tooLong = false;
        const int delay = backoffDelayMs(call->retries, raw.retryAfter, &tooLong);
        if (!tooLong) {
            ++call->retries;
            qCInfo(lcTwilio) << "retry" << call->retries << "of" << m_retry.maxRetries << "in" << delay << "ms";
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

void TwilioClient::jsonCall(const QByteArray &method, const QUrl &url, const QByteArray &body, bool isCreate,
                            const Prepared &prepared, RawCallback done)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->url = url;
    call->body = body;
    call->contentType = "application/x-www-form-urlencoded";
    call->authorization = prepared.authorization;
    call->isCreate = isCreate;
    call->done = std::move(done);
    execute(call);
}

void TwilioClient::sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done)
{
    const auto valid = validate(request, Clock::instance().nowUtc());
    if (!valid)
        return later<TwilioMessage>(std::move(done), valid.error());
    const auto prepared = prepare();
    if (!prepared)
        return later<TwilioMessage>(std::move(done), prepared.error());
    jsonCall("POST", accountUrl(prepared.value(), QStringLiteral("/Messages.json")), encodeForm(sendFields(request)),
             true, prepared.value(), [done](const Result<TwilioRawReply, TwilioError> &reply) {
                 if (!reply)
                     return done(reply.error());
                 auto message = twilio::parseMessage(reply->body);
                 if (!message) {
                     // A 2xx came back, so Twilio most likely created it; without a SID only a lookup can tell.
                     TwilioError error = message.error();
                     error.kind = TwilioError::Kind::OutcomeUnknown;
                     error.httpStatus = reply->httpStatus;
                     error.message = TwilioErrorMessages::outcomeUnknown();
                     return done(error);
                 }
                 done(message.value());
             });
}

void TwilioClient::fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    if (!matchesSid(sid, "SM|MM"))
        return later<TwilioMessage>(std::move(done),
                                    makeError(TwilioError::Kind::Api, twilioErrorText(20404),
                                              QStringLiteral("not a message SID: %1").arg(sid), 20404));
    const auto prepared = prepare();
    if (!prepared)
        return later<TwilioMessage>(std::move(done), prepared.error());
    jsonCall("GET", accountUrl(prepared.value(), QStringLiteral("/Messages/%1.json").arg(sid)), {}, false,
             prepared.value(), [done](const Result<TwilioRawReply, TwilioError> &reply) {
                 if (!reply)
                     return done(reply.error());
                 auto message = twilio::parseMessage(reply->body);
                 if (!message)
                     return done(message.error());
                 done(message.value());
             });
}

void TwilioClient::listMessages(const MessageListFilter &filter, const QString &pageUri,
                                TwilioCallback<TwilioMessagePage> done)
{
    const auto prepared = prepare();
    if (!prepared)
        return later<TwilioMessagePage>(std::move(done), prepared.error());
    QUrl url;
    if (pageUri.isEmpty()) {
        url = accountUrl(prepared.value(), QStringLiteral("/Messages.json"), listQuery(filter));
    } else {
        // next_page_uri is relative; never follow it off the Twilio host or out of this account's messages.
        const QUrl next = QUrl::fromEncoded(pageUri.toUtf8(), QUrl::StrictMode);
        url = prepared->base.resolved(next);
        const QString expectedPath =
            kApiVersionPath + prepared->credentials.accountSid + QStringLiteral("/Messages.json");
        if (!next.isValid() || !TwilioEndpoint::sameOrigin(url, prepared->base) || url.path() != expectedPath)
            return later<TwilioMessagePage>(std::move(done), makeError(TwilioError::Kind::Protocol,
                                                                       TwilioErrorMessages::unreadableAnswer(),
                                                                       QStringLiteral("unexpected next_page_uri")));
    }
    jsonCall("GET", url, {}, false, prepared.value(), [done](const Result<TwilioRawReply, TwilioError> &reply) {
        if (!reply)
            return done(reply.error());
        auto page = twilio::parseMessagePage(reply->body);
        if (!page)
            return done(page.error());
        done(page.value());
    });
}

void TwilioClient::listAllMessages(const MessageListFilter &filter, int maxPages,
                                   TwilioCallback<QList<TwilioMessage>> done)
{
    struct State
    {
        QList<TwilioMessage> messages;
        QSet<QString> seen;
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    auto step = std::make_shared<std::function<void(const QString &)>>();
    QPointer<TwilioClient> self(this);
    *step = [self, state, step, filter, maxPages, done](const QString &pageUri) {
        if (!self)
            return;
        self->listMessages(filter, pageUri,
                           [self, state, step, maxPages, done](const TwilioResult<TwilioMessagePage> &page) {
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

void TwilioClient::cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    if (!matchesSid(sid, "SM|MM"))
        return later<TwilioMessage>(std::move(done),
                                    makeError(TwilioError::Kind::Api, twilioErrorText(20404),
                                              QStringLiteral("not a message SID: %1").arg(sid), 20404));
    const auto prepared = prepare();
    if (!prepared)
        return later<TwilioMessage>(std::move(done), prepared.error());
    jsonCall("POST", accountUrl(prepared.value(), QStringLiteral("/Messages/%1.json").arg(sid)),
             encodeForm({{QStringLiteral("Status"), QStringLiteral("canceled")}}), false, prepared.value(),
             [done](const Result<TwilioRawReply, TwilioError> &reply) {
                 if (!reply)
                     return done(reply.error());
                 auto message = twilio::parseMessage(reply->body);
                 if (!message)
                     return done(message.error());
                 done(message.value());
             });
}

void TwilioClient::listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done)
{
    if (!matchesSid(messageSid, "SM|MM"))
        return later<QList<TwilioMedia>>(std::move(done),
                                         makeError(TwilioError::Kind::Api, twilioErrorText(20404),
                                                   QStringLiteral("not a message SID: %1").arg(messageSid), 20404));
    const auto prepared = prepare();
    if (!prepared)
        return later<QList<TwilioMedia>>(std::move(done), prepared.error());
    jsonCall("GET", accountUrl(prepared.value(), QStringLiteral("/Messages/%1/Media.json").arg(messageSid)), {}, false,
             prepared.value(), [done](const Result<TwilioRawReply, TwilioError> &reply) {
                 if (!reply)
                     return done(reply.error());
                 auto media = twilio::parseMediaList(reply->body);
                 if (!media)
                     return done(media.error());
                 done(media.value());
             });
}

void TwilioClient::downloadMedia(const TwilioMedia &media, TwilioCallback<TwilioMediaContent> done)
{
    const auto prepared = prepare();
    if (!prepared)
        return later<TwilioMediaContent>(std::move(done), prepared.error());
    QString uri = media.uri;
    if (uri.endsWith(QLatin1String(".json")))
        uri.chop(5);
    const QUrl url = prepared->base.resolved(QUrl::fromEncoded(uri.toUtf8(), QUrl::StrictMode));
    fetchMediaUrl(url, prepared.value(), 5, std::move(done));
}

void TwilioClient::fetchMediaUrl(const QUrl &url, const Prepared &prepared, int hopsLeft,
                                 TwilioCallback<TwilioMediaContent> done)
{
    const bool twilioHost = TwilioEndpoint::sameOrigin(url, prepared.base);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") &&
                           !(url.scheme() == QLatin1String("http") && TwilioEndpoint::isLoopbackHost(url.host()))))
        return later<TwilioMediaContent>(
            std::move(done),
            makeError(TwilioError::Kind::Protocol,
                      tr("The picture could not be downloaded safely (it is not on a secure address)."),
                      QStringLiteral("refused media URL scheme %1").arg(url.scheme())));
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->url = url;
    call->authorization = twilioHost ? prepared.authorization : QByteArray(); // never hand credentials to a CDN
    call->acceptRedirect = true;
    QPointer<TwilioClient> self(this);
    call->done = [self, url, prepared, hopsLeft, done](const Result<TwilioRawReply, TwilioError> &reply) {
        if (!reply)
            return done(reply.error());
        if (reply->httpStatus >= 300 && reply->httpStatus < 400) {
            if (!self)
                return;
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->location, QUrl::StrictMode));
            if (reply->location.isEmpty() || hopsLeft <= 0)
                return done(makeError(TwilioError::Kind::Protocol, TwilioErrorMessages::unreadableAnswer(),
                                      QStringLiteral("bad or endless media redirect")));
            return self->fetchMediaUrl(next, prepared, hopsLeft - 1, done);
        }
        done(TwilioMediaContent{QString::fromLatin1(reply->contentType), reply->body});
    };
    execute(call);
}

void TwilioClient::rawRequest(const QByteArray &method, const QString &accountPath, const QByteArray &contentType,
                              const QByteArray &body, TwilioCallback<TwilioRawReply> done)
{
    const auto prepared = prepare();
    if (!prepared)
        return later<TwilioRawReply>(std::move(done), prepared.error());
    auto call = std::make_shared<Call>();
    call->method = method;
    const qsizetype question = accountPath.indexOf(QLatin1Char('?'));
    call->url = accountUrl(prepared.value(), question < 0 ? accountPath : accountPath.left(question),
                           question < 0 ? QByteArray() : accountPath.mid(question + 1).toLatin1());
    call->body = body;
    call->contentType = contentType;
    call->authorization = prepared->authorization;
    call->isCreate = method == "POST" && accountPath.endsWith(QLatin1String("/Messages.json"));
    call->done = [done](const Result<TwilioRawReply, TwilioError> &reply) {
        if (!reply)
            return done(reply.error());
        done(reply.value());
    };
    execute(call);
}

void TwilioClient::checkConnection(std::function<void(const TwilioConnectionCheck &)> done)
{
    auto check = std::make_shared<TwilioConnectionCheck>();
    const auto prepared = prepare();
    if (!prepared) {
        check->problems << prepared.error().message;
        check->error = prepared.error();
        QTimer::singleShot(0, this, [done, check] { done(*check); });
        return;
    }
    const Prepared p = prepared.value();
    check->usingApiKey = p.usingApiKey;
    check->baseUrl = p.base.toString();
    check->accountSid = p.credentials.accountSid;
    check->schedulingAvailable = !p.credentials.messagingServiceSid.isEmpty();

    // Standard API keys cannot read /Accounts/{AC}.json: prove the key on a resource it may read.
    QUrl accountJson = p.base;
    accountJson.setPath(kApiVersionPath + p.credentials.accountSid + QStringLiteral(".json"));
    const QUrl url = p.usingApiKey ? accountUrl(p, QStringLiteral("/Messages.json"), "PageSize=1") : accountJson;
    QPointer<TwilioClient> self(this);
    jsonCall("GET", url, {}, false, p, [self, p, check, done](const Result<TwilioRawReply, TwilioError> &reply) {
        if (!self)
            return;
        if (!reply) {
            const TwilioError &error = reply.error();
            check->error = error;
            check->reachable =
                error.kind != TwilioError::Kind::Network && error.kind != TwilioError::Kind::Configuration;
            if (error.kind == TwilioError::Kind::Network)
                check->problems << TwilioErrorMessages::networkFailure();
            else if (error.httpStatus == 401 || error.httpStatus == 403 || error.code == 20003)
                check->problems << TwilioErrorMessages::credentialsRejected();
            else if (error.httpStatus == 404)
                check->problems << tr("Twilio does not know the Account SID %1. Copy it again from the Twilio Console "
                                      "into Settings.")
                                       .arg(p.credentials.accountSid);
            else
                check->problems << error.message;
            return done(*check);
        }
        check->reachable = true;
        check->credentialsValid = true;
        if (!p.usingApiKey) {
            if (auto object = twilio::parseObject(reply->body)) {
                check->accountName = twilio::parseString(object->value(QStringLiteral("friendly_name")));
                check->accountStatus = twilio::parseString(object->value(QStringLiteral("status")));
            }
            if (!check->accountStatus.isEmpty() && check->accountStatus != QLatin1String("active"))
                check->problems << tr("The Twilio account is %1, not active, so texts cannot be sent. The account "
                                      "owner must reactivate it in the Twilio Console.")
                                       .arg(check->accountStatus);
        }
        self->checkNumber(p, check, done);
    });
}

void TwilioClient::checkNumber(const Prepared &prepared, std::shared_ptr<TwilioConnectionCheck> check,
                               std::function<void(const TwilioConnectionCheck &)> done)
{
    if (prepared.credentials.phoneNumbers.isEmpty())
        return finishCheck(prepared, check, done);
    check->phoneNumber = prepared.credentials.phoneNumbers.constFirst().trimmed();
    const QUrl url = accountUrl(prepared, QStringLiteral("/IncomingPhoneNumbers.json"),
                                encodeForm({{QStringLiteral("PhoneNumber"), check->phoneNumber}}));
    QPointer<TwilioClient> self(this);
    jsonCall("GET", url, {}, false, prepared,
             [self, prepared, check, done](const Result<TwilioRawReply, TwilioError> &reply) {
                 if (!self)
                     return;
                 if (!reply) {
                     check->notes << tr("The clinic number %1 could not be checked (%2).")
                                         .arg(check->phoneNumber, reply.error().detail);
                     return self->finishCheck(prepared, check, done);
                 }
                 auto object = twilio::parseObject(reply->body);
                 const QJsonArray numbers =
                     object ? object->value(QStringLiteral("incoming_phone_numbers")).toArray() : QJsonArray();
                 if (!object) {
                     check->notes << tr("The clinic number %1 could not be checked.").arg(check->phoneNumber);
                     return self->finishCheck(prepared, check, done);
                 }
                 check->numberExists = false;
                 for (const QJsonValue &value : numbers) {
                     const QJsonObject number = value.toObject();
                     if (twilio::parseString(number.value(QStringLiteral("phone_number"))) != check->phoneNumber)
                         continue;
                     check->numberExists = true;
                     const QJsonValue sms =
                         number.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("sms"));
                     check->smsCapable = sms.isBool()
                                             ? sms.toBool()
                                             : sms.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                 }
                 if (!*check->numberExists)
                     check->problems << tr("The clinic number %1 is not a phone number of this Twilio account. Check "
                                           "the number in Settings.")
                                            .arg(check->phoneNumber);
                 else if (!check->smsCapable.value_or(false))
                     check->problems << tr("The clinic number %1 cannot send text messages. Use an SMS-capable "
                                           "Twilio number.")
                                            .arg(check->phoneNumber);
                 self->finishCheck(prepared, check, done);
             });
}

void TwilioClient::finishCheck(const Prepared &prepared, std::shared_ptr<TwilioConnectionCheck> check,
                               std::function<void(const TwilioConnectionCheck &)> done)
{
    const TwilioCredentials &creds = prepared.credentials;
    if (!creds.hasSender())
        check->problems << tr("No sending number is set up. Enter the clinic's Twilio phone number or a Messaging "
                              "Service SID in Settings.");
    if (!creds.messagingServiceSid.isEmpty() && !matchesSid(creds.messagingServiceSid.trimmed(), "MG")) {
        check->schedulingAvailable = false;
        check->problems << tr("The Messaging Service SID should be \"MG\" followed by 32 letters and digits. Correct "
                              "it in Settings.");
    } else if (creds.messagingServiceSid.isEmpty()) {
        check->notes << tr("Scheduled reminders are not available: they need a Twilio Messaging Service (enter its "
                           "SID in Settings).");
    }
    check->ok = check->credentialsValid && creds.hasSender() && check->problems.isEmpty();
    done(*check);
}

} // namespace cd

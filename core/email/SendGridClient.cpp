#include "core/email/SendGridClient.h"

#include "core/common/Clock.h"
#include "core/secrets/Credentials.h"
#include "core/settings/AppSettings.h"
#include "core/twilio/OneShotUploadDevice.h"
#include "core/twilio/TwilioEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSendGrid, "clinicdesk.email.sendgrid", QtWarningMsg)

namespace cd {

namespace {

// The system proxy, but never for a loopback server (the stand-in in tests, a local relay).
class EmailProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (TwilioEndpoint::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

EmailError makeEmailError(EmailError::Kind kind, const QString &message, const QString &detail = {}, int status = 0)
{
    EmailError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    error.httpStatus = status;
    return error;
}

// SendGrid's {"errors":[{"message":..., "field":...}]} as one line.
QString sendGridErrorText(const QByteArray &body)
{
    QStringList parts;
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &item : errors) {
        const QJsonObject e = item.toObject();
        const QString field = e.value(QStringLiteral("field")).toString();
        const QString message = e.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            parts.append(field.isEmpty() ? message : field + QStringLiteral(": ") + message);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

SendGridClient::SendGridClient(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent)
    : EmailGateway(parent), m_credentials(std::move(credentials)), m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setProxyFactory(new EmailProxyFactory); // the manager owns it
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const int seconds = AppSettings::requestTimeoutSec();
    m_timeoutMs = (seconds > 0 ? seconds : 20) * 1000;
}

SendGridClient::~SendGridClient()
{
    const QSet<QNetworkReply *> pending = m_pending;
    for (QNetworkReply *reply : pending) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

QByteArray SendGridClient::requestBody(const EmailMessage &message, const SendGridAccess &access)
{
    QJsonObject to{{QStringLiteral("email"), message.to}};
    if (!message.toName.isEmpty())
        to.insert(QStringLiteral("name"), message.toName);
    QJsonObject from{{QStringLiteral("email"), access.fromEmail}};
    if (!access.fromName.isEmpty())
        from.insert(QStringLiteral("name"), access.fromName);
    const QJsonArray content{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text/plain")}, {QStringLiteral("value"), message.text}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text/html")}, {QStringLiteral("value"), message.html}}};
    QJsonObject body{
        {QStringLiteral("personalizations"), QJsonArray{QJsonObject{{QStringLiteral("to"), QJsonArray{to}}}}},
        {QStringLiteral("from"), from},
        {QStringLiteral("subject"), message.subject},
        {QStringLiteral("content"), content}};
    if (!message.outboxId.isEmpty())
        body.insert(QStringLiteral("custom_args"),
                    QJsonObject{{QStringLiteral("clinicdesk_outbox_id"), message.outboxId}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

EmailError SendGridClient::errorFor(int status, const QByteArray &body, const QByteArray &rateLimitReset,
                                    const QString &fromEmail)
{
    const QString said = sendGridErrorText(body);
    const QString detail =
        said.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1: %2").arg(status).arg(said);
    using Kind = EmailError::Kind;
    switch (status) {
    case 400:
        return makeEmailError(Kind::Rejected,
                              said.isEmpty() ? tr("SendGrid refused the e-mail as malformed.")
                                             : tr("SendGrid refused the e-mail: %1").arg(said),
                              detail, status);
    case 401:
        return makeEmailError(Kind::Configuration,
                              tr("SendGrid did not accept the API key. Check the SendGrid API key in Settings."),
                              detail, status);
    case 403:
        return makeEmailError(Kind::Configuration,
                              tr("SendGrid refused the sender address %1: it is not verified. Verify it in SendGrid "
                                 "(Sender Authentication) or change the e-mail sender in Settings.")
                                  .arg(fromEmail),
                              detail, status);
    case 413:
        return makeEmailError(Kind::Rejected, tr("The e-mail is too large for SendGrid."), detail, status);
    case 429: {
        EmailError error = makeEmailError(Kind::RateLimited, QString(), detail, status);
        bool ok = false;
        const qint64 reset = rateLimitReset.trimmed().toLongLong(&ok);
        const QDateTime now = Clock::instance().nowUtc();
        error.retryAt = ok && reset > 0 ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC) : now.addSecs(60);
        if (error.retryAt < now)
            error.retryAt = now;
        error.message = tr("SendGrid's sending limit was reached: the e-mail goes out by itself after %1.")
                            .arg(QLocale().toString(error.retryAt.toLocalTime().time(), QLocale::ShortFormat));
        return error;
    }
    default:
        break;
    }
    if (status >= 500)
        return makeEmailError(
            Kind::ServerError,
            tr("SendGrid had a problem on its side (HTTP %1). Try again later with Resend.").arg(status), detail,
            status);
    return makeEmailError(Kind::Rejected,
                          said.isEmpty() ? tr("SendGrid refused the e-mail (HTTP %1).").arg(status)
                                         : tr("SendGrid refused the e-mail: %1").arg(said),
                          detail, status);
}

void SendGridClient::send(const EmailMessage &message, const QObject *context, Callback done)
{
    auto finish = [context = QPointer<const QObject>(context),
                   done = std::move(done)](const Result<EmailAccepted, EmailError> &result) {
        if (context)
            done(result);
    };
    auto access = SendGridConfig::access(m_credentials.get());
    if (!access) {
        QTimer::singleShot(0, this, [finish, error = access.error()] { finish(error); });
        return;
    }
    QUrl url = access->base;
    url.setPath(QStringLiteral("/v3/mail/send"));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ClinicDesk/%1").arg(QStringLiteral(CLINICDESK_VERSION)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", access->authorization);
    const QByteArray body = requestBody(message, *access);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new OneShotUploadDevice(body);
    QNetworkReply *reply = m_network->sendCustomRequest(request, "POST", device);
    device->setParent(reply);
    m_pending.insert(reply);

    auto requestSent = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::requestSent, reply, [requestSent] { *requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, reply, [requestSent](qint64 sent, qint64) {
        if (sent > 0)
            *requestSent = true;
    });
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    const QString fromEmail = access->fromEmail;
    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut, requestSent, finish, fromEmail] {
        m_pending.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto networkError = reply->error();
        if (*timedOut || status == 0) {
            const QString detail = *timedOut ? QStringLiteral("timeout") : reply->errorString();
            const bool refused = networkError == QNetworkReply::ConnectionRefusedError ||
                                 networkError == QNetworkReply::HostNotFoundError ||
                                 networkError == QNetworkReply::ProxyConnectionRefusedError ||
                                 networkError == QNetworkReply::ProxyNotFoundError;
            qCInfo(lcSendGrid) << "mail send failed:" << networkError << (*requestSent ? "after sending" : "");
            if (networkError == QNetworkReply::SslHandshakeFailedError)
                finish(makeEmailError(EmailError::Kind::Network,
                                      tr("The secure connection to SendGrid could not be verified (certificate not "
                                         "trusted). Nothing was sent. Check the computer's date and any proxy."),
                                      detail));
            else if (!*requestSent || (refused && !*timedOut))
                finish(makeEmailError(EmailError::Kind::Network,
                                      tr("SendGrid could not be reached (no network?). Nothing was sent; the e-mail "
                                         "goes out when the connection is back."),
                                      detail));
            else
                finish(makeEmailError(EmailError::Kind::NotConfirmed,
                                      tr("The connection to SendGrid was lost before it answered, so the e-mail may "
                                         "or may not have gone out. It is not resent by itself."),
                                      detail));
            return;
        }
        qCInfo(lcSendGrid) << "mail send ->" << status;
        if (status >= 200 && status < 300) {
            EmailAccepted accepted;
            accepted.messageId = QString::fromLatin1(reply->rawHeader("X-Message-Id"));
            finish(accepted);
            return;
        }
        finish(errorFor(status, reply->isOpen() ? reply->readAll() : QByteArray(),
                        reply->rawHeader("X-RateLimit-Reset"), fromEmail));
    });
}

void SendGridClient::checkConnection(const QObject *context, CheckCallback done)
{
    auto finish = [context = QPointer<const QObject>(context), done = std::move(done)](const Status<EmailError> &r) {
        if (context)
            done(r);
    };
    auto access = SendGridConfig::access(m_credentials.get(), false);
    if (!access) {
        QTimer::singleShot(0, this, [finish, error = access.error()] { finish(error); });
        return;
    }
    QUrl url = access->base;
    url.setPath(QStringLiteral("/v3/scopes"));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", access->authorization);
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(reply);
    const QString fromEmail = access->fromEmail;
    connect(reply, &QNetworkReply::finished, this, [this, reply, finish, fromEmail] {
        m_pending.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            finish(makeEmailError(EmailError::Kind::Network,
                                  tr("SendGrid could not be reached: %1").arg(reply->errorString())));
            return;
        }
        const QByteArray body = reply->readAll();
        if (status == 200) {
            const QJsonArray scopes = QJsonDocument::fromJson(body).object().value(QStringLiteral("scopes")).toArray();
            if (scopes.contains(QJsonValue(QStringLiteral("mail.send"))))
                finish(Ok{});
            else
                finish(makeEmailError(EmailError::Kind::Configuration,
                                      tr("The SendGrid API key may not send mail: give it the \"Mail Send\" "
                                         "permission in SendGrid.")));
            return;
        }
        finish(errorFor(status, body, reply->rawHeader("X-RateLimit-Reset"), fromEmail));
    });
}

} // namespace cd

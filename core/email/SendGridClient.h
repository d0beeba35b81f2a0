#pragma once

#include "core/email/EmailGateway.h"
#include "core/email/SendGridConfig.h"

#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace cd {

class CredentialsProvider;

// SendGrid's v3 Mail Send (POST /v3/mail/send, JSON, Bearer key) over the same network stack as the Twilio client:
// HTTP/1.1, a timeout on every request, the system proxy (never for loopback), verified TLS, no redirects, the
// body sent at most once. SendGrid has no idempotency key and no lookup: a lost answer is NotConfirmed and this
// client never repeats a request.
class SendGridClient : public EmailGateway
{
    Q_OBJECT
public:
    explicit SendGridClient(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent = nullptr);
    ~SendGridClient() override;
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void send(const EmailMessage &message, const QObject *context, Callback done) override;

    // "Test connection": GET /v3/scopes with the key. Ok when SendGrid accepts the key and it may send mail
    // ("mail.send"); otherwise the reason in plain words. Nothing is sent to anyone.
    using CheckCallback = std::function<void(const Status<EmailError> &)>;
    void checkConnection(const QObject *context, CheckCallback done);

    // The request body: personalizations[0].to, from, subject, content (text/plain first, text/html second),
    // custom_args with our outbox id.
    static QByteArray requestBody(const EmailMessage &message, const SendGridAccess &access);
    // Error words for an HTTP answer that is not 202.
    static EmailError errorFor(int httpStatus, const QByteArray &body, const QByteArray &rateLimitReset,
                               const QString &fromEmail);

private:
    std::shared_ptr<const CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network = nullptr;
    QSet<QNetworkReply *> m_pending;
    int m_timeoutMs = 20000;
};

} // namespace cd

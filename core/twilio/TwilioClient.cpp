#include "core/twilio/TwilioClient.h"

#include "core/twilio/TwilioMessagesApi.h"
#include "core/twilio/TwilioServiceNumbers.h"

namespace cd {

TwilioClient::TwilioClient(std::shared_ptr<const CredentialsProvider> credentials, QObject *parent)
    : SmsGateway(parent), m_transport(new TwilioTransport(std::move(credentials), this)),
      m_messages(new TwilioMessagesApi(*m_transport, this)), m_checker(new TwilioConnectionChecker(*m_transport, this)),
      m_serviceNumbers(new TwilioServiceNumbers(*m_transport, this))
{
}

TwilioClient::TwilioClient(const CredentialsProvider &credentials, QObject *parent)
    : TwilioClient(std::shared_ptr<const CredentialsProvider>(&credentials, [](const CredentialsProvider *) {}), parent)
{
}

TwilioClient::~TwilioClient()
{
    // The users of the transport go first, then the transport (which aborts what is still pending, silently).
    delete m_checker;
    delete m_serviceNumbers;
    delete m_messages;
    delete m_transport;
}

void TwilioClient::setTimeoutMs(int timeoutMs)
{
    m_transport->setTimeoutMs(timeoutMs);
}

void TwilioClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_transport->setRetryPolicy(policy);
}

void TwilioClient::sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done)
{
    m_messages->sendMessage(request, std::move(done));
}

void TwilioClient::fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    m_messages->fetchMessage(sid, std::move(done));
}

void TwilioClient::listMessages(const MessageListFilter &filter, const QString &pageUri,
                                TwilioCallback<TwilioMessagePage> done)
{
    m_messages->listMessages(filter, pageUri, std::move(done));
}

void TwilioClient::cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    m_messages->cancelScheduled(sid, std::move(done));
}

void TwilioClient::listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done)
{
    m_messages->listMedia(messageSid, std::move(done));
}

void TwilioClient::downloadMedia(const TwilioMedia &media, qint64 maxBytes, TwilioCallback<TwilioMediaContent> done)
{
    m_messages->downloadMedia(media, std::move(done), maxBytes);
}

void TwilioClient::listServiceNumbers(const QString &serviceSid, TwilioCallback<QStringList> done)
{
    m_serviceNumbers->list(serviceSid, std::move(done));
}

void TwilioClient::checkConnection(std::function<void(const TwilioConnectionCheck &)> done)
{
    m_checker->run(std::move(done));
}

} // namespace cd

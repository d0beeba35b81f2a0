#include "core/twilio/TwilioMessagesApi.h"

#include "core/common/Clock.h"
#include "core/twilio/TwilioEndpoint.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"
#include "core/twilio/TwilioSid.h"
#include "core/twilio/TwilioTransport.h"

#include <QTimer>

#include <algorithm>

namespace cd {

namespace {

QList<QPair<QString, QString>> sendFields(const SendMessageRequest &request)
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

QByteArray listQuery(const MessageListFilter &filter)
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
    return TwilioTransport::encodeForm(fields);
}

// A message SID goes into the URL path: anything else is refused before it could address another resource.
std::optional<TwilioError> badMessageSid(const QString &sid)
{
    if (isTwilioSid(sid, "SM|MM"))
        return std::nullopt;
    return makeTwilioError(TwilioError::Kind::Api, twilioErrorText(20404),
                           QStringLiteral("not a message SID: %1").arg(sid), 20404);
}

TwilioRequest get(const QUrl &url)
{
    TwilioRequest request;
    request.url = url;
    return request;
}

TwilioRequest post(const QUrl &url, const QByteArray &form)
{
    TwilioRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = form;
    return request;
}

} // namespace

TwilioMessagesApi::TwilioMessagesApi(TwilioTransport &transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

template <typename T> void TwilioMessagesApi::later(TwilioCallback<T> done, const TwilioResult<T> &result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

template <typename T>
void TwilioMessagesApi::call(TwilioRequest request, const TwilioAccess &access,
                             TwilioResult<T> (*parse)(const QByteArray &), TwilioCallback<T> done)
{
    request.authorization = access.authorization;
    m_transport.send(request, this, [parse, done = std::move(done)](const Result<TwilioRawReply, TwilioError> &reply) {
        if (!reply)
            return done(reply.error());
        done(parse(reply->body));
    });
}

Status<TwilioError> TwilioMessagesApi::validate(const SendMessageRequest &request, const QDateTime &nowUtc)
{
    auto refuse = [](const QString &message, std::optional<int> code = std::nullopt) {
        return makeTwilioError(TwilioError::Kind::Api, message, QStringLiteral("refused before sending"), code);
    };
    if (request.to.trimmed().isEmpty())
        return refuse(twilioErrorText(21604), 21604);
    if (request.from.trimmed().isEmpty() && request.messagingServiceSid.trimmed().isEmpty())
        return refuse(twilioErrorText(21603), 21603);
    if (!request.messagingServiceSid.isEmpty() && !isTwilioSid(request.messagingServiceSid.trimmed(), "MG"))
        return makeTwilioError(TwilioError::Kind::Configuration,
                               tr("The Messaging Service SID should be \"MG\" followed by 32 letters and digits. "
                                  "Correct it in Settings."));
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

void TwilioMessagesApi::sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done)
{
    const auto valid = validate(request, Clock::instance().nowUtc());
    if (!valid)
        return later<TwilioMessage>(std::move(done), valid.error());
    const auto access = m_transport.access();
    if (!access)
        return later<TwilioMessage>(std::move(done), access.error());
    TwilioRequest create =
        post(access->accountUrl(QStringLiteral("/Messages.json")), TwilioTransport::encodeForm(sendFields(request)));
    create.isCreate = true;
    create.authorization = access->authorization;
    m_transport.send(create, this, [done](const Result<TwilioRawReply, TwilioError> &reply) {
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

void TwilioMessagesApi::fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    if (const auto bad = badMessageSid(sid))
        return later<TwilioMessage>(std::move(done), *bad);
    const auto access = m_transport.access();
    if (!access)
        return later<TwilioMessage>(std::move(done), access.error());
    call(get(access->accountUrl(QStringLiteral("/Messages/%1.json").arg(sid))), access.value(), &twilio::parseMessage,
         std::move(done));
}

void TwilioMessagesApi::listMessages(const MessageListFilter &filter, const QString &pageUri,
                                     TwilioCallback<TwilioMessagePage> done)
{
    const auto access = m_transport.access();
    if (!access)
        return later<TwilioMessagePage>(std::move(done), access.error());
    QUrl url;
    if (pageUri.isEmpty()) {
        url = access->accountUrl(QStringLiteral("/Messages.json"), listQuery(filter));
    } else {
        // next_page_uri is relative; never follow it off the Twilio host or out of this account's messages.
        const QUrl next = QUrl::fromEncoded(pageUri.toUtf8(), QUrl::StrictMode);
        url = access->base.resolved(next);
        if (!next.isValid() || !TwilioEndpoint::sameOrigin(url, access->base) ||
            url.path() != access->accountUrl(QStringLiteral("/Messages.json")).path())
            return later<TwilioMessagePage>(
                std::move(done), makeTwilioError(TwilioError::Kind::Protocol, TwilioErrorMessages::unreadableAnswer(),
                                                 QStringLiteral("unexpected next_page_uri")));
    }
    call(get(url), access.value(), &twilio::parseMessagePage, std::move(done));
}

void TwilioMessagesApi::cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    if (const auto bad = badMessageSid(sid))
        return later<TwilioMessage>(std::move(done), *bad);
    const auto access = m_transport.access();
    if (!access)
        return later<TwilioMessage>(std::move(done), access.error());
    call(post(access->accountUrl(QStringLiteral("/Messages/%1.json").arg(sid)),
              TwilioTransport::encodeForm({{QStringLiteral("Status"), QStringLiteral("canceled")}})),
         access.value(), &twilio::parseMessage, std::move(done));
}

void TwilioMessagesApi::listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done)
{
    if (const auto bad = badMessageSid(messageSid))
        return later<QList<TwilioMedia>>(std::move(done), *bad);
    const auto access = m_transport.access();
    if (!access)
        return later<QList<TwilioMedia>>(std::move(done), access.error());
    call(get(access->accountUrl(QStringLiteral("/Messages/%1/Media.json").arg(messageSid))), access.value(),
         &twilio::parseMediaList, std::move(done));
}

void TwilioMessagesApi::downloadMedia(const TwilioMedia &media, TwilioCallback<TwilioMediaContent> done,
                                      qint64 maxBytes)
{
    const auto access = m_transport.access();
    if (!access)
        return later<TwilioMediaContent>(std::move(done), access.error());
    QString uri = media.uri;
    if (uri.endsWith(QLatin1String(".json")))
        uri.chop(5);
    const QUrl url = access->base.resolved(QUrl::fromEncoded(uri.toUtf8(), QUrl::StrictMode));
    fetchMediaUrl(url, access.value(), 5, maxBytes, std::move(done));
}

void TwilioMessagesApi::fetchMediaUrl(const QUrl &url, const TwilioAccess &access, int hopsLeft, qint64 maxBytes,
                                      TwilioCallback<TwilioMediaContent> done)
{
    const bool twilioHost = TwilioEndpoint::sameOrigin(url, access.base);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") &&
                           !(url.scheme() == QLatin1String("http") && TwilioEndpoint::isLoopbackHost(url.host()))))
        return later<TwilioMediaContent>(
            std::move(done),
            makeTwilioError(TwilioError::Kind::Protocol,
                            tr("The picture could not be downloaded safely (it is not on a secure address)."),
                            QStringLiteral("refused media URL scheme %1").arg(url.scheme())));
    TwilioRequest request = get(url);
    request.authorization = twilioHost ? access.authorization : QByteArray(); // never hand credentials to a CDN
    request.acceptRedirect = true;
    request.maxBodyBytes = maxBytes;
    // `this` is safe in the callback: the transport drops it once this object is gone.
    m_transport.send(
        request, this,
        [this, url, access, hopsLeft, maxBytes, done](const Result<TwilioRawReply, TwilioError> &reply) {
            if (!reply)
                return done(reply.error());
            if (reply->httpStatus >= 300 && reply->httpStatus < 400) {
                const QUrl next = url.resolved(QUrl::fromEncoded(reply->location, QUrl::StrictMode));
                if (reply->location.isEmpty() || hopsLeft <= 0)
                    return done(makeTwilioError(TwilioError::Kind::Protocol, TwilioErrorMessages::unreadableAnswer(),
                                                QStringLiteral("bad or endless media redirect")));
                return fetchMediaUrl(next, access, hopsLeft - 1, maxBytes, done);
            }
            TwilioMediaContent content;
            content.contentType = QString::fromLatin1(reply->contentType);
            content.tooLarge = reply->tooLarge;
            content.declaredBytes = reply->declaredBytes;
            if (!reply->tooLarge)
                content.data = reply->body;
            done(content);
        });
}

} // namespace cd

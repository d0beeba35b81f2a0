#include "core/twilio/TwilioServiceNumbers.h"

#include "core/twilio/TwilioEndpoint.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"
#include "core/twilio/TwilioSid.h"
#include "core/twilio/TwilioTransport.h"

#include <QJsonArray>
#include <QTimer>

namespace cd {

TwilioServiceNumbers::TwilioServiceNumbers(TwilioTransport &transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

QUrl TwilioServiceNumbers::messagingBase(const QUrl &apiBase)
{
    if (apiBase.host() == QLatin1String("api.twilio.com"))
        return QUrl(QStringLiteral("https://messaging.twilio.com"));
    return apiBase; // a loopback stand-in or a relay serves every Twilio API at one base
}

void TwilioServiceNumbers::list(const QString &serviceSid, TwilioCallback<QStringList> done)
{
    const auto access = m_transport.access();
    auto later = [this, &done](const TwilioError &error) {
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
    };
    if (!access)
        return later(access.error());
    if (!isTwilioSid(serviceSid, "MG"))
        return later(makeTwilioError(TwilioError::Kind::Configuration, TwilioErrorMessages::unreadableAnswer(),
                                     QStringLiteral("not a Messaging Service SID")));
    QUrl url = messagingBase(access->base);
    url.setPath(QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(serviceSid));
    url.setQuery(QStringLiteral("PageSize=1000"));
    page(url, access.value(), MaxPages, {}, std::move(done));
}

void TwilioServiceNumbers::page(const QUrl &url, const TwilioAccess &access, int pagesLeft, QStringList numbers,
                                TwilioCallback<QStringList> done)
{
    TwilioRequest request;
    request.url = url;
    request.authorization = access.authorization;
    m_transport.send(
        request, this, [this, url, access, pagesLeft, numbers, done](const Result<TwilioRawReply, TwilioError> &reply) {
            if (!reply)
                return done(reply.error());
            const auto object = twilio::parseObject(reply->body);
            if (!object)
                return done(object.error());
            const QJsonValue list = object->value(QStringLiteral("phone_numbers"));
            if (!list.isArray())
                return done(makeTwilioError(TwilioError::Kind::Protocol, TwilioErrorMessages::unreadableAnswer(),
                                            QStringLiteral("answer without a phone_numbers array")));
            QStringList all = numbers;
            for (const QJsonValue &item : list.toArray()) {
                const QString number = twilio::parseString(item.toObject().value(QStringLiteral("phone_number")));
                if (number.startsWith(QLatin1Char('+')) && !all.contains(number))
                    all << number;
            }
            const QString next = twilio::parseString(
                object->value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_page_url")));
            const QUrl nextUrl = url.resolved(QUrl(next));
            // Only the same host and resource: credentials never follow a link elsewhere.
            if (next.isEmpty() || pagesLeft <= 1 || !TwilioEndpoint::sameOrigin(nextUrl, url) ||
                nextUrl.path() != url.path())
                return done(all);
            page(nextUrl, access, pagesLeft - 1, all, done);
        });
}

} // namespace cd

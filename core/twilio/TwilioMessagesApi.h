#pragma once

#include "core/messaging/SmsGateway.h" // TwilioResult, TwilioCallback
#include "core/twilio/TwilioTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace cd {

class TwilioTransport;
struct TwilioAccess;
struct TwilioRawReply;
struct TwilioRequest;

// Twilio's Messages resource (2010-04-01): create, fetch, list, cancel a scheduled one, and inbound MMS media.
// Requests are checked client-side first (nothing Twilio would reject or silently mis-handle leaves the machine).
// Callbacks always run later on this object's thread, never inside the call, and never after it is destroyed.
class TwilioMessagesApi : public QObject
{
    Q_OBJECT
public:
    // `transport` must outlive this object.
    explicit TwilioMessagesApi(TwilioTransport &transport, QObject *parent = nullptr);

    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done);
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done);
    // First page for `filter` when `pageUri` is empty, else the page at Twilio's next_page_uri (same host and
    // resource only).
    void listMessages(const MessageListFilter &filter, const QString &pageUri, TwilioCallback<TwilioMessagePage> done);
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done);

    void listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done);
    // Basic auth only towards the Twilio host; a redirect elsewhere (a CDN) is followed without credentials.
    // `maxBytes` > 0: a larger content is abandoned as soon as it shows (TwilioMediaContent::tooLarge).
    void downloadMedia(const TwilioMedia &media, TwilioCallback<TwilioMediaContent> done, qint64 maxBytes = 0);

private:
    static Status<TwilioError> validate(const SendMessageRequest &request, const QDateTime &nowUtc);
    template <typename T> void later(TwilioCallback<T> done, const TwilioResult<T> &result);
    // Sends `request` with the account's credentials and hands the parsed body (or the error) to `done`.
    template <typename T>
    void call(TwilioRequest request, const TwilioAccess &access, TwilioResult<T> (*parse)(const QByteArray &),
              TwilioCallback<T> done);
    void fetchMediaUrl(const QUrl &url, const TwilioAccess &access, int hopsLeft, qint64 maxBytes,
                       TwilioCallback<TwilioMediaContent> done);

    TwilioTransport &m_transport;
};

} // namespace cd

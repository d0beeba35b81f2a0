#pragma once

#include "core/common/Result.h"
#include "core/twilio/TwilioTypes.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <functional>

namespace cd {

template <typename T> using TwilioResult = Result<T, TwilioError>;
template <typename T> using TwilioCallback = std::function<void(const TwilioResult<T> &)>;

// The seam between the messaging engine and whoever carries the SMS: the real Twilio REST client, or the demo
// transport that simulates Twilio inside the app. Asynchronous: callbacks run on the caller's thread.
class SmsGateway : public QObject
{
    Q_OBJECT
public:
    explicit SmsGateway(QObject *parent = nullptr) : QObject(parent) { ++liveCount(); }
    ~SmsGateway() override { --liveCount(); }
    static int liveInstances() { return liveCount().load(); } // for the one-gateway-per-process check

    virtual bool isDemo() const = 0;
    virtual void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) = 0;
    virtual void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) = 0;
    // First page for `filter` when `pageUri` is empty, else the page at Twilio's next_page_uri.
    virtual void listMessages(const MessageListFilter &filter, const QString &pageUri,
                              TwilioCallback<TwilioMessagePage> done) = 0;
    virtual void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) = 0;
    // An inbound MMS's media (Twilio's Media list) and one item's content, at most `maxBytes`. A transport without
    // media (the demo) lists none.
    virtual void listMedia(const QString &messageSid, TwilioCallback<QList<TwilioMedia>> done)
    {
        Q_UNUSED(messageSid);
        QTimer::singleShot(0, this, [done = std::move(done)] { done(QList<TwilioMedia>()); });
    }
    // The phone numbers of a Messaging Service (replies to any of them are polled). None without a service.
    virtual void listServiceNumbers(const QString &serviceSid, TwilioCallback<QStringList> done)
    {
        Q_UNUSED(serviceSid);
        QTimer::singleShot(0, this, [done = std::move(done)] { done(QStringList()); });
    }
    virtual void downloadMedia(const TwilioMedia &media, qint64 maxBytes, TwilioCallback<TwilioMediaContent> done)
    {
        Q_UNUSED(media);
        Q_UNUSED(maxBytes);
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(makeTwilioError(TwilioError::Kind::Configuration, QStringLiteral("no media on this transport")));
        });
    }

private:
    static std::atomic<int> &liveCount()
    {
        static std::atomic<int> count{0};
        return count;
    }
};

} // namespace cd

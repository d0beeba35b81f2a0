#pragma once

#include "core/common/Result.h"
#include "core/twilio/TwilioTypes.h"

#include <QObject>

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
    using QObject::QObject;

    virtual bool isDemo() const = 0;
    virtual void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) = 0;
    virtual void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) = 0;
    // First page for `filter` when `pageUri` is empty, else the page at Twilio's next_page_uri.
    virtual void listMessages(const MessageListFilter &filter, const QString &pageUri,
                              TwilioCallback<TwilioMessagePage> done) = 0;
    virtual void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) = 0;
};

} // namespace cd

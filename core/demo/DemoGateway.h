#pragma once

#include "core/messaging/SmsGateway.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace cd {

class Database;

// A simulated Twilio inside the app, used only when no Twilio credentials are configured (see makeGateway).
// Its "server side" lives in the demo_twilio_messages table, and statuses are computed from the time elapsed since
// creation (queued -> sent after 2 s -> delivered after 5 s), so `clinicdesk-cli send` then a later `sync` (another
// process) sees the message delivered. About one message in three gets a reply from the "patient" 8 s later.
class DemoGateway final : public SmsGateway
{
    Q_OBJECT
public:
    explicit DemoGateway(std::shared_ptr<Database> database, QObject *parent = nullptr);

    static QString demoNumber() { return QStringLiteral("+15555550100"); }
    static constexpr int SentAfterSec = 2;
    static constexpr int DeliveredAfterSec = 5;
    static constexpr int ReplyAfterSec = 8;

    bool isDemo() const override { return true; }
    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) override;
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) override;
    void listMessages(const MessageListFilter &filter, const QString &pageUri,
                      TwilioCallback<TwilioMessagePage> done) override;
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) override;

    // Whether (and what) the simulated patient answers to the outbound message `sid`.
    static QString replyFor(const QString &sid);

private:
    template <typename T> void answerLater(TwilioCallback<T> done, TwilioResult<T> result);
    void materialiseReplies();
    TwilioResult<TwilioMessage> load(const QString &sid) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cd

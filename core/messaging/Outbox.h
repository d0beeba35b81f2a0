#pragma once

#include "core/common/Result.h"
#include "core/messaging/Message.h"
#include "core/messaging/SendPolicy.h"
#include "core/messaging/SenderConfig.h"
#include "core/twilio/TwilioTypes.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cd {

class MessageStore;
class PatientStore;
class SmsGateway;
struct Patient;

struct OutboxOptions
{
    // An 'unknown' message not found at Twilio is resent only once this long has passed since the attempt, on
    // Twilio's clock (its list may lag behind a create), and after `settleLookups` lookups that missed it.
    int settleWindowSec = 15 * 60;
    int settleLookups = 3;
    // Spacing of a row's lookups and back-off of a row whose requests fail: doubled from the first up to the last.
    int rowRetryFirstSec = 60;
    int rowRetryMaxSec = 10 * 60;
    // A 'sending' row whose process still lives (or lives on another machine) is taken over only after this.
    int staleSendingSec = 600;
    // Test seam: called at named points of a send ("queued", "loaded", "claimed", "answered") - the crash test kills
    // the process there.
    std::function<void(const char *point)> checkpoint;
};

// What a queued item is for and when it may travel. Defaults: an SMS in the chat, sent at once, never stale.
struct QueueOptions
{
    Channel channel = Channel::Sms;
    QString purpose = MessagePurpose::Chat;
    QString purposeRef;         // the intake send or appointment it belongs to
    QDateTime dueAt;            // send later from this desk (the outbox holds it until then)
    QDateTime expiresAt;        // after this it is canceled unsent, with the reason
    QDateTime scheduleAtTwilio; // handed to Twilio at once with SendAt (Twilio sends it even with every PC off)
    // Written only if no message has this purpose and purposeRef yet (checked inside the write transaction); else
    // the existing one is returned. A text kept offline (desks/OfflineQueue) is replayed this way, exactly once.
    bool oncePerRef = false;
};

// The outbox: a message is written (pending, with its audit row) before anything is sent, claimed by exactly one
// process (an atomic UPDATE ... WHERE status = 'pending'), and a send whose outcome is unknown is settled by
// looking it up at Twilio before anything is resent. Never two creates for one message.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Options = OutboxOptions;

    struct FlushReport
    {
        int sent = 0;                         // accepted by Twilio
        int settled = 0;                      // unknown outcomes resolved (found at Twilio, or safely back to pending)
        int failed = 0;                       // refused (Twilio error or opted out)
        int rowErrors = 0;                    // rows whose request failed: each waits on its own back-off
        std::optional<TwilioError> rowError;  // the last of those (for the log; not a cycle failure)
        std::optional<TwilioError> stoppedBy; // network/configuration trouble: the rest waits for the next cycle
    };

    // Queueing needs no transport: the messaging thread attaches its gateway (setGateway) before it sends.
    Outbox(MessageStore &messages, PatientStore &patients, SenderConfig sender, Options options = {});
    Outbox(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, SenderConfig sender,
           Options options = {});
    ~Outbox() override;
    void setGateway(SmsGateway *gateway) { m_gateway = gateway; }
    // The clinic's send rules used by queue(); set by the owner's thread (MessagingService, from the settings).
    void setRules(const SendRules &rules) { m_rules = rules; }
    const SenderConfig &sender() const { return m_sender; }
    static int liveInstances(); // for the one-outbox-per-process check

    // Checks (phone, opt-out, consent, body), adds the opt-out line to the first message, writes the pending row
    // and its audit row in one transaction. Error codes: send.no-phone, send.opted-out, send.no-consent,
    // send.empty, send.too-long, patient.not-found.
    Result<Message> queue(qint64 patientId, const QString &body, const QueueOptions &options = {});
    // Sends one pending message now (claim, create, settle if the answer was lost). Returns the row as it ends:
    // accepted/queued..., failed (with plain error text), pending (network down: goes out later) or unknown.
    Result<Message> sendNow(qint64 messageId);
    // Takes over abandoned 'sending' rows, settles 'unknown' ones, then sends everything pending.
    FlushReport flush();
    // Cancels a patient's scheduled messages (STOP does not cancel them at Twilio).
    int cancelScheduledFor(qint64 patientId);
    // Staff cancel one message: pending, held or not confirmed (here; a lost answer's lookups stop), or scheduled
    // at Twilio (canceled there too: needs the transport's thread). Error codes: message.cannot-cancel,
    // message.busy, send.not-ready, or Twilio's.
    Result<Message> cancel(qint64 messageId);
    // A held ("not sent") chat text goes back to the outbox with a fresh expiry; the caller sends it.
    Result<Message> releaseHeld(qint64 messageId);
    // A chat text still pending after this many hours is held, never sent by itself (messaging/chatExpiryHours).
    void setChatExpiryHours(int hours) { m_chatExpiryHours = hours; }
    static bool needsTransportToCancel(const Message &message);

    // "host:pid:random": who claimed a row.
    static QString processToken();
    static QString optedOutText(const Patient &patient);

private:
    enum class Settle
    {
        Adopted,
        BackToPending,
        StillUnknown,
        Failed
    };
    Settle settle(const Message &message);
    std::optional<TwilioMessage> lookUp(const Message &message, const QDateTime &attemptLocal,
                                        const QDateTime &attemptTwilio, bool *lookupFailed);
    QDateTime rowRetryAt(int failures) const;
    int recoverAbandoned();
    bool claim(qint64 id);
    void checkpoint(const char *point) const;
    std::optional<TwilioError> m_lastError;
    bool m_lastSendWasMine = false; // sendNow() claimed the row (another process did not)

    MessageStore &m_messages;
    PatientStore &m_patients;
    SmsGateway *m_gateway = nullptr;
    SenderConfig m_sender;
    Options m_options;
    SendRules m_rules = SendRules::fromSettings();
    int m_chatExpiryHours = 2;
};

} // namespace cd

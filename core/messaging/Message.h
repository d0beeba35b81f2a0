#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

// How a message travels. Each channel keeps exactly-once on its own terms: SMS can be looked up at Twilio after a
// lost answer; a channel that cannot be looked up stays "not confirmed" and is never resent automatically.
enum class Channel
{
    Sms,
    Email
};

// One message as ClinicDesk stores it. Outbound rows are written before anything is sent (status "pending").
struct Message
{
    enum class Direction
    {
        Inbound,
        Outbound
    };

    qint64 id = 0;
    std::optional<qint64> patientId; // empty for an inbound message from an unknown number ("unmatched")
    Direction direction = Direction::Outbound;
    QString body;
    // Local states: pending, sending, unknown. Then Twilio's own words: accepted, queued, scheduled, sent,
    // delivered, undelivered, failed, canceled, received (and anything newer, kept as text).
    QString status;
    QString sid; // Twilio SM/MM sid, unique; empty until Twilio has answered
    std::optional<int> errorCode;
    QString errorMessage; // plain words (from the Twilio error mapping)
    QString fromNumber;
    QString toNumber;
    int segments = 0;
    QString price;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime updatedAt;
    QDateTime scheduledFor; // scheduled messages
    QDateTime readAt;       // inbound: when staff opened the thread
    bool isDemo = false;
    Channel channel = Channel::Sms;
    QString purpose = QStringLiteral("chat"); // MessagePurpose: chat, intake_form, appointment_reminder, ...
    QString purposeRef;                       // the record it belongs to (an intake send, an appointment)
    QDateTime dueAt;                          // not sent from this desk before; invalid: at once
    QDateTime expiresAt;                      // not sent after (canceled with the reason); invalid: never
    int numMedia = 0;                         // inbound MMS: Twilio's num_media (message_media holds the items)
    bool filedShared = false;                 // inbound from a number several patients share: routed, may be moved

    bool isInbound() const { return direction == Direction::Inbound; }
    bool isUnread() const { return isInbound() && !readAt.isValid(); }
};

namespace MessagePurpose {
inline const QString Chat = QStringLiteral("chat");
inline const QString IntakeForm = QStringLiteral("intake_form");
inline const QString AppointmentReminder = QStringLiteral("appointment_reminder");
} // namespace MessagePurpose

QString channelName(Channel channel); // "sms", "email": stored and printed in --json
Channel channelFromName(const QString &name);

namespace MessageStatus {
inline const QString Pending = QStringLiteral("pending");
inline const QString Sending = QStringLiteral("sending");
inline const QString Unknown = QStringLiteral("unknown");
// A chat text still waiting after the clinic's limit (messaging/chatExpiryHours): never sent by itself; staff choose
// Send now or Discard.
inline const QString Held = QStringLiteral("held");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Queued = QStringLiteral("queued");
inline const QString Scheduled = QStringLiteral("scheduled");
inline const QString Sent = QStringLiteral("sent");
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Undelivered = QStringLiteral("undelivered");
inline const QString Failed = QStringLiteral("failed");
inline const QString Canceled = QStringLiteral("canceled");
inline const QString Received = QStringLiteral("received");
} // namespace MessageStatus

} // namespace cd

Q_DECLARE_METATYPE(cd::Message)

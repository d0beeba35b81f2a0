#pragma once

#include "core/messaging/Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

// The one vocabulary for a message's state: the GUI's bubble and tooltip, the CLI's text and its --json all take
// their words from here, so front-desk staff and scripts never see two names for the same state.
enum class StatusKind
{
    Received,      // inbound: no delivery state
    Pending,       // waiting for connection / waiting its turn in the outbox
    Sending,       // the request is on its way
    Unknown,       // the request may have reached Twilio; being settled, never sent twice
    Queued,        // accepted / queued at Twilio
    Scheduled,     // scheduled at Twilio for a later time
    Sent,          // sent to the carrier
    SentNoReceipt, // sent, but no delivery receipt after the configured time
    Delivered,     // delivered (or read)
    Failed,        // failed or undelivered
    Canceled,      // a scheduled message that was canceled
    Held,          // waited too long to go out by itself: staff send it now or discard it
    Other,         // a newer Twilio status this version does not know: Twilio's own word is shown
};

class MessageStatusText
{
    Q_DECLARE_TR_FUNCTIONS(cd::MessageStatusText)
public:
    static const QList<StatusKind> &allKinds();
    static StatusKind kind(const Message &message, const QDateTime &nowUtc);
    // Stable, untranslated name for scripts ("waiting", "sent_no_receipt", ...): the --json field "status_kind".
    static QString jsonName(StatusKind kind);
    // The short words for a kind ("Waiting for connection"), translated.
    static QString kindLabel(StatusKind kind);
    // The short words for this message: the kind's label, made precise where the message says more ("Scheduled for
    // 3:30 PM", "Not delivered", Twilio's word for an unknown status).
    static QString label(const Message &message, const QDateTime &nowUtc);
    // One or two plain sentences (tooltips, screen readers); for failures the error in plain words.
    // Empty for received messages.
    static QString explanation(const Message &message, const QDateTime &nowUtc);

    // "sent" with no delivery receipt after AppSettings::noReceiptAfterHours(): derived from the clock.
    static bool isSentWithoutReceipt(const Message &message, const QDateTime &nowUtc);
    // Twilio will report nothing more for this status.
    static bool isFinalStatus(const QString &status);

    // "3:04 PM" / "15:04": the locale's short time without seconds (some locales' short format has them).
    static QString shortTime(const QTime &time);
    static QString shortDateTime(const QDateTime &local);
};

} // namespace cd

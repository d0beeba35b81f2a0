#pragma once

#include "core/messaging/Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPainter;
class QRectF;
class QColor;

namespace cd::ui {

// How an outgoing message's state is shown: a distinct icon SHAPE per kind (colour is never the only signal),
// a short label for the bubble, and a plain-words explanation for the tooltip and screen readers.
enum class StatusKind
{
    None,          // inbound
    Pending,       // waiting for connection / waiting its turn in the outbox
    Sending,       // the request is on its way
    Unknown,       // the request may have reached Twilio; being settled, never sent twice
    Queued,        // accepted / queued at Twilio
    Scheduled,     // scheduled at Twilio for a later time
    Sent,          // ✓
    SentNoReceipt, // ✓ but no delivery receipt after the configured time
    Delivered,     // ✓✓
    Failed,        // ⚠ failed or undelivered
    Canceled,
};

struct StatusInfo
{
    StatusKind kind = StatusKind::None;
    QString label;   // short, for the bubble footer ("Delivered", "Scheduled for 3:30 PM")
    QString tooltip; // full sentence(s), plain text; includes the error in plain words for failures
    bool canRetry = false;
};

class StatusPresentation
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::StatusPresentation)
public:
    static StatusInfo describe(const Message &message, const QDateTime &nowUtc);
    // Whether sending the same text again can help (not for opt-outs or numbers Twilio says are wrong).
    static bool retryMakesSense(const Message &message);
    // The glyph(s) used in text contexts (copy, accessibility fallbacks): "✓", "✓✓", "⚠", ...
    static QString glyph(StatusKind kind);
    // Draws the icon for `kind` inside `rect` with pen colour `color` (vector shapes: crisp at any scale).
    // "3:04 PM" / "15:04": the locale's short time without seconds (some locales' short format has them).
    static QString shortTime(const QTime &time);
    static QString shortDateTime(const QDateTime &local);
    static void paintIcon(QPainter *painter, const QRectF &rect, StatusKind kind, const QColor &color);
};

} // namespace cd::ui

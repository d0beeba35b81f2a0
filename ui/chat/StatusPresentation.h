#pragma once

#include "core/messaging/Message.h"
#include "core/messaging/MessageStatusText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPainter;
class QRectF;
class QColor;

namespace cd::ui {

// How an outgoing message's state is shown: a distinct icon SHAPE per kind (colour is never the only signal) and
// a glyph for text contexts. The words (label, tooltip, screen-reader text) come from cd::MessageStatusText, the
// vocabulary the CLI uses too.
using cd::StatusKind;

struct StatusInfo
{
    StatusKind kind = StatusKind::Received;
    QString label;   // short, for the bubble footer ("Delivered", "Scheduled for 3:30 PM")
    QString tooltip; // full sentence(s), plain text; includes the error in plain words for failures
    bool canRetry = false;
    bool canSendHeld = false; // "Not sent" (waited too long): Send Now / Discard
    bool canCancel = false;   // pending, not confirmed, not sent or scheduled: Cancel (Delete key)
};

class StatusPresentation
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::StatusPresentation)
public:
    static StatusInfo describe(const Message &message, const QDateTime &nowUtc);
    // Whether sending the same text again can help (not for opt-outs or numbers Twilio says are wrong).
    static bool retryMakesSense(const Message &message);
    // Whether staff can still stop it: waiting here, not confirmed, held, or scheduled at Twilio.
    static bool canCancel(const Message &message);
    // The glyph(s) used in text contexts (copy, accessibility fallbacks): "✓", "✓✓", "⚠", ...
    static QString glyph(StatusKind kind);
    // The locale's short time / date and time without seconds (MessageStatusText's, so labels and footers agree).
    static QString shortTime(const QTime &time);
    static QString shortDateTime(const QDateTime &local);
    // Draws the icon for `kind` inside `rect` with pen colour `color` (vector shapes: crisp at any scale).
    static void paintIcon(QPainter *painter, const QRectF &rect, StatusKind kind, const QColor &color);
};

} // namespace cd::ui

#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace cd {

// Twilio's clock as this process sees it: the offset (Twilio minus this desk) measured from the Date header of every
// Twilio answer. Lookup windows for lost answers are on Twilio's clock, so a desk whose clock (or time zone) is off
// neither misses its own message nor adopts another one. Process-wide and thread-safe (the messaging thread
// measures, the GUI reads).
class TwilioClock
{
public:
    // Beyond this the desk shows a warning (status bar, `clinicdesk-cli check`).
    static constexpr qint64 WarnAfterSec = 120;

    // An answer's Date header (RFC 7231, GMT) read at `localUtc` (the desk's Clock). Unreadable dates are ignored.
    static void observe(const QByteArray &dateHeader, const QDateTime &localUtc);
    static void observeTwilioTime(const QDateTime &twilioUtc, const QDateTime &localUtc);
    // Twilio minus this desk, in milliseconds; empty until the first answer.
    static std::optional<qint64> offsetMs();
    // This desk's time `localUtc` on Twilio's clock (unchanged while no offset is known).
    static QDateTime toTwilio(const QDateTime &localUtc);
    static QDateTime nowAtTwilio();
    // The offset is known and larger than WarnAfterSec either way.
    static bool skewed();
    // "4 minutes ahead of" / "2 hours 3 minutes behind" Twilio's clock, for the status bar and `check`.
    static QString describe(qint64 offsetMs);
    static void reset(); // tests
    static QDateTime parseHttpDate(const QByteArray &text);
};

} // namespace cd

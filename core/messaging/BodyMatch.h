#pragma once

#include <QString>

namespace cd {

// Whether a message body Twilio lists is the one this desk sent, allowing for what Twilio may have rewritten: Smart
// Encoding (curly quotes, dashes, ellipses, odd spaces -> GSM-7 look-alikes), Link Shortening (each URL replaced by a
// short link) and the trial-account prefix.
class BodyMatch
{
public:
    static bool matches(const QString &ours, const QString &twilios);
    // Both sides are compared in this form.
    static QString normalized(const QString &body);
};

} // namespace cd

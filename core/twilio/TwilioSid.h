#pragma once

#include <QLatin1String>
#include <QRegularExpression>
#include <QString>

namespace cd {

// A Twilio SID: a type prefix ("AC", "MG", "SM|MM" as alternatives) and 32 hex digits. Checked before a SID goes
// into a URL path, so "../Accounts.json" can never reach Twilio.
inline bool isTwilioSid(const QString &sid, const char *prefixPattern)
{
    const QRegularExpression re(QStringLiteral("^(?:%1)[0-9a-fA-F]{32}$").arg(QLatin1String(prefixPattern)));
    return re.match(sid).hasMatch();
}

} // namespace cd

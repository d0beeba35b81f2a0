#pragma once

#include "core/common/Result.h"
#include "core/twilio/TwilioTypes.h"

#include <QCoreApplication>
#include <QUrl>

namespace cd {

// Where the Twilio REST API lives: https://api.twilio.com, or CLINICDESK_TWILIO_BASE_URL (tests, Prism, a
// corporate relay). Plain http is accepted only for loopback hosts so credentials never cross a network unencrypted.
class TwilioEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(cd::TwilioEndpoint)
public:
    static QString defaultBaseUrl() { return QStringLiteral("https://api.twilio.com"); }
    static QString environmentVariable() { return QStringLiteral("CLINICDESK_TWILIO_BASE_URL"); }

    // Validates `text` (empty = environment, then the default). Errors are Configuration errors.
    static Result<QUrl, TwilioError> resolve(const QString &text = {});
    static bool isLoopbackHost(const QString &host);
    // Same scheme, host and port: the only place credentials may be sent.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace cd

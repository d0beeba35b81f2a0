#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

// One e-mail as the outbox hands it to a transport: a text part and an HTML part of the same words.
struct EmailMessage
{
    QString to;
    QString toName;
    QString subject;
    QString text;
    QString html;
    QString outboxId; // ours, sent as custom_args so the provider's logs name it
};

struct EmailAccepted
{
    QString messageId; // SendGrid's X-Message-Id of the 202
    bool demo = false;
};

// What went wrong, in a form the intake service can act on and the front desk can read.
struct EmailError
{
    enum class Kind
    {
        Configuration, // no key, no sender, a bad base URL: nothing was sent
        Network,       // nothing left the machine: safe to send later
        RateLimited,   // 429: not processed; retryAt says when
        Rejected,      // 4xx: not processed; resend after fixing the cause
        ServerError,   // 5xx: try again later (staff resend)
        NotConfirmed,  // the answer was lost: it may have gone; never resent by itself
    };
    Kind kind = Kind::Rejected;
    int httpStatus = 0;
    QString message; // plain words, translated
    QString detail;  // SendGrid's own text, for logs and tooltips
    QDateTime retryAt;
};

} // namespace cd

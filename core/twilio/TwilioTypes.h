#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

// A message as Twilio reports it (parsed defensively: numbers arrive as strings, unknown statuses stay text).
struct TwilioMessage
{
    QString sid;
    QString accountSid;
    QString from;
    QString to;
    QString messagingServiceSid;
    QString body;
    QString status;    // Twilio's word, kept verbatim ("queued", "delivered", or something newer)
    QString direction; // inbound, outbound-api, outbound-call, outbound-reply
    std::optional<int> errorCode;
    QString errorMessage;
    int numSegments = 0;
    int numMedia = 0;
    QString price; // "-0.00750" or empty
    QString priceUnit;
    QDateTime dateCreated;
    QDateTime dateSent;
    QDateTime dateUpdated;
};

struct TwilioMessagePage
{
    QList<TwilioMessage> messages;
    QString nextPageUri; // empty on the last page
};

struct TwilioMedia
{
    QString sid;
    QString contentType;
    QString uri; // the media resource's URI (".json"); content is this without ".json"
};

struct TwilioMediaContent
{
    QString contentType;
    QByteArray data;
    bool tooLarge = false; // over the caller's cap: `data` is empty
    qint64 declaredBytes = -1;
};

// What went wrong, in a form the outbox can act on and a front-desk person can read.
struct TwilioError
{
    enum class Kind {
        Configuration,  // missing/invalid credentials or base URL: nothing was sent
        Network,        // the request never left the machine (DNS, refused, no route, TLS): safe to retry
        OutcomeUnknown, // the request may have reached Twilio (timeout, reset, 5xx after sending): look it up
        RateLimited,    // 429 after the retries ran out: not processed
        Api,            // Twilio answered with an error (4xx/5xx with a code): not processed
        Protocol,       // an answer we could not understand
    };
    Kind kind = Kind::Protocol;
    int httpStatus = 0;
    std::optional<int> code; // Twilio's error code (21610, 20003, ...)
    QString message;         // plain-language, translated: what is wrong and what to do
    QString detail;          // Twilio's own text or the network error, for logs and tooltips
};

// Shorthand for building an error value in one expression.
inline TwilioError makeTwilioError(TwilioError::Kind kind, const QString &message, const QString &detail = {},
                                   std::optional<int> code = std::nullopt, int httpStatus = 0)
{
    TwilioError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    error.code = code;
    error.httpStatus = httpStatus;
    return error;
}

struct SendMessageRequest
{
    QString to;                  // E.164
    QString from;                // E.164, or empty when a Messaging Service is used
    QString messagingServiceSid; // MG...
    QString body;
    std::optional<int> validityPeriodSeconds; // 1..36000
    QDateTime sendAtUtc;                      // scheduled send: needs a Messaging Service, 15 min - 35 days ahead
};

struct MessageListFilter
{
    QString to;
    QString from;
    QDate dateSentOnOrAfter; // DateSent>= (day granularity, GMT)
    QDate dateSentBefore;    // DateSent<
    int pageSize = 50;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::TwilioMessage)

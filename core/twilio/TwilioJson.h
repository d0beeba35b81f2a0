#pragma once

#include "core/common/Result.h"
#include "core/twilio/TwilioTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace cd::twilio {

// Parsing that never trusts the wire: numbers may come as strings or numbers, fields may be null or missing,
// dates are RFC 2822, statuses are kept verbatim. Failures are values (Protocol errors), never exceptions.

QDateTime parseTwilioDate(const QJsonValue &value); // RFC 2822 ("Thu, 24 Aug 2023 05:01:45 +0000") or ISO 8601
int parseInt(const QJsonValue &value, int fallback = 0);
std::optional<int> parseOptionalInt(const QJsonValue &value);
QString parseString(const QJsonValue &value); // null/missing -> empty; numbers -> their text

TwilioMessage messageFromJson(const QJsonObject &object);
Result<TwilioMessage, TwilioError> parseMessage(const QByteArray &body);
Result<TwilioMessagePage, TwilioError> parseMessagePage(const QByteArray &body);
Result<QList<TwilioMedia>, TwilioError> parseMediaList(const QByteArray &body);
Result<QJsonObject, TwilioError> parseObject(const QByteArray &body);

// Twilio's error body {code, message, more_info, status}, or the RFC 9457 problem shape {type, title, status,
// detail, code}. Returns what could be read; an HTML page or empty body gives no code and no text.
struct WireError
{
    std::optional<int> code;
    QString text;
    QString moreInfo;
};
WireError parseErrorBody(const QByteArray &body);

} // namespace cd::twilio

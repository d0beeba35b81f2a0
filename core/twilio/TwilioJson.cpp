#include "core/twilio/TwilioJson.h"

#include "core/twilio/TwilioErrorMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <climits>
#include <cmath>

namespace cd::twilio {

namespace {

TwilioError protocolError(const QString &detail)
{
    TwilioError error;
    error.kind = TwilioError::Kind::Protocol;
    error.message = TwilioErrorMessages::unreadableAnswer();
    error.detail = detail;
    return error;
}

} // namespace

QDateTime parseTwilioDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // Qt's RFC 2822 parser accepts the optional weekday and numeric zones.
    QDateTime parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!parsed.isValid()) {
        // Some proxies rewrite "+0000" as "GMT"; parse that form by hand, with C-locale month names.
        static const QRegularExpression gmt(QStringLiteral("^(?:[A-Za-z]{3},\\s*)?(\\d{1,2} [A-Za-z]{3} \\d{4} "
                                                           "\\d{2}:\\d{2}:\\d{2})\\s*(?:GMT|UTC|Z)$"));
        const auto match = gmt.match(text);
        if (match.hasMatch())
            parsed = QLocale::c().toDateTime(match.captured(1), QStringLiteral("d MMM yyyy HH:mm:ss"));
        if (parsed.isValid())
            parsed.setTimeZone(QTimeZone::utc());
    }
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

int parseInt(const QJsonValue &value, int fallback)
{
    return parseOptionalInt(value).value_or(fallback);
}

std::optional<int> parseOptionalInt(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Out-of-range or fractional numbers are not what Twilio means by a count or a code.
        if (!std::isfinite(number) || number < INT_MIN || number > INT_MAX || number != std::trunc(number))
            return std::nullopt;
        return int(number);
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QString parseString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    return {};
}

TwilioMessage messageFromJson(const QJsonObject &object)
{
    TwilioMessage message;
    message.sid = parseString(object.value(QStringLiteral("sid")));
    message.accountSid = parseString(object.value(QStringLiteral("account_sid")));
    message.from = parseString(object.value(QStringLiteral("from")));
    message.to = parseString(object.value(QStringLiteral("to")));
    message.messagingServiceSid = parseString(object.value(QStringLiteral("messaging_service_sid")));
    message.body = parseString(object.value(QStringLiteral("body")));
    message.status = parseString(object.value(QStringLiteral("status")));
    message.direction = parseString(object.value(QStringLiteral("direction")));
    message.errorCode = parseOptionalInt(object.value(QStringLiteral("error_code")));
    message.errorMessage = parseString(object.value(QStringLiteral("error_message")));
    message.numSegments = parseInt(object.value(QStringLiteral("num_segments")));
    message.numMedia = parseInt(object.value(QStringLiteral("num_media")));
    message.price = parseString(object.value(QStringLiteral("price")));
    message.priceUnit = parseString(object.value(QStringLiteral("price_unit")));
    message.dateCreated = parseTwilioDate(object.value(QStringLiteral("date_created")));
    message.dateSent = parseTwilioDate(object.value(QStringLiteral("date_sent")));
    message.dateUpdated = parseTwilioDate(object.value(QStringLiteral("date_updated")));
    return message;
}

Result<QJsonObject, TwilioError> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return protocolError(QStringLiteral("empty body"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return protocolError(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return protocolError(QStringLiteral("JSON is not an object"));
    return document.object();
}

Result<TwilioMessage, TwilioError> parseMessage(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    TwilioMessage message = messageFromJson(object.value());
    if (message.sid.isEmpty())
        return protocolError(QStringLiteral("message without sid"));
    return message;
}

Result<TwilioMessagePage, TwilioError> parseMessagePage(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue list = object->value(QStringLiteral("messages"));
    if (!list.isArray())
        return protocolError(QStringLiteral("page without a messages array"));
    TwilioMessagePage page;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        TwilioMessage message = messageFromJson(item.toObject());
        if (!message.sid.isEmpty())
            page.messages.append(message);
    }
    page.nextPageUri = parseString(object->value(QStringLiteral("next_page_uri")));
    return page;
}

Result<QList<TwilioMedia>, TwilioError> parseMediaList(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue list = object->value(QStringLiteral("media_list"));
    if (!list.isArray())
        return protocolError(QStringLiteral("answer without a media_list array"));
    QList<TwilioMedia> out;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject media = item.toObject();
        TwilioMedia entry;
        entry.sid = parseString(media.value(QStringLiteral("sid")));
        entry.contentType = parseString(media.value(QStringLiteral("content_type")));
        entry.uri = parseString(media.value(QStringLiteral("uri")));
        if (!entry.sid.isEmpty() && !entry.uri.isEmpty())
            out.append(entry);
    }
    return out;
}

WireError parseErrorBody(const QByteArray &body)
{
    WireError error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error; // HTML error page, empty body, garbage
    const QJsonObject object = document.object();
    error.code = parseOptionalInt(object.value(QStringLiteral("code")));
    error.text = parseString(object.value(QStringLiteral("message")));
    error.moreInfo = parseString(object.value(QStringLiteral("more_info")));
    // RFC 9457: {type: ".../errors/20404", title, status, detail}
    if (error.text.isEmpty())
        error.text = parseString(object.value(QStringLiteral("detail")));
    if (error.text.isEmpty())
        error.text = parseString(object.value(QStringLiteral("title")));
    const QString type = parseString(object.value(QStringLiteral("type")));
    if (!error.code && !type.isEmpty()) {
        static const QRegularExpression trailingCode(QStringLiteral("(\\d{5})/?$"));
        const auto match = trailingCode.match(type);
        if (match.hasMatch())
            error.code = match.captured(1).toInt();
    }
    // Validating proxies and mocks (Prism) list the failing fields: keep them for the detail text.
    const QJsonArray validation = object.value(QStringLiteral("validation")).toArray();
    for (const QJsonValue &item : validation) {
        const QString text = parseString(item.toObject().value(QStringLiteral("message")));
        if (!text.isEmpty())
            error.text += QStringLiteral("; ") + text;
    }
    if (error.moreInfo.isEmpty() && type.startsWith(QLatin1String("http")))
        error.moreInfo = type;
    return error;
}

} // namespace cd::twilio

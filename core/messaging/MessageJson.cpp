#include "core/messaging/MessageJson.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/MessageStore.h"

namespace cd {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toDbTime(time)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject messageToJson(const Message &m, const QDateTime &nowUtc)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("patient_id"), m.patientId ? QJsonValue(*m.patientId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("direction"), MessageStore::directionName(m.direction)},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("status"), m.status},
        // "status" is the stored word (Twilio's or ours); "status_kind" the stable name of what it means;
        // "status_text" the same words the GUI shows.
        {QStringLiteral("status_kind"), MessageStatusText::jsonName(MessageStatusText::kind(m, nowUtc))},
        {QStringLiteral("status_text"), MessageStatusText::label(m, nowUtc)},
        {QStringLiteral("sent_without_receipt"), MessageStatusText::isSentWithoutReceipt(m, nowUtc)},
        {QStringLiteral("sid"), textOrNull(m.sid)},
        {QStringLiteral("error_code"), m.errorCode ? QJsonValue(*m.errorCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_message"), textOrNull(m.errorMessage)},
        {QStringLiteral("from"), textOrNull(m.fromNumber)},
        {QStringLiteral("to"), textOrNull(m.toNumber)},
        {QStringLiteral("segments"), m.segments},
        {QStringLiteral("price"), textOrNull(m.price)},
        {QStringLiteral("created_at"), timeOrNull(m.createdAt)},
        {QStringLiteral("sent_at"), timeOrNull(m.sentAt)},
        {QStringLiteral("updated_at"), timeOrNull(m.updatedAt)},
        {QStringLiteral("read_at"), timeOrNull(m.readAt)},
        {QStringLiteral("demo"), m.isDemo},
        {QStringLiteral("num_media"), m.numMedia},
        {QStringLiteral("shared_number"), m.filedShared},
    };
}

QJsonArray mediaToJson(const QList<MessageMedia> &media)
{
    QJsonArray out;
    for (const MessageMedia &item : media) {
        out.append(QJsonObject{
            {QStringLiteral("sid"), item.mediaSid},
            {QStringLiteral("content_type"), item.contentType},
            {QStringLiteral("state"), item.state},
            {QStringLiteral("size"), item.sizeBytes >= 0 ? QJsonValue(item.sizeBytes) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("path"), item.isStored() ? QJsonValue(item.filePath) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), textOrNull(item.error)},
            {QStringLiteral("attempts"), item.attempts},
        });
    }
    return out;
}

} // namespace cd

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace cd {

Result<QList<QPair<qint64, QString>>> MessageStore::sharedReplyCandidates(qint64 messageId) const
{
    auto message = get(messageId);
    if (!message)
        return message.error();
    auto q = m_database->exec(QStringLiteral("SELECT id, first_name, last_name FROM patients WHERE phone_e164 = ? AND "
                                             "id <> ? ORDER BY last_name, first_name, id"),
                              {message->fromNumber, message->patientId.value_or(0)});
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> out;
    while (q->next())
        out.append({q->value(0).toLongLong(),
                    QStringLiteral("%1 %2").arg(q->value(1).toString(), q->value(2).toString()).trimmed()});
    return out;
}

Status<> MessageStore::moveSharedReply(qint64 messageId, qint64 patientId)
{
    auto message = get(messageId);
    if (!message)
        return message.error();
    if (!message->isInbound() || !message->patientId)
        return makeError(QStringLiteral("message.not-movable"),
                         tr("Only a patient's reply can be moved to another patient."));
    if (*message->patientId == patientId)
        return Ok{};
    return write([&](MessageWrite &tx) -> Status<> {
        // The target must share the number: a reply is never filed under someone who could not have sent it.
        auto same = Database::exec(tx.sql(),
                                   QStringLiteral("SELECT COUNT(*) FROM patients WHERE id = ? AND "
                                                  "phone_e164 = ?"),
                                   {patientId, message->fromNumber});
        if (!same)
            return same.error();
        if (!same->next() || same->value(0).toInt() == 0)
            return makeError(QStringLiteral("message.not-shared"),
                             tr("That patient does not have the number this reply came from."));
        auto moved = tx.update(MessageChange::Attached,
                               QStringLiteral("UPDATE messages SET patient_id = ?, filed_shared = 1, updated_at = ? "
                                              "WHERE id = ? AND patient_id = ?"),
                               {patientId, toDbTime(Clock::instance().nowUtc()), messageId, *message->patientId});
        if (!moved)
            return moved.error();
        if (*moved != 1)
            return makeError(QStringLiteral("message.changed"),
                             tr("The reply was moved by someone else meanwhile. Look at the conversation again."));
        tx.touch(MessageChange::Attached, *message->patientId); // it left this conversation:
        tx.m_patients.insert(*message->patientId);              // its summary is rebuilt too
        if (auto audited = AuditLog::record(tx.sql(), QStringLiteral("message.moved"), patientId,
                                            QStringLiteral("reply %1 from a shared number moved from patient %2")
                                                .arg(messageId)
                                                .arg(*message->patientId));
            !audited)
            return audited;
        return AuditLog::record(
            tx.sql(), QStringLiteral("message.moved"), *message->patientId,
            QStringLiteral("reply %1 from a shared number moved to patient %2").arg(messageId).arg(patientId));
    });
}

} // namespace cd

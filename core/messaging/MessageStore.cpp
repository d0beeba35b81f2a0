#include "core/messaging/MessageStore.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMessageStore, "clinicdesk.messagestore")

namespace cd {

Result<qint64> MessageWrite::insert(const Message &message)
{
    auto id = MessageStore::insertRow(m_tx, message);
    if (id) {
        m_change.add(MessageChange::Inserted, *id, message.patientId.value_or(0));
        noteConversation(message.patientId, message.isInbound(), message.fromNumber);
    }
    return id;
}

void MessageWrite::noteConversation(std::optional<qint64> patientId, bool inbound, const QString &fromNumber)
{
    // Unmatched outbound rows belong to no conversation list (as before the summaries).
    if (patientId)
        m_patients.insert(*patientId);
    else if (inbound)
        m_numbers.insert(fromNumber);
}

namespace {
// Stops at the first text that counts: opening a long conversation must not count all of it.
const QString FirstOutboundSql = QStringLiteral("SELECT 1 FROM messages WHERE patient_id = ? AND direction = "
                                                "'outbound' AND status NOT IN ('failed', 'canceled') LIMIT 1");
} // namespace

Result<bool> MessageWrite::isFirstOutbound(qint64 patientId)
{
    auto q = Database::exec(m_tx, FirstOutboundSql, {patientId});
    if (!q)
        return q.error();
    return !q->next();
}

Result<bool> MessageStore::isFirstOutbound(qint64 patientId) const
{
    auto q = m_database->exec(FirstOutboundSql, {patientId});
    if (!q)
        return q.error();
    return !q->next();
}

Result<int> MessageWrite::update(MessageChange::Kind kind, const QString &sql, const QVariantList &binds)
{
    Q_ASSERT(sql.startsWith(QLatin1String("UPDATE messages ")));
    auto q = Database::exec(m_tx, sql + QStringLiteral(" RETURNING id, patient_id, direction, from_number"), binds);
    if (!q)
        return q.error();
    int rows = 0;
    while (q->next()) {
        ++rows;
        const bool matched = !q->value(1).isNull();
        m_change.add(kind, q->value(0).toLongLong(), matched ? q->value(1).toLongLong() : 0);
        noteConversation(matched ? std::optional<qint64>(q->value(1).toLongLong()) : std::nullopt,
                         q->value(2).toString() == QLatin1String("inbound"), q->value(3).toString());
    }
    return rows;
}

namespace {
std::atomic<int> liveStores{0};
} // namespace

MessageStore::MessageStore(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    ++liveStores;
    // Delivered across threads (the messaging thread writes, the GUI listens).
    qRegisterMetaType<cd::MessageChange>();
}

MessageStore::~MessageStore()
{
    --liveStores;
}

int MessageStore::liveInstances()
{
    return liveStores.load();
}

const QString &MessageStore::selectColumns()
{
    static const QString columns = QStringLiteral(
        "id, patient_id, direction, body, status, sid, error_code, error_message, from_number, to_number, segments, "
        "price, created_at, sent_at, updated_at, scheduled_for, read_at, is_demo, channel, purpose, purpose_ref, "
        "due_at, expires_at, num_media, filed_shared");
    return columns;
}

Message MessageStore::messageFrom(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        m.patientId = q.value(1).toLongLong();
    m.direction =
        q.value(2).toString() == QLatin1String("inbound") ? Message::Direction::Inbound : Message::Direction::Outbound;
    m.body = q.value(3).toString();
    m.status = q.value(4).toString();
    m.sid = q.value(5).toString();
    if (!q.value(6).isNull())
        m.errorCode = q.value(6).toInt();
    m.errorMessage = q.value(7).toString();
    m.fromNumber = q.value(8).toString();
    m.toNumber = q.value(9).toString();
    m.segments = q.value(10).toInt();
    m.price = q.value(11).toString();
    m.createdAt = fromDbTime(q.value(12).toString());
    m.sentAt = fromDbTime(q.value(13).toString());
    m.updatedAt = fromDbTime(q.value(14).toString());
    m.scheduledFor = fromDbTime(q.value(15).toString());
    m.channel = channelFromName(q.value(18).toString());
    m.purpose = q.value(19).toString();
    m.purposeRef = q.value(20).toString();
    m.dueAt = fromDbTime(q.value(21).toString());
    m.expiresAt = fromDbTime(q.value(22).toString());
    m.readAt = fromDbTime(q.value(16).toString());
    m.isDemo = q.value(17).toInt() != 0;
    m.numMedia = q.value(23).toInt();
    m.filedShared = q.value(24).toInt() != 0;
    return m;
}

QString channelName(Channel channel)
{
    return channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

Channel channelFromName(const QString &name)
{
    return name == QLatin1String("email") ? Channel::Email : Channel::Sms;
}

QString MessageStore::directionName(Message::Direction direction)
{
    return direction == Message::Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
}

Result<Message> MessageStore::get(qint64 id) const
{
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(selectColumns()), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("message.not-found"), tr("There is no message #%1.").arg(id));
    return messageFrom(*q);
}

Result<std::optional<Message>> MessageStore::findBySid(const QString &sid) const
{
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM messages WHERE sid = ?").arg(selectColumns()), {sid});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Message>();
    return std::optional<Message>(messageFrom(*q));
}

Result<std::optional<Message>> MessageStore::findByPurpose(const QString &purpose, const QString &purposeRef) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT %1 FROM messages WHERE purpose = ? AND purpose_ref = ? ORDER BY id DESC LIMIT 1")
            .arg(selectColumns()),
        {purpose, purposeRef});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Message>();
    return std::optional<Message>(messageFrom(*q));
}

Result<MessagePage> MessageStore::page(const QString &where, const QVariantList &binds, int limit,
                                       const std::optional<MessageCursor> &before) const
{
    limit = std::clamp(limit, 1, 1000);
    QString sql = QStringLiteral("SELECT %1 FROM messages WHERE %2").arg(selectColumns(), where);
    QVariantList all = binds;
    if (before) {
        sql += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        const QString at = toDbTime(before->createdAt);
        all << at << at << before->id;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT %1").arg(limit + 1);
    auto q = m_database->exec(sql, all);
    if (!q)
        return q.error();
    MessagePage result;
    while (q->next()) {
        if (result.messages.size() == limit) {
            const Message &last = result.messages.constLast();
            result.next = MessageCursor{last.createdAt, last.id};
            break;
        }
        result.messages.append(messageFrom(*q));
    }
    return result;
}

Result<MessagePage> MessageStore::thread(qint64 patientId, int limit, const std::optional<MessageCursor> &before) const
{
    return page(QStringLiteral("patient_id = ?"), {patientId}, limit, before);
}

Result<MessagePage> MessageStore::unmatched(int limit, const std::optional<MessageCursor> &before) const
{
    return page(QStringLiteral("patient_id IS NULL AND direction = 'inbound'"), {}, limit, before);
}

Result<QList<Message>> MessageStore::allMessages(std::optional<qint64> patientId) const
{
    const QString where =
        patientId ? QStringLiteral("patient_id = ?") : QStringLiteral("patient_id IS NULL AND direction = 'inbound'");
    auto q = m_database->exec(
        QStringLiteral("SELECT %1 FROM messages WHERE %2 ORDER BY created_at, id").arg(selectColumns(), where),
        patientId ? QVariantList{*patientId} : QVariantList{});
    if (!q)
        return q.error();
    QList<Message> list;
    while (q->next())
        list.append(messageFrom(*q));
    return list;
}

Result<int> MessageStore::unmatchedCount() const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'inbound' AND patient_id IS NULL"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<qint64> MessageStore::dataVersion() const
{
    auto q = m_database->exec(QStringLiteral("SELECT version FROM messages_version"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

void MessageStore::watchDataVersion(int intervalMs)
{
    if (!m_versionTimer) {
        m_versionTimer = new QTimer(this);
        connect(m_versionTimer, &QTimer::timeout, this, &MessageStore::checkForChangesElsewhere);
    }
    m_ownWritesSeen = m_ownWrites.load();
    if (auto version = dataVersion())
        m_lastSeenVersion = *version;
    m_versionTimer->start(intervalMs);
}

void MessageStore::checkForChangesElsewhere()
{
    // Each write transaction bumps the version once: more bumps than our own writes means another process.
    const qint64 own = m_ownWrites.load();
    auto version = dataVersion();
    if (!version)
        return;
    const bool elsewhere = m_lastSeenVersion >= 0 && *version - m_lastSeenVersion > own - m_ownWritesSeen;
    m_lastSeenVersion = *version;
    m_ownWritesSeen = own;
    if (elsewhere) {
        MessageChange change;
        change.kinds = MessageChange::Elsewhere;
        emit changed(change);
    }
}

Status<> MessageStore::write(const std::function<Status<>(MessageWrite &)> &work)
{
    MessageChange change;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        MessageWrite batch(tx);
        if (auto done = work(batch); !done)
            return done;
        change = batch.change();
        if (change.isEmpty())
            return Ok{};
        // The conversation lists' rows, in the same transaction: they can never disagree with the messages.
        if (auto summarized = refreshSummaries(tx, batch.m_patients, batch.m_numbers); !summarized)
            return summarized;
        ++m_ownWrites; // before COMMIT: the watcher must never see our bump without counting it
        return bumpVersionIn(tx, change.conversations);
    });
    if (!written) {
        if (!change.isEmpty())
            --m_ownWrites;
        return written;
    }
    if (!change.isEmpty())
        emit changed(change);
    return written;
}

Result<int> MessageStore::update(MessageChange::Kind kind, const QString &sql, const QVariantList &binds)
{
    int rows = 0;
    auto written = write([&](MessageWrite &tx) -> Status<> {
        auto changed = tx.update(kind, sql, binds);
        if (!changed)
            return changed.error();
        rows = *changed;
        return Ok{};
    });
    if (!written)
        return written.error();
    return rows;
}

Status<> MessageStore::bumpVersionIn(QSqlDatabase &tx, const QSet<qint64> &conversations)
{
    auto done = Database::exec(tx, QStringLiteral("UPDATE messages_version SET version = version + 1"));
    if (!done)
        return done.error();
    // Other desks re-read only the conversations this changed (an open chat elsewhere stays put on a receipt in
    // another); a large batch (an import, a long sync) says "messages": re-read what is shown.
    constexpr int MostConversationsNamed = 20;
    if (conversations.isEmpty() || conversations.size() > MostConversationsNamed)
        return Database::announce(tx, QStringLiteral("messages"));
    for (const qint64 conversation : conversations) {
        if (auto announced = Database::announce(tx, QStringLiteral("conversation"), conversation); !announced)
            return announced;
    }
    return Ok{};
}

void MessageStore::changedElsewhereIn(qint64 conversation)
{
    // The data version moved with it: counted as seen, so the version check does not reload everything again.
    if (auto version = dataVersion()) {
        m_lastSeenVersion = *version;
        m_ownWritesSeen = m_ownWrites.load();
    }
    MessageChange change;
    change.kinds = MessageChange::ElsewhereIn;
    change.conversations.insert(conversation);
    emit changed(change);
}

Result<qint64> MessageStore::insertIn(QSqlDatabase &tx, const Message &message)
{
    auto ids = insertAllIn(tx, {message});
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> MessageStore::insertAllIn(QSqlDatabase &tx, const QList<Message> &messages)
{
    QList<qint64> ids;
    ids.reserve(messages.size());
    QSet<qint64> patients;
    QSet<QString> numbers;
    for (const Message &message : messages) {
        auto id = insertRow(tx, message);
        if (!id)
            return id.error();
        ids << *id;
        if (message.patientId)
            patients.insert(*message.patientId);
        else if (message.isInbound())
            numbers.insert(message.fromNumber);
    }
    if (auto summarized = refreshSummaries(tx, patients, numbers); !summarized)
        return summarized.error();
    QSet<qint64> conversations = patients;
    if (!numbers.isEmpty())
        conversations.insert(0); // the unmatched list
    if (auto bumped = bumpVersionIn(tx, conversations); !bumped)
        return bumped.error();
    return ids;
}

Result<qint64> MessageStore::insertRow(QSqlDatabase &tx, const Message &m)
{
    const QDateTime now = Clock::instance().nowUtc();
    return Database::insertReturningId(
        tx,
        QStringLiteral("INSERT INTO messages (patient_id, direction, body, status, sid, error_code, error_message, "
                       "from_number, to_number, segments, price, created_at, sent_at, updated_at, scheduled_for, "
                       "read_at, is_demo, channel, purpose, purpose_ref, due_at, expires_at, num_media, filed_shared) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::id(m.patientId),
         directionName(m.direction),
         m.body,
         m.status,
         sql::text(m.sid),
         sql::integer(m.errorCode),
         sql::text(m.errorMessage),
         sql::text(m.fromNumber),
         sql::text(m.toNumber),
         m.segments,
         sql::text(m.price),
         toDbTime(m.createdAt.isValid() ? m.createdAt : now),
         sql::time(m.sentAt),
         toDbTime(m.updatedAt.isValid() ? m.updatedAt : now),
         sql::time(m.scheduledFor),
         sql::time(m.readAt),
         m.isDemo ? 1 : 0,
         channelName(m.channel),
         m.purpose.isEmpty() ? MessagePurpose::Chat : m.purpose,
         sql::text(m.purposeRef),
         sql::time(m.dueAt),
         sql::time(m.expiresAt),
         m.numMedia,
         m.filedShared ? 1 : 0});
}

Result<QString> MessageStore::stateValue(const QString &name) const
{
    auto q = m_database->exec(QStringLiteral("SELECT value FROM messaging_state WHERE name = ?"), {name});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status<> MessageStore::setStateValue(const QString &name, const QString &value)
{
    return setStateValues({{name, value}});
}

Status<> MessageStore::setStateValues(const QList<QPair<QString, QString>> &values)
{
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        for (const auto &[name, value] : values) {
            auto q = Database::exec(tx,
                                    QStringLiteral("INSERT INTO messaging_state (name, value) VALUES (?, ?) "
                                                   "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                                    {name, value});
            if (!q)
                return q.error();
        }
        return Ok{};
    });
}

Status<> MessageStore::markThreadRead(qint64 patientId)
{
    const QString where = patientId == 0 ? QStringLiteral("patient_id IS NULL") : QStringLiteral("patient_id = ?");
    QVariantList binds{toDbTime(Clock::instance().nowUtc())};
    if (patientId != 0)
        binds << patientId;
    auto done =
        update(MessageChange::Read,
               QStringLiteral("UPDATE messages SET read_at = ? WHERE direction = 'inbound' AND read_at IS NULL AND %1")
                   .arg(where),
               binds);
    if (!done)
        return done.error();
    return Ok{};
}

Status<> MessageStore::markRead(qint64 messageId)
{
    auto done = update(MessageChange::Read,
                       QStringLiteral("UPDATE messages SET read_at = ? WHERE id = ? AND direction = 'inbound' "
                                      "AND read_at IS NULL"),
                       {toDbTime(Clock::instance().nowUtc()), messageId});
    if (!done)
        return done.error();
    return Ok{};
}

Result<int> MessageStore::attachToPatient(qint64 messageId, qint64 patientId)
{
    auto message = get(messageId);
    if (!message)
        return message.error();
    if (message->patientId)
        return makeError(QStringLiteral("message.already-attached"),
                         tr("This message already belongs to a patient's conversation."));
    int moved = 0;
    auto written = write([&](MessageWrite &tx) -> Status<> {
        auto exists =
            Database::exec(tx.sql(), QStringLiteral("SELECT COUNT(*) FROM patients WHERE id = ?"), {patientId});
        if (!exists)
            return exists.error();
        if (!exists->next() || exists->value(0).toInt() == 0)
            return makeError(QStringLiteral("patient.not-found"), tr("There is no patient #%1.").arg(patientId));
        // Every unmatched message from the same number belongs to the same person.
        auto q =
            tx.update(MessageChange::Attached,
                      QStringLiteral("UPDATE messages SET patient_id = ?, updated_at = ? WHERE patient_id IS "
                                     "NULL AND direction = 'inbound' AND (id = ? OR from_number = ?)"),
                      {patientId, toDbTime(Clock::instance().nowUtc()), messageId, sql::text(message->fromNumber)});
        if (!q)
            return q.error();
        moved = *q;
        tx.touch(MessageChange::Attached, 0); // the rows left the unmatched list
        tx.touchNumber(message->fromNumber);
        return AuditLog::record(
            tx.sql(), QStringLiteral("message.attached"), patientId,
            QStringLiteral("message %1 and %2 more from the same number").arg(messageId).arg(std::max(0, moved - 1)));
    });
    if (!written)
        return written.error();
    return moved;
}

} // namespace cd

#include "core/messaging/MediaStore.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/security/OwnerOnlyFiles.h"
#include "core/services/DataLocation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace cd {

namespace {

const QString MediaColumns =
    QStringLiteral("id, message_id, media_sid, content_type, uri, state, size_bytes, file_name, error, attempts");

MessageMedia mediaFrom(const QSqlQuery &q, const QString &folder)
{
    MessageMedia m;
    m.id = q.value(0).toLongLong();
    m.messageId = q.value(1).toLongLong();
    m.mediaSid = q.value(2).toString();
    m.contentType = q.value(3).toString();
    m.uri = q.value(4).toString();
    m.state = q.value(5).toString();
    m.sizeBytes = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    if (!q.value(7).isNull())
        m.filePath = QDir(folder).filePath(q.value(7).toString());
    m.error = q.value(8).toString();
    m.attempts = q.value(9).toInt();
    return m;
}

// A media sid is the file name: nothing else (no path, no dots) may come from Twilio's answer.
bool safeSid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^ME[0-9a-fA-F]{32}$"));
    return pattern.match(sid).hasMatch();
}

} // namespace

MediaStore::MediaStore(MessageStore &messages) : m_messages(messages)
{
}

QString MediaStore::folderFor(const Database &database)
{
    const QString base = database.backend() == Database::Backend::Sqlite ? QFileInfo(database.location()).absolutePath()
                                                                         : resolveDataDir();
    return QDir(base).filePath(QStringLiteral("media"));
}

QString MediaStore::folder() const
{
    return folderFor(*m_messages.database());
}

Result<QList<Message>> MediaStore::awaitingList(int limit) const
{
    // Exactly the partial index's condition (only replies get num_media): with "direction = 'inbound'" added,
    // SQLite walked every reply by the direction index instead, 1.4 s at a million messages on every cycle.
    auto q = m_messages.database()->exec(QStringLiteral("SELECT %1 FROM messages WHERE num_media > 0 AND "
                                                        "media_listed = 0 ORDER BY id LIMIT %2")
                                             .arg(MessageStore::selectColumns())
                                             .arg(std::max(1, limit)));
    if (!q)
        return q.error();
    QList<Message> out;
    while (q->next())
        out.append(MessageStore::messageFrom(*q));
    return out;
}

Status<> MediaStore::touchMessage(qint64 messageId, const std::function<Status<>(QSqlDatabase &)> &work)
{
    return m_messages.write([&](MessageWrite &tx) -> Status<> {
        if (auto done = work(tx.sql()); !done)
            return done;
        // The bubble shows its media: repaint it wherever it is open.
        auto touched =
            tx.update(MessageChange::StatusChanged, QStringLiteral("UPDATE messages SET updated_at = ? WHERE id = ?"),
                      {toDbTime(Clock::instance().nowUtc()), messageId});
        if (!touched)
            return touched.error();
        return Ok{};
    });
}

Status<> MediaStore::storeList(qint64 messageId, const QList<TwilioMedia> &items)
{
    return m_messages.write([&](MessageWrite &tx) -> Status<> {
        const QString now = toDbTime(Clock::instance().nowUtc());
        for (const TwilioMedia &item : items) {
            auto exists =
                Database::exec(tx.sql(), QStringLiteral("SELECT 1 FROM message_media WHERE media_sid = ?"), {item.sid});
            if (!exists)
                return exists.error();
            if (exists->next())
                continue; // listed before (another process, a retried cycle): stored once
            const bool usable = safeSid(item.sid) && !item.uri.isEmpty();
            auto inserted = Database::exec(
                tx.sql(),
                QStringLiteral("INSERT INTO message_media (message_id, media_sid, content_type, uri, state, error, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {messageId, item.sid, item.contentType, item.uri, usable ? MediaState::Pending : MediaState::Refused,
                 usable ? sql::text(QString()) : QVariant(tr("Twilio's answer named it in an unexpected way.")), now});
            if (!inserted)
                return inserted.error();
        }
        auto listed = tx.update(MessageChange::StatusChanged,
                                QStringLiteral("UPDATE messages SET media_listed = 1, updated_at = ? WHERE id = ?"),
                                {now, messageId});
        if (!listed)
            return listed.error();
        return Ok{};
    });
}

Result<QList<MessageMedia>> MediaStore::due(const QDateTime &nowUtc, int limit) const
{
    auto q = m_messages.database()->exec(
        QStringLiteral("SELECT %1 FROM message_media WHERE (state = 'pending' OR (state = 'failed' AND "
                       "(next_attempt_at IS NULL OR next_attempt_at <= ?))) ORDER BY id LIMIT %2")
            .arg(MediaColumns)
            .arg(std::max(1, limit)),
        {toDbTime(nowUtc)});
    if (!q)
        return q.error();
    QList<MessageMedia> out;
    const QString dir = folder();
    while (q->next())
        out.append(mediaFrom(*q, dir));
    return out;
}

Status<> MediaStore::storeContent(const MessageMedia &media, const QByteArray &data)
{
    const QString dir = folder();
    if (!OwnerOnlyFiles::makeDataFolder(dir))
        return makeError(QStringLiteral("media.folder"), tr("The folder for attachments could not be created."));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString fileName = media.mediaSid; // checked by safeSid when listed
    const QString path = QDir(dir).filePath(fileName);
    {
        ScopedOwnerOnlyUmask ownerOnly;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return makeError(QStringLiteral("media.write"),
                             tr("The attachment could not be saved (the disk may be full)."));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return touchMessage(media.messageId, [&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(tx,
                                QStringLiteral("UPDATE message_media SET state = 'stored', size_bytes = ?, "
                                               "file_name = ?, error = NULL, attempts = attempts + 1, "
                                               "next_attempt_at = NULL WHERE id = ?"),
                                {qint64(data.size()), fileName, media.id});
        if (!q)
            return q.error();
        return Ok{};
    });
}

Status<> MediaStore::recordFailure(const MessageMedia &media, const QString &error, const QDateTime &nextAt,
                                   const QString &finalState)
{
    return touchMessage(media.messageId, [&](QSqlDatabase &tx) -> Status<> {
        auto q = Database::exec(
            tx,
            QStringLiteral("UPDATE message_media SET state = ?, error = ?, attempts = attempts + 1, "
                           "next_attempt_at = ? WHERE id = ?"),
            {finalState.isEmpty() ? MediaState::Failed : finalState, error, sql::time(nextAt), media.id});
        if (!q)
            return q.error();
        return Ok{};
    });
}

Result<QList<MessageMedia>> MediaStore::forMessage(qint64 messageId) const
{
    auto all = forMessages({messageId});
    if (!all)
        return all.error();
    return all->value(messageId);
}

Result<QHash<qint64, QList<MessageMedia>>> MediaStore::forMessages(const QList<qint64> &messageIds) const
{
    QHash<qint64, QList<MessageMedia>> out;
    if (messageIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (const qint64 id : messageIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    auto q = m_messages.database()->exec(QStringLiteral("SELECT %1 FROM message_media WHERE message_id IN (%2) "
                                                        "ORDER BY id")
                                             .arg(MediaColumns, marks.join(QLatin1Char(','))),
                                         binds);
    if (!q)
        return q.error();
    const QString dir = folder();
    while (q->next()) {
        MessageMedia m = mediaFrom(*q, dir);
        out[m.messageId].append(m);
    }
    return out;
}

} // namespace cd

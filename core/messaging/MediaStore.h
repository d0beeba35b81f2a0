#pragma once

#include "core/common/Result.h"
#include "core/messaging/Message.h"
#include "core/messaging/MessageMedia.h"
#include "core/twilio/TwilioTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace cd {

class Database;
class MessageStore;

// The only owner of message_media SQL and of the media files (owner-only, in the data folder's media/ folder).
// Every write goes through MessageStore::write and touches its message, so an open chat repaints that bubble.
class MediaStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::MediaStore)
public:
    explicit MediaStore(MessageStore &messages);

    // Where media files live: media/ beside the SQLite file, or in this desk's data folder for a server database.
    static QString folderFor(const Database &database);
    QString folder() const;

    // Inbound messages with num_media > 0 whose Media list is not stored yet, oldest first.
    Result<QList<Message>> awaitingList(int limit) const;
    // The message's Media list: one pending row per item (each sid once), and the message marked listed.
    Status<> storeList(qint64 messageId, const QList<TwilioMedia> &items);
    // Items to download now: pending, or failed with its back-off passed.
    Result<QList<MessageMedia>> due(const QDateTime &nowUtc, int limit) const;
    // The content, written to a 0600 file in the 0700 folder before the row says "stored".
    Status<> storeContent(const MessageMedia &media, const QByteArray &data);
    // A failed download: retried at `nextAt`, or never again for `finalState` (too_large, refused).
    Status<> recordFailure(const MessageMedia &media, const QString &error, const QDateTime &nextAt,
                           const QString &finalState = {});

    Result<QList<MessageMedia>> forMessage(qint64 messageId) const;
    Result<QHash<qint64, QList<MessageMedia>>> forMessages(const QList<qint64> &messageIds) const;

private:
    Status<> touchMessage(qint64 messageId, const std::function<Status<>(QSqlDatabase &)> &work);

    MessageStore &m_messages;
};

} // namespace cd

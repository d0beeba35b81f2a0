#pragma once

#include "core/common/Result.h"
#include "core/messaging/Message.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QTimer;

namespace cd {

class Database;

// Position in a thread for keyset paging (newest first): the last message of the previous page.
struct MessageCursor
{
    QDateTime createdAt;
    qint64 id = 0;
};

struct MessagePage
{
    QList<Message> messages;           // newest first
    std::optional<MessageCursor> next; // set when older messages may follow (pass to fetch the next page)
};

// The latest message of one conversation, for a conversation list.
struct ThreadSummary
{
    std::optional<qint64> patientId; // empty: the unmatched sender `fromNumber`
    Message last;
    int unread = 0;
};

// Process-wide notifier: every MessageStore instance (any thread) emits through it, so the GUI hears changes made
// by the sync worker's own store instance (queued across threads). Changes made by ANOTHER process are noticed by
// polling MessageStore::dataVersion() (cheap: one indexed row), e.g. with MessageStore::watchDataVersion().
class MessageEvents : public QObject
{
    Q_OBJECT
public:
    static MessageEvents &instance();

signals:
    // patientId 0 = the unmatched list. Emitted after the transaction committed.
    void threadChanged(qint64 patientId);
    void messageChanged(qint64 messageId, qint64 patientId);
    // Something changed in another process (seen through the data version); reload what is shown.
    void changedElsewhere();
};

// Reads and writes the messages table. Every write bumps a data-version counter in the same transaction.
class MessageStore : public QObject
{
    Q_OBJECT
public:
    explicit MessageStore(std::shared_ptr<Database> database, QObject *parent = nullptr);

    std::shared_ptr<Database> database() const { return m_database; }

    // --- Reading (GUI, CLI) ---
    Result<Message> get(qint64 id) const;
    Result<std::optional<Message>> findBySid(const QString &sid) const;
    // A patient's conversation, newest first, `limit` at a time; pass page.next to get older ones (fetchMore).
    Result<MessagePage> thread(qint64 patientId, int limit = 50, const std::optional<MessageCursor> &before = {}) const;
    // Inbound messages from numbers that match no patient, newest first.
    Result<MessagePage> unmatched(int limit = 50, const std::optional<MessageCursor> &before = {}) const;
    // Whole thread oldest first (CLI `messages`); patientId empty = the unmatched list.
    Result<QList<Message>> allMessages(std::optional<qint64> patientId) const;
    // Conversations ordered by their latest message, newest first (one row per patient, one per unmatched number).
    Result<QList<ThreadSummary>> recentThreads(int limit = 200) const;

    Result<QHash<qint64, int>> unreadCounts() const; // patient id -> unread inbound (0 = unmatched)
    Result<int> unreadCount(qint64 patientId) const;
    Result<int> unmatchedCount() const;

    // Monotonic counter bumped by every write from any process on this database. The GUI compares it with the
    // value it last saw (a timer, e.g. every 2 s) to learn about messages the CLI stored or sent.
    Result<qint64> dataVersion() const;
    // Starts a timer that polls dataVersion() and emits MessageEvents::changedElsewhere() when it moved without a
    // write from this process. The GUI calls it once.
    void watchDataVersion(int intervalMs = 2000);

    // --- Staff actions (audited) ---
    Status<> markThreadRead(qint64 patientId); // patientId 0 = the unmatched list
    Status<> markRead(qint64 messageId);
    // Moves an unmatched message, and every other unmatched message from the same number, into a patient's thread.
    Result<int> attachToPatient(qint64 messageId, qint64 patientId);

    // --- Engine (outbox, poller) ---
    // Inserts inside an open transaction (status, times and direction as given); bumps the data version.
    static Result<qint64> insertIn(QSqlDatabase &tx, const Message &message);
    static Status<> bumpVersionIn(QSqlDatabase &tx);
    // Runs one UPDATE in its own transaction, bumping the data version when rows changed; returns rows affected.
    Result<int> updateRows(const QString &sql, const QVariantList &binds);
    // messaging_state: small shared facts (last successful poll...), visible to every process.
    Result<QString> stateValue(const QString &name) const;
    Status<> setStateValue(const QString &name, const QString &value);
    // Emits MessageEvents for rows the caller changed (after its transaction committed).
    void notifyChanged(qint64 messageId, std::optional<qint64> patientId);
    void noteOwnWrite(); // a write by this process: don't report it as changedElsewhere

    // Derived display state: "sent" with no delivery receipt after AppSettings::noReceiptAfterHours().
    static bool isSentWithoutReceipt(const Message &message, const QDateTime &nowUtc);
    // Plain words for a status ("Delivered", "Sent, no delivery receipt", "Waiting to send", ...), translated.
    static QString statusText(const Message &message, const QDateTime &nowUtc);
    static bool isFinalStatus(const QString &status);

    static QString directionName(Message::Direction direction); // "inbound" / "outbound"
    static const QString &selectColumns();
    static Message messageFrom(const class QSqlQuery &query); // row of selectColumns()

private:
    Result<MessagePage> page(const QString &where, const QVariantList &binds, int limit,
                             const std::optional<MessageCursor> &before) const;

    std::shared_ptr<Database> m_database;
    QTimer *m_versionTimer = nullptr;
    qint64 m_lastSeenVersion = -1;
};

} // namespace cd

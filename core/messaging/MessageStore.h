#pragma once

#include "core/common/Result.h"
#include "core/messaging/Message.h"
#include "core/messaging/MessageChange.h"
#include "core/twilio/TwilioTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
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

// The messages of one write transaction: every change made through it is collected, and announced once after
// COMMIT (MessageStore::changed). Only MessageStore::write() makes one.
class MessageWrite
{
public:
    QSqlDatabase &sql() { return m_tx; } // for the audit row of the same transaction
    Result<qint64> insert(const Message &message);
    // No text to this patient yet that counts (failed and canceled ones do not): the first carries the opt-out line.
    Result<bool> isFirstOutbound(qint64 patientId);
    // One UPDATE on messages; the rows it changed are read back (RETURNING id, patient_id). Returns their number.
    Result<int> update(MessageChange::Kind kind, const QString &sql, const QVariantList &binds);
    // A conversation the transaction changed without a row of its own (rows that left the unmatched list).
    void touch(MessageChange::Kind kind, qint64 conversation) { m_change.add(kind, std::nullopt, conversation); }
    // An unmatched number whose summary must be rebuilt (its rows moved to a patient).
    void touchNumber(const QString &number) { m_numbers.insert(number); }
    const MessageChange &change() const { return m_change; }

private:
    friend class MessageStore;
    explicit MessageWrite(QSqlDatabase &tx) : m_tx(tx) {}
    void noteConversation(std::optional<qint64> patientId, bool inbound, const QString &fromNumber);
    QSqlDatabase &m_tx;
    MessageChange m_change;
    QSet<qint64> m_patients; // conversation summaries to rebuild before COMMIT
    QSet<QString> m_numbers;
};

// One message found by MessageStore::search.
struct SearchHit
{
    Message message;
    QString patientName; // empty for an unmatched sender
};

// The one owner of messages SQL: reads, staff actions and the engine's writes (outbox, poller). Every write
// transaction bumps a data-version counter and, after COMMIT, emits changed() once, on the writing thread;
// listeners in the GUI thread get it queued. One instance per process, shared by the GUI and the messaging thread
// (each thread uses its own database connection).
class MessageStore : public QObject
{
    Q_OBJECT
public:
    explicit MessageStore(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~MessageStore() override;
    static int liveInstances(); // for the one-store-per-process check

    std::shared_ptr<Database> database() const { return m_database; }

    // --- Reading (GUI, CLI) ---
    Result<Message> get(qint64 id) const;
    Result<std::optional<Message>> findBySid(const QString &sid) const;
    // The newest message queued for `purpose` / `purposeRef` (an appointment notification), if any.
    Result<std::optional<Message>> findByPurpose(const QString &purpose, const QString &purposeRef) const;
    // A patient's conversation, newest first, `limit` at a time; pass page.next to get older ones (fetchMore).
    Result<MessagePage> thread(qint64 patientId, int limit = 50, const std::optional<MessageCursor> &before = {}) const;
    // Inbound messages from numbers that match no patient, newest first.
    Result<MessagePage> unmatched(int limit = 50, const std::optional<MessageCursor> &before = {}) const;
    // Whole thread oldest first (CLI `messages`); patientId empty = the unmatched list.
    Result<QList<Message>> allMessages(std::optional<qint64> patientId) const;
    // Conversations ordered by their latest message, newest first (one row per patient, one per unmatched number).
    // A page of the summaries (MessageStoreSummaries.cpp), never a pass over the messages.
    Result<QList<ThreadSummary>> recentThreads(int limit = 200) const;
    // The same, only conversations with unread replies.
    Result<QList<ThreadSummary>> unreadThreads(int limit = 200) const;
    // Compares every summary with the messages it stands for (a full pass: for tests and checks). Returns one line
    // per conversation that differs; empty when all agree.
    Result<QStringList> verifySummaries() const;
    // Rebuilds every summary from the messages in one transaction (repair; the migration does the same once).
    Status<> rebuildSummaries();
    // Messages whose body contains every word of `text` (3+ characters each; any language, partial words), newest
    // first. SQLite: the FTS5 trigram index; PostgreSQL: a LIKE fallback.
    Result<QList<SearchHit>> search(const QString &text, int limit = 100) const;

    Result<bool> isFirstOutbound(qint64 patientId) const; // see MessageWrite::isFirstOutbound
    Result<QHash<qint64, int>> unreadCounts() const;      // patient id -> unread inbound (0 = unmatched)
    Result<int> unreadCount(qint64 patientId) const;
    Result<int> unmatchedCount() const;

    // Monotonic counter bumped by every write transaction from any process on this database.
    Result<qint64> dataVersion() const;
    // Starts a timer that polls dataVersion() and emits changed() with MessageChange::Elsewhere when another
    // process wrote (a scheduled `clinicdesk-cli sync`). The GUI calls it once.
    void watchDataVersion(int intervalMs = 2000);
    // The same check at once (another desk announced a change through the shared server's ChangeFeed).
    void checkForChangesElsewhere();
    // Another desk announced a change in one conversation (a patient id; 0: the unmatched list): changed() with
    // MessageChange::ElsewhereIn for it alone.
    void changedElsewhereIn(qint64 conversation);

    // --- Staff actions (audited) ---
    Status<> markThreadRead(qint64 patientId); // patientId 0 = the unmatched list
    Status<> markRead(qint64 messageId);
    // Moves an unmatched message, and every other unmatched message from the same number, into a patient's thread.
    Result<int> attachToPatient(qint64 messageId, qint64 patientId);
    // A reply from a number several patients share, filed under the wrong one: moved to `patientId`, who must have
    // that number (MessageStoreShared.cpp). Audited with both patients.
    Status<> moveSharedReply(qint64 messageId, qint64 patientId);
    // The other patients a shared-number reply could belong to: (id, "First Last"), by name.
    Result<QList<QPair<qint64, QString>>> sharedReplyCandidates(qint64 messageId) const;

    // --- Engine (outbox, poller) ---
    // Runs `work` in one write transaction; after COMMIT, what it changed is announced once (changed()).
    Status<> write(const std::function<Status<>(MessageWrite &)> &work);
    // One UPDATE in its own transaction (see MessageWrite::update); returns the rows changed.
    Result<int> update(MessageChange::Kind kind, const QString &sql, const QVariantList &binds);
    // Inserts inside a transaction the caller runs, bumping the data version, announcing nothing: for test
    // fixtures and bulk seeding, which stand for "another process".
    static Result<qint64> insertIn(QSqlDatabase &tx, const Message &message);
    // The same for many rows: each touched conversation's summary is rebuilt once, after the last row.
    static Result<QList<qint64>> insertAllIn(QSqlDatabase &tx, const QList<Message> &messages);
    // --- The outbox's rows (MessageStoreEngine.cpp): every state change is one guarded UPDATE ---
    struct ClaimedRow
    {
        qint64 id = 0;
        QString claimedBy;
        QDateTime claimedAt;
        std::optional<qint64> claimExpiresInMs; // on the database's clock; empty for claims made before it existed
    };
    // pending -> sending, only if still pending: the one process that wins sends it.
    // `claimedAtTwilio`: the same moment on Twilio's clock, when known (the window a lost answer is looked up in).
    // `claimLeaseMs`: how long the claim holds before another desk may take it over (settled by lookup, never sent
    // blindly again).
    Result<bool> claim(qint64 id, const QString &claimToken, const QDateTime &claimedAtTwilio = {},
                       qint64 claimLeaseMs = 600000);
    // What Twilio reports for a create (or a lookup that found it): sid, status, price... Only while sid is empty.
    Status<> recordAccepted(qint64 id, const TwilioMessage &remote);
    Status<> markFailed(qint64 id, std::optional<int> code, const QString &text, const QString &onlyIfStatus);
    // sending -> pending: the request was not processed (network down, rate limit); it goes out later by itself.
    Status<> releaseClaim(qint64 id, const QString &reason);
    // sending -> unknown: the answer was lost; it is looked up before anything is resent.
    Status<> markOutcomeUnknown(qint64 id);
    // unknown -> pending once the lookup proved it never reached Twilio.
    Result<bool> unknownBackToPending(qint64 id);
    // sending -> unknown for a row whose claimant is gone (only if `claimedBy` still holds it).
    Result<bool> markAbandoned(qint64 id, const QString &claimedBy);
    Result<QDateTime> claimedAt(qint64 id) const;
    Result<QList<ClaimedRow>> sendingRows() const;
    // Unknown rows, oldest first; with `dueBy`, only those whose own back-off (next_attempt_at) has passed.
    Result<QList<Message>> unknownOutbound(const QDateTime &dueBy = {}) const;
    // How the settling of an unknown row stands.
    struct SettleState
    {
        QDateTime claimedAt;       // this desk's clock
        QDateTime claimedAtTwilio; // Twilio's clock, when it was known at the claim
        int lookups = 0;           // lookups that did not find it since it became unknown
        int rowFailures = 0;       // consecutive failed requests for this row
    };
    Result<SettleState> settleState(qint64 id) const;
    // A lookup that did not find the row's message: counted; the next one not before `nextAt`.
    Status<> recordLookupMiss(qint64 id, const QDateTime &nextAt);
    // A request for this row failed: the row waits until `nextAt`, the others go on.
    Status<> recordRowFailure(qint64 id, const QDateTime &nextAt);
    // Pending rows due by `nowUtc` (no due time, or due; past their own back-off), oldest first; expired ones are
    // canceled first.
    Result<QList<qint64>> duePendingIds(const QDateTime &nowUtc, Channel channel);
    // A patient's texts that wait locally with a send time: canceled with `reason`.
    Result<int> cancelPendingScheduled(qint64 patientId, const QString &reason);
    // Chat texts still pending since before `cutoff` (and without an expiry of their own): held with `reason`, never
    // sent by themselves. Returns how many.
    Result<int> holdStaleChat(const QDateTime &cutoff, const QString &reason);
    // held -> pending, now with its own expiry (Send now).
    Result<bool> releaseHeld(qint64 id, const QDateTime &expiresAt);
    // Staff cancel a text that has not reached Twilio (pending, held, unknown): canceled with `reason`, audited.
    // False when it is no longer in one of those states (being sent right now, or already sent).
    Result<bool> cancelUnsent(qint64 id, const QString &reason);
    // A patient's texts scheduled at Twilio: (id, sid).
    Result<QList<QPair<qint64, QString>>> scheduledAtTwilio(qint64 patientId) const;
    Status<> setStatus(qint64 id, const QString &status);

    // --- The poller's rows ---
    Result<QSet<QString>> knownSids(const QStringList &sids) const;
    Result<QDateTime> newestInboundSentAt() const;
    // Stores a reply unless its sid is already there (checked in the same write transaction). True when new.
    Result<bool> storeInboundOnce(const Message &message);
    struct InFlight
    {
        qint64 id = 0;
        QString sid;
        QString status;
        std::optional<int> errorCode;
        QString price;
        QString from;
        QDateTime createdAt;
    };
    // Outbound texts still on their way (not final), created after `cutoff` and not scheduled for later.
    Result<QList<InFlight>> inFlight(const QDateTime &cutoff, const QDateTime &nowUtc) const;
    // Twilio's newer state for a row; false when nothing changed.
    Result<bool> applyRemoteStatus(qint64 id, const QString &oldStatus, const TwilioMessage &remote);
    // Replies stored before they were final (receiving, accepted, queued), created after `cutoff`, oldest first.
    struct Unfinished
    {
        qint64 id = 0;
        QString sid;
        QString status;
        QString body;
    };
    Result<QList<Unfinished>> unfinishedInbound(const QDateTime &cutoff, int limit) const;
    // Such a reply as Twilio reports it now (status, body, media count); false when another process was first.
    Result<bool> applyInboundFinal(qint64 id, const QString &oldStatus, const TwilioMessage &remote);

    // messaging_state: small shared facts (last successful poll...), visible to every process.
    Result<QString> stateValue(const QString &name) const;
    Status<> setStateValue(const QString &name, const QString &value);
    Status<> setStateValues(const QList<QPair<QString, QString>> &values); // in one transaction

    static QString directionName(Message::Direction direction); // "inbound" / "outbound"
    static const QString &selectColumns();
    static Message messageFrom(const class QSqlQuery &query); // row of selectColumns()

signals:
    void changed(const cd::MessageChange &change);

private:
    friend class MessageWrite;
    static Result<qint64> insertRow(QSqlDatabase &tx, const Message &message);
    // Rebuilds the summaries of these conversations inside the caller's transaction (indexed single-row reads).
    static Status<> refreshSummaries(QSqlDatabase &tx, const QSet<qint64> &patients, const QSet<QString> &numbers);
    Result<QList<ThreadSummary>> summaries(bool unreadOnly, int limit) const;
    static Status<> bumpVersionIn(QSqlDatabase &tx, const QSet<qint64> &conversations);
    Result<MessagePage> page(const QString &where, const QVariantList &binds, int limit,
                             const std::optional<MessageCursor> &before) const;

    std::shared_ptr<Database> m_database;
    QTimer *m_versionTimer = nullptr;
    qint64 m_lastSeenVersion = -1;
    std::atomic<qint64> m_ownWrites{0}; // write transactions of this process (any thread), for the watcher
    qint64 m_ownWritesSeen = 0;
};

} // namespace cd

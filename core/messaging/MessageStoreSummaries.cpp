// Conversation summaries (the `conversations` table: latest message and unread count per patient or unmatched
// number) and the history search. The summaries are rebuilt for the conversations a write transaction touched,
// inside that transaction, with indexed single-row reads; the lists read a page of them.
#include "core/messaging/MessageStore.h"

#include "core/storage/Database.h"

#include <QSqlQuery>


namespace cd {

namespace {

QString patientKey(qint64 patientId)
{
    return QStringLiteral("p:%1").arg(patientId);
}

QString numberKey(const QString &number)
{
    return QStringLiteral("n:") + number;
}

// selectColumns() with a table alias, for joins.
QString columnsOf(const QString &alias)
{
    QStringList columns = MessageStore::selectColumns().split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(alias + QLatin1Char('.'));
    return columns.join(QStringLiteral(", "));
}

struct Latest
{
    qint64 id = 0;
    QString createdAt;
    int unread = 0;
};

// Newest message (messages_by_thread / messages_by_number, one row) and unread count (messages_unread range).
Result<std::optional<Latest>> latestOf(QSqlDatabase &tx, const QString &where, const QVariantList &binds)
{
    auto last = Database::exec(
        tx, QStringLiteral("SELECT id, created_at FROM messages WHERE %1 ORDER BY created_at DESC, id DESC LIMIT 1")
                .arg(where),
        binds);
    if (!last)
        return last.error();
    if (!last->next())
        return std::optional<Latest>();
    Latest latest{last->value(0).toLongLong(), last->value(1).toString(), 0};
    last->finish();
    auto unread = Database::exec(
        tx, QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'inbound' AND read_at IS NULL AND %1")
                .arg(where),
        binds);
    if (!unread)
        return unread.error();
    latest.unread = unread->next() ? unread->value(0).toInt() : 0;
    return std::optional<Latest>(latest);
}

Status<> storeSummary(QSqlDatabase &tx, const QString &key, std::optional<qint64> patientId, const QString &number,
                      const std::optional<Latest> &latest)
{
    if (!latest) {
        auto gone = Database::exec(tx, QStringLiteral("DELETE FROM conversations WHERE conv_key = ?"), {key});
        if (!gone)
            return gone.error();
        return Ok{};
    }
    auto stored = Database::exec(
        tx,
        QStringLiteral("INSERT INTO conversations (conv_key, patient_id, from_number, last_message_id, last_at, unread) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conv_key) DO UPDATE SET last_message_id = "
                       "excluded.last_message_id, last_at = excluded.last_at, unread = excluded.unread"),
        {key, patientId ? QVariant(*patientId) : QVariant(QMetaType(QMetaType::LongLong)),
         patientId ? QVariant(QMetaType(QMetaType::QString)) : QVariant(number), latest->id, latest->createdAt,
         latest->unread});
    if (!stored)
        return stored.error();
    return Ok{};
}

const QString UnmatchedWhere = QStringLiteral("patient_id IS NULL AND direction = 'inbound'");

QPair<QString, QVariantList> numberWhere(const QString &number)
{
    if (number.isEmpty())
        return {UnmatchedWhere + QStringLiteral(" AND from_number IS NULL"), {}};
    return {QStringLiteral("from_number = ? AND ") + UnmatchedWhere, {number}};
}

} // namespace

Status<> MessageStore::refreshSummaries(QSqlDatabase &tx, const QSet<qint64> &patients, const QSet<QString> &numbers)
{
    for (qint64 patientId : patients) {
        auto latest = latestOf(tx, QStringLiteral("patient_id = ?"), {patientId});
        if (!latest)
            return latest.error();
        if (auto stored = storeSummary(tx, patientKey(patientId), patientId, {}, *latest); !stored)
            return stored;
    }
    for (const QString &number : numbers) {
        const auto [where, binds] = numberWhere(number);
        auto latest = latestOf(tx, where, binds);
        if (!latest)
            return latest.error();
        if (auto stored = storeSummary(tx, numberKey(number), std::nullopt, number, *latest); !stored)
            return stored;
    }
    return Ok{};
}

Result<QList<ThreadSummary>> MessageStore::summaries(bool unreadOnly, int limit) const
{
    // conversations_recent / conversations_unread walked backwards, then each message by its primary key.
    auto q = m_database->exec(
        QStringLiteral("SELECT %1, c.unread FROM conversations c JOIN messages m ON m.id = c.last_message_id%2 "
                       "ORDER BY c.last_at DESC, c.last_message_id DESC LIMIT %3")
            .arg(columnsOf(QStringLiteral("m")),
                 unreadOnly ? QStringLiteral(" WHERE c.unread > 0") : QString())
            .arg(std::clamp(limit, 1, 10000)));
    if (!q)
        return q.error();
    const int unreadColumn = int(selectColumns().count(QLatin1Char(','))) + 1;
    QList<ThreadSummary> list;
    while (q->next()) {
        ThreadSummary summary;
        summary.last = messageFrom(*q);
        summary.patientId = summary.last.patientId;
        summary.unread = q->value(unreadColumn).toInt();
        list.append(summary);
    }
    return list;
}

Result<QList<ThreadSummary>> MessageStore::recentThreads(int limit) const
{
    return summaries(false, limit);
}

Result<QList<ThreadSummary>> MessageStore::unreadThreads(int limit) const
{
    return summaries(true, limit);
}

Result<QHash<qint64, int>> MessageStore::unreadCounts() const
{
    // Only the conversations with unread replies (the partial index), not the messages.
    auto q = m_database->exec(QStringLiteral("SELECT patient_id, unread FROM conversations WHERE unread > 0"));
    if (!q)
        return q.error();
    QHash<qint64, int> counts;
    while (q->next())
        counts[q->value(0).isNull() ? 0 : q->value(0).toLongLong()] += q->value(1).toInt();
    return counts;
}

Result<int> MessageStore::unreadCount(qint64 patientId) const
{
    // 0: the unmatched list (every unmatched number with unread replies).
    auto q = patientId == 0
                 ? m_database->exec(QStringLiteral("SELECT COALESCE(SUM(unread), 0) FROM conversations WHERE unread > 0 "
                                                   "AND patient_id IS NULL"))
                 : m_database->exec(QStringLiteral("SELECT unread FROM conversations WHERE conv_key = ?"),
                                    {patientKey(patientId)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QStringList> MessageStore::verifySummaries() const
{
    // What the summaries should be, from the messages (the migration's query), against what they are.
    const QString expected =
        QStringLiteral("SELECT CASE WHEN patient_id IS NULL THEN 'n:' || COALESCE(from_number, '') ELSE 'p:' || "
                       "CAST(patient_id AS TEXT) END AS conv_key, id, created_at,"
                       " SUM(CASE WHEN direction = 'inbound' AND read_at IS NULL THEN 1 ELSE 0 END) OVER w AS unread,"
                       " ROW_NUMBER() OVER (w ORDER BY created_at DESC, id DESC) AS position"
                       " FROM messages WHERE patient_id IS NOT NULL OR direction = 'inbound'"
                       " WINDOW w AS (PARTITION BY patient_id, CASE WHEN patient_id IS NULL THEN"
                       " COALESCE(from_number, '') END)");
    auto q = m_database->exec(
        QStringLiteral("SELECT e.conv_key, e.id, e.unread, c.conv_key, c.last_message_id, c.unread FROM (%1) e "
                       "LEFT JOIN conversations c ON c.conv_key = e.conv_key WHERE e.position = 1 "
                       "UNION ALL SELECT NULL, NULL, NULL, c.conv_key, c.last_message_id, c.unread FROM "
                       "conversations c WHERE c.conv_key NOT IN (SELECT conv_key FROM (%1) e2)")
            .arg(expected));
    if (!q)
        return q.error();
    QStringList differences;
    while (q->next()) {
        const QString key = q->value(0).isNull() ? q->value(3).toString() : q->value(0).toString();
        if (q->value(0).isNull()) {
            differences << QStringLiteral("%1: summary of a conversation without messages").arg(key);
        } else if (q->value(3).isNull()) {
            differences << QStringLiteral("%1: no summary").arg(key);
        } else if (q->value(1).toLongLong() != q->value(4).toLongLong() || q->value(2).toInt() != q->value(5).toInt()) {
            differences << QStringLiteral("%1: latest %2 unread %3, summary says latest %4 unread %5")
                               .arg(key)
                               .arg(q->value(1).toLongLong())
                               .arg(q->value(2).toInt())
                               .arg(q->value(4).toLongLong())
                               .arg(q->value(5).toInt());
        }
    }
    return differences;
}

Status<> MessageStore::rebuildSummaries()
{
    return m_database->write([](QSqlDatabase &tx) -> Status<> {
        auto cleared = Database::exec(tx, QStringLiteral("DELETE FROM conversations"));
        if (!cleared)
            return cleared.error();
        QSet<qint64> patients;
        QSet<QString> numbers;
        {
            auto keys = Database::exec(tx, QStringLiteral("SELECT DISTINCT patient_id, from_number, direction FROM "
                                                          "messages"));
            if (!keys)
                return keys.error();
            while (keys->next()) {
                if (!keys->value(0).isNull())
                    patients.insert(keys->value(0).toLongLong());
                else if (keys->value(2).toString() == QLatin1String("inbound"))
                    numbers.insert(keys->value(1).toString());
            }
        }
        return refreshSummaries(tx, patients, numbers);
    });
}

Result<QList<SearchHit>> MessageStore::search(const QString &text, int limit) const
{
    // Words of 3+ characters: the trigram index cannot answer shorter ones without reading every message.
    QStringList words;
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.size() >= 3)
            words << part;
    }
    if (words.isEmpty())
        return makeError(QStringLiteral("search.too-short"),
                         tr("Type at least 3 letters or digits to search the messages."));
    limit = std::clamp(limit, 1, 1000);
    QString sql;
    QVariantList binds;
    const QString columns = columnsOf(QStringLiteral("m"));
    if (m_database->backend() == Database::Backend::Sqlite) {
        // Each word as a quoted phrase (no FTS syntax from the user); newest first by rowid, which FTS5 walks
        // backwards without sorting the matches.
        QStringList phrases;
        for (QString word : std::as_const(words))
            phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        sql = QStringLiteral("SELECT %1, p.first_name, p.last_name FROM (SELECT rowid AS hit FROM messages_fts WHERE "
                             "messages_fts MATCH ? ORDER BY rowid DESC LIMIT %2) f JOIN messages m ON m.id = f.hit "
                             "LEFT JOIN patients p ON p.id = m.patient_id ORDER BY m.id DESC")
                  .arg(columns)
                  .arg(limit);
        binds << phrases.join(QLatin1Char(' '));
    } else {
        QStringList likes;
        for (QString word : std::as_const(words)) {
            word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            likes << QStringLiteral("m.body ILIKE ? ESCAPE '\\'");
            binds << QVariant(QLatin1Char('%') + word + QLatin1Char('%'));
        }
        sql = QStringLiteral("SELECT %1, p.first_name, p.last_name FROM messages m LEFT JOIN patients p ON p.id = "
                             "m.patient_id WHERE %2 ORDER BY m.id DESC LIMIT %3")
                  .arg(columns, likes.join(QStringLiteral(" AND ")))
                  .arg(limit);
    }
    auto q = m_database->exec(sql, binds);
    if (!q)
        return q.error();
    const int nameColumn = int(selectColumns().count(QLatin1Char(','))) + 1;
    QList<SearchHit> hits;
    while (q->next()) {
        SearchHit hit;
        hit.message = messageFrom(*q);
        if (!q->value(nameColumn).isNull())
            hit.patientName = QStringLiteral("%1 %2").arg(q->value(nameColumn).toString(),
                                                          q->value(nameColumn + 1).toString());
        hits.append(hit);
    }
    return hits;
}

} // namespace cd

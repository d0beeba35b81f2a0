#include "core/storage/DatabaseCopier.h"

#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlRecord>

#include <array>
#include <cstring>

Q_LOGGING_CATEGORY(lcCopier, "clinicdesk.copier")

namespace cd {

namespace {

constexpr int RowsPerStatement = 200;
constexpr int RowsPerRead = 5000;

// One value as text, identical for SQLite and PostgreSQL (both come through Qt as the same QVariant types).
QByteArray canonical(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    if (value.typeId() == QMetaType::Double)
        return QByteArray::number(value.toDouble(), 'g', 17);
    return value.toString().toUtf8();
}

Result<QStringList> columnsOf(Database &sqlite, const QString &table)
{
    auto info = sqlite.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!info)
        return info.error();
    QStringList columns;
    while (info->next())
        columns << info->value(0).toString();
    return columns;
}

Result<qint64> countRows(Database &database, const QString &table)
{
    auto count = database.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!count)
        return count.error();
    return count->next() ? count->value(0).toLongLong() : qint64(0);
}

// The key rows are read in: the id where there is one (every table but a few small ones keyed by name).
QString orderOf(const QStringList &columns)
{
    return columns.contains(QLatin1String("id")) ? QStringLiteral("id") : columns.join(QLatin1Char(','));
}

} // namespace

Result<QStringList> DatabaseCopier::tablesOf(Database &sqlite)
{
    // Creation order: a table referenced by a foreign key was made by an earlier migration.
    auto tables = sqlite.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
        "'messages_fts%' AND name <> 'schema_version' ORDER BY rowid"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    return names;
}

Result<DatabaseCopier::TableReport> DatabaseCopier::summarize(Database &database, const QString &table,
                                                              const QStringList &columns, const Progress &progress)
{
    TableReport report;
    report.table = table;
    auto total = countRows(database, table);
    if (!total)
        return total.error();
    // Each row hashed on its own and the hashes added up: the sum does not depend on the order rows come in, which
    // differs between engines (text collations), and any changed, lost or extra row changes it.
    std::array<quint64, 4> sum{};
    auto rows = database.exec(
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    if (!rows)
        return rows.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (rows->next()) {
        hash.reset();
        for (int i = 0; i < columns.size(); ++i) {
            hash.addData(canonical(rows->value(i)));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        const QByteArray digest = hash.result();
        for (int part = 0; part < 4; ++part) {
            quint64 word = 0;
            std::memcpy(&word, digest.constData() + part * 8, 8);
            sum[size_t(part)] += word;
        }
        if (++report.rows % RowsPerRead == 0 && progress)
            progress(table, report.rows, *total);
    }
    report.checksum = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(sum.data()), int(sizeof(sum))).toHex());
    return report;
}

Result<QList<DatabaseCopier::TableReport>> DatabaseCopier::copy(Database &from, Database &to, const Progress &progress)
{
    auto tables = tablesOf(from);
    if (!tables)
        return tables.error();
    // Never over a clinic's data: the migrations' own rows (the version counter) are all an empty server holds.
    for (const QString &table : std::as_const(*tables)) {
        if (table == QLatin1String("messages_version"))
            continue;
        auto rows = countRows(to, table);
        if (!rows)
            return rows.error();
        if (*rows > 0) {
            return makeError(QStringLiteral("db.target-not-empty"),
                             tr("The database %1 already holds data (%2 rows in %3). Nothing was copied: the move "
                                "goes only into an empty database, so that no clinic's records are overwritten.")
                                 .arg(to.location())
                                 .arg(*rows)
                                 .arg(table));
        }
    }

    QHash<QString, QStringList> columnsByTable;
    // One long transaction that waits on the SQLite reads between its batches: not a stuck desk (Database).
    if (to.backend() == Database::Backend::Postgres)
        (void)to.exec(QStringLiteral("SET idle_in_transaction_session_timeout = 0"));
    auto written = to.write([&](QSqlDatabase &tx) -> Status<> {
        for (const QString &table : std::as_const(*tables)) {
            auto columns = columnsOf(from, table);
            if (!columns)
                return columns.error();
            columnsByTable.insert(table, *columns);
            auto total = countRows(from, table);
            if (!total)
                return total.error();
            if (table == QLatin1String("messages_version")) { // the migrations' one row, replaced by the original's
                if (auto cleared = Database::exec(tx, QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
                    return cleared.error();
            }
            const QString rowPlaceholders =
                QLatin1Char('(') + QStringList(columns->size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                QLatin1Char(')');
            const QString insertHead =
                QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns->join(QStringLiteral(", ")));
            auto source = from.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                        .arg(columns->join(QStringLiteral(", ")), table, orderOf(*columns)));
            if (!source)
                return source.error();
            QVariantList binds;
            int pending = 0;
            qint64 done = 0;
            const auto flush = [&]() -> Status<> {
                if (pending == 0)
                    return Ok{};
                QStringList values(pending, rowPlaceholders);
                auto inserted = Database::exec(tx, insertHead + values.join(QLatin1Char(',')), binds);
                binds.clear();
                pending = 0;
                if (!inserted)
                    return inserted.error();
                return Ok{};
            };
            while (source->next()) {
                for (int i = 0; i < columns->size(); ++i)
                    binds << source->value(i);
                ++done;
                if (++pending == RowsPerStatement) {
                    if (auto flushed = flush(); !flushed)
                        return flushed;
                }
                if (progress && done % RowsPerRead == 0)
                    progress(table, done, *total);
            }
            if (auto flushed = flush(); !flushed)
                return flushed;
            if (progress)
                progress(table, done, *total);
            // The server's key counters continue after the copied ids.
            if (columns->contains(QLatin1String("id"))) {
                auto reset = Database::exec(
                    tx, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) "
                                       "FROM %1), 0) + 1, false) WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL")
                            .arg(table));
                if (!reset)
                    return reset.error();
            }
        }
        return Ok{};
    });
    if (!written)
        return written.error();

    // Read back from both sides: the same rows, in the same order, hash the same.
    QList<TableReport> reports;
    for (const QString &table : std::as_const(*tables)) {
        const QStringList columns = columnsByTable.value(table);
        auto mine = summarize(from, table, columns);
        if (!mine)
            return mine.error();
        auto theirs = summarize(to, table, columns, progress);
        if (!theirs)
            return theirs.error();
        if (mine->rows != theirs->rows || mine->checksum != theirs->checksum) {
            return makeError(QStringLiteral("db.copy-mismatch"),
                             tr("The copy of %1 does not match the original (%2 rows here, %3 there). Do not use the "
                                "server's copy; report this to support with both databases.")
                                 .arg(table)
                                 .arg(mine->rows)
                                 .arg(theirs->rows));
        }
        reports << *mine;
        qCInfo(lcCopier) << "verified" << table << mine->rows << "rows";
    }
    return reports;
}

} // namespace cd

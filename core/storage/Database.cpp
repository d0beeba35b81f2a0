#include "core/storage/Database.h"

#include "core/common/Clock.h"
#include "core/security/OwnerOnlyFiles.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaUpgrade.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <limits>

Q_LOGGING_CATEGORY(lcStorage, "clinicdesk.storage")

namespace cd {

namespace {

QString describe(const QSqlError &error)
{
    // libpq's messages span lines ("...failed: refused\n\tIs the server running..."): one line reads better.
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

// A non-empty file that does not start with SQLite's magic is not ours: refuse before the driver touches it.
Status<> checkSqliteHeader(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Ok{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("db.unreadable"),
                         Database::tr("Cannot read the database file %1: %2. Check that the file exists and that "
                                      "your account may read and write it.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        return makeError(QStringLiteral("db.corrupt"),
                         Database::tr("The file %1 is not a ClinicDesk database or is damaged. It was left untouched; "
                                      "restore it from a backup or choose another data directory.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return Ok{};
}

// A number no other thread of this process ever gets: a thread's address can be reused by a later thread, which
// would then inherit a connection it did not open.
// The advisory lock every writer takes on PostgreSQL (scoped to this database by the server).
constexpr qint64 WriterLockKey = 0x436c696e69634465; // "ClinicDe"

quint64 threadSerial()
{
    static std::atomic<quint64> next{1};
    thread_local const quint64 serial = next++;
    return serial;
}

} // namespace

Database::Database(Backend backend, QString location)
    : m_backend(backend), m_location(std::move(location)),
      m_connectionPrefix(QStringLiteral("clinicdesk-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{
}

Database::~Database()
{
    // Only the creating thread's connection can be closed safely here; others close with their threads.
    const QString name = m_connectionPrefix + QStringLiteral("-%1").arg(threadSerial());
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().isEmpty() ? 0 : schemaMigrations().constLast().version;
}

Result<std::shared_ptr<Database>> Database::openSqlite(const QString &filePath, IntegrityCheck check,
                                                       LongUpgrade longUpgrade)
{
    const QFileInfo info(filePath);
    // Owner-only from the first byte: the folder, the file, its WAL and SHM (SQLite gives those the file's mode).
    const ScopedOwnerOnlyUmask ownerOnly;
    if (!OwnerOnlyFiles::makeDataFolder(info.absolutePath())) {
        return makeError(QStringLiteral("db.no-directory"),
                         tr("Cannot create the data directory %1. Choose a directory you can write to "
                            "(--data-dir or CLINICDESK_DATA_DIR).")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (auto header = checkSqliteHeader(filePath); !header)
        return header.error();
    if (info.exists() && !info.isWritable()) {
        return makeError(QStringLiteral("db.read-only"),
                         tr("The database file %1 is read-only. Ask IT to give your account write access.")
                             .arg(QDir::toNativeSeparators(filePath)));
    }

    OwnerOnlyFiles::tighten(info.absolutePath()); // installs made before the rule
    std::shared_ptr<Database> database(new Database(Backend::Sqlite, info.absoluteFilePath()));
    database->m_target = DatabaseTarget::sqlite(info.absoluteFilePath());
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        return makeError(
            QStringLiteral("db.open-failed"),
            tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(filePath), describe(db.lastError())));
    }
    // Two processes creating a new file at once can meet SQLite's deadlock guard (both switching it to WAL, or a
    // read that must become a write): SQLite then answers "database is locked" at once, without waiting. Nothing was
    // written by the failed attempt, so it is safe to look again after the other process is done.
    for (int attempt = 1;; ++attempt) {
        auto migrated = database->migrate(check, longUpgrade);
        if (migrated)
            break;
        if (attempt >= 20 || !migrated.error().message.contains(QLatin1String("database is locked")))
            return migrated.error();
        qCInfo(lcStorage) << "the database is being set up by another process; trying again, attempt" << attempt;
        QThread::msleep(50 * attempt);
    }
    OwnerOnlyFiles::tighten(info.absolutePath()); // the WAL and SHM the first connection just made
    return database;
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseTarget &target, IntegrityCheck check,
                                                 LongUpgrade longUpgrade)
{
    return target.isPostgres() ? openPostgres(target.postgres) : openSqlite(target.sqliteFile, check, longUpgrade);
}

Status<> Database::checkIntegrity() const
{
    if (m_backend != Backend::Sqlite)
        return Ok{};
    QSqlDatabase db = connection();
    return quickCheck(db, m_location);
}

void Database::closeThreadConnection() const
{
    const QString name = m_connectionPrefix + QStringLiteral("-%1").arg(threadSerial());
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<Database>> Database::openPostgres(const PostgresTarget &target)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(QStringLiteral("db.no-driver"),
                         tr("This installation cannot reach a PostgreSQL server: the Qt PostgreSQL driver is missing. "
                            "Ask IT to install it (Debian/Ubuntu: libqt6sql6-psql)."));
    }
    std::shared_ptr<Database> database(new Database(Backend::Postgres, target.displayUrl()));
    database->m_target = DatabaseTarget::server(target);
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        return makeError(QStringLiteral("db.unreachable"),
                         tr("Cannot connect to the clinic database %1: %2. Check the address, that the server is "
                            "running, the password in the keychain, and the CA file for TLS.")
                             .arg(target.displayUrl(), describe(db.lastError())));
    }
    if (auto ours = database->checkPostgresIsOurs(db); !ours)
        return ours.error();
    database->m_validated = true;
    auto current = database->storedSchemaVersion(db);
    if (!current)
        return current.error();
    // Another desk may be upgrading a large database right now (minutes at a million messages): wait for it rather
    // than give up after the usual 15 s, then check again under the lock (applyMigrations).
    (void)exec(db, QStringLiteral("SET lock_timeout = 0"));
    auto migrated = database->applyMigrations(*current);
    (void)exec(db, QStringLiteral("SET lock_timeout = '15s'"));
    if (!migrated)
        return migrated.error();
    return database;
}

Status<> Database::checkPostgresIsOurs(QSqlDatabase &db) const
{
    // A database with tables but without ours is another program's: refuse it before writing anything.
    auto tables = exec(db, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE tablename = 'schema_version') "
                                          "FROM pg_tables WHERE schemaname = current_schema()"));
    if (!tables)
        return tables.error();
    const bool hasTables = tables->next() && tables->value(0).toInt() > 0;
    const bool ours = tables->value(1).toInt() > 0;
    if (hasTables && !ours) {
        return makeError(QStringLiteral("db.corrupt"),
                         tr("The database %1 already holds tables of another program. Nothing was changed; create an "
                            "empty database for ClinicDesk (see the README, \"Shared clinic database\").")
                             .arg(m_location));
    }
    return Ok{};
}

namespace {
// Every server session: UTC, and bounded waits. A desk that stops inside a transaction (a process hung in the
// debugger, a laptop closed mid-write) would otherwise hold the writers' lock for every desk: the server ends such a
// session after a minute, and a writer waits at most 15 s for the lock before it reports why.
void setUpServerSession(QSqlDatabase &db)
{
    for (const char *setting :
         {"SET TIME ZONE 'UTC'", "SET lock_timeout = '15s'", "SET idle_in_transaction_session_timeout = '60s'"})
        (void)Database::exec(db, QString::fromLatin1(setting));
}
} // namespace

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QStringLiteral("-%1").arg(threadSerial());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A SQLite connection someone closed (a restore, a test) opens again as before.
        if (!db.isOpen() && m_backend == Backend::Sqlite) {
            if (db.open() && m_validated) {
                if (auto configured = configureConnection(db); !configured)
                    qCWarning(lcStorage).noquote() << configured.error().message;
            }
            return db;
        }
        // A server connection that dropped stays closed (Qt never reopens it): open it again for the next query.
        if (!db.isOpen() && m_backend == Backend::Postgres) {
            db.close(); // clears what the dropped connection listened to: the owner subscribes again
            if (db.open())
                setUpServerSession(db);
            else
                qCWarning(lcStorage) << "cannot reconnect to" << m_location << describe(db.lastError());
        }
        return db;
    }

    if (m_backend == Backend::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const PostgresTarget &pg = m_target.postgres;
        db.setHostName(pg.host);
        db.setPort(pg.port);
        db.setDatabaseName(pg.database);
        db.setUserName(pg.user);
        db.setPassword(pg.password);
        db.setConnectOptions(pg.connectOptions());
        if (!db.open())
            qCWarning(lcStorage) << "cannot connect to" << m_location << describe(db.lastError());
        else
            setUpServerSession(db);
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_location);
    // Another desk process (the CLI beside the GUI) may hold the write lock for a moment: wait, don't fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_location << describe(db.lastError());
        return db;
    }
    // Per-connection settings; only once the file is known to be ours (see migrate()).
    if (m_validated) {
        if (auto configured = configureConnection(db); !configured)
            qCWarning(lcStorage).noquote() << configured.error().message;
    }
    return db;
}

Status<> Database::configureConnection(QSqlDatabase &db) const
{
    // Durability first: a message a desk typed must survive a power cut (NORMAL may lose the last commits). A pragma
    // SQLite does not apply fails silently, so each one is read back. On macOS fsync() does not reach the platter:
    // fullfsync does.
    // secure_delete: deleted patient data is overwritten with zeros, not left readable in free pages.
    struct Setting
    {
        QString name;
        QString value;
        QString expected;
    };
    QList<Setting> settings{{QStringLiteral("synchronous"), QStringLiteral("FULL"), QStringLiteral("2")},
                            {QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1")},
                            {QStringLiteral("secure_delete"), QStringLiteral("ON"), QStringLiteral("1")}};
#ifdef Q_OS_MACOS
    settings.append({QStringLiteral("fullfsync"), QStringLiteral("ON"), QStringLiteral("1")});
#endif
    for (const Setting &setting : std::as_const(settings)) {
        if (auto done = exec(db, QStringLiteral("PRAGMA %1=%2").arg(setting.name, setting.value)); !done)
            return done.error();
        if (auto value = pragmaValue(db, setting.name); !value || *value != setting.expected) {
            return makeError(QStringLiteral("db.pragma"),
                             tr("The database %1 did not accept the setting %2=%3 (it reports \"%4\").")
                                 .arg(QDir::toNativeSeparators(m_location), setting.name, setting.value,
                                      value ? *value : value.error().message));
        }
    }
    return Ok{};
}

Result<QString> Database::pragmaValue(QSqlDatabase &db, const QString &name)
{
    auto query = exec(db, QStringLiteral("PRAGMA %1").arg(name));
    if (!query)
        return query.error();
    const QString value = query->next() ? query->value(0).toString() : QString();
    query->finish();
    return value;
}

Status<> Database::quickCheck(QSqlDatabase &db, const QString &location)
{
    // quick_check reads every page but skips the slow index cross-checks: fine at every start.
    auto query = exec(db, QStringLiteral("PRAGMA quick_check"));
    QStringList problems;
    if (!query) // SQLITE_CORRUPT before the check could even list what is wrong
        problems << query.error().message;
    while (query && query->next() && problems.size() < 5)
        problems << query->value(0).toString();
    if (query)
        query->finish();
    if (problems == QStringList{QStringLiteral("ok")})
        return Ok{};
    return makeError(QStringLiteral("db.damaged"),
                     tr("The database %1 is damaged (%2). Nothing was changed. Restore the latest backup from the "
                        "\"backups\" folder beside it (clinicdesk-cli db restore FILE), or call IT.")
                         .arg(QDir::toNativeSeparators(location), problems.join(QStringLiteral("; "))));
}

Status<> Database::migrate(IntegrityCheck check, LongUpgrade longUpgrade)
{
    QSqlDatabase db = connection();
    // Read before any write, so that a foreign or damaged file is refused untouched.
    if (auto probe = exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe) {
        db.close();
        return makeError(QStringLiteral("db.corrupt"),
                         tr("The file %1 is not a ClinicDesk database or is damaged (%2). It was left untouched; "
                            "restore it from a backup or choose another data directory.")
                             .arg(QDir::toNativeSeparators(m_location), probe.error().message));
    }

    if (check == IntegrityCheck::BeforeOpen) {
        if (auto checked = quickCheck(db, m_location); !checked) {
            db.close();
            return checked;
        }
    }

    auto readVersion = storedSchemaVersion(db);
    if (!readVersion)
        return readVersion.error();
    const int current = *readVersion;
    if (current > latestSchemaVersion()) {
        return applyMigrations(current); // refuses, writing nothing
    }
    // (Version 0 is a new file: no messages table yet, nothing to go over.)
    if (longUpgrade == LongUpgrade::Refuse && current > 0 && current < latestSchemaVersion()) {
        SchemaUpgrade upgrade{current, latestSchemaVersion(), 0};
        if (auto highest = exec(db, QStringLiteral("SELECT MAX(id) FROM messages")); highest && highest->next())
            upgrade.messages = highest->value(0).toLongLong();
        if (upgrade.isLong()) {
            return makeError(QStringLiteral("db.long-upgrade"),
                             tr("The message history in %1 needs a one-time update before it opens (about %n "
                                "message(s)).",
                                nullptr, int(qMin<qint64>(upgrade.messages, std::numeric_limits<int>::max())))
                                 .arg(QDir::toNativeSeparators(m_location)));
        }
    }

    // These change the file, so they come only after the checks above. WAL lets the GUI read while the CLI writes.
    // SQLite answers with the mode it is really in (a file system without shared memory keeps "delete").
    if (auto wal = exec(db, QStringLiteral("PRAGMA journal_mode=WAL")); !wal) {
        return wal.error();
    } else {
        const QString mode = wal->next() ? wal->value(0).toString() : QString();
        wal->finish();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(QStringLiteral("db.pragma"),
                             tr("The database %1 cannot use write-ahead logging here (journal mode \"%2\"). Keep the "
                                "data folder on a local disk.")
                                 .arg(QDir::toNativeSeparators(m_location), mode));
    }
    m_validated = true;
    if (auto configured = configureConnection(db); !configured)
        return configured;
    return applyMigrations(current);
}

Status<> Database::applyMigrations(int current)
{
    if (current > latestSchemaVersion()) {
        return makeError(QStringLiteral("db.too-new"),
                         tr("The database %1 was written by a newer version of ClinicDesk (schema %2; this version "
                            "understands up to %3). Nothing was changed. Install the newer ClinicDesk to open it.")
                             .arg(QDir::toNativeSeparators(m_location))
                             .arg(current)
                             .arg(latestSchemaVersion()));
    }

    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        bool appliedElsewhere = false;
        auto applied = write([&](QSqlDatabase &tx) -> Status<> {
            // Two processes opening a new database at once: the second one finds the work done under the lock.
            auto now = storedSchemaVersion(tx);
            if (!now)
                return now.error();
            if (*now >= migration.version) {
                appliedElsewhere = true;
                return Ok{};
            }
            if (migration.version == 1) {
                if (auto created = exec(tx, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                                                           "applied_at TEXT NOT NULL, app_version TEXT NOT NULL)"));
                    !created)
                    return created.error();
            }
            for (const QString &statement : migration.statements) {
                if (auto done = exec(tx, dialect(statement)); !done)
                    return done.error();
            }
            auto recorded =
                exec(tx,
                     QStringLiteral("INSERT INTO schema_version (version, applied_at, app_version) "
                                    "VALUES (?, ?, ?)"),
                     {migration.version, toDbTime(Clock::instance().nowUtc()), QStringLiteral(CLINICDESK_VERSION)});
            if (!recorded)
                return recorded.error();
            return Ok{};
        });
        if (!applied) {
            return makeError(QStringLiteral("db.migration-failed"),
                             tr("Updating the database %1 to schema %2 (%3) failed and was rolled back: %4")
                                 .arg(QDir::toNativeSeparators(m_location))
                                 .arg(migration.version)
                                 .arg(migration.description, applied.error().message));
        }
        if (!appliedElsewhere)
            qCInfo(lcStorage) << "migrated" << m_location << "to schema" << migration.version;
    }
    return Ok{};
}

Result<int> Database::storedSchemaVersion(QSqlDatabase &db) const
{
    // Each read in its own scope: an unfinished SELECT keeps a read transaction open, and SQLite refuses to switch
    // to WAL inside one.
    auto hasTable = exec(db,
                         m_backend == Backend::Sqlite
                             ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
                             : QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                              "AND tablename = ?"),
                         {QStringLiteral("schema_version")});
    if (!hasTable)
        return hasTable.error();
    const bool versioned = hasTable->next() && hasTable->value(0).toInt() > 0;
    hasTable->finish();
    if (!versioned)
        return 0;
    auto version = exec(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version)
        return version.error();
    const int current = version->next() ? version->value(0).toInt() : 0;
    version->finish();
    return current;
}

int Database::schemaVersion() const
{
    auto version = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return version && version->next() ? version->value(0).toInt() : 0;
}

namespace {
// Per thread: a poller's fence never applies to a send the window makes at the same moment on another thread.
thread_local const Database *t_fencedDatabase = nullptr;
thread_local Database::WriteFence t_fence;
} // namespace

Database::FencedWrites::FencedWrites(const Database &database, WriteFence fence)
    : m_previousDatabase(t_fencedDatabase), m_previousFence(std::move(t_fence))
{
    t_fencedDatabase = &database;
    t_fence = std::move(fence);
}

Database::FencedWrites::~FencedWrites()
{
    t_fencedDatabase = m_previousDatabase;
    t_fence = std::move(m_previousFence);
}

Status<> Database::write(const std::function<Status<>(QSqlDatabase &)> &work) const
{
    QSqlDatabase db = connection();
    const QString begin = m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto started = exec(db, begin); !started)
        return started.error();
    if (m_backend == Backend::Postgres) {
        // One writer at a time, as SQLite's BEGIN IMMEDIATE: every read-then-write check (a claim, a dedup, the
        // audit chain) stays true until COMMIT on every desk. Released by COMMIT/ROLLBACK, so a pooler or a dead
        // desk never keeps it. Writes are a few milliseconds each; the wait is short.
        if (auto locked = exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLockKey)); !locked) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            if (locked.error().message.contains(QLatin1String("lock timeout")))
                return makeError(QStringLiteral("db.busy"),
                                 tr("Another desk has kept the clinic database busy for 15 seconds, so nothing was "
                                    "saved. Try again in a moment; if it keeps happening, tell IT (the server shows "
                                    "which computer holds it)."));
            return locked.error();
        }
    }
    // Checked inside the transaction, after the writers' lock: nobody can take the lease between check and COMMIT.
    Status<> result = t_fencedDatabase == this && t_fence ? t_fence(db) : Status<>(Ok{});
    if (result)
        result = work(db);
    if (!result) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto committed = exec(db, QStringLiteral("COMMIT")); !committed) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return committed.error();
    }
    return Ok{};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlDatabase db = connection();
    return exec(db, sql, binds);
}

namespace {
std::atomic<bool> observing{false};
QMutex observerLock;
Database::QueryObserver &queryObserver()
{
    static Database::QueryObserver observer;
    return observer;
}
} // namespace

void Database::setQueryObserver(QueryObserver observer)
{
    QMutexLocker lock(&observerLock);
    queryObserver() = std::move(observer);
    observing = bool(queryObserver());
}

Result<QSqlQuery> Database::exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (observing) {
        QMutexLocker lock(&observerLock);
        if (queryObserver())
            queryObserver()(sql, binds);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : binds)
                query.addBindValue(value);
            ok = query.exec();
        }
    }
    if (!ok) {
        qCDebug(lcStorage).noquote() << "SQL failed:" << describe(query.lastError()) << "in" << sql.left(120);
        // Qt reports a dropped server connection as a failure with no text at all.
        if (db.driverName() == QLatin1String("QPSQL") && !db.isOpen())
            return makeError(QStringLiteral("db.offline"),
                             tr("The connection to the clinic database was lost. ClinicDesk keeps trying; what you "
                                "typed is kept."));
        // SQLITE_FULL (13): the change was rolled back whole; what was stored before is intact.
        if (query.lastError().nativeErrorCode() == QLatin1String("13"))
            return makeError(QStringLiteral("db.full"),
                             tr("The disk holding the database %1 is full: this change was not saved (everything "
                                "saved before is safe). Free some space, then try again.")
                                 .arg(QDir::toNativeSeparators(db.databaseName())));
        return makeError(QStringLiteral("db.sql"), tr("Database error: %1").arg(describe(query.lastError())));
    }
    return query;
}

QString Database::senderTag(const QString &connectionPrefix)
{
    return QStringLiteral("%1.%2").arg(QCoreApplication::applicationPid()).arg(connectionPrefix);
}

Status<> Database::announce(QSqlDatabase &tx, const QString &topic, qint64 id)
{
    if (tx.driverName() != QLatin1String("QPSQL"))
        return Ok{};
    // "topic:id:sender": the sender lets this Database's own ChangeFeed skip what its other threads wrote (those
    // changes are already announced in-process; Qt only tells apart notifications of the listening connection).
    const QString sender = senderTag(tx.connectionName().section(QLatin1Char('-'), 0, 1));
    auto sent = exec(tx, QStringLiteral("SELECT pg_notify('clinicdesk_changes', ?)"),
                     {QStringLiteral("%1:%2:%3").arg(topic).arg(id).arg(sender)});
    if (!sent)
        return sent.error();
    return Ok{};
}

Result<qint64> Database::insertReturningId(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    // PostgreSQL reports the new key only through RETURNING (its driver has no lastInsertId without OIDs).
    const bool returning = db.driverName() == QLatin1String("QPSQL");
    auto inserted = exec(db, returning ? sql + QStringLiteral(" RETURNING id") : sql, binds);
    if (!inserted)
        return inserted.error();
    if (returning)
        return inserted->next() ? inserted->value(0).toLongLong() : qint64(0);
    return inserted->lastInsertId().toLongLong();
}

QString Database::dialectFor(Backend backend, QString sql)
{
    // A statement only one backend understands (triggers): the other runs a no-op in its place.
    const bool sqlite = backend == Backend::Sqlite;
    for (const auto &[token, mine] :
         {std::pair{QStringLiteral("{{sqlite}}"), sqlite}, std::pair{QStringLiteral("{{postgres}}"), !sqlite}}) {
        if (sql.startsWith(token))
            return mine ? sql.mid(token.size()) : QStringLiteral("SELECT 1");
    }
    sql.replace(QStringLiteral("{{pk}}"), backend == Backend::Sqlite
                                              ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                              : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    sql.replace(QStringLiteral("{{key}}"),
                backend == Backend::Sqlite ? QStringLiteral("TEXT") : QStringLiteral("TEXT COLLATE \"C\""));
    return sql;
}

} // namespace cd

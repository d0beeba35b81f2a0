#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace cd {

// The one place that owns SQL connections: a SQLite file (one desk) or a PostgreSQL server (several desks). Both
// use the same API, so every statement written through it must be accepted by both.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cd::Database)
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    // When a SQLite file's pages are all read for damage (PRAGMA quick_check): before it is opened (the CLI, tests),
    // or later through checkIntegrity() on another thread (the GUI, after its first frame: at 1,000,000 messages the
    // check reads 750 MB, longer than all the rest of start-up). The header and schema are checked at open either way.
    enum class IntegrityCheck
    {
        BeforeOpen,
        Later
    };

    // What an open does when the file needs a long schema step (SchemaUpgrade::isLong): run it, or refuse with
    // db.long-upgrade, writing nothing, so that the caller can run it with progress (upgradeSchemaWithProgress) and
    // open again. Refuse lets the GUI learn this from the one connection it opens anyway.
    enum class LongUpgrade
    {
        Run,
        Refuse
    };

    // Opens (creating if needed) the database file and runs forward migrations.
    // Refuses, writing nothing, a file that is not SQLite or whose schema is newer than this build.
    static Result<std::shared_ptr<Database>> openSqlite(const QString &filePath,
                                                        IntegrityCheck check = IntegrityCheck::BeforeOpen,
                                                        LongUpgrade longUpgrade = LongUpgrade::Run);
    // Connects to the clinic's server and runs the same migrations, serialised across desks; refuses a database
    // that holds another program's tables or a newer schema.
    static Result<std::shared_ptr<Database>> openPostgres(const PostgresTarget &target);
    static Result<std::shared_ptr<Database>> open(const DatabaseTarget &target,
                                                  IntegrityCheck check = IntegrityCheck::BeforeOpen,
                                                  LongUpgrade longUpgrade = LongUpgrade::Run);

    // PRAGMA quick_check of the SQLite file on the calling thread's connection (db.damaged naming the file); Ok on a
    // server, which checks its own pages.
    Status<> checkIntegrity() const;
    // Closes and forgets the calling thread's connection: a worker thread calls it before it ends.
    void closeThreadConnection() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The calling thread's connection (Qt SQL connections are single-thread).
    QSqlDatabase connection() const;
    Backend backend() const { return m_backend; }
    QString location() const { return m_location; } // the file, or the server URL without password
    const DatabaseTarget &target() const { return m_target; }
    int schemaVersion() const;

    // Runs `work` inside one write transaction; commits when it returns Ok, rolls back otherwise. Writers take turns
    // (BEGIN IMMEDIATE on SQLite; a transaction-scoped advisory lock on PostgreSQL), so a check made inside `work`
    // still holds when it writes, on one desk or ten.
    Status<> write(const std::function<Status<>(QSqlDatabase &)> &work) const;

    // A check that every write transaction of the calling thread on this database makes first, while the guard
    // lives: the Twilio poller's lease epoch (fencing), so a poller that hung past its lease and was replaced writes
    // nothing from its stale poll. A failed check rolls the transaction back and is its error.
    using WriteFence = std::function<Status<>(QSqlDatabase &)>;
    class FencedWrites
    {
    public:
        FencedWrites(const Database &database, WriteFence fence);
        ~FencedWrites();
        FencedWrites(const FencedWrites &) = delete;
        FencedWrites &operator=(const FencedWrites &) = delete;

    private:
        const Database *m_previousDatabase;
        WriteFence m_previousFence;
    };

    // Helpers that turn driver failures into errors naming the database.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;
    static Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
    // Tells the other desks on a shared server that `topic` ("messages", "patient", …) changed for `id`, on COMMIT of
    // `tx` (nothing on SQLite, where the data-version counter is watched instead). See ChangeFeed.
    static Status<> announce(QSqlDatabase &tx, const QString &topic, qint64 id = 0);
    // Who announced: this process and Database instance (the third field of an announcement).
    QString announcementSender() const { return senderTag(m_connectionPrefix); }
    // An INSERT that reports the new row's id (SQLite's last rowid; PostgreSQL's RETURNING id).
    static Result<qint64> insertReturningId(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

    // Translates the few dialect tokens used in migrations (e.g. {{pk}}).
    QString dialect(QString sql) const { return dialectFor(m_backend, std::move(sql)); }
    static QString dialectFor(Backend backend, QString sql);

    static int latestSchemaVersion();

    // For tests: sees every statement run through exec() on any thread (the EXPLAIN QUERY PLAN check of what runs
    // at start-up and on a change). Empty to stop.
    using QueryObserver = std::function<void(const QString &sql, const QVariantList &binds)>;
    static void setQueryObserver(QueryObserver observer);
    // PRAGMA quick_check on `db`: Ok, or db.damaged naming `location` and the first problems found.
    static Status<> quickCheck(QSqlDatabase &db, const QString &location);
    // The first column of "PRAGMA name" (e.g. "2" for synchronous=FULL).
    static Result<QString> pragmaValue(QSqlDatabase &db, const QString &name);

private:
    Database(Backend backend, QString location);
    static QString senderTag(const QString &connectionPrefix);
    Status<> configureConnection(QSqlDatabase &db) const;
    Status<> migrate(IntegrityCheck check, LongUpgrade longUpgrade);
    Status<> checkPostgresIsOurs(QSqlDatabase &db) const;
    Result<int> storedSchemaVersion(QSqlDatabase &db) const;
    Status<> applyMigrations(int current);

    Backend m_backend;
    QString m_location;
    QString m_connectionPrefix;
    DatabaseTarget m_target;
    mutable bool m_validated = false;
};

} // namespace cd

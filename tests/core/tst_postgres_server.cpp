// The clinic's shared PostgreSQL server as IT sets it up: TLS verified against the clinic's CA, the address rules,
// `db status`, and `db migrate --to` moving a single desk's SQLite database onto an empty server.
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseTarget.h"

#include "tests/support/PostgresServer.h"
#include "tests/support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cd;

class TestPostgresServer : public QObject
{
    Q_OBJECT
private:
    test::PostgresServer m_server;

    void createDatabase(const QString &name)
    {
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(m_server.host());
            admin.setPort(m_server.port());
            admin.setUserName(m_server.user());
            admin.setDatabaseName(QStringLiteral("postgres"));
            admin.setConnectOptions(QStringLiteral("sslmode=disable"));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery create(admin);
            QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)), qPrintable(create.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    QString url(const QString &database, const QString &ca) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=verify-full&sslrootcert=%4")
            .arg(m_server.user())
            .arg(m_server.port())
            .arg(database, ca);
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }

private slots:
    void initTestCase()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("The Qt PostgreSQL driver is not installed (libqt6sql6-psql): server tests NOT RUN");
        m_server.enableTls();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void addressRules()
    {
        auto good = PostgresTarget::fromUrl(QStringLiteral("postgresql://desk@db.clinic.lan/clinicdesk"));
        QVERIFY(good);
        QCOMPARE(good->sslMode, QStringLiteral("verify-full")); // the default verifies the server
        QCOMPARE(good->port, 5432);

        const auto refused = [](const QString &text) {
            auto target = PostgresTarget::fromUrl(text);
            return target ? QString() : target.error().code;
        };
        QCOMPARE(refused(QStringLiteral("postgresql://desk@db.clinic.lan/clinicdesk?sslmode=require")),
                 QStringLiteral("db.insecure"));
        QCOMPARE(refused(QStringLiteral("postgresql://desk@db.clinic.lan/clinicdesk?sslmode=prefer")),
                 QStringLiteral("db.insecure"));
        QCOMPARE(refused(QStringLiteral("postgresql://desk:secret@db.clinic.lan/clinicdesk")),
                 QStringLiteral("db.url-password"));
        QCOMPARE(refused(QStringLiteral("mysql://desk@db/clinicdesk")), QStringLiteral("db.url"));
        QCOMPARE(refused(QStringLiteral("postgresql://desk@db.clinic.lan/")), QStringLiteral("db.url"));
        QCOMPARE(refused(QStringLiteral("postgresql://db.clinic.lan/clinicdesk")), QStringLiteral("db.url"));
        QCOMPARE(refused(QStringLiteral("postgresql://desk@db/x?sslmode=verify-full&options=-c%20foo")),
                 QStringLiteral("db.url"));
        // This computer may skip TLS (nothing crosses a network).
        QVERIFY(PostgresTarget::fromUrl(QStringLiteral("postgresql://desk@127.0.0.1:5433/x?sslmode=disable")));
        // What is shown never carries a password.
        PostgresTarget withPassword = *good;
        withPassword.password = QStringLiteral("hunter2");
        QVERIFY(!withPassword.displayUrl().contains(QLatin1String("hunter2")));
    }

    void verifiedTlsConnects()
    {
        createDatabase(QStringLiteral("tls_ok"));
        auto target = PostgresTarget::fromUrl(url(QStringLiteral("tls_ok"), m_server.caFile()));
        QVERIFY2(target, qPrintable(target ? QString() : target.error().message));
        auto database = Database::openPostgres(*target);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        QCOMPARE((*database)->schemaVersion(), Database::latestSchemaVersion());
        auto ssl = (*database)->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(ssl && ssl->next());
        QVERIFY(ssl->value(0).toBool());
    }

    void aServerTheClinicsCaDidNotSignIsRefused()
    {
        createDatabase(QStringLiteral("tls_wrong_ca"));
        auto target = PostgresTarget::fromUrl(url(QStringLiteral("tls_wrong_ca"), m_server.otherCaFile()));
        QVERIFY(target);
        auto database = Database::openPostgres(*target);
        QVERIFY(!database);
        QCOMPARE(database.error().code, QStringLiteral("db.unreachable"));
        QVERIFY2(database.error().message.contains(QLatin1String("certificate")), qPrintable(database.error().message));
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        createDatabase(QStringLiteral("foreign_db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
            other.setHostName(m_server.host());
            other.setPort(m_server.port());
            other.setUserName(m_server.user());
            other.setDatabaseName(QStringLiteral("foreign_db"));
            QVERIFY(other.open());
            QSqlQuery make(other);
            QVERIFY(make.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto database = Database::openPostgres(*PostgresTarget::fromUrl(url(QStringLiteral("foreign_db"), m_server.caFile())));
        QVERIFY(!database);
        QCOMPARE(database.error().code, QStringLiteral("db.corrupt"));
    }

    void statusAndMigrateThroughTheCli()
    {
        test::TestEnvironment env; // a single desk's SQLite database
        {
            auto services = AppServices::openSqlite(env.databaseFile(), {});
            QVERIFY(services);
            for (int i = 0; i < 25; ++i) {
                Patient p;
                p.firstName = QStringLiteral("Patient%1").arg(i);
                p.lastName = QStringLiteral("Díaz");
                p.phoneRaw = QStringLiteral("(415) 555-%1").arg(1000 + i);
                QVERIFY((*services)->patients().create(p));
            }
        }
        const QByteArray before = fileHash(env.databaseFile());
        createDatabase(QStringLiteral("moved"));
        const QString server = url(QStringLiteral("moved"), m_server.caFile());

        test::CliRun moved = test::runCli(env, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--to"),
                                                server, QStringLiteral("--json")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        const QJsonObject report = QJsonDocument::fromJson(moved.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("verified")).toBool());
        int patients = -1;
        for (const QJsonValue &table : report.value(QStringLiteral("tables")).toArray()) {
            if (table.toObject().value(QStringLiteral("table")).toString() == QLatin1String("patients"))
                patients = table.toObject().value(QStringLiteral("rows")).toInt();
        }
        QCOMPARE(patients, 25);
        QCOMPARE(fileHash(env.databaseFile()), before); // the SQLite file is only read

        // The server now answers for the clinic: same patients, and a new one continues after the copied ids.
        auto database = Database::openPostgres(*PostgresTarget::fromUrl(server));
        QVERIFY(database);
        PatientStore store(*database);
        QCOMPARE(*store.count(), qint64(25));
        Patient late;
        late.firstName = QStringLiteral("Late");
        late.lastName = QStringLiteral("Arrival");
        late.phoneRaw = QStringLiteral("(415) 555-0999");
        auto created = store.create(late);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->id, qint64(26));

        // Twice: refused, nothing overwritten.
        test::CliRun again = test::runCli(env, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--to"),
                                                server});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds data")), qPrintable(again.err));
        QCOMPARE(*store.count(), qint64(26));

        // db status on the server: engine, TLS verified, schema, no poller yet.
        test::CliRun status = test::runCli(env, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"),
                                                 server, QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonObject shown = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("backend")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(shown.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
        QVERIFY2(shown.value(QStringLiteral("tls")).toString().contains(QLatin1String("server verified")),
                 qPrintable(status.out));
        QVERIFY(shown.value(QStringLiteral("server_version")).toString().startsWith(QLatin1String("1")));
        QVERIFY(shown.value(QStringLiteral("poller")).isNull());
        // File-only commands refuse with what to use instead.
        test::CliRun backup = test::runCli(env, {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--database"),
                                                 server});
        QCOMPARE(backup.exitCode, 1);
        QVERIFY2(backup.err.contains(QLatin1String("pg_dump")), qPrintable(backup.err));
    }
    // A server a newer ClinicDesk has upgraded: every desk with this version refuses it and writes nothing.
    void aNewerSchemaOnTheServerIsRefused()
    {
        createDatabase(QStringLiteral("newer_db"));
        const auto target = *PostgresTarget::fromUrl(url(QStringLiteral("newer_db"), m_server.caFile()));
        {
            auto database = Database::openPostgres(target);
            QVERIFY(database);
            QVERIFY((*database)
                        ->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at, app_version) VALUES "
                                              "(?, '2027-01-01T00:00:00Z', '9.0')"),
                               {Database::latestSchemaVersion() + 1})
                        .ok());
        }
        auto refused = Database::openPostgres(target);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("db.too-new"));
        QVERIFY2(refused.error().message.contains(QLatin1String("newer version")), qPrintable(refused.error().message));
        QVERIFY2(!refused.error().message.contains(QLatin1String("password")), qPrintable(refused.error().message));
    }

    // A copy that does not read back the same (here a trigger on the server rewrites a column as rows arrive) is
    // reported by table, and the command fails: the clinic never switches to a silently different database.
    void aCopyThatDoesNotMatchIsReported()
    {
        test::TestEnvironment env;
        {
            auto services = AppServices::openSqlite(env.databaseFile(), {});
            QVERIFY(services);
            Patient p;
            p.firstName = QStringLiteral("Ann");
            p.lastName = QStringLiteral("Tester");
            p.phoneRaw = QStringLiteral("(415) 555-0100");
            QVERIFY((*services)->patients().create(p));
        }
        createDatabase(QStringLiteral("tampered"));
        const QString server = url(QStringLiteral("tampered"), m_server.caFile());
        {
            auto database = Database::openPostgres(*PostgresTarget::fromUrl(server)); // the schema, no data
            QVERIFY(database);
            QVERIFY((*database)
                        ->exec(QStringLiteral("CREATE FUNCTION rewrite_notes() RETURNS trigger AS $$ BEGIN NEW.notes "
                                              ":= 'changed on the way'; RETURN NEW; END $$ LANGUAGE plpgsql"))
                        .ok());
            QVERIFY((*database)
                        ->exec(QStringLiteral("CREATE TRIGGER rewrite_notes BEFORE INSERT ON patients FOR EACH ROW "
                                              "EXECUTE FUNCTION rewrite_notes()"))
                        .ok());
        }
        test::CliRun moved =
            test::runCli(env, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--to"), server});
        QCOMPARE(moved.exitCode, 1);
        QVERIFY2(moved.err.contains(QLatin1String("copy of patients does not match")), qPrintable(moved.err));
    }

    // A desk stuck inside a write (hung, its laptop closed) holds the others for at most 15 s, each told why.
    void aStuckDeskHoldsTheOthersBriefly()
    {
        createDatabase(QStringLiteral("stuck_db"));
        const auto target = *PostgresTarget::fromUrl(url(QStringLiteral("stuck_db"), m_server.caFile()));
        auto stuck = Database::openPostgres(target);
        auto waiting = Database::openPostgres(target);
        QVERIFY(stuck && waiting);
        std::optional<Error> seen;
        QVERIFY((*stuck)->write([&](QSqlDatabase &) -> Status<> {
            // Inside the stuck desk's transaction (it holds the writers' lock), another desk tries to write.
            auto blocked = (*waiting)->write([](QSqlDatabase &) -> Status<> { return Ok{}; });
            if (!blocked)
                seen = blocked.error();
            return Ok{};
        }));
        QVERIFY(seen);
        QCOMPARE(seen->code, QStringLiteral("db.busy"));
        QVERIFY2(seen->message.contains(QLatin1String("15 seconds")), qPrintable(seen->message));
        QVERIFY((*waiting)->write([](QSqlDatabase &) -> Status<> { return Ok{}; })); // free again afterwards
    }
    // The server as Settings stores it, field by field (no URL): the CLI and the app open it the same way, verified.
    void theServerFieldsOpenTheSameDatabase()
    {
        createDatabase(QStringLiteral("fields_db"));
        test::TestEnvironment env;
        // The host last: it is what switches this computer to the server (IT.md says so).
        const QList<QPair<QString, QString>> fields{
            {QStringLiteral("storage/databasePort"), QString::number(m_server.port())},
            {QStringLiteral("storage/databaseName"), QStringLiteral("fields_db")},
            {QStringLiteral("storage/databaseUser"), m_server.user()},
            {QStringLiteral("storage/databaseCaFile"), m_server.caFile()},
            {QStringLiteral("storage/databaseHost"), QStringLiteral("localhost")}};
        for (const auto &[key, value] : fields) {
            test::CliRun set = test::runCli(env, {QStringLiteral("config"), QStringLiteral("set"), key, value});
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        }
        test::CliRun status =
            test::runCli(env, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonObject shown = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("backend")).toString(), QStringLiteral("postgresql"));
        QVERIFY2(shown.value(QStringLiteral("tls")).toString().contains(QLatin1String("server verified")),
                 qPrintable(status.out));

        // A CA file that went missing (moved by hand) is named, before libpq's own words.
        QVERIFY(QFile::copy(m_server.caFile(), env.dataDir() + QStringLiteral("/moved-ca.pem")));
        test::CliRun set = test::runCli(env, {QStringLiteral("config"), QStringLiteral("set"),
                                              QStringLiteral("storage/databaseCaFile"),
                                              env.dataDir() + QStringLiteral("/moved-ca.pem")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(QFile::remove(env.dataDir() + QStringLiteral("/moved-ca.pem")));
        status = test::runCli(env, {QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.err.contains(QLatin1String("no CA certificate file")), qPrintable(status.err));
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgres_server.moc"

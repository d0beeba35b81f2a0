// The schema and the patient SQL are written for SQLite AND PostgreSQL (a shared server for multi-desk clinics
// comes later). This runs them against a real PostgreSQL server that the test starts itself.
#include "core/audit/AuditLog.h"
#include "core/patients/PatientSearchQuery.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include "tests/support/PostgresServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cd;

class TestPostgresSchema : public QObject
{
    Q_OBJECT
private:
    test::PostgresServer m_server;
    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("The Qt PostgreSQL driver is not installed (libqt6sql6-psql): PostgreSQL SQL NOT CHECKED");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
        m_db.setHostName(m_server.host());
        m_db.setPort(m_server.port());
        m_db.setUserName(m_server.user());
        m_db.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }

    void everyMigrationRunsOnPostgres()
    {
        QVERIFY(Database::exec(m_db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                                                    "applied_at TEXT NOT NULL, app_version TEXT NOT NULL)"))
                    .ok());
        for (const Migration &migration : schemaMigrations()) {
            QVERIFY(m_db.transaction());
            for (const QString &statement : migration.statements) {
                auto done = Database::exec(m_db, Database::dialectFor(Database::Backend::Postgres, statement));
                QVERIFY2(done.ok(), qPrintable(QStringLiteral("schema %1: %2\n%3")
                                                   .arg(migration.version)
                                                   .arg(done.ok() ? QString() : done.error().message, statement)));
            }
            QVERIFY(m_db.commit());
        }
    }

    void patientsInsertAuditAndSearchOnPostgres()
    {
        QVERIFY(m_db.transaction());
        Patient ana;
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Díaz");
        ana.phoneRaw = QStringLiteral("(415) 555-0100");
        ana.phoneE164 = QStringLiteral("+14155550100");
        ana.dateOfBirth = QDate(1990, 4, 2);
        auto id = PatientStore::insertIn(m_db, ana, QStringLiteral("patient.create"), {});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QVERIFY(id.value() > 0);
        Patient luis = ana;
        luis.firstName = QStringLiteral("Luis");
        QVERIFY(PatientStore::insertIn(m_db, luis, QStringLiteral("patient.create"), {}).ok());
        QVERIFY(m_db.commit());

        // The duplicate rule holds on the server too.
        QVERIFY(m_db.transaction());
        auto duplicate = PatientStore::insertIn(m_db, ana, QStringLiteral("patient.create"), {});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("patient.duplicate"));
        QVERIFY(m_db.rollback());

        for (const QString &text : {QStringLiteral("dia"), QStringLiteral("ana díaz"), QStringLiteral("(415) 555"),
                                    QStringLiteral("0100"), QStringLiteral("1990-04-02"), QString()}) {
            const PatientSearchQuery query = PatientSearchQuery::build(text, std::nullopt, 10);
            auto found =
                Database::exec(m_db, QStringLiteral("SELECT first_name FROM patients") + query.sql, query.binds);
            QVERIFY2(found.ok(), qPrintable(text));
            int rows = 0;
            while (found->next())
                ++rows;
            QVERIFY2(rows >= 1, qPrintable(text));
        }
        const PatientSearchQuery paged = PatientSearchQuery::build(
            QStringLiteral("diaz"), PatientCursor{QStringLiteral("diaz"), QStringLiteral("ana"), id.value()}, 10);
        auto next = Database::exec(m_db, QStringLiteral("SELECT first_name FROM patients") + paged.sql, paged.binds);
        QVERIFY(next.ok() && next->next());
        QCOMPARE(next->value(0).toString(), QStringLiteral("Luis"));

        auto audit =
            Database::exec(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE patient_id = ?"), {id.value()});
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgres_schema.moc"

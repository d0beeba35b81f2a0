// Conversation summaries (latest message and unread count per patient or unmatched number) kept by MessageStore in
// the same transaction as every write, built once by the migration for an existing database, and compared with the
// messages by verifySummaries(); plus the FTS5 history search kept in step with the messages.
#include "tests/support/MessageFixtures.h"
#include "tests/support/TestEnvironment.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString SummariesMigration = QStringLiteral("conversation summaries and message search");

struct Fixture
{
    TestEnvironment env;
    std::shared_ptr<Database> db;
    std::unique_ptr<PatientStore> patients;
    std::unique_ptr<MessageStore> store;

    Fixture()
    {
        db = *Database::open(env.databaseTarget());
        patients = std::make_unique<PatientStore>(db);
        store = std::make_unique<MessageStore>(db);
    }
    qint64 patient(const QString &first, const QString &phone)
    {
        Patient p;
        p.firstName = first;
        p.lastName = QStringLiteral("Summary");
        p.phoneRaw = phone;
        p.smsConsent = true;
        return patients->create(p)->id;
    }
};

Message message(std::optional<qint64> patientId, bool inbound, const QString &body, const QDateTime &at,
                const QString &from = QStringLiteral("+14155550123"))
{
    Message m;
    m.patientId = patientId;
    m.direction = inbound ? Message::Direction::Inbound : Message::Direction::Outbound;
    m.body = body;
    m.status = inbound ? MessageStatus::Received : MessageStatus::Queued;
    m.createdAt = at;
    m.sentAt = at;
    m.fromNumber = from;
    m.sid = fakeSid();
    return m;
}

QString differences(MessageStore &store)
{
    auto diff = store.verifySummaries();
    if (!diff)
        return diff.error().message;
    return diff->join(QLatin1Char('\n'));
}

} // namespace

class TestConversationSummaries : public QObject
{
    Q_OBJECT
private slots:
    void everyKindOfWriteKeepsThemExact()
    {
        Fixture f;
        const qint64 ann = f.patient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const qint64 bob = f.patient(QStringLiteral("Bob"), QStringLiteral("(415) 555-0124"));
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString stranger = QStringLiteral("+14155550999");
        const QString other = QStringLiteral("+14155550888");

        // Inserted (through the store, as the engine writes) and the poller's store-once.
        storeMessages(*f.store, {message(ann, false, QStringLiteral("Hello Ann"), t),
                                 message(ann, true, QStringLiteral("Hi"), t.addSecs(10)),
                                 message(bob, true, QStringLiteral("Bob here"), t.addSecs(20))});
        QCOMPARE(differences(*f.store), QString());
        const Message fromStranger = message(std::nullopt, true, QStringLiteral("Who is this"), t.addSecs(30), stranger);
        QVERIFY(*f.store->storeInboundOnce(fromStranger));
        QVERIFY(!*f.store->storeInboundOnce(fromStranger)); // the same sid again changes nothing
        QVERIFY(*f.store->storeInboundOnce(message(std::nullopt, true, QStringLiteral("again"), t.addSecs(40), stranger)));
        QVERIFY(*f.store->storeInboundOnce(message(std::nullopt, true, QStringLiteral("other"), t.addSecs(35), other)));
        QCOMPARE(differences(*f.store), QString());

        auto recent = f.store->recentThreads();
        QVERIFY(recent);
        QCOMPARE(recent->size(), 4); // Ann, Bob, two unmatched numbers
        QCOMPARE(recent->at(0).last.body, QStringLiteral("again"));
        QCOMPARE(recent->at(0).unread, 2);
        QCOMPARE(recent->at(1).last.body, QStringLiteral("other"));
        QCOMPARE(recent->at(3).last.body, QStringLiteral("Hi"));
        QCOMPARE(recent->at(3).unread, 1);
        QCOMPARE(*f.store->unreadCount(0), 3);
        QCOMPARE(f.store->unreadCounts()->value(ann), 1);

        // Status (an UPDATE through the engine's path) leaves the counts, keeps the latest.
        QVERIFY(f.store->setStatus(recent->at(3).last.id, MessageStatus::Delivered));
        QCOMPARE(differences(*f.store), QString());

        // Read marks, one and all.
        QVERIFY(f.store->markRead(recent->at(3).last.id));
        QCOMPARE(*f.store->unreadCount(ann), 0);
        auto unread = f.store->unreadThreads();
        QCOMPARE(unread->size(), 3);
        QVERIFY(f.store->markThreadRead(bob));
        QCOMPARE(differences(*f.store), QString());
        QCOMPARE(f.store->unreadThreads()->size(), 2);

        // Attach: the stranger's two rows move into Zoe's conversation; the number's summary disappears.
        const qint64 zoe = f.patient(QStringLiteral("Zoe"), QStringLiteral("(415) 555-0999"));
        const auto strangerRow = f.store->findBySid(fromStranger.sid);
        QVERIFY(strangerRow && *strangerRow);
        QCOMPARE(*f.store->attachToPatient((*strangerRow)->id, zoe), 2);
        QCOMPARE(differences(*f.store), QString());
        QCOMPARE(*f.store->unreadCount(zoe), 2);
        QCOMPARE(*f.store->unreadCount(0), 1);
        QCOMPARE(f.store->recentThreads()->size(), 4);
        QVERIFY(f.store->markThreadRead(0));
        QCOMPARE(*f.store->unreadCount(0), 0);
        QCOMPARE(differences(*f.store), QString());

        // Outbox transitions (claim, release, accept) on a queued text.
        auto queued = storeMessage(*f.store, [&] {
            Message m = message(bob, false, QStringLiteral("Your results are in"), t.addSecs(100));
            m.status = MessageStatus::Pending;
            m.sid.clear();
            return m;
        }());
        QVERIFY(*f.store->claim(queued, QStringLiteral("host:1:x")));
        QVERIFY(f.store->releaseClaim(queued, QStringLiteral("network")));
        QCOMPARE(differences(*f.store), QString());
        QCOMPARE(f.store->recentThreads()->constFirst().last.id, queued);
    }

    void theCheckFindsADriftAndTheRebuildRepairsIt()
    {
        Fixture f;
        const qint64 ann = f.patient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        storeMessages(*f.store, {message(ann, true, QStringLiteral("one"), QDateTime::currentDateTimeUtc())});
        QCOMPARE(differences(*f.store), QString());
        QVERIFY(f.db->exec(QStringLiteral("UPDATE conversations SET unread = 7")));
        QVERIFY(f.db->exec(QStringLiteral("INSERT INTO conversations (conv_key, patient_id, from_number, "
                                          "last_message_id, last_at, unread) VALUES ('n:+1999', NULL, '+1999', 1, "
                                          "'2020-01-01', 0)")));
        auto diff = f.store->verifySummaries();
        QVERIFY(diff);
        QCOMPARE(diff->size(), 2);
        QVERIFY2(diff->join(QLatin1Char('\n')).contains(QStringLiteral("unread 1, summary says latest")),
                 qPrintable(diff->join(QLatin1Char('\n'))));
        QVERIFY(f.store->rebuildSummaries());
        QCOMPARE(differences(*f.store), QString());
    }

    void theMigrationBuildsThemForAnExistingDatabase()
    {
        // A database as the version before the summaries left it: every earlier migration, then messages.
        if (TestEnvironment::onPostgres())
            QSKIP("builds the old database with SQLite's own driver (tst_postgres_schema runs this migration on an "
                  "empty PostgreSQL database)");
        TestEnvironment env;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(env.databaseFile());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT "
                                          "NULL, app_version TEXT NOT NULL)")));
            int before = 0;
            for (const Migration &migration : schemaMigrations()) {
                if (migration.description == SummariesMigration)
                    break;
                for (const QString &statement : migration.statements)
                    QVERIFY2(q.exec(Database::dialectFor(Database::Backend::Sqlite, statement)),
                             qPrintable(q.lastError().text()));
                before = migration.version;
            }
            QVERIFY(before > 0);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-01-01', 'old')").arg(before)));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO patients (id, first_name, last_name, created_at, updated_at, first_key, last_key, "
                "identity_key) VALUES (1, 'Ann', 'Old', 'x', 'x', 'ann', 'old', 'k1'), (2, 'Bob', 'Old', 'x', 'x', "
                "'bob', 'old', 'k2')")));
            const QString insert = QStringLiteral(
                "INSERT INTO messages (patient_id, direction, body, status, from_number, created_at, updated_at, "
                "read_at) VALUES (%1, '%2', '%3', 'received', '%4', '%5', 'x', %6)");
            QVERIFY(q.exec(insert.arg(QStringLiteral("1"), QStringLiteral("inbound"), QStringLiteral("Running late"),
                                      QStringLiteral("+1415"), QStringLiteral("2026-01-01T10:00:00.000Z"),
                                      QStringLiteral("NULL"))));
            QVERIFY(q.exec(insert.arg(QStringLiteral("1"), QStringLiteral("outbound"), QStringLiteral("No problem"),
                                      QStringLiteral("+1415"), QStringLiteral("2026-01-01T10:01:00.000Z"),
                                      QStringLiteral("NULL"))));
            QVERIFY(q.exec(insert.arg(QStringLiteral("2"), QStringLiteral("inbound"), QStringLiteral("thanks"),
                                      QStringLiteral("+1416"), QStringLiteral("2026-01-01T09:00:00.000Z"),
                                      QStringLiteral("'2026-01-01T09:30:00.000Z'"))));
            QVERIFY(q.exec(insert.arg(QStringLiteral("NULL"), QStringLiteral("inbound"), QStringLiteral("wrong number"),
                                      QStringLiteral("+1999"), QStringLiteral("2026-01-01T11:00:00.000Z"),
                                      QStringLiteral("NULL"))));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        MessageStore store(*db);
        QCOMPARE(differences(store), QString());
        auto recent = store.recentThreads();
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).last.body, QStringLiteral("wrong number"));
        QCOMPARE(recent->at(1).last.body, QStringLiteral("No problem"));
        QCOMPARE(recent->at(1).unread, 1);
        QCOMPARE(recent->at(2).unread, 0);
        // The history search covers what was there before the migration.
        auto hits = store.search(QStringLiteral("late"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->constFirst().patientName, QStringLiteral("Ann Old"));
    }

    void searchFindsPartialWordsInAnyScriptNewestFirst()
    {
        Fixture f;
        const qint64 ann = f.patient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const QDateTime t = QDateTime::currentDateTimeUtc();
        storeMessages(*f.store, {message(ann, true, QStringLiteral("I'm running LATE, sorry"), t),
                                 message(ann, false, QStringLiteral("Привет, до завтра"), t.addSecs(1)),
                                 message(ann, true, QStringLiteral("Late again \"quoted\" 100%"), t.addSecs(2)),
                                 message(std::nullopt, true, QStringLiteral("café au lait"), t.addSecs(3),
                                         QStringLiteral("+14155550999"))});
        auto late = f.store->search(QStringLiteral("late"));
        QVERIFY(late);
        QCOMPARE(late->size(), 2);
        QCOMPARE(late->at(0).message.body, QStringLiteral("Late again \"quoted\" 100%")); // newest first
        QCOMPARE(late->at(0).patientName, QStringLiteral("Ann Summary"));
        QCOMPARE(f.store->search(QStringLiteral("unnin"))->size(), 1);            // inside a word
        QCOMPARE(f.store->search(QStringLiteral("завтр"))->size(), 1);            // Cyrillic
        QCOMPARE(f.store->search(QStringLiteral("café"))->constFirst().patientName, QString()); // unmatched sender
        QCOMPARE(f.store->search(QStringLiteral("late sorry"))->size(), 1);       // every word
        QCOMPARE(f.store->search(QStringLiteral("\"quoted\""))->size(), 1);       // quotes are text, not syntax
        QCOMPARE(f.store->search(QStringLiteral("OR NOT"))->size(), 0);
        auto tooShort = f.store->search(QStringLiteral("la"));
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().code, QStringLiteral("search.too-short"));
    }
};

QTEST_GUILESS_MAIN(TestConversationSummaries)
#include "tst_conversation_summaries.moc"

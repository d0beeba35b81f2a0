// The multi-desk building blocks on both engines: the poller lease (one holder, expiry, epochs, fencing, handover),
// presence ("Maria is typing"), and on PostgreSQL the change feed (NOTIFY between desks, a dropped connection
// noticed and re-subscribed) and the clinic-wide settings every desk shares.
#include "core/appointments/AppointmentRules.h"
#include "core/desks/ChangeFeed.h"
#include "core/desks/ClinicSettingsStore.h"
#include "core/desks/DeskLease.h"
#include "core/desks/DeskPresence.h"
#include "core/desks/PollPace.h"
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsService.h"
#include "core/settings/policy/PolicyDirectory.h"
#include "core/storage/Database.h"

#include "tests/support/MessageFixtures.h"
#include "tests/support/PolicyFiles.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cd;

class TestDesks : public QObject
{
    Q_OBJECT
    static int otherBackends(Database &db)
    {
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                                        "pid <> pg_backend_pid() AND backend_type = 'client backend'"));
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    // A patient created at another desk.
    static Result<Patient> createAnn(PatientStore &store)
    {
        Patient draft;
        draft.firstName = QStringLiteral("Ann");
        draft.lastName = QStringLiteral("Tester");
        draft.phoneRaw = QStringLiteral("(415) 555-0123");
        return store.create(draft);
    }

private slots:
    void oneHolderAtATime()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        DeskLease a(*db, QStringLiteral("twilio-poller"), QStringLiteral("desk-a"), QStringLiteral("Desk A"), 800);
        DeskLease b(*db, QStringLiteral("twilio-poller"), QStringLiteral("desk-b"), QStringLiteral("Desk B"), 800);

        auto first = a.acquire();
        QVERIFY(first && first->epoch);
        const qint64 epoch = *first->epoch;
        auto refused = b.acquire();
        QVERIFY(refused && !refused->epoch);
        QCOMPARE(refused->holder.label, QStringLiteral("Desk A"));
        QVERIFY(refused->holder.remainingMs > 0 && refused->holder.remainingMs <= 800);
        QCOMPARE(*a.acquire()->epoch, epoch); // renewing keeps the epoch

        // A holder that stops renewing (hung, cut off) loses it when it expires; the epoch moves on.
        QTest::qWait(1000);
        auto taken = b.acquire();
        QVERIFY(taken && taken->epoch);
        QCOMPARE(*taken->epoch, epoch + 1);
        // Fencing: the old holder's epoch no longer holds, the new one's does.
        QSqlDatabase conn = (*db)->connection();
        QCOMPARE(*DeskLease::holds(conn, QStringLiteral("twilio-poller"), QStringLiteral("desk-a"), epoch), false);
        QCOMPARE(*DeskLease::holds(conn, QStringLiteral("twilio-poller"), QStringLiteral("desk-b"), epoch + 1), true);
        QVERIFY(!a.acquire()->epoch);

        // A desk that closes hands over at once.
        QVERIFY(b.release());
        auto handedOver = a.acquire();
        QVERIFY(handedOver && handedOver->epoch);
        QCOMPARE(*handedOver->epoch, epoch + 2);
        auto shown = DeskLease::current(**db, QStringLiteral("twilio-poller"));
        QVERIFY(shown && *shown);
        QCOMPARE((*shown)->label, QStringLiteral("Desk A"));
    }

    void presenceTellsOtherDesks()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        DeskPresence maria(*db, QStringLiteral("desk-1"));
        DeskPresence luis(*db, QStringLiteral("desk-2"));
        QVERIFY(maria.report(7, DeskPresence::Activity::Typing, QStringLiteral("Maria")));
        auto seen = luis.othersIn(7);
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(DeskPresence::describe(*seen), QStringLiteral("Maria is typing a reply to this patient…"));
        QVERIFY(maria.othersIn(7)->isEmpty()); // not shown to herself
        QVERIFY(luis.othersIn(8)->isEmpty());  // nor in another patient's chat
        QVERIFY(maria.report(7, DeskPresence::Activity::Replied, QStringLiteral("Maria")));
        seen = luis.othersIn(7);
        QCOMPARE(seen->size(), 1); // one row per desk and patient
        QVERIFY(DeskPresence::describe(*seen).startsWith(QLatin1String("Maria replied")));
    }

    void changesReachTheOtherDeskAndSurviveADrop()
    {
        if (!test::TestEnvironment::onPostgres())
            QSKIP("NOTIFY exists only on the shared PostgreSQL server");
        test::TestEnvironment env;
        auto mine = Database::open(env.databaseTarget());
        auto theirs = Database::open(env.databaseTarget());
        QVERIFY(mine && theirs);
        ChangeFeed feed(*mine, 200);
        QVERIFY(feed.isConnected());
        QSignalSpy heard(&feed, &ChangeFeed::changedElsewhere);
        QSignalSpy connection(&feed, &ChangeFeed::connectionChanged);
        QSignalSpy resynced(&feed, &ChangeFeed::resynced);

        QVERIFY(
            (*theirs)->write([](QSqlDatabase &tx) { return Database::announce(tx, QStringLiteral("patient"), 42); }));
        QTRY_COMPARE(heard.size(), 1);
        QCOMPARE(heard.at(0).at(0).toString(), QStringLiteral("patient"));
        QCOMPARE(heard.at(0).at(1).toLongLong(), qint64(42));
        // Its own announcements are not news to a desk; a rolled-back one never arrives.
        QVERIFY((*mine)->write([](QSqlDatabase &tx) { return Database::announce(tx, QStringLiteral("patient"), 1); }));
        QVERIFY(!(*theirs)->write([](QSqlDatabase &tx) -> Status<> {
            (void)Database::announce(tx, QStringLiteral("patient"), 2);
            return makeError(QStringLiteral("test"), QStringLiteral("roll back"));
        }));
        QTest::qWait(500);
        QCOMPARE(heard.size(), 1);

        // The server drops the listening connection (a restart, a network cut): noticed, re-subscribed, re-read.
        QSqlDatabase other = (*theirs)->connection();
        QVERIFY(Database::exec(other, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                     "datname = current_database() AND pid <> pg_backend_pid()"))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(resynced.size() >= 1, 5000);
        QVERIFY(feed.isConnected());
        QVERIFY((*theirs)->write([](QSqlDatabase &tx) { return Database::announce(tx, QStringLiteral("intake"), 5); }));
        QTRY_COMPARE(heard.size(), 2);
        QCOMPARE(heard.at(1).at(0).toString(), QStringLiteral("intake"));
    }

    // Fencing: a poller that hung past its lease and was replaced writes nothing it read meanwhile; the desk that
    // took over writes as before. Checked in each write's own transaction.
    void aReplacedPollerWritesNothing()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        auto other = Database::open(env.databaseTarget()); // another desk's connection
        QVERIFY(db && other);
        DeskLease a(*db, QStringLiteral("twilio-poller"), QStringLiteral("desk-a"), QStringLiteral("Desk A"), 60000);
        DeskLease b(*other, QStringLiteral("twilio-poller"), QStringLiteral("desk-b"), QStringLiteral("Desk B"), 60000);
        const qint64 epoch = *a.acquire()->epoch;
        const auto insertRow = [](const QString &desk) {
            return [desk](QSqlDatabase &tx) -> Status<> {
                auto done = Database::exec(tx,
                                           QStringLiteral("INSERT INTO desk_presence (desk, patient_id, staff, "
                                                          "activity, at_ms) VALUES (?, 1, 'x', 'typing', 0)"),
                                           {desk});
                if (!done)
                    return done.error();
                return Ok{};
            };
        };
        const auto rows = [&] {
            return (*other)->exec(QStringLiteral("SELECT desk FROM desk_presence ORDER BY desk"));
        };
        {
            Database::FencedWrites fenced(**db, a.fence(epoch));
            QVERIFY((*db)->write(insertRow(QStringLiteral("written-while-holding"))));
            // Desk A stalls past its lease (expired here at once); desk B takes over with the next epoch.
            QVERIFY((*other)->exec(QStringLiteral("UPDATE desk_leases SET expires_ms = 0")).ok());
            auto taken = b.acquire();
            QVERIFY(taken && taken->epoch && *taken->epoch == epoch + 1);
            auto stale = (*db)->write(insertRow(QStringLiteral("written-after-losing")));
            QVERIFY(!stale);
            QCOMPARE(stale.error().code, QStringLiteral("lease.lost"));
        }
        // Outside the poll (the guard gone), this desk writes as usual; so does the new holder.
        QVERIFY((*db)->write(insertRow(QStringLiteral("ordinary-write"))));
        {
            Database::FencedWrites fenced(**other, b.fence(epoch + 1));
            QVERIFY((*other)->write(insertRow(QStringLiteral("new-holder"))));
        }
        QStringList desks;
        for (auto q = rows(); q && q->next();)
            desks << q->value(0).toString();
        QCOMPARE(desks, (QStringList{QStringLiteral("new-holder"), QStringLiteral("ordinary-write"),
                                     QStringLiteral("written-while-holding")}));
    }

    // The clinic polls as often as its busiest desk wants: a desk with a chat open (10 s) speeds up the poller of a
    // clinic whose desks are idle (60 s), wakes it at once ("pace"), and the pace drops back when it leaves.
    void theClinicPollsAtTheBusiestDesksPace()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        auto other = Database::open(env.databaseTarget());
        QVERIFY(db && other);
        std::unique_ptr<ChangeFeed> feed;
        std::unique_ptr<QSignalSpy> heard;
        if (test::TestEnvironment::onPostgres()) {
            feed = std::make_unique<ChangeFeed>(*db, 200);
            heard = std::make_unique<QSignalSpy>(feed.get(), &ChangeFeed::changedElsewhere);
        }
        PollPace idle(*db, QStringLiteral("desk-idle"));
        PollPace busy(*other, QStringLiteral("desk-busy"));
        auto alone = idle.publish(60000);
        QVERIFY(alone);
        QCOMPARE(alone->clinicIntervalMs, qint64(60000));
        QVERIFY(!alone->raised);

        auto faster = busy.publish(10000);
        QVERIFY(faster);
        QCOMPARE(faster->clinicIntervalMs, qint64(10000));
        QVERIFY(faster->raised);
        if (heard)
            QTRY_VERIFY(std::any_of(heard->cbegin(), heard->cend(),
                                    [](const QList<QVariant> &args) { return args.at(0).toString() == "pace"; }));
        QCOMPARE(idle.publish(60000)->clinicIntervalMs, qint64(10000)); // the poller follows the busy desk
        QVERIFY(!busy.publish(10000)->raised);                          // a wish repeated wakes nobody

        QVERIFY(busy.withdraw()); // the busy desk closes
        QCOMPARE(idle.publish(60000)->clinicIntervalMs, qint64(60000));
        // A wish lapses when its desk stops renewing it (died): after twice its interval and 5 s.
        QVERIFY(busy.publish(200));
        QCOMPARE(idle.publish(60000)->clinicIntervalMs, qint64(200));
        QTest::qWait(5600);
        QCOMPARE(idle.publish(60000)->clinicIntervalMs, qint64(60000));
    }

    // On a shared server: consent recorded at another desk refreshes this desk's patient at once, and a change
    // made while this desk was cut off (its NOTIFY lost for good) is told again after the reconnect.
    void changesMadeDuringAnOutageAreToldAfterReconnect()
    {
        if (!test::TestEnvironment::onPostgres())
            QSKIP("NOTIFY exists only on the shared PostgreSQL server");
        test::TestEnvironment env;
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY2(services, services ? "" : qPrintable(services.error().message));
        auto theirs = Database::open(env.databaseTarget());
        QVERIFY(theirs);
        PatientStore theirPatients(*theirs, QStringLiteral("US"));
        auto ann = createAnn(theirPatients);
        QVERIFY(ann);
        QSignalSpy changed(&(*services)->patients(), &PatientStore::patientChanged);
        QVERIFY(theirPatients.recordConsent(ann->id, true, QStringLiteral("verbal"), QDateTime::currentDateTimeUtc()));
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QList<QVariant>{ann->id}), 5000);

        // The server drops every other connection and lets none back in until the edit has landed: this desk's
        // feed (its own thread, checking every 3 s) cannot reconnect early and hear the edit live.
        changed.clear();
        QSignalSpy resynced((*services)->changeFeed(), &ChangeFeed::resynced);
        // ALTER DATABASE … ALLOW_CONNECTIONS is refused on the database itself: said from the server's "postgres".
        const PostgresTarget server = env.databaseTarget().postgres;
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst_desks_admin"));
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(server.user);
        admin.setPassword(server.password);
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setConnectOptions(QStringLiteral("sslmode=%1%2")
                                    .arg(server.sslMode, server.sslRootCert.isEmpty()
                                                             ? QString()
                                                             : QStringLiteral(";sslrootcert=") + server.sslRootCert));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        const auto allowConnections = [&admin, &server](bool allow) {
            QSqlQuery alter(admin);
            const bool done =
                alter.exec(QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS %2")
                               .arg(server.database, allow ? QStringLiteral("true") : QStringLiteral("false")));
            if (!done)
                qWarning("%s", qPrintable(alter.lastError().text()));
            return done;
        };
        QVERIFY(allowConnections(false));
        auto reopen = qScopeGuard([&allowConnections] { (void)allowConnections(true); });
        QVERIFY((*theirs)
                    ->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                          "current_database() AND pid <> pg_backend_pid()"))
                    .ok());
        for (int i = 0; i < 100 && otherBackends(**theirs) > 0; ++i)
            QThread::msleep(20); // gone for sure, not only asked to go (without letting this desk's loop run)
        QCOMPARE(otherBackends(**theirs), 0);
        QVERIFY(theirPatients.setOptedOut(ann->id, QDateTime::currentDateTimeUtc(), QStringLiteral("replied STOP")));
        QVERIFY(allowConnections(true));
        // Told by the replay of the audit trail after the reconnect (its NOTIFY went to nobody).
        QTRY_VERIFY_WITH_TIMEOUT(resynced.size() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QList<QVariant>{ann->id}), 5000);
    }

    // A reply or a receipt at another desk names its conversation: this desk re-reads that one (an open chat
    // elsewhere stays put), not everything it shows.
    void aMessageElsewhereNamesItsConversation()
    {
        if (!test::TestEnvironment::onPostgres())
            QSKIP("NOTIFY exists only on the shared PostgreSQL server");
        test::TestEnvironment env;
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY2(services, services ? "" : qPrintable(services.error().message));
        auto theirs = Database::open(env.databaseTarget());
        QVERIFY(theirs);
        PatientStore theirPatients(*theirs, QStringLiteral("US"));
        auto ann = createAnn(theirPatients);
        QVERIFY(ann);
        MessageStore theirMessages(*theirs);
        (*services)->messages().watchDataVersion(); // as the window does
        QSignalSpy changes(&(*services)->messages(), &MessageStore::changed);
        QVERIFY(!test::storeMessages(theirMessages, {test::chatMessage(ann->id, Message::Direction::Inbound,
                                                                       QStringLiteral("Running late"),
                                                                       QDateTime::currentDateTimeUtc())})
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 5000);
        QTest::qWait(2500); // the data-version check (every 2 s) must not turn it into "reload everything"
        for (const QList<QVariant> &args : std::as_const(changes)) {
            const auto change = args.at(0).value<MessageChange>();
            QVERIFY(!change.has(MessageChange::Elsewhere));
            QVERIFY(change.has(MessageChange::ElsewhereIn));
            QCOMPARE(change.conversations, QSet<qint64>{ann->id});
        }
    }

    void aServerThatNeverAnswersDoesNotBlockTheCallersThread()
    {
        if (!test::TestEnvironment::onPostgres())
            QSKIP("the feed exists only on the shared PostgreSQL server");
        // Its own server, replaced by a port that accepts connections and never answers (a hung host, a firewall
        // that swallows packets): libpq then waits its whole connect timeout (5 s) for every reconnect.
        test::PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto db = Database::open(server.target());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        ChangeFeed feed(*db, 200);
        QVERIFY(feed.isConnected());
        bool lost = false;
        connect(&feed, &ChangeFeed::connectionChanged, this, [&lost](bool connected) { lost = !connected; });
        const int port = server.port();
        QVERIFY2(server.stop(), qPrintable(server.errorString()));
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(server.host()), quint16(port)));
        std::vector<std::unique_ptr<QTcpSocket>> held; // accepted, never answered
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.emplace_back(socket);
        });

        // This thread stands for the window's: its event loop must keep turning while the feed reconnects.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longestStall = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            longestStall = std::max(longestStall, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(lost, 15000);
        QTest::qWait(6000); // at least one more reconnect against the silent port runs its full 5 s
        QVERIFY(!held.empty());
        QVERIFY(!feed.isConnected());
        QVERIFY2(longestStall < 1000, qPrintable(QStringLiteral("stalled %1 ms").arg(longestStall)));
    }

    void clinicSettingsAreSharedByTheDesks()
    {
        if (!test::TestEnvironment::onPostgres())
            QSKIP("clinic-wide settings live in the shared PostgreSQL database only");
        test::TestEnvironment env;
        QTemporaryDir policyRoot;
        PolicyDirectory::useForTests(policyRoot.filePath(QStringLiteral("policies")));
        AppSettings::reload();
        // A value from this computer's file (single-desk days): used until the clinic has one.
        QVERIFY(AppSettings::setValue(SettingKeys::OptOutLine, QStringLiteral("Text STOP (this desk only)")));
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY2(services, services ? "" : qPrintable(services.error().message));
        QCOMPARE(AppSettings::optOutLine(), QStringLiteral("Text STOP (this desk only)"));

        // Another desk (a process of its own: the CLI) changes clinic rules: this desk uses them, live.
        auto set = test::runCli(env, {QStringLiteral("config"), QStringLiteral("set"), SettingKeys::OptOutLine,
                                      QStringLiteral("Reply STOP to unsubscribe.")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        set = test::runCli(env, {QStringLiteral("config"), QStringLiteral("set"), AppointmentKeys::QuietStart,
                                 QStringLiteral("09:00")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QTRY_COMPARE_WITH_TIMEOUT(AppSettings::optOutLine(), QStringLiteral("Reply STOP to unsubscribe."), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(AppSettings::value(AppointmentKeys::QuietStart).toString(), QStringLiteral("09:00"),
                                  5000);
        QCOMPARE(SettingsService::instance().current()->source(SettingKeys::OptOutLine), SettingSource::Clinic);
        // A third desk's `config show` says where the value comes from.
        const auto shown =
            test::runCli(env, {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        bool found = false;
        for (const QJsonValue item :
             QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("settings")).toArray()) {
            const QJsonObject setting = item.toObject();
            if (setting.value(QStringLiteral("key")).toString() != SettingKeys::OptOutLine)
                continue;
            found = true;
            QCOMPARE(setting.value(QStringLiteral("source")).toString(), QStringLiteral("clinic"));
            QCOMPARE(setting.value(QStringLiteral("value")).toString(), QStringLiteral("Reply STOP to unsubscribe."));
        }
        QVERIFY(found);
        QCOMPARE(SettingsService::instance().current()->policy().optOutLine,
                 QStringLiteral("Reply STOP to unsubscribe."));

        // This desk's change of a clinic rule goes to the server (where every desk reads it); a desk's own
        // preference (its poll interval) stays in its file.
        QVERIFY(AppSettings::setValue(SettingKeys::RequireConsent, false));
        QVERIFY(AppSettings::setValue(SettingKeys::PollIntervalChatSec, 7));
        auto other = Database::open(env.databaseTarget());
        QVERIFY(other);
        auto shared = ClinicSettingsStore::load(**other);
        QVERIFY(shared);
        QCOMPARE(shared->value(SettingKeys::OptOutLine).toString(), QStringLiteral("Reply STOP to unsubscribe."));
        QCOMPARE(shared->value(AppointmentKeys::QuietStart).toString(), QStringLiteral("09:00"));
        QCOMPARE(shared->value(SettingKeys::RequireConsent).toString(), QStringLiteral("false"));
        QVERIFY(!shared->contains(SettingKeys::PollIntervalChatSec));
        QCOMPARE(AppSettings::requireConsent(), false);
        QCOMPARE(AppSettings::pollIntervalChatOpenSec(), 7);

        // IT's lock wins over the clinic's value, and refuses changes.
        QVERIFY(test::writePolicyFile(policyRoot.filePath(QStringLiteral("policies")), QStringLiteral("10-it.json"),
                                      R"({"messaging/optOutLine": "Reply STOP to opt out (IT)."})"));
        AppSettings::reload();
        QCOMPARE(AppSettings::optOutLine(), QStringLiteral("Reply STOP to opt out (IT)."));
        QCOMPARE(AppSettings::setValue(SettingKeys::OptOutLine, QStringLiteral("mine")).error().code,
                 QStringLiteral("settings.locked"));
        QCOMPARE(ClinicSettingsStore::load(**other)->value(SettingKeys::OptOutLine).toString(),
                 QStringLiteral("Reply STOP to unsubscribe."));
        QVERIFY(QFile::remove(
            QDir(policyRoot.filePath(QStringLiteral("policies"))).filePath(QStringLiteral("10-it.json"))));
        AppSettings::reload();
        services->reset(); // detaches: this computer's file again
        QCOMPARE(AppSettings::optOutLine(), QStringLiteral("Text STOP (this desk only)"));
    }
};

QTEST_GUILESS_MAIN(TestDesks)
#include "tst_desks.moc"

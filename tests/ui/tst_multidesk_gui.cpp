// Several desks on one PostgreSQL server, as staff see it (issue 15): the status bar follows the server going away
// and coming back (a real server this test stops and restarts); the chat shows what another desk's user does in
// the open conversation ("Maria is typing…", "Maria replied …") and never this desk's own; a text sent while the
// server is away waits on this computer and reaches the shared outbox and Twilio exactly once after the restart.
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/audit/AuditIdentity.h"
#include "core/desks/ChangeFeed.h"
#include "core/desks/OfflineQueue.h"
#include "core/desks/PresenceWatch.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/messaging/Outbox.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/DeskAwarenessBar.h"
#include "ui/main/MainWindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

namespace {

// One desk: its own services (own connections, own desk id, own data folder) and a Chat tab.
struct Desk
{
    std::unique_ptr<AppServices> services;
    std::unique_ptr<QWidget> window;
    ChatView *chat = nullptr;

    Desk(const DatabaseTarget &target, const QString &deskId, const QString &dataDir,
         const QProcessEnvironment &credentials = {}, bool startMessaging = false)
    {
        auto database = Database::open(target);
        if (!database)
            qFatal("database: %s", qPrintable(database.error().message));
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(credentials);
        options.deskId = deskId;
        options.dataDir = dataDir;
        services = std::make_unique<AppServices>(*database, std::move(options));
        if (startMessaging && !services->messaging().start())
            qFatal("messaging did not start");
        window = std::make_unique<QWidget>();
        window->setObjectName(deskId);
        chat = new ChatView(&services->messages(), &services->patients(),
                            startMessaging ? &services->messaging() : nullptr, window.get());
        chat->setDesks(services->presence(), services->offlineQueue(), services->changeFeed());
        (new QVBoxLayout(window.get()))->addWidget(chat);
        window->resize(700, 600);
    }
    ~Desk()
    {
        window.reset();
        services.reset();
    }
    QPlainTextEdit *edit() const { return window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")); }
};

} // namespace

class TestMultiDeskGui : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("The Qt PostgreSQL driver is not installed (libqt6sql6-psql): multi-desk GUI tests NOT RUN");
    }

    void statusBarFollowsTheServer()
    {
        TestEnvironment env;
        PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto services = AppServices::open(server.target(), {});
        QVERIFY2(services, services ? "" : qPrintable(services.error().message));
        MainWindow window(**services);
        window.show();
        auto *state = window.findChild<QLabel *>(QStringLiteral("databaseConnection"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Clinic database: connected"));
        QVERIFY(!state->accessibleName().isEmpty());

        // The server goes away: said in words within the feed's few seconds (3 s checks).
        QElapsedTimer outage;
        outage.start();
        QVERIFY2(server.stop(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("lost")), 10000);
        qInfo("connection loss shown after %lld ms", outage.elapsed());
        QCOMPARE(state->text(), QStringLiteral("⚠ Connection to the clinic database lost — retrying…"));
        QCOMPARE(state->accessibleDescription(), state->text());

        // It comes back: "reconnected", and the feed listens again.
        QVERIFY2(server.startAgain(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Clinic database: reconnected"), 10000);
        QVERIFY((*services)->changeFeed()->isConnected());
    }

    void sqliteShowsNoServerState()
    {
        TestEnvironment env;
        auto services = AppServices::openSqlite(env.databaseFile(), {});
        QVERIFY(services);
        QVERIFY(!(*services)->changeFeed() && !(*services)->presence() && !(*services)->offlineQueue());
        MainWindow window(**services);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("databaseConnection")));
        QVERIFY(!window.findChild<DeskAwarenessBar *>());
    }

    void otherDesksActivityShowsInTheChat()
    {
        TestEnvironment env;
        PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Desk luis(server.target(), QStringLiteral("desk-luis"), env.dataDir() + QStringLiteral("/luis"));
        // Maria's desk sends (through the demo transport: no account configured).
        Desk maria(server.target(), QStringLiteral("desk-maria"), env.dataDir() + QStringLiteral("/maria"), {}, true);
        const qint64 patient = addTestPatient(luis.services->patients(), QStringLiteral("Ana"), QStringLiteral("Ruiz"),
                                              QStringLiteral("(415) 555-0101"));
        const qint64 other = addTestPatient(luis.services->patients(), QStringLiteral("Ben"), QStringLiteral("Cho"),
                                            QStringLiteral("(415) 555-0102"));
        luis.chat->showPatient(*luis.services->patients().get(patient));
        maria.chat->showPatient(*maria.services->patients().get(patient));
        luis.window->show();
        maria.window->show();
        DeskAwarenessBar *luisBar = luis.chat->awarenessBar();
        DeskAwarenessBar *mariaBar = maria.chat->awarenessBar();
        QVERIFY(luisBar && mariaBar);
        QVERIFY(luisBar->presenceText().isEmpty());

        // Maria types in Ana's conversation (through her composer, as she would): Luis's chat says so, live through
        // the change feed; Maria's own chat does not show herself.
        AuditIdentity::setStaff(QStringLiteral("Maria"));
        QSignalSpy heard(luis.services->presence(), &PresenceWatch::changed);
        maria.window->activateWindow();
        maria.edit()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(maria.window.get()));
        QTest::keyClicks(maria.edit(), QStringLiteral("Your results"));
        QTRY_COMPARE_WITH_TIMEOUT(luisBar->presenceText(), QStringLiteral("Maria is typing a reply to this patient…"),
                                  5000);
        QVERIFY(heard.size() >= 1);
        QVERIFY(mariaBar->presenceText().isEmpty());
        // Typing is reported at most once per interval, not per keystroke.
        QCOMPARE(heard.size(), 1);

        // She sends: "replied", counting up.
        QTest::keyClick(maria.edit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(luisBar->presenceText().startsWith(QStringLiteral("Maria replied")), 5000);
        QVERIFY(mariaBar->presenceText().isEmpty());
        QVERIFY(luis.services->presence()->describe(other).isEmpty()); // not in another patient's chat

        // Luis opens another conversation: nothing there.
        luis.chat->showPatient(*luis.services->patients().get(other));
        QTRY_VERIFY(luisBar->presenceText().isEmpty());
        AuditIdentity::setStaff({});
    }

    void textsSentDuringAnOutageGoOutOnceAfterIt()
    {
        TestEnvironment env;
        (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1);
        (void)AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 1);
        FakeTwilioServer twilio;
        twilio.setAccount(TestAccountSid, TestAuthToken);
        twilio.addIncomingNumber(TestClinicNumber);
        QVERIFY(twilio.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", twilio.baseUrl().toUtf8());
        PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString dataDir = env.dataDir() + QStringLiteral("/desk");
        Desk desk(server.target(), QStringLiteral("desk-1"), dataDir, testCredentialsEnvironment(), true);
        const qint64 patient = addTestPatient(desk.services->patients(), QStringLiteral("Ana"), QStringLiteral("Ruiz"),
                                              QStringLiteral("(415) 555-0101"));
        desk.chat->showPatient(*desk.services->patients().get(patient));
        desk.window->show();
        OfflineQueue *offline = desk.services->offlineQueue();
        QVERIFY(offline);
        QCOMPARE(QFile::permissions(offline->filePath()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        QVERIFY2(server.stop(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.services->changeFeed()->isConnected(), 10000);
        desk.edit()->setFocus();
        const QString text = QStringLiteral("Your results are ready, call us when you can");
        desk.edit()->setPlainText(text);
        QVERIFY(desk.chat->sendComposerText());
        // Kept, not lost and not an error: the composer is free, the chat says it waits.
        QCOMPARE(offline->count(), 1);
        QVERIFY(desk.edit()->toPlainText().isEmpty());
        QVERIFY2(desk.chat->awarenessBar()->waitingText().contains(text),
                 qPrintable(desk.chat->awarenessBar()->waitingText()));
        QCOMPARE(twilio.createCount(), 0);
        {
            // It is on disk: a restart of the desk would find it.
            OfflineQueue reopened(dataDir);
            QCOMPARE(reopened.count(), 1);
            QCOMPARE(reopened.waiting(patient).constFirst().body, text);
        }
        const QString ref = QLatin1String(OfflineQueue::RefPrefix) + offline->waiting().constFirst().clientId;

        QVERIFY2(server.startAgain(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(offline->count(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(twilio.createCount(), 1, 20000);
        QTRY_VERIFY(desk.chat->awarenessBar()->waitingText().isEmpty());
        auto stored = desk.services->messages().findByPurpose(MessagePurpose::Chat, ref);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->body.startsWith(text), true);
        auto rows = desk.services->database()->exec(
            QStringLiteral("SELECT count(*) FROM messages WHERE purpose_ref = ?"), {ref});
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 1);

        // A replay of the same kept text (a crash after the server stored it, before this computer forgot it) finds
        // the stored message instead of writing a second one.
        QueueOptions again;
        again.purposeRef = ref;
        again.oncePerRef = true;
        auto replayed = desk.services->messaging().send(patient, text, again);
        QVERIFY(replayed);
        QCOMPARE(replayed->id, (*stored)->id);
        rows = desk.services->database()->exec(QStringLiteral("SELECT count(*) FROM messages WHERE purpose_ref = ?"),
                                               {ref});
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 1);
        QTest::qWait(2500); // a few poll cycles
        QCOMPARE(twilio.createCount(), 1);
    }
};

QTEST_MAIN(TestMultiDeskGui)
#include "tst_multidesk_gui.moc"

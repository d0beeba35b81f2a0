// The messaging engine through MessagingService, the one session of a process, against the loopback fake Twilio
// with real credentials (EnvCredentialsProvider): send, automatic polling, back-off and recovery, restart after a
// credentials change, shutdown during a send, one change notification per committed transaction, and one
// gateway/outbox/store per AppServices. Core only: no Qt Widgets.
#include "tests/core/MessagingTestRig.h"

#include "core/messaging/MessageChange.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/messaging/Outbox.h"
#include "core/messaging/SmsGateway.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString AnnPhone = QStringLiteral("+14155550123");

// One process's services (AppServices + its MessagingService) on a private database, and the fake Twilio serving
// from a thread of its own: stop() and the service's destructor block the test's thread, and the fake must still
// answer the send they wait for.
struct ServiceRig
{
    TestEnvironment env;
    FakeTwilioServer server;
    std::unique_ptr<AppServices> services;

    ServiceRig()
    {
        // Short intervals, so automatic cycles happen within a test (read by the service at start).
        (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1);
        (void)AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 1);
        server.setAccount(TestAccountSid, TestAuthToken);
        server.addIncomingNumber(TestClinicNumber);
        if (!server.startInBackground())
            qFatal("fake Twilio did not start");
        qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
    }
    ~ServiceRig()
    {
        services.reset(); // the messaging thread ends before the fake goes
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }

    // Opens the services (a new "process" on the same database when called again) and starts messaging.
    Status<> open(const QProcessEnvironment &credentials, bool pollAutomatically)
    {
        services.reset();
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(credentials);
        options.messaging.pollAutomatically = pollAutomatically;
        auto made = AppServices::open(env.databaseTarget(), std::move(options));
        if (!made)
            qFatal("services: %s", qPrintable(made.error().message));
        services = std::move(made.value());
        return services->messaging().start();
    }

    MessagingService &messaging() { return services->messaging(); }
    MessageStore &messages() { return services->messages(); }

    qint64 addPatient(const QString &first, const QString &phone)
    {
        Patient p;
        p.firstName = first;
        p.lastName = QStringLiteral("Tester");
        p.phoneRaw = phone;
        p.smsConsent = true;
        p.consentMethod = QStringLiteral("test");
        auto created = services->patients().create(p);
        if (!created)
            qFatal("patient: %s", qPrintable(created.error().message));
        return created->id;
    }
    int countRows(const QString &where = QStringLiteral("1 = 1")) const
    {
        auto q = services->database()->exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE %1").arg(where));
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    QString statusOf(qint64 id) const
    {
        auto m = services->messages().get(id);
        return m ? m->status : QString();
    }
    QString sidOf(qint64 id) const
    {
        auto m = services->messages().get(id);
        return m ? m->sid : QString();
    }
    // Creates the fake received whose Body starts with `prefix` (what a patient's phone would receive).
    int createsWithBody(const QString &prefix) const
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == "POST" && r.path.endsWith(QLatin1String("/Messages.json")) &&
                 r.formValue(QStringLiteral("Body")).startsWith(prefix);
        return n;
    }
};

// Every SyncReport the service announces, with when it arrived (main thread).
struct CycleLog : QObject
{
    QList<SyncReport> reports;
    QList<qint64> atMs;
    QElapsedTimer clock;

    explicit CycleLog(MessagingService &service)
    {
        clock.start();
        QObject::connect(&service, &MessagingService::cycleReported, this, [this](const SyncReport &r) {
            reports << r;
            atMs << clock.elapsed();
        });
    }
    int count(bool ok) const
    {
        return int(std::count_if(reports.begin(), reports.end(), [ok](const SyncReport &r) { return r.ok() == ok; }));
    }
    QList<qint64> times(bool ok) const
    {
        QList<qint64> out;
        for (int i = 0; i < reports.size(); ++i) {
            if (reports.at(i).ok() == ok)
                out << atMs.at(i);
        }
        return out;
    }
    int inbound() const
    {
        int n = 0;
        for (const SyncReport &r : reports)
            n += r.inbound;
        return n;
    }
};

// MessageStore::changed as a listener in the main thread hears it (queued when the messaging thread wrote), and
// on which thread it was emitted.
struct ChangeLog : QObject
{
    QList<MessageChange> received;
    QList<bool> receivedInMainThread;
    QMutex mutex;
    QList<bool> emittedInMainThread; // guarded by mutex: appended on the emitting thread

    explicit ChangeLog(MessageStore &store)
    {
        QObject::connect(&store, &MessageStore::changed, this, [this](const MessageChange &change) {
            received << change;
            receivedInMainThread << (QThread::currentThread() == QCoreApplication::instance()->thread());
        });
        QObject::connect(
            &store, &MessageStore::changed, this,
            [this](const MessageChange &) {
                QMutexLocker lock(&mutex);
                emittedInMainThread << (QThread::currentThread() == QCoreApplication::instance()->thread());
            },
            Qt::DirectConnection);
    }
    bool emittedInMain(int i)
    {
        QMutexLocker lock(&mutex);
        return emittedInMainThread.value(i, true);
    }
};

QProcessEnvironment halfConfigured()
{
    // An account SID and a number, but no token: neither Twilio nor demo.
    QProcessEnvironment e;
    e.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), TestAccountSid);
    e.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), TestClinicNumber);
    return e;
}

} // namespace

class TestMessagingService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The settings home of the whole run (QSettings keeps the first path it sees); no credentials from the
        // developer's shell.
        m_settingsHome = std::make_unique<TestEnvironment>();
        for (const char *name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                                 "TWILIO_PHONE_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"})
            qunsetenv(name);
        QVERIFY(AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1));
        QVERIFY(AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 1));
        QCOMPARE(AppSettings::pollIntervalIdleSec(), 1);
    }

    void cleanup()
    {
        (void)AppSettings::removeUserValue(SettingKeys::RequestTimeoutSec);
        // Whatever a test did, nothing of its messaging session outlives it.
        QCOMPARE(SmsGateway::liveInstances(), 0);
        QCOMPARE(Outbox::liveInstances(), 0);
        QCOMPARE(MessageStore::liveInstances(), 0);
    }

    // (a) send(): the pending row is written at once, on the caller's thread; the messaging thread sends it.
    void sendWritesPendingThenTheThreadSendsItOnce()
    {
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), true));
        QVERIFY(!rig.messaging().isDemo());
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);

        QSignalSpy finished(&rig.messaging(), &MessagingService::sendFinished);
        auto sent = rig.messaging().send(ann, QStringLiteral("Your appointment is tomorrow at 9."));
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
        QCOMPARE(sent->status, MessageStatus::Pending);
        QVERIFY(sent->sid.isEmpty());
        // On disk before send() returned (whatever state the thread has taken it to since).
        QCOMPARE(rig.countRows(QStringLiteral("id = %1").arg(sent->id)), 1);

        QTRY_VERIFY_WITH_TIMEOUT(!rig.sidOf(sent->id).isEmpty(), 10000);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().toLongLong(), sent->id);
        QCOMPARE(rig.server.createCount(), 1);
        QCOMPARE(rig.server.message(rig.sidOf(sent->id)).value(QStringLiteral("body")).toString(), sent->body);

        // sendAndWait: back only when the thread is done with it, with the row as it ended.
        auto waited = rig.messaging().sendAndWait(ann, QStringLiteral("See you soon."));
        QVERIFY2(waited, qPrintable(waited ? QString() : waited.error().message));
        QVERIFY(waited->sid.startsWith(QLatin1String("SM")));
        QCOMPARE(waited->status, MessageStatus::Queued);
        QCOMPARE(waited->body, QStringLiteral("See you soon.")); // not the first: no opt-out line
        QCOMPARE(rig.server.createCount(), 2);
        // A few automatic cycles later still exactly one create per message.
        CycleLog cycles(rig.messaging());
        QTRY_VERIFY_WITH_TIMEOUT(cycles.reports.size() >= 2, 10000);
        QCOMPARE(rig.server.createCount(), 2);
    }

    // (b) A reply waiting at Twilio arrives through the timer's cycles, without anyone asking, and is stored once.
    void replyArrivesThroughTheAutomaticPoll()
    {
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), true));
        CycleLog cycles(rig.messaging());
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        QTRY_VERIFY_WITH_TIMEOUT(cycles.reports.size() >= 1, 10000); // the cycle at start
        QCOMPARE(cycles.inbound(), 0);

        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Running late, sorry"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.countRows(QStringLiteral("direction = 'inbound'")), 1, 10000);
        QTRY_COMPARE(cycles.inbound(), 1);
        auto thread = rig.messages().thread(ann);
        QVERIFY(thread);
        QCOMPARE(thread->messages.size(), 1);
        QCOMPARE(thread->messages.constFirst().body, QStringLiteral("Running late, sorry"));
        QCOMPARE(*rig.messages().unreadCount(ann), 1);

        // Later cycles find nothing new.
        const int seen = int(cycles.reports.size());
        QTRY_VERIFY_WITH_TIMEOUT(cycles.reports.size() >= seen + 2, 10000);
        QCOMPARE(cycles.inbound(), 1);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 1);
        QVERIFY(rig.messaging().lastCycleError().isEmpty());
        QVERIFY(rig.messaging().lastSuccessAt().isValid());
    }

    void syncAndWaitReturnsTheReplyOnceThenNothing()
    {
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), false)); // the CLI: cycles only when asked
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Thanks!"));
        SyncReport first = rig.messaging().syncAndWait();
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first.inbound, 1);
        SyncReport second = rig.messaging().syncAndWait();
        QVERIFY(second.ok());
        QCOMPARE(second.inbound, 0);
        QCOMPARE(rig.messages().thread(ann)->messages.size(), 1);
    }

    // (c) Failed cycles stretch the interval (1 s base: 2 s, 4 s, 8 s ...); the first success brings it back.
    // Bounds are lower bounds on timers and generous upper bounds, so a slow machine cannot make this flaky.
    void failedCyclesBackOffAndRecoveryRestoresTheInterval()
    {
        ServiceRig rig;
        // Twilio answers every list with a server error (500: not retried by the transport, fails fast).
        for (int i = 0; i < 20; ++i)
            rig.server.failNext("GET", QStringLiteral("/Messages.json"), 500, 20500, QStringLiteral("Down"));
        QVERIFY(rig.open(testCredentialsEnvironment(), true));
        CycleLog cycles(rig.messaging());

        QTRY_VERIFY_WITH_TIMEOUT(cycles.count(false) >= 3, 20000);
        rig.server.clearFaults(); // healthy again
        const QList<qint64> failed = cycles.times(false);
        QCOMPARE(cycles.count(true), 0);
        QVERIFY(!rig.messaging().lastCycleError().isEmpty());
        const qint64 gap1 = failed.at(1) - failed.at(0);
        const qint64 gap2 = failed.at(2) - failed.at(1);
        // At the base interval both gaps would be about 1 s.
        QVERIFY2(gap1 >= 1700, qPrintable(QString::number(gap1)));
        QVERIFY2(gap2 >= 3500, qPrintable(QString::number(gap2)));
        QVERIFY2(gap2 > gap1, qPrintable(QStringLiteral("%1 then %2").arg(gap1).arg(gap2)));

        // Recovery without anyone asking: the next (stretched) cycle succeeds...
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count(true) >= 1, 20000);
        QCOMPARE(cycles.count(false), 3);
        QVERIFY(cycles.times(true).at(0) - failed.at(2) >= 7000); // the third failure made it 8 s
        QVERIFY(rig.messaging().lastCycleError().isEmpty());
        QVERIFY(rig.messaging().lastSuccessAt().isValid());
        // ... and the ones after it come at the base interval again (still stretched, they would be 8 s apart).
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count(true) >= 3, 10000);
        const QList<qint64> ok = cycles.times(true);
        QVERIFY2(ok.at(1) - ok.at(0) < 4000, qPrintable(QString::number(ok.at(1) - ok.at(0))));
        QVERIFY2(ok.at(2) - ok.at(1) < 4000, qPrintable(QString::number(ok.at(2) - ok.at(1))));
    }

    // (d) Demo first (nothing configured), then Twilio without restarting the process.
    void restartAfterCredentialsChangeSwitchesFromDemoToTwilio()
    {
        ServiceRig rig;
        QVERIFY(rig.open(QProcessEnvironment(), true)); // empty environment: demo
        QVERIFY(rig.messaging().isDemo());
        QVERIFY(!rig.messaging().configurationError());
        CycleLog cycles(rig.messaging());
        QTRY_VERIFY_WITH_TIMEOUT(cycles.reports.size() >= 1, 10000);
        QCOMPARE(rig.server.requestCount(), 0); // the demo never talks to Twilio
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);

        QSignalSpy restarted(&rig.messaging(), &MessagingService::restarted);
        QVERIFY(rig.messaging().restart(std::make_shared<EnvCredentialsProvider>(testCredentialsEnvironment())));
        QCOMPARE(restarted.count(), 1);
        QVERIFY(rig.messaging().isRunning());
        QVERIFY(!rig.messaging().isDemo());
        QVERIFY(!rig.messaging().configurationError());

        auto sent = rig.messaging().send(ann, QStringLiteral("Now for real"));
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
        QVERIFY(!sent->isDemo);
        QCOMPARE(sent->fromNumber, TestClinicNumber);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.createCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sidOf(sent->id).isEmpty(), 10000);
        QCOMPARE(rig.createsWithBody(QStringLiteral("Now for real")), 1);
    }

    // (d) Half-configured credentials are neither Twilio nor demo: sending is off and says why; nothing written.
    void halfConfiguredCredentialsRefuseSendingAndWriteNothing()
    {
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), true));
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        QSignalSpy restarted(&rig.messaging(), &MessagingService::restarted);

        const auto restartedWith = rig.messaging().restart(std::make_shared<EnvCredentialsProvider>(halfConfigured()));
        QVERIFY(!restartedWith);
        QCOMPARE(restartedWith.error().code, QStringLiteral("twilio.incomplete"));
        QCOMPARE(restarted.count(), 1);
        QVERIFY(!rig.messaging().isRunning());
        QVERIFY(rig.messaging().configurationError());
        QCOMPARE(rig.messaging().configurationError()->code, QStringLiteral("twilio.incomplete"));
        QVERIFY(rig.messaging().configurationError()->message.contains(QStringLiteral("Auth Token")));
        QVERIFY(!rig.messaging().availability(*rig.services->patients().get(ann)).canSend());

        const int rowsBefore = rig.countRows();
        const int createsBefore = rig.server.createCount();
        auto refused = rig.messaging().send(ann, QStringLiteral("Should not be written"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("twilio.incomplete"));
        QCOMPARE(refused.error().message, rig.messaging().configurationError()->message);
        QCOMPARE(rig.countRows(), rowsBefore);
        QCOMPARE(rig.countRows(QStringLiteral("body LIKE 'Should not%'")), 0);
        auto audit = rig.services->database()->exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'message.queued'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 0);
        const SyncReport report = rig.messaging().syncAndWait();
        QVERIFY(!report.ok());
        QCOMPARE(rig.server.createCount(), createsBefore);
    }

    // (e) stop() while a create is in flight: stop() returns only after the send step finished; the row is never
    // lost (nor the one queued behind it) and never sent twice, also after a new service starts and syncs.
    void stopDuringASendLetsItFinish_data()
    {
        QTest::addColumn<int>("answerDelayMs");
        QTest::addColumn<int>("requestTimeoutSec"); // 0: the default (20 s)
        QTest::newRow("answer arrives late") << 1500 << 0;
        QTest::newRow("answer lost, settled by lookup") << 4000 << 1;
    }
    void stopDuringASendLetsItFinish()
    {
        QFETCH(int, answerDelayMs);
        QFETCH(int, requestTimeoutSec);
        if (requestTimeoutSec > 0)
            QVERIFY(AppSettings::setValue(SettingKeys::RequestTimeoutSec, requestTimeoutSec));
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), false));
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);

        // Twilio takes the message at once but answers slowly (or, past the timeout, never usefully).
        FakeTwilioServer::Fault slow;
        slow.method = "POST";
        slow.pathSuffix = QStringLiteral("/Messages.json");
        slow.process = true;
        slow.delayMs = answerDelayMs;
        rig.server.enqueueFault(slow);

        auto first = rig.messaging().send(ann, QStringLiteral("Lab results are in"));
        QVERIFY(first);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.createCount(), 1, 10000); // in flight now
        auto second = rig.messaging().send(ann, QStringLiteral("Second note"));
        QVERIFY(second); // written; its send waits behind the running one

        QElapsedTimer stopping;
        stopping.start();
        rig.messaging().stop();
        const qint64 stopMs = stopping.elapsed();
        QVERIFY(!rig.messaging().isRunning());
        // It waited for the step: the first row has its sid (answered, or found by lookup), not 'sending'.
        QVERIFY2(stopMs >= 500, qPrintable(QString::number(stopMs)));
        const QString sid = rig.sidOf(first->id);
        QVERIFY2(!sid.isEmpty(), qPrintable(rig.statusOf(first->id)));
        QCOMPARE(rig.server.message(sid).value(QStringLiteral("body")).toString(), first->body);
        // The second was never started: still pending, still on disk.
        QCOMPARE(rig.statusOf(second->id), MessageStatus::Pending);
        QCOMPARE(rig.server.createCount(), 1);

        // A new session on the same database sends what is left, and nothing twice.
        rig.server.clearFaults();
        QVERIFY(rig.open(testCredentialsEnvironment(), false));
        const SyncReport report = rig.messaging().syncAndWait();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.sent, 1);
        QCOMPARE(rig.server.createCount(), 2);
        QCOMPARE(rig.createsWithBody(QStringLiteral("Lab results are in")), 1);
        QCOMPARE(rig.createsWithBody(QStringLiteral("Second note")), 1);
        QCOMPARE(rig.sidOf(first->id), sid);
        QVERIFY(!rig.sidOf(second->id).isEmpty());
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'outbound'")), 2);
    }

    // One transport, one outbox and one message store per process, also across a restart.
    void oneGatewayOutboxAndStorePerAppServices()
    {
        QCOMPARE(SmsGateway::liveInstances(), 0);
        QCOMPARE(Outbox::liveInstances(), 0);
        QCOMPARE(MessageStore::liveInstances(), 0);
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), true));
        CycleLog cycles(rig.messaging());
        QTRY_VERIFY_WITH_TIMEOUT(cycles.reports.size() >= 1, 10000); // the thread opened its session
        QCOMPARE(SmsGateway::liveInstances(), 1);
        QCOMPARE(Outbox::liveInstances(), 1);
        QCOMPARE(MessageStore::liveInstances(), 1);

        QVERIFY(rig.messaging().restart(std::make_shared<EnvCredentialsProvider>(QProcessEnvironment())));
        QTRY_VERIFY_WITH_TIMEOUT(cycles.reports.size() >= 2, 10000);
        QVERIFY(rig.messaging().isDemo());
        QCOMPARE(SmsGateway::liveInstances(), 1);
        QCOMPARE(Outbox::liveInstances(), 1);
        QCOMPARE(MessageStore::liveInstances(), 1);

        rig.services.reset();
        QCOMPARE(SmsGateway::liveInstances(), 0);
        QCOMPARE(Outbox::liveInstances(), 0);
        QCOMPARE(MessageStore::liveInstances(), 0);
    }

    // Exactly one MessageStore::changed per committed transaction: queue (1), the outbox's claim and adopt (2), a
    // status update by the poller (1), a reply stored by the poller (1). Writes of the messaging thread reach a
    // listener in the main thread queued.
    void oneChangePerCommittedTransaction()
    {
        ServiceRig rig;
        QVERIFY(rig.open(testCredentialsEnvironment(), false)); // no cycles but the ones asked for
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        ChangeLog log(rig.messages());
        QSignalSpy finished(&rig.messaging(), &MessagingService::sendFinished);

        // queue(): written on the caller's (main) thread, announced there at once.
        auto sent = rig.messaging().send(ann, QStringLiteral("Please bring your card"));
        QVERIFY(sent);
        const qint64 id = sent->id;
        QCOMPARE(log.received.size(), 1);
        const MessageChange queued = log.received.at(0);
        QCOMPARE(queued.kinds, int(MessageChange::Inserted));
        QCOMPARE(queued.messageIds, QSet<qint64>{id});
        QCOMPARE(queued.conversations, QSet<qint64>{ann});
        QVERIFY(log.emittedInMain(0));

        // claim, then adopt: two transactions in the messaging thread. sendFinished is queued after both.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(log.received.size(), 3);
        for (int i = 1; i < 3; ++i) {
            const MessageChange &c = log.received.at(i);
            QCOMPARE(c.kinds, int(MessageChange::StatusChanged));
            QCOMPARE(c.messageIds, QSet<qint64>{id});
            QCOMPARE(c.conversations, QSet<qint64>{ann});
            QVERIFY2(!log.emittedInMain(i), "the send was written in the main thread");
            QVERIFY(log.receivedInMainThread.at(i));
        }
        const QString sid = rig.sidOf(id);
        QVERIFY(!sid.isEmpty());

        // A delivery receipt applied by the poller: one transaction.
        QVERIFY(rig.server.setStatus(sid, MessageStatus::Delivered));
        SyncReport report = rig.messaging().syncAndWait();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report.statusUpdates, 1);
        QCOMPARE(log.received.size(), 4);
        QCOMPARE(log.received.at(3).kinds, int(MessageChange::StatusChanged));
        QCOMPARE(log.received.at(3).messageIds, QSet<qint64>{id});
        QCOMPARE(log.received.at(3).conversations, QSet<qint64>{ann});
        QVERIFY(!log.emittedInMain(3));
        QVERIFY(log.receivedInMainThread.at(3));
        QCOMPARE(rig.statusOf(id), MessageStatus::Delivered);

        // A reply stored by the poller: one transaction, naming the conversation.
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Will do"));
        report = rig.messaging().syncAndWait();
        QVERIFY(report.ok());
        QCOMPARE(report.inbound, 1);
        QCOMPARE(log.received.size(), 5);
        const MessageChange reply = log.received.at(4);
        QVERIFY(reply.has(MessageChange::Inserted));
        QCOMPARE(reply.conversations, QSet<qint64>{ann});
        QCOMPARE(reply.messageIds.size(), 1);
        auto stored = rig.messages().get(*reply.messageIds.constBegin());
        QVERIFY(stored);
        QCOMPARE(stored->body, QStringLiteral("Will do"));
        QVERIFY(stored->direction == Message::Direction::Inbound);
        QVERIFY(!log.emittedInMain(4));
        QVERIFY(log.receivedInMainThread.at(4));

        // An idle cycle commits nothing to the messages: no notification.
        report = rig.messaging().syncAndWait();
        QVERIFY(report.ok());
        QCOMPARE(log.received.size(), 5);
    }

private:
    std::unique_ptr<TestEnvironment> m_settingsHome;
};

QTEST_GUILESS_MAIN(TestMessagingService)
#include "tst_messagingservice.moc"

// A real sender process (clinicdesk-outbox-child) is killed with SIGKILL at several points of a send; a restarted
// process must finish or settle every message: nothing lost, nothing sent twice (creates counted at the fake).
// Also: two processes syncing the same outbox at once send each message exactly once.
#include "tests/core/MessagingTestRig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString AnnPhone = QStringLiteral("+14155550123");

QString childPath()
{
    return QStringLiteral(OUTBOX_CHILD_PATH);
}

} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private:
    // Starts the child, waits until it paused at its point (or until `inFlightCreates` creates reached the fake),
    // then kills it with SIGKILL.
    void runAndKill(MessagingRig &rig, const QStringList &args, int inFlightCreates)
    {
        QProcess child;
        child.setProcessEnvironment(rig.childEnvironment());
        child.start(childPath(), args);
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray out;
        QDeadlineTimer deadline(60000);
        bool reached = false;
        while (!deadline.hasExpired() && child.state() == QProcess::Running) {
            QTest::qWait(5);
            out += child.readAllStandardOutput();
            if (inFlightCreates > 0 ? rig.server.createCount() >= inFlightCreates : out.contains("PAUSED")) {
                reached = true;
                break;
            }
        }
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(reached, qPrintable(QStringLiteral("child never reached its point; out=%1 err=%2")
                                         .arg(QString::fromUtf8(out), QString::fromUtf8(err))));
        child.kill(); // SIGKILL on Unix: no cleanup runs
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    }

    void restartAndSync(MessagingRig &rig)
    {
        const ChildRun run =
            runChild(childPath(), {rig.env.databaseArgument(), QStringLiteral("sync")}, rig.childEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

private slots:
    void killedDuringSend_data()
    {
        QTest::addColumn<int>("messages");  // 1: `send`; more: queued first, then `sync` sends them all
        QTest::addColumn<QString>("pause"); // checkpoint to be killed at (empty: killed while the create is in flight)
        QTest::addColumn<int>("inFlightCreates");
        QTest::newRow("send: after the pending row was written") << 1 << QStringLiteral("queued") << 0;
        QTest::newRow("send: claimed, request not yet made") << 1 << QStringLiteral("claimed") << 0;
        QTest::newRow("send: create reached Twilio, answer pending") << 1 << QString() << 1;
        QTest::newRow("send: answer received, not yet recorded") << 1 << QStringLiteral("answered") << 0;
        QTest::newRow("sync of 5: third claimed") << 5 << QStringLiteral("claimed:3") << 0;
        QTest::newRow("sync of 5: third create in flight") << 5 << QString() << 3;
        QTest::newRow("sync of 5: second answer unrecorded") << 5 << QStringLiteral("answered:2") << 0;
    }

    void killedDuringSend()
    {
        QFETCH(int, messages);
        QFETCH(QString, pause);
        QFETCH(int, inFlightCreates);
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        if (inFlightCreates > 0) {
            // Creates before the chosen one pass; the chosen one is processed ("Twilio got it") but answered late.
            for (int i = 1; i < inFlightCreates; ++i) {
                FakeTwilioServer::Fault pass;
                pass.method = "POST";
                pass.pathSuffix = QStringLiteral("/Messages.json");
                rig.server.enqueueFault(pass);
            }
            FakeTwilioServer::Fault slow;
            slow.method = "POST";
            slow.pathSuffix = QStringLiteral("/Messages.json");
            slow.process = true;
            slow.delayMs = 60000;
            rig.server.enqueueFault(slow);
        }

        QStringList args{rig.env.databaseArgument()};
        if (messages == 1) {
            args << QStringLiteral("send") << QString::number(ann) << QStringLiteral("Crash test") << pause;
        } else {
            for (int i = 0; i < messages; ++i)
                QVERIFY(rig.outbox().queue(ann, QStringLiteral("Message %1").arg(i)));
            args << QStringLiteral("sync") << pause;
        }
        runAndKill(rig, args, inFlightCreates);
        rig.server.clearFaults();
        const int createsBeforeRestart = rig.server.createCount();

        restartAndSync(rig);
        // A second restart changes nothing: everything was finished or settled by the first.
        restartAndSync(rig);

        // Every message exists exactly once at Twilio, and every row carries its own sid.
        QCOMPARE(rig.remoteCountTo(AnnPhone), messages);
        QCOMPARE(rig.server.createCount(), messages);
        QVERIFY(createsBeforeRestart <= messages);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'outbound'")), messages);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'outbound' AND sid IS NOT NULL AND status = 'queued'")),
                 messages);
        auto distinct = rig.db->exec(QStringLiteral("SELECT COUNT(DISTINCT sid) FROM messages"));
        QVERIFY(distinct && distinct->next());
        QCOMPARE(distinct->value(0).toInt(), messages);
        // The conversation summaries written beside the rows agree with them, whoever wrote and whoever was killed.
        QCOMPARE(rig.messages().verifySummaries().value_or(QStringList{QStringLiteral("check failed")}), QStringList());
        for (const QJsonObject &remote : rig.server.messages()) {
            auto local = rig.messages().findBySid(remote.value(QStringLiteral("sid")).toString());
            QVERIFY(local && local->has_value());
            QCOMPARE((*local)->body, remote.value(QStringLiteral("body")).toString());
        }
    }

    void twoProcessesSyncTheSameOutbox()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        constexpr int Count = 20;
        for (int i = 0; i < Count; ++i)
            QVERIFY(rig.outbox().queue(ann, QStringLiteral("Batch %1").arg(i)));
        // Both processes linger between reading a pending row and claiming it: they race for the same rows, and
        // only the atomic claim keeps them from sending one twice.
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(rig.childEnvironment());
            p->start(childPath(), {rig.env.databaseArgument(), QStringLiteral("sync"), QStringLiteral("slow-claim")});
        }
        QVERIFY(a.waitForStarted(10000) && b.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning && b.state() == QProcess::NotRunning, 120000);
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QByteArray outA = a.readAllStandardOutput();
        const QByteArray outB = b.readAllStandardOutput();
        QCOMPARE(rig.server.createCount(), Count);
        QCOMPARE(rig.remoteCountTo(AnnPhone), Count);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'outbound' AND sid IS NOT NULL")), Count);
        auto distinct = rig.db->exec(QStringLiteral("SELECT COUNT(DISTINCT sid) FROM messages"));
        QVERIFY(distinct && distinct->next());
        QCOMPARE(distinct->value(0).toInt(), Count);
        // Each process reports only what it sent itself: together exactly the batch.
        const int sentA = QJsonDocument::fromJson(outA.trimmed()).object().value(QStringLiteral("sent")).toInt(-1);
        const int sentB = QJsonDocument::fromJson(outB.trimmed()).object().value(QStringLiteral("sent")).toInt(-1);
        qInfo("process A sent %d, process B sent %d", sentA, sentB);
        QCOMPARE(sentA + sentB, Count);
        // The conversation summaries written beside the rows agree with them, whoever wrote and whoever was killed.
        QCOMPARE(rig.messages().verifySummaries().value_or(QStringList{QStringLiteral("check failed")}), QStringList());
    }

    void twoProcessesPollTheSameRepliesStoreEachOnce()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < 120; ++i)
            rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("reply %1").arg(i), base.addSecs(i));
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("STOP"), base.addSecs(200));
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(rig.childEnvironment());
            p->start(childPath(), {rig.env.databaseArgument(), QStringLiteral("sync")});
        }
        QVERIFY(a.waitForStarted(10000) && b.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning && b.state() == QProcess::NotRunning, 120000);
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 121);
        QVERIFY(rig.patients().get(ann)->isOptedOut());
        // The opt-out was applied (and audited) once, by the process that stored the STOP.
        auto audit = rig.db->exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'patient.opted-out' AND patient_id = ?"),
            {ann});
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);
        // The conversation summaries written beside the rows agree with them, whoever wrote and whoever was killed.
        QCOMPARE(rig.messages().verifySummaries().value_or(QStringList{QStringLiteral("check failed")}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"

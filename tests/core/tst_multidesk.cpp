// Several front desks on one PostgreSQL server (issue: "Several front desks, one clinic"). Three real desk processes
// (`clinicdesk-cli desk run`) against a PostgreSQL server this test starts and one Twilio stand-in:
//  - a reply reaches all three within one poll interval + 1 s (the poller desk stores it, NOTIFY tells the others);
//  - the stand-in sees about as many reply polls with three desks as with one (one poller per clinic);
//  - 30 texts queued at once are each created at Twilio exactly once, whichever desk sends them;
//  - killing the poller desk hands polling to another within one poll interval.
#include "core/desks/DeskLease.h"
#include "core/messaging/SyncEngine.h"

#include "tests/core/MessagingTestRig.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <csignal>
#include <memory>

using namespace cd;
using namespace cd::test;

namespace {
// Each desk's poll interval. The poller's lease follows it (no override): a dead poller is replaced within one.
constexpr int IntervalSec = 6;
} // namespace

struct Desk
{
    std::unique_ptr<QProcess> process;
    QStringList lines; // JSON lines printed so far
    QList<qint64> changeSeenAtMs;
    QList<qint64> inboundAtMs;
};

class TestMultiDesk : public QObject
{
    Q_OBJECT
private:
    QElapsedTimer m_clock;

    void startDesk(MessagingRig &rig, Desk &desk)
    {
        desk.process = std::make_unique<QProcess>();
        QProcessEnvironment environment = rig.childEnvironment();
        desk.process->setProcessEnvironment(environment);
        desk.process->setProcessChannelMode(QProcess::SeparateChannels);
        connect(desk.process.get(), &QProcess::readyReadStandardOutput, this, [this, &desk] {
            while (desk.process->canReadLine()) {
                const QString line = QString::fromUtf8(desk.process->readLine()).trimmed();
                desk.lines << line;
                const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
                if (object.value(QStringLiteral("change")).toString() == QLatin1String("messages"))
                    desk.changeSeenAtMs << m_clock.elapsed();
                if (object.value(QStringLiteral("inbound")).toInt() > 0)
                    desk.inboundAtMs << m_clock.elapsed();
            }
        });
        desk.process->start(QStringLiteral(CLINICDESK_CLI_PATH),
                            {QStringLiteral("desk"), QStringLiteral("run"), QStringLiteral("--interval"),
                             QString::number(IntervalSec), QStringLiteral("--json")});
        QVERIFY(desk.process->waitForStarted());
    }

    static void stopDesk(Desk &desk)
    {
        if (desk.process && desk.process->state() != QProcess::NotRunning) {
            desk.process->terminate();
            if (!desk.process->waitForFinished(15000))
                desk.process->kill();
        }
    }

    static std::optional<DeskLease::Holder> poller(MessagingRig &rig)
    {
        auto holder = DeskLease::current(*rig.db, QString::fromLatin1(SyncEngine::PollerLeaseName));
        if (!holder || !*holder || (*holder)->remainingMs <= 0)
            return std::nullopt;
        return **holder;
    }

    // The desk process holding the lease (its pid is in the holder id: host/pid/random).
    static int pollerIndex(MessagingRig &rig, const QList<Desk *> &desks)
    {
        const auto holder = poller(rig);
        if (!holder)
            return -1;
        const qint64 pid = holder->id.section(QLatin1Char('/'), 1, 1).toLongLong();
        for (int i = 0; i < desks.size(); ++i) {
            if (desks.at(i)->process && desks.at(i)->process->processId() == pid)
                return i;
        }
        return -1;
    }

    int replyPollsDuring(MessagingRig &rig, int ms)
    {
        const int before = rig.server.requestCount("GET", QStringLiteral("/Messages.json"));
        QTest::qWait(ms);
        return rig.server.requestCount("GET", QStringLiteral("/Messages.json")) - before;
    }

private slots:
    void initTestCase()
    {
        if (!TestEnvironment::onPostgres())
            QSKIP("runs only against PostgreSQL (CLINICDESK_TEST_BACKEND=postgres)");
    }

    void threeDesksOneServer()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        m_clock.start();

        // One desk alone: the reply polls it makes in two intervals.
        Desk first, second, third;
        startDesk(rig, first);
        QTRY_VERIFY_WITH_TIMEOUT(poller(rig).has_value(), 15000);
        QTest::qWait(1000);
        const int alonePolls = replyPollsDuring(rig, 2 * IntervalSec * 1000);

        startDesk(rig, second);
        startDesk(rig, third);
        QTRY_VERIFY_WITH_TIMEOUT(!second.lines.isEmpty() && !third.lines.isEmpty(), 15000);
        const int threePolls = replyPollsDuring(rig, 2 * IntervalSec * 1000);
        qInfo("reply polls in %d s: one desk %d, three desks %d", 2 * IntervalSec, alonePolls, threePolls);
        QVERIFY(alonePolls >= 1);
        // The same volume: the followers never poll (one extra poll at most, a cycle that overlapped a handover).
        QVERIFY2(threePolls <= alonePolls + 1, qPrintable(QStringLiteral("%1 vs %2").arg(threePolls).arg(alonePolls)));

        // A reply reaches every desk within one interval + 1 s: the poller stores it, the others hear of it.
        const QList<Desk *> desks{&first, &second, &third};
        for (Desk *desk : desks) {
            desk->changeSeenAtMs.clear();
            desk->inboundAtMs.clear();
        }
        const qint64 injectedAt = m_clock.elapsed();
        rig.server.injectInbound(QStringLiteral("+14155550123"), TestClinicNumber, QStringLiteral("Running late"));
        const int pollerDesk = pollerIndex(rig, desks);
        QVERIFY(pollerDesk >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(!desks.at(pollerDesk)->inboundAtMs.isEmpty(), (IntervalSec + 1) * 1000);
        for (int i = 0; i < desks.size(); ++i) {
            if (i == pollerDesk)
                continue;
            QTRY_VERIFY_WITH_TIMEOUT(!desks.at(i)->changeSeenAtMs.isEmpty(), (IntervalSec + 1) * 1000);
            qInfo("desk %d saw the reply %lld ms after it reached Twilio (poller: desk %d, %lld ms)", i,
                  desks.at(i)->changeSeenAtMs.constFirst() - injectedAt, pollerDesk,
                  desks.at(pollerDesk)->inboundAtMs.constFirst() - injectedAt);
            QVERIFY(desks.at(i)->changeSeenAtMs.constFirst() - injectedAt <= (IntervalSec + 1) * 1000);
        }
        QCOMPARE(rig.server.storedCount(), 1);

        // 30 texts queued at once: all three desks race for them; each is created once.
        const int createsBefore = rig.server.createCount();
        for (int i = 0; i < 30; ++i)
            QVERIFY(rig.outbox().queue(ann, QStringLiteral("Reminder %1").arg(i)));
        rig.messages().checkForChangesElsewhere();
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.createCount() - createsBefore >= 30, 4 * IntervalSec * 1000);
        QTest::qWait(2 * IntervalSec * 1000); // a duplicate would come within a cycle or two
        QCOMPARE(rig.server.createCount() - createsBefore, 30);
        QSet<QString> bodies;
        for (const QJsonObject &stored : rig.server.storedSince(0)) {
            if (stored.value(QStringLiteral("direction")).toString() != QLatin1String("inbound"))
                bodies.insert(stored.value(QStringLiteral("body")).toString());
        }
        QCOMPARE(bodies.size(), 30);

        // Killing the poller desk: another takes over within one interval (the lease runs out first).
        const int killed = pollerIndex(rig, desks);
        QVERIFY(killed >= 0);
        const qint64 oldEpoch = poller(rig)->epoch;
        ::kill(pid_t(desks.at(killed)->process->processId()), SIGKILL);
        desks.at(killed)->process->waitForFinished(5000);
        QElapsedTimer takeover;
        takeover.start();
        QTRY_VERIFY_WITH_TIMEOUT(poller(rig) && poller(rig)->epoch > oldEpoch, (IntervalSec + 2) * 1000);
        qInfo("polling handed over after %lld ms (interval %d s, the lease as long)", takeover.elapsed(), IntervalSec);
        QVERIFY(pollerIndex(rig, desks) >= 0 && pollerIndex(rig, desks) != killed);
        QVERIFY(takeover.elapsed() <= IntervalSec * 1000 + 1000);

        for (Desk *desk : desks)
            stopDesk(*desk);
    }
};

QTEST_GUILESS_MAIN(TestMultiDesk)
#include "tst_multidesk.moc"

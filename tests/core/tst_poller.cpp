// The poller through the real engine and Twilio client against the loopback fake: replies stored once, paging,
// STOP/START, unmatched numbers, status updates, and the request budget of an idle cycle over a long history.
#include "tests/core/MessagingTestRig.h"
#include "tests/support/MessageFixtures.h"
#include "tests/support/ShiftedClock.h"

#include "core/messaging/OptOutKeywords.h"
#include "core/messaging/PollSchedule.h"
#include "core/messaging/Poller.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {
const QString AnnPhone = QStringLiteral("+14155550123");
}

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("kind");
        const int out = int(OptOutKeywords::Kind::OptOut), in = int(OptOutKeywords::Kind::OptIn),
                  help = int(OptOutKeywords::Kind::Help), none = int(OptOutKeywords::Kind::None);
        QTest::newRow("STOP") << QStringLiteral("STOP") << out;
        QTest::newRow("stop. trimmed") << QStringLiteral("  stop. ") << out;
        QTest::newRow("Unsubscribe!") << QStringLiteral("Unsubscribe!") << out;
        QTest::newRow("cancel") << QStringLiteral("cancel") << out;
        QTest::newRow("end") << QStringLiteral("End") << out;
        QTest::newRow("quit") << QStringLiteral("QUIT") << out;
        QTest::newRow("stopall") << QStringLiteral("stopall") << out;
        QTest::newRow("revoke") << QStringLiteral("revoke") << out;
        QTest::newRow("optout") << QStringLiteral("OptOut") << out;
        QTest::newRow("start") << QStringLiteral("Start") << in;
        QTest::newRow("yes") << QStringLiteral("yes") << in;
        QTest::newRow("unstop") << QStringLiteral("UNSTOP") << in;
        QTest::newRow("help") << QStringLiteral("help") << help;
        QTest::newRow("info") << QStringLiteral("INFO?") << help;
        QTest::newRow("sentence") << QStringLiteral("please stop") << none;
        QTest::newRow("stopping") << QStringLiteral("stopping") << none;
        QTest::newRow("empty") << QString() << none;
    }
    void keywords()
    {
        QFETCH(QString, body);
        QFETCH(int, kind);
        QCOMPARE(int(OptOutKeywords::classify(body)), kind);
    }

    void repliesAreStoredOnce()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Thanks!"));
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("See you"));
        SyncReport first = rig.engine().runCycle();
        QVERIFY(first.ok());
        QCOMPARE(first.inbound, 2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rig.engine().runCycle().inbound, 0);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 2);
        auto thread = rig.messages().thread(ann);
        QVERIFY(thread);
        QCOMPARE(thread->messages.size(), 2);
        QCOMPARE(*rig.messages().unreadCount(ann), 2);
        QVERIFY(rig.messages().markThreadRead(ann));
        QCOMPARE(*rig.messages().unreadCount(ann), 0);
    }

    void repliesOverSeveralPages()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 130; ++i)
            rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("reply %1").arg(i), base.addSecs(i));
        SyncReport report = rig.engine().runCycle();
        QVERIFY(report.ok());
        QCOMPARE(report.inbound, 130);
        QVERIFY(rig.server.requestCount("GET") >= 3); // 50 a page
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 130);
        // Oldest first in the CLI's view; newest first (paged) in the GUI's.
        auto all = rig.messages().allMessages(ann);
        QCOMPARE(all->constFirst().body, QStringLiteral("reply 0"));
        auto page = rig.messages().thread(ann, 50);
        QCOMPARE(page->messages.constFirst().body, QStringLiteral("reply 129"));
        QVERIFY(page->next);
        auto older = rig.messages().thread(ann, 100, page->next);
        QCOMPARE(older->messages.size(), 80);
        QCOMPARE(older->messages.constLast().body, QStringLiteral("reply 0"));
        QVERIFY(!older->next);

        // One new reply on top of a full page of known ones: stored, nothing twice.
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("one more"));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 131);
    }

    void stopThenStart()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Stop"));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        auto patient = rig.patients().get(ann);
        QVERIFY(patient->isOptedOut());
        auto refused = rig.outbox().queue(ann, QStringLiteral("Hello"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.opted-out"));
        auto audit = rig.db->exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'patient.opted-out' AND patient_id = ?"),
            {ann});
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);

        // HELP changes nothing.
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("HELP"));
        rig.engine().runCycle();
        QVERIFY(rig.patients().get(ann)->isOptedOut());

        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("start"));
        rig.engine().runCycle();
        QVERIFY(!rig.patients().get(ann)->isOptedOut());
        auto allowed = rig.outbox().queue(ann, QStringLiteral("Welcome back"));
        QVERIFY(allowed);
        QVERIFY(rig.outbox().sendNow(allowed->id));
        QCOMPARE(rig.server.createCount(), 1);
    }

    // More than 50 pages (2,500 replies) between two polls: paging goes back to the last known reply, nothing lost.
    void manyRepliesBetweenTwoPollsAllStored()
    {
        MessagingRig rig;
        rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("known"),
                                 QDateTime::currentDateTimeUtc().addSecs(-7200));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 2600; ++i)
            rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("r%1").arg(i), base.addMSecs(i * 1000));
        QCOMPARE(rig.engine().runCycle().inbound, 2600);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 2601);
    }

    // A reply stored with a date in the future (a wrong clock) does not stop later replies from being fetched.
    void futureDatedReplyDoesNotStopPolling()
    {
        MessagingRig rig;
        rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("from the future"),
                                 QDateTime::currentDateTimeUtc().addDays(30));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("today"));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound' AND body = 'today'")), 1);
    }

    // A family phone: the reply goes to the patient texted last at that number; STOP and START apply to all.
    void sharedNumberRoutesToLastTextedAndStopsEveryone()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const qint64 ben = rig.addPatient(QStringLiteral("Ben"), AnnPhone);
        auto patientOf = [&](const QString &body) {
            auto q = rig.db->exec(QStringLiteral("SELECT patient_id FROM messages WHERE direction = 'inbound' AND "
                                                 "body = ?"),
                                  {body});
            return q && q->next() ? q->value(0).toLongLong() : qint64(-1);
        };
        // Nobody texted yet: the oldest record, as for a number that is not shared.
        const QDateTime t = QDateTime::currentDateTimeUtc();
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("first"), t);
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        QCOMPARE(patientOf(QStringLiteral("first")), ann);

        auto toBen = rig.outbox().queue(ben, QStringLiteral("Ben's check-up is at 4"));
        QVERIFY(toBen && rig.outbox().sendNow(toBen->id));
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("ok for Ben"), t.addSecs(2));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        QCOMPARE(patientOf(QStringLiteral("ok for Ben")), ben);

        QTest::qWait(1100); // created_at has whole seconds: the next text is strictly newer
        auto toAnn = rig.outbox().queue(ann, QStringLiteral("Your results are in"));
        QVERIFY(toAnn && rig.outbox().sendNow(toAnn->id));
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("thanks"), t.addSecs(4));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        QCOMPARE(patientOf(QStringLiteral("thanks")), ann);

        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("STOP"), t.addSecs(6));
        rig.engine().runCycle();
        QVERIFY(rig.patients().get(ann)->isOptedOut());
        QVERIFY(rig.patients().get(ben)->isOptedOut());
        QCOMPARE(rig.outbox().queue(ben, QStringLiteral("Hello")).error().code, QStringLiteral("send.opted-out"));

        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("START"), t.addSecs(8));
        rig.engine().runCycle();
        QVERIFY(!rig.patients().get(ann)->isOptedOut());
        QVERIFY(!rig.patients().get(ben)->isOptedOut());
    }

    void stopAndStartInOnePollEndOptedIn()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("STOP"), t);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("START"), t.addSecs(60));
        QCOMPARE(rig.engine().runCycle().inbound, 2);
        QVERIFY(!rig.patients().get(ann)->isOptedOut());
    }

    void stopCancelsScheduledMessages()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        // A reminder scheduled at Twilio (as a reminders feature would leave it).
        QJsonObject scheduled{{QStringLiteral("to"), AnnPhone},
                              {QStringLiteral("from"), TestClinicNumber},
                              {QStringLiteral("body"), QStringLiteral("Reminder")},
                              {QStringLiteral("status"), QStringLiteral("scheduled")},
                              {QStringLiteral("direction"), QStringLiteral("outbound-api")}};
        const QString sid = rig.server.injectMessage(scheduled);
        Message m;
        m.patientId = ann;
        m.direction = Message::Direction::Outbound;
        m.body = QStringLiteral("Reminder");
        m.status = MessageStatus::Scheduled;
        m.sid = sid;
        m.toNumber = AnnPhone;
        m.fromNumber = TestClinicNumber;
        m.scheduledFor = QDateTime::currentDateTimeUtc().addDays(2);
        const auto inserted = insertMessages(*rig.db, {m});
        QVERIFY(inserted);
        const qint64 id = inserted->constFirst();
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("STOP"));
        rig.engine().runCycle();
        QCOMPARE(rig.messages().get(id)->status, MessageStatus::Canceled);
        QCOMPARE(rig.server.message(sid).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
    }

    void unknownNumberLandsInUnmatched()
    {
        MessagingRig rig;
        rig.server.injectInbound(QStringLiteral("+14155550999"), TestClinicNumber, QStringLiteral("Who is this?"));
        rig.server.injectInbound(QStringLiteral("+14155550999"), TestClinicNumber, QStringLiteral("Hello?"));
        QCOMPARE(rig.engine().runCycle().inbound, 2);
        QCOMPARE(*rig.messages().unmatchedCount(), 2);
        auto list = rig.messages().unmatched();
        QCOMPARE(list->messages.size(), 2);
        QVERIFY(!list->messages.constFirst().patientId);
        QCOMPARE(rig.messages().unreadCounts()->value(0), 2);

        // Attaching one moves every message from that number into the patient's thread.
        const qint64 zoe = rig.addPatient(QStringLiteral("Zoe"), QStringLiteral("(415) 555-0999"));
        auto moved = rig.messages().attachToPatient(list->messages.constFirst().id, zoe);
        QVERIFY(moved);
        QCOMPARE(*moved, 2);
        QCOMPARE(*rig.messages().unmatchedCount(), 0);
        QCOMPARE(rig.messages().thread(zoe)->messages.size(), 2);
    }

    void statusUpdatesReachDelivered()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Hello"));
        auto sent = rig.outbox().sendNow(queued->id);
        QCOMPARE(sent->status, QStringLiteral("queued"));
        // Not sent yet at Twilio (no DateSent): answered by a single fetch.
        SyncReport report = rig.engine().runCycle();
        QCOMPARE(report.statusUpdates, 0);
        rig.server.setStatus(sent->sid, QStringLiteral("sent"));
        report = rig.engine().runCycle();
        QCOMPARE(report.statusUpdates, 1);
        QCOMPARE(rig.messages().get(queued->id)->status, QStringLiteral("sent"));
        rig.server.setStatus(sent->sid, QStringLiteral("delivered"));
        rig.server.clearRequestLog();
        report = rig.engine().runCycle();
        QCOMPARE(report.statusUpdates, 1);
        // The list From the clinic number answered it: no single fetch.
        QCOMPARE(rig.server.requestCount("GET"), 2);
        auto delivered = rig.messages().get(queued->id);
        QCOMPARE(delivered->status, QStringLiteral("delivered"));
        QCOMPARE(delivered->price, QStringLiteral("-0.00790"));
        QVERIFY(delivered->sentAt.isValid());

        // Undelivered with a carrier error: plain words.
        auto second = rig.outbox().queue(ann, QStringLiteral("Again"));
        auto secondSent = rig.outbox().sendNow(second->id);
        rig.server.setStatus(secondSent->sid, QStringLiteral("undelivered"), 30003);
        rig.engine().runCycle();
        auto undelivered = rig.messages().get(second->id);
        QCOMPARE(undelivered->status, QStringLiteral("undelivered"));
        QCOMPARE(undelivered->errorCode, 30003);
        QVERIFY(!undelivered->errorMessage.contains(QLatin1String("Fake error")));

        // Each outcome is audited once (more cycles change nothing), naming the message, never its text or number.
        for (int i = 0; i < 2; ++i)
            rig.engine().runCycle();
        const auto outcomes = [&](const QString &action, qint64 id) {
            auto q = rig.db->exec(QStringLiteral("SELECT count(*), MAX(details), MAX(patient_id) FROM audit_log WHERE "
                                                 "action = ? AND details LIKE ?"),
                                  {action, QStringLiteral("message %1:%").arg(id)});
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), 1);
            QCOMPARE(q->value(2).toLongLong(), ann);
            const QString details = q->value(1).toString();
            QVERIFY2(!details.contains(QLatin1String("Hello")) && !details.contains(QLatin1String("Again")) &&
                         !details.contains(QLatin1String("555")),
                     qPrintable(details));
        };
        outcomes(QStringLiteral("message.delivered"), queued->id);
        outcomes(QStringLiteral("message.undelivered"), second->id);
    }

    void idleCycleOverTenThousandMessagesMakesAtMostTwoRequests()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        // 10,000 messages over 60 days, all final, the same at Twilio and here.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(insertMessages(*rig.db, mirroredHistory(rig.server, ann, AnnPhone, TestClinicNumber, 10000, now)));
        QCOMPARE(rig.countRows(), 10000);
        rig.server.clearRequestLog();
        SyncReport report = rig.engine().runCycle();
        QVERIFY(report.ok());
        QCOMPARE(report.inbound, 0);
        QCOMPARE(report.sent, 0);
        QVERIFY2(rig.server.requestCount() <= 2, qPrintable(QString::number(rig.server.requestCount())));

        // Still within 2 with one message in flight ("sent", awaiting its receipt).
        const QString sid = rig.server.messages().constFirst().value(QStringLiteral("sid")).toString();
        QVERIFY(rig.messages().update(MessageChange::StatusChanged,
                                      QStringLiteral("UPDATE messages SET status = 'sent' WHERE sid = ?"), {sid}));
        rig.server.setStatus(sid, QStringLiteral("sent"));
        rig.server.clearRequestLog();
        report = rig.engine().runCycle();
        QVERIFY(report.ok());
        QVERIFY2(rig.server.requestCount() <= 2, qPrintable(QString::number(rig.server.requestCount())));
    }

    void statusCheckScheduleThinsOutWithAge_data()
    {
        QTest::addColumn<int>("ageSec");
        QTest::addColumn<int>("askedAgoSec");
        QTest::addColumn<bool>("due");
        QTest::newRow("never asked") << 7200 << -1 << true;
        QTest::newRow("young: every cycle") << 60 << 1 << true;
        QTest::newRow("3 min old, asked 10 s ago") << 180 << 10 << false;
        QTest::newRow("3 min old, asked 30 s ago") << 180 << 30 << true;
        QTest::newRow("1 h old, asked 5 min ago") << 3600 << 300 << false;
        QTest::newRow("1 h old, asked 6 min ago") << 3600 << 360 << true;
        QTest::newRow("2 days old, asked 14 min ago") << 172800 << 840 << false;
        QTest::newRow("2 days old, asked 15 min ago") << 172800 << 900 << true;
        QTest::newRow("clock set back") << 3600 << -600 << true;
    }

    void statusCheckScheduleThinsOutWithAge()
    {
        QFETCH(int, ageSec);
        QFETCH(int, askedAgoSec);
        QFETCH(bool, due);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime asked = askedAgoSec == -1 ? QDateTime() : now.addSecs(-askedAgoSec);
        QCOMPARE(Poller::statusCheckDue(now.addSecs(-ageSec), asked, now), due);
    }

    void oldTextWithoutReceiptDoesNotCostEveryCycle()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Hello"));
        auto sent = rig.outbox().sendNow(queued->id);
        QVERIFY(sent);
        rig.server.setStatus(sent->sid, QStringLiteral("sent")); // a carrier that never sends a receipt
        clock.shiftSec = 3600;                                   // an hour later
        rig.server.clearRequestLog();
        QVERIFY(rig.engine().runCycle().ok());
        const int asking = rig.server.requestCount("GET");
        rig.server.clearRequestLog();
        QVERIFY(rig.engine().runCycle().ok()); // the next cycle, seconds later: replies only
        const int notAsking = rig.server.requestCount("GET");
        QVERIFY2(notAsking < asking, qPrintable(QStringLiteral("%1 vs %2").arg(notAsking).arg(asking)));
        // A receipt that comes late is still picked up once the gap (a tenth of the age) has passed.
        rig.server.setStatus(sent->sid, QStringLiteral("delivered"));
        clock.shiftSec += 7 * 60;
        QCOMPARE(rig.engine().runCycle().statusUpdates, 1);
        QCOMPARE(rig.messages().get(queued->id)->status, QStringLiteral("delivered"));
    }

    void repliesWithMessagingServiceOnly()
    {
        // No clinic number known (a Messaging Service sends): the account's list, inbound kept, each sid once.
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        SenderConfig serviceOnly{{}, QStringLiteral("MG") + QString(32, QLatin1Char('b')), false};
        Outbox outbox(rig.messages(), rig.patients(), rig.session->gateway(), serviceOnly);
        SyncEngine engine(rig.messages(), rig.patients(), rig.session->gateway(), outbox);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Hi"));
        auto queued = engine.outbox().queue(ann, QStringLiteral("Hello"));
        QVERIFY(queued);
        auto sent = engine.outbox().sendNow(queued->id);
        QVERIFY(!sent->sid.isEmpty());
        QVERIFY(rig.server.requests().constLast().hasForm(QStringLiteral("MessagingServiceSid")));
        QCOMPARE(engine.runCycle().inbound, 1);
        QCOMPARE(engine.runCycle().inbound, 0);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 1);
    }

    void repliesOlderThanAPageOfOutboundWithMessagingServiceOnly()
    {
        // The account's list mixes directions: a first page holding only our own (known) outbound texts says
        // nothing about the replies behind it.
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        SenderConfig serviceOnly{{}, QStringLiteral("MG") + QString(32, QLatin1Char('b')), false};
        Outbox outbox(rig.messages(), rig.patients(), rig.session->gateway(), serviceOnly);
        SyncEngine engine(rig.messages(), rig.patients(), rig.session->gateway(), outbox);
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Can I come at 10?"),
                                 QDateTime::currentDateTimeUtc().addSecs(-600));
        for (int i = 0; i < 60; ++i) {
            auto queued = engine.outbox().queue(ann, QStringLiteral("Reminder %1").arg(i));
            QVERIFY(queued);
            auto sent = engine.outbox().sendNow(queued->id);
            QVERIFY(sent && !sent->sid.isEmpty());
            QVERIFY(rig.server.setStatus(sent->sid, QStringLiteral("delivered"))); // now with a DateSent
        }
        const SyncReport report = engine.runCycle();
        QVERIFY(report.ok());
        QCOMPARE(report.inbound, 1);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 1);
        QCOMPARE(engine.runCycle().inbound, 0);
    }

    void pollScheduleBacksOffAndRecovers()
    {
        PollSchedule schedule;
        QCOMPARE(schedule.nextIntervalMs(1000), 1000);
        schedule.recordFailure();
        QCOMPARE(schedule.nextIntervalMs(1000), 2000);
        schedule.recordFailure();
        QCOMPARE(schedule.nextIntervalMs(1000), 4000);
        for (int i = 0; i < 30; ++i)
            schedule.recordFailure();
        QCOMPARE(schedule.nextIntervalMs(1000), PollSchedule::MaxBackoffMs); // capped at 10 minutes
        const QDateTime at = QDateTime::currentDateTimeUtc();
        schedule.recordSuccess(at);
        QCOMPARE(schedule.consecutiveFailures(), 0);
        QCOMPARE(schedule.lastSuccess(), at);
        QCOMPARE(schedule.nextIntervalMs(1000), 1000);
        schedule.setChatOpen(true);
        QCOMPARE(schedule.nextIntervalMs(), 10000);
        schedule.setChatOpen(false);
        QCOMPARE(schedule.nextIntervalMs(), 60000);
    }

    void pollScheduleFollowsWhatStaffAreDoing()
    {
        PollSchedule schedule;
        PollIntervals in;
        in.activeMs = 3000;
        in.chatOpenMs = 10000;
        in.idleMs = 60000;
        in.maxBackoffMs = 120000;
        schedule.setIntervals(in);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(schedule.mode(now), PollSchedule::Mode::Idle);
        QCOMPARE(schedule.nextIntervalMs(now), 60000);
        schedule.setChatOpen(true);
        QCOMPARE(schedule.nextIntervalMs(now), 10000);
        // A send (or a reply in the open chat): every few seconds for the next few minutes, then calm again.
        schedule.noteActivity(now);
        QCOMPARE(schedule.mode(now.addSecs(60)), PollSchedule::Mode::Active);
        QCOMPARE(schedule.nextIntervalMs(now.addSecs(60)), 3000);
        QCOMPARE(schedule.nextIntervalMs(now.addMSecs(in.activeWindowMs + 1)), 10000);
        // The window in the background: the idle interval, even with a chat open.
        schedule.setWindowActive(false);
        QCOMPARE(schedule.mode(now.addSecs(600)), PollSchedule::Mode::Inactive);
        QCOMPARE(schedule.nextIntervalMs(now.addSecs(600)), 60000);
        schedule.setWindowActive(true);
        // Failures double the interval up to the configured cap; a success restores it.
        schedule.recordFailure();
        QCOMPARE(schedule.nextIntervalMs(now.addSecs(600)), 20000);
        for (int i = 0; i < 10; ++i)
            schedule.recordFailure();
        QCOMPARE(schedule.nextIntervalMs(now.addSecs(600)), 120000);
        schedule.recordSuccess(now);
        QCOMPARE(schedule.nextIntervalMs(now.addSecs(600)), 10000);
        // The active pace is never slower than a calmer one set shorter by a desk.
        in.chatOpenMs = 1000;
        schedule.setIntervals(in);
        schedule.noteActivity(now);
        QCOMPARE(schedule.nextIntervalMs(now), 1000);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"

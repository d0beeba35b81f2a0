// The outbox under the faults a clinic really has: a desk clock off by an hour (or a wrong time zone), Twilio's list
// lagging behind its creates, bodies Twilio rewrote, identical texts a minute apart, one row whose requests keep
// failing. Every case counts the creates the fake Twilio received: a double send or a lost text fails the test.
#include "tests/core/MessagingTestRig.h"

#include "tests/support/MessageFixtures.h"

#include "core/messaging/MessageStatusText.h"
#include "core/messaging/Outbox.h"
#include "core/twilio/TwilioClock.h"

#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

FakeTwilioServer::Fault lostCreate(bool twilioGotIt)
{
    FakeTwilioServer::Fault fault;
    fault.method = "POST";
    fault.pathSuffix = QStringLiteral("/Messages.json");
    fault.process = twilioGotIt; // created at Twilio (or not)...
    fault.dropConnection = true; // ...and the answer never arrived
    return fault;
}

QStringList outboundSidsTo(const FakeTwilioServer &server, const QString &to)
{
    QStringList sids; // oldest first
    for (const QJsonObject &m : server.storedSince(0)) {
        if (m.value(QStringLiteral("to")).toString() == to &&
            m.value(QStringLiteral("direction")).toString() != QLatin1String("inbound"))
            sids << m.value(QStringLiteral("sid")).toString();
    }
    return sids;
}

} // namespace

class TestOutboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void skewIsDescribedInHoursAndMinutes()
    {
        const qint64 minute = 60000;
        const QString late = TwilioClock::describe(90 * minute);
        QVERIFY2(late.startsWith(QLatin1String("1 hour")) && late.contains(QLatin1String(" 30 minute")) &&
                     late.endsWith(QLatin1String("behind Twilio's clock")),
                 qPrintable(late));
        const QString early = TwilioClock::describe(-20 * minute);
        QVERIFY2(early.startsWith(QLatin1String("20 minute")) && early.endsWith(QLatin1String("ahead of Twilio's clock")),
                 qPrintable(early));
        const QString even = TwilioClock::describe(120 * minute);
        QVERIFY2(even.startsWith(QLatin1String("2 hour")) && !even.contains(QLatin1String("minute")), qPrintable(even));
    }

    void init() { TwilioClock::reset(); }
    void cleanup()
    {
        Clock::setInstance(nullptr);
        TwilioClock::reset();
    }

    // Must show: this desk's clock +60 / -60 min (and a wrong time zone), Twilio's answer to a create lost, Twilio's
    // list slow to show it: exactly one create, settled to its own sid, never to an identical older text.
    void skewedDeskWithALostAnswerCreatesOnceAndSettlesToItsSid_data()
    {
        QTest::addColumn<int>("deskAheadSec");
        QTest::newRow("+60 min") << 3600;
        QTest::newRow("-60 min") << -3600;
        QTest::newRow("+20 min") << 1200;
        QTest::newRow("wrong time zone, +5 h") << 5 * 3600;
        QTest::newRow("wrong time zone, -8 h") << -8 * 3600;
    }
    void skewedDeskWithALostAnswerCreatesOnceAndSettlesToItsSid()
    {
        QFETCH(int, deskAheadSec);
        MessagingRig rig;
        ShiftedClock clock;
        clock.shiftSec = deskAheadSec;
        Clock::setInstance(&clock);
        rig.server.setClockSkewSec(-deskAheadSec); // Twilio keeps the true time
        rig.server.setListDelaySec(150);           // and its list lags behind creates
        const QString to = QStringLiteral("+14155550123");
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const QString body = QStringLiteral("Running 15 min late");

        // The same text went to the same number 40 minutes ago from outside this desk: it must never be adopted.
        QJsonObject older{
            {QStringLiteral("to"), to},
            {QStringLiteral("from"), TestClinicNumber},
            {QStringLiteral("direction"), QStringLiteral("outbound-api")},
            {QStringLiteral("status"), QStringLiteral("delivered")},
            {QStringLiteral("_created"), double(rig.server.serverNow().addSecs(-40 * 60).toMSecsSinceEpoch())},
            {QStringLiteral("_sent"), double(rig.server.serverNow().addSecs(-40 * 60).toMSecsSinceEpoch())}};
        auto queuedFirst = rig.outbox().queue(ann, QStringLiteral("Hello")); // takes the opt-out line
        QVERIFY(queuedFirst);
        QVERIFY(rig.outbox().sendNow(queuedFirst->id));
        QCOMPARE(rig.server.createCount(), 1);
        older.insert(QStringLiteral("body"), body);
        const QString decoy = rig.server.injectMessage(older);

        const auto offset = TwilioClock::offsetMs();
        QVERIFY(offset);
        QVERIFY2(qAbs(*offset + qint64(deskAheadSec) * 1000) < 5000, qPrintable(QString::number(*offset)));
        QCOMPARE(TwilioClock::skewed(), true);

        rig.server.enqueueFault(lostCreate(true));
        auto queued = rig.outbox().queue(ann, body);
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(result->status, MessageStatus::Unknown); // the list does not show it yet
        QCOMPARE(rig.server.createCount(), 2);

        // Cycles over the next half hour of both clocks: looked up, found once the list shows it, never resent.
        for (int step = 0; step < 15; ++step) {
            clock.shiftSec += 120;
            rig.engine().runCycle();
            QCOMPARE(rig.server.createCount(), 2);
        }
        const Message settled = *rig.messages().get(queued->id);
        const QStringList sids = outboundSidsTo(rig.server, to);
        QCOMPARE(sids.size(), 3); // the first text, the decoy, this one
        QCOMPARE(settled.sid, sids.constLast());
        QVERIFY(settled.sid != decoy);
        QCOMPARE(settled.status, QStringLiteral("queued"));
        QCOMPARE(rig.countRows(QStringLiteral("status = 'unknown' OR status = 'pending'")), 0);
    }

    // The create was the process's first request (no offset measured before it): still one create, right sid.
    void lostAnswerOnTheFirstRequestOfAProcess()
    {
        MessagingRig rig;
        ShiftedClock clock;
        clock.shiftSec = 3600;
        Clock::setInstance(&clock);
        rig.server.setClockSkewSec(-3600);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        // The measuring request before the claim fails too: the window falls back to today's offset.
        rig.server.failNext("GET", QStringLiteral("/Messages.json"), 400, 20001, QStringLiteral("no"));
        rig.server.enqueueFault(lostCreate(true));
        auto queued = rig.outbox().queue(ann, QStringLiteral("Your results are ready."));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(rig.server.createCount(), 1);
        QVERIFY(!result->sid.isEmpty());
        QCOMPARE(result->sid, outboundSidsTo(rig.server, QStringLiteral("+14155550123")).constLast());
    }

    // Identical texts to one number a minute apart, both answers lost, the list slow: each row its own sid.
    void identicalTextsAMinuteApartSettleToTheirOwnSids()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        rig.server.setListDelaySec(300);
        const QString to = QStringLiteral("+14155550123");
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QVERIFY(rig.outbox().sendNow(rig.outbox().queue(ann, QStringLiteral("Hi"))->id)); // the opt-out line
        const QString body = QStringLiteral("Please call the clinic.");
        rig.server.enqueueFault(lostCreate(true));
        const qint64 first = rig.outbox().queue(ann, body)->id;
        QCOMPARE(rig.outbox().sendNow(first)->status, MessageStatus::Unknown);
        clock.shiftSec += 60;
        rig.server.enqueueFault(lostCreate(true));
        const qint64 second = rig.outbox().queue(ann, body)->id;
        QCOMPARE(rig.outbox().sendNow(second)->status, MessageStatus::Unknown);
        for (int step = 0; step < 12; ++step) {
            clock.shiftSec += 150;
            rig.engine().runCycle();
        }
        QCOMPARE(rig.server.createCount(), 3);
        const QStringList sids = outboundSidsTo(rig.server, to);
        QCOMPARE(sids.size(), 3);
        QCOMPARE(rig.messages().get(first)->sid, sids.at(1));
        QCOMPARE(rig.messages().get(second)->sid, sids.at(2));
    }

    // Twilio rewrote the body (Smart Encoding, Link Shortening): still recognised, never sent again.
    void aBodyTwilioRewroteIsStillFound()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const QString to = QStringLiteral("+14155550123");
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QVERIFY(rig.outbox().sendNow(rig.outbox().queue(ann, QStringLiteral("Hi"))->id));
        const QString ours = QStringLiteral("It\u2019s ready \u2014 see https://clinic.example.com/forms/intake?id=42 "
                                            "\u201cthanks\u201d\u2026");
        rig.server.enqueueFault(lostCreate(false)); // the answer is lost; the test creates Twilio's version below
        const qint64 id = rig.outbox().queue(ann, ours)->id;
        QCOMPARE(rig.outbox().sendNow(id)->status, MessageStatus::Unknown);
        QJsonObject rewritten{
            {QStringLiteral("to"), to},
            {QStringLiteral("from"), TestClinicNumber},
            {QStringLiteral("direction"), QStringLiteral("outbound-api")},
            {QStringLiteral("status"), QStringLiteral("sent")},
            {QStringLiteral("body"), QStringLiteral("It's ready - see https://clnc.to/x1Yz \"thanks\"...")}};
        const QString sid = rig.server.injectMessage(rewritten);
        for (int step = 0; step < 10; ++step) {
            clock.shiftSec += 120;
            rig.engine().runCycle();
        }
        QCOMPARE(rig.messages().get(id)->sid, sid);
        QCOMPARE(rig.server.createCount(), 2); // the first text and the lost one: never a third
    }

    // Not at Twilio: resent only after several lookups over at least 15 minutes, and then exactly once.
    void notFoundIsResentOnlyAfterSeveralLookupsOverFifteenMinutes()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const QString to = QStringLiteral("+14155550123");
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        rig.server.enqueueFault(lostCreate(false));
        const qint64 id = rig.outbox().queue(ann, QStringLiteral("Maybe sent"))->id;
        QCOMPARE(rig.outbox().sendNow(id)->status, MessageStatus::Unknown);
        int lookups = 0;
        connect(&rig.server, &FakeTwilioServer::requestReceived, this, [&](const QByteArray &method, const QString &) {
            const auto last = rig.server.requests().constLast();
            lookups += method == "GET" && last.queryValue(QStringLiteral("To")) == to;
        });
        qint64 elapsed = 0;
        while (rig.messages().get(id)->status == MessageStatus::Unknown && elapsed < 3600) {
            clock.shiftSec += 60;
            elapsed += 60;
            rig.engine().runCycle();
        }
        QVERIFY2(elapsed >= 15 * 60, qPrintable(QString::number(elapsed)));
        QVERIFY2(lookups >= 3, qPrintable(QString::number(lookups)));
        QCOMPARE(rig.server.createCount(), 2);
        QCOMPARE(outboundSidsTo(rig.server, to).size(), 1);
        QVERIFY(!rig.messages().get(id)->sid.isEmpty());
    }

    // Must show: a failing row and 20 pending rows: the 20 go out in the same cycle, and the cycle still counts as
    // a good poll (the interval stays normal).
    void aFailingRowNeverHoldsBackTwentyPendingOrSlowsPolling()
    {
        MessagingRig rig;
        const QString stuckTo = QStringLiteral("+14155550199");
        const qint64 stuck = rig.addPatient(QStringLiteral("Stuck"), QStringLiteral("(415) 555-0199"));
        // Its create's answer is lost and every lookup of it fails.
        rig.server.enqueueFault(lostCreate(true));
        FakeTwilioServer::Fault broken;
        broken.method = "GET";
        broken.queryContains = QStringLiteral("To=") + stuckTo;
        broken.status = 500;
        broken.body = R"({"code": 20500, "message": "Internal Server Error", "status": 500})";
        broken.repeat = true;
        QVERIFY(rig.outbox().queue(stuck, QStringLiteral("Stuck text")));
        QList<qint64> patients;
        for (int i = 0; i < 20; ++i)
            patients << rig.addPatient(QStringLiteral("P%1").arg(i),
                                       QStringLiteral("(415) 555-02%1").arg(i, 2, 10, QLatin1Char('0')));
        for (qint64 patient : std::as_const(patients))
            QVERIFY(rig.outbox().queue(patient, QStringLiteral("Your appointment is confirmed.")));
        rig.server.enqueueFault(broken);
        rig.server.injectInbound(QStringLiteral("+14155550200"), TestClinicNumber, QStringLiteral("Thanks"));

        SyncReport report = rig.engine().runCycle();
        QCOMPARE(report.sent, 20);
        QVERIFY(report.rowErrors >= 1);
        QCOMPARE(report.inbound, 1);
        QVERIFY2(report.pollingOk(), qPrintable(report.errorMessage()));
        QVERIFY(report.ok());
        QCOMPARE(rig.server.createCount(), 21);
        QCOMPARE(rig.countRows(QStringLiteral("status = 'unknown'")), 1);

        // The next cycle right away: the stuck row waits on its own back-off (no request for it), polling goes on.
        const int before = rig.server.requestCount();
        rig.server.injectInbound(QStringLiteral("+14155550201"), TestClinicNumber, QStringLiteral("OK"));
        report = rig.engine().runCycle();
        QVERIFY(report.pollingOk());
        QCOMPARE(report.inbound, 1);
        for (const auto &request : rig.server.requests().mid(before))
            QVERIFY(request.queryValue(QStringLiteral("To")) != stuckTo);
        QCOMPARE(rig.server.createCount(), 21);
        // A rate-limited send stops sending for the cycle but is not a polling failure either.
        QVERIFY(rig.outbox().queue(patients.first(), QStringLiteral("One more")));
        for (int i = 0; i < 3; ++i)
            rig.server.failNext("POST", QStringLiteral("/Messages.json"), 429, 20429, QStringLiteral("Too many"));
        report = rig.engine().runCycle();
        QVERIFY(!report.ok());
        QVERIFY(report.pollingOk());
    }

    // A chat text still waiting after the clinic's limit (2 h) is held, never sent by itself; Send now sends it
    // once; a discarded one never goes.
    void aStaleChatTextIsHeldThenSentNowOrDiscarded()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const qint64 late = rig.outbox().queue(ann, QStringLiteral("Running 15 min late"))->id; // typed in an outage
        const qint64 other = rig.outbox().queue(ann, QStringLiteral("Bring your insurance card"))->id;
        clock.shiftSec = 2 * 3600 + 60;
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 0);
        Message held = *rig.messages().get(late);
        QCOMPARE(held.status, MessageStatus::Held);
        QCOMPARE(MessageStatusText::kind(held, clock.nowUtc()), StatusKind::Held);
        QVERIFY2(held.errorMessage.contains(QStringLiteral("more than 2 hour")), qPrintable(held.errorMessage));
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 0); // never by itself

        auto released = rig.outbox().releaseHeld(late);
        QVERIFY(released);
        QCOMPARE(released->status, MessageStatus::Pending);
        QVERIFY(!rig.outbox().sendNow(late)->sid.isEmpty());
        auto discarded = rig.outbox().cancel(other);
        QVERIFY(discarded);
        QCOMPARE(discarded->status, MessageStatus::Canceled);
        clock.shiftSec += 3600;
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 1);
        QCOMPARE(rig.messages().get(late)->status, QStringLiteral("queued"));
        QVERIFY(!rig.outbox().releaseHeld(other)); // no longer waiting for a decision
        auto audit = rig.db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'message.canceled'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);
    }

    // Pending, not confirmed and scheduled-at-Twilio messages can be canceled; the scheduled one at Twilio too.
    void pendingUnknownAndScheduledMessagesCanBeCanceled()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const QString to = QStringLiteral("+14155550123");
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const qint64 pending = rig.outbox().queue(ann, QStringLiteral("Pending text"))->id;
        QCOMPARE(rig.outbox().cancel(pending)->status, MessageStatus::Canceled);

        rig.server.enqueueFault(lostCreate(false));
        const qint64 unknown = rig.outbox().queue(ann, QStringLiteral("Lost text"))->id;
        QCOMPARE(rig.outbox().sendNow(unknown)->status, MessageStatus::Unknown);
        QCOMPARE(rig.outbox().cancel(unknown)->status, MessageStatus::Canceled);

        // Scheduled at Twilio (sent through a Messaging Service by another desk): stored with its sid.
        const QString sid =
            rig.server.injectMessage(QJsonObject{{QStringLiteral("to"), to},
                                                 {QStringLiteral("direction"), QStringLiteral("outbound-api")},
                                                 {QStringLiteral("status"), QStringLiteral("scheduled")},
                                                 {QStringLiteral("body"), QStringLiteral("Reminder")}});
        Message scheduled;
        scheduled.patientId = ann;
        scheduled.direction = Message::Direction::Outbound;
        scheduled.body = QStringLiteral("Reminder");
        scheduled.status = MessageStatus::Scheduled;
        scheduled.sid = sid;
        scheduled.toNumber = to;
        scheduled.scheduledFor = clock.nowUtc().addDays(1);
        const qint64 id = storeMessages(rig.messages(), {scheduled}).constFirst();
        auto canceled = rig.outbox().cancel(id);
        QVERIFY2(canceled, qPrintable(canceled ? QString() : canceled.error().message));
        QCOMPARE(canceled->status, MessageStatus::Canceled);
        QCOMPARE(rig.server.message(sid).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));

        // Already at Twilio and not scheduled: refused with the reason.
        const qint64 sent = rig.outbox().queue(ann, QStringLiteral("Gone"))->id;
        QVERIFY(!rig.outbox().sendNow(sent)->sid.isEmpty());
        auto refused = rig.outbox().cancel(sent);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("message.cannot-cancel"));
        for (int i = 0; i < 20; ++i) {
            clock.shiftSec += 120;
            rig.engine().runCycle();
        }
        QCOMPARE(outboundSidsTo(rig.server, to).size(), 2); // the scheduled one and "Gone": nothing canceled went
    }
    // A desk on another computer claimed a text and died mid-send. Its claim runs out on the database's clock: a
    // desk whose own clock is an hour ahead does not take a fresh claim for an abandoned one (on a shared server),
    // and once it has run out the text is settled by lookup, never sent again blindly.
    void anotherComputersClaimRunsOutOnTheDatabasesClockThenIsSettledByLookup()
    {
        OutboxOptions options;
        options.staleSendingSec = 600;
        MessagingRig rig(options);
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const qint64 id = rig.outbox().queue(ann, QStringLiteral("Your results are ready"))->id;
        // Claimed by a process this computer cannot look at (another host): only the claim's expiry can tell.
        auto claimed = rig.messages().claim(id, QStringLiteral("front-desk-2:4242:1"), {}, 1500);
        QVERIFY(claimed && *claimed);
        QVERIFY(!*rig.messages().claim(id, QStringLiteral("front-desk-3:77:1"))); // one claim at a time

        if (TestEnvironment::onPostgres()) {
            clock.shiftSec = 3600; // this desk's clock: an hour ahead; the server's is right
            rig.engine().runCycle();
            QCOMPARE(rig.messages().get(id)->status, MessageStatus::Sending);
        }
        rig.engine().runCycle();
        QCOMPARE(rig.messages().get(id)->status, MessageStatus::Sending); // still the other desk's
        QCOMPARE(rig.server.createCount(), 0);

        QTest::qWait(1700); // the claim runs out
        rig.engine().runCycle();
        // Taken over as "not confirmed": looked up at Twilio (not there yet), not created a second time.
        QCOMPARE(rig.messages().get(id)->status, MessageStatus::Unknown);
        QCOMPARE(rig.server.createCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"

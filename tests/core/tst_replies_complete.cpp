// Replies are never missed or left half-read (issue 13): a reply stored while Twilio still says "receiving" is
// fetched again until it is final; the Messaging Service's own numbers are polled too; a reply from a number
// several patients share is filed under the one texted last there, marked, and can be moved (audited).
#include "tests/core/MessagingTestRig.h"

#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {
const QString AnnPhone = QStringLiteral("+14155550123");

int fetchesOf(const FakeTwilioServer &server, const QString &sid)
{
    int n = 0;
    for (const auto &request : server.requests())
        n += request.method == "GET" && request.path.endsWith(QStringLiteral("/Messages/%1.json").arg(sid)) ? 1 : 0;
    return n;
}
} // namespace

class TestRepliesComplete : public QObject
{
    Q_OBJECT
private slots:
    void replyStoredWhileReceivingIsFetchedUntilFinal()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const QString sid = rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Running late"));
        QVERIFY(rig.server.setStatus(sid, QStringLiteral("receiving")));
        QCOMPARE(rig.engine().runCycle().inbound, 1);
        auto stored = rig.messages().findBySid(sid);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->status, QStringLiteral("receiving"));

        // Still receiving: asked again each cycle, nothing changes.
        rig.server.clearRequestLog();
        QVERIFY(rig.engine().runCycle().polled);
        QCOMPARE(fetchesOf(rig.server, sid), 1);
        QCOMPARE((*rig.messages().findBySid(sid))->status, QStringLiteral("receiving"));

        // Final at Twilio: stored as such, and no longer asked about.
        QVERIFY(rig.server.setStatus(sid, QStringLiteral("received")));
        QVERIFY(rig.engine().runCycle().polled);
        QCOMPARE((*rig.messages().findBySid(sid))->status, QStringLiteral("received"));
        rig.server.clearRequestLog();
        rig.engine().runCycle();
        QCOMPARE(fetchesOf(rig.server, sid), 0);
        QCOMPARE(rig.countRows(QStringLiteral("direction = 'inbound'")), 1);
        Q_UNUSED(ann);
    }

    void idleCycleWithoutMessagingServiceIsOneList()
    {
        MessagingRig rig;
        rig.engine().runCycle();
        rig.server.clearRequestLog();
        QVERIFY(rig.engine().runCycle().polled);
        QCOMPARE(rig.server.requestCount(), 1); // one list for the one clinic number, nothing else
        QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/PhoneNumbers")), 0);
    }

    void messagingServiceNumbersArePolledAndRefreshedDaily()
    {
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const QString service = QStringLiteral("MG") + QString(32, QLatin1Char('c'));
        const QString serviceOnly = QStringLiteral("+14155550199"); // in the service, not in the clinic numbers
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_MESSAGING_SERVICE_SID"), service);
        MessagingRig rig({}, extra);
        rig.server.addServiceNumber(service, TestClinicNumber);
        rig.server.addServiceNumber(service, serviceOnly);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectInbound(AnnPhone, serviceOnly, QStringLiteral("Replying to the other number"));

        SyncReport report = rig.engine().runCycle();
        QVERIFY(report.polled);
        QCOMPARE(report.inbound, 1);
        auto thread = rig.messages().allMessages(ann);
        QVERIFY(thread && thread->size() == 1);
        QCOMPARE(thread->first().toNumber, serviceOnly);
        QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/PhoneNumbers")), 1);

        // Within the day: the list is not asked for again; both numbers are polled.
        rig.server.clearRequestLog();
        QVERIFY(rig.engine().runCycle().polled);
        QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/PhoneNumbers")), 0);
        QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/Messages.json")), 2);

        // A day later it is read again (a number added to the service is picked up).
        const QString added = QStringLiteral("+14155550188");
        rig.server.addServiceNumber(service, added);
        rig.server.injectInbound(AnnPhone, added, QStringLiteral("And from the new one"));
        clock.shiftSec += 25 * 3600;
        rig.server.clearRequestLog();
        report = rig.engine().runCycle();
        QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/PhoneNumbers")), 1);
        QCOMPARE(report.inbound, 1);
        Clock::setInstance(nullptr);
    }

    void sharedNumberReplyIsFiledMarkedAndMovable()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const qint64 ben = rig.addPatient(QStringLiteral("Ben"), AnnPhone); // the family's one phone
        const qint64 cara = rig.addPatient(QStringLiteral("Cara"), QStringLiteral("+14155550777"));
        auto queued = rig.outbox().queue(ben, QStringLiteral("Ben, your glasses are ready"));
        QVERIFY(queued);
        QVERIFY(rig.outbox().sendNow(queued->id));
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Thanks, I'll come by"));
        QCOMPARE(rig.engine().runCycle().inbound, 1);

        // Filed under the patient texted last at that number, and marked as such.
        auto bens = rig.messages().allMessages(ben);
        QVERIFY(bens && bens->size() == 2);
        const Message reply = bens->at(0).isInbound() ? bens->at(0) : bens->at(1);
        QVERIFY(reply.isInbound());
        QVERIFY(reply.filedShared);
        auto candidates = rig.messages().sharedReplyCandidates(reply.id);
        QVERIFY(candidates);
        QCOMPARE(candidates->size(), 1);
        QCOMPARE(candidates->first().first, ann);

        // Not to someone without that number; then to Ann, audited on both patients.
        QVERIFY(!rig.messages().moveSharedReply(reply.id, cara));
        QVERIFY(rig.messages().moveSharedReply(reply.id, ann));
        QCOMPARE(*rig.messages().get(reply.id)->patientId, ann);
        QCOMPARE(rig.messages().allMessages(ben)->size(), 1);
        auto audit = rig.db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'message.moved'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 2);
        auto summaries = rig.messages().verifySummaries();
        QVERIFY(summaries);
        QVERIFY2(summaries->isEmpty(), qPrintable(summaries->join(QLatin1Char('\n'))));

        // A number only one patient has is not "shared".
        rig.server.injectInbound(QStringLiteral("+14155550777"), TestClinicNumber, QStringLiteral("Hi"));
        rig.engine().runCycle();
        auto caras = rig.messages().allMessages(cara);
        QVERIFY(caras && caras->size() == 1);
        QVERIFY(!caras->first().filedShared);
    }
};

QTEST_GUILESS_MAIN(TestRepliesComplete)
#include "tst_replies_complete.moc"

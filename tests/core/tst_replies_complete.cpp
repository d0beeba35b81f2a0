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
};

QTEST_GUILESS_MAIN(TestRepliesComplete)
#include "tst_replies_complete.moc"

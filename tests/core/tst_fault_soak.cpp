// The fault soak at a size CI can afford (a few seconds per seed); the full 10,000 sends and replies run as the
// `fault-soak` benchmark. Fixed seeds, so a failure replays exactly.
#include "tests/core/FaultSoak.h"

#include <QtTest>

using namespace cd;
using namespace cd::test;

class TestFaultSoak : public QObject
{
    Q_OBJECT

private slots:
    void invariantsHoldAfterEveryStep_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << quint32(1);
        QTest::newRow("seed 2") << quint32(2);
    }
    void invariantsHoldAfterEveryStep()
    {
        QFETCH(quint32, seed);
        SoakConfig config;
        config.seed = seed;
        config.sends = 100;
        config.replies = 100;
        config.timeoutMs = 150;
        const SoakResult result = FaultSoak(config).run();
        qInfo().noquote() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(result.violations.isEmpty(), qPrintable(result.violations.join(QLatin1Char('\n'))));
        QCOMPARE(result.createdMessages, config.sends);
        QCOMPARE(result.repliesStored, config.replies);
        QVERIFY(result.faults > 0);
        QVERIFY(result.unprocessedCreates > 0); // some creates never reached Twilio and went again
    }

    // The soak can fail: an outbox that resends after one quick miss (the old 60 s rule) sends some text twice.
    void aCarelessOutboxIsCaught()
    {
        SoakConfig config;
        config.seed = 1;
        config.sends = 100;
        config.replies = 20;
        config.timeoutMs = 150;
        config.outbox.settleWindowSec = 60;
        config.outbox.settleLookups = 1;
        config.outbox.rowRetryFirstSec = 1;
        const SoakResult result = FaultSoak(config).run();
        QVERIFY(!result.violations.isEmpty());
        QVERIFY2(result.violations.constFirst().contains(QLatin1String("created twice")),
                 qPrintable(result.violations.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"

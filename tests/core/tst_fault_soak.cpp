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
        QTest::newRow("seed 3") << quint32(3);
    }
    void invariantsHoldAfterEveryStep()
    {
        QFETCH(quint32, seed);
        SoakConfig config;
        config.seed = seed;
        config.sends = 120;
        config.replies = 120;
        const SoakResult result = FaultSoak(config).run();
        qInfo().noquote() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(result.violations.isEmpty(), qPrintable(result.violations.join(QLatin1Char('\n'))));
        QCOMPARE(result.createdMessages, config.sends);
        QCOMPARE(result.repliesStored, config.replies);
        QVERIFY(result.faults > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"

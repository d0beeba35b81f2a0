// awaitCallback, the one blocking wait behind awaitGateway, the keychain helpers and the CLI's waits: an answer
// before or after the loop starts, a thread quitting before the answer, and an answer after the wait ended.
#include "core/common/AwaitCallback.h"

#include <QThread>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace cd;

class TestAwaitCallback : public QObject
{
    Q_OBJECT

private slots:
    void answerInsideStartNeedsNoLoop()
    {
        bool loopRan = false;
        QTimer::singleShot(0, this, [&] { loopRan = true; });
        const auto answer = awaitCallback<int>([](auto done) { done(42); });
        QCOMPARE(answer, std::optional<int>(42));
        QVERIFY(!loopRan); // returned without running the event loop
        QTRY_VERIFY(loopRan);
    }

    void answerFromTheEventLoop()
    {
        const auto answer = awaitCallback<QString>(
            [this](auto done) { QTimer::singleShot(10, this, [done] { done(QStringLiteral("later")); }); });
        QCOMPARE(answer, std::optional<QString>(QStringLiteral("later")));
    }

    void onlyTheFirstAnswerCounts()
    {
        const auto answer = awaitCallback<int>([this](auto done) {
            QTimer::singleShot(0, this, [done] {
                done(1);
                done(2);
            });
        });
        QCOMPARE(answer, std::optional<int>(1));
    }

    void nestedWaitsKeepTheirOwnAnswers()
    {
        std::optional<int> inner;
        const auto outer = awaitCallback<int>([&](auto done) {
            QTimer::singleShot(0, this, [&, done] {
                inner = awaitCallback<int>(
                    [this](auto innerDone) { QTimer::singleShot(5, this, [innerDone] { innerDone(2); }); });
                done(1);
            });
        });
        QCOMPARE(outer, std::optional<int>(1));
        QCOMPARE(inner, std::optional<int>(2));
    }

    void aThreadQuittingEndsTheWaitAndALateAnswerIsDropped()
    {
        // Shutdown quits the thread's event loops before the answer: the wait ends empty (each helper turns that
        // into its own "interrupted"), and the answer that comes afterwards must not write into the finished wait.
        std::function<void(int)> late;
        std::optional<std::optional<int>> outcome;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            outcome.emplace(awaitCallback<int>([&](auto done) {
                late = done;
                QThread::currentThread()->quit();
            }));
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->has_value());
        QVERIFY(late);
        late(7); // the frame that waited is gone: this must find live state and do nothing
        QVERIFY(!outcome->has_value());
    }

    void anAnswerAfterTheWaitEndedIsDropped()
    {
        std::function<void(int)> keep;
        const auto answer = awaitCallback<int>([&](auto done) {
            keep = done;
            done(3);
        });
        QCOMPARE(answer, std::optional<int>(3));
        keep(4); // no loop, no frame: nothing happens
        QCOMPARE(answer, std::optional<int>(3));
    }
};

QTEST_GUILESS_MAIN(TestAwaitCallback)
#include "tst_awaitcallback.moc"

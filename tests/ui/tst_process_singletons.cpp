// The GUI process as the app builds it (AppServices + the real MainWindow): once messaging runs, the process holds
// exactly one transport, one outbox and one message store - no widget makes a session of its own.
#include "tests/support/TestEnvironment.h"

#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/messaging/Outbox.h"
#include "core/messaging/SmsGateway.h"
#include "core/services/AppServices.h"
#include "ui/main/MainWindow.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cd;
using namespace cd::ui;

class TestProcessSingletons : public QObject
{
    Q_OBJECT

private slots:
    void oneGatewayOutboxAndStoreInTheGuiProcess()
    {
        // No Twilio credentials from the developer's shell: demo mode, as in tst_mainwindow_gui.
        for (const char *name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                                 "TWILIO_PHONE_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"})
            qunsetenv(name);
        QCOMPARE(SmsGateway::liveInstances(), 0);
        QCOMPARE(Outbox::liveInstances(), 0);
        QCOMPARE(MessageStore::liveInstances(), 0);

        test::TestEnvironment env;
        auto opened = AppServices::open(env.databaseTarget(), {});
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        std::unique_ptr<AppServices> services = std::move(opened.value());
        QCOMPARE(MessageStore::liveInstances(), 1);
        QCOMPARE(Outbox::liveInstances(), 0); // messaging not started yet
        // The first cycle is reported once the messaging thread has opened its session (transport included).
        QSignalSpy cycles(&services->messaging(), &MessagingService::cycleReported);

        auto window = std::make_unique<MainWindow>(*services);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(services->messaging().isRunning()); // started after the first frame
        QVERIFY(services->messaging().isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 1, 15000);

        QCOMPARE(SmsGateway::liveInstances(), 1);
        QCOMPARE(Outbox::liveInstances(), 1);
        QCOMPARE(MessageStore::liveInstances(), 1);

        window.reset();
        services.reset();
        QCOMPARE(SmsGateway::liveInstances(), 0);
        QCOMPARE(Outbox::liveInstances(), 0);
        QCOMPARE(MessageStore::liveInstances(), 0);
    }
};

QTEST_MAIN(TestProcessSingletons)
#include "tst_process_singletons.moc"

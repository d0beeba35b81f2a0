// The automatic lock, driven on the real MainWindow: idle for the (short, test-set) time -> the lock screen, and
// nothing in the whole widget tree names the patient or shows the message text; a reply during the lock is stored
// and announced as just "New message"; a wrong PIN is refused; the PIN unlocks; Ctrl+L locks at once.
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/audit/AuditIdentity.h"
#include "core/audit/AuditTrail.h"
#include "core/messaging/MessageStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/staff/StaffDirectory.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/chat/ChatView.h"
#include "ui/lock/DeskLock.h"
#include "ui/lock/FirstAdminDialog.h"
#include "ui/lock/LockScreen.h"
#include "ui/main/MainWindow.h"
#include "ui/notify/TrayNotifier.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/profile/ProfileView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextEdit>
#include <QtTest>

#include <functional>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

namespace {

const QString First = QStringLiteral("Zebulon");
const QString Last = QStringLiteral("Quartermaine");
const QString Phone = QStringLiteral("+14155550177");
const QString Body = QStringLiteral("Your biopsy results arrived");
const QString Reply = QStringLiteral("Thanks, calling about the histology");

// Every text a widget can show or hand to a screen reader, and every row of every item view.
QStringList textsOf(QWidget *widget)
{
    QStringList texts{
        widget->windowTitle(),           widget->toolTip(),  widget->statusTip(), widget->accessibleName(),
        widget->accessibleDescription(), widget->whatsThis()};
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts << label->text();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        texts << line->text() << line->placeholderText();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts << button->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        texts << plain->toPlainText();
    if (auto *rich = qobject_cast<QTextEdit *>(widget))
        texts << rich->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    texts << index.data(role).toString();
            }
        }
    }
    return texts;
}

// The main window's whole tree (shown or not) and every visible top-level window.
QString findDetail(QWidget *window, const QStringList &details)
{
    QList<QWidget *> widgets{window};
    widgets += window->findChildren<QWidget *>();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != window && top->isVisible()) {
            widgets << top;
            widgets += top->findChildren<QWidget *>();
        }
    }
    for (QWidget *widget : std::as_const(widgets)) {
        for (const QString &text : textsOf(widget)) {
            for (const QString &detail : details) {
                if (text.contains(detail, Qt::CaseInsensitive))
                    return QStringLiteral("%1 in %2 (%3)")
                        .arg(detail, widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
            }
        }
    }
    return {};
}

} // namespace

class TestDeskLock : public QObject
{
    Q_OBJECT

private slots:
    void idleLockHidesPatientDataAndThePinUnlocks()
    {
        TestEnvironment env;
        (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1);
        (void)AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 1);
        (void)AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Sunrise Family Clinic"));
        FakeTwilioServer server;
        server.setAccount(TestAccountSid, TestAuthToken);
        server.addIncomingNumber(TestClinicNumber);
        QVERIFY(server.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(testCredentialsEnvironment());
        auto services = AppServices::open(env.databaseTarget(), std::move(options));
        QVERIFY(services);
        QVERIFY(
            (*services)->staff().add(QStringLiteral("Maria Lopez"), QStringLiteral("admin"), QStringLiteral("4821")));

        MainWindow window(**services);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeskLock *lock = window.deskLock();
        QVERIFY(lock && !lock->isLocked());
        auto *screen = lock->lockScreen();

        // Maria signs in at the shared desk (switch user: pick the name, type the PIN).
        lock->switchUser();
        QVERIFY(lock->isLocked());
        screen->staffField()->setCurrentText(QStringLiteral("Maria Lopez"));
        QTest::keyClicks(screen->pinField(), QStringLiteral("4821"));
        QTest::keyClick(screen->pinField(), Qt::Key_Return);
        QVERIFY(!lock->isLocked());
        QCOMPARE(lock->signedIn(), QStringLiteral("Maria Lopez"));
        QCOMPARE(AuditIdentity::staff(), QStringLiteral("Maria Lopez"));

        // A patient on screen with a message sent to them.
        const qint64 id = addTestPatient(*window.store(), First, Last, QStringLiteral("(415) 555-0177"));
        window.openPatient(id, false);
        QTRY_VERIFY(window.services().messaging().isRunning()); // started after the first frame
        QVERIFY(window.services().messaging().send(id, Body));
        QTRY_COMPARE_WITH_TIMEOUT(server.createCount(), 1, 15000);
        QVERIFY2(!findDetail(&window, {First, Last}).isEmpty(), "the scan must see the patient before the lock");

        // Idle: nothing touches the app for the (short) idle time.
        lock->setIdleTimeout(std::chrono::milliseconds(400));
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
        QVERIFY(screen->isVisible());
        const QStringList details{First, Last, Phone, QStringLiteral("555-0177"), Body, Reply};
        QString found = findDetail(&window, details);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        // Only the clinic and who was signed in.
        QVERIFY(!findDetail(&window, {QStringLiteral("Sunrise Family Clinic")}).isEmpty());
        QVERIFY(!findDetail(&window, {QStringLiteral("Maria Lopez")}).isEmpty());

        // A reply arrives while locked: stored, and announced without a name or text.
        auto *tray = window.findChild<TrayNotifier *>();
        QVERIFY(tray);
        QSignalSpy notified(tray, &TrayNotifier::notified);
        server.injectInbound(Phone, TestClinicNumber, Reply, QDateTime::currentDateTimeUtc().addSecs(1));
        QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, 20000);
        QCOMPARE(tray->lastNotification()->title, QStringLiteral("New message"));
        QCOMPARE(tray->lastNotification()->body, QStringLiteral("New message"));
        auto thread = window.services().messages().allMessages(id);
        QVERIFY(thread);
        QCOMPARE(thread->size(), 2);
        QCOMPARE(thread->constLast().body, Reply);
        found = findDetail(&window, details);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY(lock->isLocked());

        // A wrong PIN is refused with a reason; the right one unlocks and the patient is back.
        QTest::keyClicks(screen->pinField(), QStringLiteral("0000"));
        QTest::keyClick(screen->pinField(), Qt::Key_Return);
        QVERIFY(lock->isLocked());
        QVERIFY(!findDetail(&window, {QStringLiteral("Wrong PIN")}).isEmpty());
        QTest::keyClicks(screen->pinField(), QStringLiteral("4821"));
        QTest::mouseClick(screen->unlockButton(), Qt::LeftButton);
        QVERIFY(!lock->isLocked());
        QVERIFY(!findDetail(&window, {First}).isEmpty());

        // Ctrl+L locks at once.
        lock->setIdleTimeout(std::chrono::minutes(5));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(lock->isLocked());
        found = findDetail(&window, details);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QTest::keyClicks(screen->pinField(), QStringLiteral("4821"));
        QTest::keyClick(screen->pinField(), Qt::Key_Return);
        QVERIFY(!lock->isLocked());

        // All of it is in the audit trail, under Maria's name, and the chain holds.
        auto rows = (*services)->audit().rows({});
        QVERIFY(rows);
        QStringList actions;
        for (const AuditRow &row : *rows)
            actions << row.action;
        for (const QString &expected :
             {QStringLiteral("staff.sign-in"), QStringLiteral("patient.opened"), QStringLiteral("desk.locked"),
              QStringLiteral("desk.unlocked"), QStringLiteral("staff.sign-in-failed")})
            QVERIFY2(actions.contains(expected), qPrintable(expected));
        QCOMPARE(rows->constLast().staff, QStringLiteral("Maria Lopez"));
        QVERIFY((*services)->audit().verify()->ok);
        AuditIdentity::setStaff({});
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }

    void closingWhileLockedIsClean()
    {
        // The content is outside the window while locked: quitting then (the desk left locked overnight) must free
        // it without touching the half-destroyed window.
        TestEnvironment env;
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY(services);
        {
            MainWindow window(**services);
            window.show();
            QPointer<QWidget> content = window.profile();
            window.deskLock()->lock();
            QVERIFY(window.deskLock()->isLocked());
            QVERIFY(content && !window.isAncestorOf(content));
            window.close();
        }
        // Without accounts or required sign-in, Unlock needs no PIN (the computer's session is the identity).
        MainWindow again(**services);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.deskLock()->lock();
        QTest::mouseClick(again.deskLock()->lockScreen()->unlockButton(), Qt::LeftButton);
        QVERIFY(!again.deskLock()->isLocked());
        QVERIFY(again.isAncestorOf(again.profile()));
    }
    // A clinic whose IT requires sign-in, at the first start: the administrator is created first (no accounts yet),
    // the window opens locked with the sign-in panel, the parts built after it stay locked, a wrong PIN is refused,
    // the right one signs in; the idle time is the setting's.
    void firstStartWithSignInRequired()
    {
        TestEnvironment env;
        QVERIFY(AppSettings::setValue(SettingKeys::RequireSignIn, true));
        QVERIFY(AppSettings::setValue(SettingKeys::IdleLockMinutes, 7));
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY(services);

        std::function<void()> fill = [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1String("firstAdminDialog")) {
                QTimer::singleShot(20, this, fill);
                return;
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("adminName"))->setText(QStringLiteral("Rita Admin"));
            dialog->findChild<QLineEdit *>(QStringLiteral("adminPin"))->setText(QStringLiteral("2468"));
            dialog->findChild<QLineEdit *>(QStringLiteral("adminPinAgain"))->setText(QStringLiteral("2468"));
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        };
        QTimer::singleShot(0, this, fill);
        QCOMPARE(FirstAdminDialog::offerIfNeeded((*services)->staff(), true, nullptr), QStringLiteral("Rita Admin"));
        QCOMPARE((*services)->staff().find(QStringLiteral("Rita Admin"))->role, QStringLiteral("admin"));
        // Asked once: with accounts there, no offer.
        QVERIFY(FirstAdminDialog::offerIfNeeded((*services)->staff(), true, nullptr).isEmpty());

        // As the app starts: the patient list first, locked before the first event is handled (main()).
        MainWindow window(**services, nullptr, MainWindow::StartMode::PatientListFirst);
        window.show();
        DeskLock *lock = window.deskLock();
        lock->requireSignInIfSet();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(lock->idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(7)));
        QVERIFY(lock->isLocked());
        QVERIFY(!window.isAncestorOf(window.patientList()));
        // The profile, messaging, intake and appointments are built behind the lock (replies keep arriving), out of
        // sight, and their shortcuts stay off like every other action until someone signs in.
        QTRY_VERIFY_WITH_TIMEOUT(window.isComplete(), 5000);
        QVERIFY(window.profile());
        QVERIFY(!window.isAncestorOf(window.profile()));
        QVERIFY(!window.isAncestorOf(window.chat()->chatView()));
        const QList<QAction *> builtLater{window.findChild<QAction *>(QStringLiteral("historySearchAction")),
                                          window.findChild<QAction *>(QStringLiteral("todayAction")),
                                          window.findChild<QAction *>(QStringLiteral("appointmentRulesAction"))};
        for (QAction *action : builtLater) {
            QVERIFY(action);
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        LockScreen *screen = lock->lockScreen();
        screen->staffField()->setCurrentText(QStringLiteral("Rita Admin"));
        QTest::keyClicks(screen->pinField(), QStringLiteral("0000"));
        QTest::keyClick(screen->pinField(), Qt::Key_Return);
        QVERIFY(lock->isLocked());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lockError"))->text().isEmpty());
        screen->pinField()->clear();
        QTest::keyClicks(screen->pinField(), QStringLiteral("2468"));
        QTest::keyClick(screen->pinField(), Qt::Key_Return);
        QVERIFY(!lock->isLocked());
        for (QAction *action : builtLater)
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        QVERIFY(window.isAncestorOf(window.chat()->chatView()));
        QVERIFY(window.isAncestorOf(window.profile()));
        QCOMPARE(lock->signedIn(), QStringLiteral("Rita Admin"));
        QCOMPARE(AuditIdentity::staff(), QStringLiteral("Rita Admin"));
        QVERIFY(AppSettings::setValue(SettingKeys::RequireSignIn, false));
    }
};

QTEST_MAIN(TestDeskLock)
#include "tst_desk_lock.moc"

// The Chat tab driven as a person would (offscreen, real widgets found by objectName): typing and sending with
// Enter, delivery states through the demo transport and the loopback fake Twilio, Retry, plain-text bodies, the
// states that block sending, unread counts and notifications, the new-messages pill, copy, the composer's hints.
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/messaging/MessagingService.h"
#include "core/messaging/UnreadCounter.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/sms/SegmentInfo.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/MessageListModel.h"
#include "ui/chat/NewMessagesPill.h"
#include "ui/chat/StatusPresentation.h"
#include "ui/main/MainWindow.h"
#include "ui/notify/TrayNotifier.h"
#include "ui/patients/PatientListModel.h"
#include "ui/profile/OverviewPane.h"
#include "ui/profile/ProfileView.h"
#include "ui/unmatched/UnmatchedRepliesView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

namespace {

struct ChatRig
{
    TestEnvironment env;
    std::shared_ptr<Database> db;
    std::unique_ptr<AppServices> services;
    PatientStore *patients = nullptr;
    MessageStore *messages = nullptr;
    MessagingService *worker = nullptr; // null: a chat without messaging
    std::unique_ptr<QWidget> window;
    ChatView *chat = nullptr;

    explicit ChatRig(const QProcessEnvironment &credentials = {}, bool startWorker = true)
    {
        (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1);
        (void)AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 1);
        (void)AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Sunrise Family Clinic"));
        auto opened = Database::open(env.databaseTarget());
        if (!opened)
            qFatal("database: %s", qPrintable(opened.error().message));
        db = *opened;
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(credentials);
        services = std::make_unique<AppServices>(db, std::move(options));
        patients = &services->patients();
        messages = &services->messages();
        if (startWorker) {
            worker = &services->messaging();
            const auto started = worker->start();
            if (!started)
                qFatal("worker: %s", qPrintable(started.error().message));
        }
        window = std::make_unique<QWidget>();
        window->setObjectName(QStringLiteral("chatTestWindow"));
        chat = new ChatView(messages, patients, worker, window.get());
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(chat);
        window->resize(800, 700);
    }

    ~ChatRig()
    {
        window.reset();
        services.reset(); // stops the messaging thread
    }

    Patient patient(qint64 id) { return *patients->get(id); }
    qint64 add(const QString &first, const QString &last, const QString &phone, bool consent = true)
    {
        return addTestPatient(*patients, first, last, phone, consent);
    }
    QPlainTextEdit *edit() const { return window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")); }
    QPushButton *sendButton() const { return window->findChild<QPushButton *>(QStringLiteral("sendButton")); }
    MessageListModel *model() const { return chat->model(); }
    StatusKind lastKind() const
    {
        const int rows = model()->rowCount();
        return rows == 0 ? StatusKind::Received
                         : StatusKind(model()->index(rows - 1).data(MessageListModel::StatusKindRole).toInt());
    }
    bool showAndActivate()
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowExposed(window.get()) && QTest::qWaitForWindowActive(window.get());
    }
};

} // namespace

class TestChatGui : public QObject
{
    Q_OBJECT

private slots:
    void sendWithEnterMovesFromSendingToDelivered()
    {
        ChatRig rig; // no credentials: the demo transport
        QVERIFY(rig.worker->isDemo());
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        QVERIFY(rig.window->findChild<QLabel *>(QStringLiteral("composerDemoNote"))->isVisible());

        QList<StatusKind> seen;
        QObject::connect(rig.model(), &QAbstractItemModel::dataChanged, rig.model(), [&] { seen << rig.lastKind(); });
        QObject::connect(rig.model(), &QAbstractItemModel::rowsInserted, rig.model(), [&] { seen << rig.lastKind(); });

        QPlainTextEdit *edit = rig.edit();
        QVERIFY(edit->isEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("See you Thursday"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a send
        QTest::keyClicks(edit, QStringLiteral("at 3:30"));
        QCOMPARE(rig.model()->rowCount(), 0);
        QTest::keyClick(edit, Qt::Key_Return);

        QCOMPARE(edit->toPlainText(), QString());
        QCOMPARE(rig.model()->rowCount(), 1);
        const QModelIndex row = rig.model()->index(0);
        QVERIFY(row.data(MessageListModel::IsOutgoingRole).toBool());
        QVERIFY(
            row.data(MessageListModel::BodyRole).toString().startsWith(QStringLiteral("See you Thursday\nat 3:30")));
        QVERIFY(row.data(MessageListModel::IsDemoRole).toBool());
        const QList<StatusKind> early = {StatusKind::Pending, StatusKind::Sending, StatusKind::Queued};
        QVERIFY(early.contains(seen.value(0, rig.lastKind())));

        QTRY_COMPARE_WITH_TIMEOUT(rig.lastKind(), StatusKind::Delivered, 30000);
        // ✓ was shown before ✓✓, and nothing went backwards.
        const qsizetype sent = seen.indexOf(StatusKind::Sent);
        QVERIFY2(sent >= 0, "the bubble never showed ✓ (sent)");
        QVERIFY(sent < seen.indexOf(StatusKind::Delivered));
        QCOMPARE(StatusPresentation::glyph(rig.lastKind()), QStringLiteral("✓✓"));
        QCOMPARE(rig.model()->rowCount() >= 1, true);
    }

    void failedSendShowsWarningAndRetrySendsOnce()
    {
        FakeTwilioServer server;
        server.setAccount(TestAccountSid, TestAuthToken);
        server.addIncomingNumber(TestClinicNumber);
        QVERIFY(server.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
        const QProcessEnvironment credentials = testCredentialsEnvironment();
        ChatRig rig(credentials);
        QVERIFY(!rig.worker->isDemo());
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        QVERIFY(!rig.window->findChild<QLabel *>(QStringLiteral("composerDemoNote"))->isVisible());

        server.failNext("POST", QStringLiteral("/Messages.json"), 400, 21612);
        rig.edit()->setFocus();
        QTest::keyClicks(rig.edit(), QStringLiteral("Your results are ready"));
        QTest::keyClick(rig.edit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(rig.lastKind(), StatusKind::Failed, 15000);
        QCOMPARE(server.createCount(), 1);

        const QModelIndex failed = rig.model()->index(rig.model()->rowCount() - 1);
        QCOMPARE(StatusPresentation::glyph(StatusKind::Failed), QStringLiteral("⚠"));
        const QString reason = failed.data(Qt::ToolTipRole).toString();
        QVERIFY2(reason.length() > 20, qPrintable(reason));
        QVERIFY(!reason.contains(QLatin1Char('<')));
        QVERIFY(failed.data(MessageListModel::ShowStatusLabelRole).toBool());
        QVERIFY(failed.data(MessageListModel::CanRetryRole).toBool());
        QVERIFY(failed.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Failed")));

        // Retry (what the context menu's "Retry Sending" does): exactly one more create.
        const qint64 failedId = failed.data(MessageListModel::MessageIdRole).toLongLong();
        emit rig.chat->list()->retryRequested(failedId);
        QTRY_COMPARE_WITH_TIMEOUT(server.createCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.lastKind() == StatusKind::Queued || rig.lastKind() == StatusKind::Sent, 10000);
        QTest::qWait(3000);                // several poll cycles later...
        QCOMPARE(server.createCount(), 2); // ...still one retry, and the failed message was not resent
        const int failedRow = rig.model()->rowOfMessage(failedId);
        QCOMPARE(StatusKind(rig.model()->index(failedRow).data(MessageListModel::StatusKindRole).toInt()),
                 StatusKind::Failed);

        // A reply appears within one poll cycle (1 s here), in the open conversation, and is read at once.
        server.injectInbound(QStringLiteral("+14155550123"), TestClinicNumber, QStringLiteral("Got it, thanks"));
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.model()->index(rig.model()->rowCount() - 1).data(MessageListModel::BodyRole).toString(),
            QStringLiteral("Got it, thanks"), 5000);
        QVERIFY(!rig.model()->index(rig.model()->rowCount() - 1).data(MessageListModel::IsOutgoingRole).toBool());
        QTRY_COMPARE(rig.messages->unreadCount(maria).value(), 0);
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }

    void htmlLookingReplyIsShownLiterally()
    {
        ChatRig rig({}, false);
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        const QString html = QStringLiteral("<b>bold</b> <img src=\"file:///etc/hostname\"> <a href=\"https://x.test\">"
                                            "click</a> &amp;");
        storeMessage(*rig.messages,
                     chatMessage(maria, Message::Direction::Inbound, html, QDateTime::currentDateTimeUtc()));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        QCOMPARE(rig.model()->rowCount(), 1);
        QCOMPARE(rig.model()->index(0).data(Qt::DisplayRole).toString(), html);
        QVERIFY(rig.model()->index(0).data(Qt::AccessibleTextRole).toString().endsWith(html));
        // No widget renders it as rich text: every label that shows message-like text is plain, and the chat has
        // no rich-text editor or browser at all.
        for (QLabel *label : rig.window->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('<')))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY(rig.window->findChildren<QTextEdit *>().isEmpty());
        // The painted bubble is as tall as the text needs when laid out raw (markup characters included).
        const QRect rect = rig.chat->list()->visualRect(rig.model()->index(0));
        QVERIFY(rect.height() > 0);

        // A notification with text (opt-in setting) carries it as plain text, and none by default.
        Message m = chatMessage(maria, Message::Direction::Inbound, html, QDateTime::currentDateTimeUtc());
        QCOMPARE(TrayNotifier::compose(rig.patient(maria), m, true).body, QStringLiteral("M.L.: ") + html);
        QVERIFY(!TrayNotifier::compose(rig.patient(maria), m, false).body.contains(QStringLiteral("bold")));
    }

    void blockedStatesDisableTheComposerWithReasons_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("action");
        QTest::newRow("no phone") << QStringLiteral("no-phone")
                                  << QStringLiteral("No Phone Number Available — add one in Overview.")
                                  << QStringLiteral("Add Phone Number…");
        QTest::newRow("opted out") << QStringLiteral("opted-out") << QStringLiteral("opted out of text messages")
                                   << QString();
        QTest::newRow("no consent") << QStringLiteral("no-consent") << QStringLiteral("No recorded consent")
                                    << QStringLiteral("Record Consent…");
    }

    void blockedStatesDisableTheComposerWithReasons()
    {
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QFETCH(QString, action);
        ChatRig rig;
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        qint64 blocked = 0;
        if (state == QLatin1String("no-phone")) {
            blocked = rig.add(QStringLiteral("Nora"), QStringLiteral("Nophone"), QString());
        } else if (state == QLatin1String("opted-out")) {
            blocked = rig.add(QStringLiteral("Otto"), QStringLiteral("Out"), QStringLiteral("(415) 555-0177"));
            QVERIFY(rig.patients->setOptedOut(blocked, QDateTime::currentDateTimeUtc(), QStringLiteral("STOP")));
        } else {
            blocked =
                rig.add(QStringLiteral("Nina"), QStringLiteral("Noconsent"), QStringLiteral("(415) 555-0188"), false);
        }
        QVERIFY(blocked != 0);
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        QTest::keyClicks(rig.edit(), QStringLiteral("A draft for Maria"));

        rig.chat->showPatient(rig.patient(blocked));
        QVERIFY(!rig.edit()->isEnabled());
        QVERIFY(!rig.sendButton()->isEnabled());
        auto *label = rig.window->findChild<QLabel *>(QStringLiteral("composerBlockedReason"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(reason), qPrintable(label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        auto *button = rig.window->findChild<QPushButton *>(QStringLiteral("composerBlockedAction"));
        QCOMPARE(button->isVisible(), !action.isEmpty());
        if (!action.isEmpty())
            QCOMPARE(button->text(), action);
        QVERIFY(rig.edit()->accessibleDescription().contains(QStringLiteral("not possible")));
        // Enter does nothing while blocked (and writes nothing).
        QTest::keyClick(rig.edit(), Qt::Key_Return);
        QCOMPARE(rig.model()->rowCount(), 0);

        // Nothing typed is lost: back on Maria, her draft is still there.
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.edit()->isEnabled());
        QCOMPARE(rig.edit()->toPlainText(), QStringLiteral("A draft for Maria"));
    }

    void refusedSendKeepsTheText()
    {
        ChatRig rig;
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        // Another desk withdraws the consent meanwhile (a store this view does not listen to).
        PatientStore elsewhere(rig.db);
        QVERIFY(elsewhere.recordConsent(maria, false, QStringLiteral("verbal"), QDateTime::currentDateTimeUtc()));
        QTest::keyClicks(rig.edit(), QStringLiteral("Please call us"));
        QTest::keyClick(rig.edit(), Qt::Key_Return);
        QCOMPARE(rig.edit()->toPlainText(), QStringLiteral("Please call us"));
        auto *error = rig.window->findChild<QLabel *>(QStringLiteral("composerError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("consent")), qPrintable(error->text()));
        QCOMPARE(rig.model()->rowCount(), 0);
        // The view now knows why: the composer says so and offers to record consent.
        QVERIFY(!rig.sendButton()->isEnabled());
        QVERIFY(rig.window->findChild<QLabel *>(QStringLiteral("composerBlockedReason"))->isVisible());
    }

    void unreadCountAppearsOnAReplyAndClearsWhenOpened()
    {
        ChatRig rig({}, false);
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        const qint64 bob = rig.add(QStringLiteral("Bob"), QStringLiteral("Rivera"), QStringLiteral("(415) 555-0124"));
        UnreadCounter counter(rig.messages);
        TrayNotifier notifier(&counter, rig.patients, rig.window.get());
        QSignalSpy notified(&notifier, &TrayNotifier::notified);
        QCOMPARE(counter.total(), 0);
        rig.chat->showPatient(rig.patient(maria));

        // The window is not focused (not even shown): a reply is announced by initials only.
        storeMessage(*rig.messages, chatMessage(bob, Message::Direction::Inbound, QStringLiteral("My test results?"),
                                                QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(counter.count(bob), 1);
        QCOMPARE(counter.total(), 1);
        QCOMPARE(UnreadCounter::titleWithCount(QStringLiteral("ClinicDesk"), counter.total()),
                 QStringLiteral("(1) ClinicDesk"));
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notifier.lastNotification()->body, QStringLiteral("New reply from B.R."));
        QVERIFY(!notifier.lastNotification()->body.contains(QStringLiteral("results")));

        // Opening Bob's thread in the focused window marks it read.
        QVERIFY(rig.showAndActivate());
        rig.chat->showPatient(rig.patient(bob));
        QTRY_COMPARE(counter.count(bob), 0);
        QCOMPARE(counter.total(), 0);

        // While Bob's thread is open and the window focused, his next reply is read at once and not announced.
        storeMessage(*rig.messages, chatMessage(bob, Message::Direction::Inbound, QStringLiteral("Thanks!"),
                                                QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(rig.model()->rowCount(), 2);
        QTRY_COMPARE(counter.count(bob), 0);
        QCOMPARE(notified.count(), 1);
    }

    void newMessagesWhileScrolledUpShowThePill()
    {
        ChatRig rig({}, false);
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        storeMessages(*rig.messages, longConversation(maria, 400));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        ChatListView *list = rig.chat->list();
        QVERIFY(list->isAtBottom());
        const int loaded = rig.model()->rowCount();
        QVERIFY(loaded < 400); // only the newest page

        // Scroll to the top: an older page loads and what was visible stays in place.
        list->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(rig.model()->rowCount() > loaded);
        QVERIFY(list->verticalScrollBar()->value() > 0);

        const int value = list->verticalScrollBar()->value();
        storeMessage(*rig.messages, chatMessage(maria, Message::Direction::Inbound, QStringLiteral("Are you there?"),
                                                QDateTime::currentDateTimeUtc()));
        auto *pill = list->findChild<NewMessagesPill *>(QStringLiteral("newMessagesPill"));
        QTRY_VERIFY(pill->isVisible());
        QCOMPARE(pill->count(), 1);
        QCOMPARE(list->verticalScrollBar()->value(), value); // the view did not jump
        QTest::mouseClick(pill, Qt::LeftButton);
        QVERIFY(list->isAtBottom());
        QVERIFY(!pill->isVisible());

        // At the bottom, the next message scrolls into view by itself.
        storeMessage(*rig.messages, chatMessage(maria, Message::Direction::Inbound, QStringLiteral("Hello?"),
                                                QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(rig.model()->index(rig.model()->rowCount() - 1).data(MessageListModel::BodyRole).toString(),
                     QStringLiteral("Hello?"));
        QVERIFY(list->isAtBottom());
        QVERIFY(!pill->isVisible());
    }

    void copySelectedMessageWithCtrlC()
    {
        ChatRig rig({}, false);
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        storeMessage(*rig.messages,
                     chatMessage(maria, Message::Direction::Inbound, QStringLiteral("مرحبا، هل موعدي غدًا؟ 👍"),
                                 QDateTime::currentDateTimeUtc()));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        ChatListView *list = rig.chat->list();
        list->setFocus();
        list->setCurrentIndex(rig.model()->index(0));
        QApplication::clipboard()->clear();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("مرحبا، هل موعدي غدًا؟ 👍"));
        QVERIFY(list->accessibleName().contains(QStringLiteral("Maria Lopez")));
        QCOMPARE(rig.edit()->accessibleName(), QStringLiteral("Message to Maria Lopez"));
    }

    void composerCountsWarnsAndFills()
    {
        ChatRig rig;
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        Composer *composer = rig.chat->composer();

        composer->setText(QStringLiteral("It’s “ready” — see you…"));
        QVERIFY(composer->counterText().contains(QStringLiteral("UCS-2")));
        QVERIFY(composer->ucs2NoteText().contains(QStringLiteral("“")));
        auto *replace = rig.window->findChild<QPushButton *>(QStringLiteral("replaceUcs2Button"));
        QVERIFY(replace->isVisible());
        QTest::mouseClick(replace, Qt::LeftButton);
        QCOMPARE(composer->text(), SegmentCalculator::withReplacements(QStringLiteral("It’s “ready” — see you…")));
        QVERIFY(composer->counterText().contains(QStringLiteral("GSM-7")));
        QVERIFY(composer->ucs2NoteText().isEmpty());
        // The first message to Maria carries the clinic's opt-out line: the count says so.
        QVERIFY(composer->counterText().contains(QStringLiteral("opt-out line")));

        composer->setText(QStringLiteral("Reply CANCEL to cancel your appointment"));
        QVERIFY(composer->optOutWarningText().contains(QStringLiteral("CANCEL")));
        composer->setText(QStringLiteral("Reply C to cancel your appointment"));
        QVERIFY(composer->optOutWarningText().isEmpty());

        composer->clearText();
        auto *templates = rig.window->findChild<QToolButton *>(QStringLiteral("templatesButton"));
        QVERIFY(templates->menu());
        templates->menu()->actions().constFirst()->trigger();
        QVERIFY2(composer->text().contains(QStringLiteral("Maria")), qPrintable(composer->text()));
        QVERIFY(composer->text().contains(QStringLiteral("Sunrise Family Clinic")));
        QVERIFY(!composer->text().contains(QLatin1Char('{')));
    }

    // The composer's segment count is the count of the body the outbox writes: with the opt-out line on a first
    // message, without it when the text already explains opting out, and without it on a later message. The texts
    // are ~150 characters, so the 23 characters of "\nReply STOP to opt out." decide between 1 and 2 segments.
    void composerSegmentsMatchTheBodySent_data()
    {
        QTest::addColumn<bool>("earlierMessage");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("lineAdded");
        QTest::addColumn<int>("segments");
        const QString plain = QStringLiteral("Your visit with Dr. Chen is confirmed for Monday at 9:00. Please arrive "
                                             "ten minutes early and bring your insurance card and a list of your "
                                             "medicines.");
        const QString ownOptOut = QStringLiteral("Your visit with Dr. Chen is confirmed for Monday at 9:00. Please "
                                                 "bring your insurance card and a list of medicines. Reply STOP to "
                                                 "opt out of texts.");
        QTest::newRow("first message: opt-out line added") << false << plain << true << 2;
        QTest::newRow("first message that explains opting out") << false << ownOptOut << false << 1;
        QTest::newRow("later message") << true << plain << false << 1;
    }
    void composerSegmentsMatchTheBodySent()
    {
        QFETCH(bool, earlierMessage);
        QFETCH(QString, typed);
        QFETCH(bool, lineAdded);
        QFETCH(int, segments);
        ChatRig rig;
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        QPlainTextEdit *edit = rig.edit();
        edit->setFocus();
        if (earlierMessage) {
            QTest::keyClicks(edit, QStringLiteral("Hello"));
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_COMPARE(rig.model()->rowCount(), 1);
        }

        QTest::keyClicks(edit, typed);
        auto *counter = rig.window->findChild<QLabel *>(QStringLiteral("composerCounter"));
        QVERIFY(counter);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("(\\d+) segments?")).match(counter->text());
        QVERIFY2(match.hasMatch(), qPrintable(counter->text()));
        const int counted = match.captured(1).toInt();
        const SendPreview shown = rig.chat->composer()->preview();
        QCOMPARE(shown.optOutLineAdded, lineAdded);
        QCOMPARE(counted, segments);

        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QString()); // accepted
        auto all = rig.messages->allMessages(maria);
        QVERIFY(all);
        QCOMPARE(all->size(), earlierMessage ? 2 : 1);
        const Message stored = all->constLast();
        QCOMPARE(stored.body, shown.body);
        QCOMPARE(SegmentCalculator::analyse(stored.body).segments, counted);
        QCOMPARE(stored.body.endsWith(QStringLiteral("\n") + AppSettings::optOutLine()), lineAdded);
    }

    void mainWindowOverviewUnreadTitleAndUnmatched()
    {
        TestEnvironment env;
        (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1);
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY(services);
        MainWindow window(**services);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MessageStore &messages = *window.chat()->messages();
        const qint64 nina = addTestPatient(*window.store(), QStringLiteral("Nina"), QStringLiteral("Park"),
                                           QStringLiteral("(415) 555-0188"), false);
        const qint64 bob = addTestPatient(*window.store(), QStringLiteral("Bob"), QStringLiteral("Rivera"),
                                          QStringLiteral("(415) 555-0124"));
        window.openPatient(nina, false);
        auto *overview = window.profile()->overview();
        QCOMPARE(overview->fieldText(QStringLiteral("lastMessage")), QStringLiteral("No messages yet"));

        // No consent: the Chat tab says so; the Overview records it (who, when, how) and the composer opens.
        auto *tabs = window.profile()->tabs();
        tabs->setCurrentIndex(ProfileView::ChatTab);
        auto *edit = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(!edit->isEnabled());
        tabs->setCurrentIndex(ProfileView::OverviewTab);
        auto *record = window.findChild<QPushButton *>(QStringLiteral("recordConsentButton"));
        QVERIFY(record && record->isVisible());
        bool accepted = false;
        QTimer::singleShot(0, &window, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QCOMPARE(dialog->objectName(), QStringLiteral("recordConsentDialog"));
            dialog->accept();
            accepted = true;
        });
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_VERIFY(accepted);
        QTRY_VERIFY(overview->fieldText(QStringLiteral("consent")).startsWith(QStringLiteral("Yes")));
        tabs->setCurrentIndex(ProfileView::ChatTab);
        QTRY_VERIFY(edit->isEnabled());

        // A message sent from the Chat tab is the Overview's last message.
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Welcome to the clinic"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY2(
            overview->fieldText(QStringLiteral("lastMessage")).contains(QStringLiteral("Welcome to the clinic")),
            qPrintable(overview->fieldText(QStringLiteral("lastMessage"))));

        // A reply from Bob: the title counts it; an unknown number: the sidebar entry counts it.
        storeMessage(messages, chatMessage(bob, Message::Direction::Inbound, QStringLiteral("Hi"),
                                           QDateTime::currentDateTimeUtc()));
        // (The demo patient may answer the welcome text meanwhile: the title shows whatever the total is.)
        QTRY_COMPARE(window.chat()->unreadCounter()->count(bob), 1);
        QTRY_COMPARE(window.windowTitle(), UnreadCounter::titleWithCount(QStringLiteral("ClinicDesk"),
                                                                         window.chat()->unreadCounter()->total()));
        QVERIFY(window.windowTitle().startsWith(QLatin1Char('(')));

        // "Unread Only" filters the sidebar to patients with unread replies; choosing one opens the patient.
        auto *unreadOnly = window.findChild<QToolButton *>(QStringLiteral("unreadOnlyButton"));
        QTRY_VERIFY(unreadOnly->text().startsWith(QStringLiteral("Unread Only (")));
        QTest::mouseClick(unreadOnly, Qt::LeftButton);
        auto *unreadList = window.findChild<QListView *>(QStringLiteral("unreadConversationsList"));
        QVERIFY(unreadList->isVisible());
        QVERIFY(!window.findChild<QListView *>(QStringLiteral("patientList"))->isVisible());
        QModelIndex bobRow;
        for (int row = 0; row < unreadList->model()->rowCount(); ++row) {
            if (unreadList->model()->index(row, 0).data(PatientListModel::PatientIdRole).toLongLong() == bob)
                bobRow = unreadList->model()->index(row, 0);
        }
        QVERIFY(bobRow.isValid());
        QCOMPARE(bobRow.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Bob Rivera, 1 unread message(s)"));
        QTest::mouseClick(unreadList->viewport(), Qt::LeftButton, {}, unreadList->visualRect(bobRow).center());
        QTRY_COMPARE(window.profile()->patient()->id, bob);
        QTest::mouseClick(unreadOnly, Qt::LeftButton);
        QVERIFY(window.findChild<QListView *>(QStringLiteral("patientList"))->isVisible());
        // Bob's thread on screen, but the window lost the focus to the dialogs: it is read when the window is
        // focused again.
        tabs->setCurrentIndex(ProfileView::ChatTab);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.chat()->unreadCounter()->count(bob), 0);
        Message stranger = chatMessage(std::nullopt, Message::Direction::Inbound, QStringLiteral("Who is this?"),
                                       QDateTime::currentDateTimeUtc());
        stranger.fromNumber = QStringLiteral("+14155550199");
        const qint64 strangerId = storeMessage(messages, stranger);
        auto *unmatchedButton = window.findChild<QPushButton *>(QStringLiteral("unmatchedRepliesButton"));
        QTRY_COMPARE(unmatchedButton->text(), QStringLiteral("Unmatched Replies (1)"));
        QTRY_COMPARE(window.windowTitle(), UnreadCounter::titleWithCount(QStringLiteral("ClinicDesk"),
                                                                         window.chat()->unreadCounter()->total()));

        // The unmatched window lists it; attaching moves it into Bob's conversation.
        QTest::mouseClick(unmatchedButton, Qt::LeftButton);
        UnmatchedRepliesView *unmatched = window.chat()->unmatchedView();
        QVERIFY(unmatched);
        QTRY_COMPARE(unmatched->model()->rowCount(), 1);
        QTRY_COMPARE(unmatchedButton->text(), QStringLiteral("Unmatched Replies")); // opening it read them
        QVERIFY(unmatched->attachTo(strangerId, bob));
        QCOMPARE(unmatched->model()->rowCount(), 0);
        auto thread = messages.thread(bob);
        QVERIFY(thread);
        QCOMPARE(thread->messages.size(), 2);
        QCOMPARE(thread->messages.constFirst().body, QStringLiteral("Who is this?"));
    }

    void unmatchedReplyBecomesANewPatient()
    {
        ChatRig rig({}, false);
        Message stranger =
            chatMessage(std::nullopt, Message::Direction::Inbound,
                        QStringLiteral("Hi, I'm new here. Do you take new patients?"), QDateTime::currentDateTimeUtc());
        stranger.fromNumber = QStringLiteral("+14155550199");
        const qint64 id = storeMessage(*rig.messages, stranger);
        UnmatchedRepliesView view(rig.messages, rig.patients);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 1);
        // The number is shown above the bubble (there is no patient name to show).
        QCOMPARE(view.model()->index(0).data(MessageListModel::SenderNameRole).toString(),
                 QStringLiteral("(415) 555-0199"));
        view.list()->setCurrentIndex(view.model()->index(0));
        auto *create = view.findChild<QPushButton *>(QStringLiteral("createPatientFromReplyButton"));
        QVERIFY(create->isEnabled());
        QString phoneShown;
        QTimer::singleShot(0, &view, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QWidget *dialog = QApplication::activeModalWidget();
            phoneShown = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstNameEdit")), QStringLiteral("Sam"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastNameEdit")), QStringLiteral("Newman"));
            qobject_cast<QDialog *>(dialog)->accept();
        });
        QSignalSpy created(&view, &UnmatchedRepliesView::patientCreated);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(created.count(), 1);
        QVERIFY2(phoneShown.contains(QStringLiteral("555")), qPrintable(phoneShown));
        const qint64 patientId = created.first().at(0).toLongLong();
        QCOMPARE(view.model()->rowCount(), 0);
        auto moved = rig.messages->get(id);
        QVERIFY(moved);
        QCOMPARE(moved->patientId.value_or(0), patientId);
        QCOMPARE(rig.patient(patientId).fullName(), QStringLiteral("Sam Newman"));
    }

    void savedCredentialsSwitchFromDemoWithoutRestart()
    {
        ChatRig rig; // starts in demo mode
        const qint64 maria =
            rig.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QStringLiteral("(415) 555-0123"));
        rig.chat->showPatient(rig.patient(maria));
        QVERIFY(rig.showAndActivate());
        auto *demoNote = rig.window->findChild<QLabel *>(QStringLiteral("composerDemoNote"));
        QVERIFY(demoNote->isVisible());

        FakeTwilioServer server;
        server.setAccount(TestAccountSid, TestAuthToken);
        server.addIncomingNumber(TestClinicNumber);
        QVERIFY(server.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
        const QProcessEnvironment credentials = testCredentialsEnvironment();
        QVERIFY(rig.worker->restart(std::make_shared<EnvCredentialsProvider>(credentials)));
        QVERIFY(!rig.worker->isDemo());
        QVERIFY(!demoNote->isVisible());
        QCOMPARE(rig.sendButton()->text().remove(QLatin1Char('&')), QStringLiteral("Send"));

        QTest::keyClicks(rig.edit(), QStringLiteral("Now for real"));
        QTest::keyClick(rig.edit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(server.createCount(), 1, 10000);
        QVERIFY(!rig.model()->index(rig.model()->rowCount() - 1).data(MessageListModel::IsDemoRole).toBool());
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }
};

QTEST_MAIN(TestChatGui)
#include "tst_chat_gui.moc"

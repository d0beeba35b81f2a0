// The chat with real-world replies (issue 13): an inbound MMS photo from the fake Twilio appears as a thumbnail in
// its bubble (painted, read by screen readers), a file attachment can be saved; a reply from a family's shared
// number says where it was filed and can be moved (context menu + keyboard).
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/messaging/MessagingService.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "ui/chat/AttachmentSaver.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/MessageListModel.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

namespace {

struct MediaChatRig
{
    FakeTwilioServer server;
    TestEnvironment env;
    std::shared_ptr<Database> db;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<QWidget> window;
    ChatView *chat = nullptr;

    MediaChatRig()
    {
        server.setAccount(TestAccountSid, TestAuthToken);
        server.addIncomingNumber(TestClinicNumber);
        if (!server.start())
            qFatal("fake Twilio did not start");
        qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
        (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, 1);
        (void)AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 1);
        auto opened = Database::open(env.databaseTarget());
        if (!opened)
            qFatal("database: %s", qPrintable(opened.error().message));
        db = *opened;
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(testCredentialsEnvironment());
        services = std::make_unique<AppServices>(db, std::move(options));
        if (!services->messaging().start())
            qFatal("messaging did not start");
        window = std::make_unique<QWidget>();
        window->setObjectName(QStringLiteral("chatMediaTestWindow"));
        window->setWindowTitle(QStringLiteral("ClinicDesk"));
        chat = new ChatView(&services->messages(), &services->patients(), &services->messaging(), window.get());
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(chat);
        window->resize(760, 640);
    }
    ~MediaChatRig()
    {
        window.reset();
        services.reset();
    }
    MessageListModel *model() const { return chat->model(); }
    QModelIndex last() const { return model()->index(model()->rowCount() - 1); }
    void open(qint64 patientId)
    {
        chat->showPatient(*services->patients().get(patientId));
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
};

// Pixels of the sample photo's sun colour inside `rect` of the painted list.
int sunPixels(QWidget *viewport, const QRect &rect)
{
    const QImage shot = viewport->grab(rect).toImage().convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            n += shot.pixel(x, y) == qRgb(0xf2, 0xc1, 0x4e) ? 1 : 0;
    return n;
}

} // namespace

class TestChatMediaGui : public QObject
{
    Q_OBJECT
private slots:
    void inboundPhotoShowsAsThumbnailInTheBubble()
    {
        MediaChatRig rig;
        const qint64 maria = addTestPatient(rig.services->patients(), QStringLiteral("Maria"), QStringLiteral("Lopez"),
                                            QStringLiteral("(415) 555-0123"));
        storeMessage(rig.services->messages(), chatMessage(maria, Message::Direction::Outbound,
                                                           QStringLiteral("Could you send us a photo of the rash?"),
                                                           QDateTime::currentDateTimeUtc().addSecs(-600)));
        rig.open(maria);
        rig.server.injectMms(QStringLiteral("+14155550123"), TestClinicNumber,
                             QStringLiteral("Here it is, it looks better today"), QStringLiteral("image/png"),
                             FakeTwilioServer::samplePng());
        // The text arrives first; the photo follows in the same or the next cycle.
        QTRY_VERIFY_WITH_TIMEOUT(rig.last().data(MessageListModel::ThumbnailsRole).toList().size() == 1, 20000);
        const QModelIndex reply = rig.last();
        QCOMPARE(reply.data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("Here it is, it looks better today"));
        const QImage thumbnail = reply.data(MessageListModel::ThumbnailsRole).toList().first().value<QImage>();
        QCOMPARE(thumbnail.width(), 220); // 240x160 scaled into the 220 px box
        QVERIFY(qAbs(thumbnail.height() - 147) <= 1);
        QVERIFY(reply.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("photo")));

        // Painted: the bubble is tall enough for the picture and its sun shows inside the row.
        ChatListView *list = rig.chat->list();
        list->scrollToNewest();
        QCoreApplication::processEvents();
        const QRect row = list->visualRect(reply);
        QVERIFY(row.height() > thumbnail.height());
        QVERIFY2(sunPixels(list->viewport(), row) > 500, "the photo is not painted in the bubble");

        const QVariantList media = reply.data(MessageListModel::MediaRole).toList();
        QCOMPARE(media.size(), 1);
        const MessageMedia item = media.first().value<MessageMedia>();
        QVERIFY(item.isStored());
        const QString target = rig.env.dataDir() + QStringLiteral("/saved.png");
        QCOMPARE(AttachmentSaver::copyTo(item, target), QString());
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), FakeTwilioServer::samplePng());

        // A screenshot for the README (CLINICDESK_SCREENSHOT=path): the window as the desk sees it.
        if (const QString shot = qEnvironmentVariable("CLINICDESK_SCREENSHOT"); !shot.isEmpty()) {
            rig.window->grab().save(shot);
            QTest::qWait(qEnvironmentVariableIntValue("CLINICDESK_SCREENSHOT_HOLD_MS"));
        }
    }

    void sharedNumberReplyIsMarkedAndMovesByKeyboard()
    {
        MediaChatRig rig;
        const QString family = QStringLiteral("(415) 555-0123");
        const qint64 ana =
            addTestPatient(rig.services->patients(), QStringLiteral("Ana"), QStringLiteral("Ruiz"), family);
        const qint64 leo =
            addTestPatient(rig.services->patients(), QStringLiteral("Leo"), QStringLiteral("Ruiz"), family);
        Message sent = chatMessage(leo, Message::Direction::Outbound, QStringLiteral("Leo's check-up is on Friday"),
                                   QDateTime::currentDateTimeUtc().addSecs(-300));
        sent.toNumber = QStringLiteral("+14155550123");
        storeMessage(rig.services->messages(), sent);
        rig.open(leo);
        rig.server.injectInbound(QStringLiteral("+14155550123"), TestClinicNumber, QStringLiteral("Can we move it?"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.model()->rowCount(), 2, 20000);
        QModelIndex reply = rig.model()->index(0);
        if (reply.data(MessageListModel::IsOutgoingRole).toBool())
            reply = rig.model()->index(1);
        QVERIFY(reply.data(MessageListModel::FiledSharedRole).toBool());
        const QStringList lines = reply.data(MessageListModel::ExtraLinesRole).toStringList();
        QVERIFY2(lines.join(QLatin1Char('|')).contains(QStringLiteral("Shared number")), qPrintable(lines.join('|')));
        QVERIFY(reply.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Shared number")));

        // Keyboard path: Ctrl+Shift+M on the reply opens the choice of the others with that number; Enter moves it.
        QSignalSpy move(rig.chat->list(), &ChatListView::moveRequested);
        rig.chat->list()->setFocus();
        rig.chat->list()->setCurrentIndex(reply);
        QStringList offered;
        QTimer::singleShot(0, [&offered] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->comboBoxItems();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(rig.chat->list(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(move.size(), 1);
        QCOMPARE(offered, QStringList{QStringLiteral("Ana Ruiz")});
        const qint64 id = move.first().first().toLongLong();
        QTRY_COMPARE(*rig.services->messages().get(id)->patientId, ana);
        QTRY_COMPARE(rig.model()->rowCount(), 1); // it left Leo's conversation
    }
};

QTEST_MAIN(TestChatMediaGui)
#include "tst_chat_media_gui.moc"

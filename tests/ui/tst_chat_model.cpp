// The message model: paging through canFetchMore/fetchMore, de-duplication, live updates, roles - under
// QAbstractItemModelTester.
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/messaging/MessageJson.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/OptOutInstruction.h"
#include "core/messaging/QuickReplies.h"
#include "core/storage/Database.h"
#include "ui/chat/MessageListModel.h"
#include "ui/chat/StatusPresentation.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

class TestChatModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<PatientStore> m_patients;
    std::unique_ptr<MessageStore> m_messages;

private slots:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto db = Database::open(m_env->databaseTarget());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = *db;
        m_patients = std::make_unique<PatientStore>(m_db);
        m_messages = std::make_unique<MessageStore>(m_db);
    }

    void cleanup()
    {
        m_messages.reset();
        m_patients.reset();
        m_db.reset();
        m_env.reset();
    }

    void pagesOlderMessagesAndPassesTheModelTester()
    {
        const qint64 ann =
            addTestPatient(*m_patients, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("(415) 555-0123"));
        const QList<qint64> ids = storeMessages(*m_messages, longConversation(ann, 130));
        QCOMPARE(ids.size(), 130);

        MessageListModel model(m_messages.get());
        model.setPageSize(40);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatient(ann, QStringLiteral("Ann Lee"));

        // Newest page only, oldest of it first: the last row is the newest message.
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.index(39).data(MessageListModel::MessageIdRole).toLongLong(), ids.last());
        QCOMPARE(model.index(0).data(MessageListModel::MessageIdRole).toLongLong(), ids.at(130 - 40));
        QVERIFY(model.hasOlder());
        // The view must not fetch by itself (it would, since the last row is always visible).
        QVERIFY(!model.canFetchMore({}));
        model.setFetchArmed(true);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 130);
        for (int row = 0; row < 130; ++row)
            QCOMPARE(model.index(row).data(MessageListModel::MessageIdRole).toLongLong(), ids.at(row));

        // A live message is appended once, however many times it is announced.
        QSignalSpy appended(&model, &MessageListModel::messagesAppended);
        const qint64 fresh =
            storeMessage(*m_messages, chatMessage(ann, Message::Direction::Inbound, QStringLiteral("One more"),
                                                  QDateTime::currentDateTimeUtc()));
        model.refresh(); // announced once by the store already: a second read adds nothing
        QCOMPARE(model.rowCount(), 131);
        QCOMPARE(model.index(130).data(MessageListModel::MessageIdRole).toLongLong(), fresh);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.first().at(1).toInt(), 1); // one inbound

        // Memory bound: trimming keeps the newest rows and lets the older ones be fetched again.
        model.trimOlder(50);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(49).data(MessageListModel::MessageIdRole).toLongLong(), fresh);
        QVERIFY(model.hasOlder());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 90);
        model.setFetchArmed(false);

        // Another patient's message does not appear here.
        const qint64 bob =
            addTestPatient(*m_patients, QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("(415) 555-0124"));
        storeMessage(*m_messages, chatMessage(bob, Message::Direction::Inbound, QStringLiteral("Not Ann's"),
                                              QDateTime::currentDateTimeUtc()));
        QCOMPARE(model.rowCount(), 90);
    }

    void aLiveReplyIsReadByIdNotAPage()
    {
        // Changes inside one frame (issue 12): the open chat reads the new row, not its newest page again.
        const qint64 ann =
            addTestPatient(*m_patients, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("(415) 555-0123"));
        storeMessages(*m_messages, longConversation(ann, 80));
        MessageListModel model(m_messages.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatient(ann);
        QCOMPARE(model.rowCount(), model.pageSize());
        QStringList reads;
        Database::setQueryObserver([&reads](const QString &sql, const QVariantList &) {
            // (PostgreSQL's write lock is a SELECT too, but reads no row.)
            if (sql.trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive) &&
                !sql.contains(QStringLiteral("pg_advisory_xact_lock")))
                reads << sql.simplified();
        });
        QSignalSpy appended(&model, &MessageListModel::messagesAppended);
        const qint64 reply =
            storeMessage(*m_messages, chatMessage(ann, Message::Direction::Inbound, QStringLiteral("Running late"),
                                                  QDateTime::currentDateTimeUtc()));
        Database::setQueryObserver({});
        QCOMPARE(model.rowCount(), model.pageSize() + 1);
        QCOMPARE(model.index(model.pageSize()).data(MessageListModel::MessageIdRole).toLongLong(), reply);
        QCOMPARE(appended.count(), 1);
        for (const QString &sql : std::as_const(reads)) // no page read (the summary's LIMIT 1 is one row)
            QVERIFY2(!sql.contains(QStringLiteral("LIMIT"), Qt::CaseInsensitive) ||
                         sql.endsWith(QStringLiteral("LIMIT 1")),
                     qPrintable(sql));
        QVERIFY2(reads.size() <= 4, qPrintable(reads.join(QLatin1Char('\n'))));
    }

    void statusUpdatesChangeTheRowInPlace()
    {
        const qint64 ann =
            addTestPatient(*m_patients, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("(415) 555-0123"));
        Message out = chatMessage(ann, Message::Direction::Outbound, QStringLiteral("See you at 9"),
                                  QDateTime::currentDateTimeUtc(), MessageStatus::Sending);
        const qint64 id = storeMessage(*m_messages, out);
        MessageListModel model(m_messages.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatient(ann);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(StatusKind(row.data(MessageListModel::StatusKindRole).toInt()), StatusKind::Sending);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto written = m_messages->update(MessageChange::StatusChanged,
                                          QStringLiteral("UPDATE messages SET status = 'failed', error_code = 30003, "
                                                         "error_message = 'The phone is switched off.' WHERE id = ?"),
                                          {id});
        QVERIFY(written && *written == 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(StatusKind(row.data(MessageListModel::StatusKindRole).toInt()), StatusKind::Failed);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("switched off")));
        QVERIFY(row.data(MessageListModel::CanRetryRole).toBool());
        QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Failed")));
    }

    void bodiesArePlainText()
    {
        const qint64 ann =
            addTestPatient(*m_patients, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("(415) 555-0123"));
        const QString html =
            QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> <a href=\"http://x.test\">x</a>");
        storeMessage(*m_messages, chatMessage(ann, Message::Direction::Inbound, html, QDateTime::currentDateTimeUtc()));
        MessageListModel model(m_messages.get());
        model.setPatient(ann, QStringLiteral("Ann Lee"));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), html);
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().endsWith(html));
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Ann Lee, ")));
    }

    void statusPresentationCoversEveryState_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("glyph");
        QTest::newRow("pending") << MessageStatus::Pending << int(StatusKind::Pending) << QStringLiteral("⏳");
        QTest::newRow("sending") << MessageStatus::Sending << int(StatusKind::Sending) << QStringLiteral("…");
        QTest::newRow("unknown") << MessageStatus::Unknown << int(StatusKind::Unknown) << QStringLiteral("?");
        QTest::newRow("queued") << MessageStatus::Queued << int(StatusKind::Queued) << QStringLiteral("…");
        QTest::newRow("scheduled") << MessageStatus::Scheduled << int(StatusKind::Scheduled) << QStringLiteral("🕓");
        QTest::newRow("sent") << MessageStatus::Sent << int(StatusKind::Sent) << QStringLiteral("✓");
        QTest::newRow("delivered") << MessageStatus::Delivered << int(StatusKind::Delivered) << QStringLiteral("✓✓");
        QTest::newRow("failed") << MessageStatus::Failed << int(StatusKind::Failed) << QStringLiteral("⚠");
        QTest::newRow("undelivered") << MessageStatus::Undelivered << int(StatusKind::Failed) << QStringLiteral("⚠");
        QTest::newRow("canceled") << MessageStatus::Canceled << int(StatusKind::Canceled) << QStringLiteral("⊘");
    }

    void statusPresentationCoversEveryState()
    {
        QFETCH(QString, status);
        QFETCH(int, kind);
        QFETCH(QString, glyph);
        Message m =
            chatMessage(1, Message::Direction::Outbound, QStringLiteral("x"), QDateTime::currentDateTimeUtc(), status);
        m.scheduledFor = QDateTime::currentDateTimeUtc().addDays(1);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const StatusInfo info = StatusPresentation::describe(m, now);
        QCOMPARE(int(info.kind), kind);
        // The bubble says what the CLI says (its text and --json "status_text"): one vocabulary in core.
        QCOMPARE(info.label, MessageStatusText::label(m, now));
        QCOMPARE(info.label, messageToJson(m, now).value(QStringLiteral("status_text")).toString());
        if (status == MessageStatus::Pending)
            QCOMPARE(info.label, QStringLiteral("Waiting for connection"));
        QCOMPARE(StatusPresentation::glyph(info.kind), glyph);
        QVERIFY(!info.label.isEmpty());
        QVERIFY(!info.tooltip.isEmpty());
        if (status == MessageStatus::Scheduled)
            QVERIFY(info.label.startsWith(QStringLiteral("Scheduled for ")));
    }

    void sentWithoutReceiptAfterTheConfiguredTime()
    {
        Message m = chatMessage(1, Message::Direction::Outbound, QStringLiteral("x"),
                                QDateTime::currentDateTimeUtc().addDays(-4), MessageStatus::Sent);
        QCOMPARE(StatusPresentation::describe(m, QDateTime::currentDateTimeUtc()).kind, StatusKind::SentNoReceipt);
        m.sentAt = m.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QCOMPARE(StatusPresentation::describe(m, QDateTime::currentDateTimeUtc()).kind, StatusKind::Sent);
    }

    void retryOnlyWhereItCanHelp()
    {
        Message m = chatMessage(1, Message::Direction::Outbound, QStringLiteral("x"), QDateTime::currentDateTimeUtc(),
                                MessageStatus::Failed);
        m.errorCode = 30003;
        QVERIFY(StatusPresentation::retryMakesSense(m));
        m.errorCode = 21610; // the patient replied STOP
        QVERIFY(!StatusPresentation::retryMakesSense(m));
        m.errorCode = 21211; // invalid number
        QVERIFY(!StatusPresentation::retryMakesSense(m));
        m.status = MessageStatus::Delivered;
        m.errorCode.reset();
        QVERIFY(!StatusPresentation::retryMakesSense(m));
    }

    void optOutWordsUsedAsInstructions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::newRow("reply cancel") << QStringLiteral("Reply CANCEL to cancel your appointment.")
                                      << QStringLiteral("CANCEL");
        QTest::newRow("lower case") << QStringLiteral("please reply cancel if you can't come")
                                    << QStringLiteral("cancel");
        QTest::newRow("text end") << QStringLiteral("Text END when you are done") << QStringLiteral("END");
        QTest::newRow("capitals alone") << QStringLiteral("QUIT to stop the survey") << QStringLiteral("QUIT");
        QTest::newRow("quoted") << QStringLiteral("Reply \"stop\" to end reminders") << QStringLiteral("stop");
        QTest::newRow("opt-out line") << QStringLiteral("See you soon. Reply STOP to opt out.") << QString();
        QTest::newRow("sentence") << QStringLiteral("At the end of the visit we can cancel the follow-up.")
                                  << QString();
        QTest::newRow("reply C") << QStringLiteral("Reply C to confirm or R to reschedule.") << QString();
    }

    void optOutWordsUsedAsInstructions()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QCOMPARE(optOutInstructionIn(text), word);
    }

    void templatesExpandVariables()
    {
        const auto vars = QuickReplies::variablesFor(QStringLiteral("Maria"), QStringLiteral("Lopez"),
                                                     QStringLiteral("Sunrise Family Clinic"));
        QCOMPARE(QuickReplies::expand(QStringLiteral("Hi {first_name}, this is {clinic_name}. {unknown}"), vars),
                 QStringLiteral("Hi Maria, this is Sunrise Family Clinic. {unknown}"));
        for (const QuickReply &reply : QuickReplies::builtIn())
            QVERIFY2(optOutInstructionIn(reply.text).isEmpty(), qPrintable(reply.title));
    }
};

QTEST_GUILESS_MAIN(TestChatModel)
#include "tst_chat_model.moc"

// One vocabulary for a message's state: every kind has words and a JSON name, the CLI's text (MessageStore's
// forward and the --json "status_text") says what the GUI says, and the JSON names scripts rely on never change.
#include "core/messaging/MessageJson.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/MessageStore.h"
#include "tests/support/TestEnvironment.h"

#include <QSet>
#include <QtTest>

using namespace cd;

namespace {

Message outbound(const QString &status, const QDateTime &nowUtc)
{
    Message m;
    m.id = 7;
    m.direction = Message::Direction::Outbound;
    m.status = status;
    m.createdAt = nowUtc.addSecs(-60);
    m.sentAt = m.createdAt;
    return m;
}

} // namespace

class TestMessageStatusText : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasALabelAndAJsonName()
    {
        for (StatusKind kind : MessageStatusText::allKinds()) {
            QVERIFY2(!MessageStatusText::kindLabel(kind).isEmpty(), qPrintable(MessageStatusText::jsonName(kind)));
            QVERIFY(!MessageStatusText::jsonName(kind).isEmpty());
        }
        QCOMPARE(MessageStatusText::allKinds().size(), int(StatusKind::Other) + 1);
    }

    void jsonNamesAreUniqueAndStable()
    {
        // Scripts compare these words: a change here breaks them. Add a kind, never rename one.
        const QList<QPair<StatusKind, QString>> stable = {
            {StatusKind::Received, QStringLiteral("received")},
            {StatusKind::Pending, QStringLiteral("waiting")},
            {StatusKind::Sending, QStringLiteral("sending")},
            {StatusKind::Unknown, QStringLiteral("not_confirmed")},
            {StatusKind::Queued, QStringLiteral("queued")},
            {StatusKind::Scheduled, QStringLiteral("scheduled")},
            {StatusKind::Sent, QStringLiteral("sent")},
            {StatusKind::SentNoReceipt, QStringLiteral("sent_no_receipt")},
            {StatusKind::Delivered, QStringLiteral("delivered")},
            {StatusKind::Failed, QStringLiteral("failed")},
            {StatusKind::Canceled, QStringLiteral("canceled")},
            {StatusKind::Held, QStringLiteral("not_sent")},
            {StatusKind::Other, QStringLiteral("other")},
        };
        QCOMPARE(stable.size(), MessageStatusText::allKinds().size());
        QSet<QString> seen;
        for (const auto &[kind, name] : stable) {
            QCOMPARE(MessageStatusText::jsonName(kind), name);
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
        }
    }

    void cliTextAndGuiLabelAgree_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("pending") << MessageStatus::Pending << "waiting"
                                 << "Waiting for connection";
        QTest::newRow("sending") << MessageStatus::Sending << "sending"
                                 << "Sending…";
        QTest::newRow("unknown") << MessageStatus::Unknown << "not_confirmed"
                                 << "Not confirmed yet";
        QTest::newRow("accepted") << MessageStatus::Accepted << "queued"
                                  << "Queued";
        QTest::newRow("queued") << MessageStatus::Queued << "queued"
                                << "Queued";
        QTest::newRow("scheduled") << MessageStatus::Scheduled << "scheduled"
                                   << "Scheduled";
        QTest::newRow("sent") << MessageStatus::Sent << "sent"
                              << "Sent";
        QTest::newRow("delivered") << MessageStatus::Delivered << "delivered"
                                   << "Delivered";
        QTest::newRow("read") << "read"
                              << "delivered"
                              << "Delivered";
        QTest::newRow("failed") << MessageStatus::Failed << "failed"
                                << "Failed";
        QTest::newRow("undelivered") << MessageStatus::Undelivered << "failed"
                                     << "Not delivered";
        QTest::newRow("canceled") << MessageStatus::Canceled << "canceled"
                                  << "Canceled";
        QTest::newRow("newer Twilio status") << "partially_delivered"
                                             << "other"
                                             << "partially_delivered";
    }

    void cliTextAndGuiLabelAgree()
    {
        QFETCH(QString, status);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        test::TestEnvironment env;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Message m = outbound(status, now);
        // The GUI's bubble label (StatusPresentation::describe) is MessageStatusText::label; tst_chat_model checks
        // that side. Here: the CLI's text and JSON say the same words.
        const QString label = MessageStatusText::label(m, now);
        QCOMPARE(label, words);
        const QJsonObject json = messageToJson(m, now);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), status); // the stored word, unchanged
        QCOMPARE(json.value(QStringLiteral("status_text")).toString(), label);
        QCOMPARE(json.value(QStringLiteral("status_kind")).toString(), kind);
        QCOMPARE(MessageStatusText::jsonName(MessageStatusText::kind(m, now)), kind);
        QVERIFY(!MessageStatusText::explanation(m, now).isEmpty());
    }

    void derivedStates()
    {
        test::TestEnvironment env;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Message m = outbound(MessageStatus::Sent, now);
        m.sentAt = m.createdAt = now.addDays(-4); // past the default 72 hours
        QCOMPARE(MessageStatusText::kind(m, now), StatusKind::SentNoReceipt);
        QCOMPARE(MessageStatusText::label(m, now), QStringLiteral("Sent, no delivery receipt"));
        QCOMPARE(messageToJson(m, now).value(QStringLiteral("status_kind")).toString(),
                 QStringLiteral("sent_no_receipt"));
        QVERIFY(messageToJson(m, now).value(QStringLiteral("sent_without_receipt")).toBool());

        Message scheduled = outbound(MessageStatus::Scheduled, now);
        scheduled.scheduledFor = now.addDays(1);
        QVERIFY(MessageStatusText::label(scheduled, now).startsWith(QStringLiteral("Scheduled for ")));
        QCOMPARE(messageToJson(scheduled, now).value(QStringLiteral("status_text")).toString(),
                 MessageStatusText::label(scheduled, now));

        Message inbound = outbound(MessageStatus::Received, now);
        inbound.direction = Message::Direction::Inbound;
        QCOMPARE(MessageStatusText::kind(inbound, now), StatusKind::Received);
        QCOMPARE(MessageStatusText::label(inbound, now), QStringLiteral("Received"));
        QCOMPARE(messageToJson(inbound, now).value(QStringLiteral("status_kind")).toString(),
                 QStringLiteral("received"));

        Message failed = outbound(MessageStatus::Failed, now);
        failed.errorMessage = QStringLiteral("The phone is switched off.");
        QCOMPARE(MessageStatusText::explanation(failed, now), failed.errorMessage);
    }

    void finalStatuses()
    {
        for (const QString &s : {MessageStatus::Delivered, MessageStatus::Undelivered, MessageStatus::Failed,
                                 MessageStatus::Canceled, MessageStatus::Received})
            QVERIFY2(MessageStatusText::isFinalStatus(s), qPrintable(s));
        for (const QString &s : {MessageStatus::Pending, MessageStatus::Sending, MessageStatus::Unknown,
                                 MessageStatus::Queued, MessageStatus::Scheduled, MessageStatus::Sent})
            QVERIFY2(!MessageStatusText::isFinalStatus(s), qPrintable(s));
    }
};

QTEST_GUILESS_MAIN(TestMessageStatusText)
#include "tst_messagestatustext.moc"

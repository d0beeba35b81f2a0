// MessageStore on a real SQLite file: keyset paging, unread counts, read marks, unmatched/attach, the data version
// another process sees, the in-process signals, and the demo transport's time-based statuses.
#include "tests/support/MessageFixtures.h"
#include "tests/support/ShiftedClock.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"

#include "core/common/Clock.h"
#include "core/demo/DemoGateway.h"
#include "core/messaging/GatewayAwait.h"
#include "core/messaging/GatewayFactory.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/OptOutKeywords.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

struct Fixture
{
    TestEnvironment env;
    std::shared_ptr<Database> db;
    std::unique_ptr<PatientStore> patients;
    std::unique_ptr<MessageStore> store;

    Fixture()
    {
        db = *Database::open(env.databaseTarget());
        patients = std::make_unique<PatientStore>(db);
        store = std::make_unique<MessageStore>(db);
    }
    qint64 patient(const QString &first, const QString &phone)
    {
        Patient p;
        p.firstName = first;
        p.lastName = QStringLiteral("Store");
        p.phoneRaw = phone;
        p.smsConsent = true;
        return patients->create(p)->id;
    }
    qint64 add(std::optional<qint64> patientId, bool inbound, const QString &body, const QDateTime &at,
               const QString &from = {}, const QString &sid = {})
    {
        Message m;
        m.patientId = patientId;
        m.direction = inbound ? Message::Direction::Inbound : Message::Direction::Outbound;
        m.body = body;
        m.status = inbound ? MessageStatus::Received : MessageStatus::Delivered;
        m.createdAt = at;
        m.fromNumber = from;
        m.sid = sid;
        const auto ids = insertMessages(*db, {m});
        return ids ? ids->constFirst() : 0;
    }
};

} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setInstance(nullptr); }

    void threadPagesNewestFirstWithStableCursor()
    {
        Fixture f;
        const qint64 ann = f.patient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const qint64 bob = f.patient(QStringLiteral("Bob"), QStringLiteral("(415) 555-0124"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
        // Ties on the timestamp (Twilio's are whole seconds) are broken by id: no row skipped or repeated.
        for (int i = 0; i < 25; ++i)
            QVERIFY(f.add(ann, i % 2, QStringLiteral("m%1").arg(i), t0.addSecs(i / 3)));
        f.add(bob, true, QStringLiteral("other thread"), t0);
        QStringList seen;
        std::optional<MessageCursor> cursor;
        int pages = 0;
        do {
            auto page = f.store->thread(ann, 7, cursor);
            QVERIFY(page);
            for (const Message &m : page->messages)
                seen << m.body;
            cursor = page->next;
            ++pages;
        } while (cursor);
        QCOMPARE(pages, 4);
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.constFirst(), QStringLiteral("m24"));
        QCOMPARE(seen.constLast(), QStringLiteral("m0"));
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
        auto all = f.store->allMessages(ann);
        QCOMPARE(all->size(), 25);
        QCOMPARE(all->constFirst().body, QStringLiteral("m0"));
    }

    void unreadCountsAndReadMarks()
    {
        Fixture f;
        const qint64 ann = f.patient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const qint64 bob = f.patient(QStringLiteral("Bob"), QStringLiteral("(415) 555-0124"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.add(ann, true, QStringLiteral("a1"), now);
        const qint64 a2 = f.add(ann, true, QStringLiteral("a2"), now.addSecs(1));
        f.add(ann, false, QStringLiteral("out"), now.addSecs(2));
        f.add(bob, true, QStringLiteral("b1"), now);
        f.add(std::nullopt, true, QStringLiteral("u1"), now, QStringLiteral("+14155550999"));
        auto counts = f.store->unreadCounts();
        QVERIFY(counts);
        QCOMPARE(counts->value(ann), 2);
        QCOMPARE(counts->value(bob), 1);
        QCOMPARE(counts->value(0), 1);
        QVERIFY(f.store->markRead(a2));
        QCOMPARE(*f.store->unreadCount(ann), 1);
        QVERIFY(f.store->markThreadRead(ann));
        QCOMPARE(*f.store->unreadCount(ann), 0);
        QCOMPARE(*f.store->unreadCount(bob), 1);
        QVERIFY(f.store->markThreadRead(0));
        QCOMPARE(f.store->unreadCounts()->value(0), 0);

        auto threads = f.store->recentThreads();
        QVERIFY(threads);
        QCOMPARE(threads->size(), 3);
        QCOMPARE(threads->constFirst().last.body, QStringLiteral("out"));
    }

    void attachUnmatched()
    {
        Fixture f;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 u1 = f.add(std::nullopt, true, QStringLiteral("u1"), now, QStringLiteral("+14155550999"));
        f.add(std::nullopt, true, QStringLiteral("u2"), now.addSecs(1), QStringLiteral("+14155550999"));
        f.add(std::nullopt, true, QStringLiteral("other"), now, QStringLiteral("+14155550888"));
        QCOMPARE(*f.store->unmatchedCount(), 3);
        auto missing = f.store->attachToPatient(u1, 4242);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("patient.not-found"));
        QCOMPARE(*f.store->unmatchedCount(), 3);

        const qint64 zoe = f.patient(QStringLiteral("Zoe"), QStringLiteral("(415) 555-0999"));
        QSignalSpy changed(f.store.get(), &MessageStore::changed);
        auto moved = f.store->attachToPatient(u1, zoe);
        QVERIFY(moved);
        QCOMPARE(*moved, 2);
        QCOMPARE(*f.store->unmatchedCount(), 1);
        QCOMPARE(f.store->thread(zoe)->messages.size(), 2);
        // One transaction, one notification: Zoe's thread and the unmatched list, both moved rows.
        QCOMPARE(changed.count(), 1);
        const auto change = changed.first().first().value<MessageChange>();
        QVERIFY(change.has(MessageChange::Attached));
        QCOMPARE(change.conversations, (QSet<qint64>{zoe, 0}));
        QCOMPARE(change.messageIds.size(), 2);
        QVERIFY(change.messageIds.contains(u1));
        auto again = f.store->attachToPatient(u1, zoe);
        QVERIFY(!again);
        auto audit = f.db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'message.attached'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);
    }

    void sidIsUnique()
    {
        Fixture f;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(f.add(std::nullopt, true, QStringLiteral("x"), now, QStringLiteral("+1"), QStringLiteral("SMdup")));
        QCOMPARE(f.add(std::nullopt, true, QStringLiteral("y"), now, QStringLiteral("+1"), QStringLiteral("SMdup")),
                 qint64(0));
        // Many rows without a sid (pending) are fine.
        QVERIFY(f.add(std::nullopt, false, QStringLiteral("p1"), now));
        QVERIFY(f.add(std::nullopt, false, QStringLiteral("p2"), now));
    }

    void dataVersionSeenByAnotherConnection()
    {
        Fixture f;
        // Another process = another Database object on the same file.
        auto other = Database::open(f.env.databaseTarget());
        QVERIFY(other);
        MessageStore otherStore(*other);
        const qint64 before = *f.store->dataVersion();

        int elsewhereCount = 0;
        connect(f.store.get(), &MessageStore::changed, this, [&](const MessageChange &change) {
            if (change.has(MessageChange::Elsewhere))
                ++elsewhereCount;
        });
        f.store->watchDataVersion(20);
        // Our own write is announced in-process, not as "elsewhere".
        const qint64 ann = f.patient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QVERIFY(f.store->markThreadRead(ann)); // nothing to mark: no version bump
        QCOMPARE(*f.store->dataVersion(), before);
        // A write of this process (the version moves) is not "elsewhere" either.
        Message own;
        own.patientId = ann;
        own.direction = Message::Direction::Inbound;
        own.body = QStringLiteral("stored by this process");
        own.status = MessageStatus::Received;
        QVERIFY(f.store->write([&](MessageWrite &tx) -> Status<> {
            auto added = tx.insert(own);
            if (!added)
                return added.error();
            return Ok{};
        }));
        QCOMPARE(*f.store->dataVersion(), before + 1);
        QTest::qWait(100);
        QCOMPARE(elsewhereCount, 0);

        Message m;
        m.patientId = ann;
        m.direction = Message::Direction::Inbound;
        m.body = QStringLiteral("from the CLI");
        m.status = MessageStatus::Received;
        QVERIFY(insertMessages(**other, {m}));
        QCOMPARE(*f.store->dataVersion(), before + 2);
        QTRY_COMPARE_WITH_TIMEOUT(elsewhereCount, 1, 5000);
        QCOMPARE(*otherStore.dataVersion(), before + 2);
    }

    void optOutLineDetection()
    {
        QVERIFY(OptOutKeywords::mentionsOptOut(QStringLiteral("Reply STOP to opt out.")));
        QVERIFY(OptOutKeywords::mentionsOptOut(QStringLiteral("text stop to unsubscribe")));
        QVERIFY(!OptOutKeywords::mentionsOptOut(QStringLiteral("Please don't stop your medication")));
        QCOMPARE(OptOutKeywords::optOutWordIn(QStringLiteral("Reply CANCEL to cancel")), QStringLiteral("CANCEL"));
        QVERIFY(OptOutKeywords::optOutWordIn(QStringLiteral("Reply C to confirm")).isEmpty());
    }

    void demoStatusesAdvanceWithTime()
    {
        Fixture f;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        DemoGateway demo(f.db);
        QVERIFY(demo.isDemo());
        SendMessageRequest request;
        request.to = QStringLiteral("+14155550123");
        request.from = DemoGateway::demoNumber();
        request.body = QStringLiteral("Hello demo");
        auto sent = awaitGateway<TwilioMessage>([&](auto done) { demo.sendMessage(request, std::move(done)); });
        QVERIFY(sent);
        QCOMPARE(sent->status, QStringLiteral("queued"));
        clock.shiftSec = DemoGateway::SentAfterSec;
        auto later = awaitGateway<TwilioMessage>([&](auto done) { demo.fetchMessage(sent->sid, std::move(done)); });
        QCOMPARE(later->status, QStringLiteral("sent"));
        clock.shiftSec = DemoGateway::DeliveredAfterSec + 1;
        later = awaitGateway<TwilioMessage>([&](auto done) { demo.fetchMessage(sent->sid, std::move(done)); });
        QCOMPARE(later->status, QStringLiteral("delivered"));

        request.to = QStringLiteral("12");
        auto invalid = awaitGateway<TwilioMessage>([&](auto done) { demo.sendMessage(request, std::move(done)); });
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, 21211);

        // Replies: roughly one message in three, stable, listed To the demo number after their time.
        int replies = 0;
        for (int i = 0; i < 30; ++i)
            replies += !DemoGateway::replyFor(QStringLiteral("SMx%1").arg(i)).isEmpty();
        QVERIFY(replies > 3 && replies < 20);
    }

    void factoryChoosesDemoOnlyWithoutAnyCredentials()
    {
        Fixture f;
        QProcessEnvironment none;
        auto demo = makeGateway(std::make_shared<EnvCredentialsProvider>(none), f.db);
        QVERIFY(demo);
        QVERIFY(demo->gateway->isDemo());
        QVERIFY(demo->sender.demo);

        const QProcessEnvironment full = testCredentialsEnvironment();
        auto real = makeGateway(std::make_shared<EnvCredentialsProvider>(full), f.db);
        QVERIFY(real);
        QVERIFY(!real->gateway->isDemo());
        QCOMPARE(real->sender.clinicNumbers, QStringList{QStringLiteral("+14155550100")});

        QProcessEnvironment partial;
        partial.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("token"));
        auto refused = makeGateway(std::make_shared<EnvCredentialsProvider>(partial), f.db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("twilio.incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"

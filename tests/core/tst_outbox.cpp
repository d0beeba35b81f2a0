// The outbox through the real engine and Twilio client against the loopback fake: every fault counts the creates
// the server received, so a double send or a lost message fails the test.
#include "tests/core/MessagingTestRig.h"
#include "tests/support/MessageFixtures.h"

#include "core/messaging/GatewayAwait.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/Outbox.h"
#include "core/settings/AppSettings.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {
QStringList g_logLines;
void captureLogLine(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logLines << message;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setInstance(nullptr); }

    void sendIsAcceptedOnceWithOptOutLineOnFirstMessage()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        auto queued = rig.outbox().queue(ann, QStringLiteral("Your appointment is tomorrow at 9."));
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
        QCOMPARE(queued->status, MessageStatus::Pending);
        QVERIFY(queued->body.endsWith(AppSettings::optOutLine()));

        auto sent = rig.outbox().sendNow(queued->id);
        QVERIFY(sent);
        QCOMPARE(sent->status, QStringLiteral("queued"));
        QVERIFY(sent->sid.startsWith(QLatin1String("SM")));
        QCOMPARE(rig.server.createCount(), 1);
        QCOMPARE(rig.server.requests().constLast().formValue(QStringLiteral("From")), TestClinicNumber);
        QCOMPARE(rig.server.requests().constLast().formValue(QStringLiteral("Body")), queued->body);

        // The second message has no opt-out line; a text that already explains STOP gets none either.
        auto second = rig.outbox().queue(ann, QStringLiteral("See you soon."));
        QVERIFY(second);
        QCOMPARE(second->body, QStringLiteral("See you soon."));
        const qint64 bob = rig.addPatient(QStringLiteral("Bob"), QStringLiteral("(415) 555-0124"));
        auto own = rig.outbox().queue(bob, QStringLiteral("Hi. Reply STOP to stop texts."));
        QVERIFY(own);
        QCOMPARE(own->body, QStringLiteral("Hi. Reply STOP to stop texts."));

        // The pending row and its audit row were written together.
        auto audit = rig.db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'message.queued'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 3);
    }

    void answerLostAfterCreateIsSettledWithoutSecondCreate()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        FakeTwilioServer::Fault lost;
        lost.method = "POST";
        lost.pathSuffix = QStringLiteral("/Messages.json");
        lost.process = true;        // Twilio created it...
        lost.dropConnection = true; // ...and the answer never arrived
        rig.server.enqueueFault(lost);

        auto queued = rig.outbox().queue(ann, QStringLiteral("Lost answer"));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(rig.server.createCount(), 1);
        // Settled at once by looking it up: it carries the sid Twilio created.
        QCOMPARE(result->status, QStringLiteral("queued"));
        QCOMPARE(result->sid, rig.server.messages().constFirst().value(QStringLiteral("sid")).toString());

        // Later cycles never send it again.
        rig.engine().runCycle();
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 1);
        QCOMPARE(rig.remoteCountTo(QStringLiteral("+14155550123")), 1);
    }

    void slowAnswerAfterCreateIsSettledWithoutSecondCreate()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        FakeTwilioServer::Fault slow;
        slow.method = "POST";
        slow.pathSuffix = QStringLiteral("/Messages.json");
        slow.process = true;
        slow.delayMs = 4000; // longer than the client's 1.5 s timeout
        rig.server.enqueueFault(slow);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Slow answer"));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QVERIFY(!result->sid.isEmpty());
        QCOMPARE(rig.server.createCount(), 1);
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 1);
    }

    void unknownNotFoundIsResentOnlyAfterSettleWindow()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        FakeTwilioServer::Fault reset;
        reset.method = "POST";
        reset.pathSuffix = QStringLiteral("/Messages.json");
        reset.process = false; // the request died before Twilio processed it
        reset.dropConnection = true;
        rig.server.enqueueFault(reset);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Maybe sent"));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(result->status, MessageStatus::Unknown);
        QCOMPARE(rig.server.createCount(), 1);
        QCOMPARE(rig.remoteCountTo(QStringLiteral("+14155550123")), 0);

        // Within the settle window it stays unknown: not resent.
        SyncReport report = rig.engine().runCycle();
        QCOMPARE(report.sent, 0);
        QCOMPARE(rig.messages().get(queued->id)->status, MessageStatus::Unknown);
        QCOMPARE(rig.server.createCount(), 1);

        // After it (several lookups over at least 15 minutes), still not at Twilio: back to pending, sent once.
        for (int minutes : {5, 10}) {
            clock.shiftSec = minutes * 60;
            report = rig.engine().runCycle();
            QCOMPARE(report.sent, 0);
            QCOMPARE(rig.messages().get(queued->id)->status, MessageStatus::Unknown);
        }
        clock.shiftSec = 16 * 60;
        report = rig.engine().runCycle();
        QCOMPARE(report.settled, 1);
        QCOMPARE(report.sent, 1);
        QCOMPARE(rig.server.createCount(), 2);
        QCOMPARE(rig.remoteCountTo(QStringLiteral("+14155550123")), 1);
        QCOMPARE(rig.messages().get(queued->id)->status, QStringLiteral("queued"));
    }

    void aTextDueLaterWaitsForItsTimeAndIsSentOnce()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QueueOptions later;
        later.dueAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        later.purpose = MessagePurpose::AppointmentReminder;
        later.purposeRef = QStringLiteral("appointment 7");
        auto queued = rig.outbox().queue(ann, QStringLiteral("See you at 3 pm."), later);
        QVERIFY(queued);
        QCOMPARE(rig.outbox().sendNow(queued->id)->status, MessageStatus::Pending); // asked early: it waits
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 0);
        const Message stored = *rig.messages().get(queued->id);
        QCOMPARE(stored.purpose, MessagePurpose::AppointmentReminder);
        QCOMPARE(stored.purposeRef, QStringLiteral("appointment 7"));
        QCOMPARE(stored.dueAt.toSecsSinceEpoch(), later.dueAt.toSecsSinceEpoch());

        clock.shiftSec = 3601;
        QCOMPARE(rig.engine().runCycle().sent, 1);
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 1);
    }

    void aTextPastItsExpiryIsCanceledWithTheReasonNotSentLate()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QueueOptions stale;
        stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Running 15 min late"), stale);
        QVERIFY(queued);
        clock.shiftSec = 2 * 24 * 3600; // the desk was offline for two days
        const SyncReport report = rig.engine().runCycle();
        QCOMPARE(report.sent, 0);
        QCOMPARE(rig.server.createCount(), 0);
        const Message ended = *rig.messages().get(queued->id);
        QCOMPARE(ended.status, MessageStatus::Canceled);
        QVERIFY2(ended.errorMessage.contains(QStringLiteral("out of date")), qPrintable(ended.errorMessage));
    }

    void aChannelThatCannotBeLookedUpIsNeverResentAutomatically()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        // Queueing e-mail is refused with the way forward until an e-mail transport exists.
        QueueOptions email;
        email.channel = Channel::Email;
        auto refused = rig.outbox().queue(ann, QStringLiteral("Your form"), email);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.channel-unavailable"));
        QCOMPARE(rig.countRows(), 0);
        // An e-mail whose answer was lost (written as another desk would): not confirmed, and it stays so.
        Message lost;
        lost.patientId = ann;
        lost.direction = Message::Direction::Outbound;
        lost.channel = Channel::Email;
        lost.body = QStringLiteral("Your intake form");
        lost.status = MessageStatus::Unknown;
        const QList<qint64> ids = storeMessages(rig.messages(), {lost});
        QCOMPARE(ids.size(), 1);
        clock.shiftSec = 3600; // far past the SMS settle window
        rig.engine().runCycle();
        rig.engine().runCycle();
        QCOMPARE(rig.messages().get(ids.first())->status, MessageStatus::Unknown);
        QCOMPARE(rig.server.createCount(), 0);
    }

    void settleSeesWritesMadeByAnotherProcessDuringTheLookup()
    {
        // Settling looks the message up over the network; another desk writing meanwhile must not leave this
        // connection on an old snapshot (SQLite then refuses the write that settles the row).
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        FakeTwilioServer::Fault reset;
        reset.method = "POST";
        reset.pathSuffix = QStringLiteral("/Messages.json");
        reset.process = false;
        reset.dropConnection = true;
        rig.server.enqueueFault(reset);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Maybe sent"));
        QVERIFY(queued);
        QCOMPARE(rig.outbox().sendNow(queued->id)->status, MessageStatus::Unknown);

        auto otherDesk = Database::open(rig.env.databaseTarget());
        QVERIFY(otherDesk);
        int writes = 0;
        connect(&rig.server, &FakeTwilioServer::requestReceived, this, [&](const QByteArray &method, const QString &) {
            if (method != "GET")
                return;
            auto written = (*otherDesk)->write([&](QSqlDatabase &tx) -> Status<> {
                auto q = Database::exec(tx, QStringLiteral("UPDATE patients SET notes = ? WHERE id = ?"),
                                        {QStringLiteral("edited at another desk %1").arg(++writes), ann});
                if (!q)
                    return q.error();
                return Ok{};
            });
            QVERIFY(written);
        });
        clock.shiftSec = 5 * 60;
        QCOMPARE(rig.outbox().flush().settled, 0); // not yet: too soon, too few lookups
        clock.shiftSec = 10 * 60;
        QCOMPARE(rig.outbox().flush().settled, 0);
        clock.shiftSec = 16 * 60;
        const Outbox::FlushReport report = rig.outbox().flush();
        QVERIFY(writes > 0);
        QCOMPARE(report.settled, 1);
        QCOMPARE(report.sent, 1);
        QCOMPARE(rig.server.createCount(), 2);
        QCOMPARE(rig.messages().get(queued->id)->status, QStringLiteral("queued"));
    }

    void twilioTextQuotingThePatientsNumberStaysOutOfTheLog()
    {
        // Twilio's error text may quote the patient's number: a stopped cycle logs the code, never that text.
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        FakeTwilioServer::Fault reset;
        reset.method = "POST";
        reset.pathSuffix = QStringLiteral("/Messages.json");
        reset.process = false;
        reset.dropConnection = true;
        rig.server.enqueueFault(reset);
        auto queued = rig.outbox().queue(ann, QStringLiteral("Maybe sent"));
        QVERIFY(queued);
        QCOMPARE(rig.outbox().sendNow(queued->id)->status, MessageStatus::Unknown);

        // The lookup that would settle it is refused with a text naming the number.
        rig.server.failNext("GET", QStringLiteral("/Messages.json"), 400, 21211,
                            QStringLiteral("The 'To' number +14155550123 is not a valid phone number."));
        g_logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLogLine);
        const SyncReport report = rig.engine().runCycle();
        qInstallMessageHandler(previous);
        QVERIFY(!report.ok());
        QVERIFY(report.error->detail.contains(QLatin1String("+14155550123"))); // the fault did reach the engine
        QVERIFY(!g_logLines.isEmpty());
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(QLatin1String("4155550123")) && !line.contains(QLatin1String("555-0123")),
                     qPrintable(line));
    }

    void awaitEndsAsUnknownWhenItsThreadQuitsBeforeTheAnswer()
    {
        // Shutting the sync thread down ends its event loops: the wait must end with "outcome unknown" (settled at
        // the next start), and an answer arriving afterwards must not write into the finished wait.
        TwilioCallback<TwilioMessage> late;
        std::optional<TwilioResult<TwilioMessage>> outcome;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            outcome.emplace(awaitGateway<TwilioMessage>([&](TwilioCallback<TwilioMessage> done) {
                late = std::move(done);
                QThread::currentThread()->quit();
            }));
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, TwilioError::Kind::OutcomeUnknown);
        QVERIFY(late);
        TwilioMessage answer;
        answer.sid = QStringLiteral("SM") + QString(32, QLatin1Char('a'));
        late(answer); // must be harmless
    }

    void sameTextTwiceAdoptsDistinctSids()
    {
        // Two unknown rows with the same text must not adopt the same remote message.
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        auto first = rig.outbox().queue(ann, QStringLiteral("OK"));
        QVERIFY(first);
        QVERIFY(rig.outbox().sendNow(first->id));
        FakeTwilioServer::Fault lost;
        lost.method = "POST";
        lost.pathSuffix = QStringLiteral("/Messages.json");
        lost.process = true;
        lost.dropConnection = true;
        rig.server.enqueueFault(lost);
        auto second = rig.outbox().queue(ann, QStringLiteral("OK"));
        QVERIFY(second);
        auto settled = rig.outbox().sendNow(second->id);
        QVERIFY(settled);
        QVERIFY(!settled->sid.isEmpty());
        QVERIFY(settled->sid != rig.messages().get(first->id)->sid);
        QCOMPARE(rig.server.createCount(), 2);
    }

    void offlineThenOnline()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        // Offline: nothing listens on the port any more.
        const QString url = rig.server.baseUrl();
        rig.server.stop();
        auto queued = rig.outbox().queue(ann, QStringLiteral("While offline"));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(result->status, MessageStatus::Pending);
        QVERIFY(!result->errorMessage.isEmpty()); // why it waits, in words
        SyncReport offline = rig.engine().runCycle();
        QVERIFY(!offline.ok());
        QCOMPARE(rig.messages().get(queued->id)->status, MessageStatus::Pending);

        // Online again: the next cycle sends it, once.
        QVERIFY(rig.server.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", rig.server.baseUrl().toUtf8());
        SyncReport online = rig.engine().runCycle();
        QVERIFY2(online.ok(), online.error ? qPrintable(online.error->message) : "");
        QCOMPARE(online.sent, 1);
        QCOMPARE(rig.server.createCount(), 1);
        auto after = rig.messages().get(queued->id);
        QCOMPARE(after->status, QStringLiteral("queued"));
        QVERIFY(after->errorMessage.isEmpty());
        QVERIFY(!SyncEngine::lastSuccessfulPoll(rig.messages()).isNull());
        Q_UNUSED(url);
    }

    void error21610OptsThePatientOut()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        rig.server.addOptedOut(QStringLiteral("+14155550123"));
        auto queued = rig.outbox().queue(ann, QStringLiteral("Hello"));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(result->status, MessageStatus::Failed);
        QCOMPARE(result->errorCode, 21610);
        QVERIFY(result->errorMessage.contains(QLatin1String("opted out")));
        QVERIFY(rig.patients().get(ann)->isOptedOut());
        // The next attempt is refused locally: no request at all.
        const int before = rig.server.createCount();
        auto refused = rig.outbox().queue(ann, QStringLiteral("Again"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.opted-out"));
        QCOMPARE(rig.server.createCount(), before);
    }

    void twilioErrorIsPlainText()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        rig.server.failNext("POST", QStringLiteral("/Messages.json"), 400, 21614, QStringLiteral("raw-twilio-wording"));
        auto queued = rig.outbox().queue(ann, QStringLiteral("Hello"));
        QVERIFY(queued);
        auto result = rig.outbox().sendNow(queued->id);
        QVERIFY(result);
        QCOMPARE(result->status, MessageStatus::Failed);
        QCOMPARE(result->errorCode, 21614);
        QVERIFY(!result->errorMessage.isEmpty());
        QCOMPARE(result->errorMessage, twilioErrorText(21614)); // our words, not Twilio's
        // A failed message is not retried.
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 1);
    }

    void refusedLocally()
    {
        MessagingRig rig;
        const qint64 noConsent = rig.addPatient(QStringLiteral("Nico"), QStringLiteral("(415) 555-0125"), false);
        auto refused = rig.outbox().queue(noConsent, QStringLiteral("Hello"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.no-consent"));

        Patient noPhone;
        noPhone.firstName = QStringLiteral("Pat");
        noPhone.lastName = QStringLiteral("Nophone");
        auto created = rig.patients().create(noPhone);
        QVERIFY(created);
        refused = rig.outbox().queue(created->id, QStringLiteral("Hello"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.no-phone"));

        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        refused = rig.outbox().queue(ann, QStringLiteral("   "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.empty"));
        refused = rig.outbox().queue(ann, QString(1700, QLatin1Char('a')));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.too-long"));
        QCOMPARE(rig.countRows(), 0); // nothing half-written
        QCOMPARE(rig.server.createCount(), 0);

        // Opted out after queueing: refused locally at send time.
        auto queued = rig.outbox().queue(ann, QStringLiteral("Hello"));
        QVERIFY(queued);
        QVERIFY(rig.patients().setOptedOut(ann, QDateTime::currentDateTimeUtc(), QStringLiteral("test")));
        auto result = rig.outbox().sendNow(queued->id);
        QCOMPARE(result->status, MessageStatus::Failed);
        QCOMPARE(rig.server.createCount(), 0);
    }

    void aClaimedRowIsNotSentByAnotherSender()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        auto queued = rig.outbox().queue(ann, QStringLiteral("Hello"));
        QVERIFY(queued);
        // Another live process (this one's pid, another token) holds it.
        auto claimed = rig.messages().update(MessageChange::StatusChanged,
            QStringLiteral("UPDATE messages SET status = 'sending', claimed_by = ?, claimed_at = ? WHERE id = ?"),
            {QStringLiteral("%1:%2:other").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()),
             toDbTime(QDateTime::currentDateTimeUtc()), queued->id});
        QVERIFY(claimed && *claimed == 1);
        auto result = rig.outbox().sendNow(queued->id);
        QCOMPARE(result->status, MessageStatus::Sending);
        rig.engine().runCycle();
        QCOMPARE(rig.server.createCount(), 0);
        QCOMPARE(rig.messages().get(queued->id)->status, MessageStatus::Sending);
    }

    void sentWithoutReceiptIsShownAsSuch()
    {
        Message m;
        m.direction = Message::Direction::Outbound;
        m.status = MessageStatus::Sent;
        m.createdAt = QDateTime::currentDateTimeUtc().addSecs(-80 * 3600);
        m.sentAt = m.createdAt;
        QVERIFY(MessageStatusText::isSentWithoutReceipt(m, QDateTime::currentDateTimeUtc()));
        QCOMPARE(MessageStatusText::label(m, QDateTime::currentDateTimeUtc()),
                 MessageStatusText::tr("Sent, no delivery receipt"));
        m.sentAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(!MessageStatusText::isSentWithoutReceipt(m, QDateTime::currentDateTimeUtc()));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

// clinicdesk-cli send / sync / messages, run as real processes against the loopback fake Twilio: the status moves to
// delivered, an injected reply shows up, an injected STOP makes the next send exit 1 naming the opt-out.
#include "tests/core/MessagingTestRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString AnnPhone = QStringLiteral("+14155550123");

ChildRun cli(MessagingRig &rig, QStringList args, const QProcessEnvironment &environment = {})
{
    args << QStringLiteral("--data-dir") << rig.env.dataDir();
    return runChild(QStringLiteral(CLINICDESK_CLI_PATH), args,
                    environment.isEmpty() ? rig.childEnvironment() : environment);
}

QJsonObject object(const ChildRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonArray array(const ChildRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QString describe(const ChildRun &run)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestCliMessaging : public QObject
{
    Q_OBJECT

private slots:
    void sendSyncDeliveredReplyAndStop()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));

        ChildRun sent = cli(rig, {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann),
                                  QStringLiteral("--body"), QStringLiteral("Your results are ready to discuss."),
                                  QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        const QJsonObject message = object(sent);
        const QString sid = message.value(QStringLiteral("sid")).toString();
        QVERIFY(sid.startsWith(QLatin1String("SM")));
        QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QVERIFY(message.value(QStringLiteral("error_code")).isNull());
        QVERIFY(message.contains(QStringLiteral("error_message")));
        QVERIFY(message.value(QStringLiteral("id")).toInt() > 0);
        QCOMPARE(rig.server.createCount(), 1);

        // Twilio delivers; one sync picks the status up.
        rig.server.setStatus(sid, QStringLiteral("delivered"));
        ChildRun sync = cli(rig, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(describe(sync)));
        QCOMPARE(object(sync).value(QStringLiteral("status_updates")).toInt(), 1);
        QCOMPARE(object(sync).value(QStringLiteral("sent")).toInt(), 0);
        for (const QString &key : {QStringLiteral("settled"), QStringLiteral("inbound")})
            QVERIFY(object(sync).contains(key));

        // A reply appears in the thread, oldest first.
        // (Twilio's times have whole seconds: the reply is a second later so the order is unambiguous.)
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Thanks, I'll call tomorrow"),
                                 QDateTime::currentDateTimeUtc().addSecs(1));
        sync = cli(rig, {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(object(sync).value(QStringLiteral("inbound")).toInt(), 1);
        ChildRun thread = cli(rig, {QStringLiteral("messages"), QStringLiteral("--patient"), QString::number(ann),
                                    QStringLiteral("--json")});
        QVERIFY2(thread.exitCode == 0, qPrintable(describe(thread)));
        const QJsonArray list = array(thread);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Thanks, I'll call tomorrow"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("patient_id")).toInteger(), ann);
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("sid"), QStringLiteral("error_code"),
                                   QStringLiteral("error_message"), QStringLiteral("created_at")})
            QVERIFY2(list.at(1).toObject().contains(key), qPrintable(key));

        // STOP: the next send is refused locally, exit 1, naming the opt-out; nothing reaches Twilio.
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("STOP"));
        QCOMPARE(cli(rig, {QStringLiteral("sync")}).exitCode, 0);
        ChildRun refused = cli(rig, {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann),
                                     QStringLiteral("--body"), QStringLiteral("Hello again")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("opted out")), qPrintable(refused.err));
        QCOMPARE(rig.server.createCount(), 1);
    }

    void refusals()
    {
        MessagingRig rig;
        const qint64 noConsent = rig.addPatient(QStringLiteral("Nico"), QStringLiteral("(415) 555-0125"), false);
        ChildRun run = cli(rig, {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(noConsent),
                                 QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("consent")), qPrintable(run.err));

        run = cli(rig, {QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("(415) 555-0199"),
                        QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("No patient has the number")), qPrintable(run.err));

        run = cli(rig, {QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("12"),
                        QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());

        run = cli(rig, {QStringLiteral("send"), QStringLiteral("--patient"), QStringLiteral("999"),
                        QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(run.exitCode, 1);

        run = cli(rig, {QStringLiteral("send"), QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(run.exitCode, 2);

        // A patient found by phone gets the message.
        rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        run = cli(rig, {QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("415-555-0123"),
                        QStringLiteral("--body"), QStringLiteral("Hi"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        // Twilio's own refusal: exit 1 with our words.
        rig.server.failNext("POST", QStringLiteral("/Messages.json"), 400, 21612, QStringLiteral("unreachable"));
        run = cli(rig, {QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("415-555-0123"),
                        QStringLiteral("--body"), QStringLiteral("Hi again"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(object(run).value(QStringLiteral("error_code")).toInt(), 21612);
        QCOMPARE(object(run).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    }

    void offlineSendIsNotConfirmedThenSyncSendsIt()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QProcessEnvironment offline = rig.childEnvironment();
        rig.server.stop();
        ChildRun run = cli(rig,
                           {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann),
                            QStringLiteral("--body"), QStringLiteral("Offline"), QStringLiteral("--json")},
                           offline);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(object(run).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(object(run).value(QStringLiteral("status_kind")).toString(), QStringLiteral("waiting"));
        // The CLI's words are the GUI's ("Waiting for connection", not a second name for the same state).
        QCOMPARE(object(run).value(QStringLiteral("status_text")).toString(), QStringLiteral("Waiting for connection"));
        ChildRun text = cli(rig, {QStringLiteral("messages"), QStringLiteral("--patient"), QString::number(ann)});
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains(QLatin1String("\tWaiting for connection")), qPrintable(text.out));
        QVERIFY(rig.server.start());
        ChildRun sync = cli(rig, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(describe(sync)));
        QCOMPARE(object(sync).value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(rig.server.createCount(), 1);
    }

    void searchFindsMessagesInEveryConversation()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("Running late, sorry"),
                                 QDateTime::currentDateTimeUtc());
        rig.server.injectInbound(QStringLiteral("+14155550999"), TestClinicNumber, QStringLiteral("late again"),
                                 QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(cli(rig, {QStringLiteral("sync")}).exitCode, 0);

        ChildRun found = cli(rig, {QStringLiteral("messages"), QStringLiteral("search"), QStringLiteral("LATE"),
                                   QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(describe(found)));
        const QJsonArray hits = array(found);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("late again"));
        QCOMPARE(hits.at(1).toObject().value(QStringLiteral("patient_name")).toString(),
                 QStringLiteral("Ann Tester"));
        QCOMPARE(hits.at(1).toObject().value(QStringLiteral("patient_id")).toInt(), int(ann));

        ChildRun text = cli(rig, {QStringLiteral("messages"), QStringLiteral("search"), QStringLiteral("unning")});
        QVERIFY2(text.exitCode == 0 && text.out.contains(QStringLiteral("Running late, sorry")), qPrintable(describe(text)));
        ChildRun tooShort = cli(rig, {QStringLiteral("messages"), QStringLiteral("search"), QStringLiteral("la")});
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY(tooShort.err.contains(QStringLiteral("at least 3")));
    }

    // `send --body -`: the text comes from standard input (not the shell history), less the trailing line break.
    // `messages` prints a patient's text with its control characters visible: no escape sequence reaches the
    // terminal, while --json keeps the text exactly.
    void bodyFromStdinAndControlCharactersVisible()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        const QString secret = QStringLiteral("Your HIV test is negative.\nCall us: 555-0100");
        ChildRun sent = runChild(QStringLiteral(CLINICDESK_CLI_PATH),
                                 {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann),
                                  QStringLiteral("--body"), QStringLiteral("-"), QStringLiteral("--data-dir"),
                                  rig.env.dataDir()},
                                 rig.childEnvironment(), 60000, (secret + QLatin1Char('\n')).toUtf8());
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        QCOMPARE(rig.server.createCount(), 1);
        bool found = false;
        for (const auto &request : rig.server.requests())
            for (const auto &field : request.form)
                found = found || (field.first == QLatin1String("Body") && field.second.startsWith(secret) &&
                                  !field.second.startsWith(secret + QLatin1String("\n\n")));
        // (A first message also gets the opt-out line, on a line of its own.)
        QVERIFY2(found, "the body sent is standard input without its final line break");
        ChildRun empty = runChild(QStringLiteral(CLINICDESK_CLI_PATH),
                                  {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann),
                                   QStringLiteral("--body"), QStringLiteral("-"), QStringLiteral("--data-dir"),
                                   rig.env.dataDir()},
                                  rig.childEnvironment(), 60000, QByteArray("\n"));
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QLatin1String("standard input is empty")), qPrintable(empty.err));
        QCOMPARE(rig.server.createCount(), 1);

        // A reply that tries to clear the screen, set the title and recolour the terminal.
        const QString hostile = QStringLiteral("ok\x1b[2J\x1b]0;pwned\x07\x1b[31mred\u009b0m\u202Eevil\r\x7f");
        rig.server.injectInbound(AnnPhone, TestClinicNumber, hostile, QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(cli(rig, {QStringLiteral("sync")}).exitCode, 0);
        ChildRun thread = cli(rig, {QStringLiteral("messages"), QStringLiteral("--patient"), QString::number(ann)});
        QVERIFY2(thread.exitCode == 0, qPrintable(describe(thread)));
        for (const QChar c : thread.out) {
            const char16_t u = c.unicode();
            QVERIFY2(u == '\n' || u == '\t' || (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F) && u != 0x202E),
                     qPrintable(QStringLiteral("control U+%1 reached the terminal").arg(uint(u), 4, 16)));
        }
        QVERIFY2(thread.out.contains(QStringLiteral("ok\u241B[2J\u241B]0;pwned\u2407\u241B[31mred<U+009B>0m<U+202E>evil"
                                                    "\u240D\u2421")),
                 qPrintable(thread.out));
        QVERIFY2(thread.out.contains(QStringLiteral("negative.\u240ACall us")), qPrintable(thread.out));
        ChildRun json = cli(rig, {QStringLiteral("messages"), QStringLiteral("--patient"), QString::number(ann),
                                  QStringLiteral("--json")});
        QCOMPARE(array(json).at(1).toObject().value(QStringLiteral("body")).toString(), hostile);
    }

    // messages cancel ID: a text that has not gone out is canceled (and never sent); bad ids are usage errors.
    void cancelAPendingText()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        auto queued = rig.outbox().queue(ann, QStringLiteral("Typed during an outage"));
        QVERIFY(queued);
        ChildRun run = cli(rig, {QStringLiteral("messages"), QStringLiteral("cancel"), QString::number(queued->id),
                                 QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(object(run).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        ChildRun again = cli(rig, {QStringLiteral("messages"), QStringLiteral("cancel"), QString::number(queued->id)});
        QCOMPARE(again.exitCode, 1); // already canceled: refused with the reason
        ChildRun bad = cli(rig, {QStringLiteral("messages"), QStringLiteral("cancel"), QStringLiteral("abc")});
        QCOMPARE(bad.exitCode, 2);
        ChildRun sync = cli(rig, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(describe(sync)));
        QCOMPARE(rig.server.createCount(), 0);
    }

    void unmatchedReply()
    {
        MessagingRig rig;
        rig.server.injectInbound(QStringLiteral("+14155550777"), TestClinicNumber,
                                 QStringLiteral("Is this the clinic?"));
        QCOMPARE(cli(rig, {QStringLiteral("sync")}).exitCode, 0);
        ChildRun run = cli(rig, {QStringLiteral("messages"), QStringLiteral("--unmatched"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(array(run).size(), 1);
        QVERIFY(array(run).at(0).toObject().value(QStringLiteral("patient_id")).isNull());
        QCOMPARE(array(run).at(0).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
    }

    void demoModeWithoutCredentialsOnly()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), QStringLiteral("(415) 555-0123"));
        QProcessEnvironment demo = rig.env.processEnvironment();
        for (const QString &key : demo.keys()) {
            if (key.startsWith(QLatin1String("TWILIO_")))
                demo.remove(key);
        }
        ChildRun run = cli(rig,
                           {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann),
                            QStringLiteral("--body"), QStringLiteral("Demo"), QStringLiteral("--json")},
                           demo);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(object(run).value(QStringLiteral("demo")).toBool(), true);
        QCOMPARE(rig.server.requestCount(), 0); // the simulation, not the network

        // Half-configured credentials are an error, never a silent demo.
        QProcessEnvironment partial = demo;
        partial.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), TestAccountSid);
        run = cli(rig,
                  {QStringLiteral("send"), QStringLiteral("--patient"), QString::number(ann), QStringLiteral("--body"),
                   QStringLiteral("Demo")},
                  partial);
        // Without a token in the environment the keychain is asked for it; here there is none, so either reason is
        // right as long as the send is refused instead of going to the simulation.
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("partly set up")) || run.err.contains(QLatin1String("keychain")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMessaging)
#include "tst_cli_messaging.moc"

// clinicdesk-cli intake, run as real processes against the loopback fake Twilio and the SendGrid stand-in (the
// "Must show" of the intake issue): one Twilio create with the link and one SendGrid request with both parts, both
// states in `intake list`, SendGrid failing while the SMS goes, `intake resend --channel email` sending only the
// e-mail, and the template editor's refusals.
#include "tests/core/MessagingTestRig.h"
#include "tests/support/FakeSendGridServer.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <tuple>

using namespace cd;
using namespace cd::test;

namespace {

struct CliIntakeRig
{
    TestEnvironment env;
    FakeTwilioServer twilio;
    FakeSendGridServer sendgrid;

    CliIntakeRig()
    {
        twilio.setAccount(TestAccountSid, TestAuthToken);
        twilio.addIncomingNumber(TestClinicNumber);
        if (!twilio.startInBackground() || !sendgrid.start())
            qFatal("stand-ins did not start");
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = env.processEnvironment();
        const QProcessEnvironment c = testCredentialsEnvironment();
        for (const QString &key : c.keys())
            e.insert(key, c.value(key));
        e.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), twilio.baseUrl());
        e.insert(QStringLiteral("CLINICDESK_SENDGRID_BASE_URL"), sendgrid.baseUrl());
        e.insert(QStringLiteral("SENDGRID_API_KEY"), QStringLiteral("SG.test.key"));
        e.insert(QStringLiteral("SENDGRID_FROM"), QStringLiteral("desk@clinic.test"));
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;clinicdesk.*.info=false"));
        return e;
    }
    ChildRun cli(QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--data-dir") << env.dataDir();
        return runChild(QStringLiteral(CLINICDESK_CLI_PATH), args, environment(), 60000, input);
    }
};

QString describe(const ChildRun &run)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
}

QJsonObject object(const ChildRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliIntake : public QObject
{
    Q_OBJECT
private slots:
    void mustShow()
    {
        CliIntakeRig rig;
        auto run = rig.cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"),
                            QStringLiteral("Ann"), QStringLiteral("--last"), QStringLiteral("Lee"),
                            QStringLiteral("--phone"), QStringLiteral("+14155550123"), QStringLiteral("--email"),
                            QStringLiteral("ann@example.org"), QStringLiteral("--consent")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        // The editor's checks, from the command line.
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("templates"), QStringLiteral("set"),
                       QStringLiteral("Intake"), QStringLiteral("--url"),
                       QStringLiteral("https://forms.clinic.test/f?t={token}"), QStringLiteral("--sms"),
                       QStringLiteral("Reply CANCEL to stop. {link}")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CANCEL")), qPrintable(describe(run)));
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("templates"), QStringLiteral("set"),
                       QStringLiteral("Intake"), QStringLiteral("--url"),
                       QStringLiteral("https://forms.clinic.test/f?t={token}"), QStringLiteral("--sms"),
                       QStringLiteral("Hi {first_name}")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("{link}")), qPrintable(describe(run)));
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("templates"), QStringLiteral("set"),
                       QStringLiteral("Intake"), QStringLiteral("--url"),
                       QStringLiteral("https://forms.clinic.test/f?t={token}"), QStringLiteral("--sms"),
                       QStringLiteral("Hi {first_name}, your form: {link}"), QStringLiteral("--email-subject"),
                       QStringLiteral("{clinic_name}: your form"), QStringLiteral("--email-body"),
                       QStringLiteral("Hello {first_name},\nplease fill in {link}")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        // An unknown template is refused with the reason.
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--template"), QStringLiteral("Nope")});
        QCOMPARE(run.exitCode, 1);

        run = rig.cli({QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--template"), QStringLiteral("Intake"),
                       QStringLiteral("--channel"), QStringLiteral("email+sms"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject sent = object(run);
        const QString link = sent.value(QStringLiteral("link")).toString();
        QVERIFY(link.startsWith(QStringLiteral("https://forms.clinic.test/f?t=")));
        QCOMPARE(sent.value(QStringLiteral("token")).toString().size(), 22);
        QCOMPARE(sent.value(QStringLiteral("channel")).toString(), QStringLiteral("email+sms"));
        QVERIFY(sent.value(QStringLiteral("sms"))
                    .toObject()
                    .value(QStringLiteral("sid"))
                    .toString()
                    .startsWith(QStringLiteral("SM")));
        QCOMPARE(sent.value(QStringLiteral("email")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QVERIFY(sent.value(QStringLiteral("completed_at")).isNull());
        QCOMPARE(rig.twilio.createCount(), 1);
        QVERIFY(rig.twilio.messages().constFirst().value(QStringLiteral("body")).toString().contains(link));
        QCOMPARE(rig.sendgrid.requestCount(), 1);
        const auto mail = rig.sendgrid.requests().constFirst();
        QVERIFY2(mail.shapeProblem.isEmpty(), qPrintable(mail.shapeProblem));
        QCOMPARE(mail.body.value(QStringLiteral("content")).toArray().size(), 2);
        QCOMPARE(sent.value(QStringLiteral("email")).toObject().value(QStringLiteral("message_id")).toString(),
                 mail.messageId);

        // SendGrid failing: the SMS still goes, the e-mail shows its reason, exit 1.
        rig.sendgrid.failNext(FakeSendGridServer::Fault::Forbidden);
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--template"), QStringLiteral("Intake"),
                       QStringLiteral("--channel"), QStringLiteral("email+sms"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not verified")), qPrintable(describe(run)));
        const QJsonObject failed = object(run);
        QVERIFY(!failed.value(QStringLiteral("sms")).toObject().value(QStringLiteral("sid")).toString().isEmpty());
        QCOMPARE(failed.value(QStringLiteral("email")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(rig.twilio.createCount(), 2);
        QCOMPARE(rig.sendgrid.requestCount(), 2);

        // Both states in the list, newest first.
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")), failed.value(QStringLiteral("id")));
        QVERIFY(!list.at(0)
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toObject()
                     .value(QStringLiteral("error_message"))
                     .toString()
                     .isEmpty());
        run = rig.cli(
            {QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--patient"), QStringLiteral("1")});
        QVERIFY2(run.out.contains(QStringLiteral("Failed:")) &&
                     run.out.contains(QStringLiteral("Accepted by SendGrid")),
                 qPrintable(run.out));

        // The resend repeats only the e-mail.
        const QString id = QString::number(failed.value(QStringLiteral("id")).toInteger());
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("resend"), id, QStringLiteral("--channel"),
                       QStringLiteral("email"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(object(run).value(QStringLiteral("email")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(rig.twilio.createCount(), 2);
        QCOMPARE(rig.sendgrid.requestCount(), 3);
        // The SMS did not fail: a resend of it is refused.
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("resend"), id, QStringLiteral("--channel"),
                       QStringLiteral("sms")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(rig.twilio.createCount(), 2);

        run = rig.cli({QStringLiteral("intake"), QStringLiteral("complete"), id, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(!object(run).value(QStringLiteral("completed_at")).isNull());
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("cancel"), id});
        QCOMPARE(run.exitCode, 1);

        // The same from standard input (nothing about whom the form goes to in the process list); bad input named.
        const int createsBefore = rig.twilio.createCount();
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--from-file"),
                       QStringLiteral("-"), QStringLiteral("--json")},
                      R"({"patient": 1, "template": "Intake"})");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(object(run).value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
        QCOMPARE(rig.twilio.createCount(), createsBefore + 1);
        run = rig.cli(
            {QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--from-file"), QStringLiteral("-")},
            "patient 1");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("\"template\"")), qPrintable(describe(run)));
        QCOMPARE(rig.twilio.createCount(), createsBefore + 1);
    }

    // `intake run` (issue 10): the GUI's periodic pass for a scheduler. Two runs at once send a due follow-up once and
    // a waiting e-mail once; a patient for whom it is night waits for the allowed hours.
    void runTwoAtOnceDoesEachItemOnce()
    {
        CliIntakeRig rig;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto zoneAt = [&](int localHour) {
            const int offset = ((localHour - now.time().hour() + 36) % 24) - 12;
            return offset == 0 ? QStringLiteral("Etc/GMT")
                               : QStringLiteral("Etc/GMT%1%2")
                                     .arg(offset > 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                     .arg(qAbs(offset));
        };
        for (const auto &[name, phone, zone] :
             {std::tuple{QStringLiteral("Day"), QStringLiteral("+14155550131"), zoneAt(12)},
              std::tuple{QStringLiteral("Night"), QStringLiteral("+14155550132"), zoneAt(3)}}) {
            auto run = rig.cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"), name,
                                QStringLiteral("--last"), QStringLiteral("Lee"), QStringLiteral("--phone"), phone,
                                QStringLiteral("--email"), QStringLiteral("x@example.org"), QStringLiteral("--consent"),
                                QStringLiteral("--time-zone"), zone});
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        }
        auto run = rig.cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("intake/followUpDays"),
                            QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("templates"), QStringLiteral("set"),
                       QStringLiteral("Intake"), QStringLiteral("--url"),
                       QStringLiteral("https://forms.clinic.test/f?t={token}"), QStringLiteral("--sms"),
                       QStringLiteral("Hi {first_name}, your form: {link}"), QStringLiteral("--email-subject"),
                       QStringLiteral("{clinic_name}: your form"), QStringLiteral("--email-body"),
                       QStringLiteral("Hello {first_name}, please fill in {link}")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        // Day's e-mail meets SendGrid's rate limit: it waits as pending.
        rig.sendgrid.failNext(FakeSendGridServer::Fault::RateLimited);
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--template"), QStringLiteral("Intake"),
                       QStringLiteral("--channel"), QStringLiteral("email+sms")});
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run))); // the e-mail is not confirmed yet
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("send"), QStringLiteral("--patient"),
                       QStringLiteral("2"), QStringLiteral("--template"), QStringLiteral("Intake")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(rig.twilio.createCount(), 2);
        QCOMPARE(rig.sendgrid.requestCount(), 1);
        {
            // Two days later: both follow-ups are due, the rate limit is over.
            auto db = Database::open(rig.env.databaseTarget());
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE intake_sends SET created_at = ?"), {toDbTime(now.addDays(-2))}));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE intake_sends SET email_next_attempt_at = ? WHERE "
                                               "email_status = 'pending'"),
                                {toDbTime(now.addSecs(-60))}));
        }

        QProcess a;
        QProcess b;
        QStringList args{QStringLiteral("intake"), QStringLiteral("run"), QStringLiteral("--json"),
                         QStringLiteral("--data-dir"), rig.env.dataDir()};
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(rig.environment());
            p->start(QStringLiteral(CLINICDESK_CLI_PATH), args);
        }
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning && b.state() == QProcess::NotRunning, 60000);
        int followUps = 0;
        int emails = 0;
        int waiting = 0;
        for (QProcess *p : {&a, &b}) {
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY2(p->exitCode() == 0, QByteArray(out + p->readAllStandardError()).constData());
            const QJsonObject report = QJsonDocument::fromJson(out).object();
            followUps += report.value(QStringLiteral("follow_ups")).toInt();
            emails += report.value(QStringLiteral("emails_sent")).toInt();
            waiting += report.value(QStringLiteral("follow_ups_waiting")).toInt();
        }
        QCOMPARE(followUps, 1); // Day's; Night's waits for 08:00 there
        QCOMPARE(emails, 1);
        QCOMPARE(waiting, 2); // each process saw Night's and left it
        QCOMPARE(rig.twilio.createCount(), 3);
        QCOMPARE(rig.sendgrid.requestCount(), 2);
        int toDay = 0;
        for (const QJsonObject &m : rig.twilio.messages())
            toDay += m.value(QStringLiteral("to")).toString() == QLatin1String("+14155550131");
        QCOMPARE(toDay, 2); // the form, then its one follow-up

        // Run again (cron every few minutes): nothing more.
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("run"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(object(run).value(QStringLiteral("follow_ups")).toInt(), 0);
        QCOMPARE(rig.twilio.createCount(), 3);
        QCOMPARE(rig.sendgrid.requestCount(), 2);
        run = rig.cli({QStringLiteral("intake"), QStringLiteral("list"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--json")});
        const QJsonObject day = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(day.value(QStringLiteral("email")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
    }
};

QTEST_GUILESS_MAIN(TestCliIntake)
#include "tst_cli_intake.moc"

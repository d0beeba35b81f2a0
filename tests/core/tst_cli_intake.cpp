// clinicdesk-cli intake, run as real processes against the loopback fake Twilio and the SendGrid stand-in (the
// "Must show" of the intake issue): one Twilio create with the link and one SendGrid request with both parts, both
// states in `intake list`, SendGrid failing while the SMS goes, `intake resend --channel email` sending only the
// e-mail, and the template editor's refusals.
#include "tests/core/MessagingTestRig.h"
#include "tests/support/FakeSendGridServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

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
    ChildRun cli(QStringList args)
    {
        args << QStringLiteral("--data-dir") << env.dataDir();
        return runChild(QStringLiteral(CLINICDESK_CLI_PATH), args, environment());
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
    }
};

QTEST_GUILESS_MAIN(TestCliIntake)
#include "tst_cli_intake.moc"

// Intake forms against the loopback fake Twilio and the SendGrid stand-in, through the real services (AppServices:
// MessagingService, the outbox, IntakeService, SendGridClient): template checks, tokens, both languages, escaping,
// partial failure and one-channel resends, a lost e-mail answer never resent by itself, the rate limit, the
// follow-up with an injected clock, and an audit row for every action.
#include "tests/support/FakeSendGridServer.h"
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/ShiftedClock.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"

#include "core/common/AwaitCallback.h"
#include "core/email/SendGridClient.h"
#include "core/intake/IntakeRender.h"
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStatusText.h"
#include "core/intake/IntakeTemplates.h"
#include "core/intake/IntakeToken.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString FormName = QStringLiteral("Intake");
const QString FormUrl = QStringLiteral("https://forms.clinic.test/f?t={token}&p={patient_id}");

IntakeTemplate testTemplate()
{
    IntakeTemplate form;
    form.name = FormName;
    form.url = FormUrl;
    form.texts.insert(QStringLiteral("en"), {QStringLiteral("Hi {first_name}, {clinic_name} form: {link}"),
                                             QStringLiteral("{clinic_name} form"),
                                             QStringLiteral("Hello {first_name},\nplease fill in {link}")});
    form.texts.insert(QStringLiteral("es"), {QStringLiteral("Hola {first_name}, formulario de {clinic_name}: {link}"),
                                             QStringLiteral("Formulario de {clinic_name}"),
                                             QStringLiteral("Hola {first_name},\ncomplete {link}")});
    return form;
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    FakeTwilioServer m_twilio;
    FakeSendGridServer m_sendgrid;
    std::unique_ptr<AppServices> m_services;
    ShiftedClock m_clock;
    int m_phone = 200;

    IntakeService &intake() { return m_services->intake(); }

    // An Etc/GMT zone in which it is about `localHour` o'clock at `utc` (Etc/GMT-5 is UTC+5).
    static QString zoneWhereItIs(int localHour, const QDateTime &utc)
    {
        const int offset = ((localHour - utc.time().hour() + 36) % 24) - 12;
        if (offset == 0)
            return QStringLiteral("Etc/GMT");
        return QStringLiteral("Etc/GMT%1%2").arg(offset > 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(qAbs(offset));
    }

    qint64 addPatient(const QString &first, const QString &email, const QString &language = QStringLiteral("en"),
                      const QString &timeZone = QString())
    {
        Patient p;
        p.timeZone = timeZone;
        p.firstName = first;
        p.lastName = QStringLiteral("Tester");
        p.phoneRaw = QStringLiteral("+14155550%1").arg(++m_phone);
        p.email = email;
        p.preferredLanguage = language;
        p.smsConsent = true;
        p.consentMethod = QStringLiteral("test");
        auto created = m_services->patients().create(p);
        if (!created)
            qFatal("patient: %s", qPrintable(created.error().message));
        return created->id;
    }

    int twilioCreatesTo(qint64 patientId)
    {
        const QString to = m_services->patients().get(patientId)->phoneE164;
        int n = 0;
        for (const QJsonObject &m : m_twilio.messages())
            n += m.value(QStringLiteral("to")).toString() == to;
        return n;
    }

    int auditCount(const QString &action, qint64 patientId)
    {
        auto q = m_services->database()->exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND patient_id = ?"), {action, patientId});
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_twilio.setAccount(TestAccountSid, TestAuthToken);
        m_twilio.addIncomingNumber(TestClinicNumber);
        QVERIFY(m_twilio.startInBackground());
        QVERIFY(m_sendgrid.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", m_twilio.baseUrl().toUtf8());
        qputenv("CLINICDESK_SENDGRID_BASE_URL", m_sendgrid.baseUrl().toUtf8());
        qputenv("SENDGRID_FROM", "desk@clinic.test");
        qputenv("SENDGRID_FROM_NAME", "Clinic Desk");
        (void)AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Sunrise Clinic"));
        QProcessEnvironment credentials = testCredentialsEnvironment();
        credentials.insert(QStringLiteral("SENDGRID_API_KEY"), QStringLiteral("SG.test.key"));
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(credentials);
        options.messaging.pollAutomatically = false;
        auto made = AppServices::open(m_env.databaseTarget(), std::move(options));
        QVERIFY(made);
        m_services = std::move(made.value());
        QVERIFY(m_services->messaging().start().ok());
        QVERIFY(!m_services->messaging().isDemo());
        intake().setStatusCheckEnabled(false);
        QVERIFY2(IntakeTemplates::save(testTemplate()).ok(), "template");
        Clock::setInstance(&m_clock);
    }

    void cleanupTestCase()
    {
        Clock::setInstance(nullptr);
        m_services.reset();
    }

    void templateChecks()
    {
        IntakeTemplate form = testTemplate();
        QVERIFY(IntakeTemplateRules::validate(form).ok());

        IntakeTemplate stop = form;
        stop.texts[QStringLiteral("en")].sms = QStringLiteral("Reply CANCEL to cancel. {link}");
        auto refused = IntakeTemplateRules::validate(stop);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("intake.template-stop-word"));
        QVERIFY(refused.error().message.contains(QStringLiteral("CANCEL")));

        IntakeTemplate noLink = form;
        noLink.texts[QStringLiteral("es")].sms = QStringLiteral("Hola {first_name}");
        QCOMPARE(IntakeTemplateRules::validate(noLink).error().code, QStringLiteral("intake.template-link"));

        IntakeTemplate http = form;
        http.url = QStringLiteral("http://forms.clinic.test/f?t={token}");
        QCOMPARE(IntakeTemplateRules::validate(http).error().code, QStringLiteral("intake.template-url"));
        QVERIFY(IntakeTemplateRules::validate(http).error().message.contains(QStringLiteral("https")));

        IntakeTemplate noToken = form;
        noToken.url = QStringLiteral("https://forms.clinic.test/f?p={patient_id}");
        QCOMPARE(IntakeTemplateRules::validate(noToken).error().code, QStringLiteral("intake.template-url"));

        IntakeTemplate name = form;
        name.url = QStringLiteral("https://forms.clinic.test/f?t={token}&n={first_name}");
        QVERIFY(IntakeTemplateRules::validate(name).error().message.contains(QStringLiteral("{first_name}")));

        IntakeTemplate status = form;
        status.statusUrl = QStringLiteral("https://forms.clinic.test/status/{patient_id}");
        QCOMPARE(IntakeTemplateRules::validate(status).error().code, QStringLiteral("intake.template-status-url"));

        // The editor refuses to store it, and the stored templates are unchanged.
        QVERIFY(!IntakeTemplates::save(stop));
        QVERIFY(
            IntakeTemplates::find(FormName)->texts.value(QStringLiteral("en")).sms.contains(QStringLiteral("{link}")));
    }

    void freshInstallHasMarkedExamples()
    {
        const QList<IntakeTemplate> examples = IntakeTemplates::fromSettingValue(QVariant());
        QCOMPARE(examples.size(), 2);
        QCOMPARE(examples.at(0).name, QStringLiteral("New patient intake"));
        QCOMPARE(examples.at(1).name, QStringLiteral("Medical history update"));
        for (const IntakeTemplate &form : examples) {
            QVERIFY(form.exampleAddress);
            QVERIFY(form.url.contains(IntakeTemplates::exampleHost()));
            QVERIFY2(IntakeTemplateRules::validate(form).ok(), qPrintable(form.name));
            QCOMPARE(form.languages(), (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        }
        // Outside demo mode an example template is refused, and nothing is written or sent.
        QList<IntakeTemplate> all = IntakeTemplates::load();
        all.append(examples.at(0));
        QVERIFY(IntakeTemplates::saveAll(all).ok());
        const qint64 patient = addPatient(QStringLiteral("Eve"), QString());
        auto sent = intake().send(patient, QStringLiteral("New patient intake"), IntakeChannel::Sms);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, QStringLiteral("intake.example-address"));
        QCOMPARE(twilioCreatesTo(patient), 0);
        QVERIFY(IntakeTemplates::remove(QStringLiteral("New patient intake")).ok());
    }

    void tokensAreUniqueAnd128Bit()
    {
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString token = IntakeToken::generate();
            const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
            QCOMPARE(raw.size(), 16);
            QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(token)), token); // URL-safe as it is
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void bothLanguagesAndEscaping()
    {
        Patient p;
        p.id = 42;
        p.firstName = QStringLiteral("<script>alert(1)</script>");
        p.preferredLanguage = QStringLiteral("es-MX");
        const IntakeContent es =
            IntakeRender::render(testTemplate(), p, QStringLiteral("A&B Clinic"), QStringLiteral("tok"));
        QCOMPARE(es.language, QStringLiteral("es"));
        QCOMPARE(es.link, QStringLiteral("https://forms.clinic.test/f?t=tok&p=42"));
        QVERIFY(es.sms.startsWith(QStringLiteral("Hola <script>alert(1)</script>, formulario de A&B Clinic: ")));
        QVERIFY(!es.emailHtml.contains(QStringLiteral("<script>")));
        QVERIFY(es.emailHtml.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(es.emailHtml.contains(QStringLiteral("A&amp;B Clinic")) ||
                !es.emailHtml.contains(QStringLiteral("A&B")));
        QVERIFY(es.emailHtml.contains(QStringLiteral("<a href=\"https://forms.clinic.test/f?t=tok&amp;p=42\">")));
        QVERIFY(es.emailText.contains(QStringLiteral("<script>alert(1)</script>"))); // the text part is literal

        p.preferredLanguage = QStringLiteral("fr");
        QCOMPARE(IntakeRender::render(testTemplate(), p, QStringLiteral("C"), QStringLiteral("t")).language,
                 QStringLiteral("en"));
    }

    void emailAndSmsBothAccepted()
    {
        const qint64 patient =
            addPatient(QStringLiteral("Ann"), QStringLiteral("ann@example.org"), QStringLiteral("es"));
        const int before = m_sendgrid.requestCount();
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::EmailAndSms);
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(twilioCreatesTo(patient), 1);
        QCOMPARE(m_sendgrid.requestCount(), before + 1);
        const auto mail = m_sendgrid.requests().constLast();
        QCOMPARE(mail.authorization, QByteArray("Bearer SG.test.key"));
        QVERIFY2(mail.shapeProblem.isEmpty(), qPrintable(mail.shapeProblem));
        const QJsonArray content = mail.body.value(QStringLiteral("content")).toArray();
        QVERIFY(content.at(0).toObject().value(QStringLiteral("value")).toString().contains(sent->link));
        QVERIFY(
            content.at(1).toObject().value(QStringLiteral("value")).toString().contains(QStringLiteral("<a href=")));
        QCOMPARE(mail.body.value(QStringLiteral("subject")).toString(), QStringLiteral("Formulario de Sunrise Clinic"));
        QCOMPARE(mail.body.value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Clinic Desk"));
        QVERIFY(
            mail.body.value(QStringLiteral("custom_args")).toObject().contains(QStringLiteral("clinicdesk_outbox_id")));

        QCOMPARE(sent->emailStatus, EmailStatus::Accepted);
        QCOMPARE(sent->emailMessageId, mail.messageId);
        QVERIFY(sent->smsMessageId.has_value());
        auto sms = m_services->messages().get(*sent->smsMessageId);
        QVERIFY(!sms->sid.isEmpty());
        QVERIFY(sms->body.contains(sent->link));
        QVERIFY(sms->body.startsWith(QStringLiteral("Hola Ann")));
        QCOMPARE(sms->purpose, MessagePurpose::IntakeForm);
        QCOMPARE(sms->purposeRef, QString::number(sent->id));
        // The SMS is an ordinary message of the chat.
        auto thread = m_services->messages().allMessages(patient);
        QCOMPARE(thread->size(), 1);
        QCOMPARE(auditCount(QStringLiteral("intake.sent"), patient), 1);
        // No token or link in the audit.
        auto q = m_services->database()->exec(QStringLiteral("SELECT details FROM audit_log WHERE patient_id = ?"),
                                              {patient});
        while (q->next())
            QVERIFY(!q->value(0).toString().contains(sent->token));
    }

    void smsGoesWhenEmailFailsAndResendRepeatsOnlyEmail()
    {
        const qint64 patient = addPatient(QStringLiteral("Bob"), QStringLiteral("bob@example.org"));
        m_sendgrid.failNext(FakeSendGridServer::Fault::Forbidden);
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::EmailAndSms);
        QVERIFY(sent);
        QCOMPARE(twilioCreatesTo(patient), 1);
        QCOMPARE(sent->emailStatus, EmailStatus::Failed);
        QVERIFY2(sent->emailError.contains(QStringLiteral("desk@clinic.test")), qPrintable(sent->emailError));
        QVERIFY(sent->emailError.contains(QStringLiteral("not verified")));

        // The SMS has not failed: it is not repeated.
        auto again = intake().resend(sent->id, Channel::Sms);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("intake.sms-not-failed"));

        const int mails = m_sendgrid.requestCount();
        auto resent = intake().resendAndWait(sent->id, Channel::Email, false);
        QVERIFY(resent);
        QCOMPARE(resent->emailStatus, EmailStatus::Accepted);
        QCOMPARE(m_sendgrid.requestCount(), mails + 1);
        QCOMPARE(twilioCreatesTo(patient), 1); // the patient never gets a second SMS
        QCOMPARE(auditCount(QStringLiteral("intake.resent"), patient), 1);
    }

    void emailGoesWhenSmsFailsAndResendRepeatsOnlySms()
    {
        const qint64 patient = addPatient(QStringLiteral("Cy"), QStringLiteral("cy@example.org"));
        m_twilio.failNext("POST", QStringLiteral("/Messages.json"), 400, 21211, QStringLiteral("Invalid 'To'"));
        const int mails = m_sendgrid.requestCount();
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::EmailAndSms);
        QVERIFY(sent);
        QCOMPARE(sent->emailStatus, EmailStatus::Accepted);
        auto sms = m_services->messages().get(*sent->smsMessageId);
        QCOMPARE(sms->status, MessageStatus::Failed);
        QCOMPARE(m_sendgrid.requestCount(), mails + 1);

        const int creates = m_twilio.createCount();
        auto resent = intake().resendAndWait(sent->id, Channel::Sms, false);
        QVERIFY2(resent, resent ? "" : qPrintable(resent.error().message));
        QCOMPARE(m_twilio.createCount(), creates + 1);
        QCOMPARE(m_sendgrid.requestCount(), mails + 1); // the e-mail is not repeated
        QVERIFY(*resent->smsMessageId != *sent->smsMessageId);
        QVERIFY(!m_services->messages().get(*resent->smsMessageId)->sid.isEmpty());
        // The accepted e-mail cannot be resent.
        QCOMPARE(intake().resend(sent->id, Channel::Email).error().code, QStringLiteral("intake.email-not-failed"));
    }

    void lostEmailAnswerIsNeverResentByItself()
    {
        const qint64 patient = addPatient(QStringLiteral("Dee"), QStringLiteral("dee@example.org"));
        m_sendgrid.failNext(FakeSendGridServer::Fault::DropAfterAccept);
        const int mails = m_sendgrid.requestCount();
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::EmailAndSms);
        QVERIFY(sent);
        QCOMPARE(sent->emailStatus, EmailStatus::Unknown);
        QVERIFY(IntakeStatusText::emailLabel(*sent).startsWith(QStringLiteral("Not confirmed: The connection")));
        QCOMPARE(m_sendgrid.requestCount(), mails + 1);
        m_clock.shiftSec += 3600;
        intake().tick();
        QTest::qWait(200);
        QCOMPARE(m_sendgrid.requestCount(), mails + 1);
        QCOMPARE(intake().store().get(sent->id)->emailStatus, EmailStatus::Unknown);
        // Staff may resend after the warning.
        QCOMPARE(intake().resend(sent->id, Channel::Email).error().code, QStringLiteral("intake.email-not-confirmed"));
        auto resent = intake().resendAndWait(sent->id, Channel::Email, true);
        QVERIFY(resent);
        QCOMPARE(resent->emailStatus, EmailStatus::Accepted);
        QCOMPARE(m_sendgrid.requestCount(), mails + 2);
        QCOMPARE(twilioCreatesTo(patient), 1);
    }

    void rateLimitWaitsForReset()
    {
        const qint64 patient = addPatient(QStringLiteral("Flo"), QStringLiteral("flo@example.org"));
        const qint64 reset = m_clock.nowUtc().addSecs(300).toSecsSinceEpoch();
        m_sendgrid.failNext(FakeSendGridServer::Fault::RateLimited, 1, reset);
        const int mails = m_sendgrid.requestCount();
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::EmailAndSms);
        QVERIFY(sent);
        QCOMPARE(sent->emailStatus, EmailStatus::Pending);
        QCOMPARE(sent->emailNextAttemptAt.toSecsSinceEpoch(), reset);
        intake().tick(); // before the reset: nothing
        QTest::qWait(100);
        QCOMPARE(m_sendgrid.requestCount(), mails + 1);
        m_clock.shiftSec += 301;
        QSignalSpy finished(&intake(), &IntakeService::emailFinished);
        intake().tick();
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_sendgrid.requestCount(), mails + 2);
        QCOMPARE(intake().store().get(sent->id)->emailStatus, EmailStatus::Accepted);
    }

    void errorWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("400") << 400 << int(EmailError::Kind::Rejected) << "personalizations";
        QTest::newRow("401") << 401 << int(EmailError::Kind::Configuration) << "API key";
        QTest::newRow("403") << 403 << int(EmailError::Kind::Configuration) << "not verified";
        QTest::newRow("413") << 413 << int(EmailError::Kind::Rejected) << "too large";
        QTest::newRow("429") << 429 << int(EmailError::Kind::RateLimited) << "by itself";
        QTest::newRow("500") << 500 << int(EmailError::Kind::ServerError) << "later";
    }
    void errorWords()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QByteArray body = R"({"errors":[{"message":"is required","field":"personalizations"}]})";
        const EmailError e =
            SendGridClient::errorFor(status, body, QByteArray::number(QDateTime::currentSecsSinceEpoch() + 60),
                                     QStringLiteral("desk@clinic.test"));
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
    }

    void connectionCheckCoversSendGrid()
    {
        QProcessEnvironment good = testCredentialsEnvironment();
        good.insert(QStringLiteral("SENDGRID_API_KEY"), QStringLiteral("SG.test.key"));
        SendGridClient client(std::make_shared<EnvCredentialsProvider>(good));
        auto ok = awaitCallback<Status<EmailError>>([&](auto done) { client.checkConnection(&client, done); });
        QVERIFY(ok && ok->ok());

        QProcessEnvironment bad = good;
        bad.insert(QStringLiteral("SENDGRID_API_KEY"), QStringLiteral("SG.wrong.key"));
        SendGridClient wrong(std::make_shared<EnvCredentialsProvider>(bad));
        auto refused = awaitCallback<Status<EmailError>>([&](auto done) { wrong.checkConnection(&wrong, done); });
        QVERIFY(refused && !refused->ok());
        QVERIFY2(refused->error().message.contains(QStringLiteral("API key")), qPrintable(refused->error().message));

        QProcessEnvironment none = testCredentialsEnvironment();
        SendGridClient missing(std::make_shared<EnvCredentialsProvider>(none));
        auto unset = awaitCallback<Status<EmailError>>([&](auto done) { missing.checkConnection(&missing, done); });
        QVERIFY(unset && !unset->ok());
        QCOMPARE(int(unset->error().kind), int(EmailError::Kind::Configuration));
    }

    void unauthorizedAndServerErrorsThroughTheClient()
    {
        const qint64 patient = addPatient(QStringLiteral("Gus"), QStringLiteral("gus@example.org"));
        m_sendgrid.failNext(FakeSendGridServer::Fault::Unauthorized);
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::EmailAndSms);
        QVERIFY(sent);
        QCOMPARE(sent->emailStatus, EmailStatus::Failed);
        QVERIFY(sent->emailError.contains(QStringLiteral("API key")));
        m_sendgrid.failNext(FakeSendGridServer::Fault::ServerError);
        auto resent = intake().resendAndWait(sent->id, Channel::Email, false);
        QCOMPARE(resent->emailStatus, EmailStatus::Failed);
        QVERIFY(resent->emailError.contains(QStringLiteral("500")));
        m_sendgrid.failNext(FakeSendGridServer::Fault::TooLarge);
        resent = intake().resendAndWait(sent->id, Channel::Email, false);
        QVERIFY(resent->emailError.contains(QStringLiteral("too large")));
        QCOMPARE(twilioCreatesTo(patient), 1);
    }

    void emailChannelNeedsAnAddress()
    {
        const qint64 patient = addPatient(QStringLiteral("Hal"), QString());
        const IntakeAvailability a = intake().availability(patient);
        QVERIFY(a.sms.canSend());
        QVERIFY(!a.emailPossible);
        QVERIFY(a.emailReason.contains(QStringLiteral("no e-mail address")));
        auto sent = intake().send(patient, FormName, IntakeChannel::EmailAndSms);
        QCOMPARE(sent.error().code, QStringLiteral("intake.email-unavailable"));
        QCOMPARE(twilioCreatesTo(patient), 0);
    }

    void blockedWithTheChatsReasons()
    {
        Patient p;
        p.firstName = QStringLiteral("Ivy");
        p.lastName = QStringLiteral("Tester");
        p.phoneRaw = QStringLiteral("+14155550999");
        p.smsConsent = false;
        const qint64 patient = m_services->patients().create(p)->id;
        auto sent = intake().send(patient, FormName, IntakeChannel::Sms);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, QStringLiteral("send.no-consent"));
        QCOMPARE(sent.error().message, intake().availability(patient).sms.reason);
        auto q = m_services->database()->exec(QStringLiteral("SELECT COUNT(*) FROM intake_sends WHERE patient_id = ?"),
                                              {patient});
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void completeAndCancel()
    {
        const qint64 patient = addPatient(QStringLiteral("Jo"), QString());
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::Sms);
        QVERIFY(sent);
        // It went out: it cannot be canceled.
        QCOMPARE(intake().cancel(sent->id).error().code, QStringLiteral("intake.already-sent"));
        QVERIFY(intake().complete(sent->id).ok());
        QCOMPARE(intake().complete(sent->id).error().code, QStringLiteral("intake.already-completed"));
        auto done = intake().store().get(sent->id);
        QVERIFY(done->isCompleted());
        QVERIFY(!done->completedBy.isEmpty());
        QCOMPARE(auditCount(QStringLiteral("intake.completed"), patient), 1);

        // A send waiting for the network can be canceled: its SMS is canceled unsent, nothing reaches Twilio.
        const qint64 waiting = addPatient(QStringLiteral("Lou"), QString());
        qputenv("CLINICDESK_TWILIO_BASE_URL", "http://127.0.0.1:1");
        auto held = intake().sendAndWait(waiting, FormName, IntakeChannel::Sms);
        qputenv("CLINICDESK_TWILIO_BASE_URL", m_twilio.baseUrl().toUtf8());
        QVERIFY(held);
        QCOMPARE(m_services->messages().get(*held->smsMessageId)->status, MessageStatus::Pending);
        QVERIFY(intake().cancel(held->id).ok());
        auto canceled = intake().store().get(held->id);
        QVERIFY(canceled->isCanceled());
        QCOMPARE(m_services->messages().get(*held->smsMessageId)->status, MessageStatus::Canceled);
        QCOMPARE(auditCount(QStringLiteral("intake.canceled"), waiting), 1);
        QCOMPARE(intake().complete(held->id).error().code, QStringLiteral("intake.canceled"));
        m_services->messaging().syncNow();
        QTest::qWait(300);
        QCOMPARE(twilioCreatesTo(waiting), 0);
    }

    void statusUrlMarksCompleted()
    {
        // A form service on this computer answering the status URL contract.
        QTcpServer portal;
        QVERIFY(portal.listen(QHostAddress::LocalHost));
        QStringList asked;
        connect(&portal, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = portal.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray request = socket->readAll();
                const QByteArray path = request.split(' ').value(1);
                asked << QString::fromLatin1(path);
                const QByteArray body = path.contains("done") ? R"({"completed": true})" : R"({"completed": false})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        intake().setStatusCheckEnabled(true);
        const qint64 patient = addPatient(QStringLiteral("Max"), QString());
        auto open = intake().sendAndWait(patient, FormName, IntakeChannel::Sms);
        auto done = intake().sendAndWait(patient, FormName, IntakeChannel::Sms);
        QVERIFY(open && done);
        // The editor only takes https; the loopback form service of this test is plain http (allowed for loopback).
        const QString base = QStringLiteral("http://127.0.0.1:%1/status/").arg(portal.serverPort());
        (void)m_services->database()->exec(QStringLiteral("UPDATE intake_sends SET status_url = ? WHERE id = ?"),
                                           {QString(base + QStringLiteral("open")), open->id});
        (void)m_services->database()->exec(QStringLiteral("UPDATE intake_sends SET status_url = ? WHERE id = ?"),
                                           {QString(base + QStringLiteral("done")), done->id});
        intake().tick();
        QTRY_VERIFY_WITH_TIMEOUT(intake().store().get(done->id)->isCompleted(), 5000);
        QCOMPARE(intake().store().get(done->id)->completedBy, QStringLiteral("status URL"));
        QTest::qWait(200);
        QVERIFY(!intake().store().get(open->id)->isCompleted());
        QCOMPARE(asked.size(), 2);
        // At most every 15 minutes per open send.
        intake().tick();
        QTest::qWait(200);
        QCOMPARE(asked.size(), 2);
        m_clock.shiftSec += 16 * 60;
        intake().tick();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 3, 5000);
        // Not after 30 days.
        m_clock.shiftSec += 31 * 24 * 3600;
        intake().tick();
        QTest::qWait(200);
        QCOMPARE(asked.size(), 3);
        m_clock.shiftSec -= 31 * 24 * 3600;
        intake().setStatusCheckEnabled(false);
        QVERIFY(intake().complete(open->id).ok()); // keep later tests' counts to their own sends
    }

    void followUpOnceAfterNDays()
    {
        QVERIFY(AppSettings::setValue(QStringLiteral("intake/followUpDays"), 2).ok());
        AppSettings::reload();
        // Midday where Kim lives when the follow-up is due (quiet hours are the next test's).
        const qint64 patient =
            addPatient(QStringLiteral("Kim"), QString(), QStringLiteral("en"), zoneWhereItIs(12, m_clock.nowUtc()));
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::Sms);
        QVERIFY(sent);
        // Older sends of this test case are due as well: count this patient's texts only.
        QCOMPARE(twilioCreatesTo(patient), 1);
        m_clock.shiftSec += 24 * 3600;
        intake().tick();
        QTest::qWait(300);
        QCOMPARE(twilioCreatesTo(patient), 1);
        m_clock.shiftSec += 2 * 24 * 3600;
        QSignalSpy finished(&m_services->messaging(), &MessagingService::sendFinished);
        intake().tick();
        QTRY_VERIFY_WITH_TIMEOUT(twilioCreatesTo(patient) == 2, 5000);
        intake().tick();
        intake().tick();
        QTest::qWait(300);
        QCOMPARE(twilioCreatesTo(patient), 2);
        auto after = intake().store().get(sent->id);
        QVERIFY(after->followUpAt.isValid());
        QVERIFY(after->followUpMessageId.has_value());
        QVERIFY(m_services->messages().get(*after->followUpMessageId)->body.contains(sent->link));
        QCOMPARE(auditCount(QStringLiteral("intake.followup"), patient), 1);
        QVERIFY(IntakeStatusText::completionLabel(*after).contains(QStringLiteral("reminder sent")));
        QVERIFY(AppSettings::setValue(QStringLiteral("intake/followUpDays"), 0).ok());
    }

    void followUpWaitsForAllowedHours()
    {
        QVERIFY(AppSettings::setValue(QStringLiteral("intake/followUpDays"), 1).ok());
        AppSettings::reload();
        // 03:00 where Lou lives when the follow-up falls due; automatic texts are allowed 08:00-20:00 there.
        const QDateTime due = m_clock.nowUtc().addSecs(24 * 3600 + 60);
        const qint64 patient =
            addPatient(QStringLiteral("Lou"), QString(), QStringLiteral("en"), zoneWhereItIs(3, due));
        auto sent = intake().sendAndWait(patient, FormName, IntakeChannel::Sms);
        QVERIFY(sent);
        QCOMPARE(twilioCreatesTo(patient), 1);
        m_clock.shiftSec += 24 * 3600 + 60;
        IntakePassReport night = intake().runPass();
        QVERIFY(night.followUpsWaiting >= 1);
        QTest::qWait(300);
        QCOMPARE(twilioCreatesTo(patient), 1); // waits: nothing marked, nothing sent
        QVERIFY(!intake().store().get(sent->id)->followUpAt.isValid());
        m_clock.shiftSec += 3 * 3600; // 06:00: still quiet
        (void)intake().runPass();
        QTest::qWait(300);
        QCOMPARE(twilioCreatesTo(patient), 1);
        m_clock.shiftSec += 3 * 3600; // 09:00 there: the next allowed time has come
        (void)intake().runPass();
        QTRY_VERIFY_WITH_TIMEOUT(twilioCreatesTo(patient) == 2, 5000);
        (void)intake().runPass();
        QTest::qWait(300);
        QCOMPARE(twilioCreatesTo(patient), 2); // once
        QCOMPARE(auditCount(QStringLiteral("intake.followup"), patient), 1);
        QVERIFY(AppSettings::setValue(QStringLiteral("intake/followUpDays"), 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"

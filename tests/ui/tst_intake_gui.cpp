// The Intake tab and the Send New Intake Form dialog, driven offscreen against the demo transports (simulated
// Twilio and SendGrid): the channel choice without an e-mail address, the live SMS preview with the chat's counter,
// the chat's blocking reasons, a hostile name shown literally and escaped in the HTML part, the rows and their actions,
// and Ctrl+Shift+I in the main window.
#include "tests/support/ShiftedClock.h"
#include "tests/support/TestEnvironment.h"

#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStatusText.h"
#include "core/intake/IntakeTemplates.h"
#include "core/messaging/MessagingService.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"
#include "ui/intake/IntakeListModel.h"
#include "ui/intake/IntakeSendDialog.h"
#include "ui/intake/IntakeTemplatesDialog.h"
#include "ui/intake/IntakeView.h"
#include "ui/main/MainWindow.h"
#include "ui/profile/ProfileView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

namespace {
const QString Hostile = QStringLiteral("<script>alert(1)</script>");
}

class TestIntakeGui : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<AppServices> m_services;

    qint64 addPatient(const QString &first, const QString &email, bool consent = true)
    {
        Patient p;
        p.firstName = first;
        p.lastName = QStringLiteral("Tester");
        p.phoneRaw = QStringLiteral("+1415555%1").arg(QRandomGenerator::global()->bounded(1000, 9999));
        p.email = email;
        p.smsConsent = consent;
        if (consent)
            p.consentMethod = QStringLiteral("test");
        auto created = m_services->patients().create(p);
        if (!created)
            qFatal("patient: %s", qPrintable(created.error().message));
        return created->id;
    }
    Patient patient(qint64 id) { return *m_services->patients().get(id); }

private slots:
    void initTestCase()
    {
        (void)AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Sunrise Clinic"));
        AppServices::Options options;
        options.phoneRegion = QStringLiteral("US");
        options.credentials = std::make_shared<EnvCredentialsProvider>(QProcessEnvironment());
        auto made = AppServices::open(m_env.databaseTarget(), std::move(options));
        QVERIFY(made);
        m_services = std::move(made.value());
        QVERIFY(m_services->messaging().start().ok());
        QVERIFY(m_services->messaging().isDemo());
    }
    void cleanupTestCase() { m_services.reset(); }

    void emailChannelOffWithoutAddress()
    {
        const qint64 id = addPatient(QStringLiteral("Ann"), QString());
        IntakeSendDialog dialog(m_services->intake(), patient(id));
        QVERIFY(!dialog.emailAndSmsButton()->isEnabled());
        QVERIFY(dialog.smsOnlyButton()->isChecked());
        QVERIFY(!dialog.emailReasonLabel()->isHidden());
        QVERIFY(dialog.emailReasonLabel()->text().contains(QStringLiteral("no e-mail address")));
        QVERIFY(dialog.blockedLabel()->isHidden());
        // The live preview: the exact SMS and the chat's counter (first message: with the opt-out line).
        QVERIFY(dialog.smsPreview()->toPlainText().startsWith(QStringLiteral("Hi Ann, Sunrise Clinic here.")));
        QVERIFY(dialog.smsPreview()->toPlainText().contains(QStringLiteral("Reply STOP to opt out.")));
        const SendPreview chat = m_services->messaging().preview(id, dialog.smsPreview()->toPlainText());
        QCOMPARE(chat.body, dialog.smsPreview()->toPlainText()); // what the chat would send for it, unchanged
        QVERIFY(chat.segments.segments >= 2);
        const QString counter = dialog.counterLabel()->text();
        QVERIFY2(counter.contains(QStringLiteral("%1 segment").arg(chat.segments.segments)), qPrintable(counter));
        QVERIFY2(counter.contains(QStringLiteral("%1 character").arg(chat.segments.characters)), qPrintable(counter));
        QVERIFY(dialog.counterLabel()->text().contains(QStringLiteral("opt-out line")));
        QVERIFY(dialog.sendButton()->isEnabled());
        // Another template changes the preview.
        const QString before = dialog.smsPreview()->toPlainText();
        dialog.templateBox()->setCurrentIndex(1);
        QVERIFY(dialog.smsPreview()->toPlainText() != before);
        QVERIFY(dialog.smsPreview()->toPlainText().contains(QStringLiteral("medical history")));
    }

    void blockedWithTheChatsWords()
    {
        const qint64 id = addPatient(QStringLiteral("Bo"), QString(), false);
        IntakeSendDialog dialog(m_services->intake(), patient(id));
        QVERIFY(!dialog.blockedLabel()->isHidden());
        const QString words = m_services->messaging().availability(patient(id)).reason;
        QVERIFY(!words.isEmpty());
        QCOMPARE(dialog.blockedLabel()->text(), words);
        QVERIFY(!dialog.sendButton()->isEnabled());
    }

    void hostileNameIsLiteralAndEscaped()
    {
        const qint64 id = addPatient(Hostile, QStringLiteral("x@example.org"));
        IntakeSendDialog dialog(m_services->intake(), patient(id));
        QVERIFY(dialog.emailAndSmsButton()->isEnabled());
        dialog.emailAndSmsButton()->setChecked(true);
        QVERIFY(dialog.smsPreview()->toPlainText().contains(Hostile));
        // The rendered HTML part shows the name as text: it was escaped, so no element was made of it.
        QVERIFY(dialog.htmlPreview()->toPlainText().contains(Hostile));
        QVERIFY(!dialog.htmlPreview()->toHtml().contains(QStringLiteral("<script>")));
        dialog.sendButton()->click();
        QVERIFY(dialog.result().has_value());
        QCOMPARE(dialog.result()->channel, IntakeChannel::EmailAndSms);

        IntakeView view(m_services->intake(), m_services->messages());
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.showPatient(patient(id));
        view.show();
        QCOMPARE(view.model()->rowCount(), 1);
        const QLabel *title = view.findChild<QLabel *>();
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY(title->text().contains(Hostile));
        // Both states reach the row: the demo SMS and the demo e-mail.
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->sendAt(0)->emailStatus == EmailStatus::Accepted, 5000);
        const QString email = view.model()->index(0, IntakeListModel::EmailColumn).data().toString();
        QVERIFY2(email.contains(QStringLiteral("Accepted")), qPrintable(email));
        QVERIFY(email.contains(QStringLiteral("demo")));
        QTRY_VERIFY_WITH_TIMEOUT(
            view.model()->index(0, IntakeListModel::SmsColumn).data().toString().contains(QStringLiteral("✓")), 15000);
    }

    void rowActions()
    {
        const qint64 id = addPatient(QStringLiteral("Dee"), QString());
        auto sent = m_services->intake().send(id, QStringLiteral("New patient intake"), IntakeChannel::Sms);
        QVERIFY(sent);
        auto second = m_services->intake().send(id, QStringLiteral("Medical history update"), IntakeChannel::Sms);
        QVERIFY(second);
        IntakeView view(m_services->intake(), m_services->messages());
        view.showPatient(patient(id));
        view.show();
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->sendAt(0)->id, second->id); // newest first
        view.table()->setCurrentIndex(view.model()->index(1, 0));
        QVERIFY(view.copyLinkButton()->isEnabled());
        view.copyLinkButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), sent->link);
        QVERIFY(!view.resendEmailButton()->isEnabled()); // SMS only
        QVERIFY(view.completeButton()->isEnabled());
        view.completeButton()->click();
        QTRY_VERIFY(view.model()->sendAt(1) && view.model()->sendAt(1)->isCompleted());
        QVERIFY(view.model()
                    ->index(1, IntakeListModel::CompletionColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Completed")));
        // Every action button has a mnemonic (the keyboard path).
        for (QPushButton *b : {view.sendButton(), view.completeButton(), view.resendSmsButton(),
                               view.resendEmailButton(), view.copyLinkButton(), view.cancelButton()})
            QVERIFY2(b->text().contains(QLatin1Char('&')) && !b->accessibleName().isEmpty(), qPrintable(b->text()));
    }

    void templatesEditorRefusesWithTheReason()
    {
        IntakeTemplatesDialog dialog;
        QCOMPARE(dialog.list()->count(), 2); // the fresh install's examples
        dialog.list()->setCurrentRow(0);
        dialog.smsEdit()->setPlainText(QStringLiteral("Reply CANCEL to cancel: {link}"));
        dialog.saveButton()->click();
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("CANCEL")),
                 qPrintable(dialog.problemLabel()->text()));
        dialog.smsEdit()->setPlainText(QStringLiteral("Hi {first_name}"));
        dialog.saveButton()->click();
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("{link}")));
        dialog.smsEdit()->setPlainText(QStringLiteral("Hi {first_name}, your form: {link}"));
        dialog.urlEdit()->setText(QStringLiteral("http://forms.sunrise.example/i?t={token}"));
        dialog.saveButton()->click();
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("https")));
        // Nothing was stored by the refusals.
        QVERIFY(IntakeTemplates::load().constFirst().exampleAddress);
        dialog.urlEdit()->setText(QStringLiteral("https://forms.sunrise.example/i?t={token}"));
        dialog.saveButton()->click();
        QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("Saved."));
        const IntakeTemplate saved = *IntakeTemplates::find(QStringLiteral("New patient intake"));
        QVERIFY(!saved.exampleAddress);
        QCOMPARE(saved.url, QStringLiteral("https://forms.sunrise.example/i?t={token}"));
        QCOMPARE(saved.texts.value(QStringLiteral("en")).sms, QStringLiteral("Hi {first_name}, your form: {link}"));
        QVERIFY(
            saved.texts.value(QStringLiteral("es")).sms.startsWith(QStringLiteral("Hola"))); // the other language kept
    }

    void demoPatientsSometimesComplete()
    {
        const qint64 id = addPatient(QStringLiteral("Gil"), QStringLiteral("gil@example.org"));
        QList<qint64> sends;
        for (int i = 0; i < 3; ++i)
            sends << m_services->intake().send(id, QStringLiteral("Medical history update"), IntakeChannel::Sms)->id;
        ShiftedClock clock;
        clock.shiftSec = 10 * 60;
        Clock::setInstance(&clock);
        m_services->intake().tick();
        Clock::setInstance(nullptr);
        int completed = 0;
        for (qint64 send : sends) {
            auto row = m_services->intake().store().get(send);
            completed += row->isCompleted();
            if (row->isCompleted())
                QCOMPARE(row->completedBy, QStringLiteral("demo patient"));
        }
        QCOMPARE(completed, 1); // one in three
    }

    void shortcutInTheMainWindow()
    {
        MainWindow window(*m_services);
        const auto actions = window.actions();
        QAction *send = nullptr;
        for (QAction *a : actions)
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))
                send = a;
        QVERIFY(send);
        auto *view = window.findChild<IntakeView *>();
        QVERIFY(view);
        QCOMPARE(window.profile()->tabs()->widget(ProfileView::IntakeTab)->findChild<IntakeView *>() == view ||
                     window.profile()->tabs()->widget(ProfileView::IntakeTab) == view,
                 true);
    }
};

QTEST_MAIN(TestIntakeGui)
#include "tst_intake_gui.moc"

// Drives the real MainWindow offscreen: keyboard shortcuts, the add-patient dialog (by objectName), search,
// the profile tabs, the demo banner, layout persistence, the CSV import with its report and the communication
// record's export.
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/patients/DemoPatients.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"
#include "core/records/CommunicationRecord.h"
#include "core/services/AppServices.h"
#include "core/storage/Database.h"
#include "ui/common/FirstPaint.h"
#include "ui/import/ImportReportDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/profile/ProfileView.h"
#include "ui/records/RecordPdf.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace cd;
using namespace cd::ui;

namespace {

// Runs `work` on the next modal dialog of type T once it is open (modal dialogs block in exec(), so the test
// reaches them from a timer). `done` records that it ran, so a dialog that never opened fails the test.
template <typename T> void whenModalOpens(const std::function<void(T *)> &work, bool *done)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, work, done] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            work(dialog);
            *done = true;
            // A failed check inside `work` returns early: close the dialog so exec() returns and the test ends.
            if (QTest::currentTestFailed() && dialog->isVisible())
                dialog->reject();
        }
    });
    poll->start();
}

void fill(QWidget *dialog, const char *objectName, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            // QTest only types ASCII; a key event carrying the text types "ë" the way an input method would.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(edit, &press);
        }
    }
}

QPushButton *saveButton(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("patientDialogButtons"));
    return buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
}

} // namespace

class TestMainWindowGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void titleAndDemoBanner();
    void firstRunOffersDemoPatients();
    void addPatientThroughDialogThenFindBySearch();
    void invalidPhoneKeepsDialogOpenWithReason();
    void keyboardSearchArrowsAndEnter();
    void chatTabWithoutPhoneSaysSo();
    void editFromProfileUpdatesOverviewAndList();
    void splitterStatePersists();
    void patientsAddedElsewhereAppearOnReturn();
    void importShowsReportWithSkippedLines();
    void exportedRecordIsPlainTextAndAudited();
    void theListPaintsFirstThenTheRest();
    void openingAPatientBeforeTheFirstFrameCompletesTheWindow();

private:
    std::unique_ptr<test::TestEnvironment> m_env;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowGui::init()
{
    // No Twilio credentials from the developer's shell: the window must be in demo mode.
    for (const char *name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                             "TWILIO_PHONE_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"})
        qunsetenv(name);
    m_env = std::make_unique<test::TestEnvironment>();
    auto services = AppServices::open(m_env->databaseTarget(), {});
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    m_services = std::move(services.value());
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindowGui::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_env.reset();
}

void TestMainWindowGui::titleAndDemoBanner()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("ClinicDesk"));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible()); // the messaging session (and so demo mode) starts after the first frame
    QVERIFY(banner->text().startsWith(QStringLiteral("Demo mode — messages are not sent")));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    for (const char *name : {"patientSearch", "patientList", "profileTabs"}) {
        auto *widget = m_window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("newPatientAction")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importPatientsAction")));
}

void TestMainWindowGui::firstRunOffersDemoPatients()
{
    // Every demo number is a real-area-code 555-01xx number (reserved for fiction) that the validator accepts.
    for (const Patient &p : DemoPatients::all()) {
        if (p.phoneRaw.isEmpty())
            continue;
        const auto phone = PhoneNumbers::parse(p.phoneRaw);
        QVERIFY2(phone, qPrintable(p.phoneRaw));
        QVERIFY2(phone->e164.mid(5, 4) == QStringLiteral("5550") && phone->e164.at(9) == QLatin1Char('1'),
                 qPrintable(phone->e164));
    }

    bool asked = false;
    whenModalOpens<QMessageBox>(
        [](QMessageBox *box) {
            QCOMPARE(box->windowTitle(), QStringLiteral("Welcome to ClinicDesk"));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        },
        &asked);
    m_window->offerDemoPatientsIfEmpty();
    QVERIFY(asked);
    const int demoCount = int(DemoPatients::all().size());
    QCOMPARE(m_window->store()->count().value(), demoCount);
    auto *list = m_window->findChild<QListView *>(QStringLiteral("patientList"));
    QCOMPARE(list->model()->rowCount(), demoCount);

    // With patients in the database there is no question (a modal box here would block the test).
    m_window->offerDemoPatientsIfEmpty();
    QVERIFY(!QApplication::activeModalWidget());
    // Adding the demo set again adds nobody twice.
    QCOMPARE(DemoPatients::addTo(*m_window->store()).value(), 0);
    QCOMPARE(m_window->store()->count().value(), demoCount);
}

void TestMainWindowGui::addPatientThroughDialogThenFindBySearch()
{
    bool dialogHandled = false;
    whenModalOpens<PatientDialog>(
        [](PatientDialog *dialog) {
            fill(dialog, "firstNameEdit", QStringLiteral("Zoë"));
            fill(dialog, "lastNameEdit", QStringLiteral("Quintero"));
            fill(dialog, "dobEdit", QStringLiteral("1990-03-14"));
            fill(dialog, "phoneEdit", QStringLiteral("415 555 0177"));
            fill(dialog, "emailEdit", QStringLiteral("zoe@example.com"));
            dialog->findChild<QCheckBox *>(QStringLiteral("smsConsentCheck"))->setChecked(true);
            // The phone is shown back in the clinic's national format while typing.
            auto *hint = dialog->findChild<QLabel *>(QStringLiteral("phoneHint"));
            QVERIFY(hint && hint->text().contains(QStringLiteral("(415) 555-0177")));
            QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        },
        &dialogHandled);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(dialogHandled);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // Stored through core, normalised to E.164.
    auto found = m_window->store()->findByPhone(QStringLiteral("+14155550177"));
    QVERIFY(found && found.value().has_value());
    QCOMPARE(found.value()->lastName, QStringLiteral("Quintero"));
    QVERIFY(found.value()->smsConsent);

    // The new patient is open in the profile.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("profileName"))->text(), QStringLiteral("Zoë Quintero"));

    // Add someone else, then search as a user would: type into the search field.
    QVERIFY(DemoPatients::addTo(*m_window->store()));
    m_window->patientList()->reload();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("patientList"));
    QTest::keyClicks(search, QStringLiteral("quin"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Zoë Quintero"));

    // By phone digits in another format.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("555-0177"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Zoë Quintero"));
}

void TestMainWindowGui::invalidPhoneKeepsDialogOpenWithReason()
{
    const QString invalid = QStringLiteral("(555) 555-5555");
    const auto expected = PhoneNumbers::parse(invalid);
    QVERIFY(!expected);
    bool dialogHandled = false;
    bool stayedOpen = false;
    QString shownReason;
    whenModalOpens<PatientDialog>(
        [&](PatientDialog *dialog) {
            fill(dialog, "firstNameEdit", QStringLiteral("Bad"));
            fill(dialog, "lastNameEdit", QStringLiteral("Number"));
            fill(dialog, "phoneEdit", invalid);
            QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
            stayedOpen = dialog->isVisible() && QApplication::activeModalWidget() == dialog;
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("phoneError"));
            shownReason = error && error->isVisible() ? error->text() : QString();
            // What was typed is still there.
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text(), invalid);
            dialog->reject();
        },
        &dialogHandled);
    m_window->findChild<QAction *>(QStringLiteral("newPatientAction"))->trigger();
    QTRY_VERIFY(dialogHandled);
    QVERIFY(stayedOpen);
    // The same words the CLI and the store use.
    QCOMPARE(shownReason, expected.error().message);
    QCOMPARE(m_window->store()->count().value(), 0);
}

void TestMainWindowGui::keyboardSearchArrowsAndEnter()
{
    QVERIFY(DemoPatients::addTo(*m_window->store()));
    m_window->patientList()->reload();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("patientList"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));

    tabs->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // Down from the search field enters the list on the first row; Down again moves to the next patient.
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    const QString second = list->currentIndex().data().toString();
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("profileName"))->text(), second);

    // Enter opens the profile: focus moves to its tabs.
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(tabs->hasFocus());
    QVERIFY(tabs->isEnabled());
}

void TestMainWindowGui::chatTabWithoutPhoneSaysSo()
{
    Patient noPhone;
    noPhone.firstName = QStringLiteral("Landline");
    noPhone.lastName = QStringLiteral("Only");
    auto created = m_window->store()->create(noPhone);
    QVERIFY(created);
    m_window->openPatient(created->id, true);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(ProfileView::ChatTab).remove(QLatin1Char('&')), QStringLiteral("Chat"));
    tabs->setCurrentIndex(ProfileView::ChatTab);
    // The chat view says why nothing can be sent, and the composer is off.
    auto *reason = tabs->widget(ProfileView::ChatTab)->findChild<QLabel *>(QStringLiteral("composerBlockedReason"));
    QVERIFY(reason);
    QVERIFY2(reason->text().startsWith(QStringLiteral("No Phone Number Available")), qPrintable(reason->text()));
    QVERIFY(!tabs->widget(ProfileView::ChatTab)->findChild<QWidget *>(QStringLiteral("composerEdit"))->isEnabled());
    // Every tab has landed: no placeholder is left (tst_intake_gui and tst_appointments_gui drive them).
    QVERIFY(tabs->widget(ProfileView::AppointmentsTab)->findChild<QWidget *>(QStringLiteral("appointmentsTree")));
    for (int tab = 0; tab < tabs->count(); ++tab)
        QVERIFY(!tabs->widget(tab)->findChild<QLabel *>(QStringLiteral("placeholderDescription")));
}

void TestMainWindowGui::editFromProfileUpdatesOverviewAndList()
{
    QVERIFY(DemoPatients::addTo(*m_window->store()));
    m_window->patientList()->reload();
    auto *list = m_window->findChild<QListView *>(QStringLiteral("patientList"));
    int row = 0;
    while (list->model()->index(row, 0).data(PatientListModel::PhoneDisplayRole).toString().isEmpty())
        ++row;
    list->setCurrentIndex(list->model()->index(row, 0));
    const QString phone = list->currentIndex().data(PatientListModel::PhoneDisplayRole).toString();
    const qint64 id = list->currentIndex().data(PatientListModel::PatientIdRole).toLongLong();

    bool dialogHandled = false;
    QString shownPhone;
    whenModalOpens<PatientDialog>(
        [&](PatientDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Patient"));
            shownPhone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text();
            fill(dialog, "emailEdit", QStringLiteral("changed@example.org"));
            QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        },
        &dialogHandled);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("editPatientButton")), Qt::LeftButton);
    QTRY_VERIFY(dialogHandled);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QCOMPARE(m_window->store()->get(id)->email, QStringLiteral("changed@example.org"));
    auto *email = m_window->findChild<QLabel *>(QStringLiteral("emailValue"));
    QVERIFY(email);
    QCOMPARE(email->text(), QStringLiteral("changed@example.org"));
    QCOMPARE(email->textFormat(), Qt::PlainText);
    QCOMPARE(list->currentIndex().data(PatientListModel::PatientIdRole).toLongLong(), id);
    QCOMPARE(shownPhone, phone); // the demo numbers were entered in national format
}

void TestMainWindowGui::splitterStatePersists()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    m_window->resize(1000, 700);
    splitter->setSizes({412, 580});
    const QList<int> sizes = splitter->sizes();
    m_window->close(); // saves geometry and splitter state
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *restored = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QTRY_COMPARE(restored->sizes(), sizes);
    QCOMPARE(m_window->size(), QSize(1000, 700));
}

void TestMainWindowGui::patientsAddedElsewhereAppearOnReturn()
{
    auto *list = m_window->findChild<QListView *>(QStringLiteral("patientList"));
    QCOMPARE(list->model()->rowCount(), 0);
    // Another writer on the same file (like clinicdesk-cli): its store is not the window's.
    PatientStore other(m_services->database()); // another process's store on the same file
    Patient p;
    p.firstName = QStringLiteral("From");
    p.lastName = QStringLiteral("Elsewhere");
    QVERIFY(other.create(p));
    QCOMPARE(list->model()->rowCount(), 0);
    m_window->patientList()->reloadIfCountChanged(); // what coming back to the window does
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("From Elsewhere"));
}

void TestMainWindowGui::importShowsReportWithSkippedLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("patients.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,Phone,DOB\n"
               "Rosa,Imported,(212) 555-0111,1980-05-06\n"
               ",Nameless,(212) 555-0112,1981-01-01\n"
               "Ivan,Badphone,(555) 555-5555,1970-02-03\n"
               "Lea,Imported,(312) 555-0113,\n");
    file.close();

    bool reportSeen = false;
    QString summary;
    QString skipped;
    whenModalOpens<ImportReportDialog>(
        [&](ImportReportDialog *report) {
            summary = report->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            auto *list = report->findChild<QPlainTextEdit *>(QStringLiteral("importSkippedList"));
            skipped = list ? list->toPlainText() : QString();
            report->accept();
        },
        &reportSeen);
    m_window->importPatientsFrom(path);
    QTRY_VERIFY_WITH_TIMEOUT(reportSeen, 30000);
    QVERIFY2(summary.startsWith(QStringLiteral("2 patient")), qPrintable(summary));
    const QStringList lines = skipped.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Line 3: ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Line 4: ")), qPrintable(lines.at(1)));

    // The list shows the imported patients without a restart.
    auto *list = m_window->findChild<QListView *>(QStringLiteral("patientList"));
    QTRY_COMPARE(list->model()->rowCount(), 2);

    // The same file again adds nobody: both good rows are now reported as duplicates.
    reportSeen = false;
    whenModalOpens<ImportReportDialog>(
        [&](ImportReportDialog *report) {
            summary = report->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            auto *skippedList = report->findChild<QPlainTextEdit *>(QStringLiteral("importSkippedList"));
            skipped = skippedList ? skippedList->toPlainText() : QString();
            report->accept();
        },
        &reportSeen);
    m_window->importPatientsFrom(path);
    QTRY_VERIFY_WITH_TIMEOUT(reportSeen, 30000);
    QVERIFY2(summary.startsWith(QStringLiteral("0 patient")), qPrintable(summary));
    QCOMPARE(skipped.split(QLatin1Char('\n')).size(), 4);
    QCOMPARE(m_window->store()->count().value(), 2);
}

void TestMainWindowGui::exportedRecordIsPlainTextAndAudited()
{
    // A name and a reply that look like markup: the record must show them as typed, never as a link or an image.
    const QString name = QStringLiteral("<b>Ana</b>");
    const QString reply = QStringLiteral("<img src=\"file:///etc/hostname\"> & <a href=\"https://x.example\">pay</a>");
    const qint64 id =
        test::addTestPatient(*m_window->store(), name, QStringLiteral("Ruiz"), QStringLiteral("(415) 555-0123"));
    QVERIFY(id);
    QVERIFY(test::storeMessage(m_services->messages(), test::chatMessage(id, Message::Direction::Inbound, reply,
                                                                         QDateTime::currentDateTimeUtc())));

    // The PDF's content as QTextDocument lays it out: every value is text, none of it formatting.
    auto record = CommunicationRecord::build(id, m_services->patients(), m_services->messages());
    QVERIFY2(record, record ? "" : qPrintable(record.error().message));
    QTextDocument document;
    document.setHtml(recordHtml(*record, QStringLiteral("<i>Clinic</i>")));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(name) && text.contains(reply) && text.contains(QStringLiteral("<i>Clinic</i>")),
             qPrintable(text));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            QVERIFY2(!format.isImageFormat() && !format.isAnchor() && !format.fontItalic(),
                     qPrintable(fragment.fragment().text()));
        }
    }

    // File → Export Communication Record… with the patient open: CSV, then PDF, each written and audited.
    m_window->openPatient(id, true);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportRecordAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QTemporaryDir dir;
    const auto exportTo = [&](const QString &fileName, const QString &filter) {
        bool chosen = false;
        whenModalOpens<QFileDialog>(
            [&](QFileDialog *dialog) {
                dialog->selectNameFilter(filter);
                // Typed, as a user would: selectFile() races the dialog's own folder loading and can be undone.
                auto *nameField = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(nameField);
                nameField->setText(dir.filePath(fileName));
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() checks the name, then closes
            },
            &chosen);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(chosen, 10000);
    };
    exportTo(QStringLiteral("record.csv"), QStringLiteral("CSV spreadsheet (*.csv)"));
    QFile csv(dir.filePath(QStringLiteral("record.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    QVERIFY2(csvText.contains(QStringLiteral("<img src=\"\"file:///etc/hostname\"\">")), qPrintable(csvText));
    exportTo(QStringLiteral("record"), QStringLiteral("PDF document (*.pdf)")); // ".pdf" is added
    QFile pdf(dir.filePath(QStringLiteral("record.pdf")));
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(QDir(dir.path()).entryList(QDir::Files).join(QLatin1Char(' '))));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

    auto audited = m_services->database()->exec(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'record.exported' AND patient_id = ? ORDER BY id"),
        {id});
    QVERIFY(audited);
    QStringList formats;
    while (audited->next())
        formats << audited->value(0).toString();
    QCOMPARE(formats, (QStringList{QStringLiteral("csv"), QStringLiteral("pdf")}));
}

namespace {
// Every menu with its entries, in order ("&Edit: &Find Patient | Search &Messages… | …").
QStringList menuOutline(QMainWindow *window)
{
    QStringList outline;
    for (QAction *menuAction : window->menuBar()->actions()) {
        QStringList entries;
        for (QAction *action : menuAction->menu()->actions())
            entries << (action->isSeparator() ? QStringLiteral("--") : action->text());
        outline << menuAction->text() + QStringLiteral(": ") + entries.join(QStringLiteral(" | "));
    }
    return outline;
}
} // namespace

void TestMainWindowGui::theListPaintsFirstThenTheRest()
{
    const QStringList completeMenus = menuOutline(m_window.get());
    m_window.reset();

    // The app's start: the list, the menus and the status bar; no profile and no messaging parts yet.
    m_window = std::make_unique<MainWindow>(*m_services, nullptr, MainWindow::StartMode::PatientListFirst);
    QVERIFY(!m_window->isComplete());
    QVERIFY(!m_window->chat());
    QVERIFY(!m_window->profile());
    QVERIFY(!m_window->findChild<QTabWidget *>(QStringLiteral("profileTabs")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("composerEdit")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("chatSidebar")));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("historySearchAction")));
    // Edit Patient and Export Record before the profile exists: nothing breaks, and Export says what to do.
    m_window->findChild<QAction *>(QStringLiteral("editPatientAction"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("exportRecordAction"))->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Open a patient first")));

    // After the first frame: everything, with the menus exactly as a window built at once has them, and the profile
    // in the place the splitter kept for it.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    const int profileWidth = splitter->sizes().value(1);
    QVERIFY(profileWidth > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isComplete(), 5000);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(splitter->widget(1), m_window->profile());
    QCOMPARE(splitter->count(), 2);
    QCOMPARE(splitter->sizes().value(1), profileWidth);
    QVERIFY(m_window->profile()->isVisible());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("composerEdit")));
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("chatSidebar"))->isVisible()); // a queued show
    QVERIFY(tabs->widget(ProfileView::AppointmentsTab)->findChild<QWidget *>(QStringLiteral("appointmentsTree")));
    QCOMPARE(menuOutline(m_window.get()), completeMenus);

    // What those parts start "after the first frame" (the messaging session, the intake pass) runs without waiting
    // for another paint, which a still window may never get.
    QWidget still;
    bool first = false;
    bool later = false;
    whenFirstPainted(&still, &still, [&first] { first = true; });
    still.show();
    QTRY_VERIFY_WITH_TIMEOUT(first, 5000);
    whenFirstPainted(&still, &still, [&later] { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 2000);
}

void TestMainWindowGui::openingAPatientBeforeTheFirstFrameCompletesTheWindow()
{
    const qint64 id = test::addTestPatient(*m_window->store(), QStringLiteral("Early"), QStringLiteral("Bird"),
                                           QStringLiteral("(415) 555-0123"));
    QVERIFY(id);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_services, nullptr, MainWindow::StartMode::PatientListFirst);
    QVERIFY(!m_window->isComplete());
    m_window->openPatient(id, true); // not even shown yet
    QVERIFY(m_window->isComplete());
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    QVERIFY(tabs->widget(ProfileView::ChatTab)->findChild<QWidget *>(QStringLiteral("composerEdit")));
    QCOMPARE(m_window->profile()->patient()->id, id);
    m_window->completeWindow(); // once only: a second call adds nothing
    QCOMPARE(m_window->findChildren<QWidget *>(QStringLiteral("chatSidebar")).size(), 1);
}

QTEST_MAIN(TestMainWindowGui)
#include "tst_mainwindow_gui.moc"

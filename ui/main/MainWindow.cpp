#include "ui/main/MainWindow.h"

#include "core/audit/AuditTrail.h"
#include "ui/main/ClockSkewIndicator.h"
#include "ui/main/DatabaseConnectionIndicator.h"
#include "core/messaging/MessagingService.h"
#include "core/patients/DemoPatients.h"
#include "core/patients/ImportRunner.h"
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "core/services/StartupChecks.h"
#include "core/settings/AppSettings.h"
#include "ui/appointments/AppointmentsIntegration.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/common/FirstPaint.h"
#include "ui/startup/DatabaseRestorePrompt.h"
#include "ui/chat/ChatView.h"
#include "ui/import/ImportReportDialog.h"
#include "ui/intake/IntakeIntegration.h"
#include "ui/lock/DeskLock.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/profile/ProfileView.h"
#include "ui/records/RecordExportAction.h"
#include "ui/settings/SettingsDialog.h"

#include <QTimer>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "clinicdesk.ui.mainwindow")

namespace cd::ui {

namespace {
const QString GeometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString StateKey = QStringLiteral("ui/mainWindow/state");
const QString SplitterKey = QStringLiteral("ui/mainWindow/splitter");
const QString ImportDirKey = QStringLiteral("ui/lastImportDir");
} // namespace

MainWindow::MainWindow(AppServices &services, QWidget *parent, StartMode mode)
    : QMainWindow(parent), m_services(services), m_store(&services.patients()),
      m_list(new PatientListPanel(m_store, this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClinicDesk")); // ChatIntegration adds the unread count

    auto *sidebar = new QWidget(this);
    m_sidebarLayout = new QVBoxLayout(sidebar);
    m_sidebarLayout->setContentsMargins(0, 0, 0, 0);
    m_sidebarLayout->addWidget(m_list, 1); // completeWindow() adds the unread list and its buttons below

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(new QWidget(m_splitter)); // the profile's place, until completeWindow()
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_list->setMinimumWidth(220);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_demoBanner = createDemoBanner();
    layout->addWidget(m_demoBanner);
    // Demo mode is what the messaging worker chose: the demo transport when no Twilio account is configured.
    setDemoMode(m_services.messaging().isDemo());
    auto *body = new QWidget(central);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 8, 8, 0);
    bodyLayout->addWidget(m_splitter);
    layout->addWidget(body, 1);
    setCentralWidget(central);

    createActions();
    // Automatic lock, Ctrl+L and switch user: wraps the central widget, so after setCentralWidget above.
    m_deskLock = new DeskLock(this, m_services);
    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_services.databaseLocation())));
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(new ClockSkewIndicator(m_services.messaging(), this));
    statusBar()->addPermanentWidget(m_syncState);
    if (m_services.changeFeed()) // a shared clinic database: its connection's state
        statusBar()->addPermanentWidget(
            new DatabaseConnectionIndicator(*m_services.changeFeed(), m_services.offlineQueue(), this));
    connect(&m_services.messaging(), &MessagingService::cycleFinished, this, &MainWindow::updateSyncState);
    updateSyncState();
    checkDatabaseAfterFirstPaint();

    connect(m_list, &PatientListPanel::currentPatientChanged, this, [this](qint64 id) {
        if (id != 0)
            openPatient(id, false);
    });
    connect(m_list, &PatientListPanel::patientActivated, this, [this](qint64 id) { openPatient(id, true); });
    connect(m_store, &PatientStore::patientChanged, this, [this](qint64 id) {
        if (id == openedPatientId())
            openPatient(id, false);
    });

    restoreLayout();
    m_list->searchField()->setFocus();

    if (mode == StartMode::Complete) {
        completeWindow();
    } else {
        whenFirstPainted(m_list->listView()->viewport(), this, [this] { completeWindow(); });
        // A desk that opens locked (sign-in required) paints no list until someone signs in; replies still arrive.
        QTimer::singleShot(1000, this, &MainWindow::completeWindow);
    }
}

void MainWindow::completeWindow()
{
    if (m_chat)
        return;
    const QList<QAction *> actionsBefore = findChildren<QAction *>();
    // The profile replaces its empty place, with the same size (the splitter keeps it); the first frame is then the
    // list alone, which is what staff look at first.
    m_profile = new ProfileView(AppSettings::phoneRegion(), this);
    delete m_splitter->replaceWidget(1, m_profile);
    connect(m_profile, &ProfileView::editRequested, this, &MainWindow::editPatient);
    // Messaging: the Chat tab, unread counts in the title, tray notifications, the "Unmatched Replies" entry.
    m_chat = new ChatIntegration(m_services, this);
    m_profile->setChatPane(m_chat->chatView());
    m_sidebarLayout->addWidget(m_chat->sidebarWidget());
    m_editMenu->insertAction(m_editPatient, m_chat->historySearchAction());
    auto *intake = new IntakeIntegration(m_services, this); // the Intake tab and Ctrl+Shift+I
    m_editMenu->addActions({intake->sendAction(), intake->templatesAction()});
    new AppointmentsIntegration(m_services, this); // the Appointments tab, View → Today, its settings
    // Built behind a locked desk: their shortcuts stay off until someone signs in, like every other action.
    for (QAction *action : findChildren<QAction *>()) {
        if (!actionsBefore.contains(action))
            m_deskLock->keepOffWhileLocked(action);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newPatient = new QAction(tr("&New Patient…"), this);
    m_newPatient->setObjectName(QStringLiteral("newPatientAction"));
    m_newPatient->setShortcut(QKeySequence::New);
    m_newPatient->setStatusTip(tr("Add a patient"));
    connect(m_newPatient, &QAction::triggered, this, &MainWindow::newPatient);

    m_editPatient = new QAction(tr("&Edit Patient…"), this);
    m_editPatient->setObjectName(QStringLiteral("editPatientAction"));
    m_editPatient->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editPatient, &QAction::triggered, this, [this] {
        if (const qint64 id = openedPatientId())
            editPatient(id);
    });

    m_importPatients = new QAction(tr("&Import Patients…"), this);
    m_importPatients->setObjectName(QStringLiteral("importPatientsAction"));
    m_importPatients->setStatusTip(tr("Add patients from a CSV file"));
    connect(m_importPatients, &QAction::triggered, this, &MainWindow::importPatients);

    m_find = new QAction(tr("&Find Patient"), this);
    m_find->setObjectName(QStringLiteral("findPatientAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_list, &PatientListPanel::focusSearch);

    m_addDemo = new QAction(tr("Add &Demo Patients"), this);
    m_addDemo->setObjectName(QStringLiteral("addDemoPatientsAction"));
    m_addDemo->setStatusTip(tr("Add a few fictional patients to try ClinicDesk"));
    connect(m_addDemo, &QAction::triggered, this, &MainWindow::addDemoPatients);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Clinic details, Twilio account and messaging options"));
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_about = new QAction(tr("&About ClinicDesk"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    addAction(m_find); // shortcuts work wherever the focus is
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newPatient);
    file->addAction(m_importPatients);
    QAction *exportRecord = file->addAction(tr("Export &Communication Record…"));
    exportRecord->setObjectName(QStringLiteral("exportRecordAction"));
    exportRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportRecord, &QAction::triggered, this, [this] {
        if (const qint64 id = openedPatientId())
            exportCommunicationRecord(this, m_services, id);
        else
            statusBar()->showMessage(tr("Open a patient first, then export their communication record."));
    });
    file->addSeparator();
    file->addAction(m_deskLock->lockAction());
    file->addAction(m_deskLock->switchUserAction());
    file->addSeparator();
    file->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_editPatient); // completeWindow() puts Search Messages before it, Intake at the end
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_addDemo);
    help->addSeparator();
    help->addAction(m_about);
}

QLabel *MainWindow::createDemoBanner()
{
    auto *banner = new QLabel(
        tr("Demo mode — messages are not sent. Add your Twilio account in Edit → Settings to text patients."), this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAccessibleName(tr("Demo mode"));
    banner->setTextFormat(Qt::PlainText);
    banner->setWordWrap(true);
    banner->setContentsMargins(12, 6, 12, 6);
    // Amber, not red: nothing is wrong, but nobody should think a real patient got a text.
    banner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #fff3cd; color: #5c4400; "
                                         "border-bottom: 1px solid #e6c96a; font-weight: 600; }"));
    return banner;
}

void MainWindow::updateSyncState()
{
    const MessagingService *messaging = &m_services.messaging();
    const QDateTime last = messaging->lastSuccessAt();
    const QString when =
        last.isValid() ? QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat) : tr("not yet");
    if (!messaging->lastCycleError().isEmpty()) {
        m_syncState->setText(tr("Cannot reach Twilio (last successful check: %1)").arg(when));
        m_syncState->setToolTip(messaging->lastCycleError());
    } else {
        m_syncState->setText(messaging->isDemo() ? tr("Demo messages checked: %1").arg(when)
                                                 : tr("Messages checked: %1").arg(when));
        m_syncState->setToolTip(tr("ClinicDesk asks Twilio for replies and delivery receipts every few seconds."));
    }
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoBanner->setVisible(demo);
}

bool MainWindow::isDemoModeShown() const
{
    return !m_demoBanner->isHidden();
}

void MainWindow::showSettings()
{
    completeWindow();
    SettingsDialog::Dependencies dependencies;
    dependencies.services = &m_services;
    SettingsDialog dialog(std::move(dependencies), this);
    bool saved = false;
    connect(&dialog, &SettingsDialog::settingsSaved, this, [&saved] { saved = true; });
    dialog.exec();
    // The messaging worker starts again with what was saved (demo <-> real Twilio), without a restart.
    if (saved) {
        m_chat->reloadCredentials();
        setDemoMode(m_services.messaging().isDemo());
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({340, 840});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importRunner && m_importRunner->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import Running"),
            tr("An import is still running. Stop it and quit? Patients imported so far are kept."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importRunner->cancel();
    }
    saveLayout();
    event->accept();
}

qint64 MainWindow::openedPatientId() const
{
    return m_profile && m_profile->patient() ? m_profile->patient()->id : 0;
}

void MainWindow::openPatient(qint64 id, bool focusProfile)
{
    completeWindow(); // the profile, should a patient be opened within the first frame
    auto patient = m_store->get(id);
    if (!patient) {
        statusBar()->showMessage(patient.error().message);
        m_profile->showPatient(std::nullopt);
        return;
    }
    // Each opening of a profile is a read of health information: audited (a refresh of the same one is not).
    if (openedPatientId() != id)
        (void)m_services.audit().record(QStringLiteral("patient.opened"), id);
    m_profile->showPatient(patient.value());
    if (focusProfile)
        m_profile->tabs()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newPatient()
{
    PatientDialog dialog(m_store, Patient{}, this);
    if (dialog.exec() == QDialog::Accepted)
        afterPatientSaved(dialog.savedPatient().id);
}

void MainWindow::editPatient(qint64 id)
{
    auto patient = m_store->get(id);
    if (!patient) {
        QMessageBox::warning(this, tr("Edit Patient"), patient.error().message);
        return;
    }
    PatientDialog dialog(m_store, patient.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        afterPatientSaved(id);
}

void MainWindow::afterPatientSaved(qint64 id)
{
    m_list->model()->reload();
    m_list->selectPatient(id); // when the current search shows them
    openPatient(id, false);
}

void MainWindow::importPatients()
{
    QSettings settings;
    const QString startDir =
        settings.value(ImportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Patients"), startDir,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(ImportDirKey, QFileInfo(path).absolutePath());
    importPatientsFrom(path);
}

void MainWindow::importPatientsFrom(const QString &path)
{
    if (m_importRunner && m_importRunner->isRunning())
        return;
    if (!m_importRunner) {
        m_importRunner = new ImportRunner(*m_store, this);
        connect(m_importRunner, &ImportRunner::progress, this, [this](int done, int total) {
            if (!m_importProgress)
                return;
            m_importProgress->setMaximum(qMax(total, 1));
            m_importProgress->setValue(done);
            m_importProgress->setLabelText(
                tr("Importing patients from %1…\n%2 of %3 rows")
                    .arg(QFileInfo(m_importPath).fileName(), QLocale().toString(done), QLocale().toString(total)));
        });
        connect(m_importRunner, &ImportRunner::finished, this, [this](const cd::Result<cd::ImportReport> &result) {
            if (m_importProgress) {
                m_importProgress->reset();
                m_importProgress->hide();
            }
            m_importPatients->setEnabled(true);
            m_list->reload();
            if (!result) {
                QMessageBox::critical(this, tr("Import Failed"), result.error().message);
                return;
            }
            statusBar()->showMessage(ImportReportDialog::summary(result.value()));
            ImportReportDialog report(m_importPath, result.value(), this);
            report.exec();
        });
    }
    if (!m_importProgress) {
        m_importProgress = new QProgressDialog(this);
        m_importProgress->setObjectName(QStringLiteral("importProgress"));
        m_importProgress->setWindowTitle(tr("Import Patients"));
        m_importProgress->setCancelButtonText(tr("&Cancel Import"));
        m_importProgress->setAutoClose(false);
        m_importProgress->setAutoReset(false);
        m_importProgress->setWindowModality(Qt::WindowModal);
        m_importProgress->setMinimumDuration(300); // small files finish before a dialog would flash up
        connect(m_importProgress, &QProgressDialog::canceled, this, [this] {
            if (m_importRunner)
                m_importRunner->cancel();
            m_importProgress->setLabelText(tr("Stopping after the current batch…"));
        });
    }
    m_importPath = path;
    m_importProgress->setRange(0, 0);
    m_importProgress->setValue(0);
    m_importProgress->setLabelText(tr("Importing patients from %1…").arg(QFileInfo(path).fileName()));
    m_importPatients->setEnabled(false);
    m_importRunner->start(path);
}

void MainWindow::addDemoPatients()
{
    completeWindow(); // the appointments part adds its demo appointments on demoPatientsAdded
    auto added = DemoPatients::addTo(*m_store);
    if (!added) {
        QMessageBox::warning(this, tr("Demo Patients"), added.error().message);
        return;
    }
    m_list->reload();
    statusBar()->showMessage(added.value() == 0 ? tr("The demo patients are already there.")
                                                : tr("Added %n demo patient(s).", nullptr, added.value()));
    emit demoPatientsAdded(added.value());
    if (openedPatientId() == 0 && m_list->model()->rowCount() > 0) {
        m_list->listView()->setCurrentIndex(m_list->model()->index(0));
    }
}

void MainWindow::offerDemoPatientsIfEmpty()
{
    auto count = m_store->newestId(); // 0 when there are none (one index lookup, not a count)
    if (!count || count.value() > 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Welcome to ClinicDesk"),
        m_services.messaging().isDemo()
            ? tr("There are no patients yet. Add a few fictional demo patients, with demo appointments whose "
                 "reminders and replies you can watch over the next minutes, to try ClinicDesk?\n\n"
                 "Their phone numbers are 555-01xx numbers, which are reserved for examples. You can also add "
                 "patients yourself (File → New Patient) or import them from a CSV file (File → Import Patients).")
            : tr("There are no patients yet. Add a few fictional demo patients to try ClinicDesk?\n\n"
                 "Their phone numbers are 555-01xx numbers, which are reserved for examples. You can also add "
                 "patients yourself (File → New Patient) or import them from a CSV file (File → Import Patients)."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        addDemoPatients();
}

void MainWindow::showAbout()
{
    QMessageBox about(this);
    about.setWindowTitle(tr("About ClinicDesk"));
    about.setTextFormat(Qt::PlainText);
    about.setIconPixmap(windowIcon().pixmap(64, 64));
    about.setText(
        tr("ClinicDesk %1\n\nText patients from the clinic's front desk.\n\nDatabase: %2")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_services.databaseLocation())));
    about.exec();
}

void MainWindow::checkDatabaseAfterFirstPaint()
{
    StartupChecks *checks = m_services.startupChecks();
    if (!checks)
        return;
    connect(checks, &StartupChecks::damaged, this, [this](const QString &problem) {
        const QString backup = askToRestoreBackup(this, m_services.databaseLocation(), problem);
        if (!backup.isEmpty())
            emit restoreBackupRequested(backup);
    });
    // A moment after the first frame, so the messaging session and the first sync go first.
    whenFirstPainted(m_list->listView()->viewport(), this, [this, checks] {
        QTimer::singleShot(1500, checks, [checks] { checks->start(AppSettings::backupRetentionDays()); });
    });
}

} // namespace cd::ui

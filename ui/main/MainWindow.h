#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QVBoxLayout;
class QProgressDialog;
class QSplitter;

namespace cd {
class AppServices;
class ImportRunner;
class PatientStore;
} // namespace cd

namespace cd::ui {

class ChatIntegration;
class DeskLock;
class PatientListPanel;
class ProfileView;

// The front desk's window: the searchable patient list beside the open patient's tabbed profile.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // PatientListFirst (the app's start): the list, the menus and the status bar first; the profile with messaging,
    // intake and appointments right after the first frame (completeWindow). Complete: everything at once (tests,
    // tools).
    enum class StartMode
    {
        Complete,
        PatientListFirst
    };
    explicit MainWindow(AppServices &services, QWidget *parent = nullptr, StartMode mode = StartMode::Complete);
    ~MainWindow() override;

    // Builds the profile and the Chat, Intake and Appointments parts (their tabs, the unread list, their menu entries)
    // once. Runs after the first frame, or sooner when something needs them (opening a patient, Settings).
    void completeWindow();
    bool isComplete() const { return m_chat != nullptr; }

    PatientStore *store() const { return m_store; }
    AppServices &services() const { return m_services; }
    PatientListPanel *patientList() const { return m_list; }
    ProfileView *profile() const { return m_profile; } // null until completeWindow()
    ChatIntegration *chat() const { return m_chat; } // null until completeWindow()
    DeskLock *deskLock() const { return m_deskLock; }

    // First run: with no patients yet, ask whether to add the fictional demo patients.
    void offerDemoPatientsIfEmpty();

    void newPatient();
    void editPatient(qint64 id);
    void openPatient(qint64 id, bool focusProfile);
    void importPatients();
    void importPatientsFrom(const QString &path); // without the file dialog (tests, drag and drop later)
    void addDemoPatients();
    void showSettings();

    // The amber "Demo mode — messages are not sent" banner. Shown while the messaging worker uses the demo transport.
    void setDemoMode(bool demo);
    bool isDemoModeShown() const;

signals:
    // Demo patients were added (Help or the first-run offer): appointments add theirs in demo mode.
    void demoPatientsAdded(int added);
    // The check after the first frame found the database damaged and the user chose this backup: the app restarts
    // to restore it, since this process has the file open.
    void restoreBackupRequested(const QString &backupFile);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void checkDatabaseAfterFirstPaint();
    void createActions();
    void createMenus();
    QLabel *createDemoBanner();
    void restoreLayout();
    void saveLayout() const;
    void afterPatientSaved(qint64 id);
    qint64 openedPatientId() const; // 0 when no patient is open
    void showAbout();

    AppServices &m_services;
    PatientStore *m_store;
    PatientListPanel *m_list;
    QSplitter *m_splitter;
    ProfileView *m_profile = nullptr; // takes the place of an empty widget in the splitter once built
    QVBoxLayout *m_sidebarLayout = nullptr;
    QMenu *m_editMenu = nullptr;
    ChatIntegration *m_chat = nullptr;
    DeskLock *m_deskLock = nullptr;
    QLabel *m_demoBanner = nullptr;
    QLabel *m_syncState = nullptr; // status bar: when Twilio was last reached
    void updateSyncState();
    ImportRunner *m_importRunner = nullptr;
    QProgressDialog *m_importProgress = nullptr;
    QString m_importPath;

    QAction *m_newPatient = nullptr;
    QAction *m_editPatient = nullptr;
    QAction *m_importPatients = nullptr;
    QAction *m_find = nullptr;
    QAction *m_addDemo = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_about = nullptr;
};

} // namespace cd::ui

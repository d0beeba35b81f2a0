#pragma once

#include "core/common/Result.h"
#include "core/messaging/MessagingService.h"
#include "core/storage/DatabaseTarget.h"

#include <QObject>

#include <memory>

namespace cd {

class CredentialsProvider;
class Database;
class SecretStore;
struct SettingChange;
class MessageStore;
class PatientStore;
class IntakeService;
class AuditTrail;
class StaffDirectory;
class AppointmentStore;
class ChangeFeed;
class StartupChecks;
class OfflineQueue;
class PresenceWatch;

// What one process of ClinicDesk runs on, made once at start by the GUI, the CLI and the tests alike: the
// database, the one patient store, the one message store and the one messaging service. The layers above use the
// stores and the service; only core touches the database itself.
class AppServices : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString phoneRegion;                                    // empty: the clinic's setting
        std::shared_ptr<const CredentialsProvider> credentials; // empty: environment, then keychain and settings
        MessagingService::Options messaging;
        // The GUI: read the SQLite file for damage and take the daily backup on a thread after the first frame
        // (startupChecks()), not before the window; the CLI and tests check before they open.
        bool checkIntegrityLater = false;
        // The GUI: a long schema step (Database::LongUpgrade) is refused with db.long-upgrade, so that it runs with a
        // progress window (app/gui/HistoryUpdate) before the open is tried again.
        bool refuseLongUpgrade = false;
        QString dataDir; // this computer's data folder (the offline queue on a shared server); empty: the default
        QString deskId;  // this desk among the clinic's (presence); empty: DeskIdentity::processId()
    };

    // Opens (and migrates) the SQLite database at `databaseFile`.
    static Result<std::unique_ptr<AppServices>> openSqlite(const QString &databaseFile, Options options);
    // Opens (and migrates) either backend: this computer's SQLite file or the clinic's PostgreSQL server.
    static Result<std::unique_ptr<AppServices>> open(const DatabaseTarget &target, Options options);
    AppServices(std::shared_ptr<Database> database, Options options, QObject *parent = nullptr);
    ~AppServices() override;

    PatientStore &patients() { return *m_patients; }
    MessageStore &messages() { return *m_messages; }
    MessagingService &messaging() { return *m_messaging; }
    IntakeService &intake() { return *m_intake; }
    AppointmentStore &appointments() { return *m_appointments; }
    QString databaseLocation() const;
    // Saves settings and secrets with their audit rows (SettingsWriter) in this process's database.
    Status<> applySettings(SecretStore &secrets, const QList<SettingChange> &changes);
    std::shared_ptr<Database> database() const { return m_database; } // for core services (import, settings)
    AuditTrail &audit() { return *m_audit; }
    // Live updates from the other desks (shared server only; null on SQLite). The stores re-announce what it hears
    // through their own signals, so views need not know where a change came from.
    ChangeFeed *changeFeed() const { return m_changeFeed.get(); }
    StaffDirectory &staff() { return *m_staff; }
    // With Options::checkIntegrityLater on SQLite: the check and daily backup to start after the first frame.
    StartupChecks *startupChecks() const { return m_startupChecks.get(); }
    // Shared server only (null on SQLite): the other desks' activity in a conversation, and the texts kept on this
    // computer while the server is out of reach (moved to the outbox when the feed reconnects).
    PresenceWatch *presence() const { return m_presence.get(); }
    OfflineQueue *offlineQueue() const { return m_offline.get(); }

private:
    void listenToOtherDesks();
    void keepTextsOffline(const QString &dataDir, const QString &deskId);

    std::shared_ptr<Database> m_database;
    std::unique_ptr<PatientStore> m_patients;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<MessagingService> m_messaging;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<AppointmentStore> m_appointments;
    std::unique_ptr<ChangeFeed> m_changeFeed;
    std::unique_ptr<StartupChecks> m_startupChecks;
    std::unique_ptr<PresenceWatch> m_presence;
    std::unique_ptr<OfflineQueue> m_offline;
};

} // namespace cd

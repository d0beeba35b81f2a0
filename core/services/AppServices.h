#pragma once

#include "core/common/Result.h"
#include "core/messaging/MessagingService.h"

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
    };

    // Opens (and migrates) the SQLite database at `databaseFile`.
    static Result<std::unique_ptr<AppServices>> openSqlite(const QString &databaseFile, Options options);
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
    StaffDirectory &staff() { return *m_staff; }

private:
    std::shared_ptr<Database> m_database;
    std::unique_ptr<PatientStore> m_patients;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<MessagingService> m_messaging;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<AppointmentStore> m_appointments;
};

} // namespace cd

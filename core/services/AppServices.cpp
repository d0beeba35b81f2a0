#include "core/services/AppServices.h"
#include "core/services/StartupChecks.h"

#include "core/desks/ChangeFeed.h"
#include "core/desks/ClinicSettingsStore.h"
#include "core/desks/DeskIdentity.h"
#include "core/desks/OfflineQueue.h"
#include "core/desks/PresenceWatch.h"
#include "core/services/DataLocation.h"
#include "core/intake/IntakeService.h"
#include "core/audit/AuditTrail.h"
#include "core/appointments/AppointmentCycle.h"
#include "core/appointments/AppointmentStore.h"
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/SettingsWriter.h"
#include "core/secrets/StoredCredentialsProvider.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsService.h"
#include "core/staff/StaffDirectory.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseBackup.h"

#include "core/common/Clock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServices, "clinicdesk.services")

namespace cd {

Result<std::unique_ptr<AppServices>> AppServices::openSqlite(const QString &databaseFile, Options options)
{
    return open(DatabaseTarget::sqlite(databaseFile), std::move(options));
}

Result<std::unique_ptr<AppServices>> AppServices::open(const DatabaseTarget &target, Options options)
{
    const bool later = options.checkIntegrityLater;
    auto database =
        Database::open(target, later ? Database::IntegrityCheck::Later : Database::IntegrityCheck::BeforeOpen,
                       options.refuseLongUpgrade ? Database::LongUpgrade::Refuse : Database::LongUpgrade::Run);
    if (!database)
        return database.error();
    // The daily copy of the SQLite file (a clinic server is backed up with pg_dump by IT); a failure (a full disk)
    // is logged and never stops the desk from working. Later: StartupChecks takes it after the check.
    if (!target.isPostgres() && !later) {
        auto daily = DatabaseBackup::dailyIfDue(**database, AppSettings::backupRetentionDays(),
                                                Clock::instance().nowUtc());
        if (!daily)
            qCWarning(lcServices).noquote() << daily.error().message;
    }
    return std::make_unique<AppServices>(*database, std::move(options));
}

AppServices::AppServices(std::shared_ptr<Database> database, Options options, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    // The settings are read once, here in the owner's thread, before the messaging thread asks for them.
    SettingsService::instance();
    ClinicSettingsStore::attach(m_database); // a shared server: its clinic-wide values (no-op on SQLite)
    const QString region = options.phoneRegion.isEmpty() ? AppSettings::phoneRegion() : options.phoneRegion;
    std::shared_ptr<const CredentialsProvider> credentials = options.credentials;
    if (!credentials)
        credentials = makeStoredCredentialsProvider();
    m_patients = std::make_unique<PatientStore>(m_database, region);
    m_messages = std::make_unique<MessageStore>(m_database);
    m_appointments = std::make_unique<AppointmentStore>(m_database, *m_messages, *m_patients);
    AppointmentCycle::install(); // before the messaging thread's first cycle
    m_messaging =
        std::make_unique<MessagingService>(*m_messages, *m_patients, credentials, std::move(options.messaging));
    m_intake = std::make_unique<IntakeService>(m_database, *m_messages, *m_patients, *m_messaging, credentials);
    m_audit = std::make_unique<AuditTrail>(m_database);
    m_staff = std::make_unique<StaffDirectory>(m_database);
    if (m_database->backend() == Database::Backend::Postgres) {
        listenToOtherDesks();
        keepTextsOffline(options.dataDir.isEmpty() ? resolveDataDir() : options.dataDir,
                         options.deskId.isEmpty() ? DeskIdentity::processId() : options.deskId);
    } else if (options.checkIntegrityLater) {
        m_startupChecks = std::make_unique<StartupChecks>(m_database);
    }
}

void AppServices::keepTextsOffline(const QString &dataDir, const QString &deskId)
{
    m_presence = std::make_unique<PresenceWatch>(m_database, deskId);
    connect(m_changeFeed.get(), &ChangeFeed::changedElsewhere, m_presence.get(),
            [this](const QString &topic, qint64 id) {
                if (topic == QLatin1String("presence"))
                    m_presence->reload(id);
                else if (topic == QLatin1String("settings"))
                    ClinicSettingsStore::reload(*m_database);
            });
    connect(m_changeFeed.get(), &ChangeFeed::resynced, m_presence.get(), [this] {
        m_presence->reload(0);
        ClinicSettingsStore::reload(*m_database);
    });
    m_offline = std::make_unique<OfflineQueue>(dataDir);
    // Texts kept during an outage (or before a restart) go to the shared outbox as soon as the server answers.
    connect(m_changeFeed.get(), &ChangeFeed::connectionChanged, m_offline.get(), [this](bool connected) {
        m_presence->setOnline(connected);
        if (connected)
            m_offline->flush(*m_messaging);
    });
    // What waits from before a restart goes once messaging runs (its first cycle); a cycle with nothing waiting
    // costs one count on the local file.
    connect(m_messaging.get(), &MessagingService::cycleFinished, m_offline.get(), [this] {
        if (m_offline->count() > 0 && m_changeFeed->isConnected())
            m_offline->flush(*m_messaging);
    });
}

void AppServices::listenToOtherDesks()
{
    m_changeFeed = std::make_unique<ChangeFeed>(m_database);
    connect(m_changeFeed.get(), &ChangeFeed::changedElsewhere, this, [this](const QString &topic, qint64 id) {
        if (topic == QLatin1String("messages"))
            m_messages->checkForChangesElsewhere();
        else if (topic == QLatin1String("conversation"))
            m_messages->changedElsewhereIn(id);
        else if ((topic == QLatin1String("patient") || topic == QLatin1String("consent")) && id > 0)
            emit m_patients->patientChanged(id); // an edit, an opt-out, consent recorded or withdrawn
        else if (topic == QLatin1String("pace"))
            m_messaging->clinicPaceRaised();
        else if (topic == QLatin1String("intake") && id > 0)
            emit m_intake->changed(id);
        else if (topic == QLatin1String("appointment") && id > 0)
            emit m_appointments->changed(0, id);
    });
    // Announcements sent while this desk was cut off are gone: the message views re-read what they show.
    connect(m_changeFeed.get(), &ChangeFeed::resynced, m_messages.get(), &MessageStore::checkForChangesElsewhere);
}

AppServices::~AppServices()
{
    // The messaging thread finishes its step (a send is never cut in half) before the stores go.
    m_intake.reset();
    m_messaging.reset();
    if (m_database->backend() == Database::Backend::Postgres)
        ClinicSettingsStore::detach();
}

Status<> AppServices::applySettings(SecretStore &secrets, const QList<SettingChange> &changes)
{
    SettingsWriter writer(secrets, *m_database);
    return writer.apply(changes);
}

QString AppServices::databaseLocation() const
{
    return m_database->location();
}

} // namespace cd

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// Non-secret settings (QSettings: user scope over IT's system-wide defaults). Secrets never go here:
// they live in the keychain (secrets/). Keys are shared by the GUI, the CLI and the Settings dialog.
namespace SettingKeys {
inline const QString ClinicName = QStringLiteral("clinic/name");
inline const QString PhoneRegion = QStringLiteral("clinic/phoneRegion");            // "US"
inline const QString OptOutLine = QStringLiteral("messaging/optOutLine");           // "Reply STOP to opt out."
inline const QString RequireConsent = QStringLiteral("messaging/requireConsent");   // true
inline const QString PricePerSegment = QStringLiteral("messaging/pricePerSegment"); // 0.0079 (USD)
inline const QString PollIntervalChatSec = QStringLiteral("messaging/pollIntervalChatOpenSec"); // 10
inline const QString PollIntervalIdleSec = QStringLiteral("messaging/pollIntervalIdleSec");     // 60
inline const QString PollIntervalActiveSec = QStringLiteral("messaging/pollIntervalActiveSec"); // 3
inline const QString PollBackoffCapSec = QStringLiteral("messaging/pollBackoffCapSec");         // 600
inline const QString NoReceiptAfterHours = QStringLiteral("messaging/noReceiptAfterHours");     // 72
inline const QString ChatExpiryHours = QStringLiteral("messaging/chatExpiryHours");             // 2
inline const QString RequestTimeoutSec = QStringLiteral("twilio/requestTimeoutSec");            // 20
inline const QString AccountSid = QStringLiteral("twilio/accountSid");
inline const QString ApiKeySid = QStringLiteral("twilio/apiKeySid");
inline const QString PhoneNumbers = QStringLiteral("twilio/phoneNumbers"); // comma-separated E.164
inline const QString MessagingServiceSid = QStringLiteral("twilio/messagingServiceSid");
inline const QString ChatServiceSid = QStringLiteral("twilio/chatServiceSid");
inline const QString EmailSender = QStringLiteral("email/sender");
inline const QString NotificationShowsText = QStringLiteral("ui/notificationShowsText"); // false
inline const QString IdleLockMinutes = QStringLiteral("security/idleLockMinutes");       // 5 (1-60)
inline const QString RequireSignIn = QStringLiteral("security/requireSignIn");           // false
inline const QString BackupRetentionDays = QStringLiteral("storage/backupRetentionDays");  // 14
inline const QString DatabaseUrl = QStringLiteral("storage/databaseUrl"); // the older single-address form
// The shared clinic database, field by field (empty host: this computer's SQLite file). The password is a secret.
inline const QString DatabaseHost = QStringLiteral("storage/databaseHost");
inline const QString DatabasePort = QStringLiteral("storage/databasePort"); // 5432
inline const QString DatabaseName = QStringLiteral("storage/databaseName"); // clinicdesk
inline const QString DatabaseUser = QStringLiteral("storage/databaseUser");
inline const QString DatabaseTls = QStringLiteral("storage/databaseTls");       // verify-full
inline const QString DatabaseCaFile = QStringLiteral("storage/databaseCaFile"); // empty: libpq's default
} // namespace SettingKeys

// Where a value comes from. Secrets (secrets/) can only be Environment, Keychain or NotSet.
enum class SettingSource
{
    Default,
    System,
    User,
    Environment,
    Keychain,
    NotSet,
    Policy, // managed by IT (ManagedPolicies): read-only for users
    Clinic  // the clinic's shared database (a clinic-wide key on PostgreSQL): the same on every desk
};
QString settingSourceName(SettingSource source);        // stable, for --json: "default", "system", ...
QString settingSourceDescription(SettingSource source); // translated, for people

// Typed read access with the product defaults in one place.
//
// Precedence: IT's policy (ManagedPolicies: read-only for users) > environment variable (only the TWILIO_* ones,
// a per-process override that is never written) > the user's value > IT's system-wide default > the product
// default.
//
// IT defaults: system scope is /etc/xdg/ClinicDesk/ClinicDesk.conf on Linux, HKLM\Software\ClinicDesk\ClinicDesk
// on Windows, /Library/Preferences/com.clinicdesk.ClinicDesk.plist on macOS. They are defaults only: a user's
// value wins, and XDG_CONFIG_DIRS can redirect the Linux file. Locks are policies (see ManagedPolicies).
// CLINICDESK_SYSTEM_CONFIG_DIR points the system scope at DIR/ClinicDesk/ClinicDesk.conf instead (to try a
// provisioning file before deploying it, and for tests).
//
// Every getter reads SettingsService's kept snapshot (no file is opened per value); a file changed on disk is
// seen once the service has refreshed. New code: take a SettingsSnapshot / ClinicPolicy / DeskPreferences as
// a parameter instead of these static getters.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(cd::AppSettings)
public:
    static QVariant value(const QString &key);
    static QVariant defaultValue(const QString &key);

    static SettingSource source(const QString &key);
    static bool isLocked(const QString &key);
    static QString environmentVariableFor(const QString &key); // "TWILIO_ACCOUNT_SID" or empty
    static QVariant userValue(const QString &key);             // invalid when the user has none
    static QVariant systemValue(const QString &key);           // invalid when IT set none

    // Writes the user's value. Refuses a locked key (code "settings.locked") and reports an unwritable file.
    static Status<> setValue(const QString &key, const QVariant &value);
    static Status<> removeUserValue(const QString &key);
    // Where the user's and IT's files are, for messages and `config show`.
    static QString userFileName();
    static QString systemFileName();
    // Reads the files again now instead of waiting for the file watcher (tests that write the files directly).
    static void reload();

    static QString clinicName() { return value(SettingKeys::ClinicName).toString(); }
    static QString phoneRegion() { return value(SettingKeys::PhoneRegion).toString(); }
    static QString optOutLine() { return value(SettingKeys::OptOutLine).toString(); }
    static bool requireConsent() { return value(SettingKeys::RequireConsent).toBool(); }
    static double pricePerSegment() { return value(SettingKeys::PricePerSegment).toDouble(); }
    static int pollIntervalChatOpenSec() { return value(SettingKeys::PollIntervalChatSec).toInt(); }
    static int pollIntervalIdleSec() { return value(SettingKeys::PollIntervalIdleSec).toInt(); }
    static int noReceiptAfterHours() { return value(SettingKeys::NoReceiptAfterHours).toInt(); }
    static int requestTimeoutSec() { return value(SettingKeys::RequestTimeoutSec).toInt(); }
    static bool notificationShowsText() { return value(SettingKeys::NotificationShowsText).toBool(); }
    static int backupRetentionDays() { return value(SettingKeys::BackupRetentionDays).toInt(); }
};

} // namespace cd

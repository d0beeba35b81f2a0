#pragma once

#include <QString>
#include <QVariant>

namespace cd {

// Non-secret settings (QSettings: user scope over IT's system-wide defaults). Secrets never go here:
// they live in the keychain (secrets/). Keys are shared by the GUI, the CLI and the Settings dialog.
namespace SettingKeys {
inline const QString ClinicName = QStringLiteral("clinic/name");
inline const QString PhoneRegion = QStringLiteral("clinic/phoneRegion");           // "US"
inline const QString OptOutLine = QStringLiteral("messaging/optOutLine");          // "Reply STOP to opt out."
inline const QString RequireConsent = QStringLiteral("messaging/requireConsent");  // true
inline const QString PricePerSegment = QStringLiteral("messaging/pricePerSegment"); // 0.0079 (USD)
inline const QString PollIntervalChatSec = QStringLiteral("messaging/pollIntervalChatOpenSec"); // 10
inline const QString PollIntervalIdleSec = QStringLiteral("messaging/pollIntervalIdleSec");     // 60
inline const QString NoReceiptAfterHours = QStringLiteral("messaging/noReceiptAfterHours");     // 72
inline const QString RequestTimeoutSec = QStringLiteral("twilio/requestTimeoutSec");            // 20
inline const QString AccountSid = QStringLiteral("twilio/accountSid");
inline const QString ApiKeySid = QStringLiteral("twilio/apiKeySid");
inline const QString PhoneNumbers = QStringLiteral("twilio/phoneNumbers"); // comma-separated E.164
inline const QString MessagingServiceSid = QStringLiteral("twilio/messagingServiceSid");
inline const QString ChatServiceSid = QStringLiteral("twilio/chatServiceSid");
inline const QString EmailSender = QStringLiteral("email/sender");
inline const QString NotificationShowsText = QStringLiteral("ui/notificationShowsText"); // false
} // namespace SettingKeys

// Typed read access with the product defaults in one place.
class AppSettings
{
public:
    static QVariant value(const QString &key);
    static QVariant defaultValue(const QString &key);

    static QString clinicName() { return value(SettingKeys::ClinicName).toString(); }
    static QString phoneRegion() { return value(SettingKeys::PhoneRegion).toString(); }
    static QString optOutLine() { return value(SettingKeys::OptOutLine).toString(); }
    static bool requireConsent() { return value(SettingKeys::RequireConsent).toBool(); }
    static double pricePerSegment() { return value(SettingKeys::PricePerSegment).toDouble(); }
    static int pollIntervalChatOpenSec() { return value(SettingKeys::PollIntervalChatSec).toInt(); }
    static int pollIntervalIdleSec() { return value(SettingKeys::PollIntervalIdleSec).toInt(); }
    static int noReceiptAfterHours() { return value(SettingKeys::NoReceiptAfterHours).toInt(); }
    static int requestTimeoutSec() { return value(SettingKeys::RequestTimeoutSec).toInt(); }
};

} // namespace cd

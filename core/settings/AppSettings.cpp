#include "settings/AppSettings.h"

#include <QHash>
#include <QSettings>

namespace cd {

QVariant AppSettings::defaultValue(const QString &key)
{
    static const QHash<QString, QVariant> defaults = {
        {SettingKeys::ClinicName, QStringLiteral("Our clinic")},
        {SettingKeys::PhoneRegion, QStringLiteral("US")},
        {SettingKeys::OptOutLine, QStringLiteral("Reply STOP to opt out.")},
        {SettingKeys::RequireConsent, true},
        {SettingKeys::PricePerSegment, 0.0079},
        {SettingKeys::PollIntervalChatSec, 10},
        {SettingKeys::PollIntervalIdleSec, 60},
        {SettingKeys::NoReceiptAfterHours, 72},
        {SettingKeys::RequestTimeoutSec, 20},
        {SettingKeys::NotificationShowsText, false},
    };
    return defaults.value(key);
}

QVariant AppSettings::value(const QString &key)
{
    // QSettings falls back from the user scope to the system scope (/etc/xdg, HKLM, /Library/Preferences).
    QSettings settings;
    return settings.value(key, defaultValue(key));
}

} // namespace cd

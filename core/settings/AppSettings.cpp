#include "core/settings/AppSettings.h"

#include "core/settings/AppointmentSettings.h"
#include "core/settings/SettingsService.h"

#include <QHash>

namespace cd {

QString settingSourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::System:
        return QStringLiteral("system");
    case SettingSource::User:
        return QStringLiteral("user");
    case SettingSource::Environment:
        return QStringLiteral("environment");
    case SettingSource::Keychain:
        return QStringLiteral("keychain");
    case SettingSource::Policy:
        return QStringLiteral("policy");
    case SettingSource::Clinic:
        return QStringLiteral("clinic");
    case SettingSource::NotSet:
        break;
    }
    return QStringLiteral("not-set");
}

QString settingSourceDescription(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return AppSettings::tr("default");
    case SettingSource::System:
        return AppSettings::tr("set by your IT department");
    case SettingSource::User:
        return AppSettings::tr("your setting");
    case SettingSource::Environment:
        return AppSettings::tr("from environment");
    case SettingSource::Keychain:
        return AppSettings::tr("in the keychain");
    case SettingSource::Policy:
        return AppSettings::tr("Managed by your IT department");
    case SettingSource::Clinic:
        return AppSettings::tr("the clinic's setting, shared by every desk");
    case SettingSource::NotSet:
        break;
    }
    return AppSettings::tr("not set");
}

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
        {SettingKeys::PollIntervalActiveSec, 3},
        {SettingKeys::PollBackoffCapSec, 600},
        {SettingKeys::NoReceiptAfterHours, 72},
        {SettingKeys::ChatExpiryHours, 2},
        {SettingKeys::RequestTimeoutSec, 20},
        {SettingKeys::NotificationShowsText, false},
        {SettingKeys::IdleLockMinutes, 5},
        {SettingKeys::RequireSignIn, false},
        {SettingKeys::BackupRetentionDays, 14},
    };
    if (const QVariant value = defaults.value(key); value.isValid())
        return value;
    return AppointmentSettings::defaultValue(key);
}

QString AppSettings::environmentVariableFor(const QString &key)
{
    // The original guide's variable names; secrets have theirs in secrets/ (never stored in settings).
    static const QHash<QString, QString> variables = {
        {SettingKeys::AccountSid, QStringLiteral("TWILIO_ACCOUNT_SID")},
        {SettingKeys::ApiKeySid, QStringLiteral("TWILIO_API_KEY")},
        {SettingKeys::PhoneNumbers, QStringLiteral("TWILIO_PHONE_NUMBER")},
        {SettingKeys::MessagingServiceSid, QStringLiteral("TWILIO_MESSAGING_SERVICE_SID")},
        {SettingKeys::ChatServiceSid, QStringLiteral("TWILIO_CHAT_SERVICE_SID")},
    };
    return variables.value(key);
}

bool AppSettings::isLocked(const QString &key)
{
    return SettingsService::instance().current()->isLocked(key);
}

QVariant AppSettings::userValue(const QString &key)
{
    return SettingsService::instance().current()->userValue(key);
}

QVariant AppSettings::systemValue(const QString &key)
{
    return SettingsService::instance().current()->systemValue(key);
}

SettingSource AppSettings::source(const QString &key)
{
    return SettingsService::instance().current()->source(key);
}

QVariant AppSettings::value(const QString &key)
{
    return SettingsService::instance().current()->value(key);
}

Status<> AppSettings::setValue(const QString &key, const QVariant &value)
{
    return SettingsService::instance().setValue(key, value);
}

Status<> AppSettings::removeUserValue(const QString &key)
{
    return SettingsService::instance().removeValue(key);
}

QString AppSettings::userFileName()
{
    return SettingsService::instance().current()->userFileName();
}

QString AppSettings::systemFileName()
{
    return SettingsService::instance().current()->systemFileName();
}

void AppSettings::reload()
{
    SettingsService::instance().refresh();
}

} // namespace cd

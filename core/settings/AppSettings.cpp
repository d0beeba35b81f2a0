#include "core/settings/AppSettings.h"

#include <QDir>
#include <QHash>
#include <QSettings>

#include <memory>

namespace cd {

namespace {

const QString Organization = QStringLiteral("ClinicDesk");
const QString Application = QStringLiteral("ClinicDesk");
const QString LockedKeys = QStringLiteral("Locked/keys");

std::unique_ptr<QSettings> userSettings()
{
    auto settings = std::make_unique<QSettings>(QSettings::UserScope, Organization, Application);
    settings->setFallbacksEnabled(false); // the user file alone; the system scope is read separately
    return settings;
}

std::unique_ptr<QSettings> systemSettings()
{
    const QString overrideDir = qEnvironmentVariable("CLINICDESK_SYSTEM_CONFIG_DIR");
    if (!overrideDir.isEmpty()) {
        const QString file =
            QDir(overrideDir).filePath(Organization + QLatin1Char('/') + Application + QStringLiteral(".conf"));
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    }
    auto settings = std::make_unique<QSettings>(QSettings::SystemScope, Organization, Application);
    settings->setFallbacksEnabled(false);
    return settings;
}

QStringList lockedPatterns()
{
    // An INI list ("a, b") arrives as a QStringList, a registry string as one QString: accept both.
    const QVariant raw = systemSettings()->value(LockedKeys);
    QStringList patterns;
    const QStringList parts =
        raw.typeId() == QMetaType::QStringList ? raw.toStringList() : raw.toString().split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            patterns.append(trimmed);
    }
    return patterns;
}

} // namespace

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
        {SettingKeys::NoReceiptAfterHours, 72},
        {SettingKeys::RequestTimeoutSec, 20},
        {SettingKeys::NotificationShowsText, false},
    };
    return defaults.value(key);
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
    for (const QString &pattern : lockedPatterns()) {
        if (pattern == QLatin1String("*") || pattern == key)
            return true;
        if (pattern.endsWith(QLatin1String("/*")) && key.startsWith(pattern.chopped(1)))
            return true;
    }
    return false;
}

namespace {
// A hand-written INI line "a, b" reads back as a list; every setting here is a single value (phone numbers are
// one comma-separated string), so join it back instead of losing it.
QVariant singleValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value;
}
} // namespace

QVariant AppSettings::userValue(const QString &key)
{
    return singleValue(userSettings()->value(key));
}

QVariant AppSettings::systemValue(const QString &key)
{
    return singleValue(systemSettings()->value(key));
}

SettingSource AppSettings::source(const QString &key)
{
    const QString variable = environmentVariableFor(key);
    if (!variable.isEmpty() && !qEnvironmentVariable(variable.toLatin1().constData()).isEmpty())
        return SettingSource::Environment;
    const bool locked = isLocked(key);
    if (!locked && userSettings()->contains(key))
        return SettingSource::User;
    if (systemSettings()->contains(key))
        return SettingSource::System;
    return defaultValue(key).isValid() ? SettingSource::Default : SettingSource::NotSet;
}

QVariant AppSettings::value(const QString &key)
{
    switch (source(key)) {
    case SettingSource::Environment:
        return qEnvironmentVariable(environmentVariableFor(key).toLatin1().constData()).trimmed();
    case SettingSource::User:
        return userValue(key);
    case SettingSource::System:
        return systemValue(key);
    case SettingSource::Default:
    case SettingSource::Keychain:
    case SettingSource::NotSet:
        break;
    }
    return defaultValue(key);
}

Status<> AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (isLocked(key))
        return makeError(
            QStringLiteral("settings.locked"),
            tr("\"%1\" is set by your IT department and cannot be changed here. Ask IT to change it.").arg(key));
    auto settings = userSettings();
    settings->setValue(key, value);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return makeError(QStringLiteral("settings.write-failed"),
                         tr("The settings file %1 could not be written. Check that the folder exists and that you "
                            "may write to it.")
                             .arg(QDir::toNativeSeparators(settings->fileName())));
    return Ok{};
}

Status<> AppSettings::removeUserValue(const QString &key)
{
    if (isLocked(key))
        return makeError(
            QStringLiteral("settings.locked"),
            tr("\"%1\" is set by your IT department and cannot be changed here. Ask IT to change it.").arg(key));
    auto settings = userSettings();
    settings->remove(key);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return makeError(
            QStringLiteral("settings.write-failed"),
            tr("The settings file %1 could not be written.").arg(QDir::toNativeSeparators(settings->fileName())));
    return Ok{};
}

QString AppSettings::userFileName()
{
    return userSettings()->fileName();
}

QString AppSettings::systemFileName()
{
    return systemSettings()->fileName();
}

} // namespace cd

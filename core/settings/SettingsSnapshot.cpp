#include "core/settings/SettingsSnapshot.h"

#include "core/settings/SettingsFiles.h"

#include <QSettings>

namespace cd {

namespace {

const QString LockedKeys = QStringLiteral("Locked/keys");

// A hand-written INI line "a, b" reads back as a list; every setting here is a single value (phone numbers are
// one comma-separated string), so join it back instead of losing it.
QVariant singleValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value;
}

QHash<QString, QVariant> readAll(QSettings &settings)
{
    QHash<QString, QVariant> values;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        values.insert(key, settings.value(key));
    return values;
}

QStringList lockedPatterns(const QVariant &raw)
{
    // An INI list ("a, b") arrives as a QStringList, a registry string as one QString: accept both.
    const QStringList parts =
        raw.typeId() == QMetaType::QStringList ? raw.toStringList() : raw.toString().split(QLatin1Char(','));
    QStringList patterns;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            patterns.append(trimmed);
    }
    return patterns;
}

QString environmentValue(const QString &key)
{
    const QString variable = AppSettings::environmentVariableFor(key);
    if (variable.isEmpty())
        return QString();
    return qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
}

} // namespace

SettingsSnapshot SettingsSnapshot::read()
{
    SettingsSnapshot snapshot;
    auto user = SettingsFiles::user();
    auto system = SettingsFiles::system();
    snapshot.m_user = readAll(*user);
    snapshot.m_system = readAll(*system);
    snapshot.m_locked = lockedPatterns(snapshot.m_system.value(LockedKeys));
    snapshot.m_userFile = user->fileName();
    snapshot.m_systemFile = system->fileName();
    snapshot.buildTyped();
    return snapshot;
}

void SettingsSnapshot::buildTyped()
{
    m_policy.clinicName = value(SettingKeys::ClinicName).toString();
    m_policy.phoneRegion = value(SettingKeys::PhoneRegion).toString();
    m_policy.optOutLine = value(SettingKeys::OptOutLine).toString();
    m_policy.requireConsent = value(SettingKeys::RequireConsent).toBool();
    m_policy.pricePerSegment = value(SettingKeys::PricePerSegment).toDouble();
    m_policy.noReceiptAfterHours = value(SettingKeys::NoReceiptAfterHours).toInt();
    m_policy.chatExpiryHours = value(SettingKeys::ChatExpiryHours).toInt();
    m_desk.pollIntervalChatOpenSec = value(SettingKeys::PollIntervalChatSec).toInt();
    m_desk.pollIntervalIdleSec = value(SettingKeys::PollIntervalIdleSec).toInt();
    m_desk.requestTimeoutSec = value(SettingKeys::RequestTimeoutSec).toInt();
    m_desk.notificationShowsText = value(SettingKeys::NotificationShowsText).toBool();
}

bool SettingsSnapshot::isLocked(const QString &key) const
{
    for (const QString &pattern : m_locked) {
        if (pattern == QLatin1String("*") || pattern == key)
            return true;
        if (pattern.endsWith(QLatin1String("/*")) && key.startsWith(pattern.chopped(1)))
            return true;
    }
    return false;
}

QVariant SettingsSnapshot::userValue(const QString &key) const
{
    return singleValue(m_user.value(key));
}

QVariant SettingsSnapshot::systemValue(const QString &key) const
{
    return singleValue(m_system.value(key));
}

SettingSource SettingsSnapshot::source(const QString &key) const
{
    if (!environmentValue(key).isEmpty())
        return SettingSource::Environment;
    if (!isLocked(key) && m_user.contains(key))
        return SettingSource::User;
    if (m_system.contains(key))
        return SettingSource::System;
    return AppSettings::defaultValue(key).isValid() ? SettingSource::Default : SettingSource::NotSet;
}

QVariant SettingsSnapshot::value(const QString &key) const
{
    switch (source(key)) {
    case SettingSource::Environment:
        return environmentValue(key);
    case SettingSource::User:
        return userValue(key);
    case SettingSource::System:
        return systemValue(key);
    case SettingSource::Default:
    case SettingSource::Keychain:
    case SettingSource::NotSet:
        break;
    }
    return AppSettings::defaultValue(key);
}

} // namespace cd

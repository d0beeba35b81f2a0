#include "core/settings/SettingsSnapshot.h"

#include "core/settings/SettingsFiles.h"

#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSnapshot, "clinicdesk.settings")

namespace cd {

namespace {

// Before policies, a [Locked] list in the system file made keys read-only; the system scope can be redirected
// (XDG_CONFIG_DIRS) and a user's file wins over it, so it only gives defaults now. Say so rather than ignore it.
const QString OldLockedKeys = QStringLiteral("Locked/keys");

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

QString environmentValue(const QString &key)
{
    const QString variable = AppSettings::environmentVariableFor(key);
    if (variable.isEmpty())
        return QString();
    return qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
}

} // namespace

SettingsSnapshot SettingsSnapshot::read(const QHash<QString, QVariant> &clinic)
{
    SettingsSnapshot snapshot;
    snapshot.m_clinic = clinic;
    auto user = SettingsFiles::user();
    auto system = SettingsFiles::system();
    snapshot.m_user = readAll(*user);
    snapshot.m_system = readAll(*system);
    snapshot.m_policies = ManagedPolicies::read();
    if (snapshot.m_system.contains(OldLockedKeys))
        qCWarning(lcSnapshot).noquote() << "the [Locked] list in" << system->fileName()
                                        << "no longer locks settings: IT's locks are policies (see packaging/IT.md)";
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
    m_desk.pollIntervalActiveSec = value(SettingKeys::PollIntervalActiveSec).toInt();
    m_desk.pollBackoffCapSec = value(SettingKeys::PollBackoffCapSec).toInt();
    m_desk.requestTimeoutSec = value(SettingKeys::RequestTimeoutSec).toInt();
    m_desk.notificationShowsText = value(SettingKeys::NotificationShowsText).toBool();
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
    if (m_policies.isManaged(key))
        return SettingSource::Policy;
    if (!environmentValue(key).isEmpty())
        return SettingSource::Environment;
    if (m_clinic.contains(key))
        return SettingSource::Clinic;
    if (m_user.contains(key))
        return SettingSource::User;
    if (m_system.contains(key))
        return SettingSource::System;
    return AppSettings::defaultValue(key).isValid() ? SettingSource::Default : SettingSource::NotSet;
}

QVariant SettingsSnapshot::value(const QString &key) const
{
    switch (source(key)) {
    case SettingSource::Policy:
        return m_policies.value(key);
    case SettingSource::Environment:
        return environmentValue(key);
    case SettingSource::Clinic:
        return m_clinic.value(key);
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

#include "core/settings/policy/ManagedPolicies.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SettingCatalog.h"
#include "core/settings/policy/PlatformPolicies.h"
#include "core/settings/policy/PolicyDirectory.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPolicies, "clinicdesk.policies")

namespace cd {

namespace {

// A policy value as the text `config set` would get, or a null string when it is not a single value.
QString asText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 12);
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::QString:
        return value.toString().isNull() ? QString(QLatin1String("")) : value.toString();
    case QMetaType::QStringList: // a registry REG_MULTI_SZ: the phone numbers, one a line
        return value.toStringList().join(QLatin1Char(','));
    default:
        return QString();
    }
}

bool isSecretName(const QString &key)
{
    for (const SettingDefinition &definition : SettingCatalog::all())
        if (definition.isSecret() && (definition.key == key || definition.id == key || definition.envVar == key))
            return true;
    return false;
}

} // namespace

QStringList ManagedPolicies::manageableKeys()
{
    QStringList keys;
    for (const SettingDefinition &definition : SettingCatalog::all())
        if (!definition.isSecret())
            keys.append(definition.key);
    return keys;
}

ManagedPolicies ManagedPolicies::read()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    ManagedPolicies policies = fromRaw(PlatformPolicies::read(manageableKeys()));
#else
    ManagedPolicies policies = fromRaw(PolicyDirectory::readInstalled());
#endif
    for (const QString &problem : std::as_const(policies.m_problems))
        qCWarning(lcPolicies).noquote() << problem;
    return policies;
}

ManagedPolicies ManagedPolicies::fromRaw(const RawPolicies &raw)
{
    ManagedPolicies policies;
    policies.m_problems = raw.problems;
    for (const RawPolicy &entry : raw.entries) {
        const auto ignored = [&](const QString &why) {
            policies.m_problems << tr("%1: the policy %2 is ignored: %3").arg(entry.origin, entry.key, why);
        };
        const SettingDefinition *definition = SettingCatalog::byKey(entry.key);
        if (isSecretName(entry.key)) {
            ignored(tr("secrets are never read from policies; provision them on each computer with "
                       "\"clinicdesk-cli config set-credentials\"."));
            continue;
        }
        if (!definition) {
            ignored(tr("there is no such setting; the names are the keys \"clinicdesk-cli config show\" lists."));
            continue;
        }
        const QString text = asText(entry.value);
        if (text.isNull()) {
            ignored(tr("the value must be a text, a number or true/false."));
            continue;
        }
        // Checked as `config set` checks it; the message names the setting and what a valid value looks like.
        const Result<QVariant> checked = SettingCatalog::validate(*definition, text);
        if (!checked) {
            ignored(checked.error().message);
            continue;
        }
        // An empty value locks the setting at its product default (or "not set").
        QVariant value = checked.value();
        if (!value.isValid())
            value = AppSettings::defaultValue(entry.key).isValid() ? AppSettings::defaultValue(entry.key)
                                                                   : QVariant(QString(QLatin1String("")));
        policies.m_values.insert(entry.key, value);
        policies.m_origins.insert(entry.key, entry.origin);
    }
    return policies;
}

} // namespace cd

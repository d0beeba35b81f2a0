#include "app/cli/ConfigSettings.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SettingsWriter.h"
#include "core/settings/AppointmentSettings.h"
#include "core/settings/SettingsService.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace cd::cli {

QString displayValue(const ResolvedSetting &entry)
{
    if (entry.definition->isSecret())
        return entry.maskedValue;
    if (entry.value.typeId() == QMetaType::Double)
        return QString::number(entry.value.toDouble());
    return entry.value.toString();
}

QJsonValue jsonValue(const ResolvedSetting &entry)
{
    if (entry.definition->isSecret())
        return entry.maskedValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.maskedValue);
    if (!entry.value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (entry.definition->kind) {
    case SettingDefinition::Kind::Money:
        return entry.value.toDouble();
    case SettingDefinition::Kind::Integer:
        return entry.value.toInt();
    case SettingDefinition::Kind::Bool:
        return entry.value.toBool();
    default:
        return entry.value.toString();
    }
}

QJsonObject settingToJson(const ResolvedSetting &entry)
{
    QJsonObject item{{QStringLiteral("id"), entry.definition->id},
                     {QStringLiteral("key"), entry.definition->key},
                     {QStringLiteral("label"), entry.definition->translatedLabel()},
                     {QStringLiteral("source"), settingSourceName(entry.source)},
                     {QStringLiteral("locked"), entry.locked},
                     {QStringLiteral("managed"), entry.locked}, // by IT's policy: read-only
                     {QStringLiteral("secret"), entry.definition->isSecret()}};
    if (!entry.definition->envVar.isEmpty())
        item.insert(QStringLiteral("envVar"), entry.definition->envVar);
    item.insert(QStringLiteral("value"), jsonValue(entry));
    return item;
}

namespace {

// The setting KEY names (its key "clinic/name" or its id "clinicName"), if a non-secret one that may be changed
// here; otherwise prints why (exit 1) and returns null.
const SettingDefinition *editableSetting(Context &sub, const QString &key)
{
    const SettingDefinition *definition = SettingCatalog::byKey(key);
    if (!definition)
        definition = SettingCatalog::byId(key);
    if (!definition) {
        sub.fail(tr("unknown setting \"%1\"; run \"clinicdesk-cli config show\" for the keys.").arg(key));
        return nullptr;
    }
    if (definition->isSecret()) {
        sub.fail(tr("%1 is a secret and is kept in the keychain only; store it with \"clinicdesk-cli config "
                    "set-credentials\" (%2=…).")
                     .arg(definition->key, definition->envVar));
        return nullptr;
    }
    if (sub.settings().isLocked(definition->key)) {
        sub.fail(SettingsWriter::lockedError(*definition).message);
        return nullptr;
    }
    return definition;
}

int save(Context &sub, const SettingDefinition &definition, const QVariant &value)
{
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    KeychainSecretStore store; // not used for a non-secret; SettingsWriter keeps the audit row and the locks
    SettingsWriter writer(store, *database);
    const Status<> saved = writer.apply({SettingChange{&definition, value, 0}});
    if (!saved)
        return sub.fail(saved.error().message);

    const SettingsSnapshot now = SettingsService::instance().snapshot();
    ResolvedSetting entry;
    entry.definition = &definition;
    entry.value = now.value(definition.key);
    entry.source = now.source(definition.key);
    entry.locked = now.isLocked(definition.key);
    if (sub.json()) {
        sub.printJson(settingToJson(entry));
        return Success;
    }
    sub.out() << tr("%1 is now %2 [%3].").arg(definition.key, displayValue(entry), settingSourceName(entry.source))
              << Qt::endl;
    if (entry.source == SettingSource::Environment)
        sub.out() << tr("Note: %1 is set in this environment and overrides the saved value.").arg(definition.envVar)
                  << Qt::endl;
    return Success;
}

} // namespace

int setSetting(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser,
                   tr("Change a setting for this computer's user, checked as the Settings dialog checks it. KEY is "
                      "a key or id that \"config show\" lists; secrets go through \"config set-credentials\"."),
                   QStringLiteral("KEY VALUE")))
        return sub.exitCode();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return sub.usageError(tr("give a KEY and a VALUE (put a VALUE with spaces in quotes)."));
    const SettingDefinition *definition = editableSetting(sub, positional.at(0));
    if (!definition)
        return sub.exitCode();
    if (positional.at(1).trimmed().isEmpty())
        return sub.fail(tr("a value is needed; to go back to the default, run \"clinicdesk-cli config unset %1\".")
                            .arg(definition->key));
    const auto validated = SettingCatalog::validate(*definition, positional.at(1), sub.settings().policy().phoneRegion);
    if (!validated)
        return sub.fail(validated.error().message + QLatin1Char(' ') + tr("Nothing was saved."));
    if (auto together = AppointmentSettings::checkTogether(definition->key, validated.value(), sub.settings());
        !together)
        return sub.fail(together.error().message + QLatin1Char(' ') + tr("Nothing was saved."));
    return save(sub, *definition, validated.value());
}

int unsetSetting(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser,
                   tr("Remove your value of a setting, so that IT's default or the product default applies again."),
                   QStringLiteral("KEY")))
        return sub.exitCode();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return sub.usageError(tr("give exactly one KEY."));
    const SettingDefinition *definition = editableSetting(sub, positional.at(0));
    if (!definition)
        return sub.exitCode();
    return save(sub, *definition, QVariant());
}

} // namespace cd::cli

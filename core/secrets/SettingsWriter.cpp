#include "core/secrets/SettingsWriter.h"

#include "core/audit/AuditLog.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/ClinicWideSettings.h"
#include "core/settings/SettingsService.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcSettingsWriter, "clinicdesk.settings")

namespace cd {

namespace {

struct Undo
{
    const SettingDefinition *definition = nullptr;
    std::optional<QString> oldSecret; // secrets: the previous keychain value (nullopt = was not set)
    QVariant oldUserValue;            // settings: the previous user value (invalid = had none)
};

QString auditDetails(const SettingChange &change)
{
    // Which setting and what happened to it; never the value.
    const bool removed = !change.value.isValid();
    const SettingsService &service = SettingsService::instance();
    const QString where = change.definition->isSecret() ? QStringLiteral("keychain")
                          : service.hasClinic() && ClinicWideSettings::isClinicWide(change.definition->key)
                              ? QStringLiteral("clinic settings") // on the shared server, for every desk
                              : QStringLiteral("user settings");
    return QStringLiteral("%1 %2 (%3)")
        .arg(change.definition->id, removed ? QStringLiteral("removed") : QStringLiteral("set"), where);
}

} // namespace

Status<> SettingsWriter::apply(const QList<SettingChange> &changes)
{
    if (changes.isEmpty())
        return Ok{};
    for (const SettingChange &change : changes) {
        if (!change.definition->isSecret() && AppSettings::isLocked(change.definition->key))
            return lockedError(*change.definition);
    }

    // Remember what is there now, so a failure half-way can put it back.
    QList<Undo> undo;
    for (const SettingChange &change : changes) {
        Undo entry;
        entry.definition = change.definition;
        if (change.definition->isSecret()) {
            auto old = readSecretBlocking(m_store, change.definition->key);
            if (!old)
                return makeError(old.error().code, old.error().message + QLatin1Char(' ') + tr("Nothing was saved."));
            entry.oldSecret = *old;
        } else {
            // A clinic-wide key on a shared database is written there: that is what an undo puts back.
            const QString &key = change.definition->key;
            SettingsService &service = SettingsService::instance();
            entry.oldUserValue = service.hasClinic() && ClinicWideSettings::isClinicWide(key)
                                     ? service.current()->clinicValue(key)
                                     : AppSettings::userValue(key);
        }
        undo.append(entry);
    }

    int done = 0;
    const auto rollback = [&]() {
        for (int i = done - 1; i >= 0; --i) {
            const Undo &entry = undo.at(i);
            Status<> restored = Ok{};
            if (entry.definition->isSecret()) {
                restored = entry.oldSecret ? writeSecretBlocking(m_store, entry.definition->key, *entry.oldSecret)
                                           : removeSecretBlocking(m_store, entry.definition->key);
            } else {
                restored = entry.oldUserValue.isValid()
                               ? AppSettings::setValue(entry.definition->key, entry.oldUserValue)
                               : AppSettings::removeUserValue(entry.definition->key);
            }
            if (!restored)
                qCWarning(lcSettingsWriter) << "could not restore" << entry.definition->id << restored.error().code;
        }
    };

    // Secrets first: the keychain is the step most likely to fail, and nothing else has changed yet.
    QList<int> order;
    for (int i = 0; i < changes.size(); ++i)
        if (changes.at(i).definition->isSecret())
            order.append(i);
    for (int i = 0; i < changes.size(); ++i)
        if (!changes.at(i).definition->isSecret())
            order.append(i);
    QList<Undo> ordered;
    for (int i : order)
        ordered.append(undo.at(i));
    undo = ordered;

    for (int i : order) {
        const SettingChange &change = changes.at(i);
        Status<> step = Ok{};
        if (change.definition->isSecret()) {
            step = change.value.isValid()
                       ? writeSecretBlocking(m_store, change.definition->key, change.value.toString())
                       : removeSecretBlocking(m_store, change.definition->key);
        } else {
            step = change.value.isValid() ? AppSettings::setValue(change.definition->key, change.value)
                                          : AppSettings::removeUserValue(change.definition->key);
        }
        if (!step) {
            rollback();
            return makeError(step.error().code, step.error().message + QLatin1Char(' ') + tr("Nothing was saved."));
        }
        ++done;
    }

    Status<> audited = m_database.write([&](QSqlDatabase &tx) -> Status<> {
        for (const SettingChange &change : changes) {
            Status<> row = AuditLog::record(tx, QStringLiteral("settings.changed"), std::nullopt, auditDetails(change));
            if (!row)
                return row;
        }
        return Ok{};
    });
    if (!audited) {
        // No change without its audit row.
        rollback();
        return makeError(
            audited.error().code,
            tr("The change could not be recorded in the audit log, so it was undone: %1").arg(audited.error().message));
    }
    return Ok{};
}

Error SettingsWriter::lockedError(const SettingDefinition &definition)
{
    // The words the Settings dialog shows next to the control, and where IT set it (so IT can find it).
    const QString origin = SettingsService::instance().current()->policies().origin(definition.key);
    return makeError(QStringLiteral("settings.locked"),
                     tr("%1 (%2) cannot be changed here: Managed by your IT department (%3). Nothing was saved.")
                         .arg(definition.translatedLabel(), definition.key,
                              origin.isEmpty() ? tr("policy") : QDir::toNativeSeparators(origin)));
}

Status<> SettingsWriter::clearSecrets()
{
    QList<SettingChange> changes;
    for (const SettingDefinition &definition : SettingCatalog::all())
        if (definition.isSecret())
            changes.append(SettingChange{&definition, QVariant(), 0});
    return apply(changes);
}

} // namespace cd

#include "core/secrets/ConfigOverview.h"

#include "core/secrets/SecretStore.h"
#include "core/settings/SettingsService.h"

namespace cd {

ConfigOverview ConfigOverview::load(SecretStore &store, QChar maskBullet)
{
    return load(store, SettingsService::instance().snapshot(), maskBullet);
}

ConfigOverview ConfigOverview::load(SecretStore &store, const SettingsSnapshot &settings, QChar maskBullet)
{
    ConfigOverview overview;
    for (const SettingDefinition &definition : SettingCatalog::all()) {
        ResolvedSetting entry;
        entry.definition = &definition;
        if (!definition.isSecret()) {
            entry.source = settings.source(definition.key);
            entry.value = settings.value(definition.key);
            entry.locked = settings.isLocked(definition.key);
            overview.settings.append(entry);
            continue;
        }
        const QString fromEnvironment = qEnvironmentVariable(definition.envVar.toLatin1().constData()).trimmed();
        if (!fromEnvironment.isEmpty()) {
            entry.source = SettingSource::Environment;
            entry.maskedValue = SettingCatalog::mask(fromEnvironment, maskBullet);
        } else {
            auto stored = readSecretBlocking(store, definition.key);
            if (!stored) {
                if (!overview.keychainError)
                    overview.keychainError = stored.error();
            } else if (stored->has_value()) {
                entry.source = SettingSource::Keychain;
                entry.maskedValue = SettingCatalog::mask(**stored, maskBullet);
            }
        }
        overview.settings.append(entry);
    }
    return overview;
}

} // namespace cd

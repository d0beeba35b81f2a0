#pragma once

#include "core/settings/AppSettings.h"
#include "core/settings/SettingCatalog.h"
#include "core/settings/SettingsSnapshot.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace cd {

class SecretStore;

// Every setting with its effective value and where it comes from, for `config show` and the Settings dialog.
struct ResolvedSetting
{
    const SettingDefinition *definition = nullptr;
    QVariant value;      // secrets: empty; see maskedValue
    QString maskedValue; // secrets only: "••••1234" (or "" when not set)
    SettingSource source = SettingSource::NotSet;
    bool locked = false; // set by IT: read-only for users
};

struct ConfigOverview
{
    QList<ResolvedSetting> settings;
    std::optional<Error> keychainError; // secrets could not be read: their source is NotSet

    // Blocks on a local event loop while the keychain is read. Secrets the environment provides are not read.
    // Non-secret values come from `settings` (the process-wide snapshot when not given).
    static ConfigOverview load(SecretStore &store, const SettingsSnapshot &settings, QChar maskBullet = QChar(0x2022));
    static ConfigOverview load(SecretStore &store, QChar maskBullet = QChar(0x2022));
};

} // namespace cd

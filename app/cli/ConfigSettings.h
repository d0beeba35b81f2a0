#pragma once

#include "app/cli/Cli.h"
#include "core/secrets/ConfigOverview.h"

#include <QJsonValue>

namespace cd::cli {

// `config show`, `config set` and `config unset` print a setting the same way.
QString displayValue(const ResolvedSetting &entry);
QJsonValue jsonValue(const ResolvedSetting &entry); // typed: numbers as numbers, "not set" as null, secrets masked
QJsonObject settingToJson(const ResolvedSetting &entry);

// clinicdesk-cli config set KEY VALUE / config unset KEY: any non-secret setting, validated as the Settings
// dialog validates it, saved through SettingsWriter (audit row, IT locks).
int setSetting(Context &sub);
int unsetSetting(Context &sub);

} // namespace cd::cli

#pragma once

#include "core/common/Result.h"
#include "core/settings/SettingCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace cd {

class SettingsSnapshot;

// The appointments' clinic-wide settings in the catalog (`config set`, IT's policies, the Settings dialog):
// notification rules, allowed hours, horizon, grace and the message templates per kind and language. Their checks live
// here, so SettingCatalog::validate stays one switch.
class AppointmentSettings
{
    Q_DECLARE_TR_FUNCTIONS(cd::AppointmentSettings)
public:
    static QList<SettingDefinition> definitions();
    // Checks for the kinds TimeZone, TimeOfDay, HourList and SmsTemplate. `invalid` words the error like the rest
    // of the catalog ("<label>: <why>").
    static Result<QVariant> validate(const SettingDefinition &definition, const QString &text);
    // Checks that need another key: the allowed hours must end after they start. `current` is what is in effect.
    static Status<> checkTogether(const QString &key, const QVariant &value, const SettingsSnapshot &current);
    // The products' defaults of these keys (AppSettings::defaultValue asks here).
    static QVariant defaultValue(const QString &key);
};

} // namespace cd

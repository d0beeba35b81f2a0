#include "core/settings/ClinicWideSettings.h"

#include "core/settings/AppSettings.h"

#include <QSet>

namespace cd::ClinicWideSettings {

bool isClinicWide(const QString &key)
{
    static const QSet<QString> keys{SettingKeys::OptOutLine, SettingKeys::RequireConsent, SettingKeys::PricePerSegment,
                                    SettingKeys::NoReceiptAfterHours, SettingKeys::ChatExpiryHours};
    return keys.contains(key) || key.startsWith(QLatin1String("clinic/")) ||
           key.startsWith(QLatin1String("appointments/")) || key.startsWith(QLatin1String("intake/"));
}

} // namespace cd::ClinicWideSettings

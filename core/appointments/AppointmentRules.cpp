#include "core/appointments/AppointmentRules.h"

#include "core/appointments/AppointmentTemplates.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsSnapshot.h"

#include <QStringList>

namespace cd {

QString AppointmentKeys::templateKey(const QString &kind, const QString &language)
{
    return QStringLiteral("appointments/template/%1/%2").arg(kind, language);
}

namespace {

QList<int> parseHours(const QString &text)
{
    QList<int> minutes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double hours = part.trimmed().toDouble(&ok);
        if (ok && hours > 0 && hours <= 24 * 35)
            minutes.append(int(hours * 60));
    }
    return minutes;
}

} // namespace

AppointmentRules AppointmentRules::fromSettings(const SettingsSnapshot &settings)
{
    AppointmentRules rules;
    auto text = [&](const QString &key) { return settings.value(key).toString().trimmed(); };
    auto flag = [&](const QString &key, bool fallback) {
        const QVariant v = settings.value(key);
        return v.isValid() && !v.toString().isEmpty() ? v.toBool() : fallback;
    };
    if (const QString zone = text(AppointmentKeys::ClinicTimeZone); !zone.isEmpty()) {
        const QTimeZone tz(zone.toUtf8());
        if (tz.isValid())
            rules.clinicZone = tz;
    } else {
        rules.clinicZone = QTimeZone::systemTimeZone();
    }
    rules.clinicName = settings.policy().clinicName;
    rules.confirmation = flag(AppointmentKeys::ConfirmationOn, true);
    if (const QVariant hours = settings.value(AppointmentKeys::ReminderHours); hours.isValid())
        rules.reminderMinutes = parseHours(hours.toString());
    rules.rescheduleNotice = flag(AppointmentKeys::RescheduleOn, true);
    rules.cancellationNotice = flag(AppointmentKeys::CancellationOn, true);
    if (const QTime from = QTime::fromString(text(AppointmentKeys::QuietStart), QStringLiteral("HH:mm"));
        from.isValid())
        rules.allowedFrom = from;
    if (const QTime until = QTime::fromString(text(AppointmentKeys::QuietEnd), QStringLiteral("HH:mm"));
        until.isValid())
        rules.allowedUntil = until;
    if (rules.allowedUntil <= rules.allowedFrom) { // a window that wraps is not supported: the defaults
        rules.allowedFrom = QTime(8, 0);
        rules.allowedUntil = QTime(20, 0);
    }
    if (const int h = settings.value(AppointmentKeys::HorizonHours).toInt(); h > 0)
        rules.horizonHours = h;
    if (const int g = settings.value(AppointmentKeys::GraceMinutes).toInt(); g > 0)
        rules.graceMinutes = g;
    rules.messagingServiceSid = text(SettingKeys::MessagingServiceSid);
    for (const QString &kind : AppointmentTemplates::kinds()) {
        for (const QString &language : AppointmentTemplates::languages()) {
            const QString value = settings.value(AppointmentKeys::templateKey(kind, language)).toString();
            if (!value.trimmed().isEmpty() && AppointmentTemplates::check(value))
                rules.templates.insert(kind + QLatin1Char('/') + language, value);
        }
    }
    return rules;
}

QString AppointmentRules::templateFor(const QString &kind, const QString &language) const
{
    const QString lang = AppointmentTemplates::languages().contains(language) ? language : QStringLiteral("en");
    return templates.value(kind + QLatin1Char('/') + lang, AppointmentTemplates::defaultText(kind, lang));
}

} // namespace cd

#include "core/settings/AppointmentSettings.h"

#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentTemplates.h"
#include "core/settings/SettingsSnapshot.h"

#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace cd {

namespace {

using Kind = SettingDefinition::Kind;

constexpr double MaxReminderHours = 24 * 35; // Twilio schedules at most 35 days ahead
constexpr int MaxTemplateLength = 640;       // four segments: a reminder is short

SettingDefinition make(QString id, QString key, Kind kind, const char *label, const char *help, int min = 0,
                       int max = 0)
{
    return SettingDefinition{std::move(id), std::move(key), QString(), kind, QString(), label, help, nullptr, min, max};
}

SettingDefinition templateDefinition(const QString &kind, const QString &language, const char *label)
{
    // "appointmentTemplateReminderEs" for appointments/template/reminder/es.
    QString id = QStringLiteral("appointmentTemplate") + kind.left(1).toUpper() + kind.mid(1) +
                 language.left(1).toUpper() + language.mid(1);
    return make(std::move(id), AppointmentKeys::templateKey(kind, language), Kind::SmsTemplate, label,
                QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                  "Empty: the built-in text. Fields: {first_name} {date} {time} {clinic_name} "
                                  "{location} {provider} {reason}. Never CANCEL, STOP or YES: ask for C to confirm "
                                  "and R to reschedule."),
                0, MaxTemplateLength);
}

} // namespace

QList<SettingDefinition> AppointmentSettings::definitions()
{
    QList<SettingDefinition> list = {
        make(QStringLiteral("appointmentClinicTimeZone"), AppointmentKeys::ClinicTimeZone, Kind::TimeZone,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Clinic time zone"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog",
                               "An IANA name such as America/New_York. Patients without their own zone get this one. "
                               "Empty: this computer's zone.")),
        make(QStringLiteral("appointmentConfirmation"), AppointmentKeys::ConfirmationOn, Kind::Bool,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Text a confirmation when an appointment is booked"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "On by default.")),
        make(QStringLiteral("appointmentReminderHours"), AppointmentKeys::ReminderHours, Kind::HourList,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Appointment reminders (hours before)"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog",
                               "Comma-separated, e.g. 48, 2 (the default); each between 0.25 and 840. \"none\": no "
                               "reminders.")),
        make(QStringLiteral("appointmentRescheduleNotice"), AppointmentKeys::RescheduleOn, Kind::Bool,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Text a notice when an appointment is moved"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "On by default.")),
        make(QStringLiteral("appointmentCancellationNotice"), AppointmentKeys::CancellationOn, Kind::Bool,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Text a notice when an appointment is cancelled"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "On by default.")),
        make(QStringLiteral("appointmentAllowedFrom"), AppointmentKeys::QuietStart, Kind::TimeOfDay,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Automatic texts from (patient's time)"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog",
                               "Reminders and other automatic texts go out only between this time and the next one, "
                               "in the patient's time zone. HH:MM, default 08:00.")),
        make(QStringLiteral("appointmentAllowedUntil"), AppointmentKeys::QuietEnd, Kind::TimeOfDay,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Automatic texts until (patient's time)"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog",
                               "HH:MM, default 20:00; must be later than the start (otherwise 08:00-20:00 applies).")),
        make(QStringLiteral("appointmentHorizonHours"), AppointmentKeys::HorizonHours, Kind::Integer,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Schedule reminders at Twilio this far ahead (hours)"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog",
                               "With a Messaging Service, reminders are handed to Twilio this long before they are "
                               "due, so an edit made offline can still catch them. Between 1 and 816 (34 days); "
                               "default 72."),
             1, 816),
        make(QStringLiteral("appointmentGraceMinutes"), AppointmentKeys::GraceMinutes, Kind::Integer,
             QT_TRANSLATE_NOOP("cd::SettingCatalog", "Reminder grace period (minutes)"),
             QT_TRANSLATE_NOOP("cd::SettingCatalog",
                               "A reminder the desk could not send within this long after its time is shown as "
                               "missed, not sent late. Between 1 and 240; default 30."),
             1, 240),
        templateDefinition(QStringLiteral("confirmation"), QStringLiteral("en"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "Booking confirmation text (English)")),
        templateDefinition(QStringLiteral("confirmation"), QStringLiteral("es"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "Booking confirmation text (Spanish)")),
        templateDefinition(QStringLiteral("reminder"), QStringLiteral("en"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "Reminder text (English)")),
        templateDefinition(QStringLiteral("reminder"), QStringLiteral("es"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "Reminder text (Spanish)")),
        templateDefinition(QStringLiteral("reschedule"), QStringLiteral("en"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "New-time notice text (English)")),
        templateDefinition(QStringLiteral("reschedule"), QStringLiteral("es"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "New-time notice text (Spanish)")),
        templateDefinition(QStringLiteral("cancellation"), QStringLiteral("en"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "Cancellation notice text (English)")),
        templateDefinition(QStringLiteral("cancellation"), QStringLiteral("es"),
                           QT_TRANSLATE_NOOP("cd::SettingCatalog", "Cancellation notice text (Spanish)")),
    };
    return list;
}

Result<QVariant> AppointmentSettings::validate(const SettingDefinition &definition, const QString &text)
{
    const auto invalid = [&](const QString &why) {
        return makeError(
            QStringLiteral("settings.invalid"),
            QCoreApplication::translate("cd::SettingCatalog", "%1: %2").arg(definition.translatedLabel(), why));
    };
    switch (definition.kind) {
    case Kind::TimeZone: {
        const QTimeZone zone(text.toUtf8());
        if (!QTimeZone::isTimeZoneIdAvailable(text.toUtf8()) || !zone.isValid())
            return invalid(tr("\"%1\" is not a time zone name; use an IANA name such as America/New_York or "
                              "America/Los_Angeles.")
                               .arg(text));
        return QVariant(QString::fromUtf8(zone.id()));
    }
    case Kind::TimeOfDay: {
        QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!time.isValid())
            time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid())
            return invalid(tr("\"%1\" is not a time of day; write it as HH:MM on the 24-hour clock, e.g. 08:00 or "
                              "20:00.")
                               .arg(text));
        return QVariant(time.toString(QStringLiteral("HH:mm")));
    }
    case Kind::HourList: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("none") || lower == QLatin1String("off"))
            return QVariant(QStringLiteral("none"));
        QStringList hours;
        for (const QString &part : text.split(QLatin1Char(','))) {
            bool ok = false;
            const QString item = part.trimmed();
            double value = QLocale::c().toDouble(item, &ok);
            if (!ok)
                value = QLocale().toDouble(item, &ok);
            if (!ok || value < 0.25 || value > MaxReminderHours)
                return invalid(tr("\"%1\" is not a number of hours between 0.25 and %2; write the reminders as hours "
                                  "before the appointment separated by commas, e.g. 48, 2, or \"none\".")
                                   .arg(item)
                                   .arg(MaxReminderHours));
            const QString normal = QLocale::c().toString(value, 'g', 6);
            if (hours.contains(normal))
                return invalid(tr("%1 hours is listed twice.").arg(item));
            hours << normal;
        }
        return QVariant(hours.join(QLatin1Char(',')));
    }
    case Kind::SmsTemplate: {
        if (text.size() > definition.maximum)
            return invalid(tr("too long (%1 characters); at most %2.").arg(text.size()).arg(definition.maximum));
        if (auto ok = AppointmentTemplates::check(text); !ok)
            return invalid(ok.error().message);
        return QVariant(text);
    }
    default:
        return QVariant(text);
    }
}

Status<> AppointmentSettings::checkTogether(const QString &key, const QVariant &value, const SettingsSnapshot &current)
{
    if (key != AppointmentKeys::QuietStart && key != AppointmentKeys::QuietEnd)
        return Ok{};
    const auto time = [&](const QString &k) {
        const QVariant v = k == key ? (value.isValid() ? value : defaultValue(k)) : current.value(k);
        return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    };
    const QTime from = time(AppointmentKeys::QuietStart);
    const QTime until = time(AppointmentKeys::QuietEnd);
    if (from.isValid() && until.isValid() && until <= from)
        return makeError(
            QStringLiteral("settings.invalid"),
            tr("The allowed hours for automatic texts would end (%1) before they start (%2); hours "
               "across midnight are not supported. Change %3 first.")
                .arg(until.toString(QStringLiteral("HH:mm")), from.toString(QStringLiteral("HH:mm")),
                     key == AppointmentKeys::QuietStart ? AppointmentKeys::QuietEnd : AppointmentKeys::QuietStart));
    return Ok{};
}

QVariant AppointmentSettings::defaultValue(const QString &key)
{
    static const QHash<QString, QVariant> defaults = {
        {AppointmentKeys::ConfirmationOn, true},
        {AppointmentKeys::ReminderHours, QStringLiteral("48,2")},
        {AppointmentKeys::RescheduleOn, true},
        {AppointmentKeys::CancellationOn, true},
        {AppointmentKeys::QuietStart, QStringLiteral("08:00")},
        {AppointmentKeys::QuietEnd, QStringLiteral("20:00")},
        {AppointmentKeys::HorizonHours, 72},
        {AppointmentKeys::GraceMinutes, 30},
    };
    return defaults.value(key);
}

} // namespace cd

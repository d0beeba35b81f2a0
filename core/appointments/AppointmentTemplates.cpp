#include "core/appointments/AppointmentTemplates.h"

#include "core/appointments/Appointment.h"
#include "core/messaging/OptOutKeywords.h"

#include <QLocale>
#include <QRegularExpression>

namespace cd {

QStringList AppointmentTemplates::kinds()
{
    return {NotificationKind::Confirmation, NotificationKind::Reminder, NotificationKind::Reschedule,
            NotificationKind::Cancellation};
}

QStringList AppointmentTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QStringList AppointmentTemplates::variables()
{
    return {QStringLiteral("first_name"),  QStringLiteral("date"),     QStringLiteral("time"),
            QStringLiteral("clinic_name"), QStringLiteral("location"), QStringLiteral("provider"),
            QStringLiteral("reason")};
}

QString AppointmentTemplates::defaultText(const QString &kind, const QString &language)
{
    // Never the word CANCEL (it opts the patient out of every text) nor YES (it opts back in): C and R only.
    const bool es = language == QLatin1String("es");
    if (kind == NotificationKind::Confirmation)
        return es ? QStringLiteral("Hola {first_name}: su cita en {clinic_name} es el {date} a las {time}. "
                                   "Responda C para confirmar o R para cambiarla.")
                  : QStringLiteral("Hi {first_name}, your appointment at {clinic_name} is booked for {date} at {time}. "
                                   "Reply C to confirm or R to reschedule.");
    if (kind == NotificationKind::Reminder)
        return es ? QStringLiteral("Recordatorio: {first_name}, su cita en {clinic_name} es el {date} a las {time}. "
                                   "Responda C para confirmar o R para cambiarla.")
                  : QStringLiteral("Reminder: {first_name}, your appointment at {clinic_name} is on {date} at {time}. "
                                   "Reply C to confirm or R to reschedule.");
    if (kind == NotificationKind::Reschedule)
        return es ? QStringLiteral("Hola {first_name}: su cita en {clinic_name} ahora es el {date} a las {time}. "
                                   "Responda C para confirmar o R para cambiarla.")
                  : QStringLiteral("Hi {first_name}, your appointment at {clinic_name} has moved to {date} at {time}. "
                                   "Reply C to confirm or R to reschedule.");
    // A cancelled appointment has nothing left to confirm: the notice asks for a call instead.
    return es ? QStringLiteral("Hola {first_name}: su cita en {clinic_name} del {date} a las {time} fue anulada. "
                               "Llámenos para elegir otra fecha.")
              : QStringLiteral("Hi {first_name}, your appointment at {clinic_name} on {date} at {time} was called "
                               "off. Please call us to book a new time.");
}

Status<> AppointmentTemplates::check(const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("template.empty"), tr("The text is empty. Write the message patients get."));
    const QString stop = OptOutKeywords::optOutWordIn(text);
    if (!stop.isEmpty())
        return makeError(QStringLiteral("template.opt-out-word"),
                         tr("The text contains \"%1\". A patient who replies with that word alone is opted out of "
                            "every text from the clinic (or, for YES, opted back in). Ask for C to confirm and R to "
                            "reschedule instead.")
                             .arg(stop));
    static const QRegularExpression yes(QStringLiteral("\\b(YES|START|UNSTOP)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = yes.match(text); match.hasMatch())
        return makeError(QStringLiteral("template.opt-out-word"),
                         tr("The text contains \"%1\". Twilio takes that reply as \"send me texts again\", not as a "
                            "confirmation. Ask for C to confirm and R to reschedule instead.")
                             .arg(match.captured(1)));
    static const QRegularExpression variable(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!variables().contains(name))
            return makeError(QStringLiteral("template.unknown-variable"),
                             tr("Unknown field {%1}. Use {%2}.").arg(name, variables().join(QStringLiteral("}, {"))));
    }
    return Ok{};
}

QString AppointmentTemplates::dateText(const TemplateValues &values)
{
    const QLocale locale(values.language.isEmpty() ? QStringLiteral("en_US") : values.language);
    const QDateTime local = values.startUtc.toTimeZone(values.patientZone);
    return locale.toString(local.date(), QLocale::LongFormat);
}

QString AppointmentTemplates::timeText(const TemplateValues &values)
{
    const QLocale locale(values.language.isEmpty() ? QStringLiteral("en_US") : values.language);
    const QDateTime local = values.startUtc.toTimeZone(values.patientZone);
    QString text = locale.toString(local.time(), QLocale::ShortFormat);
    if (values.patientZone != values.clinicZone)
        text += QLatin1Char(' ') + values.patientZone.abbreviation(local);
    return text;
}

QString AppointmentTemplates::render(const QString &text, const TemplateValues &values)
{
    QString out = text;
    out.replace(QStringLiteral("{first_name}"), values.firstName);
    out.replace(QStringLiteral("{date}"), dateText(values));
    out.replace(QStringLiteral("{time}"), timeText(values));
    out.replace(QStringLiteral("{clinic_name}"), values.clinicName);
    out.replace(QStringLiteral("{location}"), values.location);
    out.replace(QStringLiteral("{provider}"), values.provider);
    out.replace(QStringLiteral("{reason}"), values.reason);
    return out;
}

} // namespace cd

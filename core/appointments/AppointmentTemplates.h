#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace cd {

// What a template can say about one appointment, already in the patient's zone and language.
struct TemplateValues
{
    QString firstName;
    QDateTime startUtc;
    QTimeZone patientZone;
    QTimeZone clinicZone;
    QString language; // "en", "es"
    QString clinicName;
    QString location;
    QString provider;
    QString reason;
};

// Notification texts per kind and language, with {first_name}, {date}, {time}, {clinic_name}, {location},
// {provider} (and {reason}, only if the clinic writes it in). A text is frozen when it is released, so its date and
// time are written then, in the patient's zone.
class AppointmentTemplates
{
    Q_DECLARE_TR_FUNCTIONS(cd::AppointmentTemplates)
public:
    static QStringList kinds();
    static QStringList languages(); // "en", "es"
    static QStringList variables();
    static QString defaultText(const QString &kind, const QString &language);
    // Refuses a word Twilio would take as STOP (CANCEL above all) or START (YES), and unknown {variables}.
    // Error codes: template.empty, template.opt-out-word, template.unknown-variable.
    static Status<> check(const QString &text);
    static QString render(const QString &text, const TemplateValues &values);
    // "Tuesday, March 10, 2026" / "martes, 10 de marzo de 2026" and "9:30 AM" (+ " PDT" when the patient's zone
    // differs from the clinic's).
    static QString dateText(const TemplateValues &values);
    static QString timeText(const TemplateValues &values);
};

} // namespace cd

#include "core/patients/PatientValidator.h"

#include "core/phone/PhoneNumbers.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cd {

namespace {
constexpr int MaxNameLength = 100;

bool plausibleEmail(const QString &email)
{
    // Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}
} // namespace

QList<FieldError> PatientValidator::normalise(Patient &patient) const
{
    QList<FieldError> errors;
    patient.firstName = patient.firstName.simplified();
    patient.lastName = patient.lastName.simplified();
    patient.email = patient.email.trimmed();
    patient.phoneRaw = patient.phoneRaw.trimmed();
    patient.timeZone = patient.timeZone.trimmed();
    patient.preferredLanguage = patient.preferredLanguage.trimmed();

    if (patient.firstName.isEmpty())
        errors.append({QStringLiteral("first_name"), tr("Enter the patient's first name.")});
    else if (patient.firstName.size() > MaxNameLength)
        errors.append(
            {QStringLiteral("first_name"), tr("The first name is longer than %1 characters.").arg(MaxNameLength)});
    if (patient.lastName.isEmpty())
        errors.append({QStringLiteral("last_name"), tr("Enter the patient's last name.")});
    else if (patient.lastName.size() > MaxNameLength)
        errors.append(
            {QStringLiteral("last_name"), tr("The last name is longer than %1 characters.").arg(MaxNameLength)});

    if (patient.phoneRaw.isEmpty()) {
        patient.phoneE164.clear(); // no phone is allowed: the Chat tab says so
    } else {
        auto phone = PhoneNumbers::parse(patient.phoneRaw, m_region);
        if (phone)
            patient.phoneE164 = phone->e164;
        else
            errors.append({QStringLiteral("phone"), phone.error().message});
    }

    if (!patient.email.isEmpty() && !plausibleEmail(patient.email)) {
        errors.append({QStringLiteral("email"),
                       tr("\"%1\" is not an email address. Use the form name@example.com, or leave it empty.")
                           .arg(patient.email)});
    }

    if (!patient.dateOfBirth.isNull()) {
        const QDate today = QDate::currentDate();
        if (!patient.dateOfBirth.isValid() || patient.dateOfBirth > today)
            errors.append({QStringLiteral("dob"), tr("The date of birth cannot be in the future.")});
        else if (patient.dateOfBirth.year() < 1900)
            errors.append({QStringLiteral("dob"), tr("The date of birth is before 1900. Check the year.")});
    }

    if (!patient.timeZone.isEmpty() && !QTimeZone(patient.timeZone.toUtf8()).isValid()) {
        errors.append({QStringLiteral("time_zone"),
                       tr("\"%1\" is not a time zone. Use a name like America/New_York.").arg(patient.timeZone)});
    }
    static const QRegularExpression language(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    if (!patient.preferredLanguage.isEmpty() && !language.match(patient.preferredLanguage).hasMatch()) {
        errors.append({QStringLiteral("preferred_language"),
                       tr("\"%1\" is not a language code. Use a code like en or es.").arg(patient.preferredLanguage)});
    }
    return errors;
}

} // namespace cd

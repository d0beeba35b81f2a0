#pragma once

#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

struct FieldError
{
    QString field; // "first_name", "last_name", "phone", "email", "dob", "time_zone", "preferred_language"
    QString message;
};

// Checks a draft patient and normalises it (trims names, phone to E.164). Used by the dialog as the user types,
// by the store before every write and by the importer, so all three refuse the same things with the same words.
class PatientValidator
{
    Q_DECLARE_TR_FUNCTIONS(cd::PatientValidator)
public:
    explicit PatientValidator(QString phoneRegion = QStringLiteral("US")) : m_region(std::move(phoneRegion)) {}

    // Returns the errors; on success (empty list) `patient` has been normalised in place.
    QList<FieldError> normalise(Patient &patient) const;

    QString region() const { return m_region; }

private:
    QString m_region;
};

} // namespace cd

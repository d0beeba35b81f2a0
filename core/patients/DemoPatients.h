#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class PatientStore;

// A handful of clearly fictional patients so a new user sees a working app at once. Their numbers are in the
// 555-0100..0199 block, which North American numbering reserves for fiction, in real area codes (so they parse).
class DemoPatients
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoPatients)
public:
    static QList<Patient> all();

    // Adds the demo patients that are not there yet; returns how many were added.
    static Result<int> addTo(PatientStore &store);
};

} // namespace cd

#pragma once

#include "core/patients/Patient.h"

#include <QJsonObject>

namespace cd {

// The patient object of the CLI's --json output (and of any future export): stable snake_case keys.
QJsonObject patientToJson(const Patient &patient);

} // namespace cd

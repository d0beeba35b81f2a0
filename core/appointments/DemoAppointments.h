#pragma once

#include "core/appointments/AppointmentRules.h"
#include "core/common/Result.h"

namespace cd {

class AppointmentStore;
class PatientStore;

// Demo mode: a few appointments for the demo patients, timed so that their reminders go out (through the demo
// transport) within minutes, and the demo patients answer C or R.
namespace DemoAppointments {
Result<int> addTo(AppointmentStore &appointments, PatientStore &patients, AppointmentRules rules);
} // namespace DemoAppointments

} // namespace cd

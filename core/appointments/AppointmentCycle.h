#pragma once

namespace cd {

// Puts appointments into the messaging engine of this process: every cycle runs a ReminderRunner pass, and every
// new reply is checked for C/R (and a STOP stops the patient's planned notifications). Called once by AppServices.
namespace AppointmentCycle {
void install();
} // namespace AppointmentCycle

} // namespace cd

#pragma once

#include "core/appointments/Appointment.h"

#include <QJsonObject>

namespace cd {

// The appointment object of the CLI's --json output: id, patient_id, start_utc (ISO 8601, Z), time_zone, status,
// duration_min, provider, location, notifications [{kind, due_utc, state, sid, offset_minutes, note}].
QJsonObject appointmentToJson(const Appointment &appointment);
QString isoUtc(const QDateTime &utc); // "2026-03-10T14:00:00Z"

} // namespace cd

#pragma once

#include "core/appointments/Appointment.h"

#include <QString>

namespace cd::ui {

// The words the GUI shows for appointment and notification states (never colour alone).
QString appointmentStatusText(const QString &status);
QString notificationStateText(const QString &state);
QString notificationKindText(const AppointmentNotification &n);
// "Tue 2026-03-10 09:30 EDT" in the appointment's zone.
QString appointmentTimeText(const QDateTime &utc, const QString &zone);

} // namespace cd::ui

#pragma once

#include "core/appointments/Appointment.h"
#include "core/appointments/AppointmentStore.h"

#include <QString>

namespace cd::ui {

// The words the GUI shows for appointment and notification states (never colour alone).
QString appointmentStatusText(const QString &status);
QString notificationStateText(const QString &state);
QString notificationKindText(const AppointmentNotification &n);
// "Tue 2026-03-10 09:30 EDT" in the appointment's zone.
QString appointmentTimeText(const QDateTime &utc, const QString &zone);
// The chat bubble's note of a C/R reply: "Confirmed: Tue 12/9/26 10:30 AM with Dr. Lee" (locale formats, the
// appointment's zone abbreviation when it differs from this computer's), or that staff must choose which one.
QString appointmentReplyNote(const AppointmentStore::ReplyInfo &reply);

} // namespace cd::ui

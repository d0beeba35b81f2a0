#pragma once

#include "core/patients/Patient.h"

#include <QWidget>

#include <optional>

namespace cd::ui {

// One tab of the patient profile. The profile tells every pane which patient is open (nullopt: none).
// Feature tabs (Chat, Intake, Appointments) implement this and are handed to ProfileView.
class PatientPane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void showPatient(const std::optional<Patient> &patient) = 0;
};

} // namespace cd::ui

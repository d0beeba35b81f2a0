#pragma once

#include "core/appointments/AppointmentStore.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd::ui {

// Book, edit or move one appointment. The time is typed in the chosen zone (the patient's by default) and stored in
// UTC with that zone. Mode Reschedule shows only the time and zone; Edit only the details.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Book,
        Edit,
        Reschedule
    };
    AppointmentDialog(Mode mode, const QString &defaultZone, QWidget *parent = nullptr);

    void setAppointment(const Appointment &appointment);
    AppointmentDraft draft() const; // patientId left 0
    QString zoneName() const;
    QDateTime startUtc() const;

    void accept() override;

private:
    Mode m_mode;
    QDateTimeEdit *m_start;
    QComboBox *m_zone;
    QSpinBox *m_duration;
    QLineEdit *m_provider;
    QLineEdit *m_location;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace cd::ui

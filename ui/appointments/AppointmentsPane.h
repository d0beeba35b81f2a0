#pragma once

#include "core/appointments/Appointment.h"
#include "ui/profile/PatientPane.h"

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {
class AppServices;
}

namespace cd::ui {

// The profile's Appointments tab: the patient's upcoming and past appointments, each with its planned notifications
// and their states; book, edit, reschedule, cancel and confirm from the keyboard (Ins, F2, Ctrl+R, Del, Ctrl+K).
class AppointmentsPane : public PatientPane
{
    Q_OBJECT
public:
    explicit AppointmentsPane(AppServices &services, QWidget *parent = nullptr);
    void showPatient(const std::optional<Patient> &patient) override;
    void reload();

    QTreeWidget *tree() const { return m_tree; }
    void book();
    void edit();
    void reschedule();
    void cancelSelected();
    void confirmSelected();

private:
    std::optional<Appointment> selected() const;
    void report(const QString &problem);
    void updateButtons();
    void afterChange();

    AppServices &m_services;
    std::optional<Patient> m_patient;
    QList<Appointment> m_appointments;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPushButton *m_book;
    QPushButton *m_edit;
    QPushButton *m_reschedule;
    QPushButton *m_cancel;
    QPushButton *m_confirm;
    QTimer *m_refresh;
};

} // namespace cd::ui

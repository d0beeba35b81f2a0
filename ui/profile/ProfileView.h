#pragma once

#include "core/patients/Patient.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cd::ui {

class OverviewPane;
class PatientPane;

// The open patient: a header with the name and an Edit button over the Overview, Chat, Intake and Appointments tabs.
class ProfileView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        OverviewTab,
        ChatTab,
        IntakeTab,
        AppointmentsTab
    };

    explicit ProfileView(QString clinicRegion, QWidget *parent = nullptr);

    void showPatient(const std::optional<Patient> &patient);
    std::optional<Patient> patient() const { return m_patient; }

    // The Chat tab's content. Until the chat view lands this is a ChatPlaceholderPane; swapping in the real chat is
    // one call: profile->setChatPane(new ChatView(...)). The profile owns the pane and keeps it told of the patient.
    void setChatPane(PatientPane *pane);
    void setIntakePane(PatientPane *pane);
    void setAppointmentsPane(PatientPane *pane);

    QTabWidget *tabs() const { return m_tabs; }
    OverviewPane *overview() const { return m_overview; }

signals:
    void editRequested(qint64 patientId);

private:
    void replacePane(Tab tab, PatientPane *pane, const QString &title, const QString &accessibleName);
    PatientPane *paneAt(int index) const;

    QString m_region;
    std::optional<Patient> m_patient;
    QLabel *m_name;
    QLabel *m_summary;
    QPushButton *m_edit;
    QTabWidget *m_tabs;
    OverviewPane *m_overview;
};

} // namespace cd::ui

#pragma once

#include "ui/profile/PatientPane.h"

class QLabel;
class QPushButton;
class QTableView;

namespace cd {
class IntakeService;
class MessageStore;
} // namespace cd

namespace cd::ui {

class IntakeListModel;

// The Intake tab: every form sent to the open patient, newest first, with the row actions (mark completed, resend
// the SMS or the e-mail, copy the link, cancel a send that has not gone out), each a button with a mnemonic and in
// the row's context menu. "Send New Intake Form…" (Ctrl+Shift+I) opens IntakeSendDialog.
class IntakeView : public PatientPane
{
    Q_OBJECT
public:
    IntakeView(IntakeService &intake, MessageStore &messages, QWidget *parent = nullptr);
    void showPatient(const std::optional<Patient> &patient) override;
    // Opens the dialog for the open patient (no patient: nothing).
    void openSendDialog();

    QTableView *table() const { return m_table; }
    IntakeListModel *model() const { return m_model; }
    QPushButton *sendButton() const { return m_sendNew; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *resendSmsButton() const { return m_resendSms; }
    QPushButton *resendEmailButton() const { return m_resendEmail; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailsLabel() const { return m_details; }

private:
    void updateActions();
    void report(const QString &problem);
    void markCompleted();
    void resendSms();
    void resendEmail();
    void copyLink();
    void cancelSend();
    int currentRow() const;

    IntakeService &m_intake;
    std::optional<Patient> m_patient;
    IntakeListModel *m_model;
    QLabel *m_title;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_details; // the selected send's states in full (the table elides long reasons)
    QLabel *m_status;
    QPushButton *m_sendNew;
    QPushButton *m_complete;
    QPushButton *m_resendSms;
    QPushButton *m_resendEmail;
    QPushButton *m_copyLink;
    QPushButton *m_cancel;
};

} // namespace cd::ui

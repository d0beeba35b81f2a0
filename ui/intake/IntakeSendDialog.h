#pragma once

#include "core/intake/IntakeSend.h"
#include "core/patients/Patient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace cd {
class IntakeService;
}

namespace cd::ui {

// "Send New Intake Form": the template, "SMS Only" or "Email & SMS", a live preview of the exact SMS (with the
// chat's segment count and cost) and of the e-mail (subject, text part, rendered HTML part), then Send Form.
// "Email & SMS" is off with the reason when the patient has no e-mail address; sending is blocked with the chat's
// reasons when the patient cannot be texted.
class IntakeSendDialog : public QDialog
{
    Q_OBJECT
public:
    IntakeSendDialog(IntakeService &intake, const Patient &patient, QWidget *parent = nullptr);

    QComboBox *templateBox() const { return m_template; }
    QRadioButton *smsOnlyButton() const { return m_smsOnly; }
    QRadioButton *emailAndSmsButton() const { return m_emailAndSms; }
    QLabel *emailReasonLabel() const { return m_emailReason; }
    QLabel *blockedLabel() const { return m_blocked; }
    QPlainTextEdit *smsPreview() const { return m_smsPreview; }
    QLabel *counterLabel() const { return m_counter; }
    QTextBrowser *htmlPreview() const { return m_emailHtml; }
    QPushButton *sendButton() const { return m_send; }
    std::optional<IntakeSend> result() const { return m_result; }

private:
    void updatePreview();
    void sendForm();

    IntakeService &m_intake;
    Patient m_patient;
    QComboBox *m_template;
    QRadioButton *m_smsOnly;
    QRadioButton *m_emailAndSms;
    QLabel *m_emailReason;
    QLabel *m_blocked;
    QPlainTextEdit *m_smsPreview;
    QLabel *m_counter;
    QLabel *m_subject;
    QPlainTextEdit *m_emailText;
    QTextBrowser *m_emailHtml;
    QLabel *m_error;
    QPushButton *m_send;
    std::optional<IntakeSend> m_result;
};

} // namespace cd::ui

#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace cd::ui {

// Edit → Appointment Notifications: the clinic-wide rules (which notices, reminder offsets, allowed hours in the
// patient's zone, Twilio horizon, grace period) and the templates per kind and language. A template with a
// STOP-family word (CANCEL above all) or YES is refused with the reason.
class AppointmentRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AppointmentRulesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    void showTemplate();
    void keepTemplate();
    QString currentKey() const;

    QComboBox *m_zone;
    QCheckBox *m_confirmation;
    QLineEdit *m_reminders;
    QCheckBox *m_reschedule;
    QCheckBox *m_cancellation;
    QTimeEdit *m_from;
    QTimeEdit *m_until;
    QSpinBox *m_horizon;
    QSpinBox *m_grace;
    QComboBox *m_kind;
    QComboBox *m_language;
    QPlainTextEdit *m_template;
    QLabel *m_problem;
    QHash<QString, QString> m_texts; // "kind/lang" -> text as edited
    QString m_shownKey;
};

} // namespace cd::ui

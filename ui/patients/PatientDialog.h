#pragma once

#include "core/patients/Patient.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {
class PatientStore;
}

namespace cd::ui {

// Add or edit one patient. Fields are checked as the user types with the same cd::PatientValidator the store and
// the CLI use, so all of them refuse the same things with the same words. Saving writes through the store; on any
// refusal the dialog stays open with what was typed.
class PatientDialog : public QDialog
{
    Q_OBJECT
public:
    // A new patient when `existing` has id 0, else an edit of it.
    PatientDialog(PatientStore *store, const Patient &existing, QWidget *parent = nullptr);

    Patient savedPatient() const { return m_saved; }

    void accept() override;

private:
    QLineEdit *addLineEdit(const QString &objectName, const QString &field, const QString &accessibleName);
    QLabel *addErrorLabel(const QString &field);
    Patient draft(QString *dateError = nullptr) const;
    void validate();
    void showErrors(const QHash<QString, QString> &errors);
    void updatePhoneHint(const Patient &normalised, bool phoneValid);
    void growToFit();

    PatientStore *m_store;
    Patient m_original;
    Patient m_saved;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_dob;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QCheckBox *m_consent;
    QComboBox *m_consentMethod;
    QPlainTextEdit *m_notes;
    QLabel *m_phoneHint;
    QLabel *m_formError;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errorLabels; // by validator field name
    QSet<QString> m_touched;                // fields the user has edited: only they show errors while typing
    bool m_submitted = false;
};

} // namespace cd::ui

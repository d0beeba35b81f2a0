#pragma once

#include "core/patients/Patient.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace cd {
class PatientStore;
}

namespace cd::ui {

// Records that a patient agreed to receive texts: how (verbal, written form, ...), when, and by whom (the signed-in
// user, written by the store). Audited by PatientStore::recordConsent.
class RecordConsentDialog : public QDialog
{
    Q_OBJECT
public:
    RecordConsentDialog(PatientStore *store, const Patient &patient, QWidget *parent = nullptr);

    void accept() override;

    QComboBox *methodBox() const { return m_method; }
    QDateTimeEdit *whenEdit() const { return m_when; }

private:
    PatientStore *m_store;
    Patient m_patient;
    QComboBox *m_method;
    QDateTimeEdit *m_when;
    QLabel *m_error;
};

} // namespace cd::ui

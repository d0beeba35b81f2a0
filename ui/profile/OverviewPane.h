#pragma once

#include "ui/profile/PatientPane.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QPushButton;

namespace cd::ui {

// Contact details, consent and opted-out state of the open patient, all as plain text, (the Edit button is in the
// profile's header).
class OverviewPane : public PatientPane
{
    Q_OBJECT
public:
    explicit OverviewPane(QString clinicRegion, QWidget *parent = nullptr);
    void showPatient(const std::optional<Patient> &patient) override;

    QString fieldText(const QString &key) const; // for tests: "phone", "email", "consent", "optedOut", ...
    // The conversation's latest message in one line (set by the chat, which knows the messages).
    void setLastMessage(const QString &summary);

signals:
    void recordConsentRequested(); // "Record Consent…": who, when and how the patient agreed

private:
    QLabel *addField(QFormLayout *form, const QString &key, const QString &label);

    QString m_region;
    QHash<QString, QLabel *> m_fields;
    QPushButton *m_recordConsent = nullptr;
};

} // namespace cd::ui

#pragma once

#include "ui/profile/PatientPane.h"

class QLabel;

namespace cd::ui {

// A tab whose feature has not landed yet: says what will appear there instead of being blank.
class PlaceholderPane : public PatientPane
{
    Q_OBJECT
public:
    PlaceholderPane(const QString &title, const QString &description, QWidget *parent = nullptr);
    void showPatient(const std::optional<Patient> &patient) override;

protected:
    void setMessage(const QString &title, const QString &description);

private:
    QLabel *m_title;
    QLabel *m_description;
};

// The Chat tab until the chat view lands: names the number texts will go to, or says there is none.
class ChatPlaceholderPane : public PlaceholderPane
{
    Q_OBJECT
public:
    explicit ChatPlaceholderPane(QString clinicRegion, QWidget *parent = nullptr);
    void showPatient(const std::optional<Patient> &patient) override;

private:
    QString m_region;
};

} // namespace cd::ui

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cd {
class StaffDirectory;
}

namespace cd::ui {

// The first start with staff accounts: who administers this desk (name and PIN, typed twice).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(StaffDirectory &staff, QWidget *parent = nullptr);

    // Offers the dialog when there are no accounts yet (once, unless sign-in is required). The created name.
    static QString offerIfNeeded(StaffDirectory &staff, bool signInRequired, QWidget *parent);

    void accept() override;
    QString createdName() const { return m_created; }

private:
    StaffDirectory &m_staff;
    QLineEdit *m_name;
    QLineEdit *m_pin;
    QLineEdit *m_again;
    QLabel *m_error;
    QString m_created;
};

} // namespace cd::ui

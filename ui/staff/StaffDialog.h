#pragma once

#include "core/staff/StaffDirectory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cd {
class AppServices;
}

namespace cd::ui {

// Staff accounts, managed by an administrator (from Settings): add, disable or enable, reset a PIN, change the
// role. Every change goes through core's StaffDirectory, the same as `clinicdesk-cli staff`, and is audited with
// the administrator who authorised it.
//
// objectNames: "staffList", "addStaffButton", "resetPinButton", "disableStaffButton", "roleButton", "staffError".
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    // `staff` carries the acting administrator (StaffDirectory::setActingAdmin).
    explicit StaffDialog(StaffDirectory staff, QWidget *parent = nullptr);

    // Asks for an administrator (the signed-in one when they are an admin, else an admin's name and PIN; nobody
    // when there are no accounts yet), then shows the dialog.
    static void openFor(AppServices &services, QWidget *parent);

    // What the buttons do, without the PIN dialog (also for tests). False with the reason in "staffError".
    bool addAccount(const QString &name, const QString &role, const QString &pin);
    bool resetSelectedPin(const QString &pin);
    bool toggleSelectedDisabled();
    bool toggleSelectedRole();
    bool selectAccount(const QString &displayName);
    QString errorText() const;

private:
    void reload();
    void updateButtons();
    bool report(const Status<> &status);
    std::optional<StaffAccount> selected() const;
    void askAdd();
    void askResetPin();

    StaffDirectory m_staff;
    QList<StaffAccount> m_accounts;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_resetPin;
    QPushButton *m_disable;
    QPushButton *m_role;
    QLabel *m_error;
};

} // namespace cd::ui

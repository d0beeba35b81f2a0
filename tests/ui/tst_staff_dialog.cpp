// Staff management from Settings: an administrator adds an account, resets its PIN, makes it an administrator and
// disables it through the Staff dialog (the same StaffDirectory as `clinicdesk-cli staff`); the last administrator
// can be neither demoted nor disabled; every change is an audit row naming the acting administrator; the new
// account signs in with its PIN, the disabled one cannot; Settings reaches the dialog with a named button.
#include "tests/support/TestEnvironment.h"

#include "core/audit/AuditIdentity.h"
#include "core/audit/AuditTrail.h"
#include "core/services/AppServices.h"
#include "core/staff/StaffDirectory.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/staff/StaffDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <QTreeWidget>
#include <QtTest>
#include <functional>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

class TestStaffDialog : public QObject
{
    Q_OBJECT
private slots:
    void adminManagesStaff()
    {
        TestEnvironment env;
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY(services);
        StaffDirectory &staff = (*services)->staff();
        QVERIFY(staff.add(QStringLiteral("Ana Admin"), QStringLiteral("admin"), QStringLiteral("9876")));

        StaffDirectory acting = staff;
        acting.setActingAdmin(QStringLiteral("Ana Admin"));
        StaffDialog dialog(acting);
        dialog.show();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("staffList"));
        QVERIFY(list);
        QVERIFY(!list->accessibleName().isEmpty());
        for (const char *name : {"addStaffButton", "resetPinButton", "disableStaffButton", "roleButton"})
            QVERIFY2(dialog.findChild<QPushButton *>(QLatin1String(name)), name);

        QVERIFY(!dialog.addAccount(QStringLiteral("Bo"), QStringLiteral("staff"), QStringLiteral("12")));
        QVERIFY(dialog.errorText().contains(QStringLiteral("4")));
        QVERIFY(dialog.addAccount(QStringLiteral("Bo Desk"), QStringLiteral("staff"), QStringLiteral("1111")));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(dialog.resetSelectedPin(QStringLiteral("2222")));
        QVERIFY(!staff.signIn(QStringLiteral("Bo Desk"), QStringLiteral("1111")));
        QVERIFY(staff.signIn(QStringLiteral("Bo Desk"), QStringLiteral("2222")));

        // The only administrator cannot lose the role or be disabled.
        QVERIFY(dialog.selectAccount(QStringLiteral("Ana Admin")));
        QVERIFY(!dialog.toggleSelectedRole());
        QVERIFY(dialog.errorText().contains(QStringLiteral("only administrator")));
        QVERIFY(!dialog.toggleSelectedDisabled());
        // Once Bo is an administrator too, Ana can be made ordinary staff.
        QVERIFY(dialog.selectAccount(QStringLiteral("Bo Desk")));
        QVERIFY(dialog.toggleSelectedRole());
        QCOMPARE(staff.find(QStringLiteral("Bo Desk"))->role, QStringLiteral("admin"));
        QVERIFY(dialog.selectAccount(QStringLiteral("Ana Admin")));
        QVERIFY(dialog.toggleSelectedRole());
        QCOMPARE(staff.find(QStringLiteral("Ana Admin"))->role, QStringLiteral("staff"));
        QVERIFY(dialog.toggleSelectedDisabled());
        QVERIFY(staff.find(QStringLiteral("Ana Admin"))->disabled);
        QCOMPARE(staff.signIn(QStringLiteral("Ana Admin"), QStringLiteral("9876")).error().code,
                 QStringLiteral("staff.disabled"));
        // The state is in words, not only a colour.
        QVERIFY(dialog.selectAccount(QStringLiteral("Ana Admin")));
        QCOMPARE(list->currentItem()->text(2), StaffDialog::tr("Disabled"));

        auto rows = (*services)->audit().rows({});
        QVERIFY(rows);
        QStringList management;
        for (const AuditRow &row : std::as_const(*rows)) {
            if (row.action.startsWith(QLatin1String("staff.")) && row.details.endsWith(QLatin1String("by Ana Admin")))
                management << row.action;
        }
        QCOMPARE(management, (QStringList{"staff.added", "staff.pin-reset", "staff.role-changed",
                                          "staff.role-changed", "staff.disabled"}));
        auto verified = (*services)->audit().verify();
        QVERIFY(verified && verified->ok);
    }

    void settingsReachesStaff()
    {
        TestEnvironment env;
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY(services);
        SettingsDialog::Dependencies deps;
        deps.services = services->get();
        SettingsDialog settings(std::move(deps));
        auto *button = settings.findChild<QPushButton *>(QStringLiteral("staffAccountsButton"));
        QVERIFY(button);
        QVERIFY(button->text().contains(QLatin1Char('&'))); // a keyboard path: Alt+A
        // No accounts yet: the dialog opens at once and its first account is the administrator.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<StaffDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->addAccount(QStringLiteral("First Person"), QStringLiteral("staff"), QStringLiteral("5555")));
            dialog->reject();
        });
        button->click();
        QCOMPARE((*services)->staff().find(QStringLiteral("First Person"))->role, QStringLiteral("admin"));
    }
    // Once there is an administrator, someone else at the desk (not signed in as one) must give an administrator's
    // PIN before the Staff dialog opens: a wrong one is said and counts towards that account's lockout; Cancel opens
    // nothing; the right one opens it, and the changes name that administrator.
    void anAdministratorsPinGuardsTheStaffDialog()
    {
        TestEnvironment env;
        auto services = AppServices::open(env.databaseTarget(), {});
        QVERIFY(services);
        QVERIFY((*services)->staff().add(QStringLiteral("Ana Admin"), QStringLiteral("admin"), QStringLiteral("9876")));
        QVERIFY((*services)->staff().add(QStringLiteral("Bo Desk"), QStringLiteral("staff"), QStringLiteral("1111")));

        bool staffDialogOpened = false;
        QStringList errorsSeen;
        int step = 0;
        std::function<void()> drive = [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *staff = qobject_cast<StaffDialog *>(modal)) {
                staffDialogOpened = true;
                QVERIFY(staff->addAccount(QStringLiteral("Cy New"), QStringLiteral("staff"), QStringLiteral("3333")));
                staff->reject();
                return;
            }
            if (!modal || modal->objectName() != QLatin1String("staffPinDialog")) {
                QTimer::singleShot(20, this, drive);
                return;
            }
            auto *pin = modal->findChild<QLineEdit *>(QStringLiteral("staffPin"));
            auto *names = modal->findChild<QComboBox *>(QStringLiteral("adminNames"));
            QVERIFY(pin && names);
            QCOMPARE(names->count(), 1); // only administrators are offered
            if (step == 0) {
                pin->setText(QStringLiteral("0000"));
            } else {
                errorsSeen << modal->findChild<QLabel *>(QStringLiteral("staffPinError"))->text();
                pin->setText(QStringLiteral("9876"));
            }
            ++step;
            QMetaObject::invokeMethod(modal, "accept", Qt::QueuedConnection);
            QTimer::singleShot(50, this, drive);
        };
        QTimer::singleShot(0, this, drive);
        StaffDialog::openFor(**services, nullptr);
        QVERIFY(staffDialogOpened);
        QCOMPARE(errorsSeen.size(), 1);
        QVERIFY2(errorsSeen.constFirst().contains(QLatin1String("PIN")), qPrintable(errorsSeen.constFirst()));

        auto rows = (*services)->audit().rows({});
        QVERIFY(rows);
        bool failed = false;
        bool added = false;
        for (const AuditRow &row : std::as_const(*rows)) {
            failed = failed || (row.action == QLatin1String("staff.sign-in-failed") &&
                                row.details.startsWith(QLatin1String("Ana Admin")));
            added =
                added || (row.action == QLatin1String("staff.added") && row.details.contains(QLatin1String("Cy New")) &&
                          row.details.endsWith(QLatin1String("by Ana Admin")));
        }
        QVERIFY(failed);
        QVERIFY(added);

        // Cancel at the PIN: no Staff dialog.
        staffDialogOpened = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QApplication::activeModalWidget()->close();
        });
        StaffDialog::openFor(**services, nullptr);
        QVERIFY(!staffDialogOpened);
    }
};

QTEST_MAIN(TestStaffDialog)
#include "tst_staff_dialog.moc"

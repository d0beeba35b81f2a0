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

#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

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
};

QTEST_MAIN(TestStaffDialog)
#include "tst_staff_dialog.moc"

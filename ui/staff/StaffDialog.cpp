#include "ui/staff/StaffDialog.h"

#include "core/audit/AuditIdentity.h"
#include "core/services/AppServices.h"
#include "ui/staff/StaffPinDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString roleText(const QString &role)
{
    return role == QLatin1String("admin") ? StaffDialog::tr("Administrator") : StaffDialog::tr("Staff");
}

QString stateText(const StaffAccount &account)
{
    if (account.disabled)
        return StaffDialog::tr("Disabled");
    if (account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc())
        return StaffDialog::tr("Locked until %1 (wrong PINs)")
            .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    return StaffDialog::tr("Active");
}

} // namespace

StaffDialog::StaffDialog(StaffDirectory staff, QWidget *parent)
    : QDialog(parent), m_staff(std::move(staff)), m_list(new QTreeWidget(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_resetPin(new QPushButton(tr("Reset &PIN…"), this)),
      m_disable(new QPushButton(tr("&Disable"), this)), m_role(new QPushButton(tr("Make Ad&ministrator"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(tr("Staff Accounts"));
    auto *intro = new QLabel(tr("Everyone who works at this desk signs in with their own name and PIN, so that "
                                "every action is recorded under their name."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setAccessibleName(tr("Staff accounts"));
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_resetPin->setObjectName(QStringLiteral("resetPinButton"));
    m_disable->setObjectName(QStringLiteral("disableStaffButton"));
    m_role->setObjectName(QStringLiteral("roleButton"));
    m_error->setObjectName(QStringLiteral("staffError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    connect(m_add, &QPushButton::clicked, this, &StaffDialog::askAdd);
    connect(m_resetPin, &QPushButton::clicked, this, &StaffDialog::askResetPin);
    connect(m_disable, &QPushButton::clicked, this, &StaffDialog::toggleSelectedDisabled);
    connect(m_role, &QPushButton::clicked, this, &StaffDialog::toggleSelectedRole);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StaffDialog::updateButtons);

    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_resetPin, m_disable, m_role})
        buttonColumn->addWidget(button);
    buttonColumn->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttonColumn);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(560, 360);
    reload();
}

void StaffDialog::openFor(AppServices &services, QWidget *parent)
{
    StaffDirectory staff = services.staff();
    auto accounts = staff.list();
    QStringList admins;
    bool signedInIsAdmin = false;
    const QString signedIn = AuditIdentity::staff();
    for (const StaffAccount &account : accounts ? *accounts : QList<StaffAccount>{}) {
        if (account.role == QLatin1String("admin") && !account.disabled) {
            admins << account.displayName;
            signedInIsAdmin = signedInIsAdmin || account.displayName == signedIn;
        }
    }
    if (signedInIsAdmin) {
        staff.setActingAdmin(signedIn);
    } else if (!admins.isEmpty()) {
        // Anyone else proves they are an administrator with a PIN; wrong PINs count towards the account's lockout.
        StaffPinDialog ask(StaffPinDialog::Mode::AdminPin, {}, admins, parent);
        for (;;) {
            if (ask.exec() != QDialog::Accepted)
                return;
            auto admin = staff.signIn(ask.name(), ask.pin());
            if (admin) {
                staff.setActingAdmin(admin->displayName);
                break;
            }
            ask.showError(admin.error().message);
        }
    } // no accounts yet: whoever is at the desk creates the first one, which is always an administrator
    StaffDialog dialog(std::move(staff), parent);
    dialog.exec();
}

QString StaffDialog::errorText() const
{
    return m_error->text();
}

void StaffDialog::reload()
{
    const QString current = selected() ? selected()->displayName : QString();
    auto accounts = m_staff.list();
    if (!accounts) {
        m_error->setText(accounts.error().message);
        return;
    }
    m_accounts = *accounts;
    m_list->clear();
    for (const StaffAccount &account : std::as_const(m_accounts)) {
        auto *item = new QTreeWidgetItem(m_list, {account.displayName, roleText(account.role), stateText(account)});
        if (account.displayName == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

std::optional<StaffAccount> StaffDialog::selected() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(row);
}

bool StaffDialog::selectAccount(const QString &displayName)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).displayName == displayName) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

void StaffDialog::updateButtons()
{
    const auto account = selected();
    for (QPushButton *button : {m_resetPin, m_disable, m_role})
        button->setEnabled(account.has_value());
    m_disable->setText(account && account->disabled ? tr("&Enable") : tr("&Disable"));
    m_role->setText(account && account->role == QLatin1String("admin") ? tr("Make &Staff")
                                                                        : tr("Make Ad&ministrator"));
}

bool StaffDialog::report(const Status<> &status)
{
    m_error->setText(status ? QString() : status.error().message);
    reload();
    return bool(status);
}

bool StaffDialog::addAccount(const QString &name, const QString &role, const QString &pin)
{
    auto added = m_staff.add(name, role, pin);
    if (!added) {
        m_error->setText(added.error().message);
        return false;
    }
    m_error->clear();
    reload();
    selectAccount(added->displayName);
    return true;
}

bool StaffDialog::resetSelectedPin(const QString &pin)
{
    const auto account = selected();
    return account && report(m_staff.resetPin(QString::number(account->id), pin));
}

bool StaffDialog::toggleSelectedDisabled()
{
    const auto account = selected();
    return account && report(m_staff.setDisabled(QString::number(account->id), !account->disabled));
}

bool StaffDialog::toggleSelectedRole()
{
    const auto account = selected();
    if (!account)
        return false;
    const QString role = account->role == QLatin1String("admin") ? QStringLiteral("staff") : QStringLiteral("admin");
    return report(m_staff.setRole(QString::number(account->id), role));
}

void StaffDialog::askAdd()
{
    StaffPinDialog ask(StaffPinDialog::Mode::NewAccount, {}, {}, this);
    while (ask.exec() == QDialog::Accepted) {
        if (addAccount(ask.name(), ask.role(), ask.pin()))
            return;
        ask.showError(errorText());
    }
}

void StaffDialog::askResetPin()
{
    const auto account = selected();
    if (!account)
        return;
    StaffPinDialog ask(StaffPinDialog::Mode::ResetPin, account->displayName, {}, this);
    while (ask.exec() == QDialog::Accepted) {
        if (resetSelectedPin(ask.pin()))
            return;
        ask.showError(errorText());
    }
}

} // namespace cd::ui

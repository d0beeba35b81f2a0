#include "ui/lock/FirstAdminDialog.h"

#include "core/staff/StaffDirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
const QString OfferedKey = QStringLiteral("security/firstAdminOffered");
}

FirstAdminDialog::FirstAdminDialog(StaffDirectory &staff, QWidget *parent)
    : QDialog(parent), m_staff(staff), m_name(new QLineEdit(this)), m_pin(new QLineEdit(this)),
      m_again(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the Administrator Account"));
    auto *intro = new QLabel(tr("Each person at the desk can have their own account, so that every action is "
                                "recorded under their name. Start with the administrator, who adds the others."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_name->setAccessibleName(tr("Administrator name"));
    for (QLineEdit *pin : {m_pin, m_again})
        pin->setEchoMode(QLineEdit::Password);
    m_pin->setObjectName(QStringLiteral("adminPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_again->setObjectName(QStringLiteral("adminPinAgain"));
    m_again->setAccessibleName(tr("PIN again"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&PIN (at least %1 characters):").arg(StaffDirectory::MinPinLength), m_pin);
    form->addRow(tr("PIN &again:"), m_again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Account"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Not Now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void FirstAdminDialog::accept()
{
    if (m_pin->text() != m_again->text()) {
        m_error->setText(tr("The two PINs differ."));
        return;
    }
    auto added = m_staff.add(m_name->text(), QStringLiteral("admin"), m_pin->text());
    if (!added) {
        m_error->setText(added.error().message);
        return;
    }
    m_created = added->displayName;
    QDialog::accept();
}

QString FirstAdminDialog::offerIfNeeded(StaffDirectory &staff, bool signInRequired, QWidget *parent)
{
    auto empty = staff.isEmpty();
    if (!empty || !*empty)
        return {};
    QSettings settings;
    if (!signInRequired && settings.value(OfferedKey).toBool())
        return {};
    settings.setValue(OfferedKey, true);
    FirstAdminDialog dialog(staff, parent);
    dialog.exec();
    return dialog.createdName();
}

} // namespace cd::ui

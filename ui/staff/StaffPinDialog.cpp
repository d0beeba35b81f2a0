#include "ui/staff/StaffPinDialog.h"

#include "core/staff/StaffDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

StaffPinDialog::StaffPinDialog(Mode mode, const QString &who, const QStringList &names, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_pin(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("staffPinDialog"));
    auto *form = new QFormLayout;
    switch (mode) {
    case Mode::NewAccount:
        setWindowTitle(tr("Add Staff Account"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("staffName"));
        m_name->setAccessibleName(tr("Name"));
        form->addRow(tr("&Name:"), m_name);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("staffRole"));
        m_role->setAccessibleName(tr("Role"));
        m_role->addItem(tr("Staff"), QStringLiteral("staff"));
        m_role->addItem(tr("Administrator"), QStringLiteral("admin"));
        form->addRow(tr("&Role:"), m_role);
        break;
    case Mode::ResetPin: {
        setWindowTitle(tr("Reset PIN"));
        auto *label = new QLabel(tr("A new PIN for %1. It also lifts a lockout after wrong PINs.").arg(who), this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        form->addRow(label);
        break;
    }
    case Mode::AdminPin: {
        setWindowTitle(tr("Administrator Sign-In"));
        auto *label = new QLabel(tr("Only an administrator can manage staff accounts."), this);
        label->setWordWrap(true);
        form->addRow(label);
        m_names = new QComboBox(this);
        m_names->setObjectName(QStringLiteral("adminNames"));
        m_names->setAccessibleName(tr("Administrator"));
        m_names->addItems(names);
        form->addRow(tr("&Administrator:"), m_names);
        break;
    }
    }
    m_pin->setObjectName(QStringLiteral("staffPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("PIN"));
    form->addRow(mode == Mode::AdminPin ? tr("&PIN:") : tr("&PIN (at least %1 characters):")
                                                            .arg(StaffDirectory::MinPinLength),
                 m_pin);
    if (mode != Mode::AdminPin) {
        m_again = new QLineEdit(this);
        m_again->setObjectName(QStringLiteral("staffPinAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        m_again->setAccessibleName(tr("PIN again"));
        form->addRow(tr("PIN &again:"), m_again);
    }
    m_error->setObjectName(QStringLiteral("staffPinError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffPinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffPinDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString StaffPinDialog::name() const
{
    if (m_names)
        return m_names->currentText();
    return m_name ? m_name->text() : QString();
}

QString StaffPinDialog::role() const
{
    return m_role ? m_role->currentData().toString() : QString();
}

QString StaffPinDialog::pin() const
{
    return m_pin->text();
}

void StaffPinDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void StaffPinDialog::accept()
{
    if (m_again && m_again->text() != m_pin->text()) {
        showError(tr("The two PINs differ."));
        return;
    }
    QDialog::accept();
}

} // namespace cd::ui

#include "ui/lock/LockScreen.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent), m_clinic(new QLabel(this)), m_who(new QLabel(this)), m_staff(new QComboBox(this)),
      m_pin(new QLineEdit(this)), m_unlock(new QPushButton(tr("&Unlock"), this)), m_error(new QLabel(this)),
      m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("lockScreen"));
    m_clinic->setObjectName(QStringLiteral("lockClinicName"));
    m_clinic->setTextFormat(Qt::PlainText);
    m_clinic->setAlignment(Qt::AlignCenter);
    QFont big = m_clinic->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_clinic->setFont(big);
    m_who->setObjectName(QStringLiteral("lockSignedIn"));
    m_who->setTextFormat(Qt::PlainText);
    m_who->setAlignment(Qt::AlignCenter);
    m_staff->setObjectName(QStringLiteral("lockStaff"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_staff->view()->setAccessibleName(tr("Staff members"));
    m_pin->setObjectName(QStringLiteral("lockPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);

    m_form->addRow(tr("&Name:"), m_staff);
    m_form->addRow(tr("&PIN:"), m_pin);
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(380);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_clinic);
    panelLayout->addWidget(m_who);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(m_form);
    panelLayout->addWidget(m_unlock);
    panelLayout->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::submit);
}

void LockScreen::prepare(const QString &clinicName, const QString &signedIn, const QStringList &staffNames,
                         bool newSignIn)
{
    m_clinic->setText(clinicName);
    if (newSignIn)
        m_who->setText(tr("Sign in to continue."));
    else if (signedIn.isEmpty())
        m_who->setText(tr("Locked."));
    else
        m_who->setText(tr("Locked. Signed in: %1").arg(signedIn));
    m_staff->clear();
    m_staff->addItems(staffNames);
    if (!signedIn.isEmpty() && !newSignIn)
        m_staff->setCurrentText(signedIn);
    const bool pinNeeded = !staffNames.isEmpty();
    m_form->setRowVisible(m_staff, pinNeeded);
    m_form->setRowVisible(m_pin, pinNeeded);
    m_pin->clear();
    m_error->clear();
    if (pinNeeded)
        m_pin->setFocus(Qt::OtherFocusReason);
    else
        m_unlock->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_pin->clear();
    m_pin->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit()
{
    emit unlockRequested(m_staff->currentText(), m_pin->text());
}

} // namespace cd::ui

#include "ui/chat/RecordConsentDialog.h"

#include "core/common/OsUser.h"
#include "core/patients/ConsentMethods.h"
#include "core/patients/PatientStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

RecordConsentDialog::RecordConsentDialog(PatientStore *store, const Patient &patient, QWidget *parent)
    : QDialog(parent), m_store(store), m_patient(patient), m_method(new QComboBox(this)),
      m_when(new QDateTimeEdit(QDateTime::currentDateTime(), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recordConsentDialog"));
    setWindowTitle(tr("Record SMS Consent"));

    auto *intro = new QLabel(tr("%1 agreed to receive text messages from the clinic.").arg(patient.fullName()), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_method->setObjectName(QStringLiteral("consentMethod"));
    for (const ConsentMethod &method : ConsentMethods::all())
        m_method->addItem(method.label, method.code);
    m_when->setObjectName(QStringLiteral("consentWhen"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    auto *who = new QLabel(osUserName(), this);
    who->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("Recorded by:"), who);

    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Consent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RecordConsentDialog::accept()
{
    const auto saved =
        m_store->recordConsent(m_patient.id, true, m_method->currentData().toString(), m_when->dateTime().toUTC());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd::ui

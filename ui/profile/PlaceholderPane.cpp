#include "ui/profile/PlaceholderPane.h"

#include "core/phone/PhoneNumbers.h"
#include "ui/common/SecondaryText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd::ui {

PlaceholderPane::PlaceholderPane(const QString &title, const QString &description, QWidget *parent)
    : PatientPane(parent), m_title(new QLabel(this)), m_description(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);

    m_description->setObjectName(QStringLiteral("placeholderDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    makeSecondaryText(m_description);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch(2);
    setMessage(title, description);
}

void PlaceholderPane::showPatient(const std::optional<Patient> &patient)
{
    Q_UNUSED(patient)
}

void PlaceholderPane::setMessage(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

ChatPlaceholderPane::ChatPlaceholderPane(QString clinicRegion, QWidget *parent)
    : PlaceholderPane(QString(), QString(), parent), m_region(std::move(clinicRegion))
{
    setObjectName(QStringLiteral("chatPane"));
}

void ChatPlaceholderPane::showPatient(const std::optional<Patient> &patient)
{
    if (patient && !patient->hasPhone()) {
        setMessage(tr("No Phone Number Available"),
                   tr("Add a mobile number with Edit Patient to text %1.").arg(patient->fullName()));
        return;
    }
    const QString number = patient ? PhoneNumbers::display(patient->phoneE164, m_region) : QString();
    setMessage(tr("Text messages"),
               number.isEmpty()
                   ? tr("The text conversation with this patient will appear here.")
                   : tr("The text conversation with %1 at %2 will appear here: every message sent and received, "
                        "with its delivery status.")
                         .arg(patient->fullName(), number));
}

} // namespace cd::ui

#include "ui/profile/ProfileView.h"

#include "core/phone/PhoneNumbers.h"
#include "ui/common/DateText.h"
#include "ui/common/SecondaryText.h"
#include "ui/profile/OverviewPane.h"
#include "ui/profile/PlaceholderPane.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::ui {

ProfileView::ProfileView(QString clinicRegion, QWidget *parent)
    : QWidget(parent), m_region(std::move(clinicRegion)), m_name(new QLabel(this)), m_summary(new QLabel(this)),
      m_edit(new QPushButton(tr("Edit &Patient…"), this)), m_tabs(new QTabWidget(this)),
      m_overview(new OverviewPane(m_region, this))
{
    setObjectName(QStringLiteral("profileView"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_name->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    m_name->setFont(font);
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    makeSecondaryText(m_summary);

    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setAccessibleName(tr("Patient profile"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->setTabToolTip(OverviewTab, tr("Contact details and consent"));
    m_tabs->addTab(new QWidget(this), QString());
    m_tabs->addTab(new QWidget(this), QString());
    m_tabs->addTab(new QWidget(this), QString());
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_edit->setToolTip(tr("Edit this patient's details (Ctrl+E)"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_patient)
            emit editRequested(m_patient->id);
    });

    setChatPane(new ChatPlaceholderPane(m_region, this));
    setIntakePane(new PlaceholderPane(tr("Intake forms"),
                                      tr("Forms the patient fills in before a visit will appear here: sent by text, "
                                         "completed on their phone, and filed with their record."),
                                      this));
    setAppointmentsPane(new PlaceholderPane(
        tr("Appointments"),
        tr("Upcoming and past appointments will appear here, with the text reminders sent for each."), this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    auto *header = new QGridLayout;
    header->addWidget(m_name, 0, 0);
    header->addWidget(m_summary, 1, 0);
    header->addWidget(m_edit, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    header->setColumnStretch(0, 1);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
    showPatient(std::nullopt);
}

void ProfileView::showPatient(const std::optional<Patient> &patient)
{
    m_patient = patient;
    if (patient) {
        m_name->setText(patient->fullName());
        QStringList parts;
        if (patient->hasPhone())
            parts << PhoneNumbers::display(patient->phoneE164, m_region);
        if (patient->dateOfBirth.isValid())
            parts << tr("born %1").arg(shortDate(patient->dateOfBirth));
        if (patient->isOptedOut())
            parts << tr("opted out of texts");
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_name->setText(tr("No patient selected"));
        m_summary->setText(tr("Choose a patient from the list, or add one with Ctrl+N."));
    }
    m_tabs->setEnabled(patient.has_value());
    m_edit->setVisible(patient.has_value());
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (PatientPane *pane = paneAt(i))
            pane->showPatient(patient);
    }
}

void ProfileView::setChatPane(PatientPane *pane)
{
    replacePane(ChatTab, pane, tr("&Chat"), tr("Chat"));
}

void ProfileView::setIntakePane(PatientPane *pane)
{
    replacePane(IntakeTab, pane, tr("&Intake"), tr("Intake"));
}

void ProfileView::setAppointmentsPane(PatientPane *pane)
{
    replacePane(AppointmentsTab, pane, tr("&Appointments"), tr("Appointments"));
}

void ProfileView::replacePane(Tab tab, PatientPane *pane, const QString &title, const QString &accessibleName)
{
    const bool wasCurrent = m_tabs->currentIndex() == tab;
    QWidget *old = m_tabs->widget(tab);
    m_tabs->removeTab(tab);
    m_tabs->insertTab(tab, pane, title);
    pane->setAccessibleName(accessibleName);
    if (old && old != pane)
        old->deleteLater();
    if (wasCurrent)
        m_tabs->setCurrentIndex(tab);
    pane->showPatient(m_patient);
}

PatientPane *ProfileView::paneAt(int index) const
{
    return qobject_cast<PatientPane *>(m_tabs->widget(index));
}

} // namespace cd::ui

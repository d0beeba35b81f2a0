#include "ui/profile/OverviewPane.h"

#include "core/patients/ConsentMethods.h"
#include "core/phone/PhoneNumbers.h"
#include "ui/common/DateText.h"
#include "ui/common/Languages.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

int ageOn(const QDate &dob, const QDate &today)
{
    int age = today.year() - dob.year();
    if (today.month() < dob.month() || (today.month() == dob.month() && today.day() < dob.day()))
        --age;
    return age;
}

} // namespace

OverviewPane::OverviewPane(QString clinicRegion, QWidget *parent)
    : PatientPane(parent), m_region(std::move(clinicRegion))
{
    setObjectName(QStringLiteral("overviewPane"));
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    addField(form, QStringLiteral("dob"), tr("Date of birth:"));
    addField(form, QStringLiteral("phone"), tr("Mobile phone:"));
    addField(form, QStringLiteral("email"), tr("Email:"));
    addField(form, QStringLiteral("language"), tr("Preferred language:"));
    addField(form, QStringLiteral("timeZone"), tr("Time zone:"));
    addField(form, QStringLiteral("consent"), tr("SMS consent:"));
    addField(form, QStringLiteral("optedOut"), tr("Opted out:"));
    m_recordConsent = new QPushButton(tr("&Record Consent…"), this);
    m_recordConsent->setObjectName(QStringLiteral("recordConsentButton"));
    m_recordConsent->setToolTip(tr("Record how and when the patient agreed to receive text messages"));
    connect(m_recordConsent, &QPushButton::clicked, this, &OverviewPane::recordConsentRequested);
    // Natural width, under the consent lines: a form row would stretch the button across the pane.
    auto *consentButtons = new QHBoxLayout;
    consentButtons->setContentsMargins(0, 0, 0, 0);
    consentButtons->addWidget(m_recordConsent);
    consentButtons->addStretch(1);
    form->addRow(QString(), consentButtons);
    addField(form, QStringLiteral("lastMessage"), tr("Last message:"));
    addField(form, QStringLiteral("notes"), tr("Notes:"));
    addField(form, QStringLiteral("record"), tr("Record:"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(scroll, 1);
    showPatient(std::nullopt);
}

QLabel *OverviewPane::addField(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(key + QStringLiteral("Value"));
    value->setTextFormat(Qt::PlainText); // patient data is never interpreted as markup
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    form->addRow(label, value);
    m_fields.insert(key, value);
    return value;
}

QString OverviewPane::fieldText(const QString &key) const
{
    const QLabel *label = m_fields.value(key);
    return label ? label->text() : QString();
}

void OverviewPane::setLastMessage(const QString &summary)
{
    m_fields[QStringLiteral("lastMessage")]->setText(summary);
}

void OverviewPane::showPatient(const std::optional<Patient> &patient)
{
    m_recordConsent->setVisible(patient.has_value());
    if (!patient) {
        for (QLabel *label : std::as_const(m_fields))
            label->clear();
        return;
    }
    const Patient &p = *patient;
    const QString notRecorded = tr("Not recorded");

    m_fields[QStringLiteral("dob")]->setText(
        p.dateOfBirth.isValid()
            ? tr("%1 (age %2)").arg(shortDate(p.dateOfBirth)).arg(ageOn(p.dateOfBirth, QDate::currentDate()))
            : notRecorded);
    m_fields[QStringLiteral("phone")]->setText(p.hasPhone() ? PhoneNumbers::display(p.phoneE164, m_region)
                                                            : tr("No phone number"));
    m_fields[QStringLiteral("email")]->setText(p.email.isEmpty() ? notRecorded : p.email);
    m_fields[QStringLiteral("language")]->setText(
        p.preferredLanguage.isEmpty() ? notRecorded : Languages::displayName(p.preferredLanguage));
    m_fields[QStringLiteral("timeZone")]->setText(p.timeZone.isEmpty() ? tr("The clinic's time zone") : p.timeZone);

    QString consent;
    if (!p.smsConsent) {
        consent = tr("No — do not text this patient until they agree.");
    } else {
        consent = tr("Yes");
        QStringList how;
        if (!p.consentMethod.isEmpty())
            how << ConsentMethods::label(p.consentMethod);
        if (p.consentAt.isValid())
            how << tr("recorded %1").arg(shortDateTime(p.consentAt));
        if (!p.consentRecordedBy.isEmpty())
            how << tr("by %1").arg(p.consentRecordedBy);
        if (!how.isEmpty())
            consent += QStringLiteral(" — ") + how.join(QStringLiteral(", "));
    }
    m_fields[QStringLiteral("consent")]->setText(consent);
    m_fields[QStringLiteral("optedOut")]->setText(
        p.isOptedOut()
            ? tr("Yes, since %1. No texts are sent until the patient texts START.").arg(shortDateTime(p.optedOutAt))
            : tr("No"));
    m_fields[QStringLiteral("notes")]->setText(p.notes.isEmpty() ? tr("None") : p.notes);
    m_fields[QStringLiteral("record")]->setText(tr("Patient #%1, added %2, last changed %3")
                                                    .arg(p.id)
                                                    .arg(shortDateTime(p.createdAt), shortDateTime(p.updatedAt)));
}

} // namespace cd::ui

#include "ui/patients/PatientDialog.h"

#include "core/common/Clock.h"
#include "core/common/OsUser.h"
#include "core/patients/ConsentMethods.h"
#include "core/patients/PatientSearchQuery.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"
#include "ui/common/DateText.h"
#include "ui/common/Languages.h"
#include "ui/common/SecondaryText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPatientDialog, "clinicdesk.ui.patientdialog")

namespace cd::ui {

namespace {

const QString FirstName = QStringLiteral("first_name");
const QString LastName = QStringLiteral("last_name");
const QString Dob = QStringLiteral("dob");
const QString Phone = QStringLiteral("phone");
const QString Email = QStringLiteral("email");
const QString Language = QStringLiteral("preferred_language");
const QString TimeZone = QStringLiteral("time_zone");
const QString Form = QStringLiteral("form");

// Wraps a field with its error line below it, so a hidden error takes no space.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

PatientDialog::PatientDialog(PatientStore *store, const Patient &existing, QWidget *parent)
    : QDialog(parent), m_store(store), m_original(existing)
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(existing.id == 0 ? tr("New Patient") : tr("Edit Patient"));
    setMinimumWidth(540);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_firstName = addLineEdit(QStringLiteral("firstNameEdit"), FirstName, tr("First name"));
    form->addRow(tr("&First name:"), withError(m_firstName, addErrorLabel(FirstName), this));
    m_lastName = addLineEdit(QStringLiteral("lastNameEdit"), LastName, tr("Last name"));
    form->addRow(tr("&Last name:"), withError(m_lastName, addErrorLabel(LastName), this));

    m_dob = addLineEdit(QStringLiteral("dobEdit"), Dob, tr("Date of birth"));
    m_dob->setPlaceholderText(tr("YYYY-MM-DD or MM/DD/YYYY"));
    form->addRow(tr("&Date of birth:"), withError(m_dob, addErrorLabel(Dob), this));

    m_phone = addLineEdit(QStringLiteral("phoneEdit"), Phone, tr("Mobile phone"));
    m_phone->setPlaceholderText(tr("e.g. (415) 555-0132; leave empty if none"));
    m_phoneHint = new QLabel(this);
    m_phoneHint->setObjectName(QStringLiteral("phoneHint"));
    m_phoneHint->setTextFormat(Qt::PlainText);
    makeSecondaryText(m_phoneHint);
    auto *phoneBox = withError(m_phone, addErrorLabel(Phone), this);
    phoneBox->layout()->addWidget(m_phoneHint);
    form->addRow(tr("&Mobile phone:"), phoneBox);

    m_email = addLineEdit(QStringLiteral("emailEdit"), Email, tr("Email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    form->addRow(tr("&Email:"), withError(m_email, addErrorLabel(Email), this));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Preferred language"));
    m_language->addItem(tr("Not set"), QString());
    for (const LanguageChoice &choice : Languages::common())
        m_language->addItem(choice.display(), choice.code);
    if (!existing.preferredLanguage.isEmpty() && m_language->findData(existing.preferredLanguage) < 0)
        m_language->addItem(Languages::displayName(existing.preferredLanguage), existing.preferredLanguage);
    m_language->setCurrentIndex(qMax(0, m_language->findData(existing.preferredLanguage)));
    form->addRow(tr("Preferred &language:"), withError(m_language, addErrorLabel(Language), this));

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->lineEdit()->setPlaceholderText(tr("e.g. America/New_York; empty uses the clinic's"));
    m_timeZone->setCurrentText(existing.timeZone);
    form->addRow(tr("&Time zone:"), withError(m_timeZone, addErrorLabel(TimeZone), this));

    m_consent = new QCheckBox(tr("Agreed to receive text messages"), this);
    m_consent->setObjectName(QStringLiteral("smsConsentCheck"));
    m_consent->setChecked(existing.smsConsent);
    m_consentMethod = new QComboBox(this);
    m_consentMethod->setObjectName(QStringLiteral("consentMethodCombo"));
    m_consentMethod->setAccessibleName(tr("How consent was given"));
    for (const ConsentMethod &method : ConsentMethods::all()) {
        // "Imported" and "Demo" describe how a record got here; a person recording consent picks a real way.
        if (method.code != QLatin1String("import") && method.code != QLatin1String("demo"))
            m_consentMethod->addItem(method.label, method.code);
    }
    if (!existing.consentMethod.isEmpty() && m_consentMethod->findData(existing.consentMethod) < 0)
        m_consentMethod->addItem(ConsentMethods::label(existing.consentMethod), existing.consentMethod);
    m_consentMethod->setCurrentIndex(qMax(0, m_consentMethod->findData(existing.consentMethod)));
    m_consentMethod->setEnabled(existing.smsConsent);
    connect(m_consent, &QCheckBox::toggled, m_consentMethod, &QWidget::setEnabled);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentMethod, 1);
    form->addRow(tr("SMS consent:"), consentRow);
    if (existing.isOptedOut()) {
        auto *optedOut =
            new QLabel(tr("Opted out of text messages on %1. Only the patient can opt back in, by texting START.")
                           .arg(shortDateTime(existing.optedOutAt)),
                       this);
        optedOut->setTextFormat(Qt::PlainText);
        optedOut->setWordWrap(true);
        form->addRow(QString(), optedOut);
    }

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(existing.notes);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Notes:"), m_notes);

    m_formError = addErrorLabel(Form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("patientDialogButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PatientDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when error lines appear, so nothing is clipped
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);

    m_firstName->setText(existing.firstName);
    m_lastName->setText(existing.lastName);
    m_dob->setText(existing.dateOfBirth.isValid() ? existing.dateOfBirth.toString(Qt::ISODate) : QString());
    m_phone->setText(existing.phoneRaw.isEmpty() && existing.hasPhone()
                         ? PhoneNumbers::display(existing.phoneE164, store->validator().region())
                         : existing.phoneRaw);
    m_email->setText(existing.email);

    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] { validate(); });
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        m_touched.insert(TimeZone);
        validate();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { validate(); });
    m_touched.clear(); // setting the initial text above is not the user typing
    validate();
}

QLineEdit *PatientDialog::addLineEdit(const QString &objectName, const QString &field, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(200);
    // A field's error shows once the user leaves it (not while the first characters are typed); from then on it
    // follows every keystroke, so fixing the value clears the message at once.
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        m_touched.insert(field);
        validate();
    });
    connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });
    return edit;
}

QLabel *PatientDialog::addErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    // "phone" -> "phoneError", "first_name" -> "first_nameError": tests find each field's message by name.
    label->setObjectName(field + QStringLiteral("Error"));
    label->setTextFormat(Qt::PlainText); // the messages quote what was typed
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

Patient PatientDialog::draft(QString *dateError) const
{
    Patient p = m_original;
    p.firstName = m_firstName->text();
    p.lastName = m_lastName->text();
    p.phoneRaw = m_phone->text();
    if (p.phoneRaw.trimmed().isEmpty())
        p.phoneE164.clear();
    p.email = m_email->text();
    p.preferredLanguage = m_language->currentData().toString();
    p.timeZone = m_timeZone->currentText();
    p.notes = m_notes->toPlainText();

    const QString dobText = m_dob->text().trimmed();
    p.dateOfBirth = QDate();
    if (!dobText.isEmpty()) {
        p.dateOfBirth = PatientSearchQuery::parseDate(dobText);
        if (!p.dateOfBirth.isValid() && dateError)
            *dateError = tr("\"%1\" is not a date. Enter the date of birth as YYYY-MM-DD or MM/DD/YYYY.").arg(dobText);
    }

    const bool consent = m_consent->isChecked();
    if (consent != m_original.smsConsent ||
        (consent && m_consentMethod->currentData().toString() != m_original.consentMethod)) {
        p.smsConsent = consent;
        p.consentMethod = consent ? m_consentMethod->currentData().toString() : QString();
        p.consentAt = consent ? Clock::instance().nowUtc() : QDateTime();
        p.consentRecordedBy = consent ? osUserName() : QString();
    }
    return p;
}

void PatientDialog::validate()
{
    QString dateError;
    Patient p = draft(&dateError);
    const QList<FieldError> errors = m_store->validator().normalise(p);
    QHash<QString, QString> byField;
    for (const FieldError &error : errors) {
        if (!byField.contains(error.field))
            byField.insert(error.field, error.message);
    }
    if (!dateError.isEmpty())
        byField.insert(Dob, dateError);
    updatePhoneHint(p, !byField.contains(Phone));

    QHash<QString, QString> visible;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        if (m_submitted || m_touched.contains(it.key()))
            visible.insert(it.key(), it.value());
    }
    showErrors(visible);
    m_formError->hide();
}

void PatientDialog::growToFit()
{
    // Wrapped error lines need height for the dialog's width, which a top-level minimum size does not account for.
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void PatientDialog::showErrors(const QHash<QString, QString> &errors)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        if (it.key() == Form)
            continue;
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    QTimer::singleShot(0, this, &PatientDialog::growToFit);
}

void PatientDialog::updatePhoneHint(const Patient &normalised, bool phoneValid)
{
    if (!phoneValid || !normalised.hasPhone()) {
        m_phoneHint->clear();
        m_phoneHint->hide();
        return;
    }
    m_phoneHint->setText(
        tr("Texts go to %1").arg(PhoneNumbers::display(normalised.phoneE164, m_store->validator().region())));
    m_phoneHint->show();
}

void PatientDialog::accept()
{
    m_submitted = true;
    QString dateError;
    Patient p = draft(&dateError);
    Patient checked = p;
    const QList<FieldError> errors = m_store->validator().normalise(checked);
    validate();
    if (!errors.isEmpty() || !dateError.isEmpty()) {
        // Focus the first field in error, so the user lands where the fix is.
        const QList<QPair<QString, QWidget *>> order{
            {FirstName, m_firstName}, {LastName, m_lastName}, {Dob, m_dob},          {Phone, m_phone},
            {Email, m_email},         {Language, m_language}, {TimeZone, m_timeZone}};
        for (const auto &[field, widget] : order) {
            if (m_errorLabels.value(field)->isVisible()) {
                widget->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }

    auto saved = p.id == 0 ? m_store->create(p) : m_store->update(p);
    if (!saved) {
        qCWarning(lcPatientDialog) << "save refused:" << saved.error().code;
        m_formError->setText(saved.error().message);
        m_formError->show();
        growToFit();
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace cd::ui

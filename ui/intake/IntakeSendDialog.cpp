#include "ui/intake/IntakeSendDialog.h"

#include "core/intake/IntakeService.h"
#include "core/intake/IntakeTemplates.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // patient data and template text are never markup here
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

IntakeSendDialog::IntakeSendDialog(IntakeService &intake, const Patient &patient, QWidget *parent)
    : QDialog(parent), m_intake(intake), m_patient(patient)
{
    setWindowTitle(tr("Send New Intake Form"));
    setAccessibleName(tr("Send New Intake Form"));
    auto *layout = new QVBoxLayout(this);

    auto *who = plainLabel(this, tr("Patient"));
    who->setText(tr("To: %1").arg(patient.fullName()));
    layout->addWidget(who);

    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Form template"));
    for (const IntakeTemplate &t : IntakeTemplates::load())
        m_template->addItem(t.exampleAddress ? tr("%1 (example address)").arg(t.name) : t.name, t.name);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, m_template);

    m_smsOnly = new QRadioButton(tr("&SMS Only"), this);
    m_emailAndSms = new QRadioButton(tr("E&mail && SMS"), this);
    m_smsOnly->setAccessibleName(tr("SMS Only"));
    m_emailAndSms->setAccessibleName(tr("Email and SMS"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_smsOnly);
    group->addButton(m_emailAndSms);
    m_smsOnly->setChecked(true);
    auto *channels = new QHBoxLayout;
    channels->addWidget(m_smsOnly);
    channels->addWidget(m_emailAndSms);
    channels->addStretch();
    form->addRow(tr("Channel:"), channels);
    layout->addLayout(form);

    m_emailReason = plainLabel(this, tr("Why e-mail is not available"));
    layout->addWidget(m_emailReason);
    m_blocked = plainLabel(this, tr("Why the form cannot be sent"));
    m_blocked->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(m_blocked);

    auto *smsBox = new QGroupBox(tr("Text message"), this);
    auto *smsLayout = new QVBoxLayout(smsBox);
    m_smsPreview = new QPlainTextEdit(smsBox);
    m_smsPreview->setReadOnly(true);
    m_smsPreview->setAccessibleName(tr("Text message preview"));
    m_smsPreview->setMaximumHeight(90);
    m_counter = plainLabel(smsBox, tr("Characters, segments and cost"));
    auto *sample = plainLabel(smsBox, tr("About the link"));
    sample->setText(tr("The X's stand for the form's own code, made when the form is sent (same length)."));
    smsLayout->addWidget(m_smsPreview);
    smsLayout->addWidget(m_counter);
    smsLayout->addWidget(sample);
    layout->addWidget(smsBox);

    auto *emailBox = new QGroupBox(tr("E-mail"), this);
    auto *emailLayout = new QVBoxLayout(emailBox);
    m_subject = plainLabel(emailBox, tr("E-mail subject"));
    m_emailText = new QPlainTextEdit(emailBox);
    m_emailText->setReadOnly(true);
    m_emailText->setAccessibleName(tr("E-mail text part"));
    m_emailText->setMaximumHeight(90);
    m_emailHtml = new QTextBrowser(emailBox);
    m_emailHtml->setAccessibleName(tr("E-mail HTML part, rendered"));
    m_emailHtml->setOpenLinks(false);
    m_emailHtml->setMaximumHeight(110);
    emailLayout->addWidget(m_subject);
    emailLayout->addWidget(m_emailText);
    emailLayout->addWidget(m_emailHtml);
    layout->addWidget(emailBox);

    m_error = plainLabel(this, tr("Send problem"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send &Form"), QDialogButtonBox::AcceptRole);
    m_send->setAccessibleName(tr("Send Form"));
    m_send->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &IntakeSendDialog::sendForm);
    connect(m_template, &QComboBox::currentIndexChanged, this, &IntakeSendDialog::updatePreview);
    connect(m_emailAndSms, &QRadioButton::toggled, this, &IntakeSendDialog::updatePreview);
    updatePreview();
    resize(640, sizeHint().height());
}

void IntakeSendDialog::updatePreview()
{
    const IntakeAvailability who = m_intake.availability(m_patient.id);
    m_emailAndSms->setEnabled(who.emailPossible);
    if (!who.emailPossible && m_emailAndSms->isChecked())
        m_smsOnly->setChecked(true);
    m_emailReason->setText(who.emailPossible ? QString() : tr("Email & SMS is not available: %1").arg(who.emailReason));
    m_emailReason->setVisible(!who.emailPossible);
    m_emailAndSms->setToolTip(who.emailPossible ? QString() : who.emailReason);
    m_blocked->setText(who.sms.reason);
    m_blocked->setVisible(!who.sms.canSend());

    const QString name = m_template->currentData().toString();
    auto preview = name.isEmpty() ? Result<IntakePreview>(makeError(QStringLiteral("intake.no-template"),
                                                                    tr("There are no form templates: add one in "
                                                                       "Settings.")))
                                  : m_intake.preview(m_patient.id, name);
    if (!preview) {
        m_smsPreview->setPlainText(QString());
        m_counter->setText(preview.error().message);
        m_send->setEnabled(false);
        return;
    }
    const SegmentInfo &info = preview->sms.segments;
    m_smsPreview->setPlainText(preview->sms.body);
    QString counter = tr("%n character(s)", nullptr, info.characters) + QStringLiteral(" · ") +
                      tr("%n segment(s)", nullptr, info.segments) + QStringLiteral(" · ") + info.encodingName() +
                      QStringLiteral(" · ") + tr("about US$%1").arg(QLocale().toString(info.estimatedCostUsd, 'f', 4));
    if (preview->sms.optOutLineAdded)
        counter += QStringLiteral(" · ") + tr("includes the opt-out line (first message)");
    m_counter->setText(counter);
    const bool email = m_emailAndSms->isChecked();
    m_subject->setText(email ? tr("Subject: %1").arg(preview->content.emailSubject) : tr("No e-mail (SMS Only)."));
    m_emailText->setPlainText(email ? preview->content.emailText : QString());
    m_emailHtml->setHtml(email ? preview->content.emailHtml : QString());
    m_emailText->setEnabled(email);
    m_emailHtml->setEnabled(email);
    m_send->setEnabled(who.sms.canSend() && !preview->sms.problem);
}

void IntakeSendDialog::sendForm()
{
    const IntakeChannel channel = m_emailAndSms->isChecked() ? IntakeChannel::EmailAndSms : IntakeChannel::Sms;
    auto sent = m_intake.send(m_patient.id, m_template->currentData().toString(), channel);
    if (!sent) {
        m_error->setText(sent.error().message);
        m_error->show();
        return;
    }
    m_result = *sent;
    accept();
}

} // namespace cd::ui

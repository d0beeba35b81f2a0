#include "ui/appointments/AppointmentRulesDialog.h"

#include "core/appointments/Appointment.h"
#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentTemplates.h"
#include "core/settings/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cd::ui {

AppointmentRulesDialog::AppointmentRulesDialog(QWidget *parent)
    : QDialog(parent), m_zone(new QComboBox(this)), m_confirmation(new QCheckBox(tr("Confirmation when booked"), this)),
      m_reminders(new QLineEdit(this)), m_reschedule(new QCheckBox(tr("Notice when moved"), this)),
      m_cancellation(new QCheckBox(tr("Notice when cancelled"), this)), m_from(new QTimeEdit(this)),
      m_until(new QTimeEdit(this)), m_horizon(new QSpinBox(this)), m_grace(new QSpinBox(this)),
      m_kind(new QComboBox(this)), m_language(new QComboBox(this)), m_template(new QPlainTextEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("appointmentRulesDialog"));
    setWindowTitle(tr("Appointment Notifications"));
    const AppointmentRules rules = AppointmentRules::fromSettings(SettingsService::instance().snapshot());
    m_zone->setEditable(true);
    m_zone->addItems({QStringLiteral("America/New_York"), QStringLiteral("America/Chicago"),
                      QStringLiteral("America/Denver"), QStringLiteral("America/Phoenix"),
                      QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Anchorage"),
                      QStringLiteral("Pacific/Honolulu")});
    m_zone->setCurrentText(QString::fromUtf8(rules.clinicZone.id()));
    m_confirmation->setChecked(rules.confirmation);
    QStringList hours;
    for (int minutes : rules.reminderMinutes)
        hours << QLocale::c().toString(minutes / 60.0, 'g', 4);
    m_reminders->setText(hours.join(QStringLiteral(", ")));
    m_reminders->setPlaceholderText(tr("e.g. 48, 2 (empty: no reminders)"));
    m_reschedule->setChecked(rules.rescheduleNotice);
    m_cancellation->setChecked(rules.cancellationNotice);
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_until->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setTime(rules.allowedFrom);
    m_until->setTime(rules.allowedUntil);
    m_horizon->setRange(1, 34 * 24);
    m_horizon->setValue(rules.horizonHours);
    m_horizon->setSuffix(tr(" h"));
    m_grace->setRange(1, 240);
    m_grace->setValue(rules.graceMinutes);
    m_grace->setSuffix(tr(" min"));
    m_kind->addItem(tr("Booking confirmation"), NotificationKind::Confirmation);
    m_kind->addItem(tr("Reminder"), NotificationKind::Reminder);
    m_kind->addItem(tr("New-time notice"), NotificationKind::Reschedule);
    m_kind->addItem(tr("Cancellation notice"), NotificationKind::Cancellation);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    for (const QString &kind : AppointmentTemplates::kinds())
        for (const QString &lang : AppointmentTemplates::languages())
            m_texts.insert(kind + QLatin1Char('/') + lang, rules.templateFor(kind, lang));
    m_problem->setObjectName(QStringLiteral("rulesProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    const QList<QPair<QWidget *, QString>> names = {{m_zone, tr("Clinic time zone")},
                                                    {m_confirmation, tr("Confirmation when booked")},
                                                    {m_reminders, tr("Reminders (hours before)")},
                                                    {m_reschedule, tr("Notice when moved")},
                                                    {m_cancellation, tr("Notice when cancelled")},
                                                    {m_from, tr("Automatic texts from")},
                                                    {m_until, tr("Automatic texts until")},
                                                    {m_horizon, tr("Schedule at Twilio this far ahead")},
                                                    {m_grace, tr("Grace period")},
                                                    {m_kind, tr("Template kind")},
                                                    {m_language, tr("Template language")},
                                                    {m_template, tr("Template text")},
                                                    {m_problem, tr("Problem")}};
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);

    auto *form = new QFormLayout;
    form->addRow(tr("Clinic &time zone:"), m_zone);
    form->addRow(QString(), m_confirmation);
    form->addRow(tr("&Reminders (hours before):"), m_reminders);
    form->addRow(QString(), m_reschedule);
    form->addRow(QString(), m_cancellation);
    form->addRow(tr("Automatic texts &from (patient's time):"), m_from);
    form->addRow(tr("&until:"), m_until);
    form->addRow(tr("Schedule at Twilio &ahead:"), m_horizon);
    form->addRow(tr("&Grace period:"), m_grace);
    form->addRow(tr("Template &kind:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("T&ext:"), m_template);
    auto *help = new QLabel(tr("Fields: {first_name} {date} {time} {clinic_name} {location} {provider} {reason}. "
                               "Ask for C to confirm and R to reschedule: never CANCEL (it opts the patient out of "
                               "every text) or YES."),
                            this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    help->setAccessibleName(tr("Template help"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AppointmentRulesDialog::showTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AppointmentRulesDialog::showTemplate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showTemplate();
}

QString AppointmentRulesDialog::currentKey() const
{
    return m_kind->currentData().toString() + QLatin1Char('/') + m_language->currentData().toString();
}

void AppointmentRulesDialog::keepTemplate()
{
    if (!m_shownKey.isEmpty())
        m_texts.insert(m_shownKey, m_template->toPlainText());
}

void AppointmentRulesDialog::showTemplate()
{
    keepTemplate();
    m_shownKey = currentKey();
    m_template->setPlainText(m_texts.value(m_shownKey));
}

void AppointmentRulesDialog::accept()
{
    keepTemplate();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (auto ok = AppointmentTemplates::check(it.value()); !ok) {
            m_problem->setText(tr("%1: %2").arg(it.key(), ok.error().message));
            m_problem->show();
            return;
        }
    }
    if (m_until->time() <= m_from->time()) {
        m_problem->setText(tr("The end of the allowed hours must be after their start."));
        m_problem->show();
        return;
    }
    SettingsService &settings = SettingsService::instance();
    QList<QPair<QString, QVariant>> values = {
        {AppointmentKeys::ClinicTimeZone, m_zone->currentText().trimmed()},
        {AppointmentKeys::ConfirmationOn, m_confirmation->isChecked()},
        {AppointmentKeys::ReminderHours, m_reminders->text().trimmed()},
        {AppointmentKeys::RescheduleOn, m_reschedule->isChecked()},
        {AppointmentKeys::CancellationOn, m_cancellation->isChecked()},
        {AppointmentKeys::QuietStart, m_from->time().toString(QStringLiteral("HH:mm"))},
        {AppointmentKeys::QuietEnd, m_until->time().toString(QStringLiteral("HH:mm"))},
        {AppointmentKeys::HorizonHours, m_horizon->value()},
        {AppointmentKeys::GraceMinutes, m_grace->value()}};
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString kind = it.key().section(QLatin1Char('/'), 0, 0);
        const QString lang = it.key().section(QLatin1Char('/'), 1, 1);
        // Only a changed text is stored: the built-in default stays the default (and its translation).
        if (it.value() != AppointmentTemplates::defaultText(kind, lang))
            values.append({AppointmentKeys::templateKey(kind, lang), it.value()});
        else
            (void)settings.removeValue(AppointmentKeys::templateKey(kind, lang));
    }
    for (const auto &[key, value] : values) {
        if (auto saved = settings.setValue(key, value); !saved) {
            m_problem->setText(saved.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd::ui

#include "ui/appointments/AppointmentRulesDialog.h"

#include "core/appointments/Appointment.h"
#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentTemplates.h"
#include "core/settings/SettingCatalog.h"
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
    // IT's policies lock some keys: those controls are shown, disabled, and said in words.
    const SettingsSnapshot settings = SettingsService::instance().snapshot();
    const QList<QPair<QWidget *, QString>> keyed = {{m_zone, AppointmentKeys::ClinicTimeZone},
                                                    {m_confirmation, AppointmentKeys::ConfirmationOn},
                                                    {m_reminders, AppointmentKeys::ReminderHours},
                                                    {m_reschedule, AppointmentKeys::RescheduleOn},
                                                    {m_cancellation, AppointmentKeys::CancellationOn},
                                                    {m_from, AppointmentKeys::QuietStart},
                                                    {m_until, AppointmentKeys::QuietEnd},
                                                    {m_horizon, AppointmentKeys::HorizonHours},
                                                    {m_grace, AppointmentKeys::GraceMinutes}};
    bool anyLocked = false;
    for (const auto &[widget, key] : keyed) {
        if (settings.isLocked(key)) {
            widget->setEnabled(false);
            widget->setToolTip(tr("Managed by your IT department."));
            anyLocked = true;
        }
    }
    for (const QString &kind : AppointmentTemplates::kinds())
        for (const QString &lang : AppointmentTemplates::languages())
            anyLocked = anyLocked || settings.isLocked(AppointmentKeys::templateKey(kind, lang));

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
    if (anyLocked) {
        auto *managed = new QLabel(tr("Some of these settings are managed by your IT department: they are shown but "
                                      "cannot be changed here."),
                                   this);
        managed->setObjectName(QStringLiteral("rulesManaged"));
        managed->setWordWrap(true);
        managed->setTextFormat(Qt::PlainText);
        managed->setAccessibleName(tr("Managed settings"));
        layout->addWidget(managed);
    }
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
    const QString kind = m_kind->currentData().toString();
    const QString lang = m_language->currentData().toString();
    const bool locked = SettingsService::instance().snapshot().isLocked(AppointmentKeys::templateKey(kind, lang));
    m_template->setReadOnly(locked);
    m_template->setToolTip(locked ? tr("Managed by your IT department.") : QString());
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
    // Each value is checked as `config set` and IT's policies check it (the same words), and only what changed is
    // written: a key IT locked is never touched.
    SettingsService &service = SettingsService::instance();
    const SettingsSnapshot settings = service.snapshot();
    const QString hours = m_reminders->text().trimmed();
    const QList<QPair<QString, QString>> typed = {
        {AppointmentKeys::ClinicTimeZone, m_zone->currentText().trimmed()},
        {AppointmentKeys::ConfirmationOn,
         m_confirmation->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {AppointmentKeys::ReminderHours, hours.isEmpty() ? QStringLiteral("none") : hours},
        {AppointmentKeys::RescheduleOn, m_reschedule->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {AppointmentKeys::CancellationOn,
         m_cancellation->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {AppointmentKeys::QuietStart, m_from->time().toString(QStringLiteral("HH:mm"))},
        {AppointmentKeys::QuietEnd, m_until->time().toString(QStringLiteral("HH:mm"))},
        {AppointmentKeys::HorizonHours, QString::number(m_horizon->value())},
        {AppointmentKeys::GraceMinutes, QString::number(m_grace->value())}};
    QList<QPair<QString, QVariant>> values;
    for (const auto &[key, text] : typed) {
        const SettingDefinition *definition = SettingCatalog::byKey(key);
        if (!definition || settings.isLocked(key))
            continue;
        const auto checked = SettingCatalog::validate(*definition, text);
        if (!checked) {
            m_problem->setText(checked.error().message);
            m_problem->show();
            return;
        }
        if (checked->toString() != settings.value(key).toString())
            values.append({key, *checked});
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString kind = it.key().section(QLatin1Char('/'), 0, 0);
        const QString lang = it.key().section(QLatin1Char('/'), 1, 1);
        const QString key = AppointmentKeys::templateKey(kind, lang);
        if (settings.isLocked(key))
            continue;
        // Only a changed text is stored: the built-in default stays the default (and its translation).
        const bool isDefault = it.value() == AppointmentTemplates::defaultText(kind, lang);
        if (isDefault && settings.value(key).isValid())
            values.append({key, QVariant()});
        else if (!isDefault && it.value() != settings.value(key).toString())
            values.append({key, it.value()});
    }
    for (const auto &[key, value] : values) {
        if (auto saved = value.isValid() ? service.setValue(key, value) : service.removeValue(key); !saved) {
            m_problem->setText(saved.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd::ui

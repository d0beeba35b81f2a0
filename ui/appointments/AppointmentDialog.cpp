#include "ui/appointments/AppointmentDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cd::ui {

AppointmentDialog::AppointmentDialog(Mode mode, const QString &defaultZone, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_start(new QDateTimeEdit(this)), m_zone(new QComboBox(this)),
      m_duration(new QSpinBox(this)), m_provider(new QLineEdit(this)), m_location(new QLineEdit(this)),
      m_reason(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(mode == Mode::Book   ? tr("New Appointment")
                   : mode == Mode::Edit ? tr("Edit Appointment")
                                        : tr("Reschedule Appointment"));
    m_start->setObjectName(QStringLiteral("appointmentStart"));
    m_start->setAccessibleName(tr("Start (local time in the zone below)"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0));
    m_start->setDateTime(tomorrow);
    m_zone->setObjectName(QStringLiteral("appointmentZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    const QStringList common = {QStringLiteral("America/New_York"),    QStringLiteral("America/Chicago"),
                                QStringLiteral("America/Denver"),      QStringLiteral("America/Phoenix"),
                                QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Anchorage"),
                                QStringLiteral("Pacific/Honolulu"),    QStringLiteral("America/Puerto_Rico")};
    m_zone->addItems(common);
    if (!common.contains(defaultZone))
        m_zone->insertItem(0, defaultZone);
    m_zone->setCurrentText(defaultZone);
    m_duration->setObjectName(QStringLiteral("appointmentDuration"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(5, 720);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_provider->setObjectName(QStringLiteral("appointmentProvider"));
    m_provider->setAccessibleName(tr("Provider"));
    m_location->setObjectName(QStringLiteral("appointmentLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_reason->setObjectName(QStringLiteral("appointmentReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Never sent to the patient unless a template asks for it"));
    m_problem->setObjectName(QStringLiteral("appointmentProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    if (mode != Mode::Edit) {
        form->addRow(tr("&Start:"), m_start);
        form->addRow(tr("Time &zone:"), m_zone);
    } else {
        m_start->hide();
        m_zone->hide();
    }
    if (mode != Mode::Reschedule) {
        form->addRow(tr("&Duration:"), m_duration);
        form->addRow(tr("&Provider:"), m_provider);
        form->addRow(tr("&Location:"), m_location);
        form->addRow(tr("&Reason:"), m_reason);
    } else {
        for (QWidget *w : {static_cast<QWidget *>(m_duration), static_cast<QWidget *>(m_provider),
                           static_cast<QWidget *>(m_location), static_cast<QWidget *>(m_reason)})
            w->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("appointmentButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void AppointmentDialog::setAppointment(const Appointment &a)
{
    const QTimeZone zone(a.timeZone.toUtf8());
    m_zone->setCurrentText(a.timeZone);
    const QDateTime local = a.startUtc.toTimeZone(zone);
    m_start->setDateTime(QDateTime(local.date(), local.time()));
    m_duration->setValue(a.durationMinutes);
    m_provider->setText(a.provider);
    m_location->setText(a.location);
    m_reason->setText(a.reason);
}

QString AppointmentDialog::zoneName() const
{
    return m_zone->currentText().trimmed();
}

QDateTime AppointmentDialog::startUtc() const
{
    const QTimeZone zone(zoneName().toUtf8());
    const QDateTime typed = m_start->dateTime();
    const QDateTime local(typed.date(), QTime(typed.time().hour(), typed.time().minute()), zone);
    // A wall-clock time the spring change skips does not exist there.
    if (!zone.isValid() || local.toTimeZone(zone).time() != QTime(typed.time().hour(), typed.time().minute()))
        return {};
    return local.toUTC();
}

AppointmentDraft AppointmentDialog::draft() const
{
    AppointmentDraft d;
    d.startUtc = startUtc();
    d.timeZone = zoneName();
    d.durationMinutes = m_duration->value();
    d.provider = m_provider->text();
    d.location = m_location->text();
    d.reason = m_reason->text();
    return d;
}

void AppointmentDialog::accept()
{
    if (m_mode != Mode::Edit) {
        if (!QTimeZone(zoneName().toUtf8()).isValid()) {
            m_problem->setText(
                tr("\"%1\" is not a time zone. Pick one from the list, e.g. America/New_York.").arg(zoneName()));
            m_problem->show();
            m_zone->setFocus();
            return;
        }
        if (!startUtc().isValid()) {
            m_problem->setText(
                tr("That time does not exist in %1 (the clocks skip it). Pick another time.").arg(zoneName()));
            m_problem->show();
            m_start->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd::ui

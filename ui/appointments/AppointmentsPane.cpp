#include "ui/appointments/AppointmentsPane.h"

#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentStore.h"
#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/services/AppServices.h"
#include "core/settings/SettingsService.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/AppointmentText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

AppointmentRules currentRules()
{
    return AppointmentRules::fromSettings(SettingsService::instance().snapshot());
}

} // namespace

AppointmentsPane::AppointmentsPane(AppServices &services, QWidget *parent)
    : PatientPane(parent), m_services(services), m_tree(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_book(new QPushButton(tr("&New Appointment…"), this)), m_edit(new QPushButton(tr("E&dit…"), this)),
      m_reschedule(new QPushButton(tr("&Reschedule…"), this)),
      m_cancel(new QPushButton(tr("Cancel Appoin&tment…"), this)),
      m_confirm(new QPushButton(tr("Mark Con&firmed"), this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("appointmentsPane"));
    m_tree->setObjectName(QStringLiteral("appointmentsTree"));
    m_tree->setAccessibleName(tr("Appointments and their notifications"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("When (patient's zone)"), tr("What"), tr("State"), tr("Details")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("appointmentsStatus"));
    m_status->setAccessibleName(tr("Appointments status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    const QList<QPair<QPushButton *, QString>> buttons = {
        {m_book, tr("Book a new appointment (Ins)")},
        {m_edit, tr("Change provider, location, reason or duration (F2)")},
        {m_reschedule, tr("Move to another time: its reminders are cancelled and planned again (Ctrl+R)")},
        {m_cancel, tr("Cancel the appointment and tell the patient (Del)")},
        {m_confirm, tr("The patient confirmed by phone (Ctrl+K)")}};
    auto *row = new QHBoxLayout;
    for (const auto &[button, tip] : buttons) {
        button->setToolTip(tip);
        button->setAccessibleDescription(tip);
        row->addWidget(button);
    }
    row->addStretch(1);
    m_book->setObjectName(QStringLiteral("bookAppointmentButton"));
    m_edit->setObjectName(QStringLiteral("editAppointmentButton"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleAppointmentButton"));
    m_cancel->setObjectName(QStringLiteral("cancelAppointmentButton"));
    m_confirm->setObjectName(QStringLiteral("confirmAppointmentButton"));
    connect(m_book, &QPushButton::clicked, this, &AppointmentsPane::book);
    connect(m_edit, &QPushButton::clicked, this, &AppointmentsPane::edit);
    connect(m_reschedule, &QPushButton::clicked, this, &AppointmentsPane::reschedule);
    connect(m_cancel, &QPushButton::clicked, this, &AppointmentsPane::cancelSelected);
    connect(m_confirm, &QPushButton::clicked, this, &AppointmentsPane::confirmSelected);
    const QList<QPair<QKeySequence, void (AppointmentsPane::*)()>> keys = {
        {QKeySequence(Qt::Key_Insert), &AppointmentsPane::book},
        {QKeySequence(Qt::Key_F2), &AppointmentsPane::edit},
        {QKeySequence(Qt::CTRL | Qt::Key_R), &AppointmentsPane::reschedule},
        {QKeySequence(Qt::Key_Delete), &AppointmentsPane::cancelSelected},
        {QKeySequence(Qt::CTRL | Qt::Key_K), &AppointmentsPane::confirmSelected}};
    for (const auto &[key, slot] : keys) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AppointmentsPane::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { reschedule(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    // Another process (the CLI, the messaging thread) moves notifications along: follow it.
    connect(&m_services.appointments(), &AppointmentStore::changed, this, [this](qint64, qint64 patientId) {
        if (m_patient && m_patient->id == patientId)
            reload();
    });
    connect(&m_services.messages(), &MessageStore::changed, this, [this] {
        if (m_patient)
            reload();
    });
    m_refresh->setInterval(30000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_patient && isVisible())
            reload();
    });
    m_refresh->start();
    updateButtons();
}

void AppointmentsPane::showPatient(const std::optional<Patient> &patient)
{
    m_patient = patient;
    reload();
}

void AppointmentsPane::reload()
{
    const auto chosen = selected();
    const qint64 current = chosen ? chosen->id : 0; // kept selected across the reload
    m_tree->clear();
    m_appointments.clear();
    if (!m_patient) {
        updateButtons();
        return;
    }
    auto all = m_services.appointments().list(m_patient->id);
    if (!all) {
        report(all.error().message);
        return;
    }
    m_appointments = *all;
    const QDateTime now = Clock::instance().nowUtc();
    auto *upcoming = new QTreeWidgetItem(m_tree, {tr("Upcoming")});
    auto *past = new QTreeWidgetItem(m_tree, {tr("Past")});
    for (QTreeWidgetItem *section : {upcoming, past})
        section->setFlags(Qt::ItemIsEnabled);
    QTreeWidgetItem *toSelect = nullptr;
    // Upcoming soonest first, past most recent first.
    QList<Appointment> ordered = m_appointments;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Appointment &a, const Appointment &b) {
        const bool aPast = a.startUtc < now;
        const bool bPast = b.startUtc < now;
        if (aPast != bPast)
            return !aPast;
        return aPast ? a.startUtc > b.startUtc : a.startUtc < b.startUtc;
    });
    for (const Appointment &a : std::as_const(ordered)) {
        QStringList what;
        if (!a.provider.isEmpty())
            what << a.provider;
        if (!a.location.isEmpty())
            what << a.location;
        auto *item = new QTreeWidgetItem(
            a.startUtc < now ? past : upcoming,
            {appointmentTimeText(a.startUtc, a.timeZone),
             what.isEmpty() ? tr("%n min", nullptr, a.durationMinutes) : what.join(QStringLiteral(" · ")),
             appointmentStatusText(a.status), a.reason});
        item->setData(0, IdRole, a.id);
        for (const AppointmentNotification &n : a.notifications) {
            auto *child = new QTreeWidgetItem(item, {appointmentTimeText(n.dueUtc, a.timeZone), notificationKindText(n),
                                                     notificationStateText(n.displayState()), n.displayReason()});
            child->setData(0, IdRole, a.id);
            child->setToolTip(3, n.displayReason());
        }
        if (current != 0 && current == a.id)
            toSelect = item;
        if (a.startUtc >= now)
            item->setExpanded(true);
    }
    upcoming->setExpanded(true);
    past->setExpanded(true);
    if (!toSelect && upcoming->childCount() > 0)
        toSelect = upcoming->child(0);
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    m_status->setText(m_appointments.isEmpty() ? tr("No appointments yet. Press Ins to book one.") : QString());
    updateButtons();
}

std::optional<Appointment> AppointmentsPane::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, IdRole).isValid())
        return std::nullopt;
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const Appointment &a : m_appointments)
        if (a.id == id)
            return a;
    return std::nullopt;
}

void AppointmentsPane::updateButtons()
{
    const auto a = selected();
    m_book->setEnabled(m_patient.has_value());
    m_edit->setEnabled(a.has_value());
    m_reschedule->setEnabled(a && a->isActive());
    m_cancel->setEnabled(a && a->isActive());
    m_confirm->setEnabled(a && a->isActive() && a->status != AppointmentStatus::Confirmed);
}

void AppointmentsPane::report(const QString &problem)
{
    m_status->setText(problem);
}

void AppointmentsPane::afterChange()
{
    // The reminders are scheduled (or sent) now, not at the next poll.
    m_services.messaging().syncNow();
    reload();
}

void AppointmentsPane::book()
{
    if (!m_patient)
        return;
    const AppointmentRules rules = currentRules();
    AppointmentDialog dialog(AppointmentDialog::Mode::Book,
                             QString::fromUtf8(AppointmentStore::patientZone(*m_patient, rules).id()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppointmentDraft draft = dialog.draft();
    draft.patientId = m_patient->id;
    auto created = m_services.appointments().create(draft, rules);
    if (!created)
        return report(created.error().message);
    afterChange();
}

void AppointmentsPane::edit()
{
    const auto a = selected();
    if (!a)
        return;
    AppointmentDialog dialog(AppointmentDialog::Mode::Edit, a->timeZone, this);
    dialog.setAppointment(*a);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppointmentDraft d = dialog.draft();
    auto edited = m_services.appointments().edit(a->id, d.provider, d.location, d.reason, d.durationMinutes);
    if (!edited)
        return report(edited.error().message);
    reload();
}

void AppointmentsPane::reschedule()
{
    const auto a = selected();
    if (!a || !a->isActive())
        return;
    AppointmentDialog dialog(AppointmentDialog::Mode::Reschedule, a->timeZone, this);
    dialog.setAppointment(*a);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto moved = m_services.appointments().reschedule(a->id, dialog.startUtc(), dialog.zoneName(), currentRules());
    if (!moved)
        return report(moved.error().message);
    afterChange();
}

void AppointmentsPane::cancelSelected()
{
    const auto a = selected();
    if (!a || !a->isActive())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Cancel Appointment"),
        tr("Cancel the appointment on %1? Its reminders are cancelled and the patient gets a cancellation notice.")
            .arg(appointmentTimeText(a->startUtc, a->timeZone)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto cancelled = m_services.appointments().cancel(a->id, currentRules());
    if (!cancelled)
        return report(cancelled.error().message);
    afterChange();
}

void AppointmentsPane::confirmSelected()
{
    const auto a = selected();
    if (!a || !a->isActive())
        return;
    auto confirmed = m_services.appointments().setStatus(a->id, AppointmentStatus::Confirmed, tr("by staff"));
    if (!confirmed)
        return report(confirmed.error().message);
    reload();
}

} // namespace cd::ui

#include "ui/appointments/TodayView.h"

#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentStore.h"
#include "core/common/Clock.h"
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "core/settings/SettingsService.h"
#include "ui/appointments/AppointmentText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int PatientRole = Qt::UserRole + 1;
constexpr int ReplyRole = Qt::UserRole + 2;
constexpr int AppointmentRole = Qt::UserRole + 3;
} // namespace

TodayView::TodayView(AppServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_tree(new QTreeWidget(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("todayView"));
    setWindowTitle(tr("Today — Patients to Call"));
    m_tree->setObjectName(QStringLiteral("todayTree"));
    m_tree->setAccessibleName(tr("Patients to call"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Patient"), tr("Appointment"), tr("State"), tr("Details")});
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("todayButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("todayRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &TodayView::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    reload();
}

void TodayView::reload()
{
    m_tree->clear();
    const AppointmentRules rules = AppointmentRules::fromSettings(SettingsService::instance().snapshot());
    const QDateTime now = Clock::instance().nowUtc();
    const QDate today = now.toTimeZone(rules.clinicZone).date();
    const QDateTime tomorrowStart = QDateTime(today.addDays(1), QTime(0, 0), rules.clinicZone).toUTC();
    const QDateTime tomorrowEnd = QDateTime(today.addDays(2), QTime(0, 0), rules.clinicZone).toUTC();
    auto appointments = m_services.appointments().list(std::nullopt, now.addDays(-2), now.addDays(35));
    auto replies = m_services.appointments().openReplies();
    if (!appointments || !replies) {
        m_summary->setText(!appointments ? appointments.error().message : replies.error().message);
        return;
    }
    QList<qint64> ids;
    for (const Appointment &a : std::as_const(*appointments))
        ids << a.patientId;
    for (const OpenReply &r : std::as_const(*replies))
        ids << r.patientId;
    const QHash<qint64, Patient> people = m_services.patients().getMany(ids).value_or({});
    auto name = [&](qint64 id) { return people.contains(id) ? people.value(id).fullName() : tr("Patient %1").arg(id); };

    auto section = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    auto row = [&](QTreeWidgetItem *parent, const Appointment &a, const QString &state, const QString &detail) {
        auto *item = new QTreeWidgetItem(
            parent, {name(a.patientId), appointmentTimeText(a.startUtc, a.timeZone), state, detail});
        item->setData(0, PatientRole, a.patientId);
        return item;
    };

    QTreeWidgetItem *unconfirmed = section(tr("Tomorrow, not confirmed"));
    QTreeWidgetItem *reschedule = section(tr("Asked for a new time"));
    QTreeWidgetItem *problems = section(tr("Reminders that did not go out"));
    QTreeWidgetItem *ambiguous = section(tr("Replies to match (several appointments)"));
    for (const Appointment &a : std::as_const(*appointments)) {
        if (a.status == AppointmentStatus::Booked && a.startUtc >= tomorrowStart && a.startUtc < tomorrowEnd)
            row(unconfirmed, a, appointmentStatusText(a.status), a.provider);
        if (a.status == AppointmentStatus::NeedsReschedule && a.startUtc >= now)
            row(reschedule, a, appointmentStatusText(a.status), a.provider);
        if (!a.isActive())
            continue;
        for (const AppointmentNotification &n : a.notifications) {
            const QString state = n.displayState();
            // A reminder skipped because the booking came after its time needs no call: the confirmation went.
            const bool bookedLate =
                n.kind == NotificationKind::Reminder && !n.messageId && n.idealUtc <= a.createdAt.addSecs(60);
            if ((state == NotificationState::Failed || state == NotificationState::Skipped ||
                 state == NotificationState::Missed) &&
                !bookedLate)
                row(problems, a, notificationStateText(state),
                    notificationKindText(n) + QStringLiteral(": ") + n.displayReason());
        }
    }
    for (const OpenReply &r : std::as_const(*replies)) {
        auto *item = new QTreeWidgetItem(
            ambiguous, {name(r.patientId), QString(),
                        r.action == QLatin1String("confirm") ? tr("Replied C (confirm)") : tr("Replied R (reschedule)"),
                        tr("Choose the appointment below and press Enter")});
        item->setData(0, PatientRole, r.patientId);
        auto pending = m_services.appointments().upcoming(
            r.patientId, {AppointmentStatus::Booked, AppointmentStatus::Confirmed, AppointmentStatus::NeedsReschedule});
        for (const Appointment &a : pending.value_or({})) {
            auto *choice = row(item, a, appointmentStatusText(a.status), tr("Apply the reply to this one"));
            choice->setData(0, ReplyRole, r.id);
            choice->setData(0, AppointmentRole, a.id);
        }
        item->setExpanded(true);
    }
    int total = 0;
    for (QTreeWidgetItem *s : {unconfirmed, reschedule, problems, ambiguous}) {
        s->setText(0, s->text(0) + QStringLiteral(" (%1)").arg(s->childCount()));
        s->setExpanded(true);
        total += s->childCount();
    }
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(total == 0 ? tr("Nobody to call: every appointment tomorrow is confirmed and every reminder "
                                       "went out.")
                                  : tr("Press Enter on a row to open the patient."));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void TodayView::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (item->data(0, ReplyRole).isValid()) {
        auto applied = m_services.appointments().resolveReply(item->data(0, ReplyRole).toLongLong(),
                                                              item->data(0, AppointmentRole).toLongLong());
        if (!applied)
            m_summary->setText(applied.error().message);
        reload();
        return;
    }
    if (item->data(0, PatientRole).isValid())
        emit openPatientRequested(item->data(0, PatientRole).toLongLong());
}

} // namespace cd::ui

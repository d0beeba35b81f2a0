#include "ui/appointments/AppointmentsIntegration.h"

#include "core/appointments/AppointmentReplies.h"
#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentStore.h"
#include "core/appointments/DemoAppointments.h"
#include "core/messaging/MessagingService.h"
#include "core/services/AppServices.h"
#include "core/settings/SettingsService.h"
#include "ui/appointments/AppointmentRulesDialog.h"
#include "ui/appointments/AppointmentText.h"
#include "ui/appointments/AppointmentsPane.h"
#include "ui/appointments/TodayView.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/MessageListModel.h"
#include "ui/main/MainWindow.h"
#include "ui/profile/ProfileView.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace cd::ui {

namespace {

// The window's menu with this (MainWindow-translated) title, or a new one before Help.
QMenu *menuNamed(MainWindow *window, const char *title, bool beforeHelp)
{
    const QString wanted = QCoreApplication::translate("cd::ui::MainWindow", title);
    QAction *help = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (!action->menu())
            continue;
        if (action->menu()->title() == wanted)
            return action->menu();
        if (action->menu()->title() == QCoreApplication::translate("cd::ui::MainWindow", "&Help"))
            help = action;
    }
    auto *menu = new QMenu(wanted, window);
    if (beforeHelp && help)
        window->menuBar()->insertMenu(help, menu);
    else
        window->menuBar()->addMenu(menu);
    return menu;
}

} // namespace

AppointmentsIntegration::AppointmentsIntegration(AppServices &services, MainWindow *window)
    : QObject(window), m_services(services), m_window(window), m_pane(new AppointmentsPane(services, window))
{
    window->profile()->setAppointmentsPane(m_pane);

    m_today = new QAction(tr("&Today — Patients to Call"), this);
    m_today->setObjectName(QStringLiteral("todayAction"));
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_today->setStatusTip(tr("Tomorrow's unconfirmed appointments, requests for a new time, reminders that did not go "
                             "out"));
    connect(m_today, &QAction::triggered, this, [this] { showToday(); });
    menuNamed(window, QT_TRANSLATE_NOOP("cd::ui::MainWindow", "&View"), true)->addAction(m_today);
    window->addAction(m_today); // the shortcut works wherever the focus is

    auto *rules = new QAction(tr("Appointment &Notifications…"), this);
    rules->setObjectName(QStringLiteral("appointmentRulesAction"));
    connect(rules, &QAction::triggered, this, &AppointmentsIntegration::showRules);
    menuNamed(window, QT_TRANSLATE_NOOP("cd::ui::MainWindow", "&Edit"), true)->addAction(rules);

    auto *demo = new QAction(tr("Add Demo &Appointments"), this);
    demo->setObjectName(QStringLiteral("demoAppointmentsAction"));
    connect(demo, &QAction::triggered, this, &AppointmentsIntegration::addDemoAppointments);
    menuNamed(window, QT_TRANSLATE_NOOP("cd::ui::MainWindow", "&Help"), false)->addAction(demo);

    // Demo mode: the demo patients come with demo appointments, so a new user sees reminders go out and replies
    // come back (only with the demo transport: never real texts to the 555 numbers).
    connect(window, &MainWindow::demoPatientsAdded, this, [this] {
        if (m_services.messaging().isDemo())
            addDemoAppointments();
    });

    connectChatNotes();
}

void AppointmentsIntegration::connectChatNotes()
{
    if (!m_window->chat() || !m_window->chat()->chatView())
        return;
    MessageListModel *model = m_window->chat()->chatView()->model();
    AppointmentStore *store = &m_services.appointments();
    // A C/R reply's bubble says which appointment it confirmed (or that staff must choose).
    model->setNoteProvider([store](const Message &message) -> QString {
        if (AppointmentReplies::parse(message.body) == AppointmentReplies::Action::None)
            return {}; // most replies: no query
        auto info = store->replyInfo(message.id);
        if (!info || !info->has_value())
            return {};
        return appointmentReplyNote(**info);
    });
    // Replies are applied by the messaging cycle (its own store) and by staff here (this store).
    connect(store, &AppointmentStore::changed, model, [model] { model->refreshNotes(); });
    connect(&m_services.messaging(), &MessagingService::cycleFinished, model,
            [model](int inbound, int, const QString &) {
                if (inbound > 0)
                    model->refreshNotes();
            });
}

TodayView *AppointmentsIntegration::showToday()
{
    if (!m_todayView) {
        m_todayView = new TodayView(m_services, m_window);
        connect(m_todayView, &TodayView::openPatientRequested, m_window, [this](qint64 id) {
            m_window->openPatient(id, true);
            m_window->profile()->tabs()->setCurrentIndex(ProfileView::AppointmentsTab);
        });
    } else {
        m_todayView->reload();
    }
    m_todayView->show();
    m_todayView->raise();
    m_todayView->activateWindow();
    return m_todayView;
}

void AppointmentsIntegration::showRules()
{
    AppointmentRulesDialog dialog(m_window);
    dialog.exec();
}

void AppointmentsIntegration::addDemoAppointments()
{
    auto added = DemoAppointments::addTo(m_services.appointments(), m_services.patients(),
                                         AppointmentRules::fromSettings(SettingsService::instance().snapshot()));
    if (!added) {
        m_window->statusBar()->showMessage(added.error().message, 8000);
        return;
    }
    m_window->statusBar()->showMessage(tr("Added %n demo appointment(s).", nullptr, *added), 5000);
    m_services.messaging().syncNow();
    m_pane->reload();
}

} // namespace cd::ui

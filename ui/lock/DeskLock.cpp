#include "ui/lock/DeskLock.h"

#include "core/audit/AuditIdentity.h"
#include "core/audit/AuditTrail.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "core/staff/StaffDirectory.h"
#include "ui/lock/LockScreen.h"
#include "ui/notify/TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDeskLock, "clinicdesk.ui.lock")

namespace cd::ui {

DeskLock::DeskLock(QMainWindow *window, AppServices &services)
    : QObject(window), m_window(window), m_services(services), m_stack(new QStackedWidget(window)),
      m_screen(new LockScreen(m_stack)), m_idle(new QTimer(this)), m_lockAction(new QAction(tr("&Lock"), window)),
      m_switchAction(new QAction(tr("S&witch User…"), window))
{
    m_stack->setObjectName(QStringLiteral("lockStack"));
    m_content = window->takeCentralWidget();
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_screen);
    window->setCentralWidget(m_stack);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setStatusTip(tr("Hide every patient detail until a PIN is typed"));
    connect(m_lockAction, &QAction::triggered, this, &DeskLock::lock);
    m_switchAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_switchAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_switchAction, &QAction::triggered, this, &DeskLock::switchUser);
    window->addAction(m_lockAction);
    window->addAction(m_switchAction);

    m_idle->setSingleShot(true);
    const int minutes = std::clamp(AppSettings::value(SettingKeys::IdleLockMinutes).toInt(), 1, 60);
    m_idle->setInterval(std::chrono::minutes(minutes));
    connect(m_idle, &QTimer::timeout, this, [this] { lockFor(false, QStringLiteral("idle")); });
    m_idle->start();
    qApp->installEventFilter(this);

    connect(m_screen, &LockScreen::unlockRequested, this, &DeskLock::tryUnlock);
}

DeskLock::~DeskLock()
{
    qApp->removeEventFilter(this);
    // The content lives outside the window while locked, so the window will not delete it. (Reparenting it here
    // would touch the window's focus chain while the window is being destroyed.)
    if (m_content && m_content->parent() != m_stack)
        delete m_content.data();
}

void DeskLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setInterval(timeout);
    if (!m_locked)
        m_idle->start();
}

std::chrono::milliseconds DeskLock::idleTimeout() const
{
    return m_idle->intervalAsDuration();
}

bool DeskLock::signInRequired() const
{
    return AppSettings::value(SettingKeys::RequireSignIn).toBool();
}

void DeskLock::requireSignInIfSet()
{
    if (signInRequired())
        lockFor(true, QStringLiteral("sign-in required"));
}

bool DeskLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_idle->start(); // any use of the app counts as "not idle"
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DeskLock::lock()
{
    lockFor(false, QStringLiteral("by hand"));
}

void DeskLock::switchUser()
{
    lockFor(true, QStringLiteral("switch user"));
}

void DeskLock::keepOffWhileLocked(QAction *action)
{
    if (m_locked && action != m_lockAction && action->isEnabled()) {
        m_disabledActions << action;
        action->setEnabled(false);
    }
}

void DeskLock::lockFor(bool newSignIn, const QString &reason)
{
    m_newSignIn = newSignIn;
    if (!m_locked) {
        m_locked = true;
        m_idle->stop();
        (void)m_services.audit().record(QStringLiteral("desk.locked"), std::nullopt, reason);
        // Other windows (a patient dialog, the unmatched replies) go out of sight until unlocked.
        m_hiddenWindows.clear();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top != m_window && top->isVisible()) {
                m_hiddenWindows << top;
                top->hide();
            }
        }
        // Every shortcut and menu off, except the way back in.
        m_disabledActions.clear();
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action != m_lockAction && action->isEnabled()) {
                m_disabledActions << action;
                action->setEnabled(false);
            }
        }
        m_window->menuBar()->setEnabled(false);
        m_window->statusBar()->clearMessage();
        // Out of the window altogether, not just hidden: nothing in the window's tree shows a patient.
        m_stack->setCurrentWidget(m_screen);
        m_stack->removeWidget(m_content);
        m_content->hide();
        m_content->setParent(nullptr);
        TrayNotifier::setDeskLocked(true);
        qCInfo(lcDeskLock) << "locked:" << reason;
        emit lockedChanged(true);
    }
    QStringList names;
    if (auto accounts = m_services.staff().list()) {
        for (const StaffAccount &account : std::as_const(*accounts)) {
            if (!account.disabled)
                names << account.displayName;
        }
    }
    m_screen->prepare(AppSettings::value(SettingKeys::ClinicName).toString(), m_signedIn, names, newSignIn);
}

void DeskLock::tryUnlock(const QString &staffName, const QString &pin)
{
    auto accounts = m_services.staff().list();
    const bool anyAccount = accounts && !accounts->isEmpty();
    // The computer's session is the identity when nobody signed in and sign-in is not required.
    if (!anyAccount || (m_signedIn.isEmpty() && !m_newSignIn && !signInRequired())) {
        if (signInRequired() && !anyAccount) {
            m_screen->showError(tr("Sign-in is required but there are no staff accounts yet. An administrator "
                                   "adds one with \"clinicdesk-cli staff add\"."));
            return;
        }
        unlock();
        return;
    }
    auto signedIn = m_services.staff().signIn(staffName, pin);
    if (!signedIn) {
        m_screen->showError(signedIn.error().message);
        return;
    }
    m_signedIn = signedIn->displayName;
    AuditIdentity::setStaff(m_signedIn);
    unlock();
}

void DeskLock::unlock()
{
    m_locked = false;
    m_newSignIn = false;
    m_content->setParent(m_stack);
    m_stack->insertWidget(0, m_content);
    m_stack->setCurrentWidget(m_content);
    m_content->show();
    for (const QPointer<QAction> &action : std::as_const(m_disabledActions)) {
        if (action)
            action->setEnabled(true);
    }
    m_disabledActions.clear();
    m_window->menuBar()->setEnabled(true);
    for (const QPointer<QWidget> &top : std::as_const(m_hiddenWindows)) {
        if (top)
            top->show();
    }
    m_hiddenWindows.clear();
    TrayNotifier::setDeskLocked(false);
    (void)m_services.audit().record(QStringLiteral("desk.unlocked"));
    m_idle->start();
    qCInfo(lcDeskLock) << "unlocked";
    emit lockedChanged(false);
}

} // namespace cd::ui

#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QAction;
class QMainWindow;
class QStackedWidget;
class QTimer;

namespace cd {
class AppServices;
}

namespace cd::ui {

class LockScreen;

// Locks the window after the idle time (security/idleLockMinutes), on Ctrl+L, or to switch user: the window's
// content is taken out of the window (not merely hidden), other windows are hidden and every action is disabled,
// so nothing about a patient is on screen or reachable. The lock screen unlocks with the signed-in person's PIN,
// or without one when sign-in is not required and nobody signed in (the computer's session is the identity).
class DeskLock : public QObject
{
    Q_OBJECT
public:
    DeskLock(QMainWindow *window, AppServices &services);
    ~DeskLock() override;

    bool isLocked() const { return m_locked; }
    QString signedIn() const { return m_signedIn; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *switchUserAction() const { return m_switchAction; }
    LockScreen *lockScreen() const { return m_screen; }
    // The idle time; the setting's minutes by default (tests use a short one).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;

    void lock();
    void switchUser(); // lock, then anyone may sign in
    // Starts locked with the sign-in panel when the setting requires sign-in.
    void requireSignInIfSet();
    // An action made while locked (a part of the window built later) stays off until the unlock, like the others.
    void keepOffWhileLocked(QAction *action);

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockFor(bool newSignIn, const QString &reason);
    void tryUnlock(const QString &staffName, const QString &pin);
    void unlock();
    bool signInRequired() const;

    QMainWindow *m_window;
    AppServices &m_services;
    QStackedWidget *m_stack;
    QPointer<QWidget> m_content;
    LockScreen *m_screen;
    QTimer *m_idle;
    QAction *m_lockAction;
    QAction *m_switchAction;
    bool m_locked = false;
    bool m_newSignIn = false;
    QString m_signedIn;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QList<QPointer<QAction>> m_disabledActions;
};

} // namespace cd::ui

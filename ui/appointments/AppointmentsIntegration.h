#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace cd {
class AppServices;
}

namespace cd::ui {

class AppointmentsPane;
class MainWindow;
class TodayView;

// Everything appointments add to the main window, so MainWindow only creates it: the profile's Appointments tab,
// View → Today (Ctrl+T), Edit → Appointment Notifications…, Help → Add Demo Appointments.
class AppointmentsIntegration : public QObject
{
    Q_OBJECT
public:
    AppointmentsIntegration(AppServices &services, MainWindow *window);

    AppointmentsPane *pane() const { return m_pane; }
    TodayView *showToday();
    void showRules();
    void addDemoAppointments();
    QAction *todayAction() const { return m_today; }

private:
    void connectChatNotes();

    AppServices &m_services;
    MainWindow *m_window;
    AppointmentsPane *m_pane;
    QPointer<TodayView> m_todayView;
    QAction *m_today = nullptr;
};

} // namespace cd::ui

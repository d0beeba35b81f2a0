#pragma once

#include <QObject>

class QAction;

namespace cd {
class AppServices;
}

namespace cd::ui {

class IntakeView;
class MainWindow;

// Everything intake forms add to the main window, so MainWindow only creates it: the Intake tab, the
// "Send New Intake Form…" action (Ctrl+Shift+I, from anywhere in the window) and the intake service's periodic work
// (e-mails due after a rate limit, the follow-up, completion status checks, the demo's completions).
class IntakeIntegration : public QObject
{
    Q_OBJECT
public:
    IntakeIntegration(AppServices &services, MainWindow *window);
    IntakeView *view() const { return m_view; }
    QAction *sendAction() const { return m_send; }
    QAction *templatesAction() const { return m_templates; }

private:
    MainWindow *m_window;
    IntakeView *m_view;
    QAction *m_send;
    QAction *m_templates;
};

} // namespace cd::ui

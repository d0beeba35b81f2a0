#include "ui/intake/IntakeIntegration.h"

#include "core/intake/IntakeService.h"
#include "core/services/AppServices.h"
#include "ui/common/FirstPaint.h"
#include "ui/intake/IntakeTemplatesDialog.h"
#include "ui/intake/IntakeView.h"
#include "ui/main/MainWindow.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/profile/ProfileView.h"

#include <QAction>
#include <QListView>
#include <QTabWidget>

namespace cd::ui {

IntakeIntegration::IntakeIntegration(AppServices &services, MainWindow *window)
    : QObject(window), m_window(window), m_view(new IntakeView(services.intake(), services.messages(), window)),
      m_send(new QAction(tr("Send New &Intake Form…"), window)),
      m_templates(new QAction(tr("Intake Form &Templates…"), window))
{
    connect(m_templates, &QAction::triggered, this, [this] {
        IntakeTemplatesDialog dialog(m_window);
        dialog.exec();
    });
    window->profile()->setIntakePane(m_view);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_send->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_send);
    connect(m_send, &QAction::triggered, this, [this] {
        if (!m_window->profile()->patient())
            return;
        m_window->profile()->tabs()->setCurrentIndex(ProfileView::IntakeTab);
        m_view->openSendDialog();
    });
    services.intake().startTimer();
    // E-mails left waiting by the last session go after the first frame: start-up runs no query it can put off.
    whenFirstPainted(window->patientList()->listView()->viewport(), this, [&services] { services.intake().tick(); });
}

} // namespace cd::ui

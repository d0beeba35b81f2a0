#include "ui/notify/TrayNotifier.h"

#include "core/messaging/UnreadCounter.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QWidget>

Q_LOGGING_CATEGORY(lcTray, "clinicdesk.ui.tray")

namespace cd::ui {

namespace {
bool s_deskLocked = false; // GUI thread only
} // namespace

void TrayNotifier::setDeskLocked(bool locked)
{
    s_deskLocked = locked;
}

bool TrayNotifier::isDeskLocked()
{
    return s_deskLocked;
}

TrayNotifier::TrayNotifier(UnreadCounter *counter, PatientStore *patients, QWidget *window, QObject *parent)
    : QObject(parent), m_patients(patients), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            if (m_last && !s_deskLocked)
                emit openPatientRequested(m_last->patientId);
        });
    } else {
        qCInfo(lcTray) << "no system tray: new replies are announced by flashing the window only";
    }
    connect(counter, &UnreadCounter::newReply, this, &TrayNotifier::onNewReply);
    connect(counter, &UnreadCounter::totalChanged, this, &TrayNotifier::onTotalChanged);
}

QString TrayNotifier::initials(const Patient &patient)
{
    QString out;
    for (const QString &part : {patient.firstName, patient.lastName}) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out += trimmed.left(1).toUpper() + QLatin1Char('.');
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

TrayNotifier::Notification TrayNotifier::compose(const std::optional<Patient> &patient, const Message &message,
                                                 bool showText)
{
    Notification n;
    n.patientId = patient ? patient->id : 0;
    const QString who = patient ? initials(*patient) : tr("an unknown number");
    n.title = tr("New text message");
    n.body = showText ? tr("%1: %2").arg(who, message.body.left(200)) : tr("New reply from %1").arg(who);
    return n;
}

void TrayNotifier::onNewReply(qint64 patientId, const Message &message)
{
    if (s_deskLocked) {
        // Announced even when the (locked) window is active, and with nothing that identifies anyone.
        m_last = Notification{0, tr("New message"), tr("New message")};
        if (m_tray)
            m_tray->showMessage(m_last->title, m_last->body, QSystemTrayIcon::Information, 10000);
        if (m_window)
            QApplication::alert(m_window);
        emit notified(*m_last);
        return;
    }
    if (m_window && m_window->isActiveWindow())
        return; // the person is looking at the app
    std::optional<Patient> patient;
    if (patientId != 0 && m_patients) {
        auto found = m_patients->get(patientId);
        if (found)
            patient = *found;
    }
    const bool showText = AppSettings::value(SettingKeys::NotificationShowsText).toBool();
    m_last = compose(patient, message, showText);
    if (m_tray)
        m_tray->showMessage(m_last->title, m_last->body, QSystemTrayIcon::Information, 10000);
    if (m_window)
        QApplication::alert(m_window);
    emit notified(*m_last);
}

void TrayNotifier::onTotalChanged(int total)
{
    if (m_tray)
        m_tray->setToolTip(UnreadCounter::titleWithCount(QApplication::applicationDisplayName(), total));
}

} // namespace cd::ui

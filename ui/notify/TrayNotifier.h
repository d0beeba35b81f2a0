#pragma once

#include "core/messaging/Message.h"
#include "core/patients/Patient.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QSystemTrayIcon;
class QWidget;

namespace cd {
class PatientStore;
class UnreadCounter;
} // namespace cd

namespace cd::ui {

// Announces a new reply in the system tray while the window is not focused. Front-desk screens face the waiting
// room, so by default it names the patient by initials only and shows no message text; the setting
// ui/notificationShowsText shows the text. Clicking the notification brings the window up on that patient.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    struct Notification
    {
        qint64 patientId = 0;
        QString title;
        QString body;
    };

    TrayNotifier(UnreadCounter *counter, PatientStore *patients, QWidget *window, QObject *parent = nullptr);

    // What the notification says for `message` from `patient` (nullopt: an unknown number).
    static Notification compose(const std::optional<Patient> &patient, const Message &message, bool showText);
    static QString initials(const Patient &patient);

    std::optional<Notification> lastNotification() const { return m_last; }
    // While the desk is locked a notification says only "New message": no initials, no text, and a click shows
    // the lock screen rather than a patient.
    static void setDeskLocked(bool locked);
    static bool isDeskLocked();
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    void notified(const cd::ui::TrayNotifier::Notification &notification);
    void openPatientRequested(qint64 patientId); // 0 = the unmatched replies

private:
    void onNewReply(qint64 patientId, const Message &message);
    void onTotalChanged(int total);

    PatientStore *m_patients;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    std::optional<Notification> m_last;
};

} // namespace cd::ui

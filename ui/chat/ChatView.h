#pragma once

#include "core/messaging/SendAvailability.h"
#include "ui/profile/PatientPane.h"

#include <QHash>
#include <QPointer>

class QLabel;

namespace cd {
class ChangeFeed;
class MessageStore;
class MessagingService;
class OfflineQueue;
class PatientStore;
class PresenceWatch;
} // namespace cd

namespace cd::ui {

class ChatListView;
class Composer;
class DeskAwarenessBar;
class MessageListModel;

// The Chat tab: the conversation (bubbles, newest at the bottom) over the composer. Opening a thread marks it read;
// replies arriving while the window is active are marked read too. Drafts are kept per patient while the app runs,
// and a refused message stays in the composer.
class ChatView : public PatientPane
{
    Q_OBJECT
public:
    ChatView(MessageStore *messages, PatientStore *patients, MessagingService *messaging, QWidget *parent = nullptr);

    void showPatient(const std::optional<Patient> &patient) override;
    std::optional<Patient> patient() const { return m_patient; }

    ChatListView *list() const { return m_list; }
    MessageListModel *model() const { return m_model; }
    Composer *composer() const { return m_composer; }

    // Sends what the composer holds (what Enter does). False when it was refused (the text stays).
    bool sendComposerText();
    bool retry(qint64 messageId);
    // Staff stop a message that has not gone out (asks first); a held one is discarded.
    bool cancelMessage(qint64 messageId, bool ask = true);
    bool sendHeldNow(qint64 messageId);
    void showDeliveryDetails(qint64 messageId);
    // Scrolls the open conversation to a message, loading older pages until it is there (history search).
    bool showMessage(qint64 messageId);
    void recordConsent();
    // On a shared clinic database: shows the other desks' activity, reports this desk's typing and replies, and keeps
    // texts sent while the server is out of reach in `offline` (see core/desks). Any may be null.
    void setDesks(PresenceWatch *presence, OfflineQueue *offline, ChangeFeed *feed);
    DeskAwarenessBar *awarenessBar() const { return m_awareness; }

signals:
    void editPatientRequested(qint64 patientId); // "Add Phone Number…"
    void settingsRequested();                    // Twilio is not configured properly
    void patientDataChanged(qint64 patientId);   // consent recorded here
    void patientShown(qint64 patientId);         // 0: none

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send(const QString &text);
    void refreshAvailability();
    void reloadPatient();
    void markReadIfSeen();
    void onBlockedAction(SendAvailability::Block block);
    void updateOptOutLine();
    void updateSyncStatus(const QString &error);

    MessageStore *m_messages;
    PatientStore *m_patients;
    QPointer<MessagingService> m_worker; // the process's messaging service
    MessageListModel *m_model;
    ChatListView *m_list;
    Composer *m_composer;
    QLabel *m_syncStatus;
    QLabel *m_empty;
    std::optional<Patient> m_patient;
    QHash<qint64, QString> m_drafts;
    QObject *m_watchedWindow = nullptr;
    bool holdOffline(const QString &text, const Error &error);
    PresenceWatch *m_presence = nullptr;
    OfflineQueue *m_offline = nullptr;
    ChangeFeed *m_feed = nullptr;
    DeskAwarenessBar *m_awareness = nullptr;
};

} // namespace cd::ui

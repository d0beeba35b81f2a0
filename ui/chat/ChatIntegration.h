#pragma once

#include <QObject>

#include <memory>

class QAction;
class QDialog;
class QListView;
class QPushButton;
class QToolButton;
class QWidget;

namespace cd {
class AppServices;
class MessageStore;
class MessagingService;
class PatientStore;
class UnreadCounter;
} // namespace cd

namespace cd::ui {

class ChatView;
class MainWindow;
class TrayNotifier;
class UnmatchedRepliesView;
class UnreadConversationsModel;

// Everything messaging adds to the main window, in one place so MainWindow only has to create it: it starts the
// process's messaging service and adds the Chat tab, the unread total in the window title, tray notifications, and the
// "Unmatched Replies" sidebar entry with its window. Watches the database for messages other processes (the CLI)
// stored.
class ChatIntegration : public QObject
{
    Q_OBJECT
public:
    ChatIntegration(AppServices &services, MainWindow *window);
    ~ChatIntegration() override;

    ChatView *chatView() const { return m_chat; }
    // The sidebar entry: "Unmatched Replies (N)"; opens the unmatched replies window.
    QPushButton *unmatchedButton() const { return m_unmatchedButton; }
    // Below the patient list: "Unread Only" (the list of patients with unread replies, newest first) and the
    // Unmatched Replies entry.
    QWidget *sidebarWidget() const { return m_sidebar; }
    void setUnreadOnly(bool on);
    UnmatchedRepliesView *unmatchedView() const { return m_unmatchedView; }
    UnreadCounter *unreadCounter() const { return m_unread; }
    MessagingService *messaging() const { return m_messaging; }
    MessageStore *messages() const { return m_messages; }

    // The work the first frame does not need: the messaging session, the data-version watch, the unread counts and
    // lists. Runs once, right after the patient list's first paint (or a second after construction when the window
    // is never shown); idempotent.
    void startAfterFirstPaint();
    bool isStarted() const { return m_started; }

    void showUnmatched();
    // Ctrl+Shift+F: search every conversation; Enter opens the thread at the message.
    QAction *historySearchAction() const { return m_historySearch; }
    void showHistorySearch();
    // Call after the Settings dialog: the messaging service starts again with the stored credentials.
    void reloadCredentials();
    void updateWindowTitle();
    // "Today 08:35 · You: See you soon (Delivered)" for the Overview tab; empty when there are no messages.
    static QString lastMessageSummary(MessageStore &messages, qint64 patientId);

private:
    void updateUnmatchedButton();
    void updateLastMessage();

    MainWindow *m_window;
    PatientStore *m_patients;
    MessageStore *m_messages;
    MessagingService *m_messaging;
    UnreadCounter *m_unread;
    TrayNotifier *m_tray;
    ChatView *m_chat;
    QPushButton *m_unmatchedButton;
    QWidget *m_sidebar = nullptr;
    QToolButton *m_unreadOnly = nullptr;
    QListView *m_unreadList = nullptr;
    UnreadConversationsModel *m_unreadModel = nullptr;
    QDialog *m_unmatchedWindow = nullptr;
    UnmatchedRepliesView *m_unmatchedView = nullptr;
    bool m_started = false;
    QAction *m_historySearch = nullptr;
};

} // namespace cd::ui

#pragma once

#include "core/common/Result.h"
#include "core/messaging/Message.h"
#include "core/messaging/Outbox.h"
#include "core/messaging/SendPolicy.h"
#include "core/messaging/SyncEngine.h"
#include "core/settings/SettingsSnapshot.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace cd {

class CredentialsProvider;
class MessageStore;
class MessagingThread;
class PatientStore;
class SettingsService;

// The one messaging session of a process, for the GUI and the CLI alike: the outbox, the transport (real Twilio,
// or the demo transport when nothing is configured), the messaging thread with its poll timer and back-off, the
// restart after a credentials change, and the shutdown that lets a send finish.
//
// Writing a message (checks, pending row, audit) happens at once on the caller's thread, so a refusal comes back
// immediately and an accepted text is on disk before anything else. Sending, settling and polling run in the
// messaging thread (the engine blocks while it waits for Twilio).
class MessagingService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool pollAutomatically = true; // the GUI: a cycle at start and then on a timer; the CLI: only when asked
        OutboxOptions outbox;
    };

    // The settings come from `settings` (the process's SettingsService when null), read from its snapshot and
    // passed on to the outbox and the engine whenever they change: nothing deeper looks them up.
    MessagingService(MessageStore &messages, PatientStore &patients,
                     std::shared_ptr<const CredentialsProvider> credentials, Options options,
                     QObject *parent = nullptr, SettingsService *settings = nullptr);
    MessagingService(MessageStore &messages, PatientStore &patients,
                     std::shared_ptr<const CredentialsProvider> credentials, QObject *parent = nullptr);
    ~MessagingService() override;

    // Chooses the transport and starts the thread. A half-configured Twilio setup is an error: sending stays off
    // and says why (configurationError()).
    Status<> start();
    // Lets the step in progress finish (a send is never cut in half), then ends the thread.
    void stop();
    // After the credentials changed (Settings): stops, then starts again with `credentials`. Emits restarted().
    Status<> restart(std::shared_ptr<const CredentialsProvider> credentials);

    bool isRunning() const { return m_thread != nullptr; }
    bool isDemo() const { return m_sender.demo; }
    std::optional<Error> configurationError() const { return m_configError; }
    // The credentials of the running session (other channels of the process, e.g. intake e-mail, follow them).
    std::shared_ptr<const CredentialsProvider> credentials() const { return m_credentials; }

    // --- The send policy, for the composer ---
    SendRules rules() const { return SendRules::from(m_settings->policy()); }
    SendAvailability availability(const std::optional<Patient> &patient) const;
    // Exactly what send() would write for `typed` to this patient (opt-out line included or not).
    SendPreview preview(qint64 patientId, const QString &typed) const;

    // Writes the message (pending) and asks the messaging thread to send it now. Refusals come back as errors and
    // nothing is written.
    Result<Message> send(qint64 patientId, const QString &body, const QueueOptions &options = {});
    // Sends the text of a failed message again, as a new message (the failed one stays as it was).
    Result<Message> retry(const Message &failed);

    // Staff cancel a message (pending, not sent, not confirmed: at once; scheduled at Twilio: in the messaging
    // thread, the outcome through cancelFinished). Returns the row as it is now.
    Result<Message> cancel(qint64 messageId);
    Result<Message> cancelAndWait(qint64 messageId); // the CLI: also waits for Twilio
    // A held ("not sent") chat text: back to the outbox and sent now.
    Result<Message> sendHeldNow(qint64 messageId);

    // Blocking forms for the command line: wait until the messaging thread is done with it.
    Result<Message> sendAndWait(qint64 patientId, const QString &body);
    SyncReport syncAndWait();

    void setChatOpen(bool open);
    // A chat was opened (or another patient's chat shown): poll at once.
    void chatOpened();
    // Another desk wants replies read more often (ChangeFeed "pace"): the clinic's poller reads now.
    void clinicPaceRaised();
    // The window lost or regained focus: inactive desks poll at the idle interval.
    void setWindowActive(bool active);
    void syncNow();
    // One interval for every mode instead of the settings' schedule (a headless desk run by IT; tests).
    void setFixedIntervalMs(int ms);

    QDateTime lastCycleAt() const { return m_lastCycleAt; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; } // the last cycle that reached Twilio (or the demo)
    QString lastCycleError() const { return m_lastError; }

signals:
    void cycleFinished(int inbound, int statusUpdates, const QString &error);
    void cycleReported(const cd::SyncReport &report);
    void sendFinished(qint64 messageId);
    void cancelFinished(qint64 messageId, const QString &error);
    void restarted();

private:
    void onCycleReported(const SyncReport &report);
    void applySettings(const SettingsSnapshot &snapshot);
    void applyInterval();

    MessageStore &m_messages;
    PatientStore &m_patients;
    std::shared_ptr<const CredentialsProvider> m_credentials;
    Options m_options;
    SettingsService &m_settingsService;
    std::shared_ptr<const SettingsSnapshot> m_settings;
    SenderConfig m_sender;
    std::unique_ptr<Outbox> m_outbox;
    QThread *m_thread = nullptr;
    MessagingThread *m_worker = nullptr;
    bool m_chatOpen = false;
    bool m_windowActive = true;
    std::optional<Error> m_configError;
    QDateTime m_lastCycleAt;
    QDateTime m_lastSuccessAt;
    QString m_lastError;
};

} // namespace cd

#pragma once

#include "core/common/Result.h"
#include "core/messaging/Message.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace cd {
class CredentialsProvider;
class Database;
class MessageStore;
class Outbox;
class PatientStore;
struct GatewaySetup;
} // namespace cd

namespace cd::ui {

class MessagingWorkerCore;

// The GUI's messaging engine. Writing a message (Outbox::queue: checks, pending row, audit) happens at once on the
// GUI thread, so a refused text comes back immediately and an accepted one is on disk before anything else;
// sending, settling and polling run in a worker thread (the engine blocks while it waits for Twilio). The thread
// runs a sync cycle every pollIntervalChatOpenSec while a chat is open, pollIntervalIdleSec otherwise.
class MessagingWorker : public QObject
{
    Q_OBJECT
public:
    MessagingWorker(std::shared_ptr<Database> database, std::shared_ptr<const CredentialsProvider> credentials,
                    QString phoneRegion, QObject *parent = nullptr);
    ~MessagingWorker() override;

    // Chooses the transport (real Twilio, or the demo transport when nothing is configured) and starts the thread.
    // A half-configured Twilio setup is an error: sending stays off and says why (configurationError()).
    Status<> start();
    void stop();
    // After the credentials changed (Settings): finishes the running step, then starts again with `credentials`
    // (demo <-> real Twilio). Emits restarted().
    Status<> restart(std::shared_ptr<const CredentialsProvider> credentials);

    bool isRunning() const { return m_thread != nullptr; }
    bool isDemo() const { return m_demo; }
    std::optional<Error> configurationError() const { return m_configError; }

    // Writes the message (pending) and asks the worker to send it now. Refusals (no phone, opted out, no consent,
    // empty, too long, not configured) come back as errors and nothing is written.
    Result<Message> send(qint64 patientId, const QString &body);
    // Sends the text of a failed message again, as a new message (the failed one stays as it was). One create.
    Result<Message> retry(const Message &failed);

    void setChatOpen(bool open);
    void syncNow();

    QDateTime lastCycleAt() const { return m_lastCycleAt; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; } // the last cycle that reached Twilio (or the demo)
    QString lastCycleError() const { return m_lastError; }

signals:
    void cycleFinished(int inbound, int statusUpdates, const QString &error);
    void restarted();

private:
    void onCycleFinished(int inbound, int statusUpdates, const QString &error);
    void applyInterval();

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const CredentialsProvider> m_credentials;
    QString m_region;
    std::unique_ptr<PatientStore> m_patients;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<GatewaySetup> m_setup;
    std::unique_ptr<Outbox> m_outbox;
    QThread *m_thread = nullptr;
    MessagingWorkerCore *m_core = nullptr;
    bool m_demo = false;
    bool m_chatOpen = false;
    std::optional<Error> m_configError;
    QDateTime m_lastCycleAt;
    QDateTime m_lastSuccessAt;
    QString m_lastError;
};

} // namespace cd::ui

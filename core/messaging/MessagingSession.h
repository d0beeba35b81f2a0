#pragma once

#include "core/common/Result.h"
#include "core/messaging/GatewayFactory.h"
#include "core/messaging/Outbox.h"
#include "core/messaging/SyncEngine.h"

#include <memory>

namespace cd {

class CredentialsProvider;
class Database;
class MessageStore;
class PatientStore;

// The engine of one thread: the transport chosen by GatewayFactory and the sync engine on top of it.
// attach() is what MessagingService's thread uses: the process's one message store, patient store and outbox.
// open() makes a self-contained session (its own stores and outbox) for a child process or a test.
class MessagingSession
{
public:
    static Result<std::unique_ptr<MessagingSession>> attach(MessageStore &messages, PatientStore &patients,
                                                            Outbox &outbox,
                                                            std::shared_ptr<const CredentialsProvider> credentials);
    static Result<std::unique_ptr<MessagingSession>> open(std::shared_ptr<Database> database,
                                                          std::shared_ptr<const CredentialsProvider> credentials,
                                                          const QString &phoneRegion, OutboxOptions options = {});
    ~MessagingSession();

    PatientStore &patients() { return *m_patients; }
    MessageStore &messages() { return *m_messages; }
    SmsGateway &gateway() { return *m_setup.gateway; }
    SyncEngine &engine() { return *m_engine; }
    Outbox &outbox() { return *m_outbox; }
    const SenderConfig &sender() const { return m_setup.sender; }
    bool isDemo() const { return m_setup.sender.demo; }

private:
    MessagingSession() = default;
    // Only for open(): what an attached session borrows from the process.
    std::unique_ptr<PatientStore> m_ownPatients;
    std::unique_ptr<MessageStore> m_ownMessages;
    std::unique_ptr<Outbox> m_ownOutbox;
    PatientStore *m_patients = nullptr;
    MessageStore *m_messages = nullptr;
    Outbox *m_outbox = nullptr;
    GatewaySetup m_setup;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace cd

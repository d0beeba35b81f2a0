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

// Everything one thread needs to send and sync: the stores, the transport chosen by GatewayFactory and the engine.
// The CLI makes one per command; the GUI makes one inside its sync worker thread.
class MessagingSession
{
public:
    static Result<std::unique_ptr<MessagingSession>> open(std::shared_ptr<Database> database,
                                                          std::shared_ptr<const CredentialsProvider> credentials,
                                                          const QString &phoneRegion, OutboxOptions options = {});
    ~MessagingSession();

    PatientStore &patients() { return *m_patients; }
    MessageStore &messages() { return *m_messages; }
    SmsGateway &gateway() { return *m_setup.gateway; }
    SyncEngine &engine() { return *m_engine; }
    Outbox &outbox() { return m_engine->outbox(); }
    const SenderConfig &sender() const { return m_setup.sender; }
    bool isDemo() const { return m_setup.sender.demo; }

private:
    MessagingSession() = default;
    std::unique_ptr<PatientStore> m_patients;
    std::unique_ptr<MessageStore> m_messages;
    GatewaySetup m_setup;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace cd

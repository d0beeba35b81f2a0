#include "core/messaging/MessagingSession.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/Credentials.h"
#include "core/storage/Database.h"

namespace cd {

Result<std::unique_ptr<MessagingSession>> MessagingSession::open(std::shared_ptr<Database> database,
                                                                 std::shared_ptr<const CredentialsProvider> credentials,
                                                                 const QString &phoneRegion, OutboxOptions options)
{
    auto setup = makeGateway(std::move(credentials), database);
    if (!setup)
        return setup.error();
    std::unique_ptr<MessagingSession> session(new MessagingSession);
    session->m_patients = std::make_unique<PatientStore>(database, phoneRegion);
    session->m_messages = std::make_unique<MessageStore>(database);
    session->m_setup = std::move(setup.value());
    session->m_engine =
        std::make_unique<SyncEngine>(*session->m_messages, *session->m_patients, *session->m_setup.gateway,
                                     session->m_setup.sender, std::move(options));
    return session;
}

MessagingSession::~MessagingSession()
{
    // The engine refers to the gateway and the stores: it goes first.
    m_engine.reset();
    m_setup.gateway.reset();
}

} // namespace cd

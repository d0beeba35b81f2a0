#include "core/messaging/MessagingSession.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/Credentials.h"
#include "core/storage/Database.h"

namespace cd {

Result<std::unique_ptr<MessagingSession>>
MessagingSession::attach(MessageStore &messages, PatientStore &patients, Outbox &outbox,
                         std::shared_ptr<const CredentialsProvider> credentials)
{
    auto setup = makeGateway(std::move(credentials), messages.database());
    if (!setup)
        return setup.error();
    std::unique_ptr<MessagingSession> session(new MessagingSession);
    session->m_patients = &patients;
    session->m_messages = &messages;
    session->m_outbox = &outbox;
    session->m_setup = std::move(setup.value());
    outbox.setGateway(session->m_setup.gateway.get());
    session->m_engine = std::make_unique<SyncEngine>(messages, patients, *session->m_setup.gateway, outbox);
    return session;
}

Result<std::unique_ptr<MessagingSession>> MessagingSession::open(std::shared_ptr<Database> database,
                                                                 std::shared_ptr<const CredentialsProvider> credentials,
                                                                 const QString &phoneRegion, OutboxOptions options)
{
    auto setup = makeGateway(std::move(credentials), database);
    if (!setup)
        return setup.error();
    std::unique_ptr<MessagingSession> session(new MessagingSession);
    session->m_ownPatients = std::make_unique<PatientStore>(database, phoneRegion);
    session->m_ownMessages = std::make_unique<MessageStore>(database);
    session->m_patients = session->m_ownPatients.get();
    session->m_messages = session->m_ownMessages.get();
    session->m_setup = std::move(setup.value());
    session->m_ownOutbox =
        std::make_unique<Outbox>(*session->m_messages, *session->m_patients, *session->m_setup.gateway,
                                 session->m_setup.sender, std::move(options));
    session->m_outbox = session->m_ownOutbox.get();
    session->m_engine = std::make_unique<SyncEngine>(*session->m_messages, *session->m_patients,
                                                     *session->m_setup.gateway, *session->m_outbox);
    return session;
}

MessagingSession::~MessagingSession()
{
    // The engine and the outbox refer to the gateway: they let go of it first.
    m_engine.reset();
    if (m_outbox)
        m_outbox->setGateway(nullptr);
    m_ownOutbox.reset();
    m_setup.gateway.reset();
}

} // namespace cd

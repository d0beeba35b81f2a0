#pragma once

#include "core/messaging/Outbox.h"
#include "core/messaging/Poller.h"
#include "core/messaging/SenderConfig.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace cd {

class MessageStore;
class PatientStore;
class SmsGateway;
struct ClinicPolicy;

struct SyncReport
{
    int sent = 0;
    int settled = 0;
    int failed = 0;
    int inbound = 0;
    int statusUpdates = 0;
    std::optional<TwilioError> error;   // Twilio stopped the cycle; everything else waits for the next one
    std::optional<Error> databaseError; // our own database did (a full disk, a lock): not a Twilio problem
    bool polled = false;                // replies and receipts were read in full this cycle
    int rowErrors = 0;                  // rows whose own request failed (each on its own back-off)
    bool ok() const { return !error && !databaseError; }
    // What the poll interval follows: only the reading of replies. A send that fails (one row, a rate limit) never
    // slows reply polling; a network that is down does (nothing could be read).
    bool pollingOk() const { return polled && !databaseError; }
    QString errorMessage() const { return databaseError ? databaseError->message : error ? error->message : QString(); }
};

// One full messaging cycle, the same for the GUI's timer and `clinicdesk-cli sync`: take over abandoned sends,
// settle unknown outcomes, send what is pending, fetch replies, update statuses. Blocking (see GatewayAwait.h).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // Polls through `gateway` and sends through `outbox` (which must use the same gateway).
    SyncEngine(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, Outbox &outbox,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncReport runCycle();
    void setPolicy(const ClinicPolicy &policy); // the parts of the clinic's policy a cycle uses
    Outbox &outbox() { return m_outbox; }
    Poller &poller() { return *m_poller; }

    // When this engine's last cycle succeeded (exact; invalid before the first success).
    QDateTime lastSuccess() const;
    // When any process's last cycle succeeded, through the database (written on change or once a minute).
    static QDateTime lastSuccessfulPoll(MessageStore &messages);
    static QString lastPollError(MessageStore &messages);

private:
    MessageStore &m_messages;
    PatientStore &m_patients;
    SmsGateway &m_gateway;
    Outbox &m_outbox;
    std::unique_ptr<Poller> m_poller;
    QDateTime m_lastSuccess;
    QDateTime m_lastSuccessWritten;
    QString m_lastErrorWritten = QStringLiteral("\n"); // forces the first write
};

} // namespace cd

Q_DECLARE_METATYPE(cd::SyncReport)

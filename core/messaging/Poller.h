#pragma once

#include "core/common/Result.h"
#include "core/messaging/SenderConfig.h"
#include "core/twilio/TwilioTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace cd {

class MessageStore;
class Outbox;
class PatientStore;
class SmsGateway;

// Why a poll stopped: Twilio (network, refusal) or our own database. Never one reported as the other.
struct PollStop
{
    std::optional<TwilioError> twilio;
    std::optional<Error> database;
};

// Reads what happened at Twilio: replies to the clinic numbers and the status of messages still on their way.
// Cheap when nothing happened: one list per clinic number for replies (the first page holds only known sids) and
// nothing at all for statuses unless a message is still in flight.
class Poller : public QObject
{
    Q_OBJECT
public:
    Poller(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, Outbox &outbox, SenderConfig sender);

    // New inbound messages stored (each sid once), STOP/START applied.
    Result<int, PollStop> pollInbound();
    // Outbound messages whose status, error or price changed.
    Result<int, PollStop> pollStatuses();

    // After this long without a receipt a "sent" text is no longer asked about (ClinicPolicy).
    void setNoReceiptAfterHours(int hours) { m_noReceiptAfterHours = hours; }

    static constexpr int MaxPages = 50;
    // Replies page back until one we already hold, however many came in between (a week away, a mass reply):
    // this only guards against a server that never ends its list.
    static constexpr int MaxInboundPages = 5000;
    static constexpr int MaxSingleFetches = 10;

    // How often a text still on its way is asked about: every cycle in its first minutes (a receipt usually comes
    // within seconds), then less and less often, so a carrier that never sends receipts does not keep every idle
    // cycle at two or three requests for days.
    static bool statusCheckDue(const QDateTime &createdAt, const QDateTime &lastAsked, const QDateTime &now);

    // The numbers replies are read for: the clinic numbers and the Messaging Service's own (refreshed daily, kept
    // in messaging_state for every process; a failed refresh keeps the last list and is tried again in an hour).
    QStringList numbersToPoll();
    static constexpr int ServiceNumbersRefreshHours = 24;

    // Replies stored while not final yet (receiving, accepted): fetched again, each cycle, until they are.
    Result<int, PollStop> refetchUnfinished();

private:
    Result<bool> storeInbound(const TwilioMessage &remote); // true when new
    void applyKeyword(qint64 patientId, const QString &body, const QDateTime &at);

    MessageStore &m_messages;
    PatientStore &m_patients;
    SmsGateway &m_gateway;
    Outbox &m_outbox;
    SenderConfig m_sender;
    int m_noReceiptAfterHours = 72;
    QHash<QString, QDateTime> m_statusAskedAt; // sid -> when this desk last asked Twilio about it
};

} // namespace cd

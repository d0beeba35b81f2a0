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
class DeskLease;
class PollPace;
class MediaFetcher;
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
    int mediaStored = 0;                // MMS media downloaded this cycle (failures wait on their own back-off)
    // Several desks on one server: another desk holds the poller lease and reads Twilio for everyone. Who, and
    // when its lease runs out unless renewed (a desk that wakes then takes over if the holder died).
    QString pollerElsewhere;
    qint64 pollerLeaseRemainingMs = 0;
    // On a shared server: how often the clinic's poller reads Twilio (the busiest desk's wish; 0 on one desk).
    qint64 clinicPollIntervalMs = 0;
    bool ok() const { return !error && !databaseError; }
    // What the poll interval follows: only the reading of replies. A send that fails (one row, a rate limit) never
    // slows reply polling; a network that is down does (nothing could be read).
    bool pollingOk() const { return (polled || !pollerElsewhere.isEmpty()) && !databaseError; }
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
    // How often this desk wants replies read now (its poll mode's interval, before back-off). On a shared server
    // the desk that polls for the clinic polls at the shortest wish, and holds its lease for about that long.
    void setWantedPollIntervalMs(qint64 ms) { m_wantedPollIntervalMs = ms; }
    void setPolicy(const ClinicPolicy &policy); // the parts of the clinic's policy a cycle uses
    Outbox &outbox() { return m_outbox; }
    Poller &poller() { return *m_poller; }
    // The clinic's poller lease on a shared server (null on SQLite, where one desk shares its file only with its own
    // CLI): replies and receipts are read by the desk that holds it; every desk still sends its own queue.
    DeskLease *pollerLease() const { return m_pollerLease.get(); }
    // Between cycles, the holder keeps its lease (true while it is still ours); its length now (0 on one desk).
    bool renewPollerLease();
    qint64 pollerLeaseTtlMs() const;
    static constexpr const char *PollerLeaseName = "twilio-poller";

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
    std::unique_ptr<MediaFetcher> m_media;
    std::unique_ptr<DeskLease> m_pollerLease;
    std::unique_ptr<PollPace> m_pace;
    qint64 m_wantedPollIntervalMs = 60000;
    bool m_fixedLease = false; // CLINICDESK_POLLER_LEASE_SEC set: the lease keeps that length
    QDateTime m_lastSuccess;
    QDateTime m_lastSuccessWritten;
    QString m_lastErrorWritten = QStringLiteral("\n"); // forces the first write
};

} // namespace cd

Q_DECLARE_METATYPE(cd::SyncReport)

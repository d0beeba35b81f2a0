#pragma once

#include "core/messaging/PollSchedule.h"
#include "core/messaging/SyncEngine.h"
#include "core/settings/ClinicPolicy.h"

#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace cd {

class CredentialsProvider;
class MessageStore;
class MessagingSession;
class Outbox;
class PatientStore;

// MessagingService's worker: lives in the messaging thread. The engine waits for Twilio in nested event loops, so
// a request that arrives meanwhile (a send, a timer tick) is only noted and served after the running step: never
// two engine calls at once.
class MessagingThread : public QObject
{
    Q_OBJECT
public:
    MessagingThread(MessageStore &messages, PatientStore &patients, Outbox &outbox,
                    std::shared_ptr<const CredentialsProvider> credentials, bool pollAutomatically);
    ~MessagingThread() override;

    void open();                    // in the thread: the transport, the engine and the timer
    void sendNow(qint64 messageId); // queued from the owner's thread
    void cancel(qint64 messageId);  // a message scheduled at Twilio: canceled there (the transport is here)
    void runCycle();
    void setIntervalMs(int ms); // one interval for every mode (tests); failed cycles stretch it (PollSchedule)
    // What staff are doing, from the owner's thread: the intervals, a chat open, the window active.
    void setSchedule(const PollIntervals &intervals, bool chatOpen, bool windowActive);
    // A chat was opened: poll at once (unless a cycle ran a moment ago), then at the active/chat-open pace.
    void chatOpened();
    // Another desk asked for faster reply polling: the desk that polls for the clinic reads now and re-arms.
    void clinicPaceRaised();
    void setPolicy(const ClinicPolicy &policy);
    void shutdown();

signals:
    void cycleReported(const cd::SyncReport &report);
    void sendFinished(qint64 messageId);
    void cancelFinished(qint64 messageId, const QString &error); // error empty: canceled

private:
    void drain();
    void finish();
    void rearm();
    int baseIntervalMs() const; // this desk's own wish, before back-off
    int nextIntervalMs() const;

    MessageStore &m_messages;
    PatientStore &m_patients;
    Outbox &m_outbox;
    std::shared_ptr<const CredentialsProvider> m_credentials;
    bool m_pollAutomatically;
    ClinicPolicy m_policy;
    SyncReport m_openError; // why open() could not make the transport
    std::unique_ptr<MessagingSession> m_session;
    QTimer *m_timer = nullptr;
    PollSchedule m_schedule;
    int m_baseIntervalMs = 0; // set: one fixed interval (tests); 0: the schedule's mode decides
    bool m_scheduled = false; // setSchedule() was called: the timer runs on the schedule
    QDateTime m_lastCycleStart;
    qint64 m_pollerLeaseRemainingMs = 0; // another desk holds the poller lease for this long
    QTimer *m_leaseTimer = nullptr;
    qint64 m_clinicIntervalMs = 0; // a shared server: the busiest desk's wish, followed while polling for all
    bool m_holdsPollerLease = false;
    QList<qint64> m_toSend;
    QList<qint64> m_toCancel;
    bool m_cycleWanted = false;
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace cd

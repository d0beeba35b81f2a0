#pragma once

#include "core/secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QQueue>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace cd {

// The OS keychain through QtKeychain: service "ClinicDesk", keys "ClinicDesk/<key>". Jobs run strictly one at a
// time (QtKeychain backends are not safe with concurrent jobs). The insecure plain-text fallback is never enabled.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QString backendName() const override;

    // How long a job may run before jobStuck() is emitted (again after each further interval).
    void setWatchdogInterval(int milliseconds);
    int pendingJobs() const { return m_queue.size() + (m_running ? 1 : 0); }

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    struct Request
    {
        Op op = Op::Read;
        QString key;
        QString value;
        QPointer<QObject> context;
        bool hasContext = false;
        ReadCallback readDone;
        DoneCallback done;
    };

    void enqueue(Request request);
    void startNext();
    void onFinished(QKeychain::Job *job);
    void onWatchdog();

    QQueue<Request> m_queue;
    Request m_current;
    bool m_running = false;
    QTimer m_watchdog;
    QElapsedTimer m_runningFor;
};

} // namespace cd

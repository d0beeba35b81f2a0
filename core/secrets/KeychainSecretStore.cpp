#include "core/secrets/KeychainSecretStore.h"

#include "core/secrets/KeychainErrors.h"
#include "core/secrets/SecretKeyName.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "clinicdesk.keychain", QtWarningMsg)

namespace cd {

namespace {

constexpr int DefaultWatchdogMs = 30000;
// Windows Credential Manager refuses larger blobs; fail early with a clear message everywhere.
constexpr int MaxSecretBytes = 2560;

KeychainFailure toFailure(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return KeychainFailure::NotFound;
    case QKeychain::CouldNotDeleteEntry:
        return KeychainFailure::CouldNotDelete;
    case QKeychain::AccessDeniedByUser:
        return KeychainFailure::AccessDeniedByUser;
    case QKeychain::AccessDenied:
        return KeychainFailure::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return KeychainFailure::NoBackend;
    case QKeychain::NotImplemented:
        return KeychainFailure::NotImplemented;
    case QKeychain::NoError:
    case QKeychain::OtherError:
        break;
    }
    return KeychainFailure::Other;
}

const char *opName(int op)
{
    switch (op) {
    case 0:
        return "read";
    case 1:
        return "write";
    default:
        return "remove";
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent)
{
    m_watchdog.setInterval(DefaultWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &KeychainSecretStore::onWatchdog);
}

KeychainSecretStore::~KeychainSecretStore()
{
    // A running job is left alone: it deletes itself when it finishes (deleting it now could crash the backend).
    if (m_running)
        qCWarning(lcKeychain) << "keychain store destroyed while a" << opName(int(m_current.op)) << "job runs";
}

void KeychainSecretStore::setWatchdogInterval(int milliseconds)
{
    m_watchdog.setInterval(milliseconds);
}

QString KeychainSecretStore::backendName() const
{
    return KeychainErrors::keychainName();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    Request request;
    request.op = Op::Read;
    request.key = key;
    request.context = context;
    request.hasContext = context != nullptr;
    request.readDone = std::move(done);
    enqueue(std::move(request));
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    Request request;
    request.op = Op::Write;
    request.key = key;
    request.value = value;
    request.context = context;
    request.hasContext = context != nullptr;
    request.done = std::move(done);
    enqueue(std::move(request));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    Request request;
    request.op = Op::Remove;
    request.key = key;
    request.context = context;
    request.hasContext = context != nullptr;
    request.done = std::move(done);
    enqueue(std::move(request));
}

void KeychainSecretStore::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    if (!m_running)
        QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();

    if (m_current.op == Op::Write && m_current.value.toUtf8().size() > MaxSecretBytes) {
        Request finished = std::move(m_current);
        if (!finished.hasContext || finished.context)
            finished.done(makeError(
                QStringLiteral("keychain.too-large"),
                tr("The secret is longer than %1 bytes; check that you pasted the right value.").arg(MaxSecretBytes)));
        QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
        return;
    }

    // No parent: the job deletes itself when finished, even if this store is gone by then.
    QKeychain::Job *job = nullptr;
    switch (m_current.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(secretServiceName());
        break;
    case Op::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(secretServiceName());
        writeJob->setTextData(m_current.value);
        job = writeJob;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(secretServiceName());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: a plain-text copy on disk is exactly what we must not create
    job->setKey(qualifiedSecretKey(m_current.key));
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onFinished);
    m_running = true;
    m_runningFor.start();
    m_watchdog.start();
    qCDebug(lcKeychain) << "keychain" << opName(int(m_current.op)) << m_current.key;
    job->start();
}

void KeychainSecretStore::onFinished(QKeychain::Job *job)
{
    m_watchdog.stop();
    m_running = false;
    Request finished = std::move(m_current);
    m_current = Request();

    const QKeychain::Error code = job->error();
    const bool deliver = !finished.hasContext || finished.context;
    if (code != QKeychain::NoError && code != QKeychain::EntryNotFound)
        qCInfo(lcKeychain) << "keychain" << opName(int(finished.op)) << finished.key << "failed:" << int(code)
                           << job->errorString();

    const auto operation = finished.op == Op::Read    ? KeychainErrors::Operation::Read
                           : finished.op == Op::Write ? KeychainErrors::Operation::Write
                                                      : KeychainErrors::Operation::Remove;
    if (finished.op == Op::Read) {
        Result<std::optional<QString>> result = std::optional<QString>();
        if (code == QKeychain::NoError)
            result = std::optional<QString>(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        else if (code != QKeychain::EntryNotFound)
            result = KeychainErrors::describe(toFailure(code), job->errorString(), operation);
        if (deliver)
            finished.readDone(std::move(result));
    } else {
        Status<> status = Ok{};
        // Removing what is not there is success: the goal ("not stored") is reached.
        if (code != QKeychain::NoError && !(finished.op == Op::Remove && code == QKeychain::EntryNotFound))
            status = KeychainErrors::describe(toFailure(code), job->errorString(), operation);
        if (deliver)
            finished.done(std::move(status));
    }
    startNext();
}

void KeychainSecretStore::onWatchdog()
{
    if (!m_running)
        return;
    const int seconds = int((m_runningFor.elapsed() + 999) / 1000);
    qCWarning(lcKeychain) << "keychain" << opName(int(m_current.op)) << "job for" << m_current.key
                          << "has not finished after" << seconds << "s; waiting (it is never cancelled)";
    Q_EMIT jobStuck(m_current.key, QString::fromLatin1(opName(int(m_current.op))), seconds);
}

} // namespace cd

#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cd {

// Names of the secrets ClinicDesk keeps. The store adds the "ClinicDesk/" prefix itself.
namespace SecretKeys {
inline const QString AuthToken = QStringLiteral("twilio/authToken");
inline const QString ApiKeySecret = QStringLiteral("twilio/apiKeySecret");
inline const QString SendGridApiKey = QStringLiteral("sendgrid/apiKey");
inline const QString DatabasePassword = QStringLiteral("database/password");
} // namespace SecretKeys

// Where secrets live: the OS keychain in production, memory in unit tests. Asynchronous because the keychain
// is (it may show a prompt). Callbacks always run later from the event loop, never inside the call, and are
// dropped when `context` is destroyed first.
//
// A read of a key that was never set succeeds with std::nullopt: "not set" is normal, not an error.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using DoneCallback = std::function<void(Status<>)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, DoneCallback done) = 0;
    // Removing a key that is not there succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

    // Human name of the backend for messages ("Secret Service", "Windows Credential Manager", "memory").
    virtual QString backendName() const = 0;

Q_SIGNALS:
    // A job has not finished after the watchdog interval. It is reported, never cancelled or deleted
    // (deleting a running keychain job can crash), so later jobs stay queued behind it.
    void jobStuck(const QString &key, const QString &operation, int waitedSeconds);
};

// Blocking helpers for the CLI and for short steps in dialogs: they run a local event loop until the job ends.
Result<std::optional<QString>> readSecretBlocking(SecretStore &store, const QString &key);
Status<> writeSecretBlocking(SecretStore &store, const QString &key, const QString &value);
Status<> removeSecretBlocking(SecretStore &store, const QString &key);

} // namespace cd

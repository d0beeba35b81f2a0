#include "core/common/AwaitCallback.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace cd {

namespace {

// Waits for one keychain job. The job's callback is bound to a context that lives only as long as the wait, and
// the thread's event loops quitting (shutdown) before the keychain answered gives keychain.interrupted.
template <typename R, typename Start> R awaitKeychain(Start start)
{
    QObject context;
    auto answer =
        awaitCallback<R>([&](auto done) { start(&context, std::move(done)); }, QEventLoop::ExcludeUserInputEvents);
    if (answer)
        return std::move(*answer);
    return makeError(QStringLiteral("keychain.interrupted"),
                     QCoreApplication::translate(
                         "cd::SecretStore", "The keychain did not answer before ClinicDesk was closed. Try again."));
}

} // namespace

Result<std::optional<QString>> readSecretBlocking(SecretStore &store, const QString &key)
{
    return awaitKeychain<Result<std::optional<QString>>>(
        [&](QObject *context, SecretStore::ReadCallback done) { store.read(key, context, std::move(done)); });
}

Status<> writeSecretBlocking(SecretStore &store, const QString &key, const QString &value)
{
    return awaitKeychain<Status<>>(
        [&](QObject *context, SecretStore::DoneCallback done) { store.write(key, value, context, std::move(done)); });
}

Status<> removeSecretBlocking(SecretStore &store, const QString &key)
{
    return awaitKeychain<Status<>>(
        [&](QObject *context, SecretStore::DoneCallback done) { store.remove(key, context, std::move(done)); });
}

} // namespace cd

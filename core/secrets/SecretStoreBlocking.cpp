#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace cd {

namespace {

// The thread's event loops were told to quit (shutdown) before the keychain answered.
Error interrupted()
{
    return makeError(QStringLiteral("keychain.interrupted"),
                     QCoreApplication::translate(
                         "cd::SecretStore", "The keychain did not answer before ClinicDesk was closed. Try again."));
}

} // namespace

// Each helper owns its loop and result, so a nested call (another blocking read inside a slot) stays correct.
Result<std::optional<QString>> readSecretBlocking(SecretStore &store, const QString &key)
{
    QEventLoop loop;
    std::optional<Result<std::optional<QString>>> result;
    store.read(key, &loop, [&](Result<std::optional<QString>> value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!result)
        return interrupted();
    return std::move(*result);
}

Status<> writeSecretBlocking(SecretStore &store, const QString &key, const QString &value)
{
    QEventLoop loop;
    std::optional<Status<>> result;
    store.write(key, value, &loop, [&](Status<> status) {
        result.emplace(std::move(status));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!result)
        return interrupted();
    return std::move(*result);
}

Status<> removeSecretBlocking(SecretStore &store, const QString &key)
{
    QEventLoop loop;
    std::optional<Status<>> result;
    store.remove(key, &loop, [&](Status<> status) {
        result.emplace(std::move(status));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!result)
        return interrupted();
    return std::move(*result);
}

} // namespace cd

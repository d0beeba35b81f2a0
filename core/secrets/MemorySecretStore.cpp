#include "core/secrets/MemorySecretStore.h"

#include "core/secrets/SecretKeyName.h"

#include <QPointer>
#include <QTimer>

namespace cd {

namespace {
// Deliver later, like the keychain does, so callers cannot come to rely on a synchronous answer.
template <typename Fn> void deliver(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}
} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent)
{
}

void MemorySecretStore::failOneWriteAfter(int successfulWrites, const Error &error)
{
    m_writesBeforeFailure = successfulWrites;
    m_writeFailure = error;
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    Result<std::optional<QString>> result = std::optional<QString>();
    if (!m_failure.code.isEmpty())
        result = m_failure;
    else if (m_values.contains(qualifiedSecretKey(key)))
        result = std::optional<QString>(m_values.value(qualifiedSecretKey(key)));
    deliver(context, [done = std::move(done), result]() { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    Status<> status = Ok{};
    if (!m_failure.code.isEmpty()) {
        status = m_failure;
    } else if (m_writesBeforeFailure == 0) {
        status = m_writeFailure;
        m_writesBeforeFailure = -1;
    } else {
        if (m_writesBeforeFailure > 0)
            --m_writesBeforeFailure;
        m_values.insert(qualifiedSecretKey(key), value);
        ++m_writes;
    }
    deliver(context, [done = std::move(done), status]() { done(status); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    Status<> status = Ok{};
    if (!m_failure.code.isEmpty())
        status = m_failure;
    else
        m_values.remove(qualifiedSecretKey(key));
    deliver(context, [done = std::move(done), status]() { done(status); });
}

QString MemorySecretStore::backendName() const
{
    return tr("memory (tests only)");
}

} // namespace cd

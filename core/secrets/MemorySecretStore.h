#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace cd {

// An in-memory secret store for unit tests, with fault injection so tests can exercise keychain failures.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QString backendName() const override;

    // Fault injection: every operation fails with `error` (an empty code clears it).
    void setFailure(const Error &error) { m_failure = error; }
    // One write fails, after `successfulWrites` more writes have succeeded; later writes succeed again
    // (so a test can check that a rollback put the old values back).
    void failOneWriteAfter(int successfulWrites, const Error &error);

    // Direct access for assertions; the stored keys carry the "ClinicDesk/" prefix like the real keychain.
    QHash<QString, QString> contents() const { return m_values; }
    int writeCount() const { return m_writes; }

private:
    QHash<QString, QString> m_values;
    Error m_failure;
    Error m_writeFailure;
    int m_writesBeforeFailure = -1;
    int m_writes = 0;
};

} // namespace cd

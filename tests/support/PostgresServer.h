#pragma once

#include "core/storage/DatabaseTarget.h"

#include <QString>
#include <QTemporaryDir>

namespace cd::test {

// A throwaway PostgreSQL server for one test: initdb into a temporary directory, started on a free loopback port,
// stopped and deleted at destruction. As root it runs the server as the "postgres" user (initdb refuses root).
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    bool start(); // false with errorString() when PostgreSQL is not installed or will not start
    // An outage: stop() shuts the server down at once (every connection drops); startAgain() brings it back on the
    // same port with the same data.
    bool stop();
    bool startAgain();
    // Before start(): serve TLS with a certificate for "localhost" signed by a CA made for this server (caFile()).
    void enableTls() { m_tls = true; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    // Another CA that signed nothing here: verify-full against it must fail.
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other-ca.pem")); }
    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const { return QStringLiteral("clinicdesk"); }
    // Its DATABASE, over loopback without TLS (the address rules allow that for this computer only).
    QString url(const QString &database = QStringLiteral("postgres")) const;
    DatabaseTarget target(const QString &database = QStringLiteral("postgres")) const;

private:
    bool run(const QString &program, const QStringList &args);
    QString m_binDir;
    QTemporaryDir m_dir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
    bool m_tls = false;
    QString m_options; // the server's -o options, for startAgain()
    bool makeCertificates();
};

} // namespace cd::test

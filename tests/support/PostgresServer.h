#pragma once

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
    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const { return QStringLiteral("clinicdesk"); }

private:
    bool run(const QString &program, const QStringList &args);
    QString m_binDir;
    QTemporaryDir m_dir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace cd::test

#include "tests/support/PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace cd::test {

PostgresServer::PostgresServer()
{
    // Debian keeps the server binaries per major version; take the newest.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = lib.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb"))) {
            m_binDir = bin;
            break;
        }
    }
    m_asRoot = geteuid() == 0;
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")});
}

bool PostgresServer::run(const QString &program, const QStringList &args)
{
    QProcess process;
    if (m_asRoot)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                          args);
    else
        process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2%3")
                      .arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                           QString::fromLocal8Bit(process.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral(
            "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    {
        QTcpServer probe; // a free port on loopback
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (m_asRoot) {
        // The server's files must belong to the account that runs it.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()});
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
              QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8")}))
        return false;
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories='%2' "
                                           "-c fsync=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

} // namespace cd::test

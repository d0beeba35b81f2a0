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

bool PostgresServer::makeCertificates()
{
    // A CA, a server certificate for localhost/127.0.0.1 signed by it, and an unrelated CA; files owned by the
    // account that runs the server (it refuses a key others can read).
    const auto openssl = [this](const QStringList &args) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(args.value(0), QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        return true;
    };
    const QString days = QStringLiteral("2");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                  QStringLiteral("ca.pem"), QStringLiteral("-days"), days, QStringLiteral("-subj"),
                  QStringLiteral("/CN=ClinicDesk test CA")}) ||
        !openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("other-ca.key"),
                  QStringLiteral("-out"), QStringLiteral("other-ca.pem"), QStringLiteral("-days"), days,
                  QStringLiteral("-subj"), QStringLiteral("/CN=Someone else")}) ||
        !openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                  QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=localhost")}))
        return false;
    QFile extensions(m_dir.filePath(QStringLiteral("san.ext")));
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n") < 0)
        return false;
    extensions.close();
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                  QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                  QStringLiteral("-days"), days, QStringLiteral("-extfile"), QStringLiteral("san.ext")}))
        return false;
    QFile::setPermissions(m_dir.filePath(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
    if (m_asRoot)
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("postgres:"), m_dir.filePath(QStringLiteral("server.key")),
                           m_dir.filePath(QStringLiteral("server.pem"))});
    // The CA files are read by the test (possibly root) and by libpq: readable by all.
    for (const QString &ca : {caFile(), otherCaFile()})
        QFile::setPermissions(ca, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
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
    QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories='%2' "
                                     "-c fsync=off")
                          .arg(m_port)
                          .arg(m_dir.path());
    if (m_tls) {
        if (!makeCertificates())
            return false;
        options += QStringLiteral(" -c ssl=on -c ssl_cert_file='%1' -c ssl_key_file='%2'")
                       .arg(m_dir.filePath(QStringLiteral("server.pem")), m_dir.filePath(QStringLiteral("server.key")));
    }
    m_options = options;
    return startAgain();
}

bool PostgresServer::startAgain()
{
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"), m_options,
              QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
              QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable").arg(user(), host()).arg(port()).arg(database);
}

DatabaseTarget PostgresServer::target(const QString &database) const
{
    auto parsed = PostgresTarget::fromUrl(url(database));
    if (!parsed)
        qFatal("test PostgreSQL URL: %s", qPrintable(parsed.error().message));
    return DatabaseTarget::server(*parsed);
}

} // namespace cd::test

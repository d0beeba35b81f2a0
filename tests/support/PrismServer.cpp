#include "tests/support/PrismServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace cd::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PrismServer::PrismServer()
{
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_log += m_process.readAll(); });
}

PrismServer::~PrismServer()
{
    stop();
}

PrismServer::Started PrismServer::start()
{
    const QString cache = qEnvironmentVariableIsEmpty("CLINICDESK_PRISM_CACHE")
                              ? QStringLiteral(CLINICDESK_PRISM_DEFAULT_CACHE)
                              : qEnvironmentVariable("CLINICDESK_PRISM_CACHE");
    QProcess prepare;
    prepare.setProcessChannelMode(QProcess::SeparateChannels);
    prepare.start(QStringLiteral("bash"), {QStringLiteral(CLINICDESK_PRISM_PREPARE_SCRIPT), cache});
    if (!prepare.waitForStarted()) {
        m_failure = QStringLiteral("bash not found");
        return Started::Failed;
    }
    if (!prepare.waitForFinished(15 * 60 * 1000)) {
        m_failure = QStringLiteral("fetching the spec / installing Prism took over 15 min");
        return Started::Failed;
    }
    const QString err = QString::fromUtf8(prepare.readAllStandardError());
    if (prepare.exitCode() == 3) {
        qWarning("################################################################################");
        qWarning("### CONTRACT TEST NOT RUN: npm/node are not installed. Install nodejs + npm.  ###");
        qWarning("################################################################################");
        m_failure = QStringLiteral("npm is absent: the Prism contract test cannot run");
        return Started::NoNpm;
    }
    if (prepare.exitCode() != 0) {
        m_failure = QStringLiteral("prepare-prism.sh failed: ") + err;
        return Started::Failed;
    }
    QString spec;
    QString prism;
    const QStringList lines = QString::fromUtf8(prepare.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("SPEC=")))
            spec = line.mid(5).trimmed();
        if (line.startsWith(QLatin1String("PRISM=")))
            prism = line.mid(6).trimmed();
    }
    if (spec.isEmpty() || prism.isEmpty()) {
        m_failure = err;
        return Started::Failed;
    }

    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Own process group, so the whole tree can be killed at the end whatever Prism spawns.
#if defined(Q_OS_LINUX)
    // Also die with the test, even when ctest kills it on a timeout (no orphaned Prism holding a port).
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
#elif defined(Q_OS_UNIX)
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    m_process.start(prism, {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(m_port), spec});
    if (!m_process.waitForStarted()) {
        m_failure = QStringLiteral("Prism did not start");
        return Started::Failed;
    }
    // Prism needs ~20 s to load the 2 MB spec; wait until it accepts connections (generously).
    QDeadlineTimer ready(180000);
    bool listening = false;
    while (!listening && !ready.hasExpired() && m_process.state() == QProcess::Running) {
        QTest::qWait(250);
        listening = m_log.contains("Prism is listening");
    }
    if (!listening) {
        m_failure = QString::fromUtf8(m_log.right(4000));
        return Started::Failed;
    }
    qInfo("Prism (%s) is listening on 127.0.0.1:%u", qPrintable(prism), unsigned(m_port));
    return Started::Listening;
}

void PrismServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    const qint64 pid = m_process.processId();
    ::kill(-pid_t(pid), SIGTERM);
    if (!m_process.waitForFinished(5000)) {
        ::kill(-pid_t(pid), SIGKILL);
        m_process.waitForFinished(5000);
    }
#else
    m_process.kill();
    m_process.waitForFinished(5000);
#endif
}

QString PrismServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace cd::test

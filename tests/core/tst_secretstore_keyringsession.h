#pragma once

// Runs a test binary inside its own D-Bus session with a freshly unlocked gnome-keyring, in a private HOME, so
// keychain tests use the real Secret Service without touching the developer's keyring:
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets; exec <test>'
// The binary re-executes itself that way unless it already runs inside such a session.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace cd::test {

inline const char *keyringSessionMarker()
{
    return "CLINICDESK_TEST_KEYRING_HOME";
}

// Returns -1 when already inside the session (run the tests), else the exit code of the re-executed run.
inline int runInsideKeyringSession(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(keyringSessionMarker()))
        return -1;
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        std::fprintf(stderr, "FAIL: this test needs dbus-run-session and gnome-keyring-daemon "
                             "(Debian packages dbus-daemon/dbus-x11 and gnome-keyring).\n");
        return 1;
    }
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/clinicdesk-keyring-XXXXXX"));
    const QString root = home.path();
    for (const char *sub : {"home", "data", "config", "cache", "runtime"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(keyringSessionMarker()), root);
    environment.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));

    QStringList arguments{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                                         "&& exec \"$0\" \"$@\"")};
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("dbus-run-session"), arguments);
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "FAIL: could not start dbus-run-session\n");
        return 1;
    }
    process.waitForFinished(-1);
    // The keyring daemon leaves with the bus and may still be tidying its runtime directory: retry briefly.
    home.setAutoRemove(false);
    for (int attempt = 0; attempt < 20 && !QDir(root).removeRecursively(); ++attempt)
        QThread::msleep(100);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

} // namespace cd::test

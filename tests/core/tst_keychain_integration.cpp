// The QtKeychain store against a REAL gnome-keyring in a private D-Bus session that this test starts itself
// (see tst_secretstore_keyringsession.h): write, read back, overwrite, delete, a second process reads what the
// first wrote, a stuck daemon is reported by the watchdog, and no secret lands in any file.
#include "tests/core/tst_secretstore_keyringsession.h"
#include "tests/support/TestEnvironment.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/StoredCredentialsProvider.h"
#include "core/settings/AppSettings.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace cd;

namespace {

// Secrets are made up at run time so they appear in no source file or binary that the search could find.
QString randomHex(int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]));
    return text;
}

// Files under `root` (skipping big ones) whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle, const QDateTime &modifiedSince = {})
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.size() > 50 * 1024 * 1024 || (modifiedSince.isValid() && info.lastModified() < modifiedSince))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

QString keyringRoot()
{
    return qEnvironmentVariable(test::keyringSessionMarker());
}

} // namespace

class TestKeychainIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete();
    void secondProcessSeesWhatFirstWrote();
    void stuckJobIsReportedNotDeleted();
    void noSecretInAnyFile();

private:
    std::unique_ptr<test::TestEnvironment> m_env;
    QDateTime m_started;
    QStringList m_secrets;
};

void TestKeychainIntegration::initTestCase()
{
    QVERIFY2(!keyringRoot().isEmpty(), "must run inside the private keyring session");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no session bus");
    m_started = QDateTime::currentDateTime().addSecs(-2);
    m_env = std::make_unique<test::TestEnvironment>();
}

void TestKeychainIntegration::writeReadOverwriteDelete()
{
    KeychainSecretStore store;
    const QString first = randomHex(32);
    const QString second = randomHex(32);
    m_secrets << first << second;

    auto before = readSecretBlocking(store, SecretKeys::ApiKeySecret);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
    QVERIFY(!before->has_value());

    Status<> written = writeSecretBlocking(store, SecretKeys::ApiKeySecret, first);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(readSecretBlocking(store, SecretKeys::ApiKeySecret)->value_or(QString()), first);

    QVERIFY(writeSecretBlocking(store, SecretKeys::ApiKeySecret, second).ok());
    QCOMPARE(readSecretBlocking(store, SecretKeys::ApiKeySecret)->value_or(QString()), second);

    QVERIFY(removeSecretBlocking(store, SecretKeys::ApiKeySecret).ok());
    auto after = readSecretBlocking(store, SecretKeys::ApiKeySecret);
    QVERIFY(after.ok());
    QVERIFY(!after->has_value());
    QVERIFY(removeSecretBlocking(store, SecretKeys::ApiKeySecret).ok()); // already gone: fine

    // Queued jobs run one after another and all complete, in order.
    QStringList order;
    for (int i = 0; i < 3; ++i)
        store.write(SecretKeys::SendGridApiKey, QStringLiteral("SG.%1.x").arg(i), &store, [&order, i](Status<> status) {
            order << (status.ok() ? QString::number(i) : QStringLiteral("E"));
        });
    QTRY_COMPARE(order, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(readSecretBlocking(store, SecretKeys::SendGridApiKey)->value_or(QString()), QStringLiteral("SG.2.x"));
    QVERIFY(removeSecretBlocking(store, SecretKeys::SendGridApiKey).ok());
}

void TestKeychainIntegration::secondProcessSeesWhatFirstWrote()
{
    // This process writes; the CLI (another process) reads it.
    const QString token = randomHex(32);
    m_secrets << token;
    {
        KeychainSecretStore store;
        QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, token).ok());
    }
    test::CliRun shown =
        test::runCli(*m_env, {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray settings =
        QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("settings")).toArray();
    bool found = false;
    for (const QJsonValue &value : settings) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("id")).toString() != QLatin1String("authToken"))
            continue;
        found = true;
        QCOMPARE(item.value(QStringLiteral("source")).toString(), QStringLiteral("keychain"));
        QCOMPARE(item.value(QStringLiteral("value")).toString(), QStringLiteral("****") + token.right(4));
    }
    QVERIFY(found);
    QVERIFY(!shown.out.contains(token));

    // The CLI writes; a new store in this process (as after a restart) reads it.
    const QString replaced = randomHex(32);
    m_secrets << replaced;
    const QString sid = QStringLiteral("AC") + randomHex(32);
    test::CliRun set =
        test::runCli(*m_env, {QStringLiteral("config"), QStringLiteral("set-credentials")},
                     QStringLiteral("TWILIO_ACCOUNT_SID=%1\nTWILIO_AUTH_TOKEN=%2\n").arg(sid, replaced).toUtf8());
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    KeychainSecretStore fresh;
    QCOMPARE(readSecretBlocking(fresh, SecretKeys::AuthToken)->value_or(QString()), replaced);
    auto provider = makeStoredCredentialsProvider(&fresh);
    QVERIFY(provider->credentials().ok());
    QCOMPARE(provider->credentials()->authToken, replaced);
    QCOMPARE(provider->credentials()->accountSid, sid);
}

void TestKeychainIntegration::stuckJobIsReportedNotDeleted()
{
    // Freeze the keyring daemon of this session: a job then hangs as it would behind an unanswered prompt.
    QProcess query;
    query.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                              QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                              QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                                              QStringLiteral("string:org.freedesktop.secrets")});
    QVERIFY(query.waitForFinished());
    const QString reply = QString::fromUtf8(query.readAllStandardOutput());
    const qint64 pid = reply.section(QStringLiteral("uint32 "), 1).trimmed().toLongLong();
    QVERIFY2(pid > 1, qPrintable(reply));

    KeychainSecretStore store;
    store.setWatchdogInterval(300);
    QSignalSpy stuck(&store, &SecretStore::jobStuck);
    QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
    bool firstDone = false;
    bool secondDone = false;
    store.read(SecretKeys::AuthToken, &store, [&](Result<std::optional<QString>>) { firstDone = true; });
    store.read(SecretKeys::ApiKeySecret, &store, [&](Result<std::optional<QString>>) { secondDone = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stuck.count() >= 1, 5000);
    QCOMPARE(stuck.first().at(0).toString(), SecretKeys::AuthToken);
    QVERIFY(!firstDone);
    QVERIFY(!secondDone); // serialized: queued behind the stuck one
    QCOMPARE(store.pendingJobs(), 2);
    QVERIFY(::kill(pid_t(pid), SIGCONT) == 0);
    // The job was never cancelled: once the daemon answers, both complete.
    QTRY_VERIFY_WITH_TIMEOUT(firstDone && secondDone, 30000);
    QCOMPARE(store.pendingJobs(), 0);
}

void TestKeychainIntegration::noSecretInAnyFile()
{
    QVERIFY(!m_secrets.isEmpty());
    for (const QString &secret : std::as_const(m_secrets)) {
        // The private HOME (~/.config, ~/.local, ~/.cache, the keyring files), the data dir and config dir.
        QCOMPARE(filesContaining(keyringRoot(), secret.toUtf8()), QStringList());
        QCOMPARE(filesContaining(m_env->root(), secret.toUtf8()), QStringList());
        // And anything written to /tmp while this test ran.
        QCOMPARE(filesContaining(QDir::tempPath(), secret.toUtf8(), m_started), QStringList());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reexecuted = cd::test::runInsideKeyringSession(argc, argv);
    if (reexecuted >= 0)
        return reexecuted;
    TestKeychainIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_integration.moc"

#pragma once

// Shared set-up for the messaging engine tests: a private data dir, the loopback fake Twilio, and the real engine
// (MessagingSession -> GatewayFactory -> TwilioClient) pointed at it.
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/ShiftedClock.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingSession.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioClient.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace cd::test {

struct MessagingRig
{
    TestEnvironment env;
    FakeTwilioServer server;
    std::shared_ptr<Database> db;
    std::unique_ptr<MessagingSession> session;

    // `extraCredentials`: more TWILIO_* variables on top of the test account (a Messaging Service SID).
    explicit MessagingRig(OutboxOptions options = {}, const QProcessEnvironment &extraCredentials = {})
    {
        QProcessEnvironment credentials = testCredentialsEnvironment();
        for (const QString &key : extraCredentials.keys())
            credentials.insert(key, extraCredentials.value(key));
        server.setAccount(TestAccountSid, TestAuthToken);
        server.addIncomingNumber(TestClinicNumber);
        if (!server.start())
            qFatal("fake Twilio did not start");
        qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
        auto opened = Database::open(env.databaseTarget());
        if (!opened)
            qFatal("database: %s", qPrintable(opened.error().message));
        db = *opened;
        auto made = MessagingSession::open(db, std::make_shared<EnvCredentialsProvider>(credentials),
                                           QStringLiteral("US"), std::move(options));
        if (!made)
            qFatal("session: %s", qPrintable(made.error().message));
        session = std::move(made.value());
        if (auto *client = qobject_cast<TwilioClient *>(&session->gateway())) {
            RetryPolicy fast;
            fast.maxRetries = 1;
            fast.baseDelayMs = 10;
            fast.maxDelayMs = 20;
            client->setRetryPolicy(fast);
            client->setTimeoutMs(1500);
        }
    }

    // For child processes (the CLI, the crash helper): data dir, settings home, credentials, the fake's URL.
    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment e = env.processEnvironment();
        const QProcessEnvironment c = testCredentialsEnvironment();
        for (const QString &key : c.keys())
            e.insert(key, c.value(key));
        e.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), server.baseUrl());
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;clinicdesk.*.info=false"));
        return e;
    }

    PatientStore &patients() { return session->patients(); }
    MessageStore &messages() { return session->messages(); }
    Outbox &outbox() { return session->outbox(); }
    SyncEngine &engine() { return session->engine(); }

    qint64 addPatient(const QString &first, const QString &phone, bool consent = true)
    {
        Patient p;
        p.firstName = first;
        p.lastName = QStringLiteral("Tester");
        p.phoneRaw = phone;
        p.smsConsent = consent;
        if (consent)
            p.consentMethod = QStringLiteral("test");
        auto created = patients().create(p);
        if (!created)
            qFatal("patient: %s", qPrintable(created.error().message));
        return created->id;
    }

    int countRows(const QString &where = QStringLiteral("1 = 1"))
    {
        auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE %1").arg(where));
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    // Messages the fake holds that were sent to `to` (what a patient's phone would receive).
    int remoteCountTo(const QString &to) const
    {
        int n = 0;
        for (const QJsonObject &m : server.messages())
            n += m.value(QStringLiteral("to")).toString() == to &&
                 m.value(QStringLiteral("direction")).toString() != QLatin1String("inbound");
        return n;
    }
};

// Runs a program without blocking this thread's event loop (the fake server lives on it).
struct ChildRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &environment,
                         int timeoutMs = 60000, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    ChildRun run;
    if (!process.waitForStarted(10000)) {
        run.err = QStringLiteral("could not start %1").arg(program);
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace cd::test

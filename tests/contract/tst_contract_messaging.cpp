// Contract test of the messaging ENGINE: every kind of request the outbox and the poller make (send with From and
// with a Messaging Service, the settle look-ups by To with and without DateSent, inbound list To, status list From,
// single fetch, cancel of a scheduled message) goes through the real TwilioClient to Stoplight Prism serving
// Twilio's own OpenAPI spec. Prism answers 422/415/401 to a request the spec does not allow; a recording gateway
// fails the test on any such answer, and on any request kind the engine did not make.
#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/SyncEngine.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/Credentials.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioClient.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace cd;

namespace {

const QString kAccountSid = QStringLiteral("AC") + QString(32, QLatin1Char('a'));
const QString kService = QStringLiteral("MG") + QString(32, QLatin1Char('b'));
const QString kClinic = QStringLiteral("+15550001111");

class FixedCredentials : public CredentialsProvider
{
public:
    TwilioCredentials value;
    Result<TwilioCredentials> credentials() const override { return value; }
};

// Passes every call to the real client and records what was asked and any refusal.
class RecordingGateway : public SmsGateway
{
public:
    explicit RecordingGateway(SmsGateway &inner) : m_inner(inner) {}
    QStringList calls;
    QStringList refusals;

    bool isDemo() const override { return false; }
    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) override
    {
        calls << (request.from.isEmpty() ? QStringLiteral("send-service") : QStringLiteral("send-from"));
        m_inner.sendMessage(request, record<TwilioMessage>(QStringLiteral("send"), std::move(done)));
    }
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) override
    {
        calls << QStringLiteral("fetch");
        m_inner.fetchMessage(sid, record<TwilioMessage>(QStringLiteral("fetch"), std::move(done)));
    }
    void listMessages(const MessageListFilter &filter, const QString &pageUri,
                      TwilioCallback<TwilioMessagePage> done) override
    {
        QString kind = QStringLiteral("list");
        kind += filter.to.isEmpty() ? QString() : QStringLiteral("-to");
        kind += filter.from.isEmpty() ? QString() : QStringLiteral("-from");
        kind += filter.dateSentOnOrAfter.isValid() ? QStringLiteral("-datesent") : QString();
        kind += pageUri.isEmpty() ? QString() : QStringLiteral("-nextpage");
        calls << kind;
        m_inner.listMessages(filter, pageUri, record<TwilioMessagePage>(kind, std::move(done)));
    }
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) override
    {
        calls << QStringLiteral("cancel");
        m_inner.cancelScheduled(sid, record<TwilioMessage>(QStringLiteral("cancel"), std::move(done)));
    }

private:
    template <typename T> TwilioCallback<T> record(const QString &kind, TwilioCallback<T> done)
    {
        return [this, kind, done = std::move(done)](const TwilioResult<T> &result) {
            if (!result)
                refusals << QStringLiteral("%1: HTTP %2 %3 (%4)")
                                .arg(kind)
                                .arg(result.error().httpStatus)
                                .arg(result.error().message, result.error().detail);
            done(result);
        };
    }
    SmsGateway &m_inner;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestContractMessaging : public QObject
{
    Q_OBJECT

    QProcess m_prism;
    quint16 m_port = 0;
    QByteArray m_prismLog;

private slots:
    void initTestCase()
    {
        const QString cache = qEnvironmentVariableIsEmpty("CLINICDESK_PRISM_CACHE")
                                  ? QStringLiteral(CLINICDESK_CONTRACT_CACHE)
                                  : qEnvironmentVariable("CLINICDESK_PRISM_CACHE");
        QProcess prepare;
        prepare.start(QStringLiteral("bash"), {QStringLiteral(CLINICDESK_CONTRACT_SCRIPT), cache});
        QVERIFY2(prepare.waitForStarted(), "bash not found");
        QVERIFY2(prepare.waitForFinished(15 * 60 * 1000), "fetching the spec / installing Prism took over 15 min");
        const QString err = QString::fromUtf8(prepare.readAllStandardError());
        if (prepare.exitCode() == 3) {
            qWarning("### CONTRACT TEST NOT RUN: npm/node are not installed. Install nodejs + npm. ###");
            QSKIP("npm is absent: the Prism contract test cannot run");
        }
        QVERIFY2(prepare.exitCode() == 0, qPrintable(QStringLiteral("prepare-prism.sh failed: ") + err));
        QString spec;
        QString prism;
        for (const QString &line : QString::fromUtf8(prepare.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("SPEC=")))
                spec = line.mid(5).trimmed();
            if (line.startsWith(QLatin1String("PRISM=")))
                prism = line.mid(6).trimmed();
        }
        QVERIFY2(!spec.isEmpty() && !prism.isEmpty(), qPrintable(err));

        m_port = freePort();
        m_prism.setProcessChannelMode(QProcess::MergedChannels);
#if defined(Q_OS_LINUX)
        m_prism.setChildProcessModifier([] {
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
#elif defined(Q_OS_UNIX)
        m_prism.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
        connect(&m_prism, &QProcess::readyRead, this, [this] { m_prismLog += m_prism.readAll(); });
        m_prism.start(prism, {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("-p"), QString::number(m_port), spec});
        QVERIFY2(m_prism.waitForStarted(), "Prism did not start");
        QDeadlineTimer ready(180000);
        bool listening = false;
        while (!listening && !ready.hasExpired() && m_prism.state() == QProcess::Running) {
            QTest::qWait(250);
            listening = m_prismLog.contains("Prism is listening");
        }
        QVERIFY2(listening, m_prismLog.right(4000).constData());
    }

    void cleanupTestCase()
    {
        if (m_prism.state() != QProcess::NotRunning) {
#ifdef Q_OS_UNIX
            const qint64 pid = m_prism.processId();
            ::kill(-pid_t(pid), SIGTERM);
            if (!m_prism.waitForFinished(5000)) {
                ::kill(-pid_t(pid), SIGKILL);
                m_prism.waitForFinished(5000);
            }
#else
            m_prism.kill();
            m_prism.waitForFinished(5000);
#endif
        }
    }

    void engineRequestsMatchTwilioSpec()
    {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("CLINICDESK_TWILIO_BASE_URL", QStringLiteral("http://127.0.0.1:%1").arg(m_port).toUtf8());
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("clinicdesk.sqlite")));
        QVERIFY(db);
        PatientStore patients(*db);
        MessageStore messages(*db);
        Patient draft;
        draft.firstName = QStringLiteral("Ann");
        draft.lastName = QStringLiteral("Contract");
        draft.phoneRaw = QStringLiteral("+14155550123");
        draft.smsConsent = true;
        auto ann = patients.create(draft);
        QVERIFY(ann);

        auto credentials = std::make_shared<FixedCredentials>();
        credentials->value.accountSid = kAccountSid;
        credentials->value.authToken = QStringLiteral("contract-test-token");
        credentials->value.phoneNumbers = {kClinic};
        credentials->value.messagingServiceSid = kService;
        TwilioClient client(credentials);
        client.setTimeoutMs(30000);
        RecordingGateway gateway(client);
        SenderConfig sender{{kClinic}, kService, false};
        Outbox outbox(messages, patients, gateway, sender);
        SyncEngine engine(messages, patients, gateway, outbox);

        // 1. Send with From.
        auto queued = engine.outbox().queue(ann->id, QStringLiteral("Your appointment is tomorrow at 9:00."));
        QVERIFY(queued);
        auto sent = engine.outbox().sendNow(queued->id);
        QVERIFY(sent);
        QVERIFY2(!sent->sid.isEmpty(), qPrintable(gateway.refusals.join(QLatin1Char('\n'))));

        // 2. Send through the Messaging Service (no sending number configured).
        SenderConfig serviceOnly{{}, kService, false};
        Outbox serviceOutbox(messages, patients, gateway, serviceOnly);
        auto viaService = serviceOutbox.queue(ann->id, QStringLiteral("Please call the clinic."));
        QVERIFY(viaService);
        QVERIFY(serviceOutbox.sendNow(viaService->id));

        // 3. An unknown outcome to settle: the look-ups by To (with and without DateSent).
        auto lost = engine.outbox().queue(ann->id, QStringLiteral("Answer lost"));
        QVERIFY(lost);
        QVERIFY(
            messages.update(MessageChange::StatusChanged, QStringLiteral("UPDATE messages SET status = 'unknown', claimed_at = ? WHERE id = ?"),
                                {toDbTime(Clock::instance().nowUtc()), lost->id}));

        // 4. A message in flight that only a single fetch can answer (no sending number recorded).
        Message inFlight;
        inFlight.patientId = ann->id;
        inFlight.direction = Message::Direction::Outbound;
        inFlight.body = QStringLiteral("in flight");
        inFlight.status = MessageStatus::Queued;
        inFlight.sid = QStringLiteral("SM") + QString(32, QLatin1Char('c'));
        inFlight.toNumber = draft.phoneRaw;
        // ... and one the status list From the clinic number answers.
        Message fromClinic = inFlight;
        fromClinic.sid = QStringLiteral("SM") + QString(32, QLatin1Char('e'));
        fromClinic.fromNumber = kClinic;
        // 5. A scheduled message to cancel.
        Message scheduled = inFlight;
        scheduled.sid = QStringLiteral("SM") + QString(32, QLatin1Char('d'));
        scheduled.status = MessageStatus::Scheduled;
        scheduled.scheduledFor = Clock::instance().nowUtc().addDays(2);
        QVERIFY((*db)->write([&](QSqlDatabase &tx) -> Status<> {
            for (const Message &m : {inFlight, fromClinic, scheduled}) {
                auto added = MessageStore::insertIn(tx, m);
                if (!added)
                    return added.error();
            }
            return Ok{};
        }));

        // The full cycle: settle, send, inbound list To, status list From, single fetch.
        const SyncReport report = engine.runCycle();
        QVERIFY2(report.ok(),
                 report.error ? qPrintable(report.error->message + QLatin1Char(' ') + report.error->detail) : "");
        QVERIFY(engine.outbox().cancelScheduledFor(ann->id) >= 0);

        const QSet<QString> made(gateway.calls.begin(), gateway.calls.end());
        qInfo("requests made: %s", qPrintable(gateway.calls.join(QStringLiteral(", "))));
        QVERIFY2(gateway.refusals.isEmpty(), qPrintable(gateway.refusals.join(QLatin1Char('\n'))));
        for (const QString &kind :
             {QStringLiteral("send-from"), QStringLiteral("send-service"), QStringLiteral("list-to-datesent"),
              QStringLiteral("list-to"), QStringLiteral("list-from-datesent"), QStringLiteral("fetch"),
              QStringLiteral("cancel")}) {
            QVERIFY2(made.contains(kind), qPrintable(QStringLiteral("the engine made no %1 request").arg(kind)));
        }
        // Prism's own verdict on every request (its response-example warnings are about the spec, not us).
        QVERIFY2(!m_prismLog.contains("Violation: request"), m_prismLog.right(4000).constData());
        QVERIFY(m_prismLog.contains("The request passed the validation rules"));
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }
};

QTEST_GUILESS_MAIN(TestContractMessaging)
#include "tst_contract_messaging.moc"

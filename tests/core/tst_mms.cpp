// Inbound MMS (issue 13): every media item of a message with num_media > 0 is listed and stored once, downloaded
// with the account's credentials only from Twilio's host (a redirect elsewhere is followed without them), capped in
// size, owner-only on disk; a failed download is visible, retried on its own back-off, and never holds up replies.
#include "tests/core/MessagingTestRig.h"

#include "core/messaging/MediaFetcher.h"
#include "core/messaging/MediaStore.h"
#include "core/messaging/MessageJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {
const QString AnnPhone = QStringLiteral("+14155550123");

QList<MessageMedia> mediaOf(MessagingRig &rig, qint64 messageId)
{
    auto media = MediaStore(rig.messages()).forMessage(messageId);
    return media ? *media : QList<MessageMedia>();
}

qint64 onlyInboundId(MessagingRig &rig, qint64 patient)
{
    auto all = rig.messages().allMessages(patient);
    return all && all->size() == 1 ? all->constFirst().id : 0;
}
} // namespace

class TestMms : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::setInstance(nullptr); }

    void photoIsStoredOnceWithoutCredentialsOffTwilio()
    {
        MessagingRig rig;
        FakeTwilioServer cdn; // "another host": the storage a Twilio media URL redirects to
        QVERIFY(cdn.start());
        const QByteArray png = FakeTwilioServer::samplePng();
        cdn.setStaticResource(QStringLiteral("/cdn/photo.png"), "image/png", png);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectMms(AnnPhone, TestClinicNumber, QStringLiteral("My rash today"), QStringLiteral("image/png"),
                             {}, cdn.baseUrl() + QStringLiteral("/cdn/photo.png"));

        const SyncReport report = rig.engine().runCycle();
        QVERIFY(report.polled);
        QCOMPARE(report.inbound, 1);
        QCOMPARE(report.mediaStored, 1);
        const qint64 id = onlyInboundId(rig, ann);
        QVERIFY(id > 0);
        QCOMPARE(rig.messages().get(id)->body, QStringLiteral("My rash today"));
        QCOMPARE(rig.messages().get(id)->numMedia, 1);

        const QList<MessageMedia> media = mediaOf(rig, id);
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().state, MediaState::Stored);
        QCOMPARE(media.first().contentType, QStringLiteral("image/png"));
        QCOMPARE(media.first().sizeBytes, qint64(png.size()));
        QFile file(media.first().filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), png);
        QVERIFY(media.first().filePath.startsWith(QDir(rig.env.dataDir()).absolutePath())); // the data folder
#ifndef Q_OS_WIN
        QCOMPARE(int(QFileInfo(media.first().filePath).permissions() & 0x00ff), 0);
        QCOMPARE(int(QFileInfo(QFileInfo(media.first().filePath).absolutePath()).permissions() & 0x00ff), 0);
#endif

        // The credentials went to Twilio's host only; the storage host saw none.
        int twilioMediaGets = 0;
        for (const auto &request : rig.server.requests()) {
            if (request.path.contains(QLatin1String("/Media/"))) {
                ++twilioMediaGets;
                QVERIFY(request.header("authorization").startsWith("Basic "));
            }
        }
        QCOMPARE(twilioMediaGets, 1);
        QCOMPARE(cdn.requestCount(), 1);
        for (const auto &request : cdn.requests())
            QVERIFY2(request.header("authorization").isEmpty(), "credentials sent to a non-Twilio host");

        // Stored once: later cycles neither list nor download it again.
        rig.server.clearRequestLog();
        for (int i = 0; i < 3; ++i)
            rig.engine().runCycle();
        QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/Media.json")), 0);
        QCOMPARE(cdn.requestCount(), 1);
        auto rows = rig.db->exec(QStringLiteral("SELECT COUNT(*) FROM message_media"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 1);
    }

    void mediaAreListedInMessagesJson()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectMms(AnnPhone, TestClinicNumber, QStringLiteral("photo"), QStringLiteral("image/png"),
                             FakeTwilioServer::samplePng());
        QCOMPARE(rig.engine().runCycle().mediaStored, 1);
        ChildRun run = runChild(QStringLiteral(CLINICDESK_CLI_PATH),
                                {QStringLiteral("messages"), QStringLiteral("--patient"), QString::number(ann),
                                 QStringLiteral("--json"), QStringLiteral("--data-dir"), rig.env.dataDir()},
                                rig.childEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonArray media = list.first().toObject().value(QStringLiteral("media")).toArray();
        QCOMPARE(media.size(), 1);
        const QJsonObject item = media.first().toObject();
        QCOMPARE(item.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("stored"));
        QCOMPARE(item.value(QStringLiteral("size")).toInteger(), qint64(FakeTwilioServer::samplePng().size()));
        QVERIFY(QFile::exists(item.value(QStringLiteral("path")).toString()));
    }

    void failedDownloadIsRetriedLaterAndNeverBlocksReplies()
    {
        MessagingRig rig;
        ShiftedClock clock;
        Clock::setInstance(&clock);
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        const QString sid = rig.server.injectMms(AnnPhone, TestClinicNumber, QStringLiteral("see photo"),
                                                 QStringLiteral("image/png"), FakeTwilioServer::samplePng());
        FakeTwilioServer::Fault broken;
        broken.method = "GET";
        broken.queryContains = QStringLiteral("/Media/ME");
        broken.status = 500;
        broken.body = R"({"code": 20500, "message": "Internal Server Error", "status": 500})";
        broken.repeat = true;
        rig.server.enqueueFault(broken);

        SyncReport report = rig.engine().runCycle();
        QVERIFY(report.polled); // replies were read: the poll interval does not back off
        QCOMPARE(report.inbound, 1);
        const qint64 id = onlyInboundId(rig, ann);
        QCOMPARE(rig.messages().get(id)->body, QStringLiteral("see photo")); // the text is never lost
        QList<MessageMedia> media = mediaOf(rig, id);
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().state, MediaState::Failed);
        QVERIFY(!mediaStateText(media.first()).isEmpty());

        // A new reply meanwhile is stored at once; the failed item waits on its own back-off.
        rig.server.clearRequestLog();
        rig.server.injectInbound(AnnPhone, TestClinicNumber, QStringLiteral("and another thing"));
        report = rig.engine().runCycle();
        QVERIFY(report.polled);
        QCOMPARE(report.inbound, 1);
        int mediaGets = 0;
        for (const auto &request : rig.server.requests())
            mediaGets += request.path.contains(QLatin1String("/Media/")) ? 1 : 0;
        QCOMPARE(mediaGets, 0);

        // Later, with Twilio well again, it is downloaded.
        rig.server.clearFaults();
        clock.shiftSec += 5 * 60;
        report = rig.engine().runCycle();
        QCOMPARE(report.mediaStored, 1);
        media = mediaOf(rig, id);
        QCOMPARE(media.first().state, MediaState::Stored);
        QCOMPARE(media.first().attempts, 2);
        Q_UNUSED(sid);
    }

    void oversizedAndUnsafeMediaAreNotDownloaded()
    {
        MessagingRig rig;
        const qint64 ann = rig.addPatient(QStringLiteral("Ann"), AnnPhone);
        rig.server.injectMms(AnnPhone, TestClinicNumber, QStringLiteral("big"), QStringLiteral("video/mp4"),
                             QByteArray(64 * 1024, 'v'));
        // A redirect to plain http on a public host: refused before any request (credentials or not).
        rig.server.injectMms(AnnPhone, TestClinicNumber, QStringLiteral("odd"), QStringLiteral("image/png"), {},
                             QStringLiteral("http://media.example.com/p.png"));
        QVERIFY(rig.engine().runCycle().polled);
        // The engine's fetcher used the default cap (5 MB) and stored the 64 KB video; a smaller cap refuses it.
        auto rows = rig.db->exec(QStringLiteral("UPDATE message_media SET state = 'pending', attempts = 0, "
                                                "next_attempt_at = NULL WHERE content_type = 'video/mp4'"));
        QVERIFY(rows);
        MediaFetcher fetcher(rig.messages(), rig.session->gateway());
        fetcher.setMaxBytes(1024);
        fetcher.run();
        auto all = rig.messages().allMessages(ann);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QHash<QString, QString> states;
        for (const Message &m : std::as_const(*all))
            for (const MessageMedia &item : mediaOf(rig, m.id))
                states.insert(m.body, item.state);
        QCOMPARE(states.value(QStringLiteral("big")), MediaState::TooLarge);
        QCOMPARE(states.value(QStringLiteral("odd")), MediaState::Refused);
    }
};

QTEST_GUILESS_MAIN(TestMms)
#include "tst_mms.moc"

// No health details where they do not belong: a full add / import / send / receive cycle through the real
// clinicdesk-cli against the loopback fake Twilio, with every logging category on (QT_LOGGING_RULES="*=true"), and
// no log line may carry a fixture patient's name, number, date of birth or message text. Afterwards no file in
// the data folder may be readable by group or others.
#include "tests/core/MessagingTestRig.h"

#include "core/security/OwnerOnlyFiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

// Distinctive enough that a hit can only be a leak.
const QString First = QStringLiteral("Zebulon");
const QString Last = QStringLiteral("Quartermaine");
const QString PhoneTyped = QStringLiteral("(415) 555-0177");
const QString PhoneE164 = QStringLiteral("+14155550177");
const QString Dob = QStringLiteral("1961-07-19");
const QString Body = QStringLiteral("Your biopsy results arrived, please call Dr Okonkwo");
const QString Reply = QStringLiteral("Thanks, calling about the histology tomorrow");
const QString ImportedFirst = QStringLiteral("Philippa");
const QString ImportedLast = QStringLiteral("Vandersloot");
const QString ImportedDob = QStringLiteral("1959-02-11");

ChildRun cliWithInput(const QStringList &args, const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLINICDESK_CLI_PATH), args);
    ChildRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestLogPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void fullCycleLogsNoPatientDetails()
    {
        MessagingRig rig;
        QProcessEnvironment env = rig.childEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("LOG %{category} %{type}: %{message}"));
        QString logs;
        auto cli = [&](QStringList args, const QByteArray &input = {}) {
            args << QStringLiteral("--data-dir") << rig.env.dataDir();
            const ChildRun run = cliWithInput(args, env, input);
            logs += run.err;
            return run;
        };

        // A patient from standard input (nothing in argv), one from a CSV import.
        const QByteArray details = QJsonDocument(QJsonObject{{QStringLiteral("first"), First},
                                                             {QStringLiteral("last"), Last},
                                                             {QStringLiteral("phone"), PhoneTyped},
                                                             {QStringLiteral("dob"), Dob},
                                                             {QStringLiteral("consent"), true}})
                                       .toJson();
        ChildRun added = cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--from-file"),
                              QStringLiteral("-"), QStringLiteral("--json")},
                             details);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qint64 id = QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);

        QTemporaryDir csvDir;
        const QString csv = csvDir.filePath(QStringLiteral("patients.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("First Name,Last Name,Mobile,DOB\n%1,%2,(415) 555-0178,%3\n")
                           .arg(ImportedFirst, ImportedLast, ImportedDob)
                           .toUtf8());
        }
        ChildRun imported = cli({QStringLiteral("patients"), QStringLiteral("import"), csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        ChildRun searched = cli({QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--search"), Last,
                                 QStringLiteral("--json")});
        QVERIFY2(searched.exitCode == 0, qPrintable(searched.err));

        // Send, deliver, a reply, a sync that stores it, the thread read back.
        ChildRun sent = cli({QStringLiteral("send"), QStringLiteral("--patient"), QString::number(id),
                             QStringLiteral("--body"), Body, QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const QString sid = QJsonDocument::fromJson(sent.out.toUtf8()).object().value(QStringLiteral("sid")).toString();
        rig.server.setStatus(sid, QStringLiteral("delivered"));
        rig.server.injectInbound(PhoneE164, TestClinicNumber, Reply, QDateTime::currentDateTimeUtc().addSecs(1));
        ChildRun synced = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(QJsonDocument::fromJson(synced.out.toUtf8()).object().value(QStringLiteral("inbound")).toInt(), 1);
        ChildRun thread = cli({QStringLiteral("messages"), QStringLiteral("--patient"), QString::number(id)});
        QVERIFY2(thread.exitCode == 0, qPrintable(thread.err));
        QVERIFY(thread.out.contains(Reply)); // the details are there, where they belong
        ChildRun exported = cli(
            {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        // The communication record, as CSV and PDF (audited; the PDF rendered by QtGui without a display).
        ChildRun csvRecord = cli({QStringLiteral("patients"), QStringLiteral("export-record"), QString::number(id),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csvRecord.exitCode == 0, qPrintable(csvRecord.err));
        QVERIFY2(csvRecord.out.contains(Body) && csvRecord.out.contains(QStringLiteral("\"%1\"").arg(Reply)),
                 qPrintable(csvRecord.out));
        QVERIFY(csvRecord.out.contains(QLatin1String("From patient")));
#ifdef CLINICDESK_CLI_HAS_PDF // a build with the GUI: the CLI draws PDFs with QtGui
        const QString pdf = csvDir.filePath(QStringLiteral("record.pdf"));
        ChildRun pdfRecord = cli({QStringLiteral("patients"), QStringLiteral("export-record"), QString::number(id),
                                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
        QVERIFY2(pdfRecord.exitCode == 0, qPrintable(pdfRecord.err));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
            QVERIFY(file.size() > 1000);
        }
#endif
        ChildRun noFormat = cli({QStringLiteral("patients"), QStringLiteral("export-record"), QString::number(id)});
        QCOMPARE(noFormat.exitCode, 2);
        {
            auto audit = rig.db->exec(
                QStringLiteral("SELECT details FROM audit_log WHERE action = 'record.exported' AND patient_id = ?"),
                {id});
            QVERIFY(audit);
            QStringList formats;
            while (audit->next())
                formats << audit->value(0).toString();
#ifdef CLINICDESK_CLI_HAS_PDF
            QCOMPARE(formats, (QStringList{QStringLiteral("csv"), QStringLiteral("pdf")}));
#else
            QCOMPARE(formats, QStringList{QStringLiteral("csv")});
#endif
            // The send's outcome is audited, without its text.
            auto outcome = rig.db->exec(
                QStringLiteral("SELECT details FROM audit_log WHERE action = 'message.accepted' AND patient_id = ?"),
                {id});
            QVERIFY(outcome && outcome->next());
            QVERIFY(!outcome->value(0).toString().contains(QLatin1String("biopsy")));
        }

        // The logging really was on (otherwise the scan below proves nothing).
        QVERIFY2(logs.contains(QLatin1String("LOG clinicdesk.")), qPrintable(logs.left(2000)));
        const QStringList forbidden{First,
                                    Last,
                                    PhoneE164,
                                    QStringLiteral("4155550177"),
                                    QStringLiteral("555-0177"),
                                    Dob,
                                    QStringLiteral("07/19/1961"),
                                    Body,
                                    QStringLiteral("biopsy"),
                                    Reply,
                                    QStringLiteral("histology"),
                                    ImportedFirst,
                                    ImportedLast,
                                    ImportedDob,
                                    QStringLiteral("4155550178")};
        for (const QString &line : logs.split(QLatin1Char('\n'))) {
            for (const QString &detail : forbidden)
                QVERIFY2(!line.contains(detail, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("\"%1\" in a log line: %2").arg(detail, line)));
        }

        // Owner-only at rest: checked here with Qt's own view of the permissions, not the product's helper.
        QDirIterator it(rig.env.dataDir(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList seen;
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY((QFileInfo(rig.env.dataDir()).permissions() & others) == 0);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            seen << info.fileName();
            QVERIFY2((info.permissions() & others) == 0, qPrintable(info.absoluteFilePath()));
        }
        // On a server, the folder holds the texts kept while it is out of reach instead of the database.
        const QString database = TestEnvironment::onPostgres() ? QStringLiteral("clinicdesk-offline.sqlite")
                                                                : QStringLiteral("clinicdesk.sqlite");
        QVERIFY2(seen.contains(database), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(OwnerOnlyFiles::exposedPaths(rig.env.dataDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogPrivacy)
#include "tst_log_privacy.moc"

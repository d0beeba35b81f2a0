#include "core/patients/CsvReader.h"
#include "core/patients/PatientImporter.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"

#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

class TestPatientImport : public QObject
{
    Q_OBJECT
private slots:
    void csvReaderHandlesQuotingAndLineEndings()
    {
        const QByteArray data("\xEF\xBB\xBF"
                              "a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"multi\r\nline\"\r\n\r\nlast,row,\xC3\xA9");
        const QList<CsvRecord> records = CsvReader::parse(data);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, QStringList({"a", "b", "c"}));
        QCOMPARE(records.at(1).fields, QStringList({"x, y", "he said \"hi\"", "multi\nline"}));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 5); // the quoted line break and the blank line both count
        QCOMPARE(records.at(2).fields.at(2), QString::fromUtf8("é"));
    }

    void unclosedQuoteCostsOneRowNotTheRestOfTheFile()
    {
        // A stray quote used to swallow every later row into one value, reported as a single "missing name".
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db.ok());
        PatientImporter importer(db.value());
        auto report = importer.importData("First,Last,Phone\n"
                                          "Ann,Lee,(415) 555-0101\n"
                                          "\"Bob,Ray,(415) 555-0102\n"
                                          "Cy,Moe,(415) 555-0103\n"
                                          "Di,\"Fox, Jr.\",(415) 555-0104\n",
                                          QStringLiteral("stray.csv"));
        QVERIFY(report.ok());
        QCOMPARE(report->rowsRead, 4);
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->skipped.size(), 1);
        QCOMPARE(report->skipped.first().line, 3);
        QVERIFY2(report->skipped.first().reason.contains(QStringLiteral("never closed")),
                 qPrintable(report->skipped.first().reason));
        const QList<CsvRecord> records = CsvReader::parse("a,b\n\"x,y\nc,\"d\ne,f\n");
        QCOMPARE(records.size(), 4);
        QVERIFY(records.at(1).unclosedQuote && records.at(2).unclosedQuote); // both quotes were stray
        QCOMPARE(records.at(2).fields, QStringList({"c", "\"d"}));
        QCOMPARE(records.at(3).fields, QStringList({"e", "f"}));
        QVERIFY(!records.at(3).unclosedQuote);
    }

    void csvReaderDetectsSemicolonsAndLegacyEncoding()
    {
        const QByteArray data("Nombre;Apellido\nJos\xE9;Pe\xF1"
                              "a\n"); // Windows-1252, as old Excel writes
        const QList<CsvRecord> records = CsvReader::parse(data);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields, QStringList({QString::fromUtf8("José"), QString::fromUtf8("Peña")}));
    }

    void importsGoodRowsAndReportsEachBadOne()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db.ok());
        PatientImporter importer(db.value());
        QList<int> progress;
        auto report = importer.importFile(test::testDataPath(QStringLiteral("patients-mixed.csv")),
                                          [&](int done, int total) { progress << done << total; });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->rowsRead, 8);
        QVERIFY(!report->cancelled);
        QList<int> lines;
        for (const SkippedRow &row : report->skipped)
            lines << row.line;
        // Line 3 holds a quoted line break, so every later record starts one line further down.
        QCOMPARE(lines, QList<int>({5, 6, 8, 9}));
        QVERIFY(report->skipped.at(0).reason.contains(QStringLiteral("missing name")));
        QVERIFY(report->skipped.at(1).reason.contains(QStringLiteral("invalid phone")));
        QVERIFY(report->skipped.at(1).reason.contains(QStringLiteral("555")));
        QVERIFY(report->skipped.at(2).reason.contains(QStringLiteral("duplicate")));
        QVERIFY(report->skipped.at(3).reason.contains(QStringLiteral("date of birth")));
        QCOMPARE(progress.constLast(), 8);

        PatientStore store(db.value());
        auto renee = store.search(QStringLiteral("renee"));
        QVERIFY(renee.ok());
        QCOMPARE(renee->patients.size(), 1);
        QCOMPARE(renee->patients.first().lastName, QStringLiteral("O'Brien, Jr."));
        QCOMPARE(renee->patients.first().notes, QStringLiteral("Line one\nline two, with comma"));
        QCOMPARE(renee->patients.first().dateOfBirth, QDate(1985, 3, 15));
        auto zoe = store.search(QString::fromUtf8("łuk"));
        QVERIFY(zoe.ok());
        QCOMPARE(zoe->patients.size(), 1);
        QCOMPARE(zoe->patients.first().phoneE164, QStringLiteral("+12125550199"));

        auto audit = db.value()->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.import'"));
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toInt(), 4);
    }

    void importingTwiceAddsNobody()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db.ok());
        PatientImporter importer(db.value());
        QVERIFY(importer.importFile(test::testDataPath(QStringLiteral("patients-mixed.csv"))).ok());
        auto second = importer.importFile(test::testDataPath(QStringLiteral("patients-mixed.csv")));
        QVERIFY(second.ok());
        QCOMPARE(second->imported, 0);
        int duplicates = 0;
        for (const SkippedRow &row : second->skipped)
            duplicates += row.reason.contains(QStringLiteral("duplicate")) ? 1 : 0;
        QCOMPARE(duplicates, 5);
        PatientStore store(db.value());
        QCOMPARE(store.count().value(), 4);
    }

    void refusesFileWithoutNameColumns()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db.ok());
        PatientImporter importer(db.value());
        auto report = importer.importData("Phone,Email\n4155550100,a@b.co\n", QStringLiteral("numbers.csv"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("import.no-name-columns"));
        QVERIFY(report.error().message.contains(QStringLiteral("numbers.csv")));
        QVERIFY(!importer.importFile(env.root() + QStringLiteral("/missing.csv")).ok());
    }

    void recognisesHeaderAliases()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db.ok());
        PatientImporter importer(db.value());
        auto report = importer.importData("given_name,Surname,Cell,Date of birth,E-mail\n"
                                          "Kai,Ng,415 555 0142,1970-01-02,kai@example.com\n",
                                          QStringLiteral("aliases.csv"));
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 1);
        auto page = PatientStore(db.value()).search(QStringLiteral("kai"));
        QCOMPARE(page->patients.first().phoneE164, QStringLiteral("+14155550142"));
        QCOMPARE(page->patients.first().dateOfBirth, QDate(1970, 1, 2));
        QCOMPARE(page->patients.first().email, QStringLiteral("kai@example.com"));
    }

    void cancelStopsBetweenBatchesKeepingWholePatients()
    {
        test::TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db.ok());
        QByteArray csv("First,Last\n");
        for (int i = 0; i < 1000; ++i)
            csv += "P" + QByteArray::number(i) + ",Batch\n";
        std::atomic_bool cancel = false;
        PatientImporter importer(db.value());
        auto report = importer.importData(
            csv, QStringLiteral("big.csv"), [&](int, int) { cancel = true; }, &cancel);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QVERIFY(report->imported > 0 && report->imported < 1000);
        QCOMPARE(PatientStore(db.value()).count().value(), qint64(report->imported));
    }

    void cliImportReportsAsJson()
    {
        test::TestEnvironment env;
        const QString csv = test::testDataPath(QStringLiteral("patients-mixed.csv"));
        auto first =
            test::runCli(env, {QStringLiteral("patients"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 4);
        const QJsonArray skipped = report.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(!skipped.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());

        auto second =
            test::runCli(env, {QStringLiteral("patients"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(QStringLiteral("imported")).toInt(), 0);

        auto list = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 4);

        auto missing = test::runCli(
            env, {QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("/nonexistent.csv")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nonexistent.csv")));
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestPatientImport)
#include "tst_patientimport.moc"

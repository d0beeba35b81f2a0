#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

class TestCliPatients : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        test::TestEnvironment env;
        auto version = test::runCli(env, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("clinicdesk-cli ")));
        auto help = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--phone")));
        auto unknown = test::runCli(env, {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        // --lang applies to the top-level usage too, whichever comes first.
        for (const QStringList &spanish :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")},
              QStringList{QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("es")}}) {
            auto usage = test::runCli(env, spanish);
            QCOMPARE(usage.exitCode, 0);
            QVERIFY2(usage.out.startsWith(QStringLiteral("Uso: clinicdesk-cli")), qPrintable(usage.out));
        }
    }

    void addStoresE164AndPrintsJson()
    {
        test::TestEnvironment env;
        auto added =
            test::runCli(env, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"),
                               QStringLiteral("Ana"), QStringLiteral("--last"), QStringLiteral("Diaz"),
                               QStringLiteral("--phone"), QStringLiteral("(415) 555-0100"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject patient = QJsonDocument::fromJson(added.out.toUtf8()).object();
        QCOMPARE(patient.value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+14155550100"));
        QVERIFY(patient.value(QStringLiteral("id")).toInt() > 0);
        for (const char *key : {"first_name", "last_name", "dob", "email", "sms_consent", "opted_out"})
            QVERIFY2(patient.contains(QLatin1String(key)), key);

        auto plain = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"),
                                        QStringLiteral("No"), QStringLiteral("--last"), QStringLiteral("Phone")});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out.trimmed(), QStringLiteral("2"));

        auto list = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(1).toObject().value(QStringLiteral("phone_e164")).isNull());

        auto search = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--search"),
                                         QStringLiteral("555-0100"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(search.out.toUtf8()).array().size(), 1);
    }

    void badInputExitsWithReason()
    {
        test::TestEnvironment env;
        auto invalid = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"),
                                          QStringLiteral("Bob"), QStringLiteral("--last"), QStringLiteral("X"),
                                          QStringLiteral("--phone"), QStringLiteral("(555) 555-5555")});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.err.contains(QStringLiteral("area code 555")));
        QCOMPARE(invalid.err.count(QLatin1Char('\n')), 1);

        auto missing = test::runCli(
            env, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Bob")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--last")));

        auto badDate = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"),
                                          QStringLiteral("Bob"), QStringLiteral("--last"), QStringLiteral("X"),
                                          QStringLiteral("--dob"), QStringLiteral("yesterday")});
        QCOMPARE(badDate.exitCode, 2);

        if (test::TestEnvironment::onPostgres())
            return; // a damaged file is SQLite's: tst_database_safety covers it
        auto corrupt = QFile(env.databaseFile());
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("not a database at all");
        corrupt.close();
        auto refused = test::runCli(env, {QStringLiteral("patients"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(env.databaseFile()));
    }
};

QTEST_GUILESS_MAIN(TestCliPatients)
#include "tst_cli_patients.moc"

// IT's policies (ManagedPolicies): a root-owned JSON folder on Linux locks settings over the user's file, the
// TWILIO_* environment and IT's QSettings defaults; the one schema (secrets never, values checked as `config set`
// checks them); files others may write are ignored; the shipped templates (ADMX/ADML, the example JSON, the
// .mobileconfig, the IT guide) name exactly the settings that can be managed.
#include "tests/support/PolicyFiles.h"
#include "tests/support/TestEnvironment.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SettingCatalog.h"
#include "core/settings/SettingsService.h"
#include "core/settings/policy/ManagedPolicies.h"
#include "core/settings/policy/PolicyDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace cd;

namespace {

const QString Sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString OtherSid = QStringLiteral("ACffffffffffffffffffffffffffffffff");

QString sourceFile(const QString &relative)
{
    return QDir(QStringLiteral(CLINICDESK_SOURCE_DIR)).filePath(relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() && file.commit();
}

RawPolicies raw(const QString &key, const QVariant &value)
{
    return RawPolicies{{RawPolicy{key, value, QStringLiteral("test")}}, {}};
}

} // namespace

class TestPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void installedFolderIsFixed();
    void policyWinsOverUserEnvironmentAndDefaults();
    void systemFileGivesDefaultsOnly();
    void schemaChecksValues_data();
    void schemaChecksValues();
    void secretsAndUnknownNamesAreRefused();
    void laterFileWins();
    void untrustedFilesAreIgnored();
    void templatesNameEveryManageableSetting();

private:
    std::unique_ptr<test::TestEnvironment> m_env;
    QTemporaryDir m_systemDir;
    QTemporaryDir m_policyRoot;
    QString m_policyDir;
};

void TestPolicies::initTestCase()
{
    m_env = std::make_unique<test::TestEnvironment>();
    qputenv("CLINICDESK_SYSTEM_CONFIG_DIR", m_systemDir.path().toUtf8());
    m_policyDir = m_policyRoot.filePath(QStringLiteral("policies"));
}

void TestPolicies::init()
{
    for (const QString &name : SettingCatalog::environmentVariables())
        qunsetenv(name.toLatin1().constData());
    QSettings(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk")).clear();
    QFile::remove(QDir(m_systemDir.path()).filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf")));
    QDir(m_policyDir).removeRecursively();
    PolicyDirectory::useForTests(m_policyDir);
    AppSettings::reload();
}

void TestPolicies::installedFolderIsFixed()
{
    // Whatever the environment says, the shipped programs read /etc/clinicdesk/policies.
    PolicyDirectory::useForTests(QString());
    qputenv("XDG_CONFIG_DIRS", m_policyRoot.path().toUtf8());
    qputenv("CLINICDESK_POLICY_DIR", m_policyDir.toUtf8());
    QCOMPARE(PolicyDirectory::path(), QStringLiteral("/etc/clinicdesk/policies"));
    qunsetenv("XDG_CONFIG_DIRS");
    qunsetenv("CLINICDESK_POLICY_DIR");
}

void TestPolicies::policyWinsOverUserEnvironmentAndDefaults()
{
    QVERIFY(writeFile(QDir(m_systemDir.path()).filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf")),
                      "[clinic]\nname=From IT defaults\n"));
    QSettings user(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk"));
    user.setValue(SettingKeys::ClinicName, QStringLiteral("Mine"));
    user.setValue(SettingKeys::PollIntervalIdleSec, 90);
    user.sync();
    qputenv("TWILIO_ACCOUNT_SID", OtherSid.toUtf8());
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("10-clinic.json"),
                                  QStringLiteral(R"({"clinic/name": "Northside", "twilio/accountSid": "%1",
                                                     "messaging/requireConsent": false})")
                                      .arg(Sid)
                                      .toUtf8()));
    AppSettings::reload();

    const SettingsSnapshot snapshot = SettingsService::instance().snapshot();
    QCOMPARE(snapshot.value(SettingKeys::ClinicName).toString(), QStringLiteral("Northside"));
    QCOMPARE(snapshot.source(SettingKeys::ClinicName), SettingSource::Policy);
    QVERIFY(snapshot.isLocked(SettingKeys::ClinicName));
    QCOMPARE(snapshot.policy().clinicName, QStringLiteral("Northside"));
    QCOMPARE(snapshot.value(SettingKeys::AccountSid).toString(), Sid); // over TWILIO_ACCOUNT_SID
    QCOMPARE(snapshot.policy().requireConsent, false);
    QCOMPARE(snapshot.policies().origin(SettingKeys::ClinicName),
             QDir(m_policyDir).filePath(QStringLiteral("10-clinic.json")));
    // What IT did not manage stays the user's.
    QCOMPARE(snapshot.source(SettingKeys::PollIntervalIdleSec), SettingSource::User);
    QVERIFY(!snapshot.isLocked(SettingKeys::PollIntervalIdleSec));

    // The user's own file cannot override it, and saving through ClinicDesk is refused with the reason.
    const Status<> refused = AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Other"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("settings.locked"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Managed by your IT department")),
             qPrintable(refused.error().message));
    QCOMPARE(AppSettings::userValue(SettingKeys::ClinicName).toString(), QStringLiteral("Mine"));
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Northside"));
}

void TestPolicies::systemFileGivesDefaultsOnly()
{
    // The old [Locked] list in the QSettings system file no longer locks: XDG_CONFIG_DIRS could redirect it.
    QVERIFY(writeFile(QDir(m_systemDir.path()).filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf")),
                      "[Locked]\nkeys=clinic/name\n[clinic]\nname=Northside\n"));
    AppSettings::reload();
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Northside"));
    QCOMPARE(AppSettings::source(SettingKeys::ClinicName), SettingSource::System);
    QVERIFY(!AppSettings::isLocked(SettingKeys::ClinicName));
    QVERIFY(AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Mine")).ok());
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Mine"));
}

void TestPolicies::schemaChecksValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); // invalid: refused

    QTest::newRow("bool") << SettingKeys::RequireConsent << QVariant(true) << QVariant(true);
    QTest::newRow("bool as registry DWORD") << SettingKeys::NotificationShowsText << QVariant(1) << QVariant(true);
    QTest::newRow("bool as text") << SettingKeys::RequireConsent << QVariant(QStringLiteral("false"))
                                  << QVariant(false);
    QTest::newRow("integer from JSON") << SettingKeys::PollIntervalIdleSec << QVariant(120.0) << QVariant(120);
    QTest::newRow("integer out of range") << SettingKeys::PollIntervalIdleSec << QVariant(1) << QVariant();
    QTest::newRow("money") << SettingKeys::PricePerSegment << QVariant(0.0083) << QVariant(0.0083);
    QTest::newRow("money as text") << SettingKeys::PricePerSegment << QVariant(QStringLiteral("0.01"))
                                   << QVariant(0.01);
    QTest::newRow("phone list") << SettingKeys::PhoneNumbers << QVariant(QStringLiteral("+14155550100, +14155550101"))
                                << QVariant(QStringLiteral("+14155550100,+14155550101"));
    QTest::newRow("phone list, REG_MULTI_SZ")
        << SettingKeys::PhoneNumbers << QVariant(QStringList{QStringLiteral("+14155550100")})
        << QVariant(QStringLiteral("+14155550100"));
    QTest::newRow("bad phone") << SettingKeys::PhoneNumbers << QVariant(QStringLiteral("4155550100")) << QVariant();
    QTest::newRow("sid") << SettingKeys::AccountSid << QVariant(Sid) << QVariant(Sid);
    QTest::newRow("bad sid") << SettingKeys::MessagingServiceSid << QVariant(QStringLiteral("MG123")) << QVariant();
    QTest::newRow("region") << SettingKeys::PhoneRegion << QVariant(QStringLiteral("ca"))
                            << QVariant(QStringLiteral("CA"));
    QTest::newRow("empty: locked at the default")
        << SettingKeys::OptOutLine << QVariant(QString()) << QVariant(QStringLiteral("Reply STOP to opt out."));
    // Appointments (issue 11).
    QTest::newRow("reminder hours") << QStringLiteral("appointments/reminderHours")
                                    << QVariant(QStringLiteral("24, 1.5")) << QVariant(QStringLiteral("24,1.5"));
    QTest::newRow("no reminders") << QStringLiteral("appointments/reminderHours") << QVariant(QStringLiteral("none"))
                                  << QVariant(QStringLiteral("none"));
    QTest::newRow("bad reminder hours") << QStringLiteral("appointments/reminderHours")
                                        << QVariant(QStringLiteral("48,0")) << QVariant();
    QTest::newRow("allowed from") << QStringLiteral("appointments/allowedFrom") << QVariant(QStringLiteral("7:30"))
                                  << QVariant(QStringLiteral("07:30"));
    QTest::newRow("bad allowed until") << QStringLiteral("appointments/allowedUntil") << QVariant(QStringLiteral("8pm"))
                                       << QVariant();
    QTest::newRow("zone") << QStringLiteral("appointments/clinicTimeZone") << QVariant(QStringLiteral("America/Denver"))
                          << QVariant(QStringLiteral("America/Denver"));
    QTest::newRow("bad zone") << QStringLiteral("appointments/clinicTimeZone") << QVariant(QStringLiteral("Denver"))
                              << QVariant();
    QTest::newRow("notice off, DWORD") << QStringLiteral("appointments/cancellationNotice") << QVariant(0)
                                       << QVariant(false);
    QTest::newRow("template") << QStringLiteral("appointments/template/reminder/es")
                              << QVariant(QStringLiteral("Cita el {date} a las {time}. Responda C o R."))
                              << QVariant(QStringLiteral("Cita el {date} a las {time}. Responda C o R."));
    QTest::newRow("template with STOP word") << QStringLiteral("appointments/template/reminder/en")
                                             << QVariant(QStringLiteral("Reply CANCEL to cancel {date}")) << QVariant();
    QTest::newRow("empty: locked at the default hours")
        << QStringLiteral("appointments/allowedFrom") << QVariant(QString()) << QVariant(QStringLiteral("08:00"));
    QTest::newRow("array") << SettingKeys::ClinicName << QVariant(QVariantList{1, 2}) << QVariant();
    QTest::newRow("null") << SettingKeys::ClinicName << QVariant::fromValue(nullptr) << QVariant();
}

void TestPolicies::schemaChecksValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    const ManagedPolicies policies = ManagedPolicies::fromRaw(raw(key, value));
    QCOMPARE(policies.isManaged(key), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(policies.value(key), expected);
        QVERIFY(policies.problems().isEmpty());
    } else {
        QCOMPARE(policies.problems().size(), 1);
        QVERIFY2(policies.problems().constFirst().contains(key), qPrintable(policies.problems().constFirst()));
    }
}

void TestPolicies::secretsAndUnknownNamesAreRefused()
{
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("clinic.json"),
                                  R"({"twilio/authToken": "0123456789abcdef0123456789abcdef",
                                      "TWILIO_API_SECRET": "abc", "sendGridApiKey": "SG.a.b",
                                      "clinic/nmae": "typo", "clinic/name": "Northside"})"));
    const ManagedPolicies policies = ManagedPolicies::fromRaw(PolicyDirectory::readInstalled());
    QCOMPARE(policies.keys(), QStringList{SettingKeys::ClinicName});
    QCOMPARE(policies.problems().size(), 4);
    const QString problems = policies.problems().join(QLatin1Char('\n'));
    QCOMPARE(problems.count(QStringLiteral("secrets are never read from policies")), 3);
    QVERIFY(problems.contains(QStringLiteral("clinic/nmae")));
    QVERIFY(!problems.contains(QStringLiteral("0123456789abcdef"))); // a secret is never repeated
}

void TestPolicies::laterFileWins()
{
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("10-base.json"),
                                  R"({"clinic/name": "Base", "clinic/phoneRegion": "CA"})"));
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("20-site.json"), R"({"clinic/name": "Site"})"));
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("README.txt"), R"({"clinic/name": "Not JSON"})"));
    const ManagedPolicies policies = ManagedPolicies::fromRaw(PolicyDirectory::readInstalled());
    QCOMPARE(policies.value(SettingKeys::ClinicName).toString(), QStringLiteral("Site"));
    QCOMPARE(policies.value(SettingKeys::PhoneRegion).toString(), QStringLiteral("CA"));
    QVERIFY(policies.problems().isEmpty());
}

void TestPolicies::untrustedFilesAreIgnored()
{
#ifndef Q_OS_UNIX
    QSKIP("file ownership and mode are checked on Unix (Windows reads the registry, macOS managed preferences)");
#else
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("10-good.json"), R"({"clinic/name": "Northside"})"));
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("20-writable.json"), R"({"clinic/phoneRegion": "GB"})"));
    QVERIFY(QFile::setPermissions(QDir(m_policyDir).filePath(QStringLiteral("20-writable.json")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("30-broken.json"), "{\"clinic/name\": "));
    QVERIFY(test::writePolicyFile(m_policyDir, QStringLiteral("40-array.json"), "[1, 2]"));
    // A link to a file anyone may write is judged by that file, not by the link.
    const QString outside = m_policyRoot.filePath(QStringLiteral("user-writable.json"));
    QVERIFY(writeFile(outside, R"({"messaging/optOutLine": "Text END"})"));
    QVERIFY(QFile::setPermissions(outside, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup |
                                               QFile::ReadOther));
    QVERIFY(QFile::link(outside, QDir(m_policyDir).filePath(QStringLiteral("50-link.json"))));

    ManagedPolicies policies = ManagedPolicies::fromRaw(PolicyDirectory::readInstalled());
    QCOMPARE(policies.keys(), QStringList{SettingKeys::ClinicName});
    const QString problems = policies.problems().join(QLatin1Char('\n'));
    QCOMPARE(policies.problems().size(), 4);
    QVERIFY2(problems.contains(QStringLiteral("20-writable.json is ignored: others may write to it")),
             qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("30-broken.json is ignored: it is not a JSON object")));
    QVERIFY(problems.contains(QStringLiteral("40-array.json is ignored")));
    QVERIFY(problems.contains(QStringLiteral("50-link.json is ignored: others may write to it")));

    // A folder others may write to is ignored whole.
    QVERIFY(QFile::setPermissions(m_policyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    policies = ManagedPolicies::fromRaw(PolicyDirectory::readInstalled());
    QVERIFY(policies.keys().isEmpty());
    QCOMPARE(policies.problems().size(), 1);
    QVERIFY(policies.problems().constFirst().contains(QStringLiteral("others may write to it")));

    // A file that belongs to someone else (here: a user other than the one the test runs as; in production,
    // anyone but root). Only root can give a file away.
    if (::geteuid() != 0)
        QSKIP("changing a file's owner needs root (CI runs as root)");
    QVERIFY(QFile::setPermissions(m_policyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::ExeOther));
    const QByteArray good = QFile::encodeName(QDir(m_policyDir).filePath(QStringLiteral("10-good.json")));
    QCOMPARE(::chown(good.constData(), 65534, 65534), 0);
    policies = ManagedPolicies::fromRaw(PolicyDirectory::readInstalled());
    QVERIFY(!policies.isManaged(SettingKeys::ClinicName));
    QVERIFY(policies.problems().join(QLatin1Char('\n')).contains(QStringLiteral("does not belong to root")));
#endif
}

void TestPolicies::templatesNameEveryManageableSetting()
{
    const QStringList manageable = ManagedPolicies::manageableKeys();
    QVERIFY(manageable.contains(SettingKeys::AccountSid));
    QVERIFY(!manageable.contains(QStringLiteral("twilio/authToken")));

    // ADMX: one policy per setting, writing the registry value the reader asks for (group = subkey).
    QXmlStreamReader admx(readAll(sourceFile(QStringLiteral("packaging/windows/policy/ClinicDesk.admx"))));
    QSet<QString> inAdmx;
    QSet<QString> displayNames;
    QString policyKey; // the policy's registry key; its value name is on the policy (on/off) or its element
    while (!admx.atEnd()) {
        if (admx.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = admx.attributes();
        if (admx.name() == QLatin1String("policy")) {
            policyKey = attributes.value(QLatin1String("key")).toString();
            QVERIFY2(policyKey.startsWith(QLatin1String("Software\\Policies\\ClinicDesk\\ClinicDesk\\")),
                     qPrintable(policyKey));
            QCOMPARE(attributes.value(QLatin1String("class")).toString(), QStringLiteral("Both"));
            const QString name = attributes.value(QLatin1String("displayName")).toString();
            displayNames.insert(name.mid(QStringLiteral("$(string.").size()).chopped(1));
        }
        const QString valueName = attributes.value(QLatin1String("valueName")).toString();
        if (!valueName.isEmpty())
            // Deeper keys are subkeys: a/b/c/d is the subkey a\\b\\c, value d.
            inAdmx.insert(policyKey.section(QLatin1Char('\\'), 4).replace(QLatin1Char('\\'), QLatin1Char('/')) +
                          QLatin1Char('/') + valueName);
    }
    QVERIFY2(!admx.hasError(), qPrintable(admx.errorString()));
    QCOMPARE(inAdmx, QSet<QString>(manageable.begin(), manageable.end()));

    // ADML: a display name for each.
    const QString adml =
        QString::fromUtf8(readAll(sourceFile(QStringLiteral("packaging/windows/policy/en-US/ClinicDesk.adml"))));
    for (const QString &name : std::as_const(displayNames))
        QVERIFY2(adml.contains(QStringLiteral("<string id=\"%1\">").arg(name)), qPrintable(name));

    // The example policy file is accepted as it is, and sets every manageable setting.
    const QJsonObject example =
        QJsonDocument::fromJson(readAll(sourceFile(QStringLiteral("packaging/linux/policies.json.example")))).object();
    RawPolicies fromExample;
    for (auto it = example.begin(); it != example.end(); ++it)
        fromExample.entries.append(RawPolicy{it.key(), it.value().toVariant(), QStringLiteral("example")});
    const ManagedPolicies accepted = ManagedPolicies::fromRaw(fromExample);
    QVERIFY2(accepted.problems().isEmpty(), qPrintable(accepted.problems().join(QLatin1Char('\n'))));
    const QStringList exampleKeys = example.keys();
    QCOMPARE(QSet<QString>(exampleKeys.begin(), exampleKeys.end()),
             QSet<QString>(manageable.begin(), manageable.end()));

    // The .mobileconfig example and the IT guide use the same names.
    const QString mobileconfig =
        QString::fromUtf8(readAll(sourceFile(QStringLiteral("packaging/macos/ClinicDesk-policies.mobileconfig"))));
    const QString guide = QString::fromUtf8(readAll(sourceFile(QStringLiteral("packaging/IT.md"))));
    for (const QString &key : manageable) {
        QVERIFY2(mobileconfig.contains(QStringLiteral("<key>%1</key>").arg(key)), qPrintable(key));
        QVERIFY2(guide.contains(QStringLiteral("`%1`").arg(key)), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"

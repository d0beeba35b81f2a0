// SettingsService and SettingsSnapshot: read once, kept, refreshed when a file changes on disk or a value is saved;
// the split into ClinicPolicy and DeskPreferences; the per-key validators the dialog and `config set` share.
#include "tests/support/PolicyFiles.h"
#include "tests/support/TestEnvironment.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SettingCatalog.h"
#include "core/settings/SettingsService.h"
#include "core/settings/policy/PolicyDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace cd;

namespace {

bool userFileHas(const QString &key)
{
    return QSettings(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk")).contains(key);
}

// Writes behind the service's back, as another program (or IT's deployment) would.
void writeUserValue(const QString &key, const QVariant &value)
{
    QSettings settings(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk"));
    settings.setValue(key, value);
    settings.sync();
}

bool replaceFile(const QString &path, const QByteArray &contents)
{
    // QSaveFile renames a new file over the old one: the old inode (and a watch on it) goes away.
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(contents);
    return file.commit();
}

} // namespace

class TestSettingsSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void policyAndDeskPreferencesAreSeparate();
    void valueDoesNotReadFiles();
    void refreshesAfterAtomicReplace();
    void refreshesWhenItsFileAppears();
    void saveRefreshesAndSignalsOnce();
    void anotherServiceSeesTheSave();
    void lockedSaveChangesNothing();
    void everyKeyHasAValidator();
    void validators_data();
    void validators();

private:
    std::unique_ptr<test::TestEnvironment> m_env;
    QTemporaryDir m_systemDir;
    QTemporaryDir m_policyDir;
};

void TestSettingsSnapshot::initTestCase()
{
    m_env = std::make_unique<test::TestEnvironment>(); // before any QSettings use: it fixes the user path
    qputenv("CLINICDESK_SYSTEM_CONFIG_DIR", m_systemDir.path().toUtf8());
    PolicyDirectory::useForTests(m_policyDir.path());
    writeUserValue(QStringLiteral("test/created"), true); // the user file and folder exist, as after a first save
}

void TestSettingsSnapshot::init()
{
    QSettings settings(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk"));
    settings.clear();
    settings.setValue(QStringLiteral("test/created"), true);
    settings.sync();
    QFile::remove(AppSettings::systemFileName());
    QFile::remove(QDir(m_policyDir.path()).filePath(QStringLiteral("it.json")));
    AppSettings::reload();
}

void TestSettingsSnapshot::policyAndDeskPreferencesAreSeparate()
{
    QVERIFY(replaceFile(AppSettings::systemFileName(),
                        "[clinic]\nname=Northside\n[messaging]\noptOutLine=Text STOP to end.\n"));
    writeUserValue(SettingKeys::PollIntervalIdleSec, 90);
    writeUserValue(SettingKeys::RequestTimeoutSec, 30);
    writeUserValue(SettingKeys::RequireConsent, QStringLiteral("false"));
    AppSettings::reload();

    const SettingsSnapshot snapshot = SettingsService::instance().snapshot();
    QCOMPARE(snapshot.policy().clinicName, QStringLiteral("Northside"));
    QCOMPARE(snapshot.policy().optOutLine, QStringLiteral("Text STOP to end."));
    QCOMPARE(snapshot.policy().requireConsent, false);
    QCOMPARE(snapshot.policy().phoneRegion, QStringLiteral("US")); // the product default
    QCOMPARE(snapshot.policy().noReceiptAfterHours, 72);
    QCOMPARE(snapshot.policy().chatExpiryHours, 2);
    QCOMPARE(snapshot.desk().pollIntervalIdleSec, 90);
    QCOMPARE(snapshot.desk().pollIntervalChatOpenSec, 10);
    QCOMPARE(snapshot.desk().requestTimeoutSec, 30);
    QCOMPARE(snapshot.desk().notificationShowsText, false);
    QCOMPARE(snapshot.source(SettingKeys::ClinicName), SettingSource::System);
    QCOMPARE(snapshot.source(SettingKeys::PollIntervalIdleSec), SettingSource::User);
    // The static API answers from the same snapshot.
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Northside"));
    QCOMPARE(AppSettings::pollIntervalIdleSec(), 90);
}

void TestSettingsSnapshot::valueDoesNotReadFiles()
{
    SettingsService &service = SettingsService::instance();
    const int reads = service.readCount();
    for (int i = 0; i < 200; ++i)
        QCOMPARE(AppSettings::clinicName(), QStringLiteral("Our clinic"));
    QCOMPARE(service.readCount(), reads);

    // Changed on disk: not seen until the service has read the file again (the old code re-read it per value).
    writeUserValue(SettingKeys::ClinicName, QStringLiteral("Changed on disk"));
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Our clinic"));
    QCOMPARE(AppSettings::source(SettingKeys::ClinicName), SettingSource::Default);
    QCOMPARE(service.readCount(), reads);
    QTRY_COMPARE(AppSettings::clinicName(), QStringLiteral("Changed on disk"));
    QVERIFY(service.readCount() > reads);
}

void TestSettingsSnapshot::refreshesAfterAtomicReplace()
{
    SettingsService &service = SettingsService::instance();
    QSignalSpy changed(&service, &SettingsService::changed);
    const QString path = AppSettings::userFileName();
    // Not the size of the file init() wrote ("[test]\ncreated=true\n", 20 bytes): QSettings keeps a parsed copy
    // per file and reuses it while size and mtime are unchanged, and two writes within one kernel clock tick share
    // an mtime. "[clinic]\nname=First\n" was exactly 20 bytes, and the test failed whenever both landed in one tick.
    QVERIFY(replaceFile(path, "[clinic]\nname=First replacement\n"));
    QTRY_COMPARE(AppSettings::clinicName(), QStringLiteral("First replacement"));
    // The watch on the replaced file must have been put back for the second replace to be seen.
    QVERIFY(replaceFile(path, "[clinic]\nname=Second replacement\n"));
    QTRY_COMPARE(AppSettings::clinicName(), QStringLiteral("Second replacement"));
    QVERIFY(changed.count() >= 2);
    QCOMPARE(changed.last().at(0).value<SettingsSnapshot>().policy().clinicName, QStringLiteral("Second replacement"));
}

void TestSettingsSnapshot::refreshesWhenItsFileAppears()
{
    // IT deploys a system file (and its folder) while the program runs: new defaults, not locks.
    QVERIFY(!QFileInfo::exists(AppSettings::systemFileName()));
    QVERIFY(replaceFile(AppSettings::systemFileName(), "[clinic]\nname=Northside\n"));
    QTRY_COMPARE(AppSettings::clinicName(), QStringLiteral("Northside"));
    QCOMPARE(AppSettings::source(SettingKeys::ClinicName), SettingSource::System);
    QVERIFY(!AppSettings::isLocked(SettingKeys::ClinicName));
}

void TestSettingsSnapshot::saveRefreshesAndSignalsOnce()
{
    SettingsService &service = SettingsService::instance();
    QSignalSpy changed(&service, &SettingsService::changed);
    QVERIFY(AppSettings::setValue(SettingKeys::PollIntervalIdleSec, 120).ok());
    // At once, without waiting for the watcher.
    QCOMPARE(AppSettings::pollIntervalIdleSec(), 120);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<SettingsSnapshot>().desk().pollIntervalIdleSec, 120);
    // The watcher then sees the same file: nothing new, no second signal.
    QTest::qWait(300);
    QCOMPARE(changed.count(), 1);

    QVERIFY(service.removeValue(SettingKeys::PollIntervalIdleSec).ok());
    QCOMPARE(service.snapshot().desk().pollIntervalIdleSec, 60);
    QCOMPARE(service.snapshot().source(SettingKeys::PollIntervalIdleSec), SettingSource::Default);
    QCOMPARE(changed.count(), 2);
}

void TestSettingsSnapshot::anotherServiceSeesTheSave()
{
    // Two services stand for two programs on this computer (the GUI and the CLI): a save by one reaches the other.
    SettingsService other;
    QSignalSpy changed(&other, &SettingsService::changed);
    QVERIFY(AppSettings::setValue(SettingKeys::OptOutLine, QStringLiteral("Reply STOP to stop.")).ok());
    QTRY_COMPARE(other.snapshot().policy().optOutLine, QStringLiteral("Reply STOP to stop."));
    QCOMPARE(changed.count(), 1);
}

void TestSettingsSnapshot::lockedSaveChangesNothing()
{
    QVERIFY(test::writePolicyFile(m_policyDir.path(), QStringLiteral("it.json"), R"({"clinic/name": "Northside"})"));
    AppSettings::reload();
    SettingsService &service = SettingsService::instance();
    QSignalSpy changed(&service, &SettingsService::changed);
    const Status<> refused = service.setValue(SettingKeys::ClinicName, QStringLiteral("Other"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("settings.locked"));
    QVERIFY(refused.error().message.contains(QStringLiteral("Managed by your IT department")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!userFileHas(SettingKeys::ClinicName));
    QCOMPARE(service.snapshot().policy().clinicName, QStringLiteral("Northside"));
}

void TestSettingsSnapshot::everyKeyHasAValidator()
{
    // `config set` and the dialog can only change what the catalog describes: every non-secret key is in it.
    const QStringList keys = {
        SettingKeys::ClinicName,           SettingKeys::PhoneRegion,         SettingKeys::OptOutLine,
        SettingKeys::RequireConsent,       SettingKeys::PricePerSegment,     SettingKeys::PollIntervalChatSec,
        SettingKeys::PollIntervalIdleSec,  SettingKeys::NoReceiptAfterHours, SettingKeys::RequestTimeoutSec,
        SettingKeys::AccountSid,           SettingKeys::ApiKeySid,           SettingKeys::PhoneNumbers,
        SettingKeys::MessagingServiceSid,  SettingKeys::ChatServiceSid,      SettingKeys::EmailSender,
        SettingKeys::NotificationShowsText};
    for (const QString &key : keys) {
        const SettingDefinition *definition = SettingCatalog::byKey(key);
        QVERIFY2(definition, qPrintable(key));
        QVERIFY(!definition->isSecret());
        // The product default passes its own validator.
        const QVariant fallback = AppSettings::defaultValue(key);
        if (fallback.isValid())
            QVERIFY2(SettingCatalog::validate(*definition, fallback.toString()).ok(), qPrintable(key));
    }
}

void TestSettingsSnapshot::validators_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("stored"); // invalid: refused
    QTest::addColumn<QString>("why");
    QTest::newRow("consent yes") << SettingKeys::RequireConsent << "yes" << QVariant(true) << QString();
    QTest::newRow("consent maybe") << SettingKeys::RequireConsent << "maybe" << QVariant() << "not true or false";
    QTest::newRow("hours") << SettingKeys::NoReceiptAfterHours << "48" << QVariant(48) << QString();
    QTest::newRow("hours 0") << SettingKeys::NoReceiptAfterHours << "0" << QVariant() << "between 1 and 720";
    QTest::newRow("timeout") << SettingKeys::RequestTimeoutSec << " 30 " << QVariant(30) << QString();
    QTest::newRow("timeout 1") << SettingKeys::RequestTimeoutSec << "1" << QVariant() << "between 5 and 120";
    QTest::newRow("show text") << SettingKeys::NotificationShowsText << "true" << QVariant(true) << QString();
    QTest::newRow("region") << SettingKeys::PhoneRegion << "ca" << QVariant(QStringLiteral("CA")) << QString();
    QTest::newRow("opt-out too long") << SettingKeys::OptOutLine << QString(121, QLatin1Char('x')) << QVariant()
                                      << "too long";
}

void TestSettingsSnapshot::validators()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QVariant, stored);
    QFETCH(QString, why);
    const auto validated = SettingCatalog::validate(*SettingCatalog::byKey(key), text);
    if (stored.isValid()) {
        QVERIFY2(validated.ok(), qPrintable(validated.ok() ? QString() : validated.error().message));
        QCOMPARE(validated.value(), stored);
    } else {
        QVERIFY(!validated.ok());
        QCOMPARE(validated.error().code, QStringLiteral("settings.invalid"));
        QVERIFY2(validated.error().message.contains(why), qPrintable(validated.error().message));
        // It names the setting, so a one-line CLI error says which one is wrong.
        QVERIFY(validated.error().message.startsWith(SettingCatalog::byKey(key)->translatedLabel()));
    }
}

QTEST_GUILESS_MAIN(TestSettingsSnapshot)
#include "tst_settings_snapshot.moc"

// The Settings dialog driven by objectName: validation as you type, masked secrets, IT locks and environment
// overrides shown read-only, saving (and a keychain failure while saving), and "Test connection" against the
// loopback FakeTwilioServer (OK, wrong token, server down). The real TwilioClient does the check.
//
// With CLINICDESK_SCREENSHOT_DIR set, the dialog is also saved as PNGs after a successful and a failed test
// (docs/images; run under Xvfb with QT_QPA_PLATFORM=xcb for real fonts).
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/PolicyFiles.h"
#include "tests/support/TestEnvironment.h"

#include "core/secrets/KeychainErrors.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/services/AppServices.h"
#include "core/services/DatabaseLocation.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsService.h"
#include "core/settings/policy/PolicyDirectory.h"
#include "core/storage/Database.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace cd;
using namespace cd::ui;

namespace {
const QString Sid = QStringLiteral("AC11112222333344445555666677778888");
const QString Token = QStringLiteral("abcdef0123456789abcdef0123459876");
const QString Number = QStringLiteral("+14155550100");
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void validatesAsYouType();
    void secretsAreMaskedAndReplaceable();
    void lockedAndEnvironmentAreReadOnly();
    void savesSecretsToStoreAndSettings();
    void onOffSettingsAndSameWordsAsCli();
    void keychainFailureWhileSavingKeepsDialogOpen();
    void unreadableKeychainIsExplained();
    void stuckKeychainIsExplained();
    void testConnectionOk();
    void testConnectionWrongToken();
    void testConnectionServerDown();
    void sharedDatabaseFieldsAreSavedSeparately();
    void sharedDatabaseFieldsSayWhatIsWrong();
    void olderDatabaseAddressBecomesFieldsAndITLocksEachField();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    QLineEdit *edit(SettingsDialog &dialog, const QString &id);
    QLabel *label(SettingsDialog &dialog, const QString &name);
    void type(SettingsDialog &dialog, const QString &id, const QString &text);
    void fillTwilio(SettingsDialog &dialog, const QString &token);
    bool runTest(SettingsDialog &dialog);
    void screenshot(SettingsDialog &dialog, const QString &name, QWidget *showing = nullptr);

    std::unique_ptr<test::TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_systemDir;
    QTemporaryDir m_policyDir; // IT's policies (the tests' stand-in for /etc/clinicdesk/policies)
    MemorySecretStore m_store;
    std::unique_ptr<test::FakeTwilioServer> m_fake;
    std::unique_ptr<AppServices> m_services; // messaging not started: only its settings writer is used
};

void TestSettingsDialog::initTestCase()
{
    m_env = std::make_unique<test::TestEnvironment>();
    qputenv("CLINICDESK_SYSTEM_CONFIG_DIR", m_systemDir.path().toUtf8());
    PolicyDirectory::useForTests(m_policyDir.path());
    auto db = Database::open(m_env->databaseTarget());
    QVERIFY(db.ok());
    m_db = db.value();
    m_services = std::make_unique<AppServices>(m_db, AppServices::Options{});
}

void TestSettingsDialog::init()
{
    for (const QString &name : SettingCatalog::environmentVariables())
        qunsetenv(name.toLatin1().constData());
    QSettings(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk")).clear();
    QFile::remove(AppSettings::systemFileName());
    QFile::remove(QDir(m_policyDir.path()).filePath(QStringLiteral("it.json")));
    AppSettings::reload(); // the files were changed behind the settings service's back
    m_store.setFailure(Error{});
    for (const QString &key : m_store.contents().keys())
        QVERIFY(removeSecretBlocking(m_store, key.mid(QStringLiteral("ClinicDesk/").size())).ok());
    m_fake = std::make_unique<test::FakeTwilioServer>();
    QVERIFY(m_fake->start());
    m_fake->setAccount(Sid, Token, QStringLiteral("Northside Family Clinic"));
    m_fake->addIncomingNumber(Number);
    qputenv("CLINICDESK_TWILIO_BASE_URL", m_fake->baseUrl().toUtf8());
}

void TestSettingsDialog::cleanup()
{
    m_fake.reset();
    for (const QString &name : SettingCatalog::environmentVariables())
        qunsetenv(name.toLatin1().constData());
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    SettingsDialog::Dependencies deps;
    deps.secretStore = &m_store;
    deps.services = m_services.get();
    auto dialog = std::make_unique<SettingsDialog>(deps);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("dialog not exposed");
    if (!QTest::qWaitFor([&]() { return !dialog->isLoading(); }, 5000))
        qWarning("secrets still loading");
    return dialog;
}

QLineEdit *TestSettingsDialog::edit(SettingsDialog &dialog, const QString &id)
{
    return dialog.findChild<QLineEdit *>(id + QStringLiteral("Edit"));
}

QLabel *TestSettingsDialog::label(SettingsDialog &dialog, const QString &name)
{
    return dialog.findChild<QLabel *>(name);
}

void TestSettingsDialog::type(SettingsDialog &dialog, const QString &id, const QString &text)
{
    QLineEdit *line = edit(dialog, id);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

void TestSettingsDialog::fillTwilio(SettingsDialog &dialog, const QString &token)
{
    type(dialog, QStringLiteral("accountSid"), Sid);
    type(dialog, QStringLiteral("authToken"), token);
    type(dialog, QStringLiteral("phoneNumbers"), Number);
}

bool TestSettingsDialog::runTest(SettingsDialog &dialog)
{
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    if (!tested.wait(30000))
        return false;
    return tested.first().at(0).toBool();
}

void TestSettingsDialog::screenshot(SettingsDialog &dialog, const QString &name, QWidget *showing)
{
    const QString dir = qEnvironmentVariable("CLINICDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    dialog.resize(760, 1100);
    QTest::qWait(100);
    if (showing) // a section further down: scrolled into view, near the top
        dialog.findChild<QScrollArea *>()->ensureWidgetVisible(showing, 0, 900);
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(name)));
}

void TestSettingsDialog::validatesAsYouType()
{
    auto dialog = makeDialog();
    QPushButton *save =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save);
    QLabel *error = label(*dialog, QStringLiteral("accountSidError"));

    type(*dialog, QStringLiteral("accountSid"), QStringLiteral("AC123"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("AC followed by 32 hexadecimal")), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());

    QTest::keyClicks(edit(*dialog, QStringLiteral("accountSid")), Sid.mid(5));
    QVERIFY(error->isHidden());
    QVERIFY(save->isEnabled());

    type(*dialog, QStringLiteral("phoneNumbers"), QStringLiteral("(415) 555-0100"));
    QVERIFY(
        label(*dialog, QStringLiteral("phoneNumbersError"))->text().contains(QStringLiteral("international format")));
    QVERIFY(!save->isEnabled());
    type(*dialog, QStringLiteral("phoneNumbers"), QStringLiteral("+14155550100, +14155550101"));
    QVERIFY(label(*dialog, QStringLiteral("phoneNumbersError"))->isHidden());

    // A secret is checked too, without echoing it back.
    type(*dialog, QStringLiteral("authToken"), Sid);
    QLabel *tokenError = label(*dialog, QStringLiteral("authTokenError"));
    QVERIFY(!tokenError->isHidden());
    QVERIFY(!tokenError->text().contains(Sid));
    type(*dialog, QStringLiteral("authToken"), Token);
    QVERIFY(tokenError->isHidden());

    type(*dialog, QStringLiteral("pollIntervalChatSec"), QStringLiteral("1"));
    QVERIFY(!label(*dialog, QStringLiteral("pollIntervalChatSecError"))->isHidden());
    type(*dialog, QStringLiteral("messagingServiceSid"), QStringLiteral("MG") + Sid.mid(2));
    QVERIFY(label(*dialog, QStringLiteral("messagingServiceSidError"))->isHidden());

    // Help text for every field. The older single database address is no field any more (its value is shown in
    // the server fields); IT and the CLI still know it.
    for (const SettingDefinition &definition : SettingCatalog::all()) {
        if (definition.id == QLatin1String("databaseUrl")) {
            QVERIFY(!label(*dialog, definition.id + QStringLiteral("Help")));
            continue;
        }
        QLabel *help = label(*dialog, definition.id + QStringLiteral("Help"));
        QVERIFY2(help && !help->text().isEmpty(), qPrintable(definition.id));
    }
}

void TestSettingsDialog::secretsAreMaskedAndReplaceable()
{
    QVERIFY(writeSecretBlocking(m_store, SecretKeys::AuthToken, Token).ok());
    auto dialog = makeDialog();
    QLineEdit *token = edit(*dialog, QStringLiteral("authToken"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(token->text().isEmpty()); // never loaded into the field
    QVERIFY(token->placeholderText().contains(QString(4, QChar(0x2022)) + QStringLiteral("9876")));
    QVERIFY(!token->placeholderText().contains(Token.left(8)));
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        QVERIFY(!l->text().contains(Token));

    // Replace it.
    const QString replacement = QStringLiteral("1234567890abcdef1234567890abcdef");
    type(*dialog, QStringLiteral("authToken"), replacement);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(readSecretBlocking(m_store, SecretKeys::AuthToken)->value_or(QString()), replacement);

    // Remove it.
    auto again = makeDialog();
    QToolButton *remove = again->findChild<QToolButton *>(QStringLiteral("authTokenRemove"));
    QVERIFY(remove->isEnabled());
    remove->click();
    again->accept();
    QVERIFY(!readSecretBlocking(m_store, SecretKeys::AuthToken)->has_value());
}

void TestSettingsDialog::lockedAndEnvironmentAreReadOnly()
{
    QDir().mkpath(QFileInfo(AppSettings::systemFileName()).path());
    QFile file(AppSettings::systemFileName());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[clinic]\nname=IT default name\nphoneRegion=CA\n");
    file.close();
    // IT's policy locks the clinic name and the consent rule; the user's own file says otherwise and loses.
    QVERIFY(test::writePolicyFile(m_policyDir.path(), QStringLiteral("it.json"),
                                  R"({"clinic/name": "Northside", "messaging/requireConsent": false,
                                      "twilio/messagingServiceSid": "MG0123456789abcdef0123456789abcdef"})"));
    // A TWILIO_* variable does not win over IT's policy either.
    qputenv("TWILIO_MESSAGING_SERVICE_SID", "MGffffffffffffffffffffffffffffffff");
    QSettings user(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk"));
    user.setValue(SettingKeys::ClinicName, QStringLiteral("My own name"));
    user.sync();
    AppSettings::reload();
    qputenv("TWILIO_ACCOUNT_SID", Sid.toUtf8());
    qputenv("TWILIO_AUTH_TOKEN", Token.toUtf8());

    auto dialog = makeDialog();
    QLineEdit *clinicName = edit(*dialog, QStringLiteral("clinicName"));
    QVERIFY(!clinicName->isEnabled());
    QVERIFY(clinicName->isReadOnly());
    QCOMPARE(clinicName->text(), QStringLiteral("Northside"));
    QCOMPARE(label(*dialog, QStringLiteral("clinicNameSource"))->text(),
             QStringLiteral("Managed by your IT department."));
    QVERIFY(label(*dialog, QStringLiteral("clinicNameSource"))->isVisibleTo(dialog.get()));
    QCOMPARE(clinicName->toolTip(), QStringLiteral("Managed by your IT department."));
    QCheckBox *consent = dialog->findChild<QCheckBox *>(QStringLiteral("requireConsentCheck"));
    QVERIFY(consent);
    QVERIFY(!consent->isEnabled());
    QVERIFY(!consent->isChecked());
    QLineEdit *service = edit(*dialog, QStringLiteral("messagingServiceSid"));
    QVERIFY(!service->isEnabled());
    QCOMPARE(service->text(), QStringLiteral("MG0123456789abcdef0123456789abcdef"));
    QCOMPARE(label(*dialog, QStringLiteral("messagingServiceSidSource"))->text(),
             QStringLiteral("Managed by your IT department."));
    screenshot(*dialog, QStringLiteral("settings-managed-by-it.png"));
    QVERIFY(!edit(*dialog, QStringLiteral("phoneRegion"))->isReadOnly()); // an IT default, not locked
    QVERIFY(label(*dialog, QStringLiteral("phoneRegionSource"))->text().contains(QStringLiteral("IT department")));

    QVERIFY(edit(*dialog, QStringLiteral("accountSid"))->isReadOnly());
    QCOMPARE(edit(*dialog, QStringLiteral("accountSid"))->text(), Sid);
    QVERIFY(label(*dialog, QStringLiteral("accountSidSource"))->text().contains(QStringLiteral("From environment")));
    QVERIFY(edit(*dialog, QStringLiteral("authToken"))->isReadOnly());
    QVERIFY(edit(*dialog, QStringLiteral("authToken"))->text().isEmpty());
    QVERIFY(label(*dialog, QStringLiteral("authTokenSource"))->text().contains(QStringLiteral("TWILIO_AUTH_TOKEN")));

    // Saving writes neither the environment values nor the locked one.
    type(*dialog, QStringLiteral("optOutLine"), QStringLiteral("Reply STOP to end texts."));
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!AppSettings::userValue(SettingKeys::AccountSid).isValid());
    QCOMPARE(AppSettings::userValue(SettingKeys::ClinicName).toString(), QStringLiteral("My own name")); // untouched
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Northside"));
    QVERIFY(!AppSettings::userValue(SettingKeys::RequireConsent).isValid());
    QVERIFY(m_store.contents().isEmpty());
    QCOMPARE(AppSettings::optOutLine(), QStringLiteral("Reply STOP to end texts."));
}

void TestSettingsDialog::savesSecretsToStoreAndSettings()
{
    auto dialog = makeDialog();
    fillTwilio(*dialog, Token);
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    dialog->accept();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_store.contents().value(QStringLiteral("ClinicDesk/twilio/authToken")), Token);
    QCOMPARE(AppSettings::value(SettingKeys::AccountSid).toString(), Sid);
    QCOMPARE(AppSettings::value(SettingKeys::PhoneNumbers).toString(), Number);
    QVERIFY(!AppSettings::userValue(SettingKeys::ClinicName).isValid()); // untouched fields are not pinned
    QFile settingsFile(AppSettings::userFileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(Token.toUtf8()));
    auto audit =
        m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details = 'authToken set (keychain)'"));
    QVERIFY(audit.ok() && audit->next());
    QVERIFY(audit->value(0).toInt() >= 1);
}

void TestSettingsDialog::onOffSettingsAndSameWordsAsCli()
{
    auto dialog = makeDialog();
    auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("requireConsentCheck"));
    QVERIFY(consent);
    QVERIFY(consent->isChecked()); // the product default
    consent->click();
    QCOMPARE(edit(*dialog, QStringLiteral("requireConsent"))->text(), QStringLiteral("false"));

    // The error under a field is SettingCatalog's, word for word: what `config set` prints.
    type(*dialog, QStringLiteral("noReceiptAfterHours"), QStringLiteral("0"));
    const auto expected =
        SettingCatalog::validate(*SettingCatalog::byId(QStringLiteral("noReceiptAfterHours")), QStringLiteral("0"));
    QVERIFY(!expected.ok());
    QCOMPARE(label(*dialog, QStringLiteral("noReceiptAfterHoursError"))->text(), expected.error().message);
    type(*dialog, QStringLiteral("noReceiptAfterHours"), QStringLiteral("48"));

    QSignalSpy changed(&SettingsService::instance(), &SettingsService::changed);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings::requireConsent(), false);
    QCOMPARE(AppSettings::noReceiptAfterHours(), 48);
    QVERIFY(changed.count() >= 1); // listeners hear the save at once
    QCOMPARE(changed.last().at(0).value<SettingsSnapshot>().policy().noReceiptAfterHours, 48);
}

void TestSettingsDialog::keychainFailureWhileSavingKeepsDialogOpen()
{
    auto dialog = makeDialog();
    fillTwilio(*dialog, Token);
    m_store.setFailure(KeychainErrors::describe(KeychainFailure::Other, QStringLiteral("Cannot autolaunch D-Bus"),
                                                KeychainErrors::Operation::Write));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QLabel *status = label(*dialog, QStringLiteral("saveStatus"));
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(QStringLiteral("gnome-keyring")), qPrintable(status->text()));
    QVERIFY(!label(*dialog, QStringLiteral("keychainStatus"))->isHidden());
    QVERIFY(!AppSettings::userValue(SettingKeys::AccountSid).isValid()); // nothing half-saved
    QCOMPARE(edit(*dialog, QStringLiteral("accountSid"))->text(), Sid);  // nothing typed is lost
}

void TestSettingsDialog::unreadableKeychainIsExplained()
{
    m_store.setFailure(KeychainErrors::describe(KeychainFailure::AccessDenied, {}, KeychainErrors::Operation::Read));
    auto dialog = makeDialog();
    QLabel *status = label(*dialog, QStringLiteral("keychainStatus"));
    QVERIFY(!status->isHidden());
    QVERIFY(status->text().contains(QStringLiteral("demo mode")));
    QVERIFY(status->text().contains(QStringLiteral("Unlock")));
    QVERIFY(!edit(*dialog, QStringLiteral("clinicName"))->isReadOnly()); // the rest stays usable
}

void TestSettingsDialog::stuckKeychainIsExplained()
{
    auto dialog = makeDialog();
    QLabel *status = label(*dialog, QStringLiteral("keychainStatus"));
    QVERIFY(status->isHidden());
    Q_EMIT m_store.jobStuck(SecretKeys::AuthToken, QStringLiteral("read"), 30); // as the watchdog reports it
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(QStringLiteral("Still waiting for the system keychain")),
             qPrintable(status->text()));
}

void TestSettingsDialog::testConnectionOk()
{
    auto dialog = makeDialog();
    fillTwilio(*dialog, Token);
    QVERIFY(runTest(*dialog));
    const QString text = label(*dialog, QStringLiteral("connectionResult"))->text();
    QVERIFY2(text.contains(QStringLiteral("Connection OK")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Northside Family Clinic")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("can send SMS")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Messaging Service")), qPrintable(text)); // scheduling: not available
    QVERIFY(!text.contains(Token));
    screenshot(*dialog, QStringLiteral("settings-test-connection-ok.png"));

    // With a Messaging Service, scheduling is reported available; nothing was saved by testing.
    type(*dialog, QStringLiteral("messagingServiceSid"), QStringLiteral("MG") + Sid.mid(2));
    QVERIFY(runTest(*dialog));
    QVERIFY(label(*dialog, QStringLiteral("connectionResult"))
                ->text()
                .contains(QStringLiteral("available (Messaging Service set)")));
    QVERIFY(m_store.contents().isEmpty());
}

void TestSettingsDialog::testConnectionWrongToken()
{
    auto dialog = makeDialog();
    fillTwilio(*dialog, QStringLiteral("00000000000000000000000000000000"));
    QVERIFY(!runTest(*dialog));
    const QString text = label(*dialog, QStringLiteral("connectionResult"))->text();
    QVERIFY2(text.contains(QStringLiteral("failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Auth Token")), qPrintable(text));
    screenshot(*dialog, QStringLiteral("settings-test-connection-failed.png"));
}

void TestSettingsDialog::testConnectionServerDown()
{
    // A loopback port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    qputenv("CLINICDESK_TWILIO_BASE_URL", QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8());

    auto dialog = makeDialog();
    fillTwilio(*dialog, Token);
    QVERIFY(!runTest(*dialog));
    const QString text = label(*dialog, QStringLiteral("connectionResult"))->text();
    QVERIFY2(text.contains(QStringLiteral("internet connection")) || text.contains(QStringLiteral("network")),
             qPrintable(text));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled()); // can retry
}

// Settings › Storage: the shared server field by field; the password to the keychain, never a file; the same target
// as the desk will open at its next start.
void TestSettingsDialog::sharedDatabaseFieldsAreSavedSeparately()
{
    QTemporaryDir folder;
    const QString ca = folder.filePath(QStringLiteral("clinic-ca.pem"));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.write("-----BEGIN CERTIFICATE-----\n");
    caFile.close();

    auto dialog = makeDialog();
    QComboBox *tls = dialog->findChild<QComboBox *>(QStringLiteral("databaseTlsChoice"));
    QVERIFY(tls);
    QCOMPARE(tls->currentData().toString(), QStringLiteral("verify-full")); // the default
    QVERIFY(!tls->accessibleName().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("databaseCaFileBrowse")));
    type(*dialog, QStringLiteral("databaseHost"), QStringLiteral("db.clinic.lan"));
    type(*dialog, QStringLiteral("databasePort"), QStringLiteral("6432"));
    type(*dialog, QStringLiteral("databaseName"), QStringLiteral("northside"));
    type(*dialog, QStringLiteral("databaseUser"), QStringLiteral("frontdesk"));
    type(*dialog, QStringLiteral("databasePassword"), QStringLiteral("s3cret-pg-pass"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-ca")));
    type(*dialog, QStringLiteral("databaseCaFile"), ca);
    screenshot(*dialog, QStringLiteral("settings-shared-database.png"),
               edit(*dialog, QStringLiteral("databaseCaFile")));
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    QCOMPARE(AppSettings::value(SettingKeys::DatabaseHost).toString(), QStringLiteral("db.clinic.lan"));
    QCOMPARE(AppSettings::value(SettingKeys::DatabasePort).toInt(), 6432);
    QCOMPARE(AppSettings::value(SettingKeys::DatabaseName).toString(), QStringLiteral("northside"));
    QCOMPARE(AppSettings::value(SettingKeys::DatabaseUser).toString(), QStringLiteral("frontdesk"));
    QCOMPARE(AppSettings::value(SettingKeys::DatabaseTls).toString(), QStringLiteral("verify-ca"));
    QCOMPARE(AppSettings::value(SettingKeys::DatabaseCaFile).toString(), QDir::fromNativeSeparators(ca));
    QCOMPARE(m_store.contents().value(QStringLiteral("ClinicDesk/database/password")),
             QStringLiteral("s3cret-pg-pass"));
    QFile settingsFile(AppSettings::userFileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("s3cret-pg-pass"));

    // What the desk opens at its next start: these fields, with the keychain's password (the test's own server
    // address, when the suite runs on PostgreSQL, set aside: it would win as the environment's).
    const QByteArray testServer = qgetenv("CLINICDESK_DATABASE_URL");
    qunsetenv("CLINICDESK_DATABASE_URL");
    auto target = resolveDatabaseTarget({}, m_env->dataDir(), &m_store);
    if (!testServer.isEmpty())
        qputenv("CLINICDESK_DATABASE_URL", testServer);
    QVERIFY2(target, target ? "" : qPrintable(target.error().message));
    QVERIFY(target->isPostgres());
    QCOMPARE(target->postgres.host, QStringLiteral("db.clinic.lan"));
    QCOMPARE(target->postgres.port, 6432);
    QCOMPARE(target->postgres.database, QStringLiteral("northside"));
    QCOMPARE(target->postgres.user, QStringLiteral("frontdesk"));
    QCOMPARE(target->postgres.sslMode, QStringLiteral("verify-ca"));
    QCOMPARE(target->postgres.sslRootCert, QDir::fromNativeSeparators(ca));
    QCOMPARE(target->postgres.password, QStringLiteral("s3cret-pg-pass"));
}

void TestSettingsDialog::sharedDatabaseFieldsSayWhatIsWrong()
{
    auto dialog = makeDialog();
    QPushButton *save =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save);
    type(*dialog, QStringLiteral("databasePort"), QStringLiteral("70000"));
    QVERIFY(label(*dialog, QStringLiteral("databasePortError"))->isVisibleTo(dialog.get()));
    QVERIFY(!save->isEnabled());
    type(*dialog, QStringLiteral("databasePort"), QString());
    type(*dialog, QStringLiteral("databaseCaFile"), QStringLiteral("/nowhere/clinic-ca.pem"));
    QVERIFY2(label(*dialog, QStringLiteral("databaseCaFileError"))->text().contains(QLatin1String("no CA certificate")),
             qPrintable(label(*dialog, QStringLiteral("databaseCaFileError"))->text()));
    QVERIFY(!save->isEnabled());
    type(*dialog, QStringLiteral("databaseCaFile"), QString());

    // A server without a user, then unverified TLS off this computer: said at Save, nothing saved, nothing lost.
    type(*dialog, QStringLiteral("databaseHost"), QStringLiteral("db.clinic.lan"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(label(*dialog, QStringLiteral("saveStatus"))->text().contains(QLatin1String("database user")),
             qPrintable(label(*dialog, QStringLiteral("saveStatus"))->text()));
    type(*dialog, QStringLiteral("databaseUser"), QStringLiteral("frontdesk"));
    QComboBox *tls = dialog->findChild<QComboBox *>(QStringLiteral("databaseTlsChoice"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(label(*dialog, QStringLiteral("saveStatus"))->text().contains(QLatin1String("does not verify")),
             qPrintable(label(*dialog, QStringLiteral("saveStatus"))->text()));
    QCOMPARE(edit(*dialog, QStringLiteral("databaseHost"))->text(), QStringLiteral("db.clinic.lan")); // kept
    QVERIFY(!AppSettings::userValue(SettingKeys::DatabaseHost).isValid());
    // The same on this computer is fine (a test server, a single desk's own PostgreSQL).
    type(*dialog, QStringLiteral("databaseHost"), QStringLiteral("localhost"));
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings::value(SettingKeys::DatabaseTls).toString(), QStringLiteral("disable"));
}

void TestSettingsDialog::olderDatabaseAddressBecomesFieldsAndITLocksEachField()
{
    // An install from before the fields: its single address is shown field by field and saved that way.
    QSettings user(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk"));
    user.setValue(SettingKeys::DatabaseUrl,
                  QStringLiteral("postgresql://desk@db.clinic.lan:5433/clinic?sslmode=verify-full"));
    user.sync();
    AppSettings::reload();
    {
        auto dialog = makeDialog();
        QCOMPARE(edit(*dialog, QStringLiteral("databaseHost"))->text(), QStringLiteral("db.clinic.lan"));
        QCOMPARE(edit(*dialog, QStringLiteral("databaseUser"))->text(), QStringLiteral("desk"));
        QCOMPARE(edit(*dialog, QStringLiteral("databaseName"))->text(), QStringLiteral("clinic"));
        QCOMPARE(edit(*dialog, QStringLiteral("databasePort"))->text(), QStringLiteral("5433"));
        QVERIFY(label(*dialog, QStringLiteral("databaseHostSource"))->isVisibleTo(dialog.get()));
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    QCOMPARE(AppSettings::value(SettingKeys::DatabaseHost).toString(), QStringLiteral("db.clinic.lan"));
    QCOMPARE(AppSettings::value(SettingKeys::DatabasePort).toInt(), 5433);
    QVERIFY(AppSettings::value(SettingKeys::DatabaseUrl).toString().isEmpty());

    // IT locks the server and the check, field by field: shown, not editable, said in words.
    QVERIFY(
        test::writePolicyFile(m_policyDir.path(), QStringLiteral("it.json"),
                              R"({"storage/databaseHost": "pg.northside.lan", "storage/databaseTls": "verify-full"})"));
    AppSettings::reload();
    auto dialog = makeDialog();
    QLineEdit *host = edit(*dialog, QStringLiteral("databaseHost"));
    QVERIFY(!host->isEnabled());
    QCOMPARE(host->text(), QStringLiteral("pg.northside.lan"));
    QCOMPARE(label(*dialog, QStringLiteral("databaseHostSource"))->text(),
             QStringLiteral("Managed by your IT department."));
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("databaseTlsChoice"))->isEnabled());
    QVERIFY(edit(*dialog, QStringLiteral("databaseUser"))->isEnabled()); // not locked
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

#pragma once

#include "core/secrets/Credentials.h"
#include "core/settings/SettingCatalog.h"
#include "core/settings/SettingsSnapshot.h"
#include "core/storage/DatabaseTarget.h"
#include "core/twilio/TwilioConnectionCheck.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace cd {
class AppServices;
class SecretStore;
} // namespace cd

namespace cd::ui {

// Runs the connection check for `credentials` and calls `done` later (never after `context` is gone).
using ConnectionTester = std::function<void(const TwilioCredentials &credentials, QObject *context,
                                            std::function<void(const TwilioConnectionCheck &)> done)>;

// The Settings dialog: every setting of cd::SettingCatalog with validation as you type and help text.
// Secrets are masked and never shown back ("•••• 1234"): typing replaces them, "Remove" deletes them.
// Settings locked by IT are read-only ("Set by your IT department"); environment overrides are read-only
// ("from environment"). "Test connection" checks what is in the fields, saved or not.
//
// Values are read from SettingsService's snapshot when the dialog opens and checked with SettingCatalog::validate,
// the same check (and words) as `clinicdesk-cli config set`.
//
// objectNames: "<id>Edit", "<id>Error", "<id>Help", "<id>Source", "<id>Remove" (secrets), "<id>Check" (on/off
// settings; their Edit is hidden and holds "true"/"false"), "<id>Choice" (the server check; its Edit is hidden),
// "<id>Browse" (file settings) for every catalog id,
// "testConnectionButton", "connectionResult", "keychainStatus", "saveStatus", "buttons".
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Dependencies
    {
        SecretStore *secretStore = nullptr; // null: the OS keychain (owned by the dialog)
        AppServices *services = nullptr;    // null: the data directory's database, opened when saving
        ConnectionTester tester;            // null: cd::TwilioClient::checkConnection
    };

    explicit SettingsDialog(QWidget *parent = nullptr);
    SettingsDialog(Dependencies dependencies, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    void testConnection();
    void checkSendGrid(); // appends the SendGrid line to the result when a key is entered
    bool hasErrors() const;
    // True while secrets are still being read from the keychain.
    bool isLoading() const { return m_pendingReads > 0; }

Q_SIGNALS:
    void connectionTested(bool ok);
    void settingsSaved();

private:
    struct Field
    {
        const SettingDefinition *definition = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        QLabel *source = nullptr;
        QToolButton *remove = nullptr;
        QCheckBox *check = nullptr; // on/off settings: a check box that writes "true"/"false" into `edit`
        QComboBox *choice = nullptr;   // a setting with a few values (the server check): writes its value into `edit`
        QPushButton *browse = nullptr; // a file setting's Browse… button
        bool readOnly = false;
        bool managed = false; // set by IT's policy: the control is disabled
        bool removeSecret = false;
        QString storedSecret; // keychain or environment value, for "Test connection" only; never displayed
        QString original;     // the text the field started with (non-secrets)
    };

    void buildUi();
    void adoptOlderDatabaseAddress();
    // The shared database the Storage fields describe; empty: this computer only.
    Result<std::optional<PostgresTarget>> databaseFromFields() const;
    QWidget *buildField(Field &field);
    void loadValues();
    void validateField(Field &field);
    void updateButtons();
    void showKeychainProblem(const QString &message);
    Result<TwilioCredentials> credentialsFromFields() const;
    QString phoneRegion() const;

    Dependencies m_deps;
    SettingsSnapshot m_settings; // as the dialog opened
    std::unique_ptr<SecretStore> m_ownedStore;
    QHash<QString, Field> m_fields; // by catalog id
    QPushButton *m_testButton = nullptr;
    QLabel *m_connectionResult = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QLabel *m_saveStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_pendingReads = 0;
    bool m_clearOlderDatabaseAddress = false; // the fields were filled from storage/databaseUrl
    bool m_testing = false;
};

} // namespace cd::ui

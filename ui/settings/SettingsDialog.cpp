#include "ui/settings/SettingsDialog.h"

#include "core/email/SendGridClient.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/SettingsWriter.h"
#include "core/services/AppServices.h"
#include "core/services/DataLocation.h"
#include "core/services/DatabaseLocation.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsService.h"
#include "core/storage/DatabaseTarget.h"
#include "core/twilio/TwilioClient.h"
#include "ui/settings/ConnectionCheckText.h"
#include "ui/staff/StaffDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettingsDialog, "clinicdesk.ui.settings")

namespace cd::ui {

namespace {

// A provider that hands out exactly what is in the dialog's fields, for the connection test.
class FixedCredentials : public CredentialsProvider
{
public:
    explicit FixedCredentials(TwilioCredentials credentials) : m_credentials(std::move(credentials)) {}
    Result<TwilioCredentials> credentials() const override { return m_credentials; }

private:
    TwilioCredentials m_credentials;
};

ConnectionTester twilioTester(int timeoutSec)
{
    return [timeoutSec](const TwilioCredentials &credentials, QObject *context,
                        std::function<void(const TwilioConnectionCheck &)> done) {
        auto *client = new TwilioClient(std::make_shared<FixedCredentials>(credentials), context);
        client->setTimeoutMs(timeoutSec * 1000);
        client->checkConnection([client, done = std::move(done)](const TwilioConnectionCheck &check) {
            done(check);
            client->deleteLater();
        });
    };
}

QString displayText(const SettingDefinition &definition, const QVariant &value)
{
    if (!value.isValid())
        return QString();
    if (definition.kind == SettingDefinition::Kind::Money)
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (definition.kind == SettingDefinition::Kind::Integer) {
        QLocale locale; // small counts and a port: "5432", never "5,432"
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value.toInt());
    }
    if (definition.kind == SettingDefinition::Kind::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

const QList<QPair<const char *, QStringList>> &sections()
{
    static const QList<QPair<const char *, QStringList>> list = {
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "Twilio account"),
         {QStringLiteral("accountSid"), QStringLiteral("authToken"), QStringLiteral("apiKeySid"),
          QStringLiteral("apiKeySecret"), QStringLiteral("phoneNumbers"), QStringLiteral("messagingServiceSid"),
          QStringLiteral("chatServiceSid")}},
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "E-mail"),
         {QStringLiteral("sendGridApiKey"), QStringLiteral("emailSender"), QStringLiteral("emailSenderName")}},
        // Clinic-wide policy, then what this desk chooses for itself (kept apart: the policy will be shared).
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "Clinic and messages"),
         {QStringLiteral("clinicName"), QStringLiteral("phoneRegion"), QStringLiteral("pricePerSegment"),
          QStringLiteral("optOutLine"), QStringLiteral("requireConsent"), QStringLiteral("noReceiptAfterHours"),
          QStringLiteral("intakeFollowUpDays"), QStringLiteral("chatExpiryHours")}},
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "This computer"),
         {QStringLiteral("pollIntervalChatSec"), QStringLiteral("pollIntervalIdleSec"),
          QStringLiteral("pollIntervalActiveSec"), QStringLiteral("pollBackoffCapSec"),
          QStringLiteral("requestTimeoutSec"), QStringLiteral("notificationShowsText"),
          QStringLiteral("backupRetentionDays")}},
        // Where the clinic's data lives: this computer's file, or the shared server of a multi-desk clinic.
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "Storage"),
         {QStringLiteral("databaseHost"), QStringLiteral("databasePort"), QStringLiteral("databaseName"),
          QStringLiteral("databaseUser"), QStringLiteral("databasePassword"), QStringLiteral("databaseTls"),
          QStringLiteral("databaseCaFile")}},
        // Clinic-wide too; Appointments > Notification Rules edits the same keys with a template editor.
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "Appointments"),
         {QStringLiteral("appointmentClinicTimeZone"), QStringLiteral("appointmentConfirmation"),
          QStringLiteral("appointmentReminderHours"), QStringLiteral("appointmentRescheduleNotice"),
          QStringLiteral("appointmentCancellationNotice"), QStringLiteral("appointmentAllowedFrom"),
          QStringLiteral("appointmentAllowedUntil"), QStringLiteral("appointmentHorizonHours"),
          QStringLiteral("appointmentGraceMinutes"), QStringLiteral("appointmentTemplateConfirmationEn"),
          QStringLiteral("appointmentTemplateConfirmationEs"), QStringLiteral("appointmentTemplateReminderEn"),
          QStringLiteral("appointmentTemplateReminderEs"), QStringLiteral("appointmentTemplateRescheduleEn"),
          QStringLiteral("appointmentTemplateRescheduleEs"), QStringLiteral("appointmentTemplateCancellationEn"),
          QStringLiteral("appointmentTemplateCancellationEs")}},
        {QT_TRANSLATE_NOOP("cd::ui::SettingsDialog", "Security"),
         {QStringLiteral("idleLockMinutes"), QStringLiteral("requireSignIn")}},
    };
    return list;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : SettingsDialog(Dependencies{}, parent)
{
}

SettingsDialog::SettingsDialog(Dependencies dependencies, QWidget *parent)
    : QDialog(parent), m_deps(std::move(dependencies)), m_settings(SettingsService::instance().snapshot())
{
    if (!m_deps.secretStore) {
        m_ownedStore = std::make_unique<KeychainSecretStore>();
        m_deps.secretStore = m_ownedStore.get();
    }
    if (!m_deps.tester)
        m_deps.tester = twilioTester(m_settings.desk().requestTimeoutSec);
    // A keychain job that hangs is usually an unanswered unlock prompt: say so instead of looking frozen.
    connect(m_deps.secretStore, &SecretStore::jobStuck, this, [this](const QString &, const QString &, int seconds) {
        m_keychainStatus->setText(tr("Still waiting for the system keychain after %n second(s). If it asks for a "
                                     "password or permission, answer that window; otherwise check that the keychain "
                                     "is unlocked.",
                                     nullptr, seconds));
        m_keychainStatus->show();
    });
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    buildUi();
    loadValues();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    m_keychainStatus = new QLabel;
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setTextFormat(Qt::PlainText);
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
    m_keychainStatus->hide();
    contentLayout->addWidget(m_keychainStatus);

    for (const auto &section : sections()) {
        auto *box = new QGroupBox(tr(section.first));
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const QString &id : section.second) {
            const SettingDefinition *definition = SettingCatalog::byId(id);
            Field &field = m_fields[id];
            field.definition = definition;
            auto *label = new QLabel(definition->translatedLabel());
            QWidget *widget = buildField(field);
            label->setBuddy(field.check    ? static_cast<QWidget *>(field.check)
                            : field.choice ? static_cast<QWidget *>(field.choice)
                                           : field.edit);
            form->addRow(label, widget);
        }
        contentLayout->addWidget(box);
    }

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test connection"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Checks the Account SID and secret, the sending number and scheduling with Twilio, "
                                "using what is in the fields now (saved or not)."));
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    if (m_deps.services) { // staff accounts live in this process's database
        auto *staffButton = new QPushButton(tr("Staff &Accounts…"));
        staffButton->setObjectName(QStringLiteral("staffAccountsButton"));
        staffButton->setToolTip(tr("Add or disable staff accounts, reset a PIN or change a role (administrators)"));
        connect(staffButton, &QPushButton::clicked, this,
                [this] { StaffDialog::openFor(*m_deps.services, this); });
        testRow->addWidget(staffButton);
    }
    contentLayout->addLayout(testRow);
    m_connectionResult = new QLabel;
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_connectionResult->setTextFormat(Qt::PlainText); // carries Twilio's and the user's text
    m_connectionResult->setWordWrap(true);
    m_connectionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_connectionResult);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    m_saveStatus = new QLabel;
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setTextFormat(Qt::PlainText);
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_saveStatus->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_buttons);
    resize(720, 760);
}

QWidget *SettingsDialog::buildField(Field &field)
{
    const SettingDefinition &definition = *field.definition;
    auto *container = new QWidget;
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 6);
    column->setSpacing(2);

    auto *row = new QHBoxLayout;
    field.edit = new QLineEdit;
    field.edit->setObjectName(definition.id + QStringLiteral("Edit"));
    field.edit->setAccessibleName(definition.translatedLabel());
    field.edit->setClearButtonEnabled(!definition.isSecret());
    if (definition.isSecret()) {
        field.edit->setEchoMode(QLineEdit::Password);
        field.edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    }
    row->addWidget(field.edit);
    if (definition.kind == SettingDefinition::Kind::Bool) {
        // The line edit stays the one place the value is read and validated; the check box only writes it.
        field.check = new QCheckBox;
        field.check->setAccessibleName(definition.translatedLabel());
        field.check->setObjectName(definition.id + QStringLiteral("Check"));
        field.edit->hide();
        QLineEdit *edit = field.edit;
        connect(field.check, &QCheckBox::toggled, edit,
                [edit](bool on) { edit->setText(on ? QStringLiteral("true") : QStringLiteral("false")); });
        QCheckBox *check = field.check;
        connect(edit, &QLineEdit::textChanged, check,
                [check](const QString &text) { check->setChecked(text.trimmed().toLower() == QLatin1String("true")); });
        row->addWidget(field.check);
        row->addStretch(1); // the row takes the field's whole width, so the help below wraps instead of clipping
    }
    if (definition.kind == SettingDefinition::Kind::TlsMode) {
        // A list of the three choices; the hidden line edit stays the one place the value is read and validated.
        field.choice = new QComboBox;
        field.choice->setObjectName(definition.id + QStringLiteral("Choice"));
        field.choice->setAccessibleName(definition.translatedLabel());
        field.choice->addItem(tr("Verify the certificate and the server's name (recommended)"),
                              QStringLiteral("verify-full"));
        field.choice->addItem(tr("Verify the certificate only"), QStringLiteral("verify-ca"));
        field.choice->addItem(tr("No encryption (a server on this computer only)"), QStringLiteral("disable"));
        field.edit->hide();
        QLineEdit *edit = field.edit;
        QComboBox *choice = field.choice;
        connect(choice, &QComboBox::currentIndexChanged, edit,
                [edit, choice](int index) { edit->setText(choice->itemData(index).toString()); });
        connect(edit, &QLineEdit::textChanged, choice, [choice](const QString &text) {
            const int index =
                choice->findData(text.trimmed().isEmpty() ? QStringLiteral("verify-full") : text.trimmed().toLower());
            if (index >= 0)
                choice->setCurrentIndex(index);
        });
        row->addWidget(field.choice, 1);
    }
    if (definition.kind == SettingDefinition::Kind::FilePath) {
        auto *browse = new QPushButton(tr("&Browse…"));
        browse->setObjectName(definition.id + QStringLiteral("Browse"));
        browse->setAccessibleName(tr("Choose %1").arg(definition.translatedLabel()));
        QLineEdit *edit = field.edit;
        connect(browse, &QPushButton::clicked, this, [this, edit] {
            const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the Clinic's CA Certificate"),
                                                                QFileInfo(edit->text()).absolutePath(),
                                                                tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
            if (!chosen.isEmpty())
                edit->setText(QDir::toNativeSeparators(chosen));
        });
        field.browse = browse;
        row->addWidget(browse);
    }
    if (definition.isSecret()) {
        field.remove = new QToolButton;
        field.remove->setObjectName(definition.id + QStringLiteral("Remove"));
        field.remove->setText(tr("Remove"));
        field.remove->setCheckable(true);
        field.remove->setEnabled(false);
        field.remove->setToolTip(tr("Delete this secret from the keychain when you save."));
        const QString id = definition.id;
        connect(field.remove, &QToolButton::toggled, this, [this, id](bool on) {
            Field &f = m_fields[id];
            f.removeSecret = on;
            f.edit->setEnabled(!on);
            if (on)
                f.edit->clear();
            f.edit->setPlaceholderText(on ? tr("Will be removed when you save")
                                          : SettingCatalog::mask(f.storedSecret) + tr(" (stored; type to replace)"));
            updateButtons();
        });
        row->addWidget(field.remove);
    }
    column->addLayout(row);

    auto *help = new QLabel(definition.translatedHelp());
    help->setObjectName(definition.id + QStringLiteral("Help"));
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    column->addWidget(help);
    field.edit->setToolTip(definition.translatedHelp());

    field.source = new QLabel;
    field.source->setObjectName(definition.id + QStringLiteral("Source"));
    field.source->setTextFormat(Qt::PlainText);
    field.source->hide();
    column->addWidget(field.source);

    field.error = new QLabel;
    field.error->setObjectName(definition.id + QStringLiteral("Error"));
    field.error->setTextFormat(Qt::PlainText);
    field.error->setWordWrap(true);
    field.error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    field.error->hide();
    column->addWidget(field.error);

    const QString id = definition.id;
    connect(field.edit, &QLineEdit::textChanged, this, [this, id]() {
        validateField(m_fields[id]);
        if (id == QLatin1String("phoneRegion"))
            validateField(m_fields[QStringLiteral("phoneNumbers")]); // numbers are read in the region
        updateButtons();
    });
    return container;
}

void SettingsDialog::loadValues()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        Field &field = it.value();
        const SettingDefinition &definition = *field.definition;
        const QString fromEnvironment = definition.envVar.isEmpty()
                                            ? QString()
                                            : qEnvironmentVariable(definition.envVar.toLatin1().constData()).trimmed();
        // IT's policy wins over a TWILIO_* variable too: the managed value is the one shown (below).
        const bool managed = !definition.isSecret() && m_settings.isLocked(definition.key);
        if (!fromEnvironment.isEmpty() && !managed) {
            // A per-process override: shown, never editable here, never saved.
            field.readOnly = true;
            field.source->setText(
                tr("From environment (%1): this value is used but not saved.").arg(definition.envVar));
            field.source->show();
            if (definition.isSecret()) {
                field.storedSecret = fromEnvironment;
                field.edit->setPlaceholderText(SettingCatalog::mask(fromEnvironment));
            } else {
                field.edit->setText(fromEnvironment);
            }
        } else if (definition.isSecret()) {
            field.edit->setPlaceholderText(tr("Reading the keychain…"));
            ++m_pendingReads;
            const QString id = definition.id;
            m_deps.secretStore->read(definition.key, this, [this, id](Result<std::optional<QString>> stored) {
                --m_pendingReads;
                Field &f = m_fields[id];
                if (!stored) {
                    f.edit->setPlaceholderText(tr("Unavailable: the keychain cannot be read"));
                    showKeychainProblem(stored.error().message);
                } else if (stored->has_value()) {
                    f.storedSecret = **stored;
                    f.edit->setPlaceholderText(SettingCatalog::mask(f.storedSecret) + tr(" (stored; type to replace)"));
                    f.remove->setEnabled(true);
                } else {
                    f.edit->setPlaceholderText(tr("Not set"));
                }
                updateButtons();
            });
        } else {
            const SettingSource source = m_settings.source(definition.key);
            field.original = displayText(definition, m_settings.value(definition.key));
            field.edit->setText(field.original);
            if (managed) {
                // IT's policy: shown, disabled, and said in words (not only greyed out).
                field.readOnly = true;
                field.managed = true;
                field.source->setText(tr("Managed by your IT department."));
                field.source->show();
            } else if (source == SettingSource::System) {
                field.source->setText(tr("Default from your IT department; you may change it."));
                field.source->show();
            }
        }
        if (field.managed) {
            field.edit->setEnabled(false);
            field.edit->setAccessibleDescription(field.source->text());
        }
        if (field.readOnly) {
            field.edit->setReadOnly(true);
            field.edit->setClearButtonEnabled(false);
            field.edit->setToolTip(field.source->text());
            if (field.remove)
                field.remove->hide();
            if (field.check)
                field.check->setEnabled(false);
            if (field.choice)
                field.choice->setEnabled(false);
            if (field.browse)
                field.browse->setEnabled(false);
        }
        validateField(field);
    }
    adoptOlderDatabaseAddress();
    updateButtons();
}

void SettingsDialog::adoptOlderDatabaseAddress()
{
    // An install from before the separate fields keeps its server in one address: shown field by field, and saved
    // that way (the address is then cleared), so that what Settings shows is what the desk uses.
    Field &host = m_fields[QStringLiteral("databaseHost")];
    const QString url = m_settings.value(SettingKeys::DatabaseUrl).toString().trimmed();
    if (url.isEmpty() || !host.edit->text().trimmed().isEmpty() || host.readOnly ||
        m_settings.isLocked(SettingKeys::DatabaseUrl))
        return;
    auto older = PostgresTarget::fromUrl(url);
    if (!older)
        return;
    const auto fill = [this](const QString &id, const QString &text) {
        Field &field = m_fields[id];
        if (!field.readOnly)
            field.edit->setText(text);
    };
    fill(QStringLiteral("databaseHost"), older->host);
    fill(QStringLiteral("databasePort"), QString::number(older->port));
    fill(QStringLiteral("databaseName"), older->database);
    fill(QStringLiteral("databaseUser"), older->user);
    fill(QStringLiteral("databaseTls"), older->sslMode);
    fill(QStringLiteral("databaseCaFile"), QDir::toNativeSeparators(older->sslRootCert));
    m_clearOlderDatabaseAddress = true;
    host.source->setText(tr("From the older single database address; Save keeps it as these fields."));
    host.source->show();
}

Result<std::optional<PostgresTarget>> SettingsDialog::databaseFromFields() const
{
    const auto text = [this](const QString &id) { return m_fields[id].edit->text().trimmed(); };
    if (text(QStringLiteral("databaseHost")).isEmpty())
        return std::optional<PostgresTarget>(); // this computer only
    PostgresTarget::Fields fields;
    fields.host = text(QStringLiteral("databaseHost"));
    fields.port = QLocale().toInt(text(QStringLiteral("databasePort")));
    fields.database = text(QStringLiteral("databaseName"));
    fields.user = text(QStringLiteral("databaseUser"));
    fields.tls = text(QStringLiteral("databaseTls"));
    fields.caFile = text(QStringLiteral("databaseCaFile"));
    auto target = PostgresTarget::fromFields(fields);
    if (!target)
        return target.error();
    return std::optional<PostgresTarget>(*target);
}

QString SettingsDialog::phoneRegion() const
{
    const Field &region = m_fields[QStringLiteral("phoneRegion")];
    auto validated = SettingCatalog::validate(*region.definition, region.edit->text());
    if (validated && validated->isValid())
        return validated->toString();
    return m_settings.policy().phoneRegion;
}

void SettingsDialog::validateField(Field &field)
{
    QString problem;
    if (!field.readOnly && !(field.definition->isSecret() && field.edit->text().isEmpty())) {
        auto validated = SettingCatalog::validate(*field.definition, field.edit->text(), phoneRegion());
        if (!validated)
            problem = validated.error().message;
        else if (field.definition->kind == SettingDefinition::Kind::FilePath && validated->isValid())
            problem = PostgresTarget::caFileProblem(validated->toString());
    }
    field.error->setText(problem);
    field.error->setVisible(!problem.isEmpty());
    field.edit->setProperty("invalid", !problem.isEmpty());
    field.edit->setStyleSheet(problem.isEmpty() ? QString()
                                                : QStringLiteral("QLineEdit { border: 1px solid #a4262c; }"));
}

bool SettingsDialog::hasErrors() const
{
    for (const Field &field : m_fields)
        if (field.error->isVisible() || !field.error->text().isEmpty())
            return true;
    return false;
}

void SettingsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!hasErrors() && m_pendingReads == 0);
    m_testButton->setEnabled(!m_testing && m_pendingReads == 0);
}

void SettingsDialog::showKeychainProblem(const QString &message)
{
    m_keychainStatus->setText(tr("The system keychain is not available, so secrets cannot be read or saved: %1\n"
                                 "Until this is fixed ClinicDesk stays in demo mode (no texts are sent); the other "
                                 "settings can still be changed.")
                                  .arg(message));
    m_keychainStatus->show();
}

Result<TwilioCredentials> SettingsDialog::credentialsFromFields() const
{
    if (hasErrors())
        return makeError(QStringLiteral("settings.invalid"), tr("Correct the highlighted fields first."));
    const auto text = [this](const QString &id) {
        const Field &field = m_fields[id];
        auto validated = SettingCatalog::validate(*field.definition, field.edit->text(), phoneRegion());
        return validated ? validated->toString() : QString();
    };
    const auto secret = [this](const QString &id) {
        const Field &field = m_fields[id];
        if (field.removeSecret)
            return QString();
        return field.edit->text().trimmed().isEmpty() ? field.storedSecret : field.edit->text().trimmed();
    };
    TwilioCredentials c;
    c.accountSid = text(QStringLiteral("accountSid"));
    c.authToken = secret(QStringLiteral("authToken"));
    c.apiKeySid = text(QStringLiteral("apiKeySid"));
    c.apiKeySecret = secret(QStringLiteral("apiKeySecret"));
    c.phoneNumbers = text(QStringLiteral("phoneNumbers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.messagingServiceSid = text(QStringLiteral("messagingServiceSid"));
    c.chatServiceSid = text(QStringLiteral("chatServiceSid"));
    c.sendGridApiKey = secret(QStringLiteral("sendGridApiKey"));
    if (!c.canAuthenticate())
        return makeError(QStringLiteral("credentials.not-configured"),
                         tr("Enter the Account SID and the Auth Token (or an API key SID and its secret) first."));
    return c;
}

void SettingsDialog::testConnection()
{
    auto credentials = credentialsFromFields();
    if (!credentials) {
        m_connectionResult->setText(credentials.error().message);
        Q_EMIT connectionTested(false);
        return;
    }
    m_testing = true;
    m_testButton->setText(tr("Testing…"));
    m_connectionResult->setText(tr("Contacting Twilio…"));
    m_connectionResult->setStyleSheet(QString());
    updateButtons();
    m_deps.tester(credentials.value(), this, [this](const TwilioConnectionCheck &check) {
        m_testing = false;
        m_testButton->setText(tr("Test connection"));
        m_connectionResult->setText(ConnectionCheckText::describe(check));
        checkSendGrid(); // intake e-mail: appended below when a SendGrid key is entered
        m_connectionResult->setStyleSheet(check.ok ? QStringLiteral("QLabel { color: #107c10; }")
                                                   : QStringLiteral("QLabel { color: #a4262c; }"));
        updateButtons();
        qCInfo(lcSettingsDialog) << "connection test" << (check.ok ? "ok" : "failed");
        Q_EMIT connectionTested(check.ok);
    });
}

void SettingsDialog::accept()
{
    if (hasErrors() || m_pendingReads > 0)
        return;
    // The server fields together (a check that needs more than one field: unverified TLS off this computer).
    if (auto database = databaseFromFields(); !database) {
        m_saveStatus->setText(database.error().message);
        m_saveStatus->show();
        return;
    }
    QList<SettingChange> changes;
    if (m_clearOlderDatabaseAddress)
        changes.append(SettingChange{SettingCatalog::byId(QStringLiteral("databaseUrl")), QVariant(), 0});
    for (const Field &field : std::as_const(m_fields)) {
        if (field.readOnly)
            continue;
        const SettingDefinition *definition = field.definition;
        if (definition->isSecret()) {
            if (field.removeSecret)
                changes.append(SettingChange{definition, QVariant(), 0});
            else if (!field.edit->text().trimmed().isEmpty())
                changes.append(SettingChange{definition, field.edit->text().trimmed(), 0});
            continue;
        }
        if (field.edit->text().trimmed() == field.original.trimmed())
            continue; // untouched: do not pin today's default into the user's file
        auto validated = SettingCatalog::validate(*definition, field.edit->text(), phoneRegion());
        if (!validated)
            return;
        changes.append(SettingChange{definition, validated.value(), 0});
    }
    if (changes.isEmpty()) {
        QDialog::accept();
        return;
    }

    AppServices *services = m_deps.services;
    std::unique_ptr<AppServices> opened;
    if (!services) {
        auto target = resolveDatabaseTarget({}, resolveDataDir(), m_deps.secretStore);
        auto made = target ? AppServices::open(*target, {}) : Result<std::unique_ptr<AppServices>>(target.error());
        if (!made) {
            m_saveStatus->setText(made.error().message);
            m_saveStatus->show();
            return;
        }
        opened = std::move(made.value());
        services = opened.get();
    }
    setEnabled(false); // the keychain may take a moment (or show its own prompt)
    const Status<> saved = services->applySettings(*m_deps.secretStore, changes);
    setEnabled(true);
    if (!saved) {
        m_saveStatus->setText(saved.error().message);
        m_saveStatus->show();
        if (saved.error().code.startsWith(QLatin1String("keychain.")))
            showKeychainProblem(saved.error().message);
        return;
    }
    Q_EMIT settingsSaved();
    QDialog::accept();
}

void SettingsDialog::checkSendGrid()
{
    auto credentials = credentialsFromFields();
    if (!credentials || credentials->sendGridApiKey.isEmpty())
        return;
    auto *client = new SendGridClient(std::make_shared<FixedCredentials>(credentials.value()), this);
    client->checkConnection(this, [this, client](const Status<EmailError> &result) {
        client->deleteLater();
        const QString line = result ? tr("SendGrid e-mail: OK (the key may send mail).")
                                    : tr("SendGrid e-mail: %1").arg(result.error().message);
        m_connectionResult->setText(m_connectionResult->text() + QLatin1Char('\n') + line);
    });
}

} // namespace cd::ui

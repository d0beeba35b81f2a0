#include "core/settings/SettingCatalog.h"

#include "core/email/SendGridConfig.h"
#include "core/intake/IntakeTemplates.h"
#include "core/phone/PhoneNumbers.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/DatabaseTarget.h"
#include "core/settings/AppointmentSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace cd {

namespace {

using Kind = SettingDefinition::Kind;

SettingDefinition sid(QString id, QString key, QString env, const QString &prefix, const char *label, const char *help,
                      const char *hint)
{
    return SettingDefinition{
        std::move(id), std::move(key), std::move(env), Kind::Sid, prefix + QStringLiteral("[0-9a-fA-F]{32}"),
        label,         help,           hint,           0,         0};
}

SettingDefinition secret(QString id, QString key, QString env, QString pattern, const char *label, const char *help,
                         const char *hint)
{
    return SettingDefinition{
        std::move(id), std::move(key), std::move(env), Kind::Secret, std::move(pattern), label, help, hint, 0, 0};
}

SettingDefinition plain(QString id, QString key, Kind kind, const char *label, const char *help, int min = 0,
                        int max = 0)
{
    return SettingDefinition{std::move(id), std::move(key), QString(), kind, QString(), label, help, nullptr, min, max};
}

} // namespace

QString SettingDefinition::translatedLabel() const
{
    return QCoreApplication::translate("cd::SettingCatalog", label);
}

QString SettingDefinition::translatedHelp() const
{
    return QCoreApplication::translate("cd::SettingCatalog", help);
}

const QList<SettingDefinition> &SettingCatalog::all()
{
    static const QList<SettingDefinition> list =
        QList<SettingDefinition>{
            sid(QStringLiteral("accountSid"), SettingKeys::AccountSid, QStringLiteral("TWILIO_ACCOUNT_SID"),
                QStringLiteral("AC"), QT_TRANSLATE_NOOP("cd::SettingCatalog", "Account SID"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                  "From the Twilio Console home page: starts with AC, 34 characters."),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "AC followed by 32 hexadecimal characters (0-9, a-f)")),
            secret(QStringLiteral("authToken"), SecretKeys::AuthToken, QStringLiteral("TWILIO_AUTH_TOKEN"),
                   QStringLiteral("[0-9a-fA-F]{32}"), QT_TRANSLATE_NOOP("cd::SettingCatalog", "Auth Token"),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                     "Next to the Account SID in the Twilio Console. Kept in the system keychain only. "
                                     "Not needed when an API key is set."),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "32 hexadecimal characters (0-9, a-f)")),
            sid(QStringLiteral("apiKeySid"), SettingKeys::ApiKeySid, QStringLiteral("TWILIO_API_KEY"),
                QStringLiteral("SK"), QT_TRANSLATE_NOOP("cd::SettingCatalog", "API key SID"),
                QT_TRANSLATE_NOOP(
                    "cd::SettingCatalog",
                    "Recommended instead of the Auth Token: Console > Account > API keys. Starts with SK."),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "SK followed by 32 hexadecimal characters (0-9, a-f)")),
            secret(QStringLiteral("apiKeySecret"), SecretKeys::ApiKeySecret, QStringLiteral("TWILIO_API_SECRET"),
                   QStringLiteral("[A-Za-z0-9]{32}"), QT_TRANSLATE_NOOP("cd::SettingCatalog", "API key secret"),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                     "Shown once when the API key is created. Kept in the system keychain only."),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "32 letters and digits")),
            SettingDefinition{QStringLiteral("phoneNumbers"), SettingKeys::PhoneNumbers,
                              QStringLiteral("TWILIO_PHONE_NUMBER"), Kind::PhoneList, QString(),
                              QT_TRANSLATE_NOOP("cd::SettingCatalog", "Clinic phone number(s)"),
                              QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                                "Your SMS-capable Twilio number in international format, e.g. "
                                                "+14155550100. Several numbers: separate them with commas; the first "
                                                "one sends."),
                              nullptr, 0, 0},
            sid(QStringLiteral("messagingServiceSid"), SettingKeys::MessagingServiceSid,
                QStringLiteral("TWILIO_MESSAGING_SERVICE_SID"), QStringLiteral("MG"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "Messaging Service SID"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                  "Optional. Needed to schedule reminders that go out while the PCs are off. Starts "
                                  "with MG."),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "MG followed by 32 hexadecimal characters (0-9, a-f)")),
            sid(QStringLiteral("chatServiceSid"), SettingKeys::ChatServiceSid,
                QStringLiteral("TWILIO_CHAT_SERVICE_SID"), QStringLiteral("IS"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "Chat Service SID"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "Optional (Twilio Conversations). Starts with IS."),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "IS followed by 32 hexadecimal characters (0-9, a-f)")),
            secret(QStringLiteral("sendGridApiKey"), SecretKeys::SendGridApiKey, QStringLiteral("SENDGRID_API_KEY"),
                   QStringLiteral("SG\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "SendGrid API key"),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "Optional, for e-mail. Kept in the system keychain only."),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "SG. followed by two dot-separated parts")),
            plain(QStringLiteral("emailSender"), SettingKeys::EmailSender, Kind::Email,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "E-mail sender"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Optional. The From address of e-mails, e.g. desk@clinic.example.")),
            plain(QStringLiteral("clinicName"), SettingKeys::ClinicName, Kind::Text,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Clinic name"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "How the clinic signs its messages."), 1, 80),
            plain(QStringLiteral("phoneRegion"), SettingKeys::PhoneRegion, Kind::Region,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Default phone region"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Two-letter country code used for numbers typed without +, e.g. US, CA, GB.")),
            plain(QStringLiteral("pricePerSegment"), SettingKeys::PricePerSegment, Kind::Money,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Price per SMS segment (USD)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Used for cost estimates before sending, e.g. 0.0079."), 0,
                  1),
            plain(QStringLiteral("pollIntervalChatSec"), SettingKeys::PollIntervalChatSec, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Check for replies while a chat is open (seconds)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Between 5 and 300 seconds."), 5, 300),
            plain(QStringLiteral("pollIntervalIdleSec"), SettingKeys::PollIntervalIdleSec, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Check for replies otherwise (seconds)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Between 15 and 3600 seconds."), 15, 3600),
            plain(QStringLiteral("pollIntervalActiveSec"), SettingKeys::PollIntervalActiveSec, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Check for replies right after a send (seconds)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Also while the open chat had activity in the last few minutes. Between 2 and 30 "
                                    "seconds."),
                  2, 30),
            plain(QStringLiteral("pollBackoffCapSec"), SettingKeys::PollBackoffCapSec, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Longest wait after failed checks (seconds)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Failed checks double the wait up to this. Between 60 and 3600 "
                                    "seconds."),
                  60, 3600),
            plain(QStringLiteral("optOutLine"), SettingKeys::OptOutLine, Kind::Text,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Opt-out line"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Added to first messages so patients know how to stop texts. Do not use CANCEL or "
                                    "END for other purposes: they opt the patient out."),
                  0, 120),
            plain(QStringLiteral("requireConsent"), SettingKeys::RequireConsent, Kind::Bool,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Require recorded consent"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "When on, patients without recorded consent to texts cannot be texted.")),
            plain(QStringLiteral("noReceiptAfterHours"), SettingKeys::NoReceiptAfterHours, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Unconfirmed after (hours)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "A sent text without a delivery receipt after this long is shown as unconfirmed. "
                                    "Between 1 and 720 hours."),
                  1, 720),
            plain(
                QStringLiteral("databaseUrl"), SettingKeys::DatabaseUrl, Kind::DatabaseUrl,
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "Shared clinic database"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                  "Empty: this computer only (SQLite). For several desks: the clinic's PostgreSQL "
                                  "server, e.g. postgresql://clinicdesk@db.clinic.lan/clinicdesk?sslrootcert=/etc/"
                                  "clinicdesk/ca.pem. TLS with a verified server is required off this computer. Takes "
                                  "effect at the next start.")),
            plain(QStringLiteral("databaseHost"), SettingKeys::DatabaseHost, Kind::Text,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Shared database server"),
                  QT_TRANSLATE_NOOP(
                      "cd::SettingCatalog",
                      "Empty: this computer only (SQLite). For several desks: the host name of the clinic's "
                      "PostgreSQL server, e.g. db.clinic.lan. Takes effect at the next start."),
                  0, 253),
            plain(QStringLiteral("databasePort"), SettingKeys::DatabasePort, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Server port"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Empty: 5432, PostgreSQL's usual port. Between 1 and 65535."),
                  1, 65535),
            plain(QStringLiteral("databaseName"), SettingKeys::DatabaseName, Kind::Text,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Database name"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "The clinic's database on that server. Empty: clinicdesk."),
                  0, 63),
            plain(
                QStringLiteral("databaseUser"), SettingKeys::DatabaseUser, Kind::Text,
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "Database user"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "The PostgreSQL role this desk signs in as, e.g. clinicdesk."),
                0, 63),
            plain(QStringLiteral("databaseTls"), SettingKeys::DatabaseTls, Kind::TlsMode,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Server check (TLS)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "verify-full (recommended): the server's certificate and name are checked. "
                                    "verify-ca: the certificate only. disable: no TLS, accepted only for a server on "
                                    "this computer.")),
            plain(QStringLiteral("databaseCaFile"), SettingKeys::DatabaseCaFile, Kind::FilePath,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Clinic CA certificate file"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "The certificate (PEM) that signed the server's, from IT. Empty: "
                                    "~/.postgresql/root.crt.")),
            secret(QStringLiteral("databasePassword"), SecretKeys::DatabasePassword,
                   QStringLiteral("CLINICDESK_DATABASE_PASSWORD"), QStringLiteral(".{1,200}"),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "Shared database password"),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                     "The PostgreSQL user's password. Kept in the system keychain only."),
                   QT_TRANSLATE_NOOP("cd::SettingCatalog", "1 to 200 characters")),
            plain(QStringLiteral("backupRetentionDays"), SettingKeys::BackupRetentionDays, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Daily database backups to keep"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "ClinicDesk copies its database to the \"backups\" folder once a day and keeps "
                                    "this many copies. Between 1 and 365."),
                  1, 365),
            plain(QStringLiteral("chatExpiryHours"), SettingKeys::ChatExpiryHours, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Hold unsent chat texts after (hours)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "A typed text that could not go out for this long is not sent by itself: the chat "
                                    "offers Send now or Discard. Between 1 and 72 hours."),
                  1, 72),
            plain(QStringLiteral("requestTimeoutSec"), SettingKeys::RequestTimeoutSec, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Twilio request timeout (seconds)"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "How long to wait for Twilio. Between 5 and 120 seconds."), 5,
                  120),
            plain(QStringLiteral("notificationShowsText"), SettingKeys::NotificationShowsText, Kind::Bool,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Show message text in notifications"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Off by default, so that patients' words do not appear on a screen others can "
                                    "see.")),
            plain(QStringLiteral("emailSenderName"), EmailSettingKeys::SenderName, Kind::Text,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "E-mail sender name"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Optional. The From name of e-mails (the clinic name if empty)."),
                  0, 80),
            plain(
                QStringLiteral("intakeFollowUpDays"), IntakeSettingKeys::FollowUpDays, Kind::Integer,
                QT_TRANSLATE_NOOP("cd::SettingCatalog", "Intake form reminder after (days)"),
                QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                  "One reminder text when a form is not completed after this many days, 1 to 14. 0 or "
                                  "empty: no reminder."),
                0, 14),
            plain(QStringLiteral("idleLockMinutes"), SettingKeys::IdleLockMinutes, Kind::Integer,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Lock after idle minutes"),
                  QT_TRANSLATE_NOOP(
                      "cd::SettingCatalog",
                      "The window hides every patient detail after this many minutes without use. Between 1 "
                      "and 60."),
                  1, 60),
            plain(QStringLiteral("requireSignIn"), SettingKeys::RequireSignIn, Kind::Bool,
                  QT_TRANSLATE_NOOP("cd::SettingCatalog", "Require staff sign-in"),
                  QT_TRANSLATE_NOOP("cd::SettingCatalog",
                                    "Each person signs in with their name and PIN; otherwise the computer's account is "
                                    "the identity.")),
        } +
        AppointmentSettings::definitions();
    return list;
}

const SettingDefinition *SettingCatalog::byId(const QString &id)
{
    for (const SettingDefinition &definition : all())
        if (definition.id == id)
            return &definition;
    return nullptr;
}

const SettingDefinition *SettingCatalog::byKey(const QString &key)
{
    for (const SettingDefinition &definition : all())
        if (definition.key == key)
            return &definition;
    return nullptr;
}

const SettingDefinition *SettingCatalog::byEnvVar(const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    for (const SettingDefinition &definition : all())
        if (definition.envVar == name)
            return &definition;
    return nullptr;
}

QStringList SettingCatalog::environmentVariables()
{
    QStringList names;
    for (const SettingDefinition &definition : all())
        if (!definition.envVar.isEmpty())
            names.append(definition.envVar);
    return names;
}

Result<QVariant> SettingCatalog::validate(const SettingDefinition &definition, const QString &input,
                                          const QString &phoneRegion)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QVariant();
    const auto invalid = [&](const QString &why) {
        return makeError(QStringLiteral("settings.invalid"), tr("%1: %2").arg(definition.translatedLabel(), why));
    };

    switch (definition.kind) {
    case Kind::Sid:
    case Kind::Secret: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(definition.pattern));
        if (!re.match(text).hasMatch()) {
            const QString hint = QCoreApplication::translate("cd::SettingCatalog", definition.formatHint);
            // Say what it looks like, without echoing a secret back.
            if (definition.isSecret())
                return invalid(tr("this does not look right (%1 characters); expected %2.").arg(text.size()).arg(hint));
            return invalid(tr("\"%1\" is not valid; expected %2.").arg(text, hint));
        }
        return QVariant(text);
    }
    case Kind::PhoneList: {
        QStringList numbers;
        for (const QString &part : text.split(QLatin1Char(','))) {
            const QString number = part.trimmed();
            if (number.isEmpty())
                return invalid(tr("an empty entry between commas; separate numbers with one comma."));
            if (!number.startsWith(QLatin1Char('+')))
                return invalid(tr("\"%1\" is not in international format; write it with + and the country code, e.g. "
                                  "+14155550100.")
                                   .arg(number));
            auto parsed = PhoneNumbers::parse(number, phoneRegion);
            if (!parsed)
                return invalid(tr("\"%1\": %2").arg(number, parsed.error().message));
            if (numbers.contains(parsed->e164))
                return invalid(tr("%1 is listed twice.").arg(parsed->e164));
            numbers.append(parsed->e164);
        }
        return QVariant(numbers.join(QLatin1Char(',')));
    }
    case Kind::Email: {
        static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
        if (!re.match(text).hasMatch())
            return invalid(
                tr("\"%1\" is not an e-mail address; expected something like desk@clinic.example.").arg(text));
        return QVariant(text);
    }
    case Kind::Region: {
        const QString region = text.toUpper();
        if (region.size() != 2 || !PhoneNumbers::isKnownRegion(region))
            return invalid(tr("\"%1\" is not a known two-letter country code, e.g. US, CA, GB.").arg(text));
        return QVariant(region);
    }
    case Kind::Money: {
        bool ok = false;
        double value = QLocale::c().toDouble(text, &ok);
        if (!ok)
            value = QLocale().toDouble(text, &ok);
        if (!ok || value < definition.minimum || value > definition.maximum)
            return invalid(tr("\"%1\" is not a price between %2 and %3, e.g. %4.")
                               .arg(text, QLocale().toString(definition.minimum),
                                    QLocale().toString(definition.maximum), QLocale().toString(0.0079)));
        return QVariant(value);
    }
    case Kind::Integer: {
        bool ok = false;
        int value = QLocale::c().toInt(text, &ok);
        if (!ok)
            value = QLocale().toInt(text, &ok);
        if (!ok || value < definition.minimum || value > definition.maximum)
            return invalid(
                tr("\"%1\" is not a whole number between %2 and %3.")
                    .arg(text, QLocale().toString(definition.minimum), QLocale().toString(definition.maximum)));
        return QVariant(value);
    }
    case Kind::Bool: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes"))
            return QVariant(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no"))
            return QVariant(false);
        return invalid(tr("\"%1\" is not true or false.").arg(text));
    }
    case Kind::DatabaseUrl: {
        auto target = PostgresTarget::fromUrl(text);
        if (!target)
            return invalid(target.error().message);
        return QVariant(target->displayUrl());
    }
    case Kind::TlsMode: {
        const QString mode = text.toLower();
        if (PostgresTarget::settingTlsModes().contains(mode))
            return QVariant(mode);
        return invalid(tr("\"%1\" is not a server check. Use verify-full (recommended), verify-ca, or disable for a "
                          "server on this computer.")
                           .arg(text));
    }
    case Kind::FilePath: {
        // Whether it exists is checked where it is used (Settings, the connection): IT may provision the path
        // before the file arrives.
        const QString path = QDir::fromNativeSeparators(text);
        if (!QDir::isAbsolutePath(path))
            return invalid(tr("\"%1\" is not a full path. Choose the file with Browse…, or write its whole path, e.g. "
                              "/etc/clinicdesk/ca.pem.")
                               .arg(text));
        return QVariant(QDir::cleanPath(path));
    }
    case Kind::TimeZone:
    case Kind::TimeOfDay:
    case Kind::HourList:
    case Kind::SmsTemplate:
        return AppointmentSettings::validate(definition, text);
    case Kind::Text:
        if (definition.maximum > 0 && text.size() > definition.maximum)
            return invalid(tr("too long (%1 characters); at most %2.").arg(text.size()).arg(definition.maximum));
        if (text.contains(QLatin1Char('\n')))
            return invalid(tr("must be a single line."));
        return QVariant(text);
    }
    return QVariant(text);
}

QString SettingCatalog::mask(const QString &secret, QChar bullet)
{
    const QString dots(4, bullet);
    if (secret.size() < 12)
        return dots;
    return dots + secret.right(4);
}

} // namespace cd

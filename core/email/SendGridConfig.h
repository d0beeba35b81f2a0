#pragma once

#include "core/common/Result.h"
#include "core/email/EmailTypes.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace cd {

class CredentialsProvider;

namespace EmailSettingKeys {
inline const QString SenderName = QStringLiteral("email/senderName"); // the From name (else the clinic name)
} // namespace EmailSettingKeys

// Who sends e-mail and where SendGrid lives. The key comes from the credentials (SENDGRID_API_KEY, then the
// keychain); the sender from SENDGRID_FROM / SENDGRID_FROM_NAME, then the settings (email/sender,
// email/senderName, else the clinic name).
struct SendGridAccess
{
    QUrl base;
    QByteArray authorization; // "Bearer <key>": a secret, never logged
    QString fromEmail;
    QString fromName;
};

class SendGridConfig
{
    Q_DECLARE_TR_FUNCTIONS(cd::SendGridConfig)
public:
    static QString defaultBaseUrl() { return QStringLiteral("https://api.sendgrid.com"); }
    static QString environmentVariable() { return QStringLiteral("CLINICDESK_SENDGRID_BASE_URL"); }

    // https, or plain http only to this computer (the key would otherwise cross a network in the clear).
    static Result<QUrl, EmailError> resolveBase(const QString &text = {});
    static QString fromEmail();
    static QString fromName();
    // Everything a request needs, or a Configuration error naming what is missing.
    static Result<SendGridAccess, EmailError> access(const CredentialsProvider *credentials, bool needSender = true);
    // True when a key is available (e-mail can be offered at all).
    static bool hasKey(const CredentialsProvider *credentials);
};

} // namespace cd

#include "core/twilio/TwilioEndpoint.h"

#include "core/security/EndpointOverride.h"

#include <QSslSocket>

namespace cd {

namespace {

TwilioError configurationError(const QString &message, const QString &detail = {})
{
    TwilioError error;
    error.kind = TwilioError::Kind::Configuration;
    error.message = message;
    error.detail = detail;
    return error;
}

} // namespace

bool TwilioEndpoint::isLoopbackHost(const QString &host)
{
    return EndpointOverride::isLoopbackHost(host);
}

bool TwilioEndpoint::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultA) == b.port(defaultB);
}

Result<QUrl, TwilioError> TwilioEndpoint::resolve(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        value = qEnvironmentVariable("CLINICDESK_TWILIO_BASE_URL").trimmed();
    if (value.isEmpty())
        value = defaultBaseUrl();
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return configurationError(tr("The Twilio address \"%1\" is not a valid web address. Remove the "
                                     "CLINICDESK_TWILIO_BASE_URL setting or correct it (for example "
                                     "https://api.twilio.com).")
                                      .arg(value));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return configurationError(tr("The Twilio address \"%1\" must be just scheme, host and port (for example "
                                     "https://api.twilio.com).")
                                      .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return configurationError(tr("Refusing to talk to Twilio over unencrypted http at %1: that would send "
                                         "the account credentials in the clear. Use an https address (plain http "
                                         "is only allowed for this computer, e.g. http://127.0.0.1).")
                                          .arg(url.host()));
    } else if (scheme == QLatin1String("https")) {
        if (!QSslSocket::supportsSsl())
            return configurationError(tr("Secure connections are not available on this computer (no TLS library "
                                         "could be loaded), so Twilio cannot be reached safely. Reinstall "
                                         "ClinicDesk or install OpenSSL."),
                                      QSslSocket::sslLibraryBuildVersionString());
    } else {
        return configurationError(
            tr("The Twilio address \"%1\" must start with https://.").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    // Only this computer or Twilio's own hosts: a planted variable must not carry the credentials elsewhere.
    if (auto allowed = EndpointOverride::check(url, {QStringLiteral("twilio.com")}, environmentVariable()); !allowed)
        return configurationError(allowed.error().message);
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    if (url.port() != -1)
        base.setPort(url.port());
    return base;
}

} // namespace cd

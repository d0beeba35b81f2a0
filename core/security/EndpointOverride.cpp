#include "core/security/EndpointOverride.h"

#include <QHostAddress>

namespace cd {

bool EndpointOverride::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback(); // 127.0.0.0/8 and ::1
}

bool EndpointOverride::isVendorHost(const QString &host, const QStringList &vendorDomains)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    for (const QString &domain : vendorDomains) {
        const QString d = domain.toLower();
        if (name == d || name.endsWith(QLatin1Char('.') + d))
            return true;
    }
    return false;
}

Status<> EndpointOverride::check(const QUrl &url, const QStringList &vendorDomains, const QString &variable)
{
    const QString host = url.host();
    if (isLoopbackHost(host) || isVendorHost(host, vendorDomains))
        return Ok{};
    return makeError(QStringLiteral("endpoint.not-allowed"),
                     tr("%1 points at %2, which is neither this computer nor %3. Credentials are only sent to "
                        "those; remove the variable or correct it.")
                         .arg(variable, host, vendorDomains.join(QStringLiteral(", "))));
}

} // namespace cd

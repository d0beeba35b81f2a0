#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace cd {

// The one rule for environment overrides of a vendor's API address (CLINICDESK_TWILIO_BASE_URL,
// CLINICDESK_SENDGRID_BASE_URL): credentials may only go to this computer (tests, Prism) or to the vendor's own
// hosts, so a variable planted in a desk's environment cannot send them elsewhere.
class EndpointOverride
{
    Q_DECLARE_TR_FUNCTIONS(cd::EndpointOverride)
public:
    static bool isLoopbackHost(const QString &host);
    // `vendorDomains`: e.g. {"twilio.com"}: the domain itself and its subdomains are accepted.
    static bool isVendorHost(const QString &host, const QStringList &vendorDomains);
    // Ok, or an error naming the variable, the refused host and what is accepted. Code: "endpoint.not-allowed".
    static Status<> check(const QUrl &url, const QStringList &vendorDomains, const QString &variable);
};

} // namespace cd

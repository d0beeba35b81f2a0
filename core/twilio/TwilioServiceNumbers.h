#pragma once

#include "core/messaging/SmsGateway.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace cd {

class TwilioTransport;
struct TwilioAccess;

// The phone numbers of a Messaging Service (Messaging v1: GET messaging.twilio.com/v1/Services/{MG}/PhoneNumbers,
// {"phone_numbers": [{"phone_number": "+1…"}], "meta": {"next_page_url": …}}), all pages. The host is
// messaging.twilio.com for Twilio's own API base, or the same loopback base in tests.
class TwilioServiceNumbers : public QObject
{
    Q_OBJECT
public:
    explicit TwilioServiceNumbers(TwilioTransport &transport, QObject *parent = nullptr);
    void list(const QString &serviceSid, TwilioCallback<QStringList> done);

    static QUrl messagingBase(const QUrl &apiBase);
    static constexpr int MaxPages = 20; // 1000 a page: far beyond what one service holds (400)

private:
    void page(const QUrl &url, const TwilioAccess &access, int pagesLeft, QStringList numbers,
              TwilioCallback<QStringList> done);
    TwilioTransport &m_transport;
};

} // namespace cd

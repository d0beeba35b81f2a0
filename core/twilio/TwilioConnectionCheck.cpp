#include "core/twilio/TwilioConnectionCheck.h"

#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"
#include "core/twilio/TwilioSid.h"
#include "core/twilio/TwilioTransport.h"

#include <QJsonArray>
#include <QTimer>

namespace cd {

namespace {

TwilioRequest authorizedGet(const QUrl &url, const TwilioAccess &access)
{
    TwilioRequest request;
    request.url = url;
    request.authorization = access.authorization;
    return request;
}

} // namespace

TwilioConnectionChecker::TwilioConnectionChecker(TwilioTransport &transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

void TwilioConnectionChecker::run(Callback done)
{
    auto check = std::make_shared<TwilioConnectionCheck>();
    const auto resolved = m_transport.access();
    if (!resolved) {
        check->problems << resolved.error().message;
        check->error = resolved.error();
        QTimer::singleShot(0, this, [done, check] { done(*check); });
        return;
    }
    const TwilioAccess p = resolved.value();
    check->usingApiKey = p.usingApiKey;
    check->baseUrl = p.base.toString();
    check->accountSid = p.credentials.accountSid;
    check->schedulingAvailable = !p.credentials.messagingServiceSid.isEmpty();

    // Standard API keys cannot read /Accounts/{AC}.json: prove the key on a resource it may read.
    QUrl accountJson = p.base;
    accountJson.setPath(TwilioAccess::apiVersionPath() + p.credentials.accountSid + QStringLiteral(".json"));
    const QUrl url = p.usingApiKey ? p.accountUrl(QStringLiteral("/Messages.json"), "PageSize=1") : accountJson;
    m_transport.send(
        authorizedGet(url, p), this, [this, p, check, done](const Result<TwilioRawReply, TwilioError> &reply) {
            if (!reply) {
                const TwilioError &error = reply.error();
                check->error = error;
                check->reachable =
                    error.kind != TwilioError::Kind::Network && error.kind != TwilioError::Kind::Configuration;
                if (error.kind == TwilioError::Kind::Network)
                    check->problems << TwilioErrorMessages::networkFailure();
                else if (error.httpStatus == 401 || error.httpStatus == 403 || error.code == 20003)
                    check->problems << TwilioErrorMessages::credentialsRejected();
                else if (error.httpStatus == 404)
                    check->problems
                        << tr("Twilio does not know the Account SID %1. Copy it again from the Twilio Console "
                              "into Settings.")
                               .arg(p.credentials.accountSid);
                else
                    check->problems << error.message;
                return done(*check);
            }
            check->reachable = true;
            check->credentialsValid = true;
            if (!p.usingApiKey) {
                if (auto object = twilio::parseObject(reply->body)) {
                    check->accountName = twilio::parseString(object->value(QStringLiteral("friendly_name")));
                    check->accountStatus = twilio::parseString(object->value(QStringLiteral("status")));
                }
                if (!check->accountStatus.isEmpty() && check->accountStatus != QLatin1String("active"))
                    check->problems << tr("The Twilio account is %1, not active, so texts cannot be sent. The account "
                                          "owner must reactivate it in the Twilio Console.")
                                           .arg(check->accountStatus);
            }
            checkNumber(p, check, done);
        });
}

void TwilioConnectionChecker::checkNumber(const TwilioAccess &access, std::shared_ptr<TwilioConnectionCheck> check,
                                          Callback done)
{
    if (access.credentials.phoneNumbers.isEmpty())
        return finish(access, check, done);
    check->phoneNumber = access.credentials.phoneNumbers.constFirst().trimmed();
    const QUrl url =
        access.accountUrl(QStringLiteral("/IncomingPhoneNumbers.json"),
                          TwilioTransport::encodeForm({{QStringLiteral("PhoneNumber"), check->phoneNumber}}));
    m_transport.send(
        authorizedGet(url, access), this,
        [this, access, check, done](const Result<TwilioRawReply, TwilioError> &reply) {
            if (!reply) {
                check->notes << tr("The clinic number %1 could not be checked (%2).")
                                    .arg(check->phoneNumber, reply.error().detail);
                return finish(access, check, done);
            }
            auto object = twilio::parseObject(reply->body);
            const QJsonArray numbers =
                object ? object->value(QStringLiteral("incoming_phone_numbers")).toArray() : QJsonArray();
            if (!object) {
                check->notes << tr("The clinic number %1 could not be checked.").arg(check->phoneNumber);
                return finish(access, check, done);
            }
            check->numberExists = false;
            for (const QJsonValue &value : numbers) {
                const QJsonObject number = value.toObject();
                if (twilio::parseString(number.value(QStringLiteral("phone_number"))) != check->phoneNumber)
                    continue;
                check->numberExists = true;
                const QJsonValue sms =
                    number.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("sms"));
                check->smsCapable = sms.isBool()
                                        ? sms.toBool()
                                        : sms.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            }
            if (!*check->numberExists)
                check->problems << tr("The clinic number %1 is not a phone number of this Twilio account. Check "
                                      "the number in Settings.")
                                       .arg(check->phoneNumber);
            else if (!check->smsCapable.value_or(false))
                check->problems << tr("The clinic number %1 cannot send text messages. Use an SMS-capable "
                                      "Twilio number.")
                                       .arg(check->phoneNumber);
            finish(access, check, done);
        });
}

void TwilioConnectionChecker::finish(const TwilioAccess &access, std::shared_ptr<TwilioConnectionCheck> check,
                                     Callback done)
{
    const TwilioCredentials &creds = access.credentials;
    if (!creds.hasSender())
        check->problems << tr("No sending number is set up. Enter the clinic's Twilio phone number or a Messaging "
                              "Service SID in Settings.");
    if (!creds.messagingServiceSid.isEmpty() && !isTwilioSid(creds.messagingServiceSid.trimmed(), "MG")) {
        check->schedulingAvailable = false;
        check->problems << tr("The Messaging Service SID should be \"MG\" followed by 32 letters and digits. Correct "
                              "it in Settings.");
    } else if (creds.messagingServiceSid.isEmpty()) {
        check->notes << tr("Scheduled reminders are not available: they need a Twilio Messaging Service (enter its "
                           "SID in Settings).");
    }
    check->ok = check->credentialsValid && creds.hasSender() && check->problems.isEmpty();
    done(*check);
}

} // namespace cd

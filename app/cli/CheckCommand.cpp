// clinicdesk-cli check [--json]: can this computer text patients? Exit 0 when usable, 1 with the reason when not.
#include "app/cli/Cli.h"

#include "core/common/AwaitCallback.h"
#include "core/secrets/StoredCredentialsProvider.h"
#include "core/twilio/TwilioClient.h"
#include "core/twilio/TwilioClock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Check the Twilio connection: credentials, the clinic number and whether scheduled "
                              "reminders are available.")))
        return ctx.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    // The one place that decides where credentials come from for this command.
    const std::shared_ptr<const CredentialsProvider> credentials = makeStoredCredentialsProvider();
    TwilioClient client(credentials);
    RetryPolicy retry;
    retry.maxRetries = 1; // a person is waiting for the answer
    retry.baseDelayMs = 500;
    client.setRetryPolicy(retry);

    TwilioConnectionCheck check;
    if (auto answer = awaitCallback<TwilioConnectionCheck>([&](auto done) { client.checkConnection(done); }))
        check = std::move(*answer);
    else // the process is quitting before Twilio answered
        check.problems << tr("The check ended before Twilio answered. Try again.");

    // Every Twilio answer measured this computer's clock: say so when it is off (times shown, scheduled sends).
    const auto clockOffset = TwilioClock::offsetMs();
    if (TwilioClock::skewed())
        check.notes << tr("Clock: this computer's clock is %1. Set the date, time and time zone correctly (or turn "
                          "on automatic time); messages are still never sent twice.")
                           .arg(TwilioClock::describe(*clockOffset));
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("clock_offset_sec"),
             clockOffset ? QJsonValue(double(qRound64(double(*clockOffset) / 1000.0))) : QJsonValue()},
            {QStringLiteral("ok"), check.ok},
            {QStringLiteral("account"),
             QJsonObject{{QStringLiteral("sid"), optionalString(check.accountSid)},
                         {QStringLiteral("friendly_name"), optionalString(check.accountName)},
                         {QStringLiteral("status"), optionalString(check.accountStatus)}}},
            {QStringLiteral("scheduling"), check.schedulingAvailable},
            {QStringLiteral("problems"), QJsonArray::fromStringList(check.problems)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(check.notes)},
            {QStringLiteral("reachable"), check.reachable},
            {QStringLiteral("credentials_valid"), check.credentialsValid},
            {QStringLiteral("using_api_key"), check.usingApiKey},
            {QStringLiteral("phone_number"), optionalString(check.phoneNumber)},
            {QStringLiteral("number_exists"), optionalBool(check.numberExists)},
            {QStringLiteral("sms_capable"), optionalBool(check.smsCapable)},
        });
        return check.ok ? Success : Failure;
    }

    QTextStream &out = ctx.out();
    if (check.ok) {
        const QString account = check.accountName.isEmpty()
                                    ? check.accountSid
                                    : QStringLiteral("%1 (%2)").arg(check.accountName, check.accountSid);
        out << tr("Twilio connection OK: account %1.").arg(account) << Qt::endl;
        if (!check.phoneNumber.isEmpty())
            out << tr("Sending number %1 can send text messages.").arg(check.phoneNumber) << Qt::endl;
        if (check.schedulingAvailable) // otherwise a note below says what is missing
            out << tr("Scheduled reminders: available (Messaging Service set).") << Qt::endl;
    }
    for (const QString &note : std::as_const(check.notes))
        out << tr("Note: %1").arg(note) << Qt::endl;
    out.flush();
    if (!check.ok)
        return ctx.fail(tr("Texting is not possible: %1").arg(check.problems.join(QLatin1Char(' '))));
    return Success;
}

const bool registered =
    registerCommand({QStringLiteral("check"),
                     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check the Twilio connection and settings.")), run});

} // namespace

} // namespace cd::cli

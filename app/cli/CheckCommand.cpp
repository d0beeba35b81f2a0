// clinicdesk-cli check [--json]: can this computer text patients? Exit 0 when usable, 1 with the reason when not.
#include "app/cli/Cli.h"
#include "app/cli/DataAtRestCheck.h"

#include "core/common/AwaitCallback.h"
#include "core/email/SendGridClient.h"
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

    // Patient data at rest: owner-only files (a problem when not) and disk encryption (a note).
    const DataAtRestReport atRest = checkDataAtRest(ctx.dataDir());
    check.notes << atRest.notes;
    const bool twilioOk = check.ok;
    check.problems << atRest.problems;
    check.ok = check.ok && atRest.problems.isEmpty();

    // E-mail (intake forms) is checked too when a SendGrid key is set; it does not decide whether texting works.
    std::optional<Status<EmailError>> email;
    if (SendGridConfig::hasKey(credentials.get())) {
        SendGridClient sendGrid(credentials);
        email = awaitCallback<Status<EmailError>>([&](auto done) { sendGrid.checkConnection(&sendGrid, done); });
    }
    const QJsonValue emailJson =
        email ? QJsonValue(QJsonObject{{QStringLiteral("ok"), email->ok()},
                                       {QStringLiteral("problem"), email->ok() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(email->error().message)}})
              : QJsonValue(QJsonValue::Null);

    // Every Twilio answer measured this computer's clock: say so when it is off (times shown, scheduled sends).
    const auto clockOffset = TwilioClock::offsetMs();
    if (TwilioClock::skewed())
        check.notes << tr("Clock: this computer's clock is %1. Set the date, time and time zone correctly (or turn "
                          "on automatic time); messages are still never sent twice.")
                           .arg(TwilioClock::describe(*clockOffset));
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("sendgrid"), emailJson},
            {QStringLiteral("data_at_rest"), atRest.json},
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
    if (twilioOk) {
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
    if (email)
        out << (email->ok() ? tr("SendGrid e-mail: OK (the key may send mail).")
                            : tr("SendGrid e-mail: %1").arg(email->error().message))
            << Qt::endl;
    out.flush();
    if (!twilioOk)
        return ctx.fail(tr("Texting is not possible: %1").arg(check.problems.join(QLatin1Char(' '))));
    if (!atRest.problems.isEmpty())
        return ctx.fail(atRest.problems.join(QLatin1Char(' ')));
    return Success;
}

const bool registered =
    registerCommand({QStringLiteral("check"),
                     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check the Twilio connection and settings.")), run});

} // namespace

} // namespace cd::cli

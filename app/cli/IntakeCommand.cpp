// clinicdesk-cli intake templates|send|list|resend|complete|cancel
#include "app/cli/DetailsInput.h"
#include "app/cli/IntakeCommands.h"
#include "app/cli/MessagingSetup.h"

#include "core/common/Clock.h"
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStatusText.h"
#include "core/messaging/MessageStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

std::optional<Message> messageFor(AppServices &session, const std::optional<qint64> &id)
{
    if (!id)
        return std::nullopt;
    auto m = session.messages().get(*id);
    return m ? std::optional<Message>(*m) : std::nullopt;
}

QJsonObject sendJson(AppServices &session, const IntakeSend &send)
{
    return IntakeStatusText::toJson(send, messageFor(session, send.smsMessageId),
                                    messageFor(session, send.followUpMessageId), Clock::instance().nowUtc());
}

void printSend(Context &ctx, AppServices &session, const IntakeSend &send)
{
    const QDateTime now = Clock::instance().nowUtc();
    QTextStream &out = ctx.out();
    out << tr("Intake send %1: %2, %3, %4")
               .arg(send.id)
               .arg(send.templateName, IntakeStatusText::channelLabel(send.channel),
                    send.createdAt.toLocalTime().toString(Qt::ISODate))
        << (send.isDemo ? QStringLiteral(" (%1)").arg(tr("demo")) : QString()) << Qt::endl;
    out << "  " << tr("Link: %1").arg(send.link) << Qt::endl;
    out << "  " << tr("SMS: %1").arg(IntakeStatusText::smsLabel(send, messageFor(session, send.smsMessageId), now))
        << Qt::endl;
    if (send.wantsEmail())
        out << "  " << tr("Email: %1").arg(IntakeStatusText::emailLabel(send)) << Qt::endl;
    out << "  " << IntakeStatusText::completionLabel(send) << Qt::endl;
}

// 0: every requested channel accepted; 1: a channel refused; 3: a channel not confirmed yet.
int exitFor(Context &ctx, AppServices &session, const IntakeSend &send, std::optional<Channel> only = std::nullopt)
{
    bool refused = false;
    bool waiting = false;
    QStringList reasons;
    if (!only || *only == Channel::Sms) {
        const auto sms = messageFor(session, send.smsMessageId);
        if (!sms) {
            refused = true;
            reasons << send.smsError;
        } else if (sms->status == MessageStatus::Failed || sms->status == MessageStatus::Undelivered ||
                   sms->status == MessageStatus::Canceled) {
            refused = true;
            reasons << sms->errorMessage;
        } else if (sms->sid.isEmpty()) {
            waiting = true;
        }
    }
    if (send.wantsEmail() && (!only || *only == Channel::Email)) {
        if (send.emailStatus == EmailStatus::Failed) {
            refused = true;
            reasons << send.emailError;
        } else if (send.emailStatus != EmailStatus::Accepted) {
            waiting = true;
            if (!send.emailError.isEmpty())
                reasons << send.emailError;
        }
    }
    if (refused)
        return ctx.fail(reasons.join(QLatin1Char(' ')).trimmed(), Failure);
    if (waiting)
        return ctx.fail(reasons.isEmpty() ? tr("Not confirmed yet: a channel has no answer yet; it is never sent "
                                               "twice.")
                                          : reasons.join(QLatin1Char(' ')),
                        NotConfirmed);
    return Success;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

int send(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("The patient's id."), QStringLiteral("ID"));
    const QCommandLineOption form(QStringLiteral("template"), tr("The template's name."), QStringLiteral("NAME"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("sms or email+sms (default sms)."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption fromFile(QStringLiteral("from-file"),
                                      tr("Read the details from a JSON file, or - for standard input: {\"patient\": "
                                         "ID, \"template\": \"NAME\", \"channel\": \"sms\"} (nothing in the "
                                         "process list)."),
                                      QStringLiteral("FILE|-"));
    parser.addOptions({patient, form, channel, fromFile});
    if (!sub.parse(parser,
                   tr("Send an intake form link. Exit 0 when every requested channel was accepted, 1 when refused "
                      "(the reason on stderr), 3 when a channel is not confirmed yet."),
                   QStringLiteral("--patient ID --template NAME [--channel sms|email+sms] | --from-file FILE|-")))
        return sub.exitCode();
    QString patientText = parser.value(patient);
    QString templateName = parser.value(form);
    QString channelName = parser.isSet(channel) ? parser.value(channel) : QStringLiteral("sms");
    if (parser.isSet(fromFile)) {
        if (parser.isSet(patient) || parser.isSet(form) || parser.isSet(channel))
            return sub.usageError(tr("give the details either in --from-file or as options, not both."));
        auto details = readDetailsObject(parser.value(fromFile),
                                         QStringLiteral("{\"patient\": 12, \"template\": \"New patient\"}"));
        if (!details)
            return sub.fail(details.error().message);
        const QJsonValue id = details->value(QStringLiteral("patient"));
        patientText = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
        templateName = details->value(QStringLiteral("template")).toString();
        channelName = details->value(QStringLiteral("channel")).toString(QStringLiteral("sms"));
    }
    qint64 patientId = 0;
    if (!parseId(patientText, &patientId))
        return sub.usageError(tr("--patient ID is required (a positive number)."));
    if (templateName.isEmpty())
        return sub.usageError(tr("--template NAME is required (see \"intake templates\")."));
    const auto chosen = intakeChannelFromName(channelName);
    if (!chosen)
        return sub.usageError(tr("--channel must be sms or email+sms."));
    auto session = openMessaging(sub);
    if (!session)
        return sub.exitCode();
    auto sent = session->intake().sendAndWait(patientId, templateName, *chosen);
    if (!sent)
        return sub.fail(sent.error().message);
    if (sub.json())
        sub.printJson(sendJson(*session, *sent));
    else
        printSend(sub, *session, *sent);
    return exitFor(sub, *session, *sent);
}

int list(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("The patient's id."), QStringLiteral("ID"));
    parser.addOption(patient);
    if (!sub.parse(parser, tr("List the forms sent to a patient, newest first."), QStringLiteral("--patient ID")))
        return sub.exitCode();
    qint64 patientId = 0;
    if (!parseId(parser.value(patient), &patientId))
        return sub.usageError(tr("--patient ID is required (a positive number)."));
    auto session = openMessaging(sub);
    if (!session)
        return sub.exitCode();
    auto sends = session->intake().store().forPatient(patientId);
    if (!sends)
        return sub.fail(sends.error().message);
    if (sub.json()) {
        QJsonArray array;
        for (const IntakeSend &send : *sends)
            array.append(sendJson(*session, send));
        sub.printJson(array);
    } else {
        if (sends->isEmpty())
            sub.out() << tr("No forms were sent to this patient.") << Qt::endl;
        for (const IntakeSend &send : *sends)
            printSend(sub, *session, send);
    }
    return Success;
}

int resend(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption channel(QStringLiteral("channel"), tr("sms or email: the channel to repeat."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     tr("Resend an e-mail that is \"not confirmed\" (it may have arrived already)."));
    parser.addOptions({channel, confirm});
    parser.addPositionalArgument(QStringLiteral("SEND_ID"), tr("The send's id (see \"intake list\")."));
    if (!sub.parse(parser, tr("Repeat one channel of a send that failed; the other channel is not repeated."),
                   QStringLiteral("SEND_ID --channel sms|email [--confirm]")))
        return sub.exitCode();
    qint64 id = 0;
    if (parser.positionalArguments().size() != 1 || !parseId(parser.positionalArguments().constFirst(), &id))
        return sub.usageError(tr("give the SEND_ID (a positive number)."));
    const QString which = parser.value(channel).trimmed().toLower();
    if (which != QLatin1String("sms") && which != QLatin1String("email"))
        return sub.usageError(tr("--channel must be sms or email."));
    const Channel ch = which == QLatin1String("email") ? Channel::Email : Channel::Sms;
    auto session = openMessaging(sub);
    if (!session)
        return sub.exitCode();
    auto sent = session->intake().resendAndWait(id, ch, parser.isSet(confirm));
    if (!sent)
        return sub.fail(sent.error().message);
    if (sub.json())
        sub.printJson(sendJson(*session, *sent));
    else
        printSend(sub, *session, *sent);
    return exitFor(sub, *session, *sent, ch);
}

int simpleAction(Context &sub, const QString &description, bool complete)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SEND_ID"), tr("The send's id (see \"intake list\")."));
    if (!sub.parse(parser, description, QStringLiteral("SEND_ID")))
        return sub.exitCode();
    qint64 id = 0;
    if (parser.positionalArguments().size() != 1 || !parseId(parser.positionalArguments().constFirst(), &id))
        return sub.usageError(tr("give the SEND_ID (a positive number)."));
    auto session = openMessaging(sub);
    if (!session)
        return sub.exitCode();
    auto done = complete ? session->intake().complete(id) : session->intake().cancel(id);
    if (!done)
        return sub.fail(done.error().message);
    auto send = session->intake().store().get(id);
    if (!send)
        return sub.fail(send.error().message);
    if (sub.json())
        sub.printJson(sendJson(*session, *send));
    else
        printSend(sub, *session, *send);
    return Success;
}

int complete(Context &sub)
{
    return simpleAction(sub, tr("Mark a send's form as completed."), true);
}

int cancel(Context &sub)
{
    return simpleAction(sub, tr("Cancel a send that has not gone out yet."), false);
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx,
        {{QStringLiteral("templates"), QT_TRANSLATE_NOOP("cd::cli", "List, add, change or remove form templates."),
          runIntakeTemplates},
         {QStringLiteral("send"), QT_TRANSLATE_NOOP("cd::cli", "Send a form link by SMS or by e-mail and SMS."), send},
         {QStringLiteral("list"), QT_TRANSLATE_NOOP("cd::cli", "The forms sent to a patient, newest first."), list},
         {QStringLiteral("resend"), QT_TRANSLATE_NOOP("cd::cli", "Repeat the channel that failed."), resend},
         {QStringLiteral("complete"), QT_TRANSLATE_NOOP("cd::cli", "Mark a form completed."), complete},
         {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("cd::cli", "Cancel a send that has not gone out."), cancel},
         {QStringLiteral("run"),
          QT_TRANSLATE_NOOP("cd::cli", "One pass of e-mails due, follow-ups and status checks (for cron, Task "
                                       "Scheduler, launchd)."),
          runIntakePass}});
}

const bool registered =
    registerCommand({QStringLiteral("intake"),
                     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Intake forms: templates, send, list, resend.")), run});

} // namespace
} // namespace cd::cli

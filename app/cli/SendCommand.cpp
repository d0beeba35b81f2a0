// clinicdesk-cli send (--patient ID | --phone PHONE) --body TEXT
#include "app/cli/Cli.h"
#include "app/cli/MessagingSetup.h"

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/messaging/MessageJson.h"
#include "core/messaging/MessageStatusText.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"

#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace cd::cli {

namespace {

// The whole of standard input as UTF-8; the one line break that `echo` or a here-document adds is not part of it.
Result<QString> readBodyFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return makeError(QStringLiteral("stdin"), tr("Could not read the message from standard input."));
    QByteArray bytes = in.readAll();
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(QStringLiteral("stdin_encoding"), tr("The message on standard input is not UTF-8 text."));
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("empty_body"), tr("The message on standard input is empty."));
    return text;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("The patient's id (see \"patients list\")."),
                                     QStringLiteral("ID"));
    const QCommandLineOption phone(QStringLiteral("phone"),
                                   tr("The patient's mobile number (the patient must exist with this number)."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption body(QStringLiteral("body"),
                                  tr("The text to send (required); \"-\" reads it from standard input, which keeps "
                                     "health details out of the shell history."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({patient, phone, body});
    if (!ctx.parse(parser,
                   tr("Send a text message to a patient. Exit 0 when Twilio accepted it, 1 when it was refused (the "
                      "reason is printed), 3 when it is not confirmed yet (it will be sent or settled by the next "
                      "sync, never twice).")))
        return ctx.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(patient) == parser.isSet(phone))
        return ctx.usageError(tr("give exactly one of --patient ID or --phone PHONE."));
    if (!parser.isSet(body))
        return ctx.usageError(tr("--body TEXT is required."));
    QString text = parser.value(body);
    if (text == QLatin1String("-")) {
        auto read = readBodyFromStdin();
        if (!read)
            return ctx.fail(read.error().message);
        text = *read;
    }

    auto session = openMessaging(ctx);
    if (!session)
        return ctx.exitCode();

    qint64 patientId = 0;
    if (parser.isSet(patient)) {
        bool ok = false;
        patientId = parser.value(patient).toLongLong(&ok);
        if (!ok || patientId <= 0)
            return ctx.usageError(tr("--patient must be a patient id (a positive number)."));
    } else {
        // A number is only a way to name a patient: texts go to patients (consent and opt-out live there).
        auto parsed = PhoneNumbers::parse(parser.value(phone), ctx.settings().policy().phoneRegion);
        if (!parsed)
            return ctx.fail(parsed.error().message);
        auto found = session->patients().findByPhone(parsed->e164);
        if (!found)
            return ctx.fail(found.error().message);
        if (!found->has_value())
            return ctx.fail(tr("No patient has the number %1. Add the patient first (clinicdesk-cli patients add "
                               "--first … --last … --phone … --consent), then send again.")
                                .arg(parsed->international));
        patientId = (*found)->id;
    }

    auto sent = session->messaging().sendAndWait(patientId, text);
    if (!sent)
        return ctx.fail(sent.error().message);
    const Message &m = *sent;
    if (ctx.json())
        ctx.printJson(messageToJson(m, Clock::instance().nowUtc()));
    else
        ctx.out() << tr("Message %1: %2").arg(m.id).arg(MessageStatusText::label(m, Clock::instance().nowUtc()))
                  << (m.isDemo ? QStringLiteral(" (%1)").arg(tr("demo mode, nothing was really sent")) : QString())
                  << Qt::endl;

    if (m.status == MessageStatus::Failed || m.status == MessageStatus::Canceled ||
        m.status == MessageStatus::Undelivered)
        return ctx.fail(m.errorMessage.isEmpty() ? tr("Twilio refused the message.") : m.errorMessage);
    // No sid yet: not confirmed by Twilio (pending, being sent by another process, or answer lost). With a sid,
    // Twilio accepted it (its own "sending" status included).
    if (m.sid.isEmpty()) {
        QString why;
        if (m.status == MessageStatus::Pending)
            why = tr("Not sent yet: %1 It stays in the outbox and goes out with the next sync.").arg(m.errorMessage);
        else if (m.status == MessageStatus::Sending)
            why = tr("Another ClinicDesk (the app or a scheduled job) is sending this message right now; it is sent "
                     "once. Check it with \"clinicdesk-cli messages --patient %1\".")
                      .arg(patientId);
        else
            why = tr("Not confirmed yet: Twilio's answer was lost. The next sync looks the message up at Twilio "
                     "before anything is resent, so it is never sent twice.");
        return ctx.fail(why, NotConfirmed);
    }
    return Success;
}

const bool registered = registerCommand(
    {QStringLiteral("send"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Send a text message to a patient.")), run});

} // namespace
} // namespace cd::cli

// clinicdesk-cli messages (--patient ID | --unmatched) | messages search TEXT | messages cancel ID
#include "app/cli/Cli.h"
#include "app/cli/MessagesCancel.h"
#include "app/cli/MessagesSearch.h"

#include "core/common/Clock.h"
#include "core/common/TerminalText.h"
#include "core/messaging/MediaStore.h"
#include "core/messaging/MessageJson.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"

#include <QJsonArray>
#include <QLocale>

namespace cd::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("The patient's conversation."),
                                     QStringLiteral("ID"));
    const QCommandLineOption unmatched(QStringLiteral("unmatched"), tr("Replies from numbers that match no patient."));
    parser.addOptions({patient, unmatched});
    parser.addPositionalArgument(QStringLiteral("cancel"),
                                 tr("cancel ID: stop a message that has not gone out yet "
                                    "(or one scheduled at Twilio)."),
                                 QStringLiteral("[cancel ID]"));
    if (!ctx.parse(parser, tr("Show a conversation, oldest first, with each message's status and error. "
                              "\"messages search TEXT\" finds messages in every conversation, newest first.")))
        return ctx.exitCode();
    const QStringList words = parser.positionalArguments();
    if (words.value(0) == QLatin1String("cancel"))
        return runMessagesCancel(ctx, words.mid(1));
    if (!words.isEmpty() && words.constFirst() == QLatin1String("search") && !parser.isSet(patient) &&
        !parser.isSet(unmatched))
        return runMessagesSearch(ctx, words.mid(1).join(QLatin1Char(' ')));
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(patient) == parser.isSet(unmatched))
        return ctx.usageError(tr("give exactly one of --patient ID or --unmatched."));
    std::optional<qint64> patientId;
    if (parser.isSet(patient)) {
        bool ok = false;
        patientId = parser.value(patient).toLongLong(&ok);
        if (!ok || *patientId <= 0)
            return ctx.usageError(tr("--patient must be a patient id (a positive number)."));
    }

    auto database = ctx.openDatabase();
    if (!database)
        return ctx.exitCode();
    if (patientId) {
        // A wrong id is an error, not an empty conversation.
        PatientStore patients(database, ctx.settings().policy().phoneRegion);
        if (auto found = patients.get(*patientId); !found)
            return ctx.fail(found.error().message);
    }
    MessageStore store(database);
    auto list = store.allMessages(patientId);
    if (!list)
        return ctx.fail(list.error().message);
    const QDateTime now = Clock::instance().nowUtc();
    // MMS media of the listed messages, in one read.
    QList<qint64> withMedia;
    for (const Message &m : std::as_const(*list))
        if (m.numMedia > 0)
            withMedia << m.id;
    MediaStore mediaStore(store);
    auto media = mediaStore.forMessages(withMedia);
    if (!media)
        return ctx.fail(media.error().message);
    if (ctx.json()) {
        QJsonArray array;
        for (const Message &m : std::as_const(*list)) {
            QJsonObject object = messageToJson(m, now);
            object.insert(QStringLiteral("media"), mediaToJson(media->value(m.id)));
            array.append(object);
        }
        ctx.printJson(array);
        return Success;
    }
    const QLocale locale;
    const QString region = ctx.settings().policy().phoneRegion;
    for (const Message &m : std::as_const(*list)) {
        ctx.out() << locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat) << '\t'
                  << (m.isInbound() ? tr("from %1").arg(PhoneNumbers::display(m.fromNumber, region)) : tr("sent"))
                  << '\t' << MessageStatusText::label(m, now)
                  << (m.errorMessage.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(TerminalText::visible(m.errorMessage)))
                  << (m.isDemo ? QStringLiteral(" [%1]").arg(tr("demo")) : QString()) << '\t'
                  << TerminalText::visible(m.body) << '\n';
        for (const MessageMedia &item : media->value(m.id))
            ctx.out() << '\t' << tr("attachment: %1").arg(TerminalText::visible(mediaStateText(item)))
                      << (item.isStored() ? QStringLiteral(" %1").arg(item.filePath) : QString()) << '\n';
    }
    if (list->isEmpty())
        ctx.out() << tr("No messages.") << '\n';
    ctx.out().flush();
    return Success;
}

const bool registered = registerCommand(
    {QStringLiteral("messages"),
     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Show a patient's conversation or the unmatched replies.")), run});

} // namespace
} // namespace cd::cli

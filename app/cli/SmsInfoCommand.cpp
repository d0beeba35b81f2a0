// clinicdesk-cli sms-info --body TEXT [--json]: encoding, segments and estimated cost, as the composer shows them.
#include "app/cli/Cli.h"

#include "core/common/TerminalText.h"
#include "core/sms/SegmentInfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace cd::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption body(QStringLiteral("body"), tr("The message text to analyse."), QStringLiteral("TEXT"));
    parser.addOption(body);
    if (!ctx.parse(parser, tr("Show how Twilio will carry a text: encoding (GSM-7 or UCS-2), characters, segments "
                              "and estimated cost.")))
        return ctx.exitCode();
    if (!parser.isSet(body))
        return ctx.usageError(tr("--body TEXT is required (the message text to analyse)."));
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\"; put the text after --body, in quotes.")
                                  .arg(parser.positionalArguments().constFirst()));

    const SegmentInfo info = SegmentCalculator::analyse(parser.value(body), ctx.settings().policy().pricePerSegment);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("encoding"), info.encodingName()},
            {QStringLiteral("characters"), info.characters},
            {QStringLiteral("segments"), info.segments},
            {QStringLiteral("estimated_cost_usd"), info.estimatedCostUsd},
            {QStringLiteral("ucs2_characters"), QJsonArray::fromStringList(info.ucs2Characters)},
        });
        return Success;
    }
    const QLocale locale;
    QTextStream &out = ctx.out();
    out << tr("Encoding: %1").arg(info.encodingName()) << Qt::endl
        << tr("Characters: %1").arg(locale.toString(info.characters)) << Qt::endl
        << tr("Segments: %1").arg(locale.toString(info.segments)) << Qt::endl
        << tr("Estimated cost: %1").arg(QStringLiteral("$") + locale.toString(info.estimatedCostUsd, 'f', 4))
        << Qt::endl;
    if (!info.ucs2Characters.isEmpty()) {
        QStringList described;
        for (const QString &character : info.ucs2Characters) {
            const QString replacement = SegmentCalculator::gsmReplacement(character);
            described << (replacement.isEmpty() ? character : tr("%1 (could be %2)").arg(character, replacement));
        }
        out << tr("Characters that force UCS-2: %1").arg(TerminalText::visible(described.join(QStringLiteral(", "))))
            << Qt::endl;
    }
    return Success;
}

const bool registered =
    registerCommand({QStringLiteral("sms-info"),
                     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Encoding, segments and cost of a message text.")), run});

} // namespace

} // namespace cd::cli

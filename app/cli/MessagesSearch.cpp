#include "app/cli/MessagesSearch.h"

#include "app/cli/Cli.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageJson.h"
#include "core/messaging/MessageStore.h"
#include "core/phone/PhoneNumbers.h"

#include <QJsonArray>
#include <QLocale>

namespace cd::cli {

int runMessagesSearch(Context &ctx, const QString &text)
{
    if (text.trimmed().isEmpty())
        return ctx.usageError(tr("give the text to search for: messages search TEXT."));
    auto database = ctx.openDatabase();
    if (!database)
        return ctx.exitCode();
    MessageStore store(database);
    auto hits = store.search(text, 200);
    if (!hits)
        return ctx.fail(hits.error().message);
    const QDateTime now = Clock::instance().nowUtc();
    if (ctx.json()) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(*hits)) {
            QJsonObject object = messageToJson(hit.message, now);
            object.insert(QStringLiteral("patient_name"), hit.patientName);
            array.append(object);
        }
        ctx.printJson(array);
        return Success;
    }
    const QLocale locale;
    const QString region = ctx.settings().policy().phoneRegion;
    for (const SearchHit &hit : std::as_const(*hits)) {
        const Message &m = hit.message;
        const QString who = hit.patientName.isEmpty()
                                ? tr("unmatched %1").arg(PhoneNumbers::display(m.fromNumber, region))
                                : tr("%1 (patient %2)").arg(hit.patientName).arg(m.patientId.value_or(0));
        ctx.out() << locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat) << '\t' << who << '\t'
                  << (m.isInbound() ? tr("received") : tr("sent")) << '\t'
                  << QString(m.body).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    if (hits->isEmpty())
        ctx.out() << tr("No messages contain \"%1\".").arg(text.simplified()) << '\n';
    ctx.out().flush();
    return Success;
}

} // namespace cd::cli

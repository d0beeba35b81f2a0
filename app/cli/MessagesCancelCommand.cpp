// clinicdesk-cli messages cancel ID: stop a message that has not gone out (pending, not sent, not confirmed), or one
// scheduled at Twilio (canceled at Twilio too).
#include "app/cli/MessagesCancel.h"

#include "app/cli/MessagingSetup.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageJson.h"
#include "core/messaging/MessageStatusText.h"

namespace cd::cli {

int runMessagesCancel(Context &ctx, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return ctx.usageError(tr("give the id of the message to cancel: messages cancel ID."));
    bool ok = false;
    const qint64 id = arguments.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(tr("the message id must be a positive number (see \"messages --patient ID\")."));
    auto session = openMessaging(ctx);
    if (!session)
        return ctx.exitCode();
    auto canceled = session->messaging().cancelAndWait(id);
    if (!canceled)
        return ctx.fail(canceled.error().message);
    const QDateTime now = Clock::instance().nowUtc();
    if (ctx.json())
        ctx.printJson(messageToJson(*canceled, now));
    else
        ctx.out() << tr("Message %1: %2").arg(id).arg(MessageStatusText::label(*canceled, now)) << Qt::endl;
    return Success;
}

} // namespace cd::cli

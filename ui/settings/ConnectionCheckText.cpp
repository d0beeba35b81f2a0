#include "settings/ConnectionCheckText.h"

#include <QStringList>

namespace cd::ui {

QString ConnectionCheckText::describe(const TwilioConnectionCheck &check)
{
    QStringList lines;
    if (check.ok) {
        if (!check.accountName.isEmpty())
            lines << tr("Connection OK: account \"%1\".").arg(check.accountName);
        else
            lines << tr("Connection OK: account %1.").arg(check.accountSid);
    } else {
        lines << tr("The connection test failed.");
    }
    if (!check.accountStatus.isEmpty() && check.accountStatus != QLatin1String("active"))
        lines << tr("The Twilio account is %1: texts cannot be sent until it is active again. Check billing and "
                    "account status in the Twilio Console.")
                     .arg(check.accountStatus);

    if (!check.phoneNumber.isEmpty() && check.numberExists.has_value()) {
        if (!*check.numberExists)
            lines << tr("The number %1 is not in this Twilio account. Enter a number that belongs to the account.")
                         .arg(check.phoneNumber);
        else if (check.smsCapable.value_or(false))
            lines << tr("The number %1 can send SMS.").arg(check.phoneNumber);
        else if (check.smsCapable.has_value())
            lines << tr("The number %1 cannot send SMS. Pick an SMS-capable number in the Twilio Console.")
                         .arg(check.phoneNumber);
    }
    if (check.ok || check.credentialsValid)
        lines << (check.schedulingAvailable
                      ? tr("Scheduled reminders: available (Messaging Service set).")
                      : tr("Scheduled reminders: not available; enter a Messaging Service SID to schedule texts."));

    for (const QString &problem : check.problems)
        if (!lines.contains(problem))
            lines << problem;
    if (check.problems.isEmpty() && check.error && !check.error->message.isEmpty())
        lines << check.error->message;
    if (!check.ok && !check.reachable && check.problems.isEmpty() && !check.error)
        lines << tr("Twilio could not be reached. Check the network connection and the proxy settings, then try "
                    "again.");
    for (const QString &note : check.notes)
        if (!lines.contains(note))
            lines << note;
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd::ui

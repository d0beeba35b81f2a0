#include "ui/settings/ConnectionCheckText.h"

#include <QStringList>

namespace cd::ui {

QString ConnectionCheckText::describe(const TwilioConnectionCheck &check)
{
    // The check's own problems and notes are already plain sentences (what is wrong, what to do); this adds the
    // headline and the good news, and makes sure a failure never comes back without a reason.
    QStringList lines;
    if (check.ok) {
        lines << (check.accountName.isEmpty() ? tr("Connection OK: account %1.").arg(check.accountSid)
                                              : tr("Connection OK: account \"%1\".").arg(check.accountName));
        if (!check.phoneNumber.isEmpty() && check.smsCapable.value_or(false))
            lines << tr("The number %1 can send SMS.").arg(check.phoneNumber);
        if (check.schedulingAvailable)
            lines << tr("Scheduled reminders: available (Messaging Service set).");
    } else {
        lines << tr("The connection test failed.");
        lines << check.problems;
        if (check.problems.isEmpty() && check.error && !check.error->message.isEmpty())
            lines << check.error->message;
        if (lines.size() == 1)
            lines << (check.reachable ? tr("Twilio refused the request. Check the Account SID and the secret.")
                                      : tr("Twilio could not be reached. Check the network connection and the "
                                           "proxy settings, then try again."));
    }
    for (const QString &note : check.notes)
        if (!lines.contains(note))
            lines << note;
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd::ui

#include "core/messaging/QuickReplies.h"

#include <QRegularExpression>

namespace cd {

QList<QuickReply> QuickReplies::builtIn()
{
    // No opt-out keyword as an instruction in any of them (replies use C/R, never CANCEL).
    return {
        {tr("Running late"), tr("Hi {first_name}, this is {clinic_name}. We are running about 15 minutes behind "
                                "today. Sorry for the wait!")},
        {tr("Appointment reminder"), tr("Hi {first_name}, a reminder from {clinic_name} about your appointment "
                                        "tomorrow. Reply C to confirm or R to reschedule.")},
        {tr("Please call us"), tr("Hi {first_name}, {clinic_name} here. Please give us a call when you have a "
                                  "moment.")},
        {tr("Intake forms"), tr("Hi {first_name}, please fill in your intake forms before your visit. Thank you! "
                                "- {clinic_name}")},
        {tr("Results ready"), tr("Hi {first_name}, your results are ready. Please call {clinic_name} to go over "
                                 "them with the doctor.")},
    };
}

QHash<QString, QString> QuickReplies::variablesFor(const QString &firstName, const QString &lastName,
                                                   const QString &clinicName)
{
    return {
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("clinic_name"), clinicName.trimmed().isEmpty() ? tr("the clinic") : clinicName.trimmed()},
    };
}

QString QuickReplies::expand(const QString &text, const QHash<QString, QString> &variables)
{
    static const QRegularExpression variable(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto found = variables.constFind(m.captured(1));
        out += found != variables.cend() ? *found : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace cd

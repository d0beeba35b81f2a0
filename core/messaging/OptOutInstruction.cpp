#include "core/messaging/OptOutInstruction.h"

#include <QRegularExpression>

namespace cd {

namespace {

const QString &keywordAlternatives()
{
    static const QString words = QStringLiteral("STOPALL|STOP|UNSUBSCRIBE|CANCEL|END|QUIT|REVOKE|OPTOUT");
    return words;
}

// "…STOP to opt out", "…STOP to unsubscribe": the instruction the clinic wants.
bool isOptOutPurpose(const QString &text, qsizetype after)
{
    static const QRegularExpression purpose(
        QStringLiteral("^\\W{0,3}\\s*to\\s+(opt[\\s-]?out|unsubscribe|stop\\s+(receiving|getting|all)|end\\s+texts)"),
        QRegularExpression::CaseInsensitiveOption);
    return purpose.match(text.mid(after)).hasMatch();
}

} // namespace

QString optOutInstructionIn(const QString &text)
{
    static const QRegularExpression instruction(
        QStringLiteral("\\b(?:reply|replying|text|texting|send|respond|answer|type|write)\\b(?:\\s+(?:with|back|us|"
                       "the\\s+word))*\\s*[:\\-]?\\s*[\"'“‘«]?(%1)\\b")
            .arg(keywordAlternatives()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression capitals(QStringLiteral("\\b(%1)\\b").arg(keywordAlternatives()));

    for (const QRegularExpression *re : {&instruction, &capitals}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!isOptOutPurpose(text, m.capturedEnd(1)))
                return m.captured(1);
        }
    }
    return {};
}

} // namespace cd

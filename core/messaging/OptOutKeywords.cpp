#include "core/messaging/OptOutKeywords.h"

#include <QRegularExpression>
#include <QStringList>

namespace cd::OptOutKeywords {

namespace {

const QStringList &optOutWords()
{
    static const QStringList words = {
        QStringLiteral("STOP"), QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL"),
        QStringLiteral("END"),  QStringLiteral("QUIT"),    QStringLiteral("REVOKE"),      QStringLiteral("OPTOUT")};
    return words;
}

const QStringList &optInWords()
{
    static const QStringList words = {QStringLiteral("START"), QStringLiteral("YES"), QStringLiteral("UNSTOP")};
    return words;
}

const QStringList &helpWords()
{
    static const QStringList words = {QStringLiteral("HELP"), QStringLiteral("INFO")};
    return words;
}

} // namespace

Kind classify(const QString &body)
{
    QString word = body.trimmed();
    // "Stop." / "STOP!!" still count; anything with inner blanks is a sentence, not a keyword.
    while (!word.isEmpty() && (word.back().isPunct() || word.back().isSpace()))
        word.chop(1);
    if (word.isEmpty() || word.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Kind::None;
    word = word.toUpper();
    if (optOutWords().contains(word))
        return Kind::OptOut;
    if (optInWords().contains(word))
        return Kind::OptIn;
    if (helpWords().contains(word))
        return Kind::Help;
    return Kind::None;
}

bool mentionsOptOut(const QString &body)
{
    static const QRegularExpression instruction(
        QStringLiteral("\\b(reply|text|send)\\s+\"?(STOP|STOPALL|UNSUBSCRIBE|OPTOUT)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return instruction.match(body).hasMatch();
}

QString optOutWordIn(const QString &body)
{
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z]+\\b"));
    auto it = words.globalMatch(body);
    while (it.hasNext()) {
        const QString word = it.next().captured(0).toUpper();
        if (optOutWords().contains(word))
            return word;
    }
    return {};
}

} // namespace cd::OptOutKeywords

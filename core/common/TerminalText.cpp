#include "core/common/TerminalText.h"

namespace cd {

namespace {

// Reorders what follows on screen without being seen (the "Trojan Source" characters).
bool isBidiControl(char16_t u)
{
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

QString codePoint(char16_t u)
{
    return QStringLiteral("<U+%1>").arg(QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

} // namespace

QString TerminalText::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t u = ch.unicode();
        if (u < 0x20) {
            out += QChar(char16_t(0x2400 + u));
        } else if (u == 0x7F) {
            out += QChar(char16_t(0x2421));
        } else if ((u >= 0x80 && u <= 0x9F) || isBidiControl(u)) {
            out += codePoint(u);
        } else if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(++i);
        } else if (ch.isSurrogate()) {
            out += codePoint(u);
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace cd

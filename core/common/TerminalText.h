#pragma once

#include <QString>

namespace cd {

// Text from patients and from files (message bodies, names, CSV cells) made safe for a terminal: every control
// character becomes a visible symbol, so an escape sequence in a patient's text can never reach IT's terminal
// (recolouring, retitling, rewriting the screen, or hiding what it prints).
class TerminalText
{
public:
    // C0 controls as their Unicode Control Pictures (␛ for ESC, ␊ for a line feed, ␍, ␉ ...), DEL as ␡, C1
    // controls, bidirectional overrides and lone surrogates as <U+XXXX>. Everything else is kept as it is.
    static QString visible(const QString &text);
};

} // namespace cd

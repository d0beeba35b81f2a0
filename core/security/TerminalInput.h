#pragma once

#include <QString>

namespace cd::TerminalInput {

bool stdinIsTerminal();
// One line from standard input. When it is a terminal, `prompt` goes to stderr and the typed text is not echoed
// (a PIN or secret must not stay on screen or in a scrollback). Empty optional-like: ok=false at end of input.
QString readSecretLine(const QString &prompt, bool *ok);

} // namespace cd::TerminalInput

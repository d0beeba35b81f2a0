#pragma once

#include <QString>
#include <QStringList>

namespace cd::TerminalInput {

bool stdinIsTerminal();
// One line from standard input. When it is a terminal, `prompt` goes to stderr and the typed text is not echoed
// (a PIN or secret must not stay on screen or in a scrollback). Empty optional-like: ok=false at end of input.
QString readSecretLine(const QString &prompt, bool *ok);
// Lines until an empty line or the end of input, echo off once for all of them (so pasted lines are not flushed
// between two reads). At a terminal, `prompt` goes to stderr first and each line read is acknowledged by its number.
QStringList readSecretLines(const QString &prompt);

} // namespace cd::TerminalInput

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <sys/types.h>

namespace cd::test {

// A program run on a real pseudo-terminal: what someone at a terminal sees while typing into it (Linux and macOS).
class PseudoTerminal
{
public:
    PseudoTerminal() = default;
    ~PseudoTerminal(); // a program still running is killed
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool start(const QString &program, const QStringList &args, const QProcessEnvironment &environment);
    // Reads what the program prints until `text` is on the screen; false after `ms` without it.
    bool waitFor(const QByteArray &text, int ms = 30000);
    void type(const QByteArray &line); // the line and Enter
    // The exit code once the program has ended; -1 if it did not end within `ms` (it is killed then).
    int finish(int ms = 60000);
    QByteArray screen() const { return m_screen; }

private:
    void readFor(int ms);
    pid_t m_child = -1;
    int m_terminal = -1;
    QByteArray m_screen;
};

} // namespace cd::test

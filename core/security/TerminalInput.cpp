#include "core/security/TerminalInput.h"

#include <QTextStream>

#include <cstdio>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cd::TerminalInput {

namespace {

// Echo off for as long as it lives, restored even when reading fails.
class NoEcho
{
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            struct termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            // TCSANOW, not TCSAFLUSH: what was already typed ahead (the next line of a paste) must not be dropped.
            m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    struct termios m_saved
    {
    };
#endif
};

bool readLine(std::string &line)
{
    line.clear();
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            return true;
        line.push_back(static_cast<char>(c));
    }
    return any;
}

} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

QString readSecretLine(const QString &prompt, bool *ok)
{
    std::string line;
    bool got = false;
    if (stdinIsTerminal()) {
        QTextStream err(stderr);
        {
            NoEcho quiet; // before the prompt: whoever starts typing when it appears is never echoed
            err << prompt << Qt::flush;
            got = readLine(line);
        }
        err << Qt::endl; // the Enter was not echoed either
    } else {
        got = readLine(line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (ok)
        *ok = got;
    return QString::fromStdString(line);
}

QStringList readSecretLines(const QString &prompt)
{
    QStringList lines;
    const bool terminal = stdinIsTerminal();
    QTextStream err(stderr);
    std::optional<NoEcho> quiet;
    if (terminal) {
        quiet.emplace(); // before the prompt: whoever starts typing when it appears is never echoed
        err << prompt << Qt::endl;
    }
    std::string line;
    while (readLine(line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (terminal && line.empty())
            break;
        lines << QString::fromStdString(line);
        if (terminal) // the text and its Enter were not echoed: say that the line arrived, never what it said
            err << QStringLiteral("(%1)").arg(lines.size()) << Qt::endl;
    }
    return lines;
}

} // namespace cd::TerminalInput

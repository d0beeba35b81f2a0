#include "tests/support/PseudoTerminal.h"

#include <QDeadlineTimer>

#include <csignal>
#include <pty.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace cd::test {

PseudoTerminal::~PseudoTerminal()
{
    if (m_child > 0) {
        ::kill(m_child, SIGKILL);
        ::waitpid(m_child, nullptr, 0);
    }
    if (m_terminal >= 0)
        ::close(m_terminal);
}

bool PseudoTerminal::start(const QString &program, const QStringList &args, const QProcessEnvironment &environment)
{
    // Everything the child needs is prepared before fork(): after it, only exec.
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    const qsizetype argc = storage.size();
    for (const QString &entry : environment.toStringList())
        storage.push_back(entry.toLocal8Bit());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (qsizetype i = 0; i < qsizetype(storage.size()); ++i)
        (i < argc ? argv : envp).push_back(storage[size_t(i)].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    m_child = ::forkpty(&m_terminal, nullptr, nullptr, nullptr);
    if (m_child == 0) {
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    return m_child > 0;
}

void PseudoTerminal::readFor(int ms)
{
    for (QDeadlineTimer deadline(ms); !deadline.hasExpired();) {
        fd_set set;
        FD_ZERO(&set);
        FD_SET(m_terminal, &set);
        timeval wait{0, 100000};
        if (::select(m_terminal + 1, &set, nullptr, nullptr, &wait) > 0) {
            char buffer[512];
            const ssize_t n = ::read(m_terminal, buffer, sizeof buffer);
            if (n <= 0)
                return;
            m_screen.append(buffer, n);
        }
    }
}

bool PseudoTerminal::waitFor(const QByteArray &text, int ms)
{
    for (QDeadlineTimer deadline(ms); !m_screen.contains(text) && !deadline.hasExpired();)
        readFor(100);
    return m_screen.contains(text);
}

void PseudoTerminal::type(const QByteArray &line)
{
    const QByteArray typed = line + '\n';
    (void)!::write(m_terminal, typed.constData(), size_t(typed.size()));
}

int PseudoTerminal::finish(int ms)
{
    int status = 0;
    pid_t ended = 0;
    for (QDeadlineTimer deadline(ms); ended == 0 && !deadline.hasExpired();) {
        ended = ::waitpid(m_child, &status, WNOHANG);
        if (ended == 0)
            readFor(100);
    }
    readFor(100); // what it printed last
    if (ended != m_child) {
        ::kill(m_child, SIGKILL);
        ::waitpid(m_child, nullptr, 0);
    }
    m_child = -1;
    return ended > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace cd::test

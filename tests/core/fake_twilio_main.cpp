// fake-twilio: the loopback FakeTwilioServer as a stand-alone program, for trying clinicdesk-cli / the GUI by hand
// without a Twilio account. Messages it accepts move queued -> sent (1 s) -> delivered (3 s). Commands on stdin:
//   inbound FROM TEXT...    a patient texts the clinic number (e.g. "inbound +14155550123 STOP")
//   status SID STATUS       set a message's status (e.g. "status SM... undelivered")
//   optout NUMBER           sends to NUMBER now fail with 21610
//   list                    print the messages it holds
//   quit
#include "tests/support/FakeTwilioServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using cd::test::FakeTwilioServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString account = option(QStringLiteral("--account"), QStringLiteral("AC") + QString(32, QLatin1Char('1')));
    const QString token = option(QStringLiteral("--token"), QStringLiteral("fake-token"));
    const QString number = option(QStringLiteral("--number"), QStringLiteral("+14155550100"));
    const bool autoDeliver = !args.contains(QStringLiteral("--no-auto"));

    FakeTwilioServer server;
    server.setAccount(account, token);
    server.addIncomingNumber(number);
    if (!server.start()) {
        std::fprintf(stderr, "fake-twilio: cannot listen on 127.0.0.1\n");
        return 1;
    }
    QTextStream out(stdout);
    out << "fake-twilio listening on " << server.baseUrl() << "\n"
        << "export CLINICDESK_TWILIO_BASE_URL=" << server.baseUrl() << " TWILIO_ACCOUNT_SID=" << account
        << " TWILIO_AUTH_TOKEN=" << token << " TWILIO_PHONE_NUMBER=" << number << Qt::endl;

    // Simulated carrier: what Twilio accepted is sent after 1 s and delivered after 3 s.
    QHash<QString, QElapsedTimer> firstSeen;
    QTimer carrier;
    QObject::connect(&carrier, &QTimer::timeout, &server, [&] {
        for (const QJsonObject &m : server.messages()) {
            const QString sid = m.value(QStringLiteral("sid")).toString();
            const QString status = m.value(QStringLiteral("status")).toString();
            if (m.value(QStringLiteral("direction")).toString() == QLatin1String("inbound"))
                continue;
            if (!firstSeen.contains(sid))
                firstSeen[sid].start();
            const qint64 age = firstSeen[sid].elapsed();
            if ((status == QLatin1String("queued") || status == QLatin1String("accepted")) && age >= 1000)
                server.setStatus(sid, QStringLiteral("sent"));
            else if (status == QLatin1String("sent") && age >= 3000)
                server.setStatus(sid, QStringLiteral("delivered"));
        }
    });
    if (autoDeliver)
        carrier.start(250);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    auto handle = [&](const QString &line) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        if (command == QLatin1String("inbound") && words.size() >= 3) {
            out << "inbound " << server.injectInbound(words.at(1), number, words.mid(2).join(QLatin1Char(' ')))
                << Qt::endl;
        } else if (command == QLatin1String("status") && words.size() == 3) {
            out << (server.setStatus(words.at(1), words.at(2)) ? "ok" : "no such message") << Qt::endl;
        } else if (command == QLatin1String("optout") && words.size() == 2) {
            server.addOptedOut(words.at(1));
            out << "ok" << Qt::endl;
        } else if (command == QLatin1String("list")) {
            for (const QJsonObject &m : server.messages())
                out << m.value(QStringLiteral("sid")).toString() << ' ' << m.value(QStringLiteral("status")).toString()
                    << ' ' << m.value(QStringLiteral("from")).toString() << " -> "
                    << m.value(QStringLiteral("to")).toString() << ": " << m.value(QStringLiteral("body")).toString()
                    << Qt::endl;
            out << "creates received: " << server.createCount() << Qt::endl;
        } else if (command == QLatin1String("quit")) {
            app.quit();
        } else if (!command.isEmpty()) {
            out << "commands: inbound FROM TEXT | status SID STATUS | optout NUMBER | list | quit" << Qt::endl;
        }
    };
    // Raw reads: every complete line is handled, however the writes were split or joined.
    QObject::connect(&input, &QSocketNotifier::activated, &server, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false); // stdin closed: keep serving until killed
            return;
        }
        pending.append(buffer, got);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            handle(QString::fromUtf8(pending.left(newline)).trimmed());
            pending.remove(0, newline + 1);
        }
    });
    return app.exec();
}

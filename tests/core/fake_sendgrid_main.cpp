// fake-sendgrid: the loopback SendGrid stand-in as a stand-alone program, for trying intake e-mail by hand with
// clinicdesk-cli or the GUI. Commands on stdin:
//   fail 401|403|413|429|500|drop   the next mail fails that way
//   list                            print the mails it received
//   quit
#include "tests/support/FakeSendGridServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using cd::test::FakeSendGridServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakeSendGridServer server;
    server.setApiKey(QStringLiteral("SG.fake.key"));
    if (!server.start()) {
        std::fprintf(stderr, "fake-sendgrid: cannot listen on 127.0.0.1\n");
        return 1;
    }
    QTextStream out(stdout);
    out << "fake-sendgrid listening on " << server.baseUrl() << "\n"
        << "export CLINICDESK_SENDGRID_BASE_URL=" << server.baseUrl()
        << " SENDGRID_API_KEY=SG.fake.key SENDGRID_FROM=desk@clinic.example" << Qt::endl;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof(buffer) - 1);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        const QStringList words = QString::fromUtf8(buffer, n).simplified().split(QLatin1Char(' '));
        const QString command = words.value(0);
        using Fault = FakeSendGridServer::Fault;
        if (command == QLatin1String("quit")) {
            app.quit();
        } else if (command == QLatin1String("list")) {
            for (const auto &mail : server.requests())
                out << (mail.messageId.isEmpty() ? QStringLiteral("refused") : mail.messageId) << ' '
                    << QString::fromUtf8(QJsonDocument(mail.body).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else if (command == QLatin1String("fail")) {
            const QString how = words.value(1);
            const Fault fault = how == QLatin1String("401")   ? Fault::Unauthorized
                                : how == QLatin1String("403") ? Fault::Forbidden
                                : how == QLatin1String("413") ? Fault::TooLarge
                                : how == QLatin1String("429") ? Fault::RateLimited
                                : how == QLatin1String("500") ? Fault::ServerError
                                                              : Fault::DropAfterAccept;
            server.failNext(fault, 1, QDateTime::currentSecsSinceEpoch() + 60);
            out << "next mail fails: " << how << Qt::endl;
        }
    });
    return app.exec();
}

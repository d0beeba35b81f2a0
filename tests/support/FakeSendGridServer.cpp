#include "tests/support/FakeSendGridServer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace cd::test {

namespace {

QString shapeProblem(const QJsonObject &body)
{
    const QJsonArray personalizations = body.value(QStringLiteral("personalizations")).toArray();
    if (personalizations.isEmpty())
        return QStringLiteral("personalizations missing");
    const QJsonArray to = personalizations.at(0).toObject().value(QStringLiteral("to")).toArray();
    if (to.isEmpty() || !to.at(0).toObject().value(QStringLiteral("email")).toString().contains(QLatin1Char('@')))
        return QStringLiteral("personalizations[0].to[0].email missing");
    if (!body.value(QStringLiteral("from"))
             .toObject()
             .value(QStringLiteral("email"))
             .toString()
             .contains(QLatin1Char('@')))
        return QStringLiteral("from.email missing");
    if (body.value(QStringLiteral("subject")).toString().isEmpty())
        return QStringLiteral("subject missing");
    const QJsonArray content = body.value(QStringLiteral("content")).toArray();
    if (content.size() != 2 ||
        content.at(0).toObject().value(QStringLiteral("type")).toString() != QLatin1String("text/plain") ||
        content.at(1).toObject().value(QStringLiteral("type")).toString() != QLatin1String("text/html"))
        return QStringLiteral("content must be text/plain then text/html");
    for (const QJsonValue &part : content)
        if (part.toObject().value(QStringLiteral("value")).toString().isEmpty())
            return QStringLiteral("content value empty");
    return {};
}

QByteArray errorBody(const QString &message, const QString &field = {})
{
    QJsonObject error{{QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}).toJson(QJsonDocument::Compact);
}

} // namespace

FakeSendGridServer::FakeSendGridServer(QObject *parent) : QObject(parent)
{
}

FakeSendGridServer::~FakeSendGridServer()
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_io,
            [this] {
                const auto sockets = m_buffers.keys();
                for (QTcpSocket *socket : sockets)
                    socket->abort();
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_io;
        delete m_thread;
    }
}

bool FakeSendGridServer::start()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeSendGridServer"));
    m_io = new QObject;
    m_io->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_io,
        [this, &ok] {
            QMutexLocker lock(&m_mutex);
            m_server = new QTcpServer;
            connect(m_server, &QTcpServer::newConnection, m_io, [this] { onNewConnection(); });
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString FakeSendGridServer::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeSendGridServer::setApiKey(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_apiKey = key;
}

void FakeSendGridServer::failNext(Fault fault, int count, qint64 rateLimitReset)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i)
        m_faults.append({fault, rateLimitReset});
}

QList<FakeSendGridServer::Mail> FakeSendGridServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeSendGridServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

int FakeSendGridServer::acceptedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_accepted;
}

void FakeSendGridServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, m_io, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, m_io, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSendGridServer::answer(QTcpSocket *socket, int status, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
    socket->flush();
}

void FakeSendGridServer::onReadyRead(QTcpSocket *socket)
{
    QMutexLocker lock(&m_mutex);
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    QHash<QByteArray, QByteArray> headers;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    if (requestLine.value(0) == "GET" && requestLine.value(1) == "/v3/scopes") {
        if (headers.value("authorization") != "Bearer " + m_apiKey.toUtf8())
            answer(socket, 401, errorBody(QStringLiteral("authorization required")), {});
        else
            answer(socket, 200, R"({"scopes":["mail.send","user.profile.read"]})", {});
        return;
    }
    if (requestLine.value(0) != "POST" || requestLine.value(1) != "/v3/mail/send") {
        answer(socket, 404, errorBody(QStringLiteral("not found")), {});
        return;
    }
    Mail mail;
    mail.authorization = headers.value("authorization");
    mail.body = QJsonDocument::fromJson(body).object();
    mail.shapeProblem = headers.value("content-type").startsWith("application/json") ? shapeProblem(mail.body)
                                                                                     : QStringLiteral("not JSON");
    const auto fault = m_faults.isEmpty() ? qMakePair(Fault::None, qint64(0)) : m_faults.takeFirst();
    const auto record = [this, &mail] { m_requests.append(mail); };

    if (mail.authorization != "Bearer " + m_apiKey.toUtf8() || fault.first == Fault::Unauthorized) {
        record();
        answer(socket, 401,
               errorBody(QStringLiteral("The provided authorization grant is invalid, expired, or "
                                        "revoked")),
               {});
        return;
    }
    if (!mail.shapeProblem.isEmpty()) {
        record();
        answer(socket, 400, errorBody(mail.shapeProblem, QStringLiteral("content")), {});
        return;
    }
    switch (fault.first) {
    case Fault::Forbidden:
        record();
        answer(socket, 403,
               errorBody(QStringLiteral("The from address does not match a verified Sender Identity."),
                         QStringLiteral("from")),
               {});
        return;
    case Fault::TooLarge:
        record();
        answer(socket, 413, errorBody(QStringLiteral("Payload too large")), {});
        return;
    case Fault::RateLimited:
        record();
        answer(socket, 429, errorBody(QStringLiteral("too many requests")),
               {{"X-RateLimit-Limit", "600"},
                {"X-RateLimit-Remaining", "0"},
                {"X-RateLimit-Reset", QByteArray::number(fault.second)}});
        return;
    case Fault::ServerError:
        record();
        answer(socket, 500, errorBody(QStringLiteral("internal error")), {});
        return;
    default:
        break;
    }
    mail.messageId = QStringLiteral("sg-%1").arg(m_accepted + 1);
    ++m_accepted;
    record();
    if (fault.first == Fault::DropAfterAccept) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    answer(socket, 202, QByteArray(), {{"X-Message-Id", mail.messageId.toUtf8()}});
}

} // namespace cd::test

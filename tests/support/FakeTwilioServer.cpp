#include "tests/support/FakeTwilioServer.h"

#include "core/common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace cd::test {

namespace {

const QString kApiPrefix = QStringLiteral("/2010-04-01/Accounts/");

// Twilio's wire format for dates: RFC 2822 with a weekday, always GMT.
QJsonValue rfc2822(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
}

QList<QPair<QString, QString>> decodePairs(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
    const QList<QByteArray> parts = encoded.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return out;
}

QString valueOf(const QList<QPair<QString, QString>> &pairs, const QString &key)
{
    for (const auto &pair : pairs) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

QByteArray encodePairs(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Internal bookkeeping fields in a stored message start with '_' and never go on the wire.
QJsonObject publicView(const QJsonObject &stored)
{
    QJsonObject out;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')))
            out.insert(it.key(), it.value());
    }
    return out;
}

QDateTime storedTime(const QJsonObject &message, const QString &key)
{
    const QJsonValue value = message.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

int roughSegments(const QString &body)
{
    if (body.isEmpty())
        return 1;
    return body.size() <= 160 ? 1 : int((body.size() + 152) / 153);
}

} // namespace

QString FakeTwilioServer::Request::queryValue(const QString &key) const
{
    return valueOf(query, key);
}

QString FakeTwilioServer::Request::formValue(const QString &key) const
{
    return valueOf(form, key);
}

bool FakeTwilioServer::Request::hasForm(const QString &key) const
{
    return std::any_of(form.begin(), form.end(), [&](const auto &pair) { return pair.first == key; });
}

FakeTwilioServer::FakeTwilioServer(QObject *parent) : QObject(parent), m_io(this)
{
    setAccount(QStringLiteral("AC") + QString(32, QLatin1Char('a')), QStringLiteral("fake-auth-token"),
               QStringLiteral("Test Clinic"));
}

FakeTwilioServer::~FakeTwilioServer()
{
    stop();
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_io, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        connect(m_thread, &QThread::finished, m_io, &QObject::deleteLater);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool FakeTwilioServer::start(const QString &host)
{
    QMutexLocker lock(&m_mutex);
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FakeTwilioServer::onNewConnection);
    }
    if (!m_server->listen(QHostAddress(host), 0))
        return false;
    m_listenAddress = m_server->serverAddress().toString();
    m_port = m_server->serverPort();
    return true;
}

bool FakeTwilioServer::startInBackground(const QString &host)
{
    if (m_server)
        return false; // already serving
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeTwilioServer"));
    m_io = new QObject;
    m_io->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_io,
        [this, host, &ok] {
            QMutexLocker lock(&m_mutex);
            m_server = new QTcpServer;
            connect(m_server, &QTcpServer::newConnection, m_io, [this] { onNewConnection(); });
            ok = m_server->listen(QHostAddress(host), 0);
            m_listenAddress = m_server->serverAddress().toString();
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void FakeTwilioServer::stop()
{
    auto closeAll = [this] {
        QMutexLocker lock(&m_mutex);
        if (m_server)
            m_server->close();
        const auto sockets = m_buffers.keys();
        m_buffers.clear();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    };
    if (m_thread && m_thread->isRunning())
        QMetaObject::invokeMethod(m_io, closeAll, Qt::BlockingQueuedConnection);
    else
        closeAll();
}

quint16 FakeTwilioServer::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

QString FakeTwilioServer::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("http://%1:%2").arg(m_listenAddress).arg(m_port);
}

QString FakeTwilioServer::accountSid() const
{
    QMutexLocker lock(&m_mutex);
    return m_accountSid;
}

QList<FakeTwilioServer::Request> FakeTwilioServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeTwilioServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

void FakeTwilioServer::clearRequestLog()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

int FakeTwilioServer::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void FakeTwilioServer::setAccount(const QString &accountSid, const QString &authToken, const QString &friendlyName)
{
    QMutexLocker lock(&m_mutex);
    m_accountSid = accountSid;
    m_authToken = authToken;
    m_friendlyName = friendlyName.isEmpty() ? QStringLiteral("Test Clinic") : friendlyName;
}

void FakeTwilioServer::setAccountStatus(const QString &status)
{
    QMutexLocker lock(&m_mutex);
    m_accountStatus = status;
}

void FakeTwilioServer::setApiKey(const QString &apiKeySid, const QString &apiKeySecret)
{
    QMutexLocker lock(&m_mutex);
    m_apiKeySid = apiKeySid;
    m_apiKeySecret = apiKeySecret;
}

void FakeTwilioServer::addIncomingNumber(const QString &e164, bool smsCapable)
{
    QMutexLocker lock(&m_mutex);
    m_incomingNumbers.insert(e164, smsCapable);
}

void FakeTwilioServer::addOptedOut(const QString &e164)
{
    QMutexLocker lock(&m_mutex);
    m_optedOut.insert(e164);
}

QString FakeTwilioServer::injectInbound(const QString &from, const QString &to, const QString &body,
                                        const QDateTime &dateSentUtc, int numMedia)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime when = dateSentUtc.isValid() ? dateSentUtc.toUTC() : serverNow();
    QJsonObject message{
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("body"), body},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("direction"), QStringLiteral("inbound")},
        {QStringLiteral("num_media"), QString::number(numMedia)},
        {QStringLiteral("num_segments"), QString::number(roughSegments(body))},
        {QStringLiteral("_created"), double(when.toMSecsSinceEpoch())},
        {QStringLiteral("_sent"), double(when.toMSecsSinceEpoch())},
    };
    return injectMessage(message);
}

QString FakeTwilioServer::injectMessage(QJsonObject message)
{
    QMutexLocker lock(&m_mutex);
    const bool generatedSid = message.value(QStringLiteral("sid")).toString().isEmpty();
    if (generatedSid)
        message.insert(QStringLiteral("sid"), newSid(QStringLiteral("SM")));
    const QString sid = message.value(QStringLiteral("sid")).toString();
    const QDateTime now = serverNow();
    if (!message.contains(QStringLiteral("_created")))
        message.insert(QStringLiteral("_created"), double(now.toMSecsSinceEpoch()));
    const QDateTime created = storedTime(message, QStringLiteral("_created"));
    const QDateTime sent = storedTime(message, QStringLiteral("_sent"));
    const QString defaults[][2] = {
        {QStringLiteral("account_sid"), m_accountSid},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("uri"), accountPath() + QStringLiteral("/Messages/") + sid + QStringLiteral(".json")},
    };
    for (const auto &pair : defaults) {
        if (!message.contains(pair[0]))
            message.insert(pair[0], pair[1]);
    }
    for (const QString &nullable : {QStringLiteral("error_code"), QStringLiteral("error_message"),
                                    QStringLiteral("price"), QStringLiteral("messaging_service_sid")}) {
        if (!message.contains(nullable))
            message.insert(nullable, QJsonValue::Null);
    }
    if (!message.contains(QStringLiteral("num_media")))
        message.insert(QStringLiteral("num_media"), QStringLiteral("0"));
    message.insert(QStringLiteral("date_created"), rfc2822(created));
    message.insert(QStringLiteral("date_updated"), rfc2822(now));
    message.insert(QStringLiteral("date_sent"), rfc2822(sent));
    message.insert(QStringLiteral("subresource_uris"),
                   QJsonObject{{QStringLiteral("media"), QString(accountPath() + QStringLiteral("/Messages/") + sid +
                                                                 QStringLiteral("/Media.json"))}});
    // A generated sid is new by construction: skipping the search keeps a 10,000-message history fast to build.
    if (!generatedSid) {
        m_messages.erase(std::remove_if(m_messages.begin(), m_messages.end(),
                                        [&](const QJsonObject &m) { return m.value(QStringLiteral("sid")) == sid; }),
                         m_messages.end());
    }
    m_messages.append(message);
    return sid;
}

bool FakeTwilioServer::setStatus(const QString &sid, const QString &status, std::optional<int> errorCode)
{
    QMutexLocker lock(&m_mutex);
    for (QJsonObject &message : m_messages) {
        if (message.value(QStringLiteral("sid")).toString() != sid)
            continue;
        message.insert(QStringLiteral("status"), status);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        message.insert(QStringLiteral("date_updated"), rfc2822(now));
        static const QStringList sentStates = {QStringLiteral("sent"), QStringLiteral("delivered"),
                                               QStringLiteral("undelivered"), QStringLiteral("read")};
        if (sentStates.contains(status) && !message.contains(QStringLiteral("_sent"))) {
            message.insert(QStringLiteral("_sent"), double(now.toMSecsSinceEpoch()));
            message.insert(QStringLiteral("date_sent"), rfc2822(now));
            message.insert(QStringLiteral("price"), QStringLiteral("-0.00790"));
        }
        if (errorCode) {
            message.insert(QStringLiteral("error_code"), *errorCode);
            message.insert(QStringLiteral("error_message"), QStringLiteral("Fake error %1").arg(*errorCode));
        }
        return true;
    }
    return false;
}

QString FakeTwilioServer::injectMms(const QString &from, const QString &to, const QString &body,
                                   const QString &contentType, const QByteArray &content, const QString &redirectTo)
{
    QMutexLocker lock(&m_mutex);
    const QString sid = injectInbound(from, to, body, {}, 1);
    addMedia(sid, contentType, content, redirectTo);
    return sid;
}

void FakeTwilioServer::addServiceNumber(const QString &serviceSid, const QString &e164)
{
    QMutexLocker lock(&m_mutex);
    m_serviceNumbers[serviceSid].append(e164);
}

FakeTwilioServer::Response FakeTwilioServer::serviceNumbers(const QString &serviceSid)
{
    if (!m_serviceNumbers.contains(serviceSid))
        return error(404, 20404, QStringLiteral("The requested resource was not found"));
    QJsonArray items;
    for (const QString &number : m_serviceNumbers.value(serviceSid))
        items.append(QJsonObject{{QStringLiteral("sid"), QString(QStringLiteral("PN") + QString(32, QLatin1Char('0')))},
                                 {QStringLiteral("account_sid"), m_accountSid},
                                 {QStringLiteral("service_sid"), serviceSid},
                                 {QStringLiteral("phone_number"), number},
                                 {QStringLiteral("country_code"), QStringLiteral("US")},
                                 {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("SMS")}}});
    const QString url = baseUrl() + QStringLiteral("/v1/Services/%1/PhoneNumbers?PageSize=1000&Page=0").arg(serviceSid);
    Response response;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("phone_numbers"), items},
                                              {QStringLiteral("meta"),
                                               QJsonObject{{QStringLiteral("page"), 0},
                                                           {QStringLiteral("page_size"), 1000},
                                                           {QStringLiteral("first_page_url"), url},
                                                           {QStringLiteral("previous_page_url"), QJsonValue::Null},
                                                           {QStringLiteral("url"), url},
                                                           {QStringLiteral("next_page_url"), QJsonValue::Null},
                                                           {QStringLiteral("key"), QStringLiteral("phone_numbers")}}}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

QByteArray FakeTwilioServer::samplePng()
{
    // 240x160: a blue sky, a yellow sun, green grass (no QtGui in the test support library).
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAPAAAACgCAIAAAC9uXYyAAAB4klEQVR42u3dMRHCQBRF0ehBAwooIggpKKHFEgrSIIDy790zcw3s"
        "mzOpkuxxe76lTIcJBLQEtAS0BLSAloCWgJaAloAW0BLQEtAS0BLQAloCWgJaAloCWkBLQGuhvp8TaK1q9/+AVsFxQDbQKKdYA41y"
        "ijXQNKdMA41yijXQNKdMA01zyjTQNKdMA01zyjTQNKdMAw000KJ5qmmgaU6ZBhpooEXzVNNAAw20aJ5qGmiggRbQQCuveYJpoIEG"
        "WkADLaCBFtBAAw20gAZaNI8zDTTTntACGmgBDbSABhpooAU00AIaaHkfGmgBDTTQQItpX30LaKBVMz1kGaCBBlpM+/uoqqZHbQI0"
        "0ECLaXesqGd64BpAM+2eQm1veuwOQDPtrm/tynr+8YFmuqMZaKw7lIHGOkUZaLI7joHWT3nsREALaAloCWgJaAEtAS0BLQEtAS2g"
        "JaAloCWgJaAFtAS0BLQEtAS0gJaAloCWgJaAFtAS0BLQEtAS0AJaWgH0/fWQMgEtoCWgJaAloAW0BLQEtAS0BLSAloCWgJaAloAW"
        "0BLQEtAS0BLQAloCWgJaAloCWkBLQEtAS0BLQAtoCWgJaAloCWgBLQEtAS0BLaCtIKAloCWgJaAFtAS0BLQEtAS0tusCDDIkM33x"
        "ZvIAAAAASUVORK5CYII=");
}

QString FakeTwilioServer::addMedia(const QString &messageSid, const QString &contentType, const QByteArray &content,
                                   const QString &redirectTo)
{
    QMutexLocker lock(&m_mutex);
    Media media{newSid(QStringLiteral("ME")), messageSid, contentType, content, redirectTo, serverNow()};
    m_media.append(media);
    return media.sid;
}

QJsonObject FakeTwilioServer::message(const QString &sid) const
{
    QMutexLocker lock(&m_mutex);
    for (const QJsonObject &message : m_messages) {
        if (message.value(QStringLiteral("sid")).toString() == sid)
            return publicView(message);
    }
    return {};
}

QList<QJsonObject> FakeTwilioServer::messages() const
{
    QMutexLocker lock(&m_mutex);
    QList<QJsonObject> sorted = m_messages;
    // Newest first, like Twilio; stable so same-millisecond creates keep reverse insertion order.
    std::reverse(sorted.begin(), sorted.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("_created")).toDouble() > b.value(QStringLiteral("_created")).toDouble();
    });
    QList<QJsonObject> out;
    for (const QJsonObject &message : sorted)
        out.append(publicView(message));
    return out;
}

void FakeTwilioServer::clearMessages()
{
    QMutexLocker lock(&m_mutex);
    m_messages.clear();
    m_media.clear();
}

void FakeTwilioServer::enqueueFault(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FakeTwilioServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FakeTwilioServer::failNext(const QByteArray &method, const QString &pathSuffix, int httpStatus, int twilioCode,
                                const QString &message)
{
    QMutexLocker lock(&m_mutex);
    Fault fault;
    fault.method = method;
    fault.pathSuffix = pathSuffix;
    fault.status = httpStatus;
    fault.body = error(httpStatus, twilioCode, message.isEmpty() ? QStringLiteral("Fake error") : message).body;
    if (httpStatus == 401)
        fault.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")));
    m_faults.append(fault);
}

int FakeTwilioServer::requestCount(const QByteArray &method, const QString &pathSuffix) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_requests.begin(), m_requests.end(), [&](const Request &r) {
        return r.method == method && (pathSuffix.isEmpty() || r.path.endsWith(pathSuffix));
    }));
}

int FakeTwilioServer::createCount() const
{
    QMutexLocker lock(&m_mutex);
    return requestCount("POST", QStringLiteral("/Messages.json"));
}

void FakeTwilioServer::setStaticResource(const QString &path, const QByteArray &contentType, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_static.insert(path, {contentType, body});
}

void FakeTwilioServer::onNewConnection()
{
    QMutexLocker lock(&m_mutex);
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, m_io, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, m_io, [this, socket] {
            QMutexLocker socketLock(&m_mutex);
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeTwilioServer::onReadyRead(QTcpSocket *socket)
{
    QMutexLocker lock(&m_mutex);
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const qsizetype question = request.target.indexOf('?');
        request.path = QUrl::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
        if (question >= 0)
            request.query = decodePairs(request.target.mid(question + 1));
        if (request.header("content-type").startsWith("application/x-www-form-urlencoded"))
            request.form = decodePairs(request.body);
        m_requests.append(request);
        emit requestReceived(request.method, request.path);
        handle(socket, request);
        if (!m_buffers.contains(socket))
            return; // the fault closed it
    }
}

std::optional<FakeTwilioServer::Fault> FakeTwilioServer::takeFault(const Request &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const Fault &fault = m_faults.at(i);
        if (!fault.method.isEmpty() && fault.method != request.method)
            continue;
        if (!fault.pathSuffix.isEmpty() && !request.path.endsWith(fault.pathSuffix))
            continue;
        if (!fault.queryContains.isEmpty() && !QUrl::fromPercentEncoding(request.target).contains(fault.queryContains))
            continue;
        if (fault.repeat)
            return fault;
        return m_faults.takeAt(i);
    }
    return std::nullopt;
}

void FakeTwilioServer::handle(QTcpSocket *socket, const Request &request)
{
    const std::optional<Fault> fault = takeFault(request);
    if (!fault) {
        write(socket, route(request));
        return;
    }
    std::optional<Response> response;
    if (fault->process)
        response = route(request);
    if (response && (fault->reorderList || fault->duplicateList))
        response = mangleList(*response, fault->reorderList, fault->duplicateList);
    if (fault->status != 0) {
        Response injected;
        injected.status = fault->status;
        injected.body = fault->body;
        injected.headers = fault->headers;
        const bool looksJson = fault->body.trimmed().startsWith('{') || fault->body.trimmed().startsWith('[');
        injected.contentType =
            looksJson ? QByteArray("application/json; charset=utf-8") : QByteArray("text/html; charset=utf-8");
        for (const auto &header : fault->headers) {
            if (header.first.toLower() == "content-type")
                injected.contentType = header.second;
        }
        response = injected;
    }
    QPointer<QTcpSocket> guard(socket);
    auto answer = [this, guard, request, chosen = *fault, response]() {
        QMutexLocker answerLock(&m_mutex);
        if (!guard)
            return;
        if (chosen.dropConnection || chosen.resetConnection) {
            m_buffers.remove(guard.data());
#ifdef Q_OS_UNIX
            if (chosen.resetConnection) {
                // SO_LINGER with a zero timeout makes close() send RST: what a crashing load balancer looks like.
                const struct linger hard = {1, 0};
                ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
            }
#endif
            guard->abort();
            return;
        }
        write(guard.data(), response ? *response : route(request));
    };
    if (fault->delayMs > 0) {
        QTimer::singleShot(fault->delayMs, m_io, answer);
    } else if (fault->dropConnection || fault->resetConnection) {
        // Let the request bytes be fully consumed first so the client sees a close, not a refused write.
        QTimer::singleShot(0, m_io, answer);
    } else {
        answer();
    }
}

FakeTwilioServer::Response FakeTwilioServer::mangleList(Response response, bool reorder, bool duplicate)
{
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonArray items = body.value(QStringLiteral("messages")).toArray();
    QJsonArray out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(reorder ? items.size() - 1 - i : i);
        out.append(item);
        if (duplicate)
            out.append(item);
    }
    body.insert(QStringLiteral("messages"), out);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QDateTime FakeTwilioServer::serverNow() const
{
    QMutexLocker lock(&m_mutex);
    return Clock::instance().nowUtc().addSecs(m_clockSkewSec);
}

void FakeTwilioServer::setClockSkewSec(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockSkewSec = seconds;
}

void FakeTwilioServer::setListDelaySec(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_listDelaySec = seconds;
}

QList<QJsonObject> FakeTwilioServer::storedSince(int index) const
{
    QMutexLocker lock(&m_mutex);
    QList<QJsonObject> out;
    for (qsizetype i = std::max(0, index); i < m_messages.size(); ++i)
        out.append(m_messages.at(i));
    return out;
}

int FakeTwilioServer::storedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_messages.size());
}

void FakeTwilioServer::write(QTcpSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    bool hasDate = false;
    for (const auto &header : response.headers) {
        if (header.first.toLower() == "content-type")
            hasContentType = true;
        if (header.first.toLower() == "date")
            hasDate = true; // a fault that brings its own date (one Date header, as HTTP wants)
        out += header.first + ": " + header.second + "\r\n";
    }
    // Twilio's clock, as every real answer carries it (the desk measures its own clock's offset from it).
    if (!hasDate)
        out += "Date: " +
               QLocale::c().toString(serverNow(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() + "\r\n";
    if (!hasContentType && response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
    out += response.body;
    socket->write(out);
}

FakeTwilioServer::Response FakeTwilioServer::error(int httpStatus, int code, const QString &message)
{
    Response response;
    response.status = httpStatus;
    response.body = QJsonDocument(QJsonObject{
                                      {QStringLiteral("code"), code},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("more_info"),
                                       QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                                      {QStringLiteral("status"), httpStatus},
                                  })
                        .toJson(QJsonDocument::Compact);
    if (httpStatus == 401)
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")));
    return response;
}

QString FakeTwilioServer::newSid(const QString &prefix)
{
    return prefix + QStringLiteral("%1").arg(++m_sidCounter, 32, 16, QLatin1Char('0'));
}

QString FakeTwilioServer::accountPath() const
{
    return kApiPrefix + m_accountSid;
}

bool FakeTwilioServer::authorised(const Request &request, bool *usedApiKey) const
{
    *usedApiKey = false;
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if (user == m_accountSid && password == m_authToken && !m_authToken.isEmpty())
        return true;
    if (!m_apiKeySid.isEmpty() && user == m_apiKeySid && password == m_apiKeySecret) {
        *usedApiKey = true;
        return true;
    }
    return false;
}

FakeTwilioServer::Response FakeTwilioServer::route(const Request &request)
{
    if (m_static.contains(request.path)) {
        Response response;
        response.contentType = m_static.value(request.path).first;
        response.body = m_static.value(request.path).second;
        return response;
    }
    static const QRegularExpression serviceNumbersRe(QStringLiteral("^/v1/Services/(MG[0-9a-fA-F]{32})/PhoneNumbers$"));
    if (const auto match = serviceNumbersRe.match(request.path); match.hasMatch() && request.method == "GET") {
        bool apiKey = false;
        if (!authorised(request, &apiKey))
            return error(401, 20003, QStringLiteral("Authenticate"));
        return serviceNumbers(match.captured(1));
    }
    if (!request.path.startsWith(kApiPrefix))
        return error(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
    bool usedApiKey = false;
    if (!authorised(request, &usedApiKey))
        return error(401, 20003, QStringLiteral("Authenticate"));
    const QString rest = request.path.mid(kApiPrefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString account = slash < 0 ? rest : rest.left(slash);
    if (account == m_accountSid + QStringLiteral(".json")) {
        if (usedApiKey)
            return error(401, 20003, QStringLiteral("Authenticate")); // standard API keys cannot read this
        return this->account();
    }
    if (account != m_accountSid)
        return error(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
    const QString sub = rest.mid(slash); // "/Messages.json", "/Messages/SM...json", ...

    if (sub == QLatin1String("/Messages.json")) {
        if (request.method == "POST")
            return createMessage(request);
        if (request.method == "GET")
            return listMessages(request);
        return error(405, 20004, QStringLiteral("Method not allowed"));
    }
    if (sub == QLatin1String("/IncomingPhoneNumbers.json") && request.method == "GET")
        return incomingNumbers(request);

    static const QRegularExpression messageRe(QStringLiteral("^/Messages/([A-Za-z0-9]+)\\.json$"));
    static const QRegularExpression mediaListRe(QStringLiteral("^/Messages/([A-Za-z0-9]+)/Media\\.json$"));
    static const QRegularExpression mediaRe(
        QStringLiteral("^/Messages/([A-Za-z0-9]+)/Media/([A-Za-z0-9]+)(\\.json)?$"));
    if (const auto match = messageRe.match(sub); match.hasMatch()) {
        const QString sid = match.captured(1);
        if (message(sid).isEmpty())
            return error(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
        if (request.method == "GET") {
            Response response;
            response.body = QJsonDocument(message(sid)).toJson(QJsonDocument::Compact);
            return response;
        }
        if (request.method == "POST")
            return updateMessage(request, sid);
        if (request.method == "DELETE") {
            m_messages.erase(
                std::remove_if(m_messages.begin(), m_messages.end(),
                               [&](const QJsonObject &m) { return m.value(QStringLiteral("sid")) == sid; }),
                m_messages.end());
            Response response;
            response.status = 204;
            return response;
        }
        return error(405, 20004, QStringLiteral("Method not allowed"));
    }
    if (const auto match = mediaListRe.match(sub); match.hasMatch() && request.method == "GET")
        return listMedia(match.captured(1));
    if (const auto match = mediaRe.match(sub); match.hasMatch() && request.method == "GET") {
        if (match.captured(3).isEmpty())
            return mediaContent(match.captured(1), match.captured(2));
        for (const Media &media : std::as_const(m_media)) {
            if (media.sid == match.captured(2)) {
                Response response;
                response.body = QJsonDocument(QJsonObject{{QStringLiteral("sid"), media.sid},
                                                          {QStringLiteral("content_type"), media.contentType},
                                                          {QStringLiteral("parent_sid"), media.messageSid}})
                                    .toJson(QJsonDocument::Compact);
                return response;
            }
        }
    }
    return error(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
}

FakeTwilioServer::Response FakeTwilioServer::createMessage(const Request &request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return error(415, 19056, QStringLiteral("Unsupported media type: send application/x-www-form-urlencoded"));
    const QString to = request.formValue(QStringLiteral("To"));
    const QString from = request.formValue(QStringLiteral("From"));
    const QString service = request.formValue(QStringLiteral("MessagingServiceSid"));
    const QString body = request.formValue(QStringLiteral("Body"));
    if (to.isEmpty())
        return error(400, 21604, QStringLiteral("A 'To' phone number is required."));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(to).hasMatch())
        return error(400, 21211, QStringLiteral("Invalid 'To' Phone Number: %1").arg(to));
    if (from.isEmpty() && service.isEmpty())
        return error(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (body.isEmpty() && !request.hasForm(QStringLiteral("MediaUrl")))
        return error(400, 21602, QStringLiteral("Message body is required."));
    if (body.size() > 1600)
        return error(400, 21617, QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    if (!from.isEmpty() && !m_incomingNumbers.isEmpty() && !m_incomingNumbers.value(from, false))
        return error(400, 21606,
                     QStringLiteral("The 'From' phone number provided is not a valid message-capable "
                                    "Twilio phone number for this destination/account."));
    if (m_optedOut.contains(to))
        return error(400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient"));

    QString status = service.isEmpty() ? QStringLiteral("queued") : QStringLiteral("accepted");
    QJsonValue sendAt;
    // Twilio drops the scheduling fields when only From is given (the message goes out at once).
    if (request.formValue(QStringLiteral("ScheduleType")) == QLatin1String("fixed") && !service.isEmpty()) {
        const QDateTime when = QDateTime::fromString(request.formValue(QStringLiteral("SendAt")), Qt::ISODate);
        const QDateTime now = serverNow();
        if (!when.isValid() || when < now.addSecs(15 * 60 - 60) || when > now.addDays(35))
            return error(400, 35114, QStringLiteral("Scheduling does not support this timestamp."));
        status = QStringLiteral("scheduled");
        sendAt = rfc2822(when);
    }
    QJsonObject message{
        {QStringLiteral("to"), to},
        {QStringLiteral("from"), from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(from)},
        {QStringLiteral("messaging_service_sid"),
         service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(service)},
        {QStringLiteral("body"), body},
        {QStringLiteral("status"), status},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        // With a Messaging Service Twilio reports "0" segments until it has picked a sender.
        {QStringLiteral("num_segments"),
         service.isEmpty() ? QString::number(roughSegments(body)) : QStringLiteral("0")},
        {QStringLiteral("num_media"), QStringLiteral("0")},
        {QStringLiteral("_form"), QString::fromUtf8(encodePairs(request.form))},
    };
    if (!sendAt.isNull())
        message.insert(QStringLiteral("_send_at"), sendAt);
    const QString sid = injectMessage(message);
    Response response;
    response.status = 201;
    response.body = QJsonDocument(this->message(sid)).toJson(QJsonDocument::Compact);
    return response;
}

FakeTwilioServer::Response FakeTwilioServer::updateMessage(const Request &request, const QString &sid)
{
    const QString status = request.formValue(QStringLiteral("Status"));
    if (!status.isEmpty()) {
        if (status != QLatin1String("canceled"))
            return error(400, 21218, QStringLiteral("Invalid Status: %1").arg(status));
        if (message(sid).value(QStringLiteral("status")).toString() != QLatin1String("scheduled"))
            return error(400, 30409, QStringLiteral("Message cannot be canceled: it is not scheduled."));
        setStatus(sid, QStringLiteral("canceled"));
    }
    if (request.hasForm(QStringLiteral("Body"))) {
        for (QJsonObject &stored : m_messages) {
            if (stored.value(QStringLiteral("sid")).toString() == sid)
                stored.insert(QStringLiteral("body"), request.formValue(QStringLiteral("Body")));
        }
    }
    Response response;
    response.body = QJsonDocument(message(sid)).toJson(QJsonDocument::Compact);
    return response;
}

FakeTwilioServer::Response FakeTwilioServer::listMessages(const Request &request)
{
    const QString to = request.queryValue(QStringLiteral("To"));
    const QString from = request.queryValue(QStringLiteral("From"));
    const QDate on = QDate::fromString(request.queryValue(QStringLiteral("DateSent")), Qt::ISODate);
    const QDate after = QDate::fromString(request.queryValue(QStringLiteral("DateSent>")), Qt::ISODate);
    const QDate before = QDate::fromString(request.queryValue(QStringLiteral("DateSent<")), Qt::ISODate);
    int pageSize = request.queryValue(QStringLiteral("PageSize")).toInt();
    if (pageSize <= 0)
        pageSize = 50;
    pageSize = std::min(pageSize, 1000);
    const int page = std::max(0, request.queryValue(QStringLiteral("Page")).toInt());
    int offset = page * pageSize;
    const QString token = request.queryValue(QStringLiteral("PageToken"));
    if (token.startsWith(QLatin1String("PT")))
        offset = token.mid(2).toInt();

    // Newest first like messages(), but filtered on the stored objects and only the page converted to the public
    // view, so a 10,000-message history answers in milliseconds (the sync-idle benchmark measures through this).
    QList<QPair<double, qsizetype>> order;
    order.reserve(m_messages.size());
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i)
        order.append({m_messages.at(i).value(QStringLiteral("_created")).toDouble(), i});
    const auto newerFirst = [](const auto &a, const auto &b) { return a.first > b.first; };
    if (!std::is_sorted(order.begin(), order.end(), newerFirst)) // usually already is: messages arrive in time order
        std::stable_sort(order.begin(), order.end(), newerFirst);
    QList<qsizetype> matching;
    const QDateTime listedBefore = serverNow().addSecs(-m_listDelaySec);
    for (const auto &entry : std::as_const(order)) {
        const QJsonObject &message = m_messages.at(entry.second);
        if (!to.isEmpty() && message.value(QStringLiteral("to")).toString() != to)
            continue;
        if (!from.isEmpty() && message.value(QStringLiteral("from")).toString() != from)
            continue;
        if (m_listDelaySec > 0 && storedTime(message, QStringLiteral("_created")) > listedBefore)
            continue; // Twilio's list lags behind its creates
        if (on.isValid() || after.isValid() || before.isValid()) {
            // DateSent filters work on whole GMT days; messages not yet sent have no date_sent and never match.
            const QDateTime sent = storedTime(message, QStringLiteral("_sent"));
            if (!sent.isValid())
                continue;
            const QDate day = sent.date();
            if ((on.isValid() && day != on) || (after.isValid() && day < after) || (before.isValid() && day > before))
                continue;
        }
        matching.append(entry.second);
        if (matching.size() > offset + pageSize)
            break; // one beyond the page is enough to know there is a next page (Twilio gives no total either)
    }

    QJsonArray pageItems;
    for (qsizetype i = offset; i < matching.size() && i < offset + pageSize; ++i)
        pageItems.append(publicView(m_messages.at(matching.at(i))));

    QList<QPair<QString, QString>> baseQuery;
    for (const auto &pair : request.query) {
        if (pair.first != QLatin1String("Page") && pair.first != QLatin1String("PageToken") &&
            pair.first != QLatin1String("PageSize"))
            baseQuery.append(pair);
    }
    baseQuery.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    const QString listPath = accountPath() + QStringLiteral("/Messages.json");
    auto pageUri = [&](int pageNumber, int pageOffset) {
        QList<QPair<QString, QString>> query = baseQuery;
        query.append({QStringLiteral("Page"), QString::number(pageNumber)});
        if (pageNumber > 0)
            query.append({QStringLiteral("PageToken"), QStringLiteral("PT%1").arg(pageOffset)});
        return QString(listPath + QLatin1Char('?') + QString::fromLatin1(encodePairs(query)));
    };
    const int pageNumber = offset / pageSize;
    const bool more = offset + pageSize < matching.size();
    QJsonObject body{
        {QStringLiteral("messages"), pageItems},
        {QStringLiteral("page"), pageNumber},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("start"), offset},
        {QStringLiteral("end"), offset + int(pageItems.size()) - 1},
        {QStringLiteral("uri"), QString::fromLatin1(request.target)},
        {QStringLiteral("first_page_uri"), pageUri(0, 0)},
        {QStringLiteral("next_page_uri"),
         more ? QJsonValue(pageUri(pageNumber + 1, offset + pageSize)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("previous_page_uri"),
         pageNumber > 0 ? QJsonValue(pageUri(pageNumber - 1, offset - pageSize)) : QJsonValue(QJsonValue::Null)},
    };
    Response response;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

FakeTwilioServer::Response FakeTwilioServer::listMedia(const QString &messageSid)
{
    QJsonArray items;
    for (const Media &media : std::as_const(m_media)) {
        if (media.messageSid != messageSid)
            continue;
        items.append(QJsonObject{
            {QStringLiteral("sid"), media.sid},
            {QStringLiteral("account_sid"), m_accountSid},
            {QStringLiteral("parent_sid"), messageSid},
            {QStringLiteral("content_type"), media.contentType},
            {QStringLiteral("date_created"), rfc2822(media.created)},
            {QStringLiteral("date_updated"), rfc2822(media.created)},
            {QStringLiteral("uri"), QString(accountPath() + QStringLiteral("/Messages/") + messageSid +
                                            QStringLiteral("/Media/") + media.sid + QStringLiteral(".json"))},
        });
    }
    Response response;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("media_list"), items},
                                              {QStringLiteral("next_page_uri"), QJsonValue::Null},
                                              {QStringLiteral("page"), 0},
                                              {QStringLiteral("page_size"), 50}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

FakeTwilioServer::Response FakeTwilioServer::mediaContent(const QString &messageSid, const QString &mediaSid)
{
    for (const Media &media : std::as_const(m_media)) {
        if (media.sid != mediaSid || media.messageSid != messageSid)
            continue;
        Response response;
        if (!media.redirectTo.isEmpty()) {
            response.status = 307;
            response.headers.append(qMakePair(QByteArray("Location"), media.redirectTo.toUtf8()));
            response.contentType = "text/plain";
            return response;
        }
        response.contentType = media.contentType.toUtf8();
        response.body = media.content;
        return response;
    }
    return error(404, 20404, QStringLiteral("Media not found"));
}

FakeTwilioServer::Response FakeTwilioServer::account()
{
    Response response;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("sid"), m_accountSid},
                                              {QStringLiteral("friendly_name"), m_friendlyName},
                                              {QStringLiteral("status"), m_accountStatus},
                                              {QStringLiteral("type"), QStringLiteral("Full")}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

FakeTwilioServer::Response FakeTwilioServer::incomingNumbers(const Request &request)
{
    const QString wanted = request.queryValue(QStringLiteral("PhoneNumber"));
    QJsonArray items;
    for (auto it = m_incomingNumbers.begin(); it != m_incomingNumbers.end(); ++it) {
        if (!wanted.isEmpty() && it.key() != wanted)
            continue;
        items.append(QJsonObject{
            {QStringLiteral("sid"), QString(QStringLiteral("PN") + QString(32, QLatin1Char('0')))},
            {QStringLiteral("phone_number"), it.key()},
            {QStringLiteral("friendly_name"), it.key()},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("sms"), it.value()},
                                                         {QStringLiteral("mms"), it.value()},
                                                         {QStringLiteral("voice"), true}}},
        });
    }
    Response response;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("incoming_phone_numbers"), items},
                                              {QStringLiteral("next_page_uri"), QJsonValue::Null}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

} // namespace cd::test

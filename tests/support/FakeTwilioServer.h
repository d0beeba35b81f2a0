#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRecursiveMutex>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace cd::test {

// A loopback HTTP/1.1 fake of Twilio's Messages API (2010-04-01) for fault injection. It stores the messages it
// creates, answers fetch / list (To, From, DateSent filters, PageSize, next_page_uri paging) / cancel, media, the
// account and IncomingPhoneNumbers resources, and lets a test inject inbound messages, change statuses and make any
// request fail in a chosen way. Contract correctness is Prism's job (tests/contract); this fake is for the faults
// Prism cannot produce.
class FakeTwilioServer : public QObject
{
    Q_OBJECT
public:
    // One received request, as parsed off the socket.
    struct Request
    {
        QByteArray method;
        QByteArray target; // raw request target, e.g. "/2010-04-01/Accounts/AC.../Messages.json?PageSize=1"
        QString path;      // decoded path without the query
        QList<QPair<QString, QString>> query;  // decoded query items, in order ("DateSent>" for DateSent%3E=)
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QList<QPair<QString, QString>> form; // decoded form fields when the body is form-encoded

        QString queryValue(const QString &key) const;
        QString formValue(const QString &key) const;
        bool hasForm(const QString &key) const;
        QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    };

    // How to answer one request instead of (or after) the normal handling.
    struct Fault
    {
        QByteArray method;    // only requests with this method ("POST"); empty = any
        QString pathSuffix;   // only paths ending with this ("/Messages.json"); empty = any
        bool process = false; // run the normal handling first (e.g. create the message) - "Twilio got it"
        int status = 0;       // answer with this status and `body` (0 = the normal answer)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // extra response headers (Retry-After, Content-Type)
        int delayMs = 0;              // wait this long before answering (longer than the client timeout = "slow")
        bool dropConnection = false;  // close the connection without any answer ("answer lost")
        bool resetConnection = false; // like dropConnection, but with a TCP reset (RST) instead of a close
        QString queryContains;        // only requests whose decoded target contains this ("To=+1415...")
        bool repeat = false;          // stays in the queue: every matching request gets it
        bool reorderList = false;     // with process: the list page's messages in reverse order
        bool duplicateList = false;   // with process: each of the page's messages twice
    };

    explicit FakeTwilioServer(QObject *parent = nullptr);
    ~FakeTwilioServer() override;

    // Listens on `host` (default 127.0.0.1) on a free port, serving from this thread's event loop.
    bool start(const QString &host = QStringLiteral("127.0.0.1"));
    // The same, but serving from a thread of its own, so the test may block meanwhile (e.g. run the real CLI with
    // cd::test::runCli, which waits for the process). Every method stays callable from the test's thread.
    bool startInBackground(const QString &host = QStringLiteral("127.0.0.1"));
    void stop();
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT"

    // --- Credentials the fake accepts (Basic auth). Anything else gets 401 / 20003. ---
    void setAccount(const QString &accountSid, const QString &authToken, const QString &friendlyName = {});
    void setApiKey(const QString &apiKeySid, const QString &apiKeySecret); // may read everything but /Accounts/{AC}
    void setAccountStatus(const QString &status);                          // "active" (default), "suspended", "closed"
    QString accountSid() const;

    // --- Data ---
    void addIncomingNumber(const QString &e164, bool smsCapable = true);
    // A number of a Messaging Service (GET /v1/Services/{MG}/PhoneNumbers, Messaging v1, served on this host).
    void addServiceNumber(const QString &serviceSid, const QString &e164);
    void addOptedOut(const QString &e164); // sends to it fail with 400 / 21610
    // Stores an inbound message (as if a patient texted the clinic); returns its sid.
    QString injectInbound(const QString &from, const QString &to, const QString &body,
                          const QDateTime &dateSentUtc = {}, int numMedia = 0);
    // Stores any message resource as given (fields are Twilio's JSON names); a missing "sid" is generated.
    QString injectMessage(QJsonObject message);
    bool setStatus(const QString &sid, const QString &status, std::optional<int> errorCode = {});
    // Adds a media item to a message. With `redirectTo`, the content URL answers 307 to that absolute URL.
    QString addMedia(const QString &messageSid, const QString &contentType, const QByteArray &content,
                     const QString &redirectTo = {});
    // An inbound MMS with one item (num_media 1), as a patient's photo: returns the message sid.
    QString injectMms(const QString &from, const QString &to, const QString &body, const QString &contentType,
                      const QByteArray &content, const QString &redirectTo = {});
    // A small valid PNG (a 24x16 picture), for MMS tests and screenshots.
    static QByteArray samplePng();
    QJsonObject message(const QString &sid) const;
    QList<QJsonObject> messages() const; // newest first
    void clearMessages();

    // --- Faults: consumed in order by the first matching request. ---
    void enqueueFault(const Fault &fault);
    void clearFaults();
    // Convenience: answer the next matching request with a Twilio error body {code, message, more_info, status}.
    void failNext(const QByteArray &method, const QString &pathSuffix, int httpStatus, int twilioCode,
                  const QString &message = {});

    // --- Time: Twilio's clock is the process's Clock (a test's ShiftedClock moves both) plus this skew; every
    // answer carries it in its Date header. A list shows messages only this long after their creation. ---
    void setClockSkewSec(qint64 seconds);
    void setListDelaySec(int seconds);
    QDateTime serverNow() const;
    // Stored message resources in creation order (with the private fields), from `index` on: cheap to follow.
    QList<QJsonObject> storedSince(int index) const;
    int storedCount() const;

    // --- Request log ---
    QList<Request> requests() const;
    int requestCount() const;
    int requestCount(const QByteArray &method, const QString &pathSuffix = {}) const;
    int createCount() const; // POST .../Messages.json (message creates, whatever the answer)
    void clearRequestLog();
    int connectionCount() const;

    // Raw bytes served for non-API paths (e.g. a "CDN" for the redirect test): path -> (content type, body).
    void setStaticResource(const QString &path, const QByteArray &contentType, const QByteArray &body);

signals:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Media
    {
        QString sid;
        QString messageSid;
        QString contentType;
        QByteArray content;
        QString redirectTo;
        QDateTime created;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    Response route(const Request &request);
    Response createMessage(const Request &request);
    Response updateMessage(const Request &request, const QString &sid);
    Response listMessages(const Request &request);
    Response listMedia(const QString &messageSid);
    Response mediaContent(const QString &messageSid, const QString &mediaSid);
    Response account();
    Response incomingNumbers(const Request &request);
    bool authorised(const Request &request, bool *usedApiKey) const;
    std::optional<Fault> takeFault(const Request &request);
    void write(QTcpSocket *socket, const Response &response);
    static Response mangleList(Response response, bool reorder, bool duplicate);
    static Response error(int httpStatus, int code, const QString &message);
    QString newSid(const QString &prefix);
    QString accountPath() const;

    // Everything below is guarded by m_mutex (recursive: handlers call the public methods).
    mutable QRecursiveMutex m_mutex;
    QThread *m_thread = nullptr; // set by startInBackground()
    QObject *m_io = nullptr;     // context of the sockets and timers: this, or an object living in m_thread
    QTcpServer *m_server = nullptr;
    QString m_listenAddress;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QList<Fault> m_faults;
    QList<QJsonObject> m_messages; // insertion order; listing sorts newest first
    QList<Media> m_media;
    QHash<QString, bool> m_incomingNumbers; // e164 -> sms capable
    QSet<QString> m_optedOut;
    QHash<QString, QStringList> m_serviceNumbers; // MG... -> numbers
    Response serviceNumbers(const QString &serviceSid);
    QHash<QString, QPair<QByteArray, QByteArray>> m_static;
    QString m_accountSid;
    QString m_authToken;
    QString m_friendlyName;
    QString m_accountStatus = QStringLiteral("active");
    QString m_apiKeySid;
    QString m_apiKeySecret;
    int m_sidCounter = 0;
    qint64 m_clockSkewSec = 0;
    int m_listDelaySec = 0;
    int m_connections = 0;
};

} // namespace cd::test

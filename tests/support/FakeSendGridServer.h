#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRecursiveMutex>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace cd::test {

// A loopback stand-in for SendGrid's v3 Mail Send (POST /v3/mail/send). It checks what a real SendGrid checks
// first - the Bearer key and the JSON shape (personalizations[0].to[0].email, from.email, subject, content with
// text/plain first and text/html second) - answers 202 with an X-Message-Id, and fails on demand: 401, 403, 413,
// 429 with X-RateLimit-Reset, 500, or a dropped answer after the mail was "accepted".
class FakeSendGridServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        Unauthorized,    // 401
        Forbidden,       // 403 (sender not verified)
        TooLarge,        // 413
        RateLimited,     // 429 with X-RateLimit-Reset
        ServerError,     // 500
        DropAfterAccept, // the mail is taken, the connection closes without an answer
    };
    struct Mail
    {
        QByteArray authorization;
        QJsonObject body;
        QString shapeProblem; // empty when the JSON has SendGrid's shape
        QString messageId;    // set when accepted
    };

    explicit FakeSendGridServer(QObject *parent = nullptr);
    ~FakeSendGridServer() override;

    // Serves from a thread of its own, so a test may block (run the real CLI) meanwhile.
    bool start();
    QString baseUrl() const; // "http://127.0.0.1:PORT"
    void setApiKey(const QString &key);
    // The next `count` requests fail this way (then normal answers again).
    void failNext(Fault fault, int count = 1, qint64 rateLimitReset = 0);

    QList<Mail> requests() const; // every POST, accepted or not
    int requestCount() const;
    int acceptedCount() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers);

    mutable QRecursiveMutex m_mutex;
    QThread *m_thread = nullptr;
    QObject *m_io = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_apiKey = QStringLiteral("SG.test.key");
    QList<QPair<Fault, qint64>> m_faults;
    QList<Mail> m_requests;
    int m_accepted = 0;
};

} // namespace cd::test

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace cd {

class MessagingService;

// Texts composed while the clinic database is out of reach. They wait in a small owner-only SQLite file in this
// computer's data folder (so a restart loses nothing) and go to the shared outbox when the connection is back. Each
// carries a client-made id, written as the message's purpose_ref and checked inside the outbox's write transaction,
// so a replay after a crash between "stored on the server" and "removed here" never makes a second message.
class OfflineQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *RefPrefix = "offline:";
    struct Entry
    {
        QString clientId; // a UUID made here
        qint64 patientId = 0;
        QString body;
        QDateTime createdAt;
    };

    explicit OfflineQueue(const QString &dataDir, QObject *parent = nullptr);
    ~OfflineQueue() override;

    // Whether a failed send is the connection's fault (the text should wait here) rather than a refusal.
    static bool isConnectionError(const Error &error);
    // The outbox refused the text itself (opted out, no consent, too long): waiting would not help.
    static bool isRefusal(const Error &error);

    Result<Entry> hold(qint64 patientId, const QString &body);
    QList<Entry> waiting(qint64 patientId = 0) const; // 0: every patient's, oldest first
    int count() const;
    // Moves what waits into the shared outbox through `messaging`, oldest first; stops at the first failure that
    // is not about the text (still down, messaging not started). A text the outbox refuses (the patient opted out
    // meanwhile) leaves the queue through refused(), so the chat can put it back in the composer. Returns how many
    // reached the outbox.
    int flush(MessagingService &messaging);
    QString filePath() const { return m_file; }

signals:
    void changed();
    void refused(qint64 patientId, const QString &body, const QString &reason);

private:
    bool remove(const QString &clientId);
    QString m_file;
    QString m_connection;
    bool m_flushing = false;
};

} // namespace cd

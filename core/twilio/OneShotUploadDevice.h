#pragma once

#include <QByteArray>
#include <QIODevice>

namespace cd {

// A request body Qt may read exactly once. QNetworkAccessManager silently re-sends a request when the server closes
// the connection before answering (up to three times, POSTs included); for a message create that would text the
// patient twice. Refusing to rewind makes Qt fail the reply with ContentReSendError instead, which the client
// reports as "outcome unknown" for the outbox to settle.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override;
    bool rewindRefused() const { return m_rewindRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_started = false;
    bool m_rewindRefused = false;
};

} // namespace cd

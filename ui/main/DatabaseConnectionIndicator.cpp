#include "ui/main/DatabaseConnectionIndicator.h"

#include "core/desks/ChangeFeed.h"
#include "core/desks/OfflineQueue.h"

#include <QTimer>

namespace cd::ui {

DatabaseConnectionIndicator::DatabaseConnectionIndicator(ChangeFeed &feed, OfflineQueue *offline, QWidget *parent)
    : QLabel(parent), m_feed(feed), m_offline(offline), m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("databaseConnection"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Clinic database connection"));
    m_settle->setSingleShot(true);
    m_settle->setInterval(15000);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_recovered = false;
        refresh();
    });
    connect(&m_feed, &ChangeFeed::connectionChanged, this, [this](bool connected) {
        m_recovered = connected;
        if (connected)
            m_settle->start();
        refresh();
    });
    if (m_offline)
        connect(m_offline, &OfflineQueue::changed, this, &DatabaseConnectionIndicator::refresh);
    refresh();
}

void DatabaseConnectionIndicator::refresh()
{
    const int waiting = m_offline ? m_offline->count() : 0;
    QString text;
    if (!m_feed.isConnected()) {
        text = tr("⚠ Connection to the clinic database lost — retrying…");
        if (waiting > 0)
            text += QLatin1Char(' ') + tr("%n text(s) kept on this computer.", nullptr, waiting);
        setToolTip(tr("This desk cannot reach the shared clinic database. Texts you send are kept on this computer "
                      "and go out when the connection is back; other desks' changes show after that."));
    } else {
        text = m_recovered ? tr("Clinic database: reconnected") : tr("Clinic database: connected");
        if (waiting > 0)
            text += QLatin1Char(' ') + tr("(%n kept text(s) being sent)", nullptr, waiting);
        setToolTip(tr("This desk shares its patients and conversations with the other desks through the clinic "
                      "database."));
    }
    setText(text);
    setAccessibleDescription(text);
}

} // namespace cd::ui

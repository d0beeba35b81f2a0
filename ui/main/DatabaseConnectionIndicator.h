#pragma once

#include <QLabel>

class QTimer;

namespace cd {
class ChangeFeed;
class OfflineQueue;
} // namespace cd

namespace cd::ui {

// Status bar, on a shared clinic database only: the connection's state in words ("Clinic database: connected",
// "⚠ Connection to the clinic database lost — retrying…", "Clinic database: reconnected"), with the number of
// texts kept on this computer meanwhile. The change feed notices a drop within its check interval (3 s).
class DatabaseConnectionIndicator : public QLabel
{
    Q_OBJECT
public:
    DatabaseConnectionIndicator(ChangeFeed &feed, OfflineQueue *offline, QWidget *parent = nullptr);
    void refresh();

private:
    ChangeFeed &m_feed;
    OfflineQueue *m_offline;
    QTimer *m_settle; // "reconnected" for a while, then "connected"
    bool m_recovered = false;
};

} // namespace cd::ui

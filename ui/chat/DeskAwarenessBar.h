#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace cd {
class OfflineQueue;
class PresenceWatch;
} // namespace cd

namespace cd::ui {

// Above the composer on a shared clinic database: what the other desks do in this conversation ("Maria is
// typing…", "Maria replied 10 seconds ago") and the texts of this desk that wait for the connection. Words, never
// colour alone; hidden when there is nothing to say.
class DeskAwarenessBar : public QWidget
{
    Q_OBJECT
public:
    DeskAwarenessBar(PresenceWatch *presence, OfflineQueue *offline, QWidget *parent = nullptr);

    void setPatient(qint64 patientId);
    QString presenceText() const;
    QString waitingText() const;

public slots:
    void refresh();

private:
    PresenceWatch *m_presence;
    OfflineQueue *m_offline;
    QLabel *m_others;
    QLabel *m_waiting;
    QTimer *m_tick;
    qint64 m_patientId = 0;
};

} // namespace cd::ui

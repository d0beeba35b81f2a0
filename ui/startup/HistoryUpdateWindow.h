#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace cd::ui {

// Shown before the main window while a schema update goes over the whole message history (a big database opened by
// a new version): says what is happening, that it happens once, and how long it has run, so a minute without a
// window is not taken for a hang. It cannot be cancelled: the update is one transaction that finishes or rolls back.
class HistoryUpdateWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryUpdateWindow(qint64 messages, QWidget *parent = nullptr);

    void setElapsed(qint64 elapsedMs);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace cd::ui

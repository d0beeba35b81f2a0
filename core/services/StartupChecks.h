#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace cd {

class Database;

// The slow work on a big SQLite file, run on a thread of its own once the window is up instead of before it:
// PRAGMA quick_check reads every page (about 3 s for 1,000,000 messages here) and the daily backup copies the file.
// The backup runs only after a clean check, so a damaged file never pushes a good backup out of the retention.
class StartupChecks : public QObject
{
    Q_OBJECT
public:
    explicit StartupChecks(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~StartupChecks() override; // waits for the thread: a check or copy is never cut off half-way

    // Starts once; later calls do nothing.
    void start(int backupRetentionDays);
    bool isRunning() const;

signals:
    // The file is damaged; nothing was changed and no backup was made. `message` names the file and what to do.
    void damaged(const QString &message);
    void finished(bool intact);

private:
    std::shared_ptr<Database> m_database;
    QThread *m_thread = nullptr;
};

} // namespace cd

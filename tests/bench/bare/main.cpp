// The start-up benchmark's baseline: a bare Qt Widgets window with a list and four tabs, started and timed exactly
// like clinicdesk --exit-after-first-paint (the first paint of the list ends it).
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer *timer) : m_timer(timer) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, [this] {
                std::printf("first-paint-ms %lld rss-mb %.1f\n", static_cast<long long>(m_timer->elapsed()),
                            residentMb());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer *m_timer;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QHBoxLayout(central);
    auto *list = new QListWidget(central);
    for (int i = 0; i < 200; ++i)
        list->addItem(QStringLiteral("Patient %1").arg(i));
    auto *tabs = new QTabWidget(central);
    for (const char *name : {"Overview", "Chat", "Notes", "History"})
        tabs->addTab(new QLabel(QString::fromLatin1(name)), QString::fromLatin1(name));
    layout->addWidget(list);
    layout->addWidget(tabs, 1);
    window.setCentralWidget(central);
    window.resize(1100, 720);
    FirstPaint watcher(&sinceStart);
    list->viewport()->installEventFilter(&watcher);
    window.show();
    return app.exec();
}

#include "ui/startup/HistoryUpdateWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace cd::ui {

HistoryUpdateWindow::HistoryUpdateWindow(qint64 messages, QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Updating Your Message History"));
    setAccessibleName(tr("Updating your message history"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Updating your message history…"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    title->setAccessibleName(title->text());
    auto *detail = new QLabel(tr("This version of ClinicDesk lists conversations and searches old messages faster. "
                                 "It is preparing your %1 messages once; ClinicDesk opens when it is done. Please "
                                 "keep the computer on.")
                                  .arg(QLocale().toString(messages)),
                              this);
    detail->setWordWrap(true);
    detail->setTextFormat(Qt::PlainText);
    detail->setAccessibleName(detail->text());
    // No percentage: the update is one SQL statement per step, which reports nothing until it is done.
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Update in progress"));
    m_elapsed = new QLabel(this);
    m_elapsed->setAccessibleName(tr("Time elapsed"));
    layout->addWidget(title);
    layout->addWidget(detail);
    layout->addWidget(m_busy);
    layout->addWidget(m_elapsed);
    setMinimumWidth(460);
    setElapsed(0);
}

void HistoryUpdateWindow::setElapsed(qint64 elapsedMs)
{
    const qint64 seconds = elapsedMs / 1000;
    const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_elapsed->setText(tr("Running for %1").arg(clock));
}

void HistoryUpdateWindow::closeEvent(QCloseEvent *event)
{
    event->ignore(); // closing would not stop the update; the window goes away by itself when it is done
}

} // namespace cd::ui

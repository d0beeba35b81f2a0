#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {
class AppServices;
}

namespace cd::ui {

// View → Today (Ctrl+T): who to phone. Tomorrow's unconfirmed appointments, those that need a new time, reminders
// that failed, were skipped or missed, and C/R replies that match several appointments (one Enter applies it to the
// chosen one). Enter on an appointment opens the patient.
class TodayView : public QDialog
{
    Q_OBJECT
public:
    explicit TodayView(AppServices &services, QWidget *parent = nullptr);
    void reload();
    QTreeWidget *tree() const { return m_tree; }

signals:
    void openPatientRequested(qint64 patientId);

private:
    void activate(QTreeWidgetItem *item);

    AppServices &m_services;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace cd::ui

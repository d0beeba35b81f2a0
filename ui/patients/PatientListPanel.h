#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace cd {
class PatientStore;
}

namespace cd::ui {

class PatientListModel;

// The left side of the main window: the search field over the patient list. Typing searches after a short pause;
// Down moves from the search field into the list, arrows move through it and Enter opens the patient.
class PatientListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PatientListPanel(PatientStore *store, QWidget *parent = nullptr);

    PatientListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }

    void focusSearch();
    void reload();
    void reloadIfCountChanged();
    bool selectPatient(qint64 id); // false when the patient is not in the loaded rows
    qint64 currentPatientId() const;

signals:
    void currentPatientChanged(qint64 id); // 0 when nothing is selected
    void patientActivated(qint64 id);      // Enter or double-click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void updateStatus(int loadedRows, bool more);

    PatientStore *m_store;
    PatientListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_status;
    QTimer *m_debounce;
    qint64 m_knownCount = -1;
};

} // namespace cd::ui

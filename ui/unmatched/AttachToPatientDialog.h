#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace cd {
class PatientStore;
}

namespace cd::ui {

class PatientListModel;

// Picks the patient an unmatched reply belongs to: type a name or number, choose from the list.
class AttachToPatientDialog : public QDialog
{
    Q_OBJECT
public:
    AttachToPatientDialog(PatientStore *store, const QString &senderDisplay, QWidget *parent = nullptr);

    qint64 selectedPatientId() const;
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

private:
    void updateButtons();

    PatientListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_attach;
};

} // namespace cd::ui

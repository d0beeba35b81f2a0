#pragma once

#include <QAbstractListModel>
#include <QList>

namespace cd {
class MessageStore;
class PatientStore;
} // namespace cd

namespace cd::ui {

// Patients with unread replies, most recent reply first: the patient list filtered (and sorted) by unread. Rows use
// PatientListModel's role numbers so the patient list's delegate paints them the same way, badge included.
class UnreadConversationsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    UnreadConversationsModel(MessageStore *messages, PatientStore *patients, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Row
    {
        qint64 patientId = 0;
        QString name;
        QString preview;
        int unread = 0;
    };

    MessageStore *m_messages;
    PatientStore *m_patients;
    QList<Row> m_rows;
};

} // namespace cd::ui

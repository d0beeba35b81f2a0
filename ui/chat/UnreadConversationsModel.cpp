#include "ui/chat/UnreadConversationsModel.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "ui/patients/PatientListModel.h"

namespace cd::ui {

UnreadConversationsModel::UnreadConversationsModel(MessageStore *messages, PatientStore *patients, QObject *parent)
    : QAbstractListModel(parent), m_messages(messages), m_patients(patients)
{
    // Empty until the unread counts are loaded (after the first frame): ChatIntegration reloads it then.
}

void UnreadConversationsModel::reload()
{
    QList<Row> rows;
    // A page of the conversation summaries with unread replies: never a pass over the messages.
    auto threads = m_messages->unreadThreads();
    // The patients behind the unread conversations in one query, not one per row.
    QList<qint64> ids;
    if (threads) {
        for (const ThreadSummary &thread : std::as_const(*threads))
            if (thread.patientId && thread.unread > 0)
                ids << *thread.patientId;
    }
    const auto patients = m_patients->getMany(ids);
    if (threads && patients) {
        for (const ThreadSummary &thread : std::as_const(*threads)) {
            if (!thread.patientId || thread.unread <= 0)
                continue;
            const auto patient = patients->constFind(*thread.patientId);
            if (patient == patients->constEnd())
                continue;
            Row row;
            row.patientId = patient->id;
            row.name = patient->fullName();
            row.unread = thread.unread;
            QString body = thread.last.body.simplified();
            if (body.size() > 60)
                body = body.left(59) + QChar(0x2026);
            row.preview = body;
            rows << row;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UnreadConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnreadConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PatientListModel::FullNameRole:
        return row.name;
    case PatientListModel::PatientIdRole:
        return row.patientId;
    case PatientListModel::SecondaryTextRole:
        return row.preview;
    case Qt::AccessibleTextRole:
        return tr("%1, %n unread message(s)", nullptr, row.unread).arg(row.name);
    case Qt::AccessibleDescriptionRole:
        return row.preview;
    default:
        return {};
    }
}

} // namespace cd::ui

#pragma once

#include "core/intake/IntakeSend.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace cd {
class IntakeService;
class MessageStore;
} // namespace cd

namespace cd::ui {

// The forms sent to one patient, newest first: template, channel, when and by whom, the SMS state (the chat's
// words), the e-mail state and completion. Re-read when the intake service or the message store reports a change.
class IntakeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TemplateColumn,
        ChannelColumn,
        SentColumn,
        SmsColumn,
        EmailColumn,
        CompletionColumn,
        ColumnCount
    };
    enum Role
    {
        SendIdRole = Qt::UserRole + 1,
    };

    IntakeListModel(IntakeService &intake, MessageStore &messages, QObject *parent = nullptr);

    void setPatient(std::optional<qint64> patientId);
    void reload();
    std::optional<IntakeSend> sendAt(int row) const;
    std::optional<Message> smsAt(int row) const;
    QString loadError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        IntakeSend send;
        std::optional<Message> sms;
    };
    IntakeService &m_intake;
    MessageStore &m_messages;
    std::optional<qint64> m_patientId;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace cd::ui

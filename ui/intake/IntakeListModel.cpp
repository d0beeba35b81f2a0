#include "ui/intake/IntakeListModel.h"

#include "core/common/Clock.h"
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStatusText.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/MessageStore.h"

namespace cd::ui {

IntakeListModel::IntakeListModel(IntakeService &intake, MessageStore &messages, QObject *parent)
    : QAbstractTableModel(parent), m_intake(intake), m_messages(messages)
{
    connect(&m_intake, &IntakeService::changed, this, [this](qint64 patientId) {
        if (patientId == 0 || (m_patientId && *m_patientId == patientId))
            reload();
    });
    connect(&m_messages, &MessageStore::changed, this, [this] { reload(); });
}

void IntakeListModel::setPatient(std::optional<qint64> patientId)
{
    m_patientId = patientId;
    reload();
}

void IntakeListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_patientId) {
        auto sends = m_intake.store().forPatient(*m_patientId);
        if (!sends) {
            m_error = sends.error().message;
        } else {
            for (const IntakeSend &send : *sends) {
                Row row{send, std::nullopt};
                if (send.smsMessageId)
                    if (auto m = m_messages.get(*send.smsMessageId))
                        row.sms = *m;
                m_rows.append(row);
            }
        }
    }
    endResetModel();
}

std::optional<IntakeSend> IntakeListModel::sendAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).send;
}

std::optional<Message> IntakeListModel::smsAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).sms;
}

int IntakeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntakeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const IntakeSend &send = row.send;
    if (role == SendIdRole)
        return send.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const QDateTime now = Clock::instance().nowUtc();
    switch (index.column()) {
    case TemplateColumn:
        return send.isDemo ? tr("%1 (demo)").arg(send.templateName) : send.templateName;
    case ChannelColumn:
        return IntakeStatusText::channelLabel(send.channel);
    case SentColumn:
        return tr("%1 by %2").arg(MessageStatusText::shortDateTime(send.createdAt.toLocalTime()), send.createdBy);
    case SmsColumn:
        if (role == Qt::ToolTipRole && row.sms)
            return MessageStatusText::explanation(*row.sms, now);
        return IntakeStatusText::smsLabel(send, row.sms, now);
    case EmailColumn:
        return send.wantsEmail() ? IntakeStatusText::emailLabel(send) : tr("—");
    case CompletionColumn:
        return IntakeStatusText::completionLabel(send);
    default:
        return {};
    }
}

QVariant IntakeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TemplateColumn:
        return tr("Form");
    case ChannelColumn:
        return tr("Channel");
    case SentColumn:
        return tr("Sent");
    case SmsColumn:
        return tr("SMS");
    case EmailColumn:
        return tr("Email");
    case CompletionColumn:
        return tr("Completion");
    default:
        return {};
    }
}

} // namespace cd::ui

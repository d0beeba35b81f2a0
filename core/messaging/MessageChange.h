#pragma once

#include <QMetaType>
#include <QSet>

#include <optional>

namespace cd {

// What one committed transaction changed in the messages (and what it means for a conversation), so that
// listeners update those rows instead of reloading everything. Delivered once per transaction, after COMMIT.
struct MessageChange
{
    enum Kind
    {
        Inserted = 0x01,      // new rows (an outgoing text queued, a reply stored)
        StatusChanged = 0x02, // delivery state, sid, error, price of existing rows
        Read = 0x04,          // read_at set
        Attached = 0x08,      // unmatched replies moved into a patient's conversation
        Elsewhere = 0x10,     // another process wrote: what exactly is unknown, reload what is shown
        ElsewhereIn = 0x20    // another desk wrote in `conversations` (which rows is unknown): re-read only those
    };

    int kinds = 0;
    QSet<qint64> messageIds;
    QSet<qint64> conversations; // patient ids; 0 = the unmatched list

    bool has(Kind kind) const { return (kinds & kind) != 0; }
    bool isEmpty() const { return kinds == 0; }
    // True when a view of `conversation` (a patient id, 0 = unmatched) may be out of date.
    bool touches(qint64 conversation) const { return has(Elsewhere) || conversations.contains(conversation); }
    void add(Kind kind, std::optional<qint64> messageId, qint64 conversation)
    {
        kinds |= kind;
        if (messageId)
            messageIds.insert(*messageId);
        conversations.insert(conversation);
    }
};

} // namespace cd

Q_DECLARE_METATYPE(cd::MessageChange)

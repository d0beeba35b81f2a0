#pragma once

#include "core/common/Result.h"

#include <QString>

#include <memory>

namespace cd {

class Database;

// One poll pace for the clinic on a shared server: each desk says how often it wants replies read (a chat open:
// every 10 s; idle: every minute), and the desk that polls for everyone polls as often as the busiest desk wants.
// Twilio sees one desk's requests, at the pace a desk with a chat open expects.
class PollPace
{
public:
    struct Shared
    {
        qint64 clinicIntervalMs = 0; // the shortest wish of a live desk, this one's included
        bool raised = false;         // this desk asked for faster polling than the clinic had (announced: "pace")
    };

    PollPace(std::shared_ptr<Database> database, QString deskId);
    // Stores this desk's wish (it lapses unless renewed by the next cycles) and reads the clinic's.
    Result<Shared> publish(qint64 wantedIntervalMs);
    // A desk that closes withdraws its wish at once.
    Status<> withdraw();

private:
    std::shared_ptr<Database> m_database;
    QString m_deskId;
};

} // namespace cd

#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

// Several patients on one mobile number (a family phone). A reply from it goes to the patient the clinic texted
// last at that number; a STOP or START from it applies to all of them, as Twilio opts out the number itself.
class SharedNumbers
{
public:
    struct Routing
    {
        std::optional<qint64> patientId; // empty: no patient has this number
        QList<qint64> patientsWithNumber;
        bool shared() const { return patientsWithNumber.size() > 1; }
    };
    static Result<Routing> routeReply(const Database &database, const QString &fromE164);
};

} // namespace cd

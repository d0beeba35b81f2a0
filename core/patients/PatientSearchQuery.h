#pragma once

#include "core/patients/PatientStore.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace cd {

// Turns what the desk types into one indexed query: a date of birth, phone digits or name prefixes.
// Every condition is a key range (col >= p AND col < p+1), which both SQLite and PostgreSQL serve from an index.
struct PatientSearchQuery
{
    enum class Kind
    {
        All,
        Name,
        Phone,
        DateOfBirth
    };
    Kind kind = Kind::All;
    QString sql; // " WHERE … ORDER BY … LIMIT ?"
    QVariantList binds;

    static PatientSearchQuery build(const QString &text, const std::optional<PatientCursor> &after, int limit);
    static QDate parseDate(const QString &text);
    static QString nationalDigits(const QString &e164);
    static QString reversed(const QString &text);
};

} // namespace cd

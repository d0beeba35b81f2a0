#pragma once

#include "core/common/Clock.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace cd::sql {

// Bind values that turn "nothing" into a typed SQL NULL (QPSQL needs the type; SQLite stores NULL either way).
inline QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

inline QVariant time(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(toDbTime(utc)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant id(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant integer(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace cd::sql

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cd::ui {

// Dates as the system locale writes them (QLocale ShortFormat), but always with a four-digit year: "2/27/46" could
// be 1946 or 2046, which matters for a date of birth.
QString shortDate(const QDate &date);
QString shortDateTime(const QDateTime &dateTime); // shown in local time, without seconds

} // namespace cd::ui

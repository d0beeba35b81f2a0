#pragma once

#include <QDateTime>

namespace cd {

// Time as a seam: tests replace it to move through delays (delivery timeouts, back-off) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide clock; a test may install its own for the duration of a test case.
    static Clock &instance();
    static void setInstance(Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// Database timestamps: ISO-8601 UTC with milliseconds, which sorts as text in SQLite and PostgreSQL alike.
QString toDbTime(const QDateTime &utc);
QDateTime fromDbTime(const QString &text);

} // namespace cd

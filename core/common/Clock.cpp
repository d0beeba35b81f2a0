#include "core/common/Clock.h"

#include <QTimeZone>

namespace cd {

namespace {
SystemClock g_systemClock;
Clock *g_clock = &g_systemClock;
} // namespace

Clock &Clock::instance()
{
    return *g_clock;
}

void Clock::setInstance(Clock *clock)
{
    g_clock = clock ? clock : &g_systemClock;
}

QString toDbTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromDbTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

} // namespace cd

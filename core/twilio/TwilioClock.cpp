#include "core/twilio/TwilioClock.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <atomic>
#include <limits>

Q_LOGGING_CATEGORY(lcTwilioClock, "clinicdesk.twilio.clock")

namespace cd {

namespace {
constexpr qint64 Unknown = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_offsetMs{Unknown};
} // namespace

QDateTime TwilioClock::parseHttpDate(const QByteArray &text)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": English names whatever the desk's locale, always GMT.
    const QString value = QString::fromLatin1(text.trimmed());
    if (value.isEmpty())
        return {};
    QDateTime parsed = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::RFC2822Date);
    if (!parsed.isValid())
        return {};
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

void TwilioClock::observe(const QByteArray &dateHeader, const QDateTime &localUtc)
{
    const QDateTime twilio = parseHttpDate(dateHeader);
    if (twilio.isValid())
        observeTwilioTime(twilio, localUtc);
}

void TwilioClock::observeTwilioTime(const QDateTime &twilioUtc, const QDateTime &localUtc)
{
    if (!twilioUtc.isValid() || !localUtc.isValid())
        return;
    // The header has whole seconds and is stamped before the answer travels: +500 ms centres the error.
    const qint64 offset = localUtc.msecsTo(twilioUtc) + 500;
    const qint64 before = g_offsetMs.exchange(offset);
    const bool wasSkewed = before != Unknown && qAbs(before) > WarnAfterSec * 1000;
    if (before == Unknown || wasSkewed != (qAbs(offset) > WarnAfterSec * 1000))
        qCInfo(lcTwilioClock) << "this desk's clock differs from Twilio's by" << offset / 1000 << "s";
}

std::optional<qint64> TwilioClock::offsetMs()
{
    const qint64 value = g_offsetMs.load();
    if (value == Unknown)
        return std::nullopt;
    return value;
}

QDateTime TwilioClock::toTwilio(const QDateTime &localUtc)
{
    const auto offset = offsetMs();
    return offset ? localUtc.addMSecs(*offset) : localUtc;
}

QDateTime TwilioClock::nowAtTwilio()
{
    return toTwilio(Clock::instance().nowUtc());
}

bool TwilioClock::skewed()
{
    const auto offset = offsetMs();
    return offset && qAbs(*offset) > WarnAfterSec * 1000;
}

QString TwilioClock::describe(qint64 offsetMs)
{
    // offset = Twilio - desk: a positive offset means the desk is behind.
    const qint64 minutes = (qAbs(offsetMs) + 30000) / 60000;
    // Counts computed first: lupdate's parser loops on arithmetic inside translate()'s arguments.
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    QString amount = QCoreApplication::translate("TwilioClock", "%n minute(s)", nullptr, int(minutes));
    if (hours > 0) {
        amount = QCoreApplication::translate("TwilioClock", "%n hour(s)", nullptr, hours);
        if (rest > 0)
            amount += QLatin1Char(' ') + QCoreApplication::translate("TwilioClock", "%n minute(s)", nullptr, rest);
    }
    if (offsetMs > 0)
        return QCoreApplication::translate("TwilioClock", "%1 behind Twilio's clock").arg(amount);
    return QCoreApplication::translate("TwilioClock", "%1 ahead of Twilio's clock").arg(amount);
}

void TwilioClock::reset()
{
    g_offsetMs.store(Unknown);
}

} // namespace cd

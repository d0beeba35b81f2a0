#include "ui/common/DateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace cd::ui {

namespace {
QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
} // namespace

QString shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &dateTime)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // The C locale's short time format has seconds; a person does not need them here.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    time.remove(seconds);
    return locale.toString(dateTime.toLocalTime(),
                           withFullYear(locale.dateFormat(QLocale::ShortFormat)) + QLatin1Char(' ') + time);
}

} // namespace cd::ui

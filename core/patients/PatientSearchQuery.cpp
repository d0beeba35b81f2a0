#include "core/patients/PatientSearchQuery.h"

#include "core/phone/PhoneNumbers.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

namespace {

// The smallest string greater than every string starting with `prefix`.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

void addRange(QStringList &conditions, QVariantList &binds, const QString &column, const QString &prefix)
{
    conditions.append(QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column));
    binds << prefix << prefixEnd(prefix);
}

} // namespace

QDate PatientSearchQuery::parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$"));
    if (!shape.match(text).hasMatch())
        return {};
    const QStringList formats = {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("M/d/yyyy"),
                                 QStringLiteral("d.M.yyyy"), QLocale().dateFormat(QLocale::ShortFormat)};
    for (const QString &format : formats) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid() && date.year() >= 1900)
            return date;
    }
    return {};
}

QString PatientSearchQuery::nationalDigits(const QString &e164)
{
    auto parsed = PhoneNumbers::parse(e164);
    if (!parsed)
        return {};
    return PhoneNumbers::digitsOnly(parsed->national);
}

QString PatientSearchQuery::reversed(const QString &text)
{
    QString out(text);
    std::reverse(out.begin(), out.end());
    return out;
}

PatientSearchQuery PatientSearchQuery::build(const QString &text, const std::optional<PatientCursor> &after, int limit)
{
    PatientSearchQuery query;
    QStringList conditions;
    const QString trimmed = text.trimmed();
    static const QRegularExpression phoneShape(QStringLiteral("^[\\d\\s()+\\-.]+$"));

    if (trimmed.isEmpty()) {
        query.kind = Kind::All;
    } else if (const QDate dob = parseDate(trimmed); dob.isValid()) {
        query.kind = Kind::DateOfBirth;
        conditions.append(QStringLiteral("dob = ?"));
        query.binds << dob.toString(Qt::ISODate);
    } else if (phoneShape.match(trimmed).hasMatch() && PhoneNumbers::digitsOnly(trimmed).size() >= 2) {
        query.kind = Kind::Phone;
        const QString digits = PhoneNumbers::digitsOnly(trimmed);
        QStringList alternatives;
        addRange(alternatives, query.binds, QStringLiteral("phone_digits"), digits);
        addRange(alternatives, query.binds, QStringLiteral("phone_national"), digits);
        if (digits.size() >= 4) // the last digits of a number, e.g. "0100" or "555-0100"
            addRange(alternatives, query.binds, QStringLiteral("phone_reversed"), reversed(digits));
        conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    } else {
        query.kind = Kind::Name;
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        for (const QString &word : trimmed.split(separators, Qt::SkipEmptyParts)) {
            const QString key = PatientStore::searchKey(word);
            if (key.isEmpty())
                continue;
            QStringList alternatives;
            addRange(alternatives, query.binds, QStringLiteral("first_key"), key);
            addRange(alternatives, query.binds, QStringLiteral("last_key"), key);
            conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
    }

    if (after) {
        // Keyset paging: rows after the last one shown, in the same order.
        conditions.append(
            QStringLiteral("(last_key > ? OR (last_key = ? AND (first_key > ? OR (first_key = ? AND id > ?))))"));
        query.binds << after->lastKey << after->lastKey << after->firstKey << after->firstKey << after->id;
    }
    if (!conditions.isEmpty())
        query.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    query.sql += QStringLiteral(" ORDER BY last_key, first_key, id LIMIT ?");
    query.binds << limit;
    return query;
}

} // namespace cd

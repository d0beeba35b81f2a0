#include "core/patients/CsvReader.h"

#include <QSet>
#include <QStringDecoder>

namespace cd {

QString CsvReader::decode(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder legacy("windows-1252");
    if (legacy.isValid())
        return legacy(bytes);
    return QString::fromLatin1(bytes);
}

QChar CsvReader::detectSeparator(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView header = QStringView(text).left(end < 0 ? text.size() : end);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = header.count(best);
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')}) {
        if (header.count(candidate) > bestCount) {
            best = candidate;
            bestCount = header.count(candidate);
        }
    }
    return best;
}

QList<CsvRecord> CsvReader::parse(const QByteArray &data)
{
    const QString text = decode(data);
    const QChar separator = detectSeparator(text);
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    qsizetype recordStart = 0; // where the current record began, to read it again after an unclosed quote
    qsizetype quoteOpenedAt = -1;
    int quoteLine = 0;
    QSet<qsizetype> literalQuotes; // opening quotes never closed: read as plain characters

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](qsizetype next) {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        recordStart = next;
    };

    // A quote never closed, or closed only lines later and followed by more text, was a stray character: the record
    // is read again with it as a plain character, so one typo cannot swallow the rest of the file into one value.
    qsizetype restartAt = -1;
    auto readAgainWithoutQuote = [&] {
        literalQuotes.insert(quoteOpenedAt);
        line = record.line;
        record = CsvRecord{};
        record.line = line;
        record.unclosedQuote = true;
        field.clear();
        inQuotes = false;
        fieldStarted = false;
        restartAt = recordStart - 1;
    };

    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size()) {
            if (!inQuotes)
                break;
            readAgainWithoutQuote();
            i = restartAt;
            continue;
        }
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                    continue;
                }
                inQuotes = false;
                const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(QLatin1Char('\n'));
                const bool endsField =
                    next == separator || next == QLatin1Char('\n') || next == QLatin1Char('\r') || next.isSpace();
                if (!endsField && line != quoteLine) {
                    readAgainWithoutQuote();
                    i = restartAt;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // Keep embedded line breaks as \n whatever the file used.
                if (!(c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')))
                    field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty() && !literalQuotes.contains(i)) {
            field.clear();
            inQuotes = true;
            fieldStarted = true;
            quoteOpenedAt = i;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue; // CRLF: the \n ends the record
            ++line;
            endRecord(i + 1);
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(i + 1);
        } else {
            field.append(c);
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord(text.size());
    return records;
}

} // namespace cd

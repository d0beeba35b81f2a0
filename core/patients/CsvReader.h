#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts (a quoted field may span lines)
    QStringList fields;
    // A quoted field opened in this record was never closed: the quote was read as a plain character so that the
    // rest of the file is not swallowed into one value. The importer reports the record instead of guessing.
    bool unclosedQuote = false;
};

// RFC 4180 reader: quoted fields with "" escapes, embedded separators and line breaks, CRLF or LF, a UTF-8 BOM.
// Files that are not valid UTF-8 (older Excel exports) are read as Windows-1252. The separator (comma, semicolon
// or tab) is taken from the header line.
class CsvReader
{
public:
    static QList<CsvRecord> parse(const QByteArray &data);
    static QString decode(const QByteArray &data);
    static QChar detectSeparator(const QString &text);
};

} // namespace cd

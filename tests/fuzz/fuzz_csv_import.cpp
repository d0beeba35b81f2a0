// A patient CSV as staff export it from anything: decoding, separator detection and RFC 4180 parsing never crash,
// records come in file order and every record has at least one field.
#include "core/patients/CsvReader.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = cd::fuzz::bytes(data, size);
    const QString text = cd::CsvReader::decode(file);
    const QChar separator = cd::CsvReader::detectSeparator(text);
    FUZZ_CHECK(separator == QLatin1Char(',') || separator == QLatin1Char(';') || separator == QLatin1Char('\t'));
    const QList<cd::CsvRecord> records = cd::CsvReader::parse(file);
    int previousLine = 0;
    for (const cd::CsvRecord &record : records) {
        FUZZ_CHECK(record.line > previousLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        previousLine = record.line;
    }
    return 0;
}

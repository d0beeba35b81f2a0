// Phone numbers as typed or imported: parsing never crashes, a parsed number is E.164 and parses back to itself,
// and displaying any stored string is safe.
#include "core/phone/PhoneNumbers.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const char *const regions[] = {"US", "GB", "FR", "DE", "AU", "IN", "BR", "ZZ"};
    const QString region = QString::fromLatin1(regions[data[0] % 8]);
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    (void)cd::PhoneNumbers::digitsOnly(input);
    (void)cd::PhoneNumbers::display(input, region);
    if (auto parsed = cd::PhoneNumbers::parse(input, region)) {
        FUZZ_CHECK(parsed->e164.startsWith(QLatin1Char('+')));
        auto again = cd::PhoneNumbers::parse(parsed->e164, region);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->e164 == parsed->e164);
        (void)cd::PhoneNumbers::display(parsed->e164, region);
    }
    return 0;
}

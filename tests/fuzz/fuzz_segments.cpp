// The segment calculator and the terminal filter on any UTF-16 (lone surrogates included): counts are consistent,
// replacements only ever make a text cheaper to send, and no control character survives TerminalText.
#include "core/common/TerminalText.h"
#include "core/sms/SegmentInfo.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString body = cd::fuzz::utf16(data, size);
    const cd::SegmentInfo info = cd::SegmentCalculator::analyse(body);
    FUZZ_CHECK((info.segments == 0) == body.isEmpty());
    FUZZ_CHECK(info.segments <= body.size() + 1);
    FUZZ_CHECK((info.encoding == cd::SegmentInfo::Encoding::Gsm7) == info.ucs2Characters.isEmpty());
    // A full GSM-7 part holds at least 151 septets (a 2-septet escape may not fit the last 1 or 2); each character
    // costs at most 2.
    if (info.encoding == cd::SegmentInfo::Encoding::Gsm7)
        FUZZ_CHECK(info.segments <= (2 * body.size()) / 151 + 2);
    for (const QString &c : info.ucs2Characters) {
        const QString replacement = cd::SegmentCalculator::gsmReplacement(c);
        if (!replacement.isEmpty())
            FUZZ_CHECK(cd::SegmentCalculator::analyse(replacement).encoding == cd::SegmentInfo::Encoding::Gsm7);
    }
    (void)cd::SegmentCalculator::withReplacements(body);

    const QString visible = cd::TerminalText::visible(body);
    for (qsizetype i = 0; i < visible.size(); ++i) {
        const char16_t u = visible.at(i).unicode();
        FUZZ_CHECK(u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F) && u != 0x202E && u != 0x1B);
        if (visible.at(i).isHighSurrogate()) {
            FUZZ_CHECK(i + 1 < visible.size() && visible.at(i + 1).isLowSurrogate());
            ++i;
        } else {
            FUZZ_CHECK(!visible.at(i).isLowSurrogate());
        }
    }
    return 0;
}

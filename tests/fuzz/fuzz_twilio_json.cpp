// Twilio's answers as they come off the wire: message, page, media list and error bodies. Nothing may crash, and
// the parsers agree with each other (a message or page only comes from a JSON object).
#include "core/twilio/TwilioJson.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = cd::fuzz::bytes(data, size);
    const bool isObject = cd::twilio::parseObject(body).ok();
    if (cd::twilio::parseMessage(body))
        FUZZ_CHECK(isObject);
    if (cd::twilio::parseMessagePage(body))
        FUZZ_CHECK(isObject);
    if (cd::twilio::parseMediaList(body))
        FUZZ_CHECK(isObject);
    const cd::twilio::WireError error = cd::twilio::parseErrorBody(body);
    if (!isObject)
        FUZZ_CHECK(!error.code && error.text.isEmpty()); // an HTML page or garbage is never read as an error code
    return 0;
}

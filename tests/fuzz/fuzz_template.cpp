// Quick-reply expansion ({first_name}, {last_name}, {clinic_name}) with any template and any patient data: never
// crashes, a template without a brace comes back unchanged, and values are inserted verbatim (never re-expanded).
#include "core/messaging/QuickReplies.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Template, first name, last name, clinic: split on the first three NUL characters.
    const QStringList parts = input.split(QChar(0));
    const QString text = parts.value(0);
    const auto variables = cd::QuickReplies::variablesFor(parts.value(1), parts.value(2), parts.value(3));
    const QString expanded = cd::QuickReplies::expand(text, variables);
    if (!text.contains(QLatin1Char('{')))
        FUZZ_CHECK(expanded == text);
    // A name that itself looks like a variable stays as typed.
    const auto braces = cd::QuickReplies::variablesFor(QStringLiteral("{last_name}"), parts.value(2), {});
    FUZZ_CHECK(cd::QuickReplies::expand(QStringLiteral("{first_name}"), braces) == QStringLiteral("{last_name}"));
    return 0;
}

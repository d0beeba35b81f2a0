#include "core/sms/SegmentInfo.h"

#include <QHash>
#include <QSet>

namespace cd {

namespace {

// GSM 03.38 basic table (one septet each) and extension table (escape + septet = two septets), as used by Twilio's
// segment calculator. Note: only the capital Ç is in GSM-7; the lower-case ç forces UCS-2.
const QString &gsmBasic()
{
    static const QString chars = QStringLiteral(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
        "¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return chars;
}

const QString &gsmExtension()
{
    static const QString chars = QStringLiteral("\f^{}\\[~]|€");
    return chars;
}

// Bits per segment: a single-part SMS carries 1120 bits; each part of a concatenated SMS loses a 48-bit header.
constexpr int kSingleSegmentBits = 1120;
constexpr int kMultiSegmentBits = 1120 - 48;

// One user-perceived unit: a code point (a surrogate pair stays whole) and what it costs on the air.
struct EncodedChar
{
    QString text;
    int gsmSeptets = 0; // 0: not encodable in GSM-7
    int ucs2Units = 1;  // 2 for a surrogate pair
};

QList<EncodedChar> splitCodePoints(const QString &body)
{
    QList<EncodedChar> out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        EncodedChar c;
        const QChar ch = body.at(i);
        if (ch.isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate()) {
            c.text = body.mid(i, 2);
            c.ucs2Units = 2;
            ++i;
        } else {
            c.text = QString(ch);
            if (gsmBasic().contains(ch))
                c.gsmSeptets = 1;
            else if (gsmExtension().contains(ch))
                c.gsmSeptets = 2;
        }
        out.append(c);
    }
    return out;
}

// Packs characters into segments without splitting one across a boundary.
int countSegments(const QList<EncodedChar> &chars, bool gsm)
{
    if (chars.isEmpty())
        return 0;
    auto bitsOf = [gsm](const EncodedChar &c) { return gsm ? c.gsmSeptets * 7 : c.ucs2Units * 16; };
    int total = 0;
    for (const EncodedChar &c : chars)
        total += bitsOf(c);
    if (total <= kSingleSegmentBits)
        return 1;
    int segments = 1;
    int used = 0;
    for (const EncodedChar &c : chars) {
        const int bits = bitsOf(c);
        if (used + bits > kMultiSegmentBits) {
            ++segments;
            used = 0;
        }
        used += bits;
    }
    return segments;
}

const QHash<QChar, QString> &replacements()
{
    // Typographic characters that word processors and phones insert; Twilio's "smart encoding" maps them the same.
    static const QHash<QChar, QString> map = {
        {QChar(0x00AB), QStringLiteral("\"")}, {QChar(0x00BB), QStringLiteral("\"")},
        {QChar(0x201C), QStringLiteral("\"")}, {QChar(0x201D), QStringLiteral("\"")},
        {QChar(0x201E), QStringLiteral("\"")}, {QChar(0x201F), QStringLiteral("\"")},
        {QChar(0x2033), QStringLiteral("\"")}, {QChar(0x02BA), QStringLiteral("\"")},
        {QChar(0x301D), QStringLiteral("\"")}, {QChar(0x301E), QStringLiteral("\"")},
        {QChar(0xFF02), QStringLiteral("\"")}, {QChar(0x2018), QStringLiteral("'")},
        {QChar(0x2019), QStringLiteral("'")},  {QChar(0x201A), QStringLiteral("'")},
        {QChar(0x201B), QStringLiteral("'")},  {QChar(0x2032), QStringLiteral("'")},
        {QChar(0x02BB), QStringLiteral("'")},  {QChar(0x02BC), QStringLiteral("'")},
        {QChar(0x02C8), QStringLiteral("'")},  {QChar(0xFF07), QStringLiteral("'")},
        {QChar(0x0060), QStringLiteral("'")},  {QChar(0x00B4), QStringLiteral("'")},
        {QChar(0x2010), QStringLiteral("-")},  {QChar(0x2011), QStringLiteral("-")},
        {QChar(0x2012), QStringLiteral("-")},  {QChar(0x2013), QStringLiteral("-")},
        {QChar(0x2014), QStringLiteral("-")},  {QChar(0x2015), QStringLiteral("-")},
        {QChar(0x2212), QStringLiteral("-")},  {QChar(0xFE63), QStringLiteral("-")},
        {QChar(0xFF0D), QStringLiteral("-")},  {QChar(0x2026), QStringLiteral("...")},
        {QChar(0x00A0), QStringLiteral(" ")},  {QChar(0x2002), QStringLiteral(" ")},
        {QChar(0x2003), QStringLiteral(" ")},  {QChar(0x2004), QStringLiteral(" ")},
        {QChar(0x2005), QStringLiteral(" ")},  {QChar(0x2006), QStringLiteral(" ")},
        {QChar(0x2007), QStringLiteral(" ")},  {QChar(0x2008), QStringLiteral(" ")},
        {QChar(0x2009), QStringLiteral(" ")},  {QChar(0x200A), QStringLiteral(" ")},
        {QChar(0x202F), QStringLiteral(" ")},  {QChar(0x205F), QStringLiteral(" ")},
        {QChar(0x3000), QStringLiteral(" ")},  {QChar(0x0009), QStringLiteral(" ")},
        {QChar(0x2039), QStringLiteral("<")},  {QChar(0x203A), QStringLiteral(">")},
        {QChar(0x2022), QStringLiteral("-")},  {QChar(0x02C6), QStringLiteral("^")},
        {QChar(0x02DC), QStringLiteral("~")},  {QChar(0x2044), QStringLiteral("/")},
        {QChar(0xFF0C), QStringLiteral(",")},  {QChar(0xFF1A), QStringLiteral(":")},
        {QChar(0xFF1B), QStringLiteral(";")},  {QChar(0xFF01), QStringLiteral("!")},
        {QChar(0xFF1F), QStringLiteral("?")},  {QChar(0x00D7), QStringLiteral("x")},
    };
    return map;
}

// Invisible characters that only force UCS-2: dropped by withReplacements().
bool isInvisible(QChar ch)
{
    const char16_t u = ch.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF || u == 0x00AD;
}

} // namespace

SegmentInfo SegmentCalculator::analyse(const QString &body, double pricePerSegmentUsd)
{
    SegmentInfo info;
    const QList<EncodedChar> chars = splitCodePoints(body);
    info.characters = int(chars.size());
    QSet<QString> seen;
    for (const EncodedChar &c : chars) {
        if (c.gsmSeptets == 0 && !seen.contains(c.text)) {
            seen.insert(c.text);
            info.ucs2Characters.append(c.text);
        }
    }
    info.encoding = info.ucs2Characters.isEmpty() ? SegmentInfo::Encoding::Gsm7 : SegmentInfo::Encoding::Ucs2;
    info.segments = countSegments(chars, info.encoding == SegmentInfo::Encoding::Gsm7);
    info.estimatedCostUsd = info.segments * pricePerSegmentUsd;
    return info;
}

QString SegmentCalculator::gsmReplacement(const QString &character)
{
    if (character.size() != 1)
        return {};
    return replacements().value(character.at(0));
}

QString SegmentCalculator::withReplacements(const QString &body)
{
    QString out;
    out.reserve(body.size());
    for (const QChar ch : body) {
        if (isInvisible(ch))
            continue;
        const auto it = replacements().constFind(ch);
        if (it != replacements().constEnd())
            out += it.value();
        else
            out += ch;
    }
    return out;
}

} // namespace cd

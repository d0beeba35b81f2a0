#include "core/sms/SegmentInfo.h"

#include <QHash>
#include <QSet>
#include <QTextBoundaryFinder>

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

// Twilio's calculator fills a segment of 1120 bits; once a second one is needed, the first gets a 48-bit user data
// header (6 octets) and gives back from its end whatever no longer fits, and every later segment starts with one.
constexpr int kSegmentBits = 1120;
constexpr int kHeaderBits = 48;

// One unit the calculator never splits: a grapheme cluster (an emoji with its modifiers and joiners, a letter with
// its accents), except that CR LF counts as two, as in Twilio's calculator.
struct EncodedChar
{
    QString text;
    int gsmSeptets = 0; // 0: not encodable in GSM-7 (any cluster of two or more UTF-16 units, or a single non-GSM)
};

int gsmSeptetsOf(const QString &grapheme)
{
    if (grapheme.size() != 1)
        return 0;
    const QChar ch = grapheme.at(0);
    if (gsmBasic().contains(ch))
        return 1;
    if (gsmExtension().contains(ch))
        return 2;
    return 0;
}

void appendGrapheme(QList<EncodedChar> &out, const QString &grapheme)
{
    if (grapheme == QLatin1String("\r\n")) {
        out.append({QStringLiteral("\r"), 1});
        out.append({QStringLiteral("\n"), 1});
        return;
    }
    out.append({grapheme, gsmSeptetsOf(grapheme)});
}

QList<EncodedChar> splitGraphemes(const QString &body)
{
    QList<EncodedChar> out;
    out.reserve(body.size());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, body);
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end <= start) // never loop on a finder that gives up; the rest is one unit
            end = body.size();
        appendGrapheme(out, body.mid(start, end - start));
        start = end;
    }
    return out;
}

// Size on the air: GSM-7 septets, or 16 bits per UTF-16 unit (a GSM character, even from the extension table,
// costs 16 bits in a UCS-2 message).
int bitsOf(const EncodedChar &c, bool gsm)
{
    if (gsm)
        return c.gsmSeptets * 7;
    return c.gsmSeptets > 0 ? 16 : int(c.text.size()) * 16;
}

// The calculator's packing, step by step: a unit that does not fit opens a new segment; when the first segment
// gets its header it hands its overflowing tail to the second. A unit larger than a segment still takes one.
int countSegments(const QList<EncodedChar> &chars, bool gsm)
{
    if (chars.isEmpty())
        return 0;
    QList<QList<int>> segments{QList<int>{}};
    QList<int> used{0};
    bool firstHasHeader = false;
    for (const EncodedChar &c : chars) {
        const int bits = bitsOf(c, gsm);
        if (kSegmentBits - used.last() < bits) {
            QList<int> moved;
            if (!firstHasHeader) {
                firstHasHeader = true;
                used.first() += kHeaderBits;
                while (kSegmentBits - used.first() < 0) {
                    moved.prepend(segments.first().takeLast());
                    used.first() -= moved.first();
                }
            }
            segments.append(moved);
            int total = kHeaderBits;
            for (const int m : moved)
                total += m;
            used.append(total);
        }
        segments.last().append(bits);
        used.last() += bits;
    }
    return int(segments.size());
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
    const QList<EncodedChar> chars = splitGraphemes(body);
    info.characters = int(body.toUcs4().size());
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

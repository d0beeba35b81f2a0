#include "core/messaging/BodyMatch.h"

#include <QHash>
#include <QRegularExpression>

namespace cd {

namespace {

// Twilio's Smart Encoding table (the characters it replaces with a GSM-7 equivalent).
const QHash<QChar, QString> &smartEncoding()
{
    static const QHash<QChar, QString> table = {
        {QChar(0x00AB), QStringLiteral("\"")},
        {QChar(0x00BB), QStringLiteral("\"")},
        {QChar(0x201C), QStringLiteral("\"")},
        {QChar(0x201D), QStringLiteral("\"")},
        {QChar(0x02BA), QStringLiteral("\"")},
        {QChar(0x02EE), QStringLiteral("\"")},
        {QChar(0x201F), QStringLiteral("\"")},
        {QChar(0x275D), QStringLiteral("\"")},
        {QChar(0x275E), QStringLiteral("\"")},
        {QChar(0x301D), QStringLiteral("\"")},
        {QChar(0x301E), QStringLiteral("\"")},
        {QChar(0xFF02), QStringLiteral("\"")},
        {QChar(0xFF07), QStringLiteral("'")},
        {QChar(0x2018), QStringLiteral("'")},
        {QChar(0x2019), QStringLiteral("'")},
        {QChar(0x02BB), QStringLiteral("'")},
        {QChar(0x02C8), QStringLiteral("'")},
        {QChar(0x02BC), QStringLiteral("'")},
        {QChar(0x02BD), QStringLiteral("'")},
        {QChar(0x02B9), QStringLiteral("'")},
        {QChar(0x201B), QStringLiteral("'")},
        {QChar(0x2032), QStringLiteral("'")},
        {QChar(0x2035), QStringLiteral("'")},
        {QChar(0x275B), QStringLiteral("'")},
        {QChar(0x275C), QStringLiteral("'")},
        {QChar(0x201A), QStringLiteral("'")},
        {QChar(0x2039), QStringLiteral("'")},
        {QChar(0x203A), QStringLiteral("'")},
        {QChar(0x02CB), QStringLiteral("`")},
        {QChar(0x2010), QStringLiteral("-")},
        {QChar(0x2011), QStringLiteral("-")},
        {QChar(0x2012), QStringLiteral("-")},
        {QChar(0x2013), QStringLiteral("-")},
        {QChar(0x2014), QStringLiteral("-")},
        {QChar(0x2015), QStringLiteral("-")},
        {QChar(0x2212), QStringLiteral("-")},
        {QChar(0x00AD), QString()},
        {QChar(0x2043), QStringLiteral("-")},
        {QChar(0x02D0), QStringLiteral(":")},
        {QChar(0x02F8), QStringLiteral(":")},
        {QChar(0x2236), QStringLiteral(":")},
        {QChar(0x2024), QStringLiteral(".")},
        {QChar(0x2026), QStringLiteral("...")},
        {QChar(0x2022), QStringLiteral("-")},
        {QChar(0x00A0), QStringLiteral(" ")},
        {QChar(0x2000), QStringLiteral(" ")},
        {QChar(0x2001), QStringLiteral(" ")},
        {QChar(0x2002), QStringLiteral(" ")},
        {QChar(0x2003), QStringLiteral(" ")},
        {QChar(0x2004), QStringLiteral(" ")},
        {QChar(0x2005), QStringLiteral(" ")},
        {QChar(0x2006), QStringLiteral(" ")},
        {QChar(0x2007), QStringLiteral(" ")},
        {QChar(0x2008), QStringLiteral(" ")},
        {QChar(0x2009), QStringLiteral(" ")},
        {QChar(0x200A), QStringLiteral(" ")},
        {QChar(0x200B), QString()},
        {QChar(0x202F), QStringLiteral(" ")},
        {QChar(0x205F), QStringLiteral(" ")},
        {QChar(0x3000), QStringLiteral(" ")},
        {QChar(0xFEFF), QString()},
        {QChar(0x2060), QString()},
        {QChar(0x02C6), QStringLiteral("^")},
        {QChar(0x02DC), QStringLiteral("~")},
        {QChar(0x2044), QStringLiteral("/")},
        {QChar(0x2215), QStringLiteral("/")},
        {QChar(0x01C3), QStringLiteral("!")},
        {QChar(0x2223), QStringLiteral("|")},
        {QChar(0x01C0), QStringLiteral("|")},
        {QChar(0x0589), QStringLiteral(":")},
        {QChar(0x2063), QStringLiteral(",")},
    };
    return table;
}

const QString TrialPrefix = QStringLiteral("Sent from your Twilio trial account - ");

} // namespace

QString BodyMatch::normalized(const QString &body)
{
    QString text = body;
    if (text.startsWith(TrialPrefix))
        text.remove(0, TrialPrefix.size());
    QString out;
    out.reserve(text.size());
    const auto &table = smartEncoding();
    for (const QChar c : std::as_const(text)) {
        const auto it = table.constFind(c);
        if (it != table.constEnd())
            out += *it;
        else
            out += c;
    }
    // Link Shortening swaps every URL for a short one: a URL matches any URL in the same place.
    static const QRegularExpression url(QStringLiteral("https?://\\S+"), QRegularExpression::CaseInsensitiveOption);
    out.replace(url, QStringLiteral("\x01"));
    return out.trimmed();
}

bool BodyMatch::matches(const QString &ours, const QString &twilios)
{
    return ours == twilios || normalized(ours) == normalized(twilios);
}

} // namespace cd

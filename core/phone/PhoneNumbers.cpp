#include "core/phone/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace cd {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

void PhoneNumbers::prepare()
{
    // GetInstance() is a thread-safe singleton: a caller on the GUI thread waits for this one if it is not done.
    (void)util();
}

QString PhoneNumbers::digitsOnly(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

bool PhoneNumbers::isKnownRegion(const QString &regionCode)
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions.count(regionCode.toUpper().toStdString()) > 0;
}

Result<PhoneNumber> PhoneNumbers::parse(const QString &input, const QString &defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("phone.empty"), tr("Enter a phone number."));
    if (digitsOnly(trimmed).isEmpty()) {
        return makeError(QStringLiteral("phone.not-a-number"),
                         tr("\"%1\" is not a phone number. Enter digits, for example (415) 555-0100.").arg(trimmed));
    }

    i18n::phonenumbers::PhoneNumber number;
    const auto status = util().Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    switch (status) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return makeError(QStringLiteral("phone.country-code"),
                         tr("\"%1\" has no valid country code. Start international numbers with + and the country "
                            "code, for example +44 20 7946 0000.")
                             .arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return makeError(QStringLiteral("phone.too-short"),
                         tr("\"%1\" is too short to be a phone number. Check for missing digits.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return makeError(QStringLiteral("phone.too-long"),
                         tr("\"%1\" is too long to be a phone number. Check for extra digits.").arg(trimmed));
    default:
        return makeError(QStringLiteral("phone.not-a-number"),
                         tr("\"%1\" is not a phone number. Enter digits, for example (415) 555-0100.").arg(trimmed));
    }

    if (!util().IsValidNumber(number)) {
        const auto possible = util().IsPossibleNumberWithReason(number);
        if (possible == PhoneNumberUtil::TOO_SHORT || possible == PhoneNumberUtil::INVALID_LENGTH)
            return makeError(QStringLiteral("phone.too-short"),
                             tr("\"%1\" is too short to be a phone number. Check for missing digits.").arg(trimmed));
        if (possible == PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY)
            return makeError(QStringLiteral("phone.too-short"),
                             tr("\"%1\" is missing its area code. Enter the whole number, for example (415) 555-0100.")
                                 .arg(trimmed));
        if (possible == PhoneNumberUtil::TOO_LONG)
            return makeError(QStringLiteral("phone.too-long"),
                             tr("\"%1\" is too long to be a phone number. Check for extra digits.").arg(trimmed));
        std::string nationalSignificant;
        util().GetNationalSignificantNumber(number, &nationalSignificant);
        const int areaLength = util().GetLengthOfNationalDestinationCode(number);
        const QString area =
            areaLength > 0 ? fromStd(nationalSignificant).left(areaLength) : fromStd(nationalSignificant).left(3);
        return makeError(QStringLiteral("phone.invalid"),
                         tr("\"%1\" is not a number in service: area code %2 is not assigned, so texts to it would be "
                            "rejected. Check the number with the patient.")
                             .arg(trimmed, area));
    }

    std::string text;
    util().Format(number, PhoneNumberUtil::E164, &text);
    // libphonenumber's E.164 is not always a fixed point: a Mexican mobile typed with the old "1" after +52
    // (+52 1 415 555 0524) formats as +5214155550524, which parses back as +524155550524 (the "1" is a national
    // prefix there). Twilio and the phones use the second form, so store the number its own E.164 parses to:
    // otherwise replies from that patient would not match and every check of a stored number would differ.
    i18n::phonenumbers::PhoneNumber canonical;
    const i18n::phonenumbers::PhoneNumber *stored = &number;
    if (util().Parse(text, "ZZ", &canonical) == PhoneNumberUtil::NO_PARSING_ERROR && util().IsValidNumber(canonical)) {
        std::string again;
        util().Format(canonical, PhoneNumberUtil::E164, &again);
        if (again != text) {
            stored = &canonical;
            text = again;
        }
    }

    PhoneNumber result;
    result.e164 = fromStd(text);
    util().Format(*stored, PhoneNumberUtil::NATIONAL, &text);
    result.national = fromStd(text);
    util().Format(*stored, PhoneNumberUtil::INTERNATIONAL, &text);
    result.international = fromStd(text);
    util().GetRegionCodeForNumber(*stored, &text);
    result.regionCode = fromStd(text);
    return result;
}

QString PhoneNumbers::display(const QString &e164, const QString &clinicRegion)
{
    if (e164.isEmpty())
        return {};
    i18n::phonenumbers::PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    // Checked against the clinic's region alone: GetRegionCodeForNumber would try each of the 25 regions that share
    // +1 in turn (about 0.3 ms a number; the first page of the patient list formats 16 of them before it paints).
    const bool home = util().IsValidNumberForRegion(number, clinicRegion.toUpper().toStdString());
    std::string text;
    util().Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &text);
    return fromStd(text);
}

} // namespace cd

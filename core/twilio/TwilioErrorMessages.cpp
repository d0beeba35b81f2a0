#include "core/twilio/TwilioErrorMessages.h"

#include <QHash>

namespace cd {

namespace {

// Source texts only (translated at lookup): the list from twilio-api.md plus the codes the client meets itself.
const QHash<int, const char *> &sourceTexts()
{
    static const QHash<int, const char *> texts = {
        {20003, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Failed to connect to messaging service: Twilio did not accept the account "
                                  "credentials. Check the Account SID and Auth Token (or API key) in Settings.")},
        {20404, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Twilio could not find this item (account, message or number). Check the Account "
                                  "SID in Settings; the message may also have been deleted.")},
        {20429, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Twilio is busy (too many requests at once). Nothing was sent; try again in a "
                                  "minute.")},
        {21211, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The patient's phone number is not a valid number. Correct it in the patient's "
                                  "record.")},
        {21408, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Texting this country is not enabled on the clinic's Twilio account. Ask the "
                                  "account owner to allow it (Twilio geo permissions).")},
        {21602, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages", "The message is empty. Type a message before sending.")},
        {21603, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "No sending number is set up. Enter the clinic's Twilio number or Messaging "
                                  "Service in Settings.")},
        {21604, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The patient has no phone number. Add one to the patient's record.")},
        {21606, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The clinic's sending number cannot text this number. Check the clinic number in "
                                  "Settings (it must be an SMS-capable Twilio number).")},
        {21608, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The Twilio trial account can only text verified numbers. Verify this number in "
                                  "Twilio or upgrade the account.")},
        {21610, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "This patient replied STOP and no longer receives texts from the clinic. They can "
                                  "text START to the clinic number to receive texts again; call them meanwhile.")},
        {21612, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "This phone number cannot receive texts from the clinic's number. Call the "
                                  "patient instead.")},
        {21614, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "This number is not a mobile number (it may be a landline). Call the patient or "
                                  "update the number.")},
        {21617, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The message is too long (over 1600 characters). Shorten it and send again.")},
        {30001, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Too many messages were waiting at Twilio and this one was dropped. Send it again "
                                  "later.")},
        {30003, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The patient's phone is switched off or out of coverage. Try again later or call.")},
        {30004, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The message was blocked: the patient may have opted out or blocks texts. Call "
                                  "the patient.")},
        {30005, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The carrier does not know this number (it may no longer exist). Check the number "
                                  "with the patient.")},
        {30006, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The number is a landline or its carrier cannot receive texts. Call the patient.")},
        {30007, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The carrier filtered the message as possible spam. Rephrase it without links, and "
                                  "make sure the clinic number is registered (A2P 10DLC or toll-free "
                                  "verification).")},
        {30008, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Delivery failed for an unknown reason. Try again later or call the patient.")},
        {30409, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "This message can no longer be canceled: it is not scheduled any more (it may "
                                  "already have been sent).")},
        {35111, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Scheduling needs a Messaging Service. Enter one in Settings, or send now.")},
        {35114, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The scheduled time is outside what Twilio allows (15 minutes to 35 days ahead). "
                                  "Pick another time.")},
        {35115, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The scheduled time is outside what Twilio allows (15 minutes to 35 days ahead). "
                                  "Pick another time.")},
        {35117, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "The scheduled time is outside what Twilio allows (15 minutes to 35 days ahead). "
                                  "Pick another time.")},
        {35118, QT_TRANSLATE_NOOP("cd::TwilioErrorMessages",
                                  "Scheduling needs a Messaging Service. Enter one in Settings, or send now.")},
    };
    return texts;
}

} // namespace

QString twilioErrorText(int code)
{
    const auto it = sourceTexts().constFind(code);
    if (it != sourceTexts().constEnd())
        return QCoreApplication::translate("cd::TwilioErrorMessages", it.value());
    return QCoreApplication::translate("cd::TwilioErrorMessages",
                                       "Twilio could not process the message (error %1). Try again later; if it keeps "
                                       "happening, tell the person who manages the Twilio account.")
        .arg(code);
}

bool twilioErrorKnown(int code)
{
    return sourceTexts().contains(code);
}

QString TwilioErrorMessages::networkFailure()
{
    return tr("Failed to connect to messaging service. Check the internet connection and try again.");
}

QString TwilioErrorMessages::tlsFailure()
{
    return tr("Failed to connect to messaging service: the secure connection could not be verified. Check the "
              "computer's date and time; if they are right, ask IT whether a proxy or antivirus intercepts secure "
              "connections.");
}

QString TwilioErrorMessages::credentialsRejected()
{
    return twilioErrorText(20003);
}

QString TwilioErrorMessages::rateLimited()
{
    return twilioErrorText(20429);
}

QString TwilioErrorMessages::outcomeUnknown()
{
    return tr("The connection to Twilio broke after the message was handed over, so it is not known whether it "
              "was sent. It will not be sent again until that is checked.");
}

QString TwilioErrorMessages::serverError()
{
    return tr("Twilio had a problem on its side. Try again in a few minutes.");
}

QString TwilioErrorMessages::unreadableAnswer()
{
    return tr("Twilio's answer could not be understood. Try again later; if it keeps happening, check the "
              "Twilio address setting.");
}

QString TwilioErrorMessages::forHttpStatus(int httpStatus)
{
    if (httpStatus == 401 || httpStatus == 403)
        return credentialsRejected();
    if (httpStatus == 404)
        return twilioErrorText(20404);
    if (httpStatus == 429)
        return rateLimited();
    if (httpStatus >= 500)
        return serverError();
    return tr("Twilio refused the request (HTTP %1). Check the message and the settings, then try again.")
        .arg(httpStatus);
}

} // namespace cd

#pragma once

#include <QCoreApplication>
#include <QString>

namespace cd {

// Twilio error codes in words a front-desk person can act on (what happened, what to do). Used for send errors,
// outbox error text and chat tooltips. Unknown codes get a generic sentence that still names the code.
QString twilioErrorText(int code);

// True when `code` has its own sentence (not the generic fallback).
bool twilioErrorKnown(int code);

class TwilioErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(cd::TwilioErrorMessages)
public:
    // The original guide's wording, for anything that kept us from reaching Twilio.
    static QString networkFailure();
    // TLS could not be verified: nothing was sent.
    static QString tlsFailure();
    // Twilio rejected the Account SID / Auth Token / API key (HTTP 401, error 20003).
    static QString credentialsRejected();
    static QString rateLimited();
    static QString outcomeUnknown();
    static QString serverError();
    static QString unreadableAnswer();
    // Fallback by HTTP status when the body carries no Twilio code.
    static QString forHttpStatus(int httpStatus);
};

} // namespace cd

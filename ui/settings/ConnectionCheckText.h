#pragma once

#include "core/twilio/TwilioConnectionCheck.h"

#include <QCoreApplication>
#include <QString>

namespace cd::ui {

// The connection check's outcome in plain words for the Settings dialog: OK with the account, the number's SMS
// capability and whether scheduling is available; or what is wrong and what to do.
class ConnectionCheckText
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::ConnectionCheckText)
public:
    static QString describe(const TwilioConnectionCheck &check);
};

} // namespace cd::ui

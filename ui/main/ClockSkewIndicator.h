#pragma once

#include <QLabel>

namespace cd {
class MessagingService;
}

namespace cd::ui {

// Status bar: a warning, in words, while this computer's clock differs from Twilio's by more than 2 minutes
// (measured from every Twilio answer; see core/twilio/TwilioClock). Hidden otherwise.
class ClockSkewIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit ClockSkewIndicator(MessagingService &messaging, QWidget *parent = nullptr);
    void refresh();
};

} // namespace cd::ui

#pragma once

#include <functional>

class QObject;
class QWidget;

namespace cd::ui {

// Runs `then` once, right after `widget` has painted for the first time (queued, so the frame reaches the screen
// first). Start-up work that the first frame does not need waits for it: counts, unread lists, the messaging session.
// Asked after a first paint that this function saw, `then` runs on the next turn of the event loop.
void whenFirstPainted(QWidget *widget, QObject *context, std::function<void()> then);

} // namespace cd::ui

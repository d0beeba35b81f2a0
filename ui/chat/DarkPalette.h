#pragma once

#include <QPalette>

namespace cd::ui {

// A dark palette for the Fusion style (`clinicdesk --dark`), for desktops whose platform theme gives Qt no dark
// palette. Every colour the UI uses comes from palette roles, so the chat and dialogs follow it.
QPalette darkFusionPalette();

} // namespace cd::ui

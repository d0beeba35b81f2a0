#pragma once

class QWidget;

namespace cd::ui {

// Secondary text (explanations, summaries): a softer colour than the main text that stays readable, unlike a
// disabled label, and stays selectable.
void makeSecondaryText(QWidget *widget);

} // namespace cd::ui

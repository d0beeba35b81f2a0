#pragma once

#include <QPushButton>

namespace cd::ui {

// "↓ 3 new messages": floats over the bottom of the conversation when messages arrive while the user reads
// further up, instead of yanking the view down. Clicking it (or Alt+End in the list) jumps to the newest.
class NewMessagesPill : public QPushButton
{
    Q_OBJECT
public:
    explicit NewMessagesPill(QWidget *viewport);

    void addMessages(int count);
    void clear();
    int count() const { return m_count; }
    void reposition();

private:
    int m_count = 0;
};

} // namespace cd::ui

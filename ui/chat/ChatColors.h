#pragma once

#include <QColor>
#include <QPalette>

namespace cd::ui {

// Bubble colours derived from the current palette (light or dark alike), never hard-coded against one theme.
struct ChatColors
{
    QColor background;
    QColor incomingBubble;
    QColor incomingText;
    QColor outgoingBubble;
    QColor outgoingText;
    QColor secondaryIncoming; // time and status on an incoming bubble
    QColor secondaryOutgoing;
    QColor failure; // the warning icon and its label
    QColor delivered;
    QColor separatorText;
    QColor separatorFill;
    QColor selectionOutline;

    static ChatColors fromPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // Black or white-ish text, whichever reads better on `background`.
    static QColor readableOn(const QColor &background, const QPalette &palette);
};

} // namespace cd::ui

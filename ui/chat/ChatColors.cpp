#include "ui/chat/ChatColors.h"

#include <cmath>

namespace cd::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

bool ChatColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor ChatColors::readableOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor alt = palette.color(QPalette::Base);
    return contrast(text, background) >= contrast(alt, background) ? text : alt;
}

ChatColors ChatColors::fromPalette(const QPalette &palette)
{
    ChatColors c;
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor accent = palette.color(QPalette::Highlight);
    c.background = base;
    c.incomingBubble = dark ? mix(base, text, 0.14) : mix(base, text, 0.075);
    c.outgoingBubble = dark ? mix(base, accent, 0.42) : mix(base, accent, 0.22);
    c.incomingText = readableOn(c.incomingBubble, palette);
    c.outgoingText = readableOn(c.outgoingBubble, palette);
    c.secondaryIncoming = mix(c.incomingBubble, c.incomingText, 0.68);
    c.secondaryOutgoing = mix(c.outgoingBubble, c.outgoingText, 0.68);
    c.failure = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    c.delivered = dark ? QColor(0x9c, 0xd2, 0xff) : QColor(0x0b, 0x57, 0xb0);
    // Keep the accents readable on the outgoing bubble whatever the palette's highlight is.
    if (contrast(c.delivered, c.outgoingBubble) < 3.0)
        c.delivered = c.secondaryOutgoing;
    if (contrast(c.failure, c.outgoingBubble) < 3.0)
        c.failure = c.outgoingText;
    c.separatorText = mix(base, text, 0.7);
    c.separatorFill = dark ? mix(base, text, 0.1) : mix(base, text, 0.06);
    c.selectionOutline = accent;
    return c;
}

} // namespace cd::ui

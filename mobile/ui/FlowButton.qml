import QtQuick

// A KButton for a Flow: as wide as its words, but never wider than the Flow, so that on a
// narrow phone at a large text size the words wrap inside the button instead of running off the
// screen. The width comes from the words' measured width (not the button's implicit width, which
// itself follows the wrapping) so the binding settles at once.
KButton {
    id: button
    readonly property real naturalWidth: Math.max(Theme.touchMinimum, metrics.advanceWidth + 2 * Theme.margin + 1)
    width: parent ? Math.min(naturalWidth, parent.width) : naturalWidth
    TextMetrics { id: metrics; font: button.font; text: button.text }
}

import QtQuick

// Running text: wraps, scales with the person's text size, and is read by screen readers.
Text {
    property bool muted: false
    wrapMode: Text.Wrap
    // Set, not implicit: Qt mirrors only a set alignment, so right-to-left pages align it right.
    horizontalAlignment: Text.AlignLeft
    color: muted ? Theme.textMuted : Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.15
    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}

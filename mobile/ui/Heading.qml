import QtQuick

// A heading inside a page; screen readers announce it as one.
Text {
    property int level: 2
    wrapMode: Text.Wrap
    // Set, not implicit: Qt mirrors only a set alignment, so right-to-left pages align it right.
    horizontalAlignment: Text.AlignLeft
    color: Theme.text
    font.pixelSize: level <= 1 ? Theme.fontTitle : Theme.fontHeading
    font.bold: true
    textFormat: Text.PlainText
    Accessible.role: Accessible.Heading
    Accessible.name: text
}

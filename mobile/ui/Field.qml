import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic

// A labelled one-line text field. `label` names it on screen and to screen readers.
ColumnLayout {
    id: field
    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property alias input: input
    property string hint
    signal accepted()

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Body { id: caption; Layout.fillWidth: true; font.bold: true }
    Body { visible: field.hint !== ""; text: field.hint; muted: true; Layout.fillWidth: true; font.pixelSize: Theme.fontSmall }
    Basic.TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touchMinimum, contentHeight + 2 * Theme.spacing)
        font.pixelSize: Theme.fontBody
        horizontalAlignment: TextInput.AlignLeft  // set, so right-to-left mirrors it (and the placeholder)
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: input.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: input.activeFocus ? Theme.focus : Theme.border
        }
        onAccepted: field.accepted()
        Accessible.role: Accessible.EditableText
        Accessible.name: caption.text
        Accessible.description: field.hint
    }
}

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic

// A labelled text area for a few sentences.
ColumnLayout {
    id: box
    property alias label: caption.text
    property alias text: area.text
    property alias placeholder: area.placeholderText
    property string hint

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Body { id: caption; Layout.fillWidth: true; font.bold: true }
    Body { visible: box.hint !== ""; text: box.hint; muted: true; Layout.fillWidth: true; font.pixelSize: Theme.fontSmall }
    Basic.TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchMinimum * 2
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: area.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: area.activeFocus ? Theme.focus : Theme.border
        }
        Accessible.role: Accessible.EditableText
        Accessible.name: caption.text
        Accessible.description: box.hint
    }
}

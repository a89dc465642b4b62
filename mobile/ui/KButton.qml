import QtQuick
import QtQuick.Controls.Basic as Basic

// A button at least Theme.touchMinimum square, its words wrapping rather than cut off.
Basic.Button {
    id: control

    property bool primary: true
    property bool destructive: false

    implicitWidth: Math.max(Theme.touchMinimum, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Math.max(Theme.touchMinimum, label.implicitHeight + 2 * Theme.spacing)
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus

    contentItem: Text {
        id: label
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? Theme.textMuted
             : control.destructive ? Theme.dangerText
             : control.primary ? Theme.accentText : Theme.accent
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.surfaceMuted
             : control.destructive ? Theme.danger
             : control.primary ? Theme.accent : Theme.surface
        border.width: control.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focus : control.primary ? "transparent" : Theme.border
        opacity: control.down ? 0.8 : 1
    }
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: clicked()
}

import QtQuick
import QtQuick.Controls.Basic as Basic
import Kith.Core

// One tap locks Kith and shows a neutral screen, for when someone looks over a shoulder.
// On every page, in the same place.
Basic.Button {
    id: control
    required property Session session
    objectName: "quickExit"
    text: qsTr("Exit")
    implicitWidth: Math.max(Theme.touchMinimum, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.touchMinimum, label.implicitHeight + Theme.spacing)
    font.pixelSize: Theme.fontBody
    font.bold: true
    contentItem: Text {
        id: label
        text: control.text
        font: control.font
        color: Theme.exitButtonText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.exitButton
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
    onClicked: session.quickExit()
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Leave Kith quickly")
    Accessible.description: qsTr("Locks Kith at once and shows a plain screen")
    Accessible.onPressAction: session.quickExit()
}

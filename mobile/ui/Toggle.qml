import QtQuick
import QtQuick.Controls.Basic as Basic

// An on/off choice with its words beside it; the whole row is the touch target.
Basic.Switch {
    id: control
    implicitHeight: Math.max(Theme.touchMinimum, contentItem.implicitHeight)
    font.pixelSize: Theme.fontBody
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft  // set, so right-to-left mirrors it
        leftPadding: control.mirrored ? 0 : control.indicator.width + Theme.spacing
        rightPadding: control.mirrored ? control.indicator.width + Theme.spacing : 0
    }
    indicator: Rectangle {
        x: control.mirrored ? control.width - width : 0
        y: (control.height - height) / 2
        implicitWidth: Theme.touchMinimum
        implicitHeight: Theme.touchMinimum / 2
        radius: height / 2
        color: control.checked ? Theme.accent : Theme.surfaceMuted
        border.width: control.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focus : Theme.border
        Rectangle {
            width: parent.height - 6; height: width; radius: width / 2
            y: 3
            x: control.checked ? parent.width - width - 3 : 3
            color: control.checked ? Theme.accentText : Theme.border
            Behavior on x { NumberAnimation { duration: Theme.durationShort } }
        }
    }
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
}

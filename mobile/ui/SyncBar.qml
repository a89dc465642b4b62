import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic
import Kith.Core

// A quiet line at the foot of every page: when Kith last synced, what waits, and any refusal
// with what to do. The whole line is a button that syncs now.
ColumnLayout {
    id: bar
    required property Session session
    objectName: "syncBar"
    spacing: 0

    Notice {
        objectName: "rejection"
        Layout.fillWidth: true
        text: bar.session.rejection
        danger: true
        actionText: qsTr("OK")
        onAction: bar.session.dismissRejection()
    }
    Basic.ItemDelegate {
        id: line
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touchMinimum, words.implicitHeight + 2 * Theme.spacingSmall)
        padding: Theme.spacingSmall
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        contentItem: Text {
            id: words
            objectName: "syncText"
            text: bar.session.syncText
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignLeft  // set, so right-to-left mirrors it
            font.pixelSize: Theme.fontSmall
            color: bar.session.syncPhase === Session.NeedsAttention ? Theme.danger : Theme.text
        }
        background: Rectangle {
            color: Theme.surfaceMuted
            border.width: line.visualFocus ? Theme.focusWidth : 0
            border.color: Theme.focus
        }
        onClicked: bar.session.syncNow()
        Accessible.role: Accessible.Button
        Accessible.name: bar.session.syncText
        Accessible.description: qsTr("Sync now")
        Accessible.onPressAction: bar.session.syncNow()
    }
}

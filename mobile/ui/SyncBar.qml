import QtQuick
import QtQuick.Layouts
import Kith.Core

// A quiet line at the foot of every page: when Kith last synced, what waits, and any refusal
// with what to do. Tapping it syncs now.
Rectangle {
    id: bar
    required property Session session
    objectName: "syncBar"
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surfaceMuted
    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        spacing: Theme.spacingSmall
        Notice {
            objectName: "rejection"
            text: bar.session.rejection
            danger: true
            actionText: qsTr("OK")
            onAction: bar.session.dismissRejection()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                objectName: "syncText"
                Layout.fillWidth: true
                text: bar.session.syncText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: bar.session.syncPhase === Session.NeedsAttention ? Theme.danger : Theme.text
                Accessible.role: Accessible.StatusBar
                Accessible.name: text
            }
            KButton {
                text: qsTr("Sync now")
                primary: false
                visible: bar.session.syncPhase !== Session.Syncing
                onClicked: bar.session.syncNow()
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts

// A message that needs seeing: a problem with what was typed, or a refusal from the server.
Rectangle {
    id: notice
    property alias text: words.text
    property bool danger: false
    property string actionText
    signal action()
    visible: text !== ""
    Layout.fillWidth: true
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius / 2
    color: danger ? Theme.danger : Theme.notice
    border.width: Theme.borderWidth
    border.color: Theme.border
    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        spacing: Theme.spacing
        Text {
            id: words
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignLeft  // set, so right-to-left mirrors it
            color: notice.danger ? Theme.dangerText : Theme.noticeText
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KButton {
            visible: notice.actionText !== ""
            text: notice.actionText
            primary: false
            onClicked: notice.action()
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// Under an easy-read field: what the easy read check finds while the coordinator writes. Words
// carry the meaning (a summary line, then one line a finding), never colour alone; hidden while
// the field is empty. The first few findings show; a switch shows the rest.
Rectangle {
    id: notice
    property alias text: checker.text
    readonly property alias check: checker
    readonly property int shown: 3

    objectName: "easyReadNotice"
    visible: checker.summary !== ""
    Layout.fillWidth: true
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius / 2
    color: checker.count > 0 ? Theme.notice : Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: checker.summary

    EasyReadCheck { id: checker }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacingSmall

        Body {
            objectName: "easyReadSummary"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: checker.count > 0 ? Theme.noticeText : Theme.text
            text: checker.summary
        }
        Repeater {
            model: checker.findings
            Body {
                required property int index
                required property string message
                objectName: "easyReadFinding"
                visible: index < notice.shown || showAll.checked
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSmall
                color: Theme.noticeText
                text: "\u2022 " + message
                Accessible.name: message
            }
        }
        Toggle {
            id: showAll
            objectName: "easyReadShowAll"
            visible: checker.count > notice.shown
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
            text: qsTr("Show all %1").arg(checker.count)
        }
    }
}

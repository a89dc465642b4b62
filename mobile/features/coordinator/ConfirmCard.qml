import QtQuick
import QtQuick.Layouts
import Kith.Ui

// Asks once more before something that cannot be undone from the app.
Card {
    id: confirm
    property alias text: question.text
    property string yesText: qsTr("Yes")
    property string noText: qsTr("No, keep it")
    signal confirmed()
    signal cancelled()

    Accessible.role: Accessible.AlertMessage
    Accessible.name: question.text
    Body { id: question; Layout.fillWidth: true; font.bold: true }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        FlowButton { objectName: "confirmYes"; destructive: true; text: confirm.yesText; onClicked: confirm.confirmed() }
        FlowButton { objectName: "confirmNo"; primary: false; text: confirm.noText; onClicked: confirm.cancelled() }
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// The PIN screen. It names no one: the phone may be shared.
KPage {
    id: page
    objectName: "unlockPage"
    heading: qsTr("Kith")
    showSync: false

    Body { Layout.fillWidth: true; text: qsTr("Type your PIN to open Kith.") }
    Field {
        id: pin
        objectName: "pin"
        label: qsTr("PIN")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: open.clicked()
        Component.onCompleted: pin.input.forceActiveFocus()
    }
    Notice { objectName: "error"; text: page.session.error; danger: true }
    KButton {
        id: open
        objectName: "unlock"
        Layout.fillWidth: true
        enabled: !page.session.busy
        text: page.session.busy ? qsTr("Opening…") : qsTr("Open")
        onClicked: { page.session.unlock(pin.text); pin.text = "" }
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// Who to call now. Kith is not an emergency service: these numbers are shown before and after
// anything is sent, and work without Kith or a connection to it.
Card {
    id: help
    objectName: "helpNumbers"
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Who to call now")

    Heading { text: qsTr("If you need help now"); Layout.fillWidth: true }
    Body {
        objectName: "emergencyNumber"
        Layout.fillWidth: true
        font.bold: true
        text: qsTr("In an emergency, or if you are in danger now, call 999.")
    }
    Body {
        objectName: "childlineNumber"
        Layout.fillWidth: true
        text: qsTr("Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        KButton {
            objectName: "call999"
            text: qsTr("Call 999")
            destructive: true
            onClicked: Qt.openUrlExternally("tel:999")
        }
        KButton {
            objectName: "callChildline"
            primary: false
            text: qsTr("Call Childline")
            Accessible.name: qsTr("Call Childline, 0800 1111")
            onClicked: Qt.openUrlExternally("tel:08001111")
        }
    }
}

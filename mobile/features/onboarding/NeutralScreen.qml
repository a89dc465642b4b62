import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic
import Kith.Core
import Kith.Ui

// What the quick exit shows: a plain clock, with nothing about Kith or anyone in it. Kith is
// already locked underneath; "Continue" goes to the PIN screen.
Basic.Page {
    id: page
    objectName: "neutralScreen"
    required property Session session
    background: Rectangle { color: Theme.background }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaximumWidth)
        spacing: Theme.spacingLarge
        Text {
            id: clock
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontTitle * 2
            color: Theme.text
            text: Qt.formatTime(new Date(), "hh:mm")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Timer { interval: 10000; running: true; repeat: true; onTriggered: clock.text = Qt.formatTime(new Date(), "hh:mm") }
        }
        Body {
            Layout.alignment: Qt.AlignHCenter
            text: Qt.formatDate(new Date(), Qt.DefaultLocaleLongDate)
        }
        KButton {
            objectName: "continue"
            Layout.alignment: Qt.AlignHCenter
            primary: false
            text: qsTr("Continue")
            onClicked: page.session.leaveNeutralScreen()
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// The first run: the server, an invite code (or the text of a QR code) or a staff login, and a
// new PIN typed twice.
KPage {
    id: page
    objectName: "enrolPage"
    heading: qsTr("Welcome to Kith")
    showSync: false
    property bool staff: false

    Body {
        Layout.fillWidth: true
        text: page.staff
              ? qsTr("Sign in with the Kith account your service gave you. Then choose a PIN for this phone.")
              : qsTr("Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.")
    }
    Field {
        id: server
        objectName: "server"
        label: qsTr("Kith server address")
        text: page.session.defaultServer
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }
    Field {
        id: invite
        objectName: "invite"
        visible: !page.staff
        label: qsTr("Invite code")
        hint: qsTr("10 letters and numbers, like 7KQ2M-XH9TD")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
    }
    Field {
        id: username
        objectName: "username"
        visible: page.staff
        label: qsTr("Username")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    }
    Field {
        id: password
        objectName: "password"
        visible: page.staff
        label: qsTr("Password")
        echoMode: TextInput.Password
    }
    Field {
        id: pin
        objectName: "pin"
        label: qsTr("Choose a PIN")
        hint: qsTr("At least 6 numbers. You will type it each time you open Kith.")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
    }
    Field {
        id: pinAgain
        objectName: "pinAgain"
        label: qsTr("Type the PIN again")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: join.clicked()
    }
    Notice { objectName: "error"; text: page.session.error; danger: true }
    KButton {
        id: join
        objectName: "join"
        Layout.fillWidth: true
        enabled: !page.session.busy
        text: page.session.busy ? qsTr("Joining…") : qsTr("Join")
        onClicked: page.staff
                   ? page.session.enrolStaff(server.text, username.text, password.text, pin.text, pinAgain.text)
                   : page.session.enrolWithInvite(server.text, invite.text, pin.text, pinAgain.text)
    }
    KButton {
        objectName: "switchMode"
        Layout.fillWidth: true
        primary: false
        text: page.staff ? qsTr("I have an invite code") : qsTr("I work for the service")
        onClicked: page.staff = !page.staff
    }
}

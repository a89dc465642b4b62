import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// Invite someone to the family in view: their part in the family and their name, then the code
// and its QR code, large, to scan from this screen, and when it stops working.
KPage {
    id: page
    objectName: "invitePage"
    heading: qsTr("Invite someone")

    property int startRole: 0
    property string startName
    //! An existing volunteer, from the service's list, invited by their id.
    property string volunteerId

    CoordinatorDesk { id: desk; session: page.session }
    property int role: startRole

    Body {
        visible: !desk.isCoordinator
        Layout.fillWidth: true
        text: qsTr("Only a coordinator of this family can invite people to it.")
    }

    ColumnLayout {
        visible: desk.isCoordinator && desk.inviteCode === ""
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Body {
            Layout.fillWidth: true
            text: qsTr("Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.").arg(desk.familyName)
        }
        ChoiceFlow {
            objectName: "roleChoice"
            visible: page.volunteerId === ""
            label: qsTr("Their part in the family")
            current: page.role
            choices: [{ value: Session.Parent, text: page.session.roleName(Session.Parent) },
                      { value: Session.YoungPerson, text: page.session.roleName(Session.YoungPerson) },
                      { value: Session.Network, text: page.session.roleName(Session.Network) },
                      { value: Session.CareLeaver, text: page.session.roleName(Session.CareLeaver) },
                      { value: Session.Volunteer, text: page.session.roleName(Session.Volunteer) }]
            onChosen: function(value) { page.role = value }
        }
        Body {
            visible: page.volunteerId !== ""
            Layout.fillWidth: true
            text: qsTr("%1 already volunteers with the service. This invite adds them to this family as a volunteer.").arg(page.startName)
        }
        Field {
            id: nameField
            objectName: "inviteName"
            visible: page.volunteerId === ""
            label: qsTr("Their name")
            hint: qsTr("The name they will be shown by. They can change it later.")
            text: page.startName
        }
        Notice { objectName: "inviteProblem"; text: desk.inviteProblem; danger: true }
        KButton {
            objectName: "makeInvite"
            Layout.fillWidth: true
            enabled: !desk.invitePending
            text: desk.invitePending ? qsTr("Asking the server…") : qsTr("Make the invite")
            onClicked: desk.invite(page.volunteerId !== "" ? Session.Volunteer : page.role,
                                   page.volunteerId !== "" ? page.startName : nameField.text, page.volunteerId)
        }
        Body {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Making an invite needs a connection to the Kith server.")
        }
    }

    ColumnLayout {
        objectName: "inviteResult"
        visible: desk.inviteCode !== ""
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Body {
            Layout.fillWidth: true
            text: qsTr("Invite for %1 (%2). Show this to them, or read them the code.").arg(desk.inviteName).arg(desk.inviteRoleText)
        }
        QrCode {
            id: qr
            objectName: "inviteQr"
            text: desk.inviteLink
            Layout.fillWidth: true
            Layout.preferredHeight: width
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the invite for %1. The code is %2.").arg(desk.inviteName).arg(desk.inviteCode)
        }
        Body { Layout.fillWidth: true; text: qsTr("The code"); font.bold: true }
        Text {
            objectName: "inviteCode"
            Layout.fillWidth: true
            text: desk.inviteCode
            wrapMode: Text.WrapAnywhere
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            font.family: "monospace"
            font.letterSpacing: Theme.spacingSmall
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("The code: %1").arg(desk.inviteCode.split("").join(" "))
        }
        Body { objectName: "inviteExpiry"; Layout.fillWidth: true; text: desk.inviteExpiry }
        Body {
            Layout.fillWidth: true
            muted: true
            text: qsTr("The code is shown only now and works once. If it is lost, make a new invite.")
        }
        KButton {
            objectName: "inviteDone"
            Layout.fillWidth: true
            text: qsTr("Done")
            onClicked: { desk.clearInvite(); nameField.text = ""; if (page.stackView) page.stackView.pop() }
        }
        KButton {
            objectName: "inviteAnother"
            Layout.fillWidth: true
            primary: false
            text: qsTr("Invite someone else")
            onClicked: { desk.clearInvite(); nameField.text = ""; page.volunteerId = "" }
        }
    }
}

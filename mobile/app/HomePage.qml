import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// The first page after the PIN: a few large choices, by the person's role in the family in view.
KPage {
    id: page
    objectName: "homePage"
    property var shell
    heading: session.familyName !== "" ? session.familyName : qsTr("Kith")

    readonly property int role: session.role
    readonly property bool family: role === Session.Parent || role === Session.Network
    readonly property bool young: role === Session.YoungPerson || role === Session.CareLeaver
    readonly property bool volunteer: role === Session.Volunteer
    readonly property bool coordinator: role === Session.Coordinator

    Body {
        objectName: "greeting"
        Layout.fillWidth: true
        text: session.personName !== "" ? qsTr("Hello %1.").arg(session.personName) : qsTr("Hello.")
    }
    Body {
        Layout.fillWidth: true
        muted: true
        visible: session.familyIds.length === 0
        text: page.coordinator ? qsTr("You have no families in Kith yet.")
                               : qsTr("Kith is getting your family's information. This needs a connection the first time.")
    }

    MenuButton {
        objectName: "openPlan"
        visible: (page.family || page.young || page.coordinator) && session.familyId !== ""
        title: qsTr("Our plan")
        detail: qsTr("What we agreed, who does what, and by when")
        onClicked: page.shell.open(page.shell.planPage)
    }
    MenuButton {
        objectName: "openSettings"
        title: qsTr("Settings")
        detail: qsTr("Text size, language, easy read, contrast")
        onClicked: page.shell.open(page.shell.settingsPage)
    }

    // Another family this person is part of.
    Repeater {
        model: session.familyIds.length > 1 ? session.familyIds : []
        KButton {
            required property string modelData
            Layout.fillWidth: true
            primary: false
            visible: modelData !== page.session.familyId
            text: qsTr("Switch to %1").arg(page.session.familyNameOf(modelData))
            onClicked: page.session.selectFamily(modelData)
        }
    }
}

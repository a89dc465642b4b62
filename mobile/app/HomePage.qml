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

    // Coordinators: their families, the inbox (worries first), the family in view.
    MenuButton {
        objectName: "openInbox"
        visible: page.coordinator
        title: qsTr("Inbox")
        detail: qsTr("Worries first, then feedback for staff and requests for help")
        onClicked: page.shell.open(page.shell.inboxPage)
    }
    MenuButton {
        objectName: "openFamilies"
        visible: page.coordinator || session.isStaff
        title: qsTr("Your families")
        detail: qsTr("Families you coordinate; add a family")
        onClicked: page.shell.open(page.shell.familiesPage)
    }
    MenuButton {
        objectName: "openFamily"
        visible: page.coordinator && session.familyId !== ""
        title: qsTr("People in this family")
        detail: qsTr("Their needs, invites, volunteers, meetings, plan and assessment")
        onClicked: page.shell.open(page.shell.familyPage)
    }
    // A young person can say they don't feel safe from the first page, in one tap.
    MenuButton {
        objectName: "openNotSafe"
        visible: page.young && session.familyId !== ""
        title: qsTr("I don't feel safe")
        detail: qsTr("Tell your coordinator now, and see who to call")
        onClicked: page.shell.open(page.shell.notSafePage)
    }
    MenuButton {
        objectName: "openPlan"
        visible: (page.family || page.young || page.coordinator) && session.familyId !== ""
        title: qsTr("Our plan")
        detail: qsTr("What we agreed, who does what, and by when")
        onClicked: page.shell.open(page.shell.planPage)
    }
    MenuButton {
        objectName: "openGoals"
        visible: (page.family || page.young || page.coordinator) && session.familyId !== ""
        title: qsTr("Our goals")
        detail: qsTr("What needs to happen, and how safe things feel from 0 to 10")
        onClicked: page.shell.open(page.shell.goalsPage)
    }
    MenuButton {
        objectName: "openSupport"
        visible: (page.volunteer || page.role === Session.Parent) && session.familyId !== ""
        title: page.volunteer ? qsTr("Families I support") : qsTr("Safe Families")
        detail: page.volunteer ? qsTr("Log visits and stays, answer requests, raise a worry")
                               : qsTr("Your volunteer, asking for help, and how it is going")
        onClicked: page.shell.open(page.shell.supportPage)
    }
    MenuButton {
        objectName: "openVoice"
        visible: (page.young || page.family) && session.familyId !== ""
        title: qsTr("Have your say")
        detail: page.young ? qsTr("Tell staff what you think, your Three Houses, and replies")
                           : qsTr("Tell staff what you think of the help you get")
        onClicked: page.shell.open(page.shell.voicePage)
    }
    MenuButton {
        objectName: "openNeeds"
        title: qsTr("How I need information")
        detail: qsTr("Easy read, large print, audio, Braille, your language")
        onClicked: page.shell.open(page.shell.needsPage)
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

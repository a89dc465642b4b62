import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Formats

// The family plan in the forms a person needs: easy read, large print, audio, Braille, in their
// language. Files go only into the folder chosen here, for the person using the app to give or
// send on; Kith keeps no other copy.
KPage {
    id: page
    objectName: "formatsPage"
    property string personId
    heading: view.personName === "" ? qsTr("The plan in other formats")
                                     : qsTr("The plan for %1").arg(view.personName)

    FormatsView { id: view; session: page.session; personId: page.personId }

    Body {
        Layout.fillWidth: true
        text: view.needs.length > 0 ? qsTr("%1 needs: %2.").arg(view.personName).arg(view.needs.join(", "))
                                    : qsTr("%1 has no communication needs recorded.").arg(view.personName)
    }
    Notice { objectName: "problem"; text: view.problem; danger: true; actionText: qsTr("OK"); onAction: view.clearProblem() }
    Body {
        visible: !view.hasPlan
        Layout.fillWidth: true
        text: qsTr("This family has no published plan yet, so there is nothing to make.")
    }

    Field {
        objectName: "folder"
        label: qsTr("Save the files in this folder")
        hint: qsTr("The files hold the family's plan. Save them only where they will be safe, and delete them once given.")
        text: view.folder
        onTextChanged: view.folder = text
    }

    FlowButton {
        objectName: "makeAsked"
        Layout.fillWidth: true  // in the page's column, not a Flow: its words wrap instead of widening the page
        visible: view.hasPlan && view.needsFormats
        enabled: !view.busy
        text: qsTr("Make what they need")
        onClicked: view.makeAsked()
    }
    Body { visible: view.busy; Layout.fillWidth: true; text: qsTr("Making the files…") }
    Notice { objectName: "result"; text: view.result; actionText: qsTr("Open the folder"); onAction: view.openFolder() }

    Heading { visible: view.hasPlan; text: qsTr("Every format"); Layout.fillWidth: true }
    Repeater {
        model: view.hasPlan ? view.formats : null
        Card {
            id: card
            required property int format
            required property string title
            required property string detail
            required property bool asked
            required property string path
            objectName: "format_" + format
            Heading { text: card.asked ? qsTr("%1 (needed)").arg(card.title) : card.title; Layout.fillWidth: true }
            Body { Layout.fillWidth: true; text: card.detail }
            Body { visible: card.path !== ""; Layout.fillWidth: true; muted: true; text: qsTr("Saved as %1").arg(card.path); wrapMode: Text.WrapAnywhere }
            FlowButton {
                objectName: "make"
                enabled: !view.busy
                primary: false
                text: qsTr("Make it")
                Accessible.name: qsTr("Make the plan in %1").arg(card.title)
                onClicked: view.make(card.format)
            }
        }
    }
}

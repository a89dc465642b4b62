import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// Record a Family Group Conference: when, who was invited, who came, whether the family made
// its plan in private family time, and the young person's advocate. Earlier conferences below.
KPage {
    id: page
    objectName: "conferencePage"
    heading: qsTr("Family meeting (conference)")

    CoordinatorDesk { id: desk; session: page.session }
    property var attended: []

    function names(text) {
        return text.split("\n").map(function(s) { return s.trim() }).filter(function(s) { return s !== "" })
    }
    function toggleAttended(name) {
        const list = page.attended.slice()
        const at = list.indexOf(name)
        if (at >= 0) list.splice(at, 1); else list.push(name)
        page.attended = list
    }

    Body {
        visible: !desk.isCoordinator
        Layout.fillWidth: true
        text: qsTr("Only a coordinator of this family can record its conferences.")
    }
    Notice { objectName: "problem"; text: desk.problem; danger: true; actionText: qsTr("OK"); onAction: desk.clearProblem() }

    Card {
        visible: desk.isCoordinator
        Field {
            id: heldOnField
            objectName: "heldOn"
            label: qsTr("The day it was held")
            hint: qsTr("Year-month-day, for example 2026-09-10.")
            inputMethodHints: Qt.ImhDate
            text: new Date().toISOString().slice(0, 10)
        }
        TextBox {
            id: invited
            objectName: "invited"
            label: qsTr("Who was invited")
            hint: qsTr("One name a line, including people without Kith.")
            text: desk.familyNames.join("\n")
        }
        Body { Layout.fillWidth: true; font.bold: true; text: qsTr("Who came") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: page.names(invited.text)
                FlowButton {
                    required property string modelData
                    objectName: "attended_" + modelData
                    primary: page.attended.indexOf(modelData) >= 0
                    text: modelData
                    Accessible.checkable: true
                    Accessible.checked: page.attended.indexOf(modelData) >= 0
                    Accessible.description: qsTr("Who came")
                    onClicked: page.toggleAttended(modelData)
                }
            }
        }
        Toggle {
            id: planProduced
            objectName: "planProduced"
            Layout.fillWidth: true
            text: qsTr("The family made a plan in private family time")
        }
        Field {
            id: advocateField
            objectName: "advocate"
            label: qsTr("Advocate (optional)")
            hint: qsTr("The name of the young person's advocate, if they had one.")
        }
        KButton {
            objectName: "recordConference"
            Layout.fillWidth: true
            text: qsTr("Save the conference")
            onClicked: {
                const came = page.attended.filter(function(n) { return page.names(invited.text).indexOf(n) >= 0 })
                if (desk.recordConference(heldOnField.text, page.names(invited.text), came, planProduced.checked, advocateField.text)) {
                    page.attended = []
                    advocateField.text = ""
                    planProduced.checked = false
                }
            }
        }
    }

    Heading { visible: desk.conferences.count > 0; text: qsTr("Conferences held"); Layout.fillWidth: true }
    Repeater {
        model: desk.conferences
        Card {
            id: held
            required property string heldOn
            required property string summary
            required property string advocate
            Heading { text: held.heldOn; Layout.fillWidth: true }
            Body { Layout.fillWidth: true; text: held.summary + (held.advocate !== "" ? "\n" + qsTr("Advocate: %1").arg(held.advocate) : "") }
        }
    }
}

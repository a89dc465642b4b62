import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// A coordinator's families: each with its people, open worries and plan; open one to work
// with it. Staff accounts can add a family here.
KPage {
    id: page
    objectName: "familiesPage"
    heading: qsTr("Your families")

    CoordinatorDesk { id: desk; session: page.session }

    function openFamily(familyId) {
        page.session.selectFamily(familyId)
        if (page.stackView) page.stackView.push(familyPage, { session: page.session })
    }
    Component { id: familyPage; FamilyPage { } }

    Notice { objectName: "problem"; text: desk.problem; danger: true; actionText: qsTr("OK"); onAction: desk.clearProblem() }

    Body {
        visible: desk.families.count === 0
        Layout.fillWidth: true
        text: qsTr("You do not coordinate any families in Kith yet.")
    }

    Repeater {
        model: desk.families
        Card {
            id: card
            required property string familyId
            required property string name
            required property int people
            required property int openConcerns
            required property string planText
            required property bool waiting
            required property bool inView
            objectName: "family_" + familyId
            Accessible.role: Accessible.Grouping
            Accessible.name: name
            Heading { text: card.name; Layout.fillWidth: true }
            Body {
                Layout.fillWidth: true
                text: qsTr("%n people", "", card.people) + "\n" + card.planText
            }
            Body {
                visible: card.openConcerns > 0
                Layout.fillWidth: true
                color: Theme.danger
                font.bold: true
                text: qsTr("%n worries not acknowledged", "", card.openConcerns)
            }
            KButton {
                objectName: "openFamily"
                visible: !card.waiting
                Layout.fillWidth: true
                primary: !card.inView
                text: card.inView ? qsTr("Open (the family in view)") : qsTr("Open this family")
                Accessible.name: qsTr("Open %1").arg(card.name)
                onClicked: page.openFamily(card.familyId)
            }
        }
    }

    Card {
        visible: desk.isStaff
        Heading { text: qsTr("Add a family"); Layout.fillWidth: true }
        Field {
            id: newName
            objectName: "newFamilyName"
            label: qsTr("The family's name")
            hint: qsTr("How the family will see itself in Kith, for example \"The Ahmed family\". Case references stay in the council's records.")
            onAccepted: addFamily.clicked()
        }
        KButton {
            id: addFamily
            objectName: "createFamily"
            Layout.fillWidth: true
            text: qsTr("Add the family")
            onClicked: if (desk.createFamily(newName.text)) newName.text = ""
        }
        Body {
            Layout.fillWidth: true
            muted: true
            text: qsTr("You become its coordinator. It can be used once it has reached the server.")
        }
    }
}

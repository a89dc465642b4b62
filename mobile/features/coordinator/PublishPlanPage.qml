import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// Write and publish the next version of the family's plan: the council's bottom lines, who does
// what by when and who checks, the contingency plan, the review day and the day the family
// agreed it. It starts from the current version; publishing replaces it for everyone.
KPage {
    id: page
    objectName: "publishPlanPage"
    heading: qsTr("Publish the plan")

    PlanDraft { id: draft; session: page.session }
    property bool confirming: false

    Body {
        visible: !draft.isCoordinator
        Layout.fillWidth: true
        text: qsTr("Only a coordinator of this family can publish its plan.")
    }

    ColumnLayout {
        visible: draft.isCoordinator
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Body {
            Layout.fillWidth: true
            text: draft.currentNumber > 0
                  ? qsTr("This will be version %1. It starts as a copy of version %2: change what the family agreed.").arg(draft.nextNumber).arg(draft.currentNumber)
                  : qsTr("This will be the family's first plan.")
        }
        Notice {
            objectName: "published"
            visible: draft.published > 0 && draft.problem === ""
            text: draft.published > 0 ? qsTr("Version %1 is published. The family will see it at their next sync.").arg(draft.published) : ""
        }
        Field {
            objectName: "planTitle"
            visible: !draft.hasPlan
            label: qsTr("The plan's title")
            text: draft.title
            onTextChanged: draft.title = text
        }

        Heading { text: qsTr("Bottom lines"); Layout.fillWidth: true }
        Body { Layout.fillWidth: true; muted: true; text: qsTr("What the council says must happen for the children to be safe.") }
        Repeater {
            model: draft.bottomLines.model
            DraftItemEditor {
                list: draft.bottomLines
                title: qsTr("Bottom line %1").arg(index + 1)
            }
        }
        KButton { Layout.fillWidth: true; objectName: "addBottomLine"; primary: false; text: qsTr("Add a bottom line"); onClicked: draft.bottomLines.add() }

        Heading { text: qsTr("Who does what"); Layout.fillWidth: true }
        Repeater {
            model: draft.actions.model
            DraftItemEditor {
                list: draft.actions
                title: qsTr("Action %1").arg(index + 1)
                textLabel: qsTr("What will happen")
                people: draft.people
                ownersLabel: qsTr("Who does it")
                showDue: true
                checkerLabel: qsTr("Who checks it was done")
            }
        }
        KButton { Layout.fillWidth: true; objectName: "addAction"; primary: false; text: qsTr("Add an action"); onClicked: draft.actions.add() }

        Heading { text: qsTr("If the plan is not working"); Layout.fillWidth: true }
        Repeater {
            model: draft.contingency.model
            DraftItemEditor {
                list: draft.contingency
                title: qsTr("Contingency plan")
                textLabel: qsTr("What happens if the plan does not work")
                removable: false
            }
        }

        Heading { text: qsTr("Dates"); Layout.fillWidth: true }
        Field {
            objectName: "agreedOn"
            label: qsTr("The day the family agreed it")
            hint: qsTr("Year-month-day, for example 2026-09-10.")
            inputMethodHints: Qt.ImhDate
            text: draft.agreedOn
            onTextChanged: draft.agreedOn = text
        }
        Field {
            objectName: "reviewOn"
            label: qsTr("Review meeting (optional)")
            hint: qsTr("Year-month-day, for example 2026-12-10.")
            inputMethodHints: Qt.ImhDate
            text: draft.reviewOn
            onTextChanged: draft.reviewOn = text
        }

        Notice { objectName: "problem"; text: draft.problem; danger: true; actionText: qsTr("OK"); onAction: draft.clearProblem() }
        KButton {
            objectName: "publishPlan"
            visible: !page.confirming
            Layout.fillWidth: true
            text: qsTr("Publish version %1").arg(draft.nextNumber)
            onClicked: page.confirming = true
        }
        ConfirmCard {
            visible: page.confirming
            text: draft.currentNumber > 0
                  ? qsTr("Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.").arg(draft.nextNumber).arg(draft.currentNumber)
                  : qsTr("Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.")
            yesText: qsTr("Yes, publish")
            noText: qsTr("Not yet")
            onConfirmed: { draft.publish(); page.confirming = false }
            onCancelled: page.confirming = false
        }
        KButton {
            objectName: "startAgain"
            primary: false
            Layout.fillWidth: true
            text: qsTr("Start again from the current version")
            onClicked: draft.startFromCurrent()
        }
    }
}

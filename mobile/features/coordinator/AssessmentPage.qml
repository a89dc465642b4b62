import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// The coordinator's assessment with the family: what are we worried about, what's working
// well, what needs to happen, then their safety scale score. Earlier scores below.
KPage {
    id: page
    objectName: "assessmentPage"
    heading: qsTr("Assessment")

    AssessmentDraft { id: draft; session: page.session }

    Body {
        visible: !draft.isCoordinator
        Layout.fillWidth: true
        text: qsTr("Only a coordinator of this family can write its assessment.")
    }

    ColumnLayout {
        visible: draft.isCoordinator
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Body {
            Layout.fillWidth: true
            text: draft.latestOn !== "" ? qsTr("This starts from the assessment of %1. Saving keeps that one and adds a new one.").arg(draft.latestOn)
                                        : qsTr("This is the family's first assessment.")
        }
        Notice {
            objectName: "saved"
            visible: draft.saved > 0 && draft.problem === ""
            text: draft.saved > 0 ? qsTr("The assessment is saved.") : ""
        }
        Field {
            objectName: "assessedOn"
            label: qsTr("The day of the assessment")
            hint: qsTr("Year-month-day, for example 2026-08-27.")
            inputMethodHints: Qt.ImhDate
            text: draft.assessedOn
            onTextChanged: draft.assessedOn = text
        }

        Heading { text: qsTr("What are we worried about?"); Layout.fillWidth: true }
        Repeater {
            model: draft.worries.model
            DraftItemEditor {
                list: draft.worries
                title: qsTr("Worry %1").arg(index + 1)
                kindChoices: [{ value: 1, text: draft.worryKindName(1) }, { value: 2, text: draft.worryKindName(2) },
                              { value: 3, text: draft.worryKindName(3) }]
            }
        }
        KButton { Layout.fillWidth: true; objectName: "addWorry"; primary: false; text: qsTr("Add a worry"); onClicked: draft.worries.add() }

        Heading { text: qsTr("What's working well?"); Layout.fillWidth: true }
        Repeater {
            model: draft.strengths.model
            DraftItemEditor {
                list: draft.strengths
                title: qsTr("Working well %1").arg(index + 1)
                flagText: qsTr("This is safety the family already shows")
            }
        }
        KButton { Layout.fillWidth: true; objectName: "addStrength"; primary: false; text: qsTr("Add what's working well"); onClicked: draft.strengths.add() }

        Heading { text: qsTr("What needs to happen?"); Layout.fillWidth: true }
        Repeater {
            model: draft.safetyGoals.model
            DraftItemEditor {
                list: draft.safetyGoals
                title: qsTr("Safety goal %1").arg(index + 1)
            }
        }
        KButton { Layout.fillWidth: true; objectName: "addSafetyGoal"; primary: false; text: qsTr("Add a safety goal"); onClicked: draft.safetyGoals.add() }
        Body {
            visible: draft.latestOn !== "" && draft.nextSteps.count > 0
            Layout.fillWidth: true
            muted: true
            text: qsTr("Next steps whose day has passed are copied without their day.")
        }
        Repeater {
            model: draft.nextSteps.model
            DraftItemEditor {
                list: draft.nextSteps
                title: qsTr("Next step %1").arg(index + 1)
                people: draft.people
                checkerLabel: qsTr("Who does it")
                showDue: true
            }
        }
        KButton { Layout.fillWidth: true; objectName: "addNextStep"; primary: false; text: qsTr("Add a next step"); onClicked: draft.nextSteps.add() }

        Heading { text: qsTr("Your safety scale score"); Layout.fillWidth: true }
        Body {
            Layout.fillWidth: true
            muted: true
            text: qsTr("10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.")
        }
        ChoiceFlow {
            objectName: "scoreChoice"
            label: qsTr("Score")
            current: draft.score
            choices: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(function(n) { return { value: n, text: "" + n } })
            onChosen: function(value) { draft.score = draft.score === value ? -1 : value }
        }
        TextBox {
            objectName: "scoreReason"
            label: qsTr("Why this score (optional)")
            text: draft.reason
            onTextChanged: if (text !== draft.reason) draft.reason = text
        }

        Notice { objectName: "problem"; text: draft.problem; danger: true; actionText: qsTr("OK"); onAction: draft.clearProblem() }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FlowButton { objectName: "saveAssessment"; text: qsTr("Save the assessment"); onClicked: draft.save() }
            FlowButton { objectName: "saveScore"; primary: false; text: qsTr("Save only the score"); onClicked: draft.saveScore() }
        }
    }

    Heading { visible: draft.scores.count > 0; text: qsTr("Scores so far"); Layout.fillWidth: true }
    Repeater {
        model: draft.scores
        Card {
            id: scoreCard
            required property int score
            required property string who
            required property string viewpoint
            required property string when
            required property string reason
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("%1 out of 10, from %2").arg(score).arg(who)
            Heading { Layout.fillWidth: true; text: qsTr("%1 out of 10").arg(scoreCard.score) }
            Body {
                Layout.fillWidth: true
                text: qsTr("%1 (%2), %3").arg(scoreCard.who).arg(scoreCard.viewpoint).arg(scoreCard.when)
                      + (scoreCard.reason !== "" ? "\n" + scoreCard.reason : "")
            }
        }
    }
}

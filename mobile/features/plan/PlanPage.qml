import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Pictograms
import Kith.Plan

// The family plan: bottom lines, actions grouped by who does them, the contingency plan, the
// review date, agreeing to it, and earlier versions.
KPage {
    id: page
    objectName: "planPage"
    heading: view.hasPlan ? view.title : qsTr("Family plan")

    PlanView { id: view; session: page.session }

    Body {
        visible: !view.hasPlan
        Layout.fillWidth: true
        text: qsTr("There is no plan here yet. When your family's plan is agreed at the family meeting, it will show here.")
    }

    Notice { text: view.problem; danger: true; actionText: qsTr("OK"); onAction: view.clearProblem() }

    Card {
        visible: view.hasPlan
        Body {
            objectName: "planSummary"
            Layout.fillWidth: true
            text: (view.isCurrent ? qsTr("Version %1").arg(view.number) : qsTr("Version %1 (an earlier version)").arg(view.number))
                  + (view.agreedOn !== "" ? "\n" + qsTr("Agreed on %1").arg(view.agreedOn) : "")
                  + (view.reviewOn !== "" ? "\n" + qsTr("Next review: %1").arg(view.reviewOn) : "")
        }
        Body {
            visible: view.someUntranslated
            Layout.fillWidth: true
            muted: true
            text: qsTr("Some parts are in English because they have not been translated yet.")
        }
        Body {
            visible: view.agreedBy !== ""
            Layout.fillWidth: true
            muted: true
            text: qsTr("Agreed by: %1").arg(view.agreedBy)
        }
        KButton {
            objectName: "agree"
            visible: view.canAgree
            Layout.fillWidth: true
            text: qsTr("I agree to this plan")
            onClicked: view.agree()
        }
        Body {
            visible: view.agreedByMe
            Layout.fillWidth: true
            text: qsTr("You have agreed to this plan.")
        }
    }

    Heading { visible: view.hasPlan && view.bottomLines.length > 0; text: qsTr("What must happen"); Layout.fillWidth: true }
    Repeater {
        model: view.bottomLines
        Card {
            required property string modelData
            required property int index
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Pictogram { name: view.bottomLinePictograms[index] || ""; language: page.session.preferences.language }
                Body { text: modelData; Layout.fillWidth: true }
            }
        }
    }

    Heading { visible: view.hasPlan; text: qsTr("Who does what"); Layout.fillWidth: true }
    Repeater {
        model: view.actions
        ActionDelegate {
            planView: view
            Layout.fillWidth: true
        }
    }

    Heading { visible: view.contingency !== ""; text: qsTr("If the plan is not working"); Layout.fillWidth: true }
    Card {
        visible: view.contingency !== ""
        Body { text: view.contingency; Layout.fillWidth: true }
    }

    Heading { visible: view.versions.count > 1; text: qsTr("All versions"); Layout.fillWidth: true }
    Repeater {
        model: view.versions.count > 1 ? view.versions : null
        KButton {
            required property string versionId
            required property string label
            required property bool current
            Layout.fillWidth: true
            primary: false
            text: current ? qsTr("%1 (current)").arg(label) : label
            onClicked: view.showVersion(current ? "" : versionId)
        }
    }
}

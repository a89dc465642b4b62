import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Goals

// The person's own score on the safety scale: a number from 0 to 10 (large buttons that wrap),
// what it is about (everything, or one goal), and a sentence why. What they typed stays if
// saving fails.
ColumnLayout {
    id: editor
    property GoalsView view
    property int chosen: -1
    property string goalId: ""
    property bool saved: false
    spacing: Theme.spacing
    Layout.fillWidth: true

    onChosenChanged: if (chosen >= 0) saved = false

    Body {
        Layout.fillWidth: true
        text: qsTr("Where would you put things now, from 0 to 10?")
    }
    Body {
        Layout.fillWidth: true
        muted: true
        text: qsTr("10 means everyone is sure the children are safe at home, and the work with your family can finish.")
              + "\n" + qsTr("0 means the children cannot stay at home safely right now.")
    }

    Flow {
        objectName: "scoreButtons"
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: 11
            KButton {
                required property int index
                objectName: "score_" + index
                text: String(index)
                primary: editor.chosen === index
                Accessible.name: editor.chosen === index ? qsTr("%1, chosen").arg(index) : String(index)
                onClicked: editor.chosen = index
            }
        }
    }
    Body {
        objectName: "chosenScore"
        visible: editor.chosen >= 0
        Layout.fillWidth: true
        font.bold: true
        text: qsTr("You chose %1 out of 10.").arg(editor.chosen)
    }

    // What the score is about, when the family has goals.
    Body {
        visible: editor.view !== null && editor.view.goals.count > 0
        Layout.fillWidth: true
        text: qsTr("What is your score about?")
    }
    KButton {
        objectName: "aboutEverything"
        visible: editor.view !== null && editor.view.goals.count > 0
        Layout.fillWidth: true
        primary: editor.goalId === ""
        text: qsTr("Everything together")
        Accessible.name: editor.goalId === "" ? qsTr("%1, chosen").arg(text) : text
        onClicked: editor.goalId = ""
    }
    Repeater {
        model: editor.view ? editor.view.goals : null
        KButton {
            required property string goalId
            required property string words
            objectName: "aboutGoal"
            text: words
            Layout.fillWidth: true
            primary: editor.goalId === goalId
            Accessible.name: editor.goalId === goalId ? qsTr("%1, chosen").arg(text) : text
            onClicked: editor.goalId = goalId
        }
    }

    TextBox {
        id: reason
        objectName: "reason"
        label: qsTr("Why did you choose this number?")
        hint: qsTr("A sentence in your own words is enough.")
    }

    Notice {
        objectName: "scoreProblem"
        text: editor.view ? editor.view.problem : ""
        danger: true
    }

    KButton {
        objectName: "saveScore"
        Layout.fillWidth: true
        text: qsTr("Save my score")
        onClicked: {
            if (editor.view.addScore(editor.chosen, reason.text, editor.goalId)) {
                reason.text = ""
                editor.chosen = -1
                editor.goalId = ""
                editor.saved = true
            }
        }
    }
    Body {
        objectName: "scoreSaved"
        visible: editor.saved
        Layout.fillWidth: true
        text: qsTr("Thank you. Your score is saved.")
    }
}

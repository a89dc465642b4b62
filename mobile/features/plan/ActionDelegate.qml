import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Pictograms
import Kith.Plan

// One action of the plan: what, who, by when, who checks, its status, and the buttons the
// person may use on it.
Card {
    id: card
    required property PlanView planView
    required property int index
    required property string actionId
    required property string what
    required property string owners
    required property string group
    required property string due
    required property bool overdue
    required property string checkedBy
    required property int status
    required property string statusText
    required property bool canTick
    required property bool canConfirm
    required property bool untranslated
    required property string pictogram

    objectName: "action_" + actionId
    Accessible.role: Accessible.Grouping
    Accessible.name: what

    Body {
        visible: card.index === 0 || card.planView.actions.get(card.index - 1).group !== card.group
        text: card.group
        muted: true
        font.bold: true
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Pictogram { name: card.pictogram; language: card.planView.session ? card.planView.session.preferences.language : "en" }
        Heading { text: card.what; Layout.fillWidth: true }
    }
    Body {
        Layout.fillWidth: true
        text: [qsTr("Who: %1").arg(card.owners),
               card.due !== "" ? qsTr("By: %1").arg(card.due) : "",
               card.checkedBy !== "" ? qsTr("Checked by: %1").arg(card.checkedBy) : ""]
              .filter(function(s) { return s !== "" }).join("\n")
    }
    Body {
        objectName: "status"
        Layout.fillWidth: true
        font.bold: true
        color: card.overdue ? Theme.danger : card.status >= 3 && card.status <= 4 ? Theme.success : Theme.text
        text: card.overdue ? qsTr("%1 – the date has passed").arg(card.statusText) : card.statusText
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        KButton {
            objectName: "markDone"
            visible: card.canTick && card.status !== 3
            text: qsTr("I've done this")
            onClicked: card.planView.setStatus(card.actionId, 3)
        }
        KButton {
            objectName: "markStarted"
            visible: card.canTick && card.status === 1
            primary: false
            text: qsTr("I've started")
            onClicked: card.planView.setStatus(card.actionId, 2)
        }
        KButton {
            objectName: "confirm"
            visible: card.canConfirm
            text: qsTr("Confirm it is done")
            onClicked: card.planView.setStatus(card.actionId, 4)
        }
        KButton {
            objectName: "markNotDone"
            visible: card.canTick && card.status !== 5 && card.status !== 4
            primary: false
            text: qsTr("It didn't happen")
            onClicked: card.planView.setStatus(card.actionId, 5)
        }
    }
}

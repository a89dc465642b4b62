import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator

// What needs a coordinator's answer: worries first (those not acknowledged first), feedback for
// staff, then help requests. In the family in view, or across every family they coordinate.
KPage {
    id: page
    objectName: "inboxPage"
    heading: qsTr("Inbox")

    CoordinatorInbox { id: inbox; session: page.session }
    property string replyingTo

    Toggle {
        objectName: "allFamilies"
        Layout.fillWidth: true
        text: qsTr("Show every family I coordinate")
        checked: inbox.allFamilies
        onToggled: inbox.allFamilies = checked
    }
    Notice { objectName: "problem"; text: inbox.problem; danger: true; actionText: qsTr("OK"); onAction: inbox.clearProblem() }
    Body {
        visible: inbox.items.count === 0
        Layout.fillWidth: true
        text: qsTr("Nothing here. Worries, feedback for staff and help requests will show here.")
    }

    Repeater {
        model: inbox.items
        Card {
            id: item
            required property int index
            required property string itemId
            required property string section
            required property string sectionText
            required property string familyName
            required property string from
            required property string fromFlags
            required property string when
            required property string text
            required property string detail
            required property bool waiting
            required property int status
            objectName: "inbox_" + itemId
            Accessible.role: Accessible.Grouping
            Accessible.name: sectionText + ", " + from

            Heading {
                Layout.fillWidth: true
                color: item.section === "concern" && item.waiting ? Theme.danger : Theme.text
                text: item.sectionText
            }
            Body {
                Layout.fillWidth: true
                muted: true
                text: (inbox.allFamilies ? item.familyName + "\n" : "")
                      + qsTr("From %1").arg(item.fromFlags !== "" ? item.from + " (" + item.fromFlags + ")" : item.from)
                      + (item.when !== "" ? ", " + item.when : "")
            }
            Body { Layout.fillWidth: true; text: item.text }
            Body { Layout.fillWidth: true; muted: true; text: item.detail }

            KButton {
                objectName: "acknowledge"
                visible: item.section === "concern" && item.waiting
                Layout.fillWidth: true
                text: qsTr("I have seen this worry")
                onClicked: inbox.acknowledge(item.itemId)
            }

            KButton {
                Layout.fillWidth: true
                objectName: "reply"
                visible: item.section === "feedback" && page.replyingTo !== item.itemId
                primary: false
                text: qsTr("Reply")
                Accessible.name: qsTr("Reply to %1").arg(item.from)
                onClicked: page.replyingTo = item.itemId
            }
            ColumnLayout {
                visible: page.replyingTo === item.itemId
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextBox {
                    id: replyBox
                    objectName: "replyText"
                    label: qsTr("Your reply to %1").arg(item.from)
                    hint: qsTr("Only %1 and the family's coordinators will see it.").arg(item.from)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    FlowButton {
                        objectName: "sendReply"
                        text: qsTr("Send the reply")
                        onClicked: if (inbox.reply(item.itemId, replyBox.text)) { replyBox.text = ""; page.replyingTo = "" }
                    }
                    FlowButton { primary: false; text: qsTr("Cancel"); onClicked: page.replyingTo = "" }
                }
            }

            ChoiceFlow {
                visible: item.section === "help"
                label: qsTr("Status")
                current: item.status
                choices: [1, 2, 3, 4].map(function(n) { return { value: n, text: inbox.helpStatusName(n) } })
                onChosen: function(value) { inbox.setHelpStatus(item.itemId, value) }
            }
        }
    }
}

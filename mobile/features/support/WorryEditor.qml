import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Support

// A volunteer raises a safeguarding worry. It goes to the Safe Families team only: the family
// never sees it, and the page says so before anything is typed.
KPage {
    id: editor
    objectName: "worryEditor"
    required property SupportView view
    signal finished(string message)
    heading: qsTr("Raise a worry")

    function done(message) {
        editor.finished(message)
        if (editor.stackView) editor.stackView.pop()
        else editor.destroy()
    }

    Card {
        Heading { objectName: "worryAudience"; Layout.fillWidth: true; text: qsTr("This goes to the Safe Families team only.") }
        Body {
            Layout.fillWidth: true
            text: qsTr("The family will not see it. It is sent as soon as your phone is online.")
        }
        Body {
            Layout.fillWidth: true
            font.bold: true
            text: qsTr("If a child is in danger now, call 999.")
        }
    }
    Body { Layout.fillWidth: true; text: qsTr("About %1.").arg(editor.view.familyName) }

    TextBox {
        id: words
        objectName: "worryText"
        label: qsTr("What worries you?")
        hint: qsTr("What you saw or heard, when, and what was said. Use the words people used.")
    }

    Notice { text: editor.view.problem; danger: true; actionText: qsTr("OK"); onAction: editor.view.clearProblem() }

    KButton {
        objectName: "sendWorry"
        Layout.fillWidth: true
        text: qsTr("Send to the team")
        onClicked: {
            if (editor.view.raiseWorry(words.text))
                editor.done(qsTr("Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it."))
        }
    }
}

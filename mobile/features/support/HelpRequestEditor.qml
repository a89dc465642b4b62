import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Support

// A parent or carer asks for help: what kind, what exactly, by when, and whom to ask (the Safe
// Families team or their volunteer). The page says who will see the request.
KPage {
    id: editor
    objectName: "helpRequestEditor"
    required property SupportView view
    signal finished(string message)
    heading: qsTr("Ask for help")

    readonly property var askOptions: {
        const list = [{ value: 0, text: qsTr("The Safe Families team") }]
        for (let i = 0; i < editor.view.volunteers.count; ++i)
            list.push({ value: i + 1, text: editor.view.volunteers.get(i).name })
        return list
    }
    readonly property string volunteerId: asked.value > 0 && asked.value <= editor.view.volunteers.count
                                          ? editor.view.volunteers.get(asked.value - 1).volunteerId : ""

    function done(message) {
        editor.finished(message)
        if (editor.stackView) editor.stackView.pop()
        else editor.destroy()
    }

    ChoiceRow {
        id: kind
        namePrefix: "helpKind"
        label: qsTr("What kind of help?")
        options: [1, 2, 3, 4].map(function(k) { return { value: k, text: editor.view.helpKindText(k) } })
    }

    TextBox {
        id: description
        objectName: "helpDescription"
        label: qsTr("What do you need?")
        hint: qsTr("For example: a lift to the school on Tuesday, a cot, someone to talk to.")
    }

    DateField {
        id: needed
        view: editor.view
        optional: true
        namePrefix: "helpNeeded"
        label: qsTr("When do you need it? (optional)")
        quick: [{ days: 0, text: qsTr("Today") }, { days: 1, text: qsTr("Tomorrow") },
                { days: 7, text: qsTr("In a week") }]
    }

    ChoiceRow {
        id: asked
        namePrefix: "askOf"
        label: qsTr("Who do you want to ask?")
        options: editor.askOptions
    }
    Body {
        objectName: "helpAudience"
        Layout.fillWidth: true
        muted: true
        text: editor.volunteerId === ""
              ? qsTr("The Safe Families team and your family in Kith will see this.")
              : qsTr("%1, the parents and carers in your family, and the Safe Families team will see this.")
                    .arg(editor.askOptions[asked.value].text)
    }

    Notice { text: editor.view.problem; danger: true; actionText: qsTr("OK"); onAction: editor.view.clearProblem() }

    KButton {
        objectName: "sendHelpRequest"
        Layout.fillWidth: true
        text: qsTr("Send")
        onClicked: {
            if (editor.view.askForHelp(kind.value, description.text, needed.text, editor.volunteerId))
                editor.done(qsTr("Your request is saved. It will be sent when your phone is online."))
        }
    }
}

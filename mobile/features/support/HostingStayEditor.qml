import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Support

// A host family logs a stay: who stayed, the day they came and the day they went home. The
// nights are counted from the days and shown before saving.
KPage {
    id: editor
    objectName: "hostingStayEditor"
    required property SupportView view
    signal finished(string message)
    heading: qsTr("Log a stay")

    readonly property int nights: view.nightsBetween(from.text, until.text)

    function done(message) {
        editor.finished(message)
        if (editor.stackView) editor.stackView.pop()
        else editor.destroy()
    }
    function chosenChildren() {
        const out = []
        for (let i = 0; i < who.count; ++i) {
            const toggle = who.itemAt(i)
            if (toggle && toggle.checked) out.push(toggle.personId)
        }
        return out
    }

    Body { Layout.fillWidth: true; text: qsTr("With %1.").arg(editor.view.familyName) }

    Body { Layout.fillWidth: true; font.bold: true; text: qsTr("Who stayed with you?") }
    Body {
        visible: editor.view.children.count === 0
        Layout.fillWidth: true
        muted: true
        text: qsTr("Kith does not know the children of this family yet. Ask the Safe Families team to add them.")
    }
    Repeater {
        id: who
        model: editor.view.children
        Toggle {
            required property string personId
            required property string name
            required property bool stayedBefore
            objectName: "child_" + personId
            Layout.fillWidth: true
            text: name
            checked: stayedBefore
        }
    }

    DateField {
        id: from
        view: editor.view
        namePrefix: "stayFrom"
        label: qsTr("The day they came")
        quick: [{ days: -7, text: qsTr("A week ago") }, { days: -2, text: qsTr("2 days ago") },
                { days: -1, text: qsTr("Yesterday") }]
    }
    DateField {
        id: until
        view: editor.view
        namePrefix: "stayUntil"
        label: qsTr("The day they went home")
        text: editor.view.today
    }
    Body {
        objectName: "stayNights"
        Layout.fillWidth: true
        font.bold: true
        visible: editor.nights >= 0
        color: editor.nights > 0 ? Theme.text : Theme.danger
        text: editor.nights > 0 ? qsTr("%n nights.", "", editor.nights)
                                : qsTr("The day they went home must be after the day they came.")
    }

    TextBox { id: notes; objectName: "stayNotes"; label: qsTr("Notes (optional)") }

    Notice { text: editor.view.problem; danger: true; actionText: qsTr("OK"); onAction: editor.view.clearProblem() }

    KButton {
        objectName: "saveStay"
        Layout.fillWidth: true
        text: qsTr("Save")
        onClicked: {
            if (editor.view.logStay(editor.chosenChildren(), from.text, until.text, notes.text))
                editor.done(qsTr("Saved. It will be sent when your phone is online."))
        }
    }
}

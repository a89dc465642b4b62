import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Support

// A volunteer logs a visit, a call, messages or a trip out with the family in view: how, when,
// how long, notes, and what it helped with (the six Safe Families areas).
KPage {
    id: editor
    objectName: "contactLogEditor"
    required property SupportView view
    //! Said once the contact is saved, to show on the page below.
    signal finished(string message)
    heading: qsTr("Log a contact")

    function done(message) {
        editor.finished(message)
        if (editor.stackView) editor.stackView.pop()
        else editor.destroy()
    }
    function chosenDomains() {
        const out = []
        for (let i = 0; i < domains.count; ++i) {
            const toggle = domains.itemAt(i)
            if (toggle && toggle.checked) out.push(toggle.domain)
        }
        return out
    }
    function minutesTyped() {
        const typed = minutes.text.trim()
        if (typed === "") return 0
        const n = Number(typed)
        return Number.isInteger(n) ? n : -1
    }

    Body {
        Layout.fillWidth: true
        text: qsTr("With %1.").arg(editor.view.familyName)
    }
    Body {
        Layout.fillWidth: true
        muted: true
        text: qsTr("The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.")
    }

    ChoiceRow {
        id: kind
        namePrefix: "contactKind"
        label: qsTr("How were you in touch?")
        value: 1
        options: [1, 2, 3, 4].map(function(k) { return { value: k, text: editor.view.contactKindText(k) } })
    }

    DateField {
        id: date
        view: editor.view
        namePrefix: "contactDate"
        label: qsTr("When?")
        text: editor.view.today
    }

    Field {
        id: minutes
        objectName: "contactMinutes"
        label: qsTr("How long, in minutes?")
        hint: kind.value === 3 ? qsTr("For messages you can leave this empty.") : ""
        inputMethodHints: Qt.ImhDigitsOnly
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: [15, 30, 60, 90, 120]
            KButton {
                required property int modelData
                objectName: "contactMinutes" + modelData
                primary: false
                text: qsTr("%1 min").arg(modelData)
                Accessible.name: qsTr("%n minutes", "", modelData)
                onClicked: minutes.text = String(modelData)
            }
        }
    }

    TextBox {
        id: notes
        objectName: "contactNotes"
        label: qsTr("Notes (optional)")
        hint: qsTr("What you did together, anything to follow up.")
    }

    Body { Layout.fillWidth: true; font.bold: true; text: qsTr("What did it help with?") }
    Repeater {
        id: domains
        model: [1, 2, 3, 4, 5, 6]
        Toggle {
            required property int modelData
            readonly property int domain: modelData
            objectName: "domain_" + modelData
            Layout.fillWidth: true
            text: editor.view.domainText(modelData)
        }
    }

    Notice { text: editor.view.problem; danger: true; actionText: qsTr("OK"); onAction: editor.view.clearProblem() }

    KButton {
        objectName: "saveContact"
        Layout.fillWidth: true
        text: qsTr("Save")
        onClicked: {
            if (editor.view.logContact(kind.value, date.text, editor.minutesTyped(), notes.text,
                                       editor.chosenDomains()))
                editor.done(qsTr("Saved. It will be sent when your phone is online."))
        }
    }
}

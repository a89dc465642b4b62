import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Formats

// A person's communication needs, recorded once: how they need information given to them.
// The person records their own; a coordinator records them for a member of their family. Kith
// applies them on the person's devices, and coordinators see them flagged beside the person.
KPage {
    id: page
    objectName: "needsPage"
    property string personId
    heading: editor.isMe || editor.personName === "" ? qsTr("How I need information")
                                                     : qsTr("How %1 needs information").arg(editor.personName)

    NeedsEditor { id: editor; session: page.session; personId: page.personId }
    Component { id: formatsPage; FormatsPage { } }

    Body {
        Layout.fillWidth: true
        text: editor.isMe ? qsTr("Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.")
                          : qsTr("What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.").arg(editor.personName)
    }
    Body { visible: editor.recorded !== ""; Layout.fillWidth: true; muted: true; text: editor.recorded }
    Notice { objectName: "problem"; text: editor.problem; danger: true; actionText: qsTr("OK"); onAction: editor.clearProblem() }
    Body {
        visible: !editor.canEdit
        Layout.fillWidth: true
        text: qsTr("Only the person or a coordinator of their family can record their needs.")
    }

    ColumnLayout {
        visible: editor.canEdit
        Layout.fillWidth: true
        spacing: Theme.spacing

        Toggle { objectName: "needEasyRead"; Layout.fillWidth: true; text: qsTr("Easy read: short sentences and pictures"); checked: editor.easyRead; onToggled: editor.easyRead = checked }
        Toggle { objectName: "needLargePrint"; Layout.fillWidth: true; text: qsTr("Large print"); checked: editor.largePrint; onToggled: editor.largePrint = checked }
        Toggle { objectName: "needAudio"; Layout.fillWidth: true; text: qsTr("Audio: information read out"); checked: editor.audio; onToggled: editor.audio = checked }
        Toggle { objectName: "needSignLanguage"; Layout.fillWidth: true; text: qsTr("British Sign Language (BSL)"); checked: editor.signLanguage; onToggled: editor.signLanguage = checked }
        Toggle { objectName: "needInterpreter"; Layout.fillWidth: true; text: qsTr("An interpreter at meetings"); checked: editor.interpreter; onToggled: editor.interpreter = checked }

        Heading { text: qsTr("Braille"); Layout.fillWidth: true }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: [{ value: 0, text: qsTr("No Braille") },
                        { value: 1, text: qsTr("Uncontracted (grade 1)") },
                        { value: 2, text: qsTr("Contracted (grade 2)") }]
                FlowButton {
                    required property var modelData
                    objectName: "braille" + modelData.value
                    primary: editor.braille === modelData.value
                    text: modelData.text
                    Accessible.checkable: true
                    Accessible.checked: editor.braille === modelData.value
                    onClicked: editor.braille = modelData.value
                }
            }
        }

        Heading { text: qsTr("Language"); Layout.fillWidth: true }
        Body { Layout.fillWidth: true; muted: true; text: qsTr("The language to give information in, and for an interpreter.") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FlowButton {
                objectName: "language_none"
                primary: editor.language === ""
                text: qsTr("Not recorded")
                Accessible.checkable: true
                Accessible.checked: editor.language === ""
                onClicked: editor.language = ""
            }
            Repeater {
                model: editor.languages()
                FlowButton {
                    required property string modelData
                    objectName: "language_" + modelData
                    primary: editor.language === modelData
                    text: editor.languageName(modelData)
                    Accessible.checkable: true
                    Accessible.checked: editor.language === modelData
                    onClicked: editor.language = modelData
                }
            }
        }

        TextBox {
            objectName: "needOther"
            label: qsTr("Anything else, in their own words")
            text: editor.other
            onTextChanged: editor.other = text
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FlowButton { objectName: "saveNeeds"; enabled: editor.dirty; text: qsTr("Save"); onClicked: editor.save() }
            FlowButton { objectName: "revertNeeds"; visible: editor.dirty; primary: false; text: qsTr("Undo changes"); onClicked: editor.revert() }
        }
    }

    FlowButton {
        objectName: "openFormats"
        Layout.fillWidth: true  // in the page's column, not a Flow: its words wrap instead of widening the page
        visible: editor.canEdit && !editor.dirty
        primary: false
        text: qsTr("Make the plan in these formats")
        onClicked: if (page.stackView) page.stackView.push(formatsPage, { session: page.session, personId: page.personId })
    }
}

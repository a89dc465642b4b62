import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Pictograms
import Kith.Coordinator

// One item of a DraftList: its words, an optional easy-read form, translations, and the fields
// this kind of item has (a worry's kind, owners, a due day, who checks). Every change goes
// straight into the list, so nothing typed is lost when the page checks the draft.
Card {
    id: editor
    required property DraftList list
    required property int index
    required property string key
    required property string text
    required property string easyRead
    required property string ur
    required property string urEasy
    required property string pa
    required property string paEasy
    required property string bn
    required property string bnEasy
    required property string pl
    required property string plEasy
    required property var translated
    required property int kind
    required property bool flag
    required property var ownerIds
    required property string ownerName
    required property string ownersText
    required property string dueOn
    required property string checkerId
    required property string checkerName
    required property string checkerText
    required property string pictogram

    property string title
    property string textLabel: qsTr("Words")
    property bool removable: true
    property var kindChoices: []
    property string flagText
    property RowModel people
    property string ownersLabel
    property string checkerLabel
    property bool showDue: false
    property string dueLabel: qsTr("By when (optional)")

    objectName: "draftItem"
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    function languageText(tag) { return editor[tag] }
    function languageEasy(tag) { return editor[tag + "Easy"] }

    Heading { text: editor.title; Layout.fillWidth: true }
    TextBox {
        objectName: "itemText"
        label: editor.textLabel
        text: editor.text
        onTextChanged: if (text !== editor.text) editor.list.set(editor.key, "text", text)
    }
    TextBox {
        id: easyReadBox
        objectName: "itemEasyRead"
        label: qsTr("Easy read (optional)")
        hint: qsTr("Short sentences, one idea each.")
        text: editor.easyRead
        onTextChanged: if (text !== editor.easyRead) editor.list.set(editor.key, "easyRead", text)
    }
    EasyReadNotice { text: easyReadBox.text }
    // Easy read puts a picture beside each idea: the pictogram families see with these words.
    Toggle {
        id: showPictograms
        objectName: "showPictograms"
        Layout.fillWidth: true
        text: editor.pictogram !== "" ? qsTr("Picture: %1").arg(Pictograms.altText(editor.pictogram, "en"))
                                      : qsTr("Picture (optional)")
    }
    PictogramPicker {
        visible: showPictograms.checked
        Layout.fillWidth: true
        selected: editor.pictogram
        onPicked: function(name) { editor.list.set(editor.key, "pictogram", name) }
    }
    Toggle {
        id: showTranslations
        objectName: "showTranslations"
        Layout.fillWidth: true
        text: editor.translated.length > 0
              ? qsTr("Translations (%1)").arg(editor.translated.length)
              : qsTr("Translations")
    }
    Repeater {
        model: showTranslations.checked ? ["ur", "pa", "bn", "pl"] : []
        ColumnLayout {
            id: language
            required property string modelData
            readonly property string languageName: Qt.locale(modelData).nativeLanguageName
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            TextBox {
                objectName: "translation_" + language.modelData
                label: qsTr("In %1").arg(language.languageName)
                text: editor.languageText(language.modelData)
                onTextChanged: if (text !== editor.languageText(language.modelData)) editor.list.set(editor.key, language.modelData, text)
            }
            TextBox {
                objectName: "translationEasy_" + language.modelData
                label: qsTr("Easy read in %1 (optional)").arg(language.languageName)
                text: editor.languageEasy(language.modelData)
                onTextChanged: if (text !== editor.languageEasy(language.modelData)) editor.list.set(editor.key, language.modelData + "Easy", text)
            }
        }
    }
    ChoiceFlow {
        visible: editor.kindChoices.length > 0
        label: qsTr("Kind")
        choices: editor.kindChoices
        current: editor.kind
        onChosen: function(value) { editor.list.set(editor.key, "kind", value) }
    }
    Toggle {
        visible: editor.flagText !== ""
        Layout.fillWidth: true
        text: editor.flagText
        checked: editor.flag
        onToggled: editor.list.set(editor.key, "flag", checked)
    }
    PersonChooser {
        visible: editor.ownersLabel !== ""
        label: editor.ownersLabel
        people: editor.people
        chosenIds: editor.ownerIds
        onToggled: function(personId) { editor.list.toggleOwner(editor.key, personId) }
    }
    Field {
        visible: editor.ownersLabel !== ""
        objectName: "ownerName"
        label: qsTr("Or someone without Kith")
        hint: qsTr("Their names, with commas between them.")
        text: editor.ownerName
        onTextChanged: if (text !== editor.ownerName) editor.list.set(editor.key, "ownerName", text)
    }
    Body {
        visible: editor.ownersLabel !== "" && editor.ownersText !== ""
        Layout.fillWidth: true
        muted: true
        text: qsTr("Who: %1").arg(editor.ownersText)
    }
    Field {
        visible: editor.showDue
        objectName: "dueOn"
        label: editor.dueLabel
        hint: qsTr("Year-month-day, for example 2026-10-01.")
        inputMethodHints: Qt.ImhDate
        text: editor.dueOn
        onTextChanged: if (text !== editor.dueOn) editor.list.set(editor.key, "dueOn", text)
    }
    PersonChooser {
        visible: editor.checkerLabel !== ""
        label: editor.checkerLabel
        people: editor.people
        chosenIds: editor.checkerId !== "" ? [editor.checkerId] : []
        onToggled: function(personId) { editor.list.toggleChecker(editor.key, personId) }
    }
    Field {
        visible: editor.checkerLabel !== ""
        objectName: "checkerName"
        label: qsTr("Or someone without Kith")
        text: editor.checkerName
        onTextChanged: if (text !== editor.checkerName) editor.list.set(editor.key, "checkerName", text)
    }
    KButton {
        Layout.fillWidth: true
        objectName: "removeItem"
        visible: editor.removable
        primary: false
        text: qsTr("Remove")
        Accessible.name: qsTr("Remove %1").arg(editor.title)
        onClicked: editor.list.remove(editor.key)
    }
}

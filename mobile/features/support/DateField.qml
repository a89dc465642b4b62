import QtQuick
import QtQuick.Layouts
import Kith.Ui
import Kith.Support

// A day, easy to give on a phone: quick choices (today, yesterday...), a day earlier or later,
// or typed as year-month-day. The day chosen is read back in words; a typed mistake says what to
// write. `text` is the day as YYYY-MM-DD (empty when nothing is chosen and `optional`).
ColumnLayout {
    id: field
    required property SupportView view
    property alias label: typed.label
    property alias text: typed.text
    property bool optional: false
    //! Quick choices: a list of { days, text }, days counted from today.
    property var quick: [{ days: 0, text: qsTr("Today") }, { days: -1, text: qsTr("Yesterday") }]
    property string namePrefix: "date"
    readonly property string inWords: view.describeDay(typed.text)
    readonly property bool valid: inWords !== "" || (optional && typed.text.trim() === "")

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Field {
        id: typed
        objectName: field.namePrefix + "Typed"
        placeholder: qsTr("year-month-day, for example %1").arg(field.view.today)
        hint: qsTr("Choose a day, or write it as year-month-day.")
        inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: field.quick
            KButton {
                required property var modelData
                objectName: field.namePrefix + "Quick" + modelData.days
                primary: false
                text: modelData.text
                onClicked: typed.text = field.view.shiftDay(field.view.today, modelData.days)
            }
        }
        KButton {
            objectName: field.namePrefix + "Earlier"
            primary: false
            text: qsTr("Day before")
            onClicked: typed.text = field.view.shiftDay(typed.text, -1)
        }
        KButton {
            objectName: field.namePrefix + "Later"
            primary: false
            text: qsTr("Day after")
            onClicked: typed.text = field.view.shiftDay(typed.text, 1)
        }
    }
    Body {
        objectName: field.namePrefix + "InWords"
        Layout.fillWidth: true
        visible: text !== ""
        font.bold: !field.valid
        color: field.valid ? Theme.text : Theme.danger
        text: field.inWords !== "" ? field.inWords
            : typed.text.trim() === "" ? ""
            : qsTr("That is not a day. Write year-month-day, for example %1.").arg(field.view.today)
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Ui

// One choice among a few, as a row of buttons that wraps: the chosen one is filled in.
// `choices` is a list of { value, text }.
ColumnLayout {
    id: choice
    property string label
    property var choices: []
    property var current
    signal chosen(var value)

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Body { visible: choice.label !== ""; text: choice.label; font.bold: true; Layout.fillWidth: true }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: choice.choices
            FlowButton {
                required property var modelData
                objectName: "choice_" + modelData.value
                primary: choice.current === modelData.value
                text: modelData.text
                Accessible.checkable: true
                Accessible.checked: choice.current === modelData.value
                Accessible.description: choice.label
                onClicked: choice.chosen(modelData.value)
            }
        }
    }
}

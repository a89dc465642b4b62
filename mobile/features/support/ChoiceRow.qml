import QtQuick
import QtQuick.Layouts
import Kith.Ui

// One choice among a few, as a row of large buttons that wraps: the chosen one is filled.
// `options` is a list of { value, text }; each button is named namePrefix + "_" + value.
ColumnLayout {
    id: row
    property alias label: caption.text
    property var options: []
    property int value: 0
    property string namePrefix: "choice"

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Body { id: caption; visible: text !== ""; Layout.fillWidth: true; font.bold: true }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: row.options
            KButton {
                required property var modelData
                objectName: row.namePrefix + "_" + modelData.value
                text: modelData.text
                // Never wider than the row: at a large text size the words wrap inside the button.
                width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
                primary: row.value === modelData.value
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: row.value === modelData.value
                onClicked: row.value = modelData.value
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// The people of the family as buttons that wrap, each with their communication needs beside the
// name; the chosen ones are filled in. `people` is a RowModel with personId, name and flags.
ColumnLayout {
    id: chooser
    property string label
    property RowModel people
    property var chosenIds: []
    signal toggled(string personId)

    spacing: Theme.spacingSmall
    Layout.fillWidth: true

    Body { visible: chooser.label !== ""; text: chooser.label; font.bold: true; Layout.fillWidth: true }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: chooser.people
            FlowButton {
                required property string personId
                required property string name
                required property string flags
                readonly property bool chosen: chooser.chosenIds.indexOf(personId) >= 0
                objectName: "person_" + personId
                primary: chosen
                text: flags !== "" ? name + " (" + flags + ")" : name
                Accessible.checkable: true
                Accessible.checked: chosen
                Accessible.description: chooser.label
                onClicked: chooser.toggled(personId)
            }
        }
    }
}

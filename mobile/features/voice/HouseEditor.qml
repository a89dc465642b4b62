import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// One of the Three Houses: its lines in the young person's own words, each with Remove, and a
// line to add more. `lines` is edited here; the page saves all three houses together.
Card {
    id: house
    property string name          // for objectNames: "worries", "goodThings", "dreams"
    property string title
    property string hint
    property var lines: []
    property bool editable: true
    signal edited()

    objectName: "house_" + name
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    function add() {
        const words = newLine.text.trim()
        if (words === "")
            return
        house.lines = house.lines.concat([words])
        newLine.text = ""
        house.edited()
    }
    function remove(index) {
        const copy = house.lines.slice()
        copy.splice(index, 1)
        house.lines = copy
        house.edited()
    }

    Heading { text: house.title; Layout.fillWidth: true }
    Body {
        visible: house.lines.length === 0
        Layout.fillWidth: true
        muted: true
        text: qsTr("Nothing here yet.")
    }
    Repeater {
        model: house.lines
        RowLayout {
            id: line
            required property string modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Body { objectName: "line_" + house.name; text: line.modelData; Layout.fillWidth: true }
            KButton {
                objectName: "remove_" + house.name
                visible: house.editable
                primary: false
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove: %1").arg(line.modelData)
                onClicked: house.remove(line.index)
            }
        }
    }
    Field {
        id: newLine
        objectName: "newLine_" + house.name
        visible: house.editable
        label: qsTr("Add a line")
        hint: house.hint
        maximumLength: 200
        onAccepted: house.add()
    }
    KButton {
        objectName: "add_" + house.name
        visible: house.editable
        primary: false
        text: qsTr("Add")
        Accessible.name: qsTr("Add to %1").arg(house.title)
        onClicked: house.add()
    }
}

import QtQuick
import QtQuick.Layouts

// A panel grouping related things on a page.
Rectangle {
    id: card
    default property alias content: column.data
    property alias spacing: column.spacing
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.highContrast ? Theme.border : Theme.surfaceMuted
    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.spacing
    }
}

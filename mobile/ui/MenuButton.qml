import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic

// A large choice on a home page: a title and a line saying what is behind it.
Basic.ItemDelegate {
    id: control
    property string title
    property string detail
    property string badge
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchMinimum, column.implicitHeight + 2 * Theme.margin)
    contentItem: ColumnLayout {
        id: column
        spacing: Theme.spacingSmall
        RowLayout {
            Layout.fillWidth: true
            Heading { text: control.title; Layout.fillWidth: true; Accessible.ignored: true }
            Rectangle {
                visible: control.badge !== ""
                radius: height / 2
                color: Theme.danger
                implicitWidth: Math.max(height, badgeText.implicitWidth + Theme.spacing * 2)
                implicitHeight: badgeText.implicitHeight + Theme.spacingSmall * 2
                Text { id: badgeText; anchors.centerIn: parent; text: control.badge; color: Theme.dangerText; font.pixelSize: Theme.fontSmall; font.bold: true }
            }
        }
        Body { visible: control.detail !== ""; text: control.detail; muted: true; Layout.fillWidth: true; Accessible.ignored: true }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceMuted : Theme.surface
        border.width: control.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
    Accessible.role: Accessible.Button
    Accessible.name: badge !== "" ? title + ", " + badge : title
    Accessible.description: detail
    Accessible.onPressAction: clicked()
}

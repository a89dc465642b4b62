import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic
import Kith.Core

// Every page: a header with Back, the title and the quick exit; a scrolling column of content
// no wider than is comfortable to read; the sync line at the foot.
Basic.Page {
    id: page
    required property Session session
    property string heading
    property bool showSync: true
    default property alias content: column.data
    readonly property var stackView: Basic.StackView.view
    readonly property bool canGoBack: stackView !== null && Basic.StackView.index > 0

    title: heading
    Basic.StackView.onDeactivating: session.readAloud.stop()

    Connections {
        target: page.session
        function onWriteFailed(message) {
            writeProblem.text = qsTr("This was not saved: %1").arg(message)
        }
    }
    background: Rectangle { color: Theme.background }

    // The header holds only Back and the quick exit, so it stays one short row at any text size;
    // the page's title is the first thing in its content.
    header: Rectangle {
        color: Theme.surface
        implicitHeight: headerRow.implicitHeight + 2 * Theme.spacingSmall
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: Theme.borderWidth; color: Theme.border }
        RowLayout {
            id: headerRow
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingSmall }
            spacing: Theme.spacing
            KButton {
                objectName: "back"
                visible: page.canGoBack
                primary: false
                text: qsTr("Back")
                onClicked: page.stackView.pop()
            }
            Item { Layout.fillWidth: true; implicitHeight: Theme.touchMinimum }
            QuickExitButton { session: page.session }
        }
    }

    footer: SyncBar {
        visible: page.showSync && page.session.state === Session.Ready
        session: page.session
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Basic.ScrollBar.vertical: Basic.ScrollBar { }
        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaximumWidth)
            spacing: Theme.spacingLarge
            Heading {
                objectName: "pageTitle"
                Layout.fillWidth: true
                level: 1
                text: page.heading
            }
            ReadAloudBar {
                Layout.fillWidth: true
                session: page.session
                target: column
            }
            // A change the store refused after the form had let it go (the disk full, the store
            // damaged): said on whatever page the person is on, never dropped silently.
            Notice {
                id: writeProblem
                objectName: "writeProblem"
                danger: true
                actionText: qsTr("OK")
                onAction: text = ""
            }
        }
    }
}

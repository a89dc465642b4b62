import QtQuick
import QtQuick.Layouts
import Kith.Core

// "Read this page aloud", at the top of every page when the person asked for read-aloud
// buttons (Settings, or their recorded communication needs). Says plainly when this device
// cannot speak, or cannot speak the person's language.
ColumnLayout {
    id: bar
    required property Session session
    // What is read: the page's content column.
    property Item target
    readonly property ReadAloud reader: session.readAloud

    visible: session.preferences.readAloud
    spacing: Theme.spacingSmall

    KButton {
        objectName: "readAloud"
        Layout.fillWidth: true
        primary: false
        text: bar.reader.speaking ? qsTr("Stop reading") : qsTr("Read this page aloud")
        onClicked: {
            if (bar.reader.speaking) {
                bar.reader.stop()
                return
            }
            bar.reader.clearProblem()
            bar.reader.say(bar.reader.pageText(bar.target), bar.session.preferences.language)
        }
    }
    Notice {
        objectName: "readAloudProblem"
        text: bar.reader.problem
        actionText: qsTr("OK")
        onAction: bar.reader.clearProblem()
    }
}

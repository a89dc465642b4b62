import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic
import Kith.Core
import Kith.Ui

// How Kith is shown: text size, contrast, easy read, language, read aloud, motion. Seeded from
// the person's recorded communication needs; their own changes stand.
KPage {
    id: page
    objectName: "settingsPage"
    heading: qsTr("Settings")
    readonly property Preferences prefs: session.preferences

    Heading { text: qsTr("Text size"); Layout.fillWidth: true }
    Body { Layout.fillWidth: true; text: qsTr("Now %1%").arg(Math.round(page.prefs.textScale * 100)) }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: [1.0, 1.5, 2.0, 2.5]
            KButton {
                required property real modelData
                objectName: "textScale" + Math.round(modelData * 100)
                primary: Math.abs(page.prefs.textScale - modelData) < 0.01
                text: Math.round(modelData * 100) + "%"
                Accessible.name: qsTr("Text size %1 percent").arg(Math.round(modelData * 100))
                onClicked: page.prefs.textScale = modelData
            }
        }
    }
    Toggle {
        objectName: "highContrast"
        Layout.fillWidth: true
        text: qsTr("High contrast")
        checked: page.prefs.highContrast
        onToggled: page.prefs.highContrast = checked
    }
    Toggle {
        objectName: "easyRead"
        Layout.fillWidth: true
        text: qsTr("Easy read: shorter words and pictures")
        checked: page.prefs.easyRead
        onToggled: page.prefs.easyRead = checked
    }
    Toggle {
        objectName: "readAloud"
        Layout.fillWidth: true
        text: qsTr("Show read-aloud buttons")
        checked: page.prefs.readAloud
        onToggled: page.prefs.readAloud = checked
    }
    Toggle {
        objectName: "reducedMotion"
        Layout.fillWidth: true
        text: qsTr("Less movement on screen")
        checked: page.prefs.reducedMotion
        onToggled: page.prefs.reducedMotion = checked
    }
    Heading { text: qsTr("Language"); Layout.fillWidth: true }
    Repeater {
        model: page.prefs.languages()
        KButton {
            required property string modelData
            objectName: "language_" + modelData
            Layout.fillWidth: true
            primary: page.prefs.language === modelData
            text: page.prefs.languageName(modelData)
            onClicked: page.prefs.language = modelData
        }
    }
    Heading { text: qsTr("This phone"); Layout.fillWidth: true }
    Body {
        Layout.fillWidth: true
        text: qsTr("Kith locks itself after %n minutes without use.", "", Math.max(1, Math.round(page.session.autoLockSeconds / 60)))
    }
    KButton {
        objectName: "lockNow"
        Layout.fillWidth: true
        primary: false
        text: qsTr("Lock Kith now")
        onClicked: page.session.lock()
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Voice

// "I don't feel safe", in two steps: first "Send this to your coordinator?", then a plain
// confirmation that says it was sent (or waits on this phone until there is a connection) and
// that Kith is not an emergency service. Who to call now (999, Childline) shows at both steps.
KPage {
    id: page
    objectName: "notSafePage"
    heading: qsTr("I don't feel safe")

    VoiceView { id: voiceView; session: page.session }

    //! "confirm" until the message is sent, then "sent".
    property string step: "confirm"

    function close() {
        if (page.stackView)
            page.stackView.pop()
    }

    // Who to call now: first, and at both steps.
    HelpNumbers { }

    // Step 1: ask before sending.
    ColumnLayout {
        objectName: "confirmStep"
        visible: page.step === "confirm"
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Heading {
            objectName: "confirmQuestion"
            Layout.fillWidth: true
            text: qsTr("Send this to your coordinator?")
        }
        Body {
            Layout.fillWidth: true
            text: qsTr("Your coordinator will be told that you don't feel safe. Your family will not see this message.")
        }
        Body {
            visible: !voiceView.canSayNotSafe
            Layout.fillWidth: true
            muted: true
            text: qsTr("This is for young people in the family. If someone is in danger now, call 999.")
        }
        TextBox {
            id: words
            objectName: "notSafeText"
            visible: voiceView.canSayNotSafe
            label: qsTr("Do you want to say what is happening?")
            hint: qsTr("You don't have to. You can send it without words.")
        }
        Body {
            objectName: "offlineBefore"
            visible: page.session.syncPhase === Session.Offline
            Layout.fillWidth: true
            text: qsTr("Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.")
        }
        Notice { objectName: "notSafeProblem"; text: voiceView.problem; danger: true }
        KButton {
            objectName: "sendNotSafe"
            visible: voiceView.canSayNotSafe
            Layout.fillWidth: true
            text: qsTr("Yes, send it")
            onClicked: if (voiceView.notSafe(words.text)) page.step = "sent"
        }
        KButton {
            objectName: "cancelNotSafe"
            Layout.fillWidth: true
            primary: false
            text: qsTr("Not now")
            onClicked: page.close()
        }
    }

    // Step 2: sent, or waiting for a connection.
    ColumnLayout {
        objectName: "sentStep"
        visible: page.step === "sent"
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        Heading {
            objectName: "sentTitle"
            Layout.fillWidth: true
            text: voiceView.notSafeWaiting ? qsTr("Your message is saved") : qsTr("Your message has been sent")
        }
        Body {
            objectName: "sentStatus"
            Layout.fillWidth: true
            text: voiceView.notSafeWaiting
                  ? qsTr("It is on this phone and will be sent to your coordinator when there is a connection.")
                  : qsTr("Your coordinator has it.")
        }
        Body {
            objectName: "notEmergency"
            Layout.fillWidth: true
            font.bold: true
            text: qsTr("Kith is not an emergency service. Your coordinator may not see your message straight away.")
        }
        KButton {
            objectName: "doneNotSafe"
            Layout.fillWidth: true
            primary: false
            text: qsTr("Done")
            onClicked: page.close()
        }
    }
}

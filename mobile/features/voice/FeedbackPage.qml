import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Voice

// Say what you think: some words, who sees them (staff only, or the family too), what it is
// about, and how confident the person feels in the help they get. What they typed stays if
// sending fails.
KPage {
    id: page
    objectName: "feedbackPage"
    heading: qsTr("Say what you think")

    VoiceView { id: voiceView; session: page.session }

    property int audience: VoiceView.StaffOnly
    property int confidence: 0
    property string about: ""
    property bool sent: false

    Body {
        visible: !voiceView.canSendFeedback
        Layout.fillWidth: true
        text: qsTr("Feedback is sent by families and volunteers. You can read it and answer it from your own screens.")
    }

    ColumnLayout {
        visible: voiceView.canSendFeedback
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        TextBox {
            id: words
            objectName: "feedbackText"
            label: qsTr("What do you want to say?")
            hint: qsTr("Anything: what is helping, what is not, what you would like to change.")
            onTextChanged: if (text !== "") page.sent = false
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Body { text: qsTr("Who sees it?"); font.bold: true; Layout.fillWidth: true }
            KButton {
                objectName: "audienceStaff"
                Layout.fillWidth: true
                primary: page.audience === VoiceView.StaffOnly
                text: qsTr("Only staff")
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: page.audience === VoiceView.StaffOnly
                onClicked: page.audience = VoiceView.StaffOnly
            }
            KButton {
                objectName: "audienceFamily"
                visible: voiceView.canShareWithFamily
                Layout.fillWidth: true
                primary: page.audience === VoiceView.Family
                text: qsTr("My family too")
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: page.audience === VoiceView.Family
                onClicked: page.audience = VoiceView.Family
            }
            Body {
                objectName: "audienceMeaning"
                Layout.fillWidth: true
                muted: true
                text: page.audience === VoiceView.Family
                      ? qsTr("Everyone in your family who uses Kith can read this.")
                      : qsTr("Only your coordinator and staff can read this. Your family will not see it.")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Body { text: qsTr("What is it about? (You can leave this out.)"); font.bold: true; Layout.fillWidth: true }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: [{ tag: "family-plan", words: qsTr("Our family plan") },
                            { tag: "safe-families", words: qsTr("Safe Families") },
                            { tag: "", words: qsTr("Something else") }]
                    KButton {
                        required property var modelData
                        objectName: "about_" + (modelData.tag !== "" ? modelData.tag : "other")
                        primary: page.about === modelData.tag
                        text: modelData.words
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: page.about === modelData.tag
                        onClicked: page.about = modelData.tag
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Body {
                Layout.fillWidth: true
                font.bold: true
                text: qsTr("How confident do you feel in the help you are getting?")
            }
            Body {
                Layout.fillWidth: true
                muted: true
                text: qsTr("1 means not at all, 5 means very confident. You can leave this out.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: 5
                    KButton {
                        required property int index
                        objectName: "confidence_" + (index + 1)
                        primary: page.confidence === index + 1
                        text: String(index + 1)
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: page.confidence === index + 1
                        // Pressing the chosen number again takes it away.
                        onClicked: page.confidence = page.confidence === index + 1 ? 0 : index + 1
                    }
                }
            }
        }

        Notice { objectName: "feedbackProblem"; text: voiceView.problem; danger: true }

        KButton {
            objectName: "sendFeedback"
            Layout.fillWidth: true
            text: qsTr("Send")
            onClicked: {
                if (voiceView.sendFeedback(words.text, page.audience, page.confidence, page.about)) {
                    words.text = ""
                    page.confidence = 0
                    page.about = ""
                    page.sent = true
                }
            }
        }
        Body {
            objectName: "feedbackSent"
            visible: page.sent
            Layout.fillWidth: true
            text: page.session.syncPhase === Session.Offline
                  ? qsTr("Thank you. Your message is saved on this phone. It will be sent when there is a connection.")
                  : qsTr("Thank you. Your message is on its way.")
        }
    }
}

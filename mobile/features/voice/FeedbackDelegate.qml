import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui

// One thing the person said, or a staff reply to it (set in a little, under what it answers).
Card {
    id: card
    required property string feedbackId
    required property string text
    required property string date
    required property string audienceText
    required property int confidence
    required property string about
    required property bool isReply
    required property string who

    objectName: isReply ? "reply_" + feedbackId : "feedback_" + feedbackId
    Layout.leftMargin: isReply ? Theme.spacingLarge * 2 : 0
    Accessible.role: Accessible.Grouping
    Accessible.name: isReply ? qsTr("Reply from %1").arg(who) : qsTr("You said")

    Body {
        Layout.fillWidth: true
        font.bold: true
        text: card.isReply ? qsTr("Reply from %1, %2").arg(card.who).arg(card.date)
                           : qsTr("You said, %1").arg(card.date)
    }
    Body { visible: card.text !== ""; text: card.text; Layout.fillWidth: true }
    Body {
        visible: card.confidence > 0
        Layout.fillWidth: true
        text: qsTr("How confident you felt in the help: %1 out of 5").arg(card.confidence)
    }
    Body {
        visible: !card.isReply
        Layout.fillWidth: true
        muted: true
        text: [card.about !== "" ? qsTr("About: %1").arg(card.about) : "", card.audienceText]
              .filter(function(s) { return s !== "" }).join("\n")
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Pictograms
import Kith.Goals

// The family's safety goals, with what people are worried about and what is working well beside
// them, and the safety scale: a chart over time, the latest score from each point of view, every
// score in words, and the person's own score.
KPage {
    id: page
    objectName: "goalsPage"
    heading: qsTr("Our goals")

    GoalsView { id: goalsView; session: page.session }

    Body {
        objectName: "noGoals"
        visible: !goalsView.hasAssessment
        Layout.fillWidth: true
        text: qsTr("There are no goals here yet. When your coordinator has written them down with your family, they will show here.")
    }
    Body {
        visible: goalsView.someUntranslated
        Layout.fillWidth: true
        muted: true
        text: qsTr("Some parts are in English because they have not been translated yet.")
    }

    Heading { visible: goalsView.goals.count > 0; text: qsTr("What needs to happen"); Layout.fillWidth: true }
    Repeater {
        model: goalsView.goals
        Card {
            id: goalCard
            required property string goalId
            required property string words
            required property string pictogram
            objectName: "goal_" + goalId
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Pictogram { name: goalCard.pictogram; language: page.session.preferences.language }
                Body { objectName: "goalText"; text: goalCard.words; Layout.fillWidth: true; font.bold: true }
            }
        }
    }

    Heading { visible: goalsView.workingWell.length > 0; text: qsTr("What is working well"); Layout.fillWidth: true }
    Repeater {
        model: goalsView.workingWell
        Card {
            required property string modelData
            Body { text: modelData; Layout.fillWidth: true }
        }
    }

    Heading { visible: goalsView.worries.length > 0; text: qsTr("What people are worried about"); Layout.fillWidth: true }
    Repeater {
        model: goalsView.worries
        Card {
            required property string modelData
            Body { text: modelData; Layout.fillWidth: true }
        }
    }
    Body {
        visible: goalsView.hasAssessment && goalsView.assessedOn !== ""
        Layout.fillWidth: true
        muted: true
        text: qsTr("Written down on %1.").arg(goalsView.assessedOn)
    }

    Heading { text: qsTr("Safety scale"); Layout.fillWidth: true }
    Body {
        Layout.fillWidth: true
        text: qsTr("People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.")
    }

    Heading { visible: goalsView.latest.count > 0; level: 3; text: qsTr("Latest scores"); Layout.fillWidth: true }
    Repeater {
        model: goalsView.latest
        Body {
            required property string viewpointName
            required property int score
            required property string who
            required property string date
            objectName: "latestScore"
            Layout.fillWidth: true
            text: qsTr("%1: %2 out of 10 (%3, %4)").arg(viewpointName).arg(score).arg(who).arg(date)
        }
    }

    ScaleChart { view: goalsView }

    Heading { visible: goalsView.canScore; text: qsTr("Your score"); Layout.fillWidth: true }
    ScoreEditor { visible: goalsView.canScore; view: goalsView }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Voice

// Have your say: tell staff (or the family) something, say "I don't feel safe", the Three
// Houses, Words and Pictures, and what the person said with the replies from staff.
KPage {
    id: page
    objectName: "voicePage"
    heading: qsTr("Have your say")

    VoiceView { id: voiceView; session: page.session }

    //! Opens one of this module's pages on top of this one.
    function open(component) {
        if (page.stackView)
            page.stackView.push(component, { session: page.session })
    }

    MenuButton {
        objectName: "openNotSafe"
        visible: voiceView.canSayNotSafe
        title: qsTr("I don't feel safe")
        detail: qsTr("Tell your coordinator. See who to call now.")
        onClicked: page.open(notSafePage)
    }
    MenuButton {
        objectName: "openFeedback"
        visible: voiceView.canSendFeedback
        title: qsTr("Say what you think")
        detail: qsTr("Tell staff, or your family, how things are going")
        onClicked: page.open(feedbackPage)
    }
    MenuButton {
        objectName: "openThreeHouses"
        visible: voiceView.canEditThreeHouses || voiceView.hasThreeHouses
        title: qsTr("My Three Houses")
        detail: qsTr("Worries, good things and dreams, in your own words")
        onClicked: page.open(threeHousesPage)
    }
    MenuButton {
        objectName: "openWordsAndPictures"
        visible: voiceView.pages.count > 0
        title: qsTr("My Words and Pictures")
        detail: qsTr("Why helpers are working with your family")
        onClicked: page.open(wordsAndPicturesPage)
    }

    Heading { text: qsTr("What you said"); Layout.fillWidth: true }
    Body {
        objectName: "nothingSaid"
        visible: voiceView.feedback.count === 0
        Layout.fillWidth: true
        muted: true
        text: qsTr("Nothing yet. When you say something, it shows here with any reply from staff.")
    }
    Repeater {
        model: voiceView.feedback
        FeedbackDelegate { Layout.fillWidth: true }
    }

    Component { id: feedbackPage; FeedbackPage { } }
    Component { id: notSafePage; NotSafePage { } }
    Component { id: threeHousesPage; ThreeHousesPage { } }
    Component { id: wordsAndPicturesPage; WordsAndPicturesPage { } }
}

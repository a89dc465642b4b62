import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Pictograms
import Kith.Voice

// My Words and Pictures: the story written for the young person of why helpers are working
// with their family, a page at a time, in easy read or their language where they asked for it.
KPage {
    id: page
    objectName: "wordsAndPicturesPage"
    heading: qsTr("My Words and Pictures")

    VoiceView { id: voiceView; session: page.session }

    Body {
        objectName: "noStory"
        visible: voiceView.pages.count === 0
        Layout.fillWidth: true
        text: qsTr("Nothing has been written for you here yet. Your coordinator will write it with you.")
    }
    Body {
        visible: voiceView.pagesWrittenOn !== ""
        Layout.fillWidth: true
        muted: true
        text: qsTr("Written on %1.").arg(voiceView.pagesWrittenOn)
    }
    Body {
        visible: voiceView.someUntranslated
        Layout.fillWidth: true
        muted: true
        text: qsTr("Some parts are in English because they have not been translated yet.")
    }
    Repeater {
        model: voiceView.pages
        Card {
            id: storyPage
            required property int number
            required property string text
            required property string pictogram
            objectName: "storyPage"
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Page %1 of %2").arg(number).arg(voiceView.pages.count)
            Body {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Page %1 of %2").arg(storyPage.number).arg(voiceView.pages.count)
            }
            // The story's picture, large: Words and Pictures is told in pictures first.
            Pictogram {
                Layout.alignment: Qt.AlignHCenter
                name: storyPage.pictogram
                language: page.session.preferences.language
                size: Theme.pictogramSize * 2
            }
            Body {
                objectName: "storyText"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontHeading
                text: storyPage.text
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Voice

// My Three Houses: the house of worries, the house of good things and the house of dreams, in
// the young person's own words. They add and remove lines, then save all three.
KPage {
    id: page
    objectName: "threeHousesPage"
    heading: qsTr("My Three Houses")

    VoiceView { id: voiceView; session: page.session }

    //! Changes not saved yet: a new snapshot does not overwrite them.
    property bool dirty: false
    property bool saved: false

    function load() {
        worries.lines = Array.from(voiceView.worries)
        goodThings.lines = Array.from(voiceView.goodThings)
        dreams.lines = Array.from(voiceView.dreams)
    }
    function changed() {
        page.dirty = true
        page.saved = false
    }
    Component.onCompleted: load()
    Connections {
        target: voiceView
        function onRefreshed() { if (!page.dirty) page.load() }
    }

    Body {
        Layout.fillWidth: true
        text: voiceView.canEditThreeHouses
              ? qsTr("Three houses for your own words. Only you and your coordinator can see them.")
              : qsTr("Three Houses are filled in by the young person they belong to.")
    }
    Body {
        visible: voiceView.threeHousesUpdated !== ""
        Layout.fillWidth: true
        muted: true
        text: qsTr("Last changed on %1.").arg(voiceView.threeHousesUpdated)
    }

    HouseEditor {
        id: worries
        name: "worries"
        title: qsTr("House of worries")
        hint: qsTr("What worries you?")
        editable: voiceView.canEditThreeHouses
        onEdited: page.changed()
    }
    HouseEditor {
        id: goodThings
        name: "goodThings"
        title: qsTr("House of good things")
        hint: qsTr("What is good in your life?")
        editable: voiceView.canEditThreeHouses
        onEdited: page.changed()
    }
    HouseEditor {
        id: dreams
        name: "dreams"
        title: qsTr("House of dreams")
        hint: qsTr("What would you like to happen?")
        editable: voiceView.canEditThreeHouses
        onEdited: page.changed()
    }

    Notice { objectName: "housesProblem"; text: voiceView.problem; danger: true }
    KButton {
        objectName: "saveHouses"
        visible: voiceView.canEditThreeHouses
        Layout.fillWidth: true
        text: qsTr("Save my houses")
        onClicked: {
            if (voiceView.saveThreeHouses(worries.lines, goodThings.lines, dreams.lines)) {
                page.dirty = false
                page.saved = true
            }
        }
    }
    Body {
        objectName: "housesSaved"
        visible: page.saved
        Layout.fillWidth: true
        text: qsTr("Saved.")
    }
}

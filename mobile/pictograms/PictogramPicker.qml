import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as Basic
import Kith.Ui
import Kith.Pictograms

// Choosing an item's pictogram (for the coordinator): every pictogram in wrapping rows grouped by
// category, each a button with its alt text as its name. `selected` is the chosen name, "" for
// none; pressing the chosen one again, or "No picture", clears it. Each choice's objectName is
// "pictogram-<name>" (e.g. "pictogram-home"); "No picture" is "pictogramNone".
ColumnLayout {
    id: root

    //! The chosen pictogram's name, or "" for none.
    property string selected
    //! The language of the alt texts read out for each picture.
    property string language: "en"
    //! Offer "No picture" (an item's pictogram is always optional).
    property bool allowNone: true
    //! The person chose (or cleared) a pictogram.
    signal picked(string name)

    function choose(name) {
        selected = name;
        picked(name);
    }

    function categoryTitle(category) {
        switch (category) {
        case "people": return qsTr("People");
        case "places": return qsTr("Places");
        case "feelings": return qsTr("Feelings");
        case "safety": return qsTr("Safety");
        case "health": return qsTr("Health");
        case "plans": return qsTr("Plans and talking");
        case "everyday": return qsTr("Every day");
        case "travel": return qsTr("Getting about");
        }
        return category;
    }

    spacing: Theme.spacing

    KButton {
        objectName: "pictogramNone"
        visible: root.allowNone
        // Filled when chosen, like a chosen picture's border.
        primary: root.selected.length === 0
        text: qsTr("No picture")
        Accessible.checkable: true
        Accessible.checked: root.selected.length === 0
        onClicked: root.choose("")
    }

    Repeater {
        model: Pictograms.categories

        delegate: ColumnLayout {
            id: group
            required property string modelData
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Heading {
                Layout.fillWidth: true
                level: 3
                font.pixelSize: Theme.fontBody
                text: root.categoryTitle(group.modelData)
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: Pictograms.namesIn(group.modelData)

                    delegate: Basic.AbstractButton {
                        id: choice
                        required property string modelData
                        readonly property bool chosen: root.selected === modelData

                        objectName: "pictogram-" + modelData
                        implicitWidth: Math.max(Theme.touchMinimum, Theme.pictogramSize + 2 * Theme.spacing)
                        implicitHeight: implicitWidth
                        focusPolicy: Qt.StrongFocus
                        checkable: false

                        contentItem: Item {
                            Pictogram {
                                anchors.centerIn: parent
                                name: choice.modelData
                                language: root.language
                                size: Theme.pictogramSize
                                Accessible.ignored: true
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: choice.chosen ? Theme.surfaceMuted : Theme.surface
                            border.width: choice.visualFocus || choice.chosen ? Theme.focusWidth : Theme.borderWidth
                            border.color: choice.visualFocus ? Theme.focus : choice.chosen ? Theme.accent : Theme.border
                            opacity: choice.down ? 0.8 : 1

                            // The chosen one also carries a tick, so the choice does not rest on colour alone.
                            Rectangle {
                                visible: choice.chosen
                                anchors.right: parent.right
                                anchors.top: parent.top
                                anchors.margins: -Theme.spacingSmall
                                width: Theme.iconSize
                                height: width
                                radius: width / 2
                                color: Theme.accent
                                Text {
                                    anchors.centerIn: parent
                                    text: "\u2713"
                                    color: Theme.accentText
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    Accessible.ignored: true
                                }
                            }
                        }

                        Accessible.role: Accessible.Button
                        Accessible.name: Pictograms.altText(modelData, root.language)
                        Accessible.checkable: true
                        Accessible.checked: chosen
                        Accessible.onPressAction: clicked()
                        onClicked: root.choose(chosen && root.allowNone ? "" : modelData)
                    }
                }
            }
        }
    }
}

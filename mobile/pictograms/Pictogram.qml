import QtQuick
import Kith.Ui
import Kith.Pictograms

// One of Kith's pictograms, by name: `Pictogram { name: "home"; language:
// session.preferences.language }`. The picture is drawn from its SVG at the size shown, so it stays
// crisp at any text size. A screen reader reads it as an image with its alt text in `language`.
// An empty or unknown name shows nothing and takes no space.
//
// The pictures are dark ink on transparent. On a dark background (the high-contrast palette, or
// `plate: true` where a page puts one on a dark surface) the picture sits on a light rounded plate
// so that it keeps its contrast.
Item {
    id: root

    //! The pictogram's name (assets/pictograms/<name>.svg), as in a record's Text.pictogram.
    property string name
    //! The language of the alt text, a tag such as "ur"; English where there is none.
    property string language: "en"
    //! The width and height of the picture (with its plate, if any).
    property real size: Theme.pictogramSize
    //! Draw the light plate behind the picture.
    property bool plate: Theme.highContrast

    readonly property bool known: name.length > 0 && Pictograms.has(name)
    readonly property string altText: known ? Pictograms.altText(name, language) : ""

    visible: known
    implicitWidth: known ? size : 0
    implicitHeight: known ? size : 0

    Accessible.role: Accessible.Graphic
    Accessible.name: altText
    Accessible.ignored: !known

    Rectangle {
        id: backing
        objectName: "pictogramPlate"
        anchors.fill: parent
        visible: root.plate
        radius: Theme.radius
        // In the high-contrast palette Theme.text is white: the plate is the lightest colour the
        // theme has, whatever palette is in use, with a border that stands out from the page.
        color: Theme.highContrast ? Theme.text : Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    Image {
        id: picture
        objectName: "pictogramImage"
        anchors.fill: parent
        anchors.margins: root.plate ? Theme.spacingSmall : 0
        source: root.known ? Pictograms.source(root.name) : ""
        // Render the SVG at the size shown (Image multiplies by the screen's pixel ratio).
        sourceSize.width: Math.max(1, Math.ceil(width))
        sourceSize.height: Math.max(1, Math.ceil(height))
        fillMode: Image.PreserveAspectFit
        smooth: true
        Accessible.ignored: true
    }
}

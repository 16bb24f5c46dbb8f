pragma ComponentBehavior: Bound
import QtQuick

// A section title card: dark ground, section number, large serif title, subtitle.
SlideBase {
    id: card
    ready: !art.visible || art.ready
    color: Theme.ink

    FittedImage {
        id: art
        visible: card.slide.imageUrl !== ""
        source: card.slide.imageUrl
        alt: card.slide.alt
        controller: card.controller
        unit: card.unit
        anchors.fill: parent
        opacity: 0.28
    }

    Column {
        id: block
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 120 * card.unit
        anchors.rightMargin: 120 * card.unit
        spacing: 28 * card.unit

        Text {
            width: parent.width
            text: card.controller.t.sectionNumber.arg(card.slide.sectionNumber + 1)
            color: Theme.accentOnInk
            font.family: Theme.sans
            font.pixelSize: Math.max(12, 26 * card.unit * Theme.textScale)
            font.letterSpacing: 4 * card.unit
            font.capitalization: Font.AllUppercase
        }
        Rectangle { width: 120 * card.unit; height: Math.max(2, 4 * card.unit); color: Theme.accentOnInk }
        Text {
            objectName: "fitText"
            width: parent.width
            height: Math.min(implicitHeight, 330 * card.unit)
            text: card.slide.title
            color: Theme.textOnInk
            font.family: Theme.serif
            font.pixelSize: Math.round(104 * card.unit * Theme.textScale)
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(40 * card.unit)
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "fitText"
            width: parent.width
            visible: text !== ""
            height: Math.min(implicitHeight, 200 * card.unit)
            text: card.slide.subtitle
            color: Theme.textOnInkSoft
            font.family: Theme.serif
            font.italic: true
            font.pixelSize: Math.round(44 * card.unit * Theme.textScale)
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(22 * card.unit)
            wrapMode: Text.Wrap
        }
    }
}

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
        onStage: card.onStage
        anchors.fill: parent
        opacity: 0.28
    }

    Column {
        id: block
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.titleSlideMargin * card.unit
        anchors.rightMargin: Theme.titleSlideMargin * card.unit
        spacing: Theme.titleSlideGap * card.unit

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: card.controller.t.sectionNumber.arg(card.slide.sectionNumber + 1)
            color: Theme.accentOnInk
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontLabel, card.unit)
            font.letterSpacing: Theme.trackingWide * card.unit
            font.capitalization: Font.AllUppercase
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !card.onStage
        }
        Rectangle {
            width: Theme.titleRuleWidth * card.unit
            height: Math.max(Theme.strokeMin, Theme.titleRuleThickness * card.unit)
            color: Theme.accentOnInk
        }
        Text {
            textFormat: Text.PlainText
            objectName: "fitText"
            width: parent.width
            height: Math.min(implicitHeight, Theme.titleMaxHeight * card.unit)
            text: card.slide.title
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Accessible.ignored: !card.onStage
            color: Theme.textOnInk
            font.family: Theme.serif
            font.pixelSize: Theme.px(Theme.fontDisplay, card.unit)
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.unitPx(Theme.fontDisplayMin, card.unit)
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            objectName: "fitText"
            width: parent.width
            visible: text !== ""
            height: Math.min(implicitHeight, Theme.subtitleMaxHeight * card.unit)
            text: card.slide.subtitle
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !card.onStage
            color: Theme.textOnInkSoft
            font.family: Theme.serif
            font.italic: true
            font.pixelSize: Theme.px(Theme.fontSubtitle, card.unit)
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.unitPx(Theme.fontSubtitleMin, card.unit)
            wrapMode: Text.Wrap
        }
    }
}

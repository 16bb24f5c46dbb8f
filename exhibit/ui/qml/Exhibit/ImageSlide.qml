pragma ComponentBehavior: Bound
import QtQuick

// A picture on a dark mat, optional title above it; caption and credit live in the band.
// With a body the slide is a picture beside its text (above it on a portrait screen): title,
// subtitle and the whole prose on the text side, which scrolls only when the prose is too long.
SlideBase {
    id: slideRoot
    ready: picture.ready
    color: Theme.ink
    readonly property bool withText: (slideRoot.slide.body ?? "") !== ""
    readonly property bool portrait: slideRoot.height > slideRoot.width
    readonly property real margin: Theme.pictureTextMargin * slideRoot.unit

    Text {
        textFormat: Text.PlainText
        id: heading
        objectName: "fitText"
        visible: text !== "" && !slideRoot.withText
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.pictureTitleInset * slideRoot.unit
        anchors.rightMargin: Theme.pictureTitleInset * slideRoot.unit
        anchors.topMargin: Theme.space13 * slideRoot.unit
        height: visible ? Theme.pictureTitleHeight * slideRoot.unit : 0
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: slideRoot.slide.title
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !slideRoot.onStage || !visible
        color: Theme.textOnInk
        font.family: Theme.serif
        font.pixelSize: Theme.px(Theme.fontPictureTitle, slideRoot.unit)
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.unitPx(Theme.fontPictureTitleMin, slideRoot.unit)
        wrapMode: Text.Wrap
    }

    FittedImage {
        id: picture
        x: slideRoot.withText ? slideRoot.margin : Theme.pictureMargin * slideRoot.unit
        y: slideRoot.withText ? Theme.pictureTextTop * slideRoot.unit
                              : heading.y + heading.height + Theme.space10 * slideRoot.unit
        width: !slideRoot.withText ? slideRoot.width - 2 * Theme.pictureMargin * slideRoot.unit
               : slideRoot.portrait ? slideRoot.width - 2 * slideRoot.margin
               : (slideRoot.width - 2 * slideRoot.margin - Theme.pictureTextGap * slideRoot.unit) * Theme.pictureTextShare
        height: !slideRoot.withText ? slideRoot.height - y - Theme.pictureMarginBottom * slideRoot.unit
                : slideRoot.portrait ? (slideRoot.height - y) * 0.4
                : slideRoot.height - y - Theme.pictureTextBottom * slideRoot.unit
        source: slideRoot.slide.imageUrl
        alt: slideRoot.slide.alt
        zoomable: true
        controller: slideRoot.controller
        unit: slideRoot.unit
        onStage: slideRoot.onStage
    }

    Loader {
        active: slideRoot.withText
        x: slideRoot.portrait ? slideRoot.margin : picture.x + picture.width + Theme.pictureTextGap * slideRoot.unit
        y: slideRoot.portrait ? picture.y + picture.height + Theme.pictureTextGap * slideRoot.unit : picture.y
        width: slideRoot.portrait ? picture.width : slideRoot.width - x - slideRoot.margin
        height: slideRoot.height - y - Theme.pictureTextBottom * slideRoot.unit
        sourceComponent: Item {
            id: side
            Column {
                id: head
                width: parent.width
                spacing: Theme.space06 * slideRoot.unit
                Text {
                    textFormat: Text.PlainText
                    objectName: "fitText"
                    width: parent.width
                    height: Math.min(implicitHeight, Theme.textTitleMaxHeight * slideRoot.unit)
                    text: slideRoot.slide.title
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    Accessible.ignored: !slideRoot.onStage
                    color: Theme.textOnInk
                    font.family: Theme.serif
                    font.bold: true
                    font.pixelSize: Theme.px(Theme.fontPictureTitle, slideRoot.unit)
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.unitPx(Theme.fontPictureTitleMin, slideRoot.unit)
                    wrapMode: Text.Wrap
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: text !== ""
                    text: slideRoot.slide.subtitle ?? ""
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    Accessible.ignored: !slideRoot.onStage || !visible
                    color: Theme.accentOnInk
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(Theme.fontMeta, slideRoot.unit)
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    width: Theme.accentRuleWidth * slideRoot.unit
                    height: Math.max(Theme.strokeMin, Theme.accentRuleThickness * slideRoot.unit)
                    color: Theme.accentOnInk
                }
            }
            Flickable {
                id: scroller
                objectName: "pictureTextScroller"
                anchors { left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom }
                anchors.topMargin: Theme.space11 * slideRoot.unit
                clip: true
                contentWidth: width
                contentHeight: prose.height
                interactive: contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                RichLabel {  // at its own size, never shrunk: the scroller shows what is below
                    id: prose
                    objectName: "pictureText"
                    unit: slideRoot.unit
                    width: scroller.width - (scroller.interactive ? 3 * Theme.scrollBarWidth * slideRoot.unit : 0)
                    height: implicitHeight
                    fontSizeMode: Text.FixedSize
                    text: slideRoot.slide.body ?? ""
                    Accessible.role: Accessible.Paragraph
                    Accessible.name: slideRoot.slide.readText?.body ?? ""
                    Accessible.ignored: !slideRoot.onStage
                    color: Theme.textOnInk
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(Theme.fontPictureBody, slideRoot.unit)
                    lineHeight: 1.15
                }
            }
            Rectangle {  // where the scrolled prose is: shown only when it scrolls
                visible: scroller.interactive
                anchors.right: parent.right
                y: scroller.y + scroller.visibleArea.yPosition * scroller.height
                width: Math.max(Theme.strokeMin, Theme.scrollBarWidth * slideRoot.unit)
                height: scroller.visibleArea.heightRatio * scroller.height
                radius: width / 2
                color: Theme.textOnInkSoft
            }
        }
    }
}

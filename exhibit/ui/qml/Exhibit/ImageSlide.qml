pragma ComponentBehavior: Bound
import QtQuick

// A picture on a dark mat, optional title above it; caption and credit live in the band.
SlideBase {
    id: slideRoot
    ready: picture.ready
    color: Theme.ink

    Text {
        textFormat: Text.PlainText
        id: heading
        objectName: "fitText"
        visible: text !== ""
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
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom
            leftMargin: Theme.pictureMargin * slideRoot.unit; rightMargin: Theme.pictureMargin * slideRoot.unit
            topMargin: Theme.space10 * slideRoot.unit; bottomMargin: Theme.pictureMarginBottom * slideRoot.unit
        }
        source: slideRoot.slide.imageUrl
        alt: slideRoot.slide.alt
        zoomable: true
        controller: slideRoot.controller
        unit: slideRoot.unit
        onStage: slideRoot.onStage
    }
}

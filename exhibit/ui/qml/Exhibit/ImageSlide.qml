pragma ComponentBehavior: Bound
import QtQuick

// A picture on a dark mat, optional title above it; caption and credit live in the band.
SlideBase {
    id: slideRoot
    ready: picture.ready
    color: Theme.ink

    Text {
        id: heading
        objectName: "fitText"
        visible: text !== ""
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: 200 * slideRoot.unit
        anchors.rightMargin: 200 * slideRoot.unit
        anchors.topMargin: 28 * slideRoot.unit
        height: visible ? 64 * slideRoot.unit : 0
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: slideRoot.slide.title
        color: Theme.textOnInk
        font.family: Theme.serif
        font.pixelSize: Math.round(40 * slideRoot.unit * Theme.textScale)
        fontSizeMode: Text.Fit
        minimumPixelSize: Math.round(20 * slideRoot.unit)
        wrapMode: Text.Wrap
    }

    FittedImage {
        id: picture
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom
            leftMargin: 48 * slideRoot.unit; rightMargin: 48 * slideRoot.unit
            topMargin: 20 * slideRoot.unit; bottomMargin: 28 * slideRoot.unit
        }
        source: slideRoot.slide.imageUrl
        alt: slideRoot.slide.alt
        controller: slideRoot.controller
        unit: slideRoot.unit
    }
}

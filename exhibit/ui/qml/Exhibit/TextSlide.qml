pragma ComponentBehavior: Bound
import QtQuick

// Narrative text on paper: a serif heading and a readable measure of body text.
SlideBase {
    id: slideRoot
    color: Theme.paper

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: 150 * slideRoot.unit
        anchors.rightMargin: 150 * slideRoot.unit
        anchors.topMargin: 110 * slideRoot.unit
        spacing: 22 * slideRoot.unit
        Text {
            objectName: "fitText"
            width: parent.width
            height: Math.min(implicitHeight, 170 * slideRoot.unit)
            text: slideRoot.slide.title
            color: Theme.text
            font.family: Theme.serif
            font.bold: true
            font.pixelSize: Math.round(62 * slideRoot.unit * Theme.textScale)
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(30 * slideRoot.unit)
            wrapMode: Text.Wrap
        }
        Rectangle { width: 90 * slideRoot.unit; height: Math.max(2, 3 * slideRoot.unit); color: Theme.accent }
    }

    Item {
        anchors {
            left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom
            leftMargin: 150 * slideRoot.unit; rightMargin: 150 * slideRoot.unit
            topMargin: 34 * slideRoot.unit; bottomMargin: 60 * slideRoot.unit
        }
        RichLabel {
            width: Math.min(parent.width, 1250 * slideRoot.unit)
            height: parent.height
            unit: slideRoot.unit
            text: slideRoot.slide.body
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Math.round(33 * slideRoot.unit * Theme.textScale)
            minimumPixelSize: Math.round(18 * slideRoot.unit)
        }
    }
}

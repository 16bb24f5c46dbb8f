pragma ComponentBehavior: Bound
import QtQuick

// A slide drawn by the same SlideView the audience sees, scaled into a 16:9 frame.
Rectangle {
    id: preview
    required property Controller controller
    property var slide: ({})  // a SlideModel row, as a map (empty past the last slide)
    property string label: ""
    readonly property real stageWidth: 1459
    readonly property real stageHeight: 930
    color: Theme.previewGround
    border.color: Theme.rule
    clip: true

    Item {
        id: frame
        anchors.centerIn: parent
        width: preview.stageWidth
        height: preview.stageHeight
        scale: Math.min((preview.width - 4) / width, (preview.height - 4) / height)
        visible: preview.slide && preview.slide.kind !== undefined
        SlideView {
            anchors.fill: parent
            slide: preview.slide
            unit: 1
            slideIndex: -1
            controller: preview.controller
        }
    }

    Text {
        visible: !frame.visible
        anchors.centerIn: parent
        text: preview.controller.t.endOfExhibit
        color: Theme.textOnInkSoft
        font.family: Theme.sans
        font.pixelSize: 20
    }

    Rectangle {
        visible: preview.label !== ""
        anchors { left: parent.left; top: parent.top; margins: 8 }
        width: labelText.implicitWidth + 16
        height: labelText.implicitHeight + 8
        radius: 4
        color: Theme.labelGround
        Text {
            id: labelText
            anchors.centerIn: parent
            text: preview.label
            color: Theme.textOnInk
            font.family: Theme.sans
            font.pixelSize: 15
            font.bold: true
        }
    }
}

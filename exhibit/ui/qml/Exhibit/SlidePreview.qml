pragma ComponentBehavior: Bound
import QtQuick

// A slide drawn by the same SlideView the audience sees, scaled into a 16:9 frame.
Rectangle {
    id: preview
    required property Controller controller
    property var slide: ({})  // a SlideModel row, as a map (empty past the last slide)
    property string label: ""
    color: Theme.previewGround
    border.color: Theme.rule
    clip: true
    // To a screen reader: "Next: <the slide's announcement>", and all it says as description.
    Accessible.role: Accessible.Pane
    Accessible.name: [preview.label, preview.slide && preview.slide.kind !== undefined ? preview.slide.announcement : preview.controller.t.endOfExhibit].filter(s => s).join(": ")
    Accessible.description: preview.slide && preview.slide.narration ? preview.slide.narration : ""

    Item {
        id: frame
        anchors.centerIn: parent
        width: Theme.previewStageWidth
        height: Theme.previewStageHeight
        scale: Math.min((preview.width - 2 * Theme.space01) / width, (preview.height - 2 * Theme.space01) / height)
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
        textFormat: Text.PlainText
        visible: !frame.visible
        anchors.centerIn: parent
        text: preview.controller.t.endOfExhibit
        color: Theme.textOnInkSoft
        font.family: Theme.sans
        font.pixelSize: Theme.fontPresenterText
    }

    Rectangle {
        visible: preview.label !== ""
        anchors { left: parent.left; top: parent.top; margins: Theme.space04 }
        width: labelText.implicitWidth + Theme.space08
        height: labelText.implicitHeight + Theme.space04
        radius: Theme.radiusTag
        color: Theme.labelGround
        Text {
            textFormat: Text.PlainText
            id: labelText
            anchors.centerIn: parent
            text: preview.label
            color: Theme.textOnInk
            font.family: Theme.sans
            font.pixelSize: Theme.fontTag
            font.bold: true
        }
    }
}

pragma ComponentBehavior: Bound
import QtQuick

// An image fitted without distortion, decoded at display size and loaded in the background.
// A missing or broken file shows a neutral placeholder with the alt text instead.
Item {
    id: box
    required property string source
    required property string alt
    property Controller controller: null
    property real unit: 1
    readonly property bool ready: image.status !== Image.Loading
    readonly property bool failed: image.status === Image.Error || source === ""

    Image {
        id: image
        objectName: "slideImage"
        anchors.fill: parent
        source: box.source
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectFit
        smooth: true
        mipmap: false
        sourceSize.width: Math.max(1, Math.ceil(width))
        sourceSize.height: Math.max(1, Math.ceil(height))
        visible: !box.failed
        Accessible.role: Accessible.Graphic
        Accessible.name: box.alt
        onStatusChanged: if (status === Image.Error && box.controller) box.controller.reportMediaProblem(box.source, box.alt)
    }

    // Made only when shown: most pictures load, and a title card without one hides it.
    Loader {
        anchors.centerIn: parent
        active: box.failed && box.visible
        sourceComponent: Rectangle {
            objectName: "imagePlaceholder"
            width: Math.min(box.width, 900 * box.unit)
            height: Math.min(box.height, 560 * box.unit)
            color: Theme.inkSoft
            border.color: Theme.rule
            radius: 6 * box.unit
            Column {
                anchors.centerIn: parent
                width: parent.width - 80 * box.unit
                spacing: 16 * box.unit
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: box.controller ? box.controller.t.imageUnavailable : ""
                    color: Theme.textOnInkSoft
                    font.family: Theme.sans
                    font.pixelSize: Math.max(12, 24 * box.unit * Theme.textScale)
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 2 * box.unit
                }
                Text {
                    objectName: "placeholderAlt"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: box.alt
                    color: Theme.textOnInk
                    font.family: Theme.serif
                    font.pixelSize: Math.max(14, 30 * box.unit * Theme.textScale)
                }
            }
        }
    }
}

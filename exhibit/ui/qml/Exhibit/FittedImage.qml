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
    property bool onStage: true  // see SlideBase
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
        Accessible.ignored: !box.onStage
        onStatusChanged: if (status === Image.Error && box.controller) box.controller.reportMediaProblem(box.source, box.alt)
    }

    // Made only when shown: most pictures load, and a title card without one hides it.
    Loader {
        anchors.centerIn: parent
        active: box.failed && box.visible
        sourceComponent: Rectangle {
            objectName: "imagePlaceholder"
            width: Math.min(box.width, Theme.placeholderMaxWidth * box.unit)
            height: Math.min(box.height, Theme.placeholderMaxHeight * box.unit)
            color: Theme.inkSoft
            border.color: Theme.rule
            radius: Theme.radiusSmall * box.unit
            Column {
                anchors.centerIn: parent
                width: parent.width - Theme.placeholderInset * box.unit
                spacing: Theme.space08 * box.unit
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: box.controller ? box.controller.t.imageUnavailable : ""
                    color: Theme.textOnInkSoft
                    font.family: Theme.sans
                    font.pixelSize: Theme.uiPx(Theme.fontCredits, box.unit)
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: Theme.trackingLabel * box.unit
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "placeholderAlt"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: box.alt
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    Accessible.ignored: !box.onStage
                    color: Theme.textOnInk
                    font.family: Theme.serif
                    font.pixelSize: Theme.uiHeadingPx(Theme.fontAlt, box.unit)
                }
            }
        }
    }
}

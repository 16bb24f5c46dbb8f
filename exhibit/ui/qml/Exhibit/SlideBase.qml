pragma ComponentBehavior: Bound
import QtQuick

// What every kind of slide is given, and what it tells: its model row, the layout unit and the
// controller; `ready` is false while it still loads its images. SlideView loads one per slide.
Rectangle {
    id: base
    required property var slide  // a SlideModel row: a delegate's model object, or a map
    required property real unit
    required property Controller controller
    property bool ready: true
    // The slide's `background`: a colour (#rrggbb) or a picture's URL, drawn dimmed over the
    // slide's own ground and under everything the kind of slide draws, so its text stays legible.
    readonly property string background: base.slide?.background ?? ""
    readonly property bool backgroundIsColour: base.background.startsWith("#")
    readonly property bool backgroundReady: backdrop.status !== Image.Loading
    Rectangle {
        objectName: "slideBackgroundColour"
        anchors.fill: parent
        visible: base.backgroundIsColour
        color: base.backgroundIsColour ? base.background : "transparent"
        opacity: Theme.backgroundColourOpacity
    }
    Image {
        id: backdrop
        objectName: "slideBackground"
        anchors.fill: parent
        visible: status === Image.Ready
        source: base.background !== "" && !base.backgroundIsColour ? base.background : ""
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: Math.max(1, Math.ceil(width))
        sourceSize.height: Math.max(1, Math.ceil(height))
        opacity: Theme.backgroundPictureOpacity
        Accessible.ignored: true
    }
    // False while the slide sits off-stage (a prefetched neighbour): its texts leave the
    // accessibility tree, so a screen reader reads only the slide on screen.
    property bool onStage: true
}

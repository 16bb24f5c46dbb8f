pragma ComponentBehavior: Bound
import QtQuick

// What every kind of slide is given, and what it tells: its model row, the layout unit and the
// controller; `ready` is false while it still loads its images. SlideView loads one per slide.
// A slide's own items sit on a page as tall as the slide, or taller when its text, set larger
// than 100 %, needs more room (`contentHeight`): the page then scrolls (wheel, drag) and a
// bar at the right edge says so. Larger text is never fitted back down (`textGrows`).
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
    // True at 125 and 150 %: the slide's texts take their full size and their own height.
    readonly property bool textGrows: Theme.textGrows
    // The height the slide's items need; 0 (or anything under the slide's height) when they fit.
    property real contentHeight: 0
    readonly property real overflow: Math.max(0, Math.ceil(contentHeight) - height)
    readonly property bool scrolls: overflow > 0
    property real scroll: 0
    readonly property real shownScroll: Math.max(0, Math.min(scroll, overflow))
    default property alias content: page.data
    clip: true

    function scrollBy(dy: real) { base.scroll = Math.max(0, Math.min(base.overflow, base.shownScroll + dy)) }

    Item {
        id: page
        objectName: "slidePage"
        width: base.width
        height: base.height + base.overflow
        y: -base.shownScroll
    }

    WheelHandler {
        enabled: base.scrolls
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: (event) => base.scrollBy(-event.angleDelta.y / 120 * Theme.scrollStep * base.unit * Theme.textScale)
    }
    DragHandler {
        enabled: base.scrolls
        target: null
        xAxis.enabled: false
        yAxis.enabled: true
        property real startScroll: 0
        onActiveChanged: if (active) startScroll = base.shownScroll
        onTranslationChanged: if (active) base.scroll = Math.max(0, Math.min(base.overflow, startScroll - translation.y))
    }

    Rectangle {  // the scroll bar: where the view is on the page, and that there is more
        objectName: "slideScrollBar"
        visible: base.scrolls
        anchors.right: parent.right
        anchors.rightMargin: Theme.space03 * base.unit
        width: Math.max(Theme.strokeMin * 2, Theme.scrollBarWidth * base.unit)
        radius: width / 2
        y: base.height * base.shownScroll / page.height
        height: base.height * base.height / page.height
        color: Theme.rule
        opacity: 0.8
    }
}

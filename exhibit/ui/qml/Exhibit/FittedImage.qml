pragma ComponentBehavior: Bound
import QtQuick

// An image fitted without distortion, decoded at display size and loaded in the background.
// A missing or broken file shows a neutral placeholder with the alt text instead.
// A zoomable one (an image slide's picture) zooms with the wheel or a pinch, up to the
// picture's own resolution, pans with a drag while zoomed, and a double tap fits it again. It
// is decoded at the fitted size times the next power of two of the zoom (a level), never
// above its own size: a 40-megapixel scan costs what is shown, not 160 MB.
Item {
    id: box
    required property string source
    required property string alt
    property Controller controller: null
    property real unit: 1
    property bool onStage: true  // see SlideBase
    property bool zoomable: false
    // A zoomed picture keeps the level it had while the next decodes; a fitted one that is
    // decoded again (its box changed size as its slide came on stage) is not ready until it
    // has, or `render` and `handout` would grab it blank.
    readonly property bool ready: image.status !== Image.Loading || (image.hadPicture && box.zoom > 1)
    readonly property bool failed: image.status === Image.Error || source === ""

    property real zoom: 1
    property real panX: 0
    property real panY: 0
    // The picture's own size, read from its header once it is zoomed into.
    readonly property size nativeSize: box.zoomable && box.controller && box.source !== ""
                                       ? box.controller.pictureSize(box.source) : Qt.size(0, 0)
    readonly property real fitScale: nativeSize.width > 0
        ? Math.min(box.width / nativeSize.width, box.height / nativeSize.height) : 1
    // Up to one picture pixel a screen pixel (at least twice the fit, for drawings).
    readonly property real maxZoom: box.nativeSize.width > 0 ? Math.max(1, 1 / box.fitScale) : Theme.zoomDrawingMax
    readonly property real level: Math.min(box.maxZoom, Math.pow(2, Math.ceil(Math.log(box.zoom) / Math.LN2 - 0.001)))

    function setZoom(value: real, cx: real, cy: real) {
        const next = Math.max(1, Math.min(box.maxZoom, value))
        const ratio = next / box.zoom
        box.panX = cx - (cx - box.panX) * ratio
        box.panY = cy - (cy - box.panY) * ratio
        box.zoom = next
        box.clampPan()
    }
    function clampPan() {
        box.panX = Math.min(0, Math.max(box.width - box.width * box.zoom, box.panX))
        box.panY = Math.min(0, Math.max(box.height - box.height * box.zoom, box.panY))
    }
    function fit() { box.zoom = 1; box.panX = 0; box.panY = 0 }
    onOnStageChanged: if (!onStage) { fit(); if (box.zoomable && box.controller) box.controller.pictureZoomed = false }
    onSourceChanged: fit()
    clip: box.zoom > 1

    Image {
        id: image
        objectName: "slideImage"
        x: box.panX
        y: box.panY
        width: box.width * box.zoom
        height: box.height * box.zoom
        // Once drawn, a new level of the same picture keeps the slide ready while it decodes.
        property bool hadPicture: false
        onSourceChanged: hadPicture = false
        source: box.source
        asynchronous: true
        // The level drawn stays on screen while the next decodes (without it the picture
        // blinked out for the decode's length at every level while zooming).
        retainWhileLoading: true
        cache: true
        fillMode: Image.PreserveAspectFit
        smooth: true
        mipmap: false
        sourceSize.width: Math.max(1, Math.ceil(box.width * box.level))
        sourceSize.height: Math.max(1, Math.ceil(box.height * box.level))
        visible: !box.failed
        Accessible.role: Accessible.Graphic
        Accessible.name: box.alt
        Accessible.ignored: !box.onStage
        onStatusChanged: {
            if (status === Image.Ready)
                hadPicture = true
            else if (status === Image.Error && box.controller)
                box.controller.reportMediaProblem(box.source, box.alt)
        }
    }

    WheelHandler {
        objectName: "zoomWheel"
        enabled: box.zoomable && !box.failed
        target: null
        onWheel: (event) => box.setZoom(box.zoom * Math.pow(Theme.zoomWheelStep, event.angleDelta.y / 120), point.position.x, point.position.y)
    }
    PinchHandler {
        enabled: box.zoomable && !box.failed
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = box.zoom
        onActiveScaleChanged: box.setZoom(startZoom * activeScale, centroid.position.x, centroid.position.y)
    }
    // While zoomed a drag pans and a tap stays on the picture (it does not turn the slide);
    // a double tap fits it again.
    DragHandler {
        enabled: box.zoomable && box.zoom > 1
        target: null
        property real startX: 0
        property real startY: 0
        onActiveChanged: if (active) { startX = box.panX; startY = box.panY }
        onActiveTranslationChanged: {
            box.panX = startX + activeTranslation.x
            box.panY = startY + activeTranslation.y
            box.clampPan()
        }
    }
    TapHandler {
        enabled: box.zoomable && box.zoom > 1
        onDoubleTapped: box.fit()
    }
    // The stage leaves taps and swipes to a zoomed picture on screen.
    onZoomChanged: if (box.zoomable && box.onStage && box.controller) box.controller.pictureZoomed = box.zoom > 1
    Component.onDestruction: if (box.zoomable && box.onStage && box.controller) box.controller.pictureZoomed = false

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

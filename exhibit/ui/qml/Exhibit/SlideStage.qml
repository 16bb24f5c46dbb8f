pragma ComponentBehavior: Bound
import QtQuick

// The slides side by side, placed from the controller's index alone. Neighbours are kept
// loaded so their images load before they are needed. One swipe gesture, with any
// number of fingers, moves exactly one slide; a tap moves on (or back, on the left third).
Item {
    id: stage
    required property Controller controller
    required property real unit

    clip: true

    // After a frame that drew the slide ready, not inside its signal: whatever else waits
    // for that frame (READY=1 for systemd, a watching test) hears of it before the
    // neighbours are built.
    Connections {
        target: stage.Window.window
        enabled: !stage.prefetch
        function onFrameSwapped() { if (stage.isReady()) Qt.callLater(stage.startPrefetch) }
    }
    function startPrefetch() { stage.prefetch = stage.isReady() }

    // The slide on screen scrolled by dy, if it runs long and has room that way.
    function scrollCurrent(dy: real): bool {
        const holder = slides.itemAt(stage.controller.currentIndex) as Loader
        const item = holder ? holder.item as SlideView : null
        return item !== null && item.scrollBy(dy)
    }

    function isReady(): bool {
        const holder = slides.itemAt(stage.controller.currentIndex) as Loader
        const item = holder ? holder.item as SlideView : null
        return item !== null && item.ready && !slideAnimation.running
    }

    // Where the stage stands, in slides, not pixels: the current index, or on the way to it
    // while a transition runs. Every slide's x follows from it and the stage's width, so a
    // resize, a fullscreen toggle or a new screen cannot leave a slide half in view.
    property real position: 0
    // Neighbours are built (and their pictures decoded) only once the slide on stage is
    // drawn, at start-up and after a jump, so its decode has the machine to itself: one
    // slide is drawn, not three. A move to a neighbour keeps them: that one was built.
    property bool prefetch: false

    function place(animate: bool) {
        const target = stage.controller.currentIndex
        slideAnimation.stop()
        if (animate) {
            slideAnimation.from = stage.position
            slideAnimation.to = target
            slideAnimation.start()
        } else {
            stage.position = target
        }
    }

    Component.onCompleted: place(false)

    NumberAnimation {
        id: slideAnimation
        target: stage
        property: "position"
        duration: Theme.transitionMs
        easing.type: Easing.OutCubic
    }

    Repeater {
        id: slides
        objectName: "slideList"
        model: stage.controller.slides

        delegate: Loader {
            id: holder
            required property int index
            readonly property real offset: index - stage.position
            x: Math.round(offset * stage.width)
            width: stage.width
            height: stage.height
            visible: Math.abs(offset) < 1
            active: Math.abs(offset) < 1
                    || Math.abs(index - stage.controller.currentIndex) <= (stage.prefetch ? 1 : 0)
            sourceComponent: SlideView {
                unit: stage.unit
                slideIndex: holder.index
                controller: stage.controller
                // The row is copied in once, not bound to the model's row object: that object
                // goes before its delegate does, and bindings to it would read a null row meanwhile.
                slide: ({})
                Component.onCompleted: slide = stage.controller.slideRow(holder.index)
            }
        }
    }

    Connections {
        target: stage.controller
        property int previous: stage.controller.currentIndex
        function onCurrentIndexChanged() {
            const now = stage.controller.currentIndex
            const adjacent = Math.abs(now - previous) === 1
            previous = now
            if (!adjacent)
                stage.prefetch = false
            stage.place(adjacent && !stage.controller.reducedMotion)
        }
        function onExhibitChanged() { stage.place(false) }
    }

    DragHandler {
        id: swipe
        objectName: "swipeHandler"
        enabled: !stage.controller.pictureZoomed  // a zoomed picture pans instead
        target: null
        xAxis.enabled: true
        yAxis.enabled: false
        minimumPointCount: 1
        maximumPointCount: 10
        property real gestureDx: 0
        onActiveTranslationChanged: if (active) gestureDx = activeTranslation.x
        onActiveChanged: {
            if (active) {
                gestureDx = 0
                return
            }
            const dx = gestureDx
            if (dx < -stage.width * Theme.swipeShare)
                stage.controller.next()
            else if (dx > stage.width * Theme.swipeShare)
                stage.controller.previous()
        }
    }

    TapHandler {
        objectName: "tapHandler"
        enabled: !stage.controller.pictureZoomed
        onTapped: (eventPoint) => {
            if (eventPoint.position.x < stage.width / 3)
                stage.controller.previous()
            else
                stage.controller.next()
        }
    }
}

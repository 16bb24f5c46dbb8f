pragma ComponentBehavior: Bound
import QtQuick

// The slides side by side in a ListView that only the controller moves. Neighbours are kept
// (cacheBuffer) so their images load before they are needed. One swipe gesture, with any
// number of fingers, moves exactly one slide; a tap moves on (or back, on the left third).
Item {
    id: stage
    required property Controller controller
    required property real unit
    readonly property alias list: list

    clip: true

    // After the first frame, not inside its signal: whatever else waits for that frame
    // (READY=1 for systemd, a watching test) hears of it before the neighbours are built.
    Connections {
        target: stage.Window.window
        enabled: !list.prefetch
        function onFrameSwapped() { Qt.callLater(stage.startPrefetch) }
    }
    function startPrefetch() { list.prefetch = true }

    function isReady(): bool {
        const item = list.itemAtIndex(stage.controller.currentIndex) as SlideView
        return item !== null && item.ready && !slideAnimation.running
    }

    ListView {
        id: list
        objectName: "slideList"
        anchors.fill: parent
        orientation: ListView.Horizontal
        interactive: false
        boundsBehavior: Flickable.StopAtBounds
        // Neighbours are built (and their pictures decoded) only once the first slide is on
        // screen, so start-up draws one slide, not three.
        property bool prefetch: false
        cacheBuffer: prefetch ? Math.max(1, width) : 0
        reuseItems: false
        model: stage.controller.slides

        delegate: SlideView {
            required property int index
            width: list.width
            height: list.height
            unit: stage.unit
            slideIndex: index
            controller: stage.controller
            // The row is copied in once, not bound to the model's row object: that object goes
            // before its delegate does, and bindings to it would read a null row meanwhile.
            slide: ({})
            Component.onCompleted: slide = stage.controller.slideRow(index)
        }

        function place(animate: bool) {
            const target = stage.controller.currentIndex * width
            slideAnimation.stop()
            if (animate) {
                slideAnimation.from = contentX
                slideAnimation.to = target
                slideAnimation.start()
            } else {
                contentX = target
            }
        }

        onWidthChanged: place(false)
        Component.onCompleted: place(false)

        NumberAnimation {
            id: slideAnimation
            target: list
            property: "contentX"
            duration: Theme.transitionMs
            easing.type: Easing.OutCubic
        }
    }

    Connections {
        target: stage.controller
        property int previous: stage.controller.currentIndex
        function onCurrentIndexChanged() {
            const now = stage.controller.currentIndex
            const adjacent = Math.abs(now - previous) === 1
            previous = now
            list.place(adjacent && !stage.controller.reducedMotion)
        }
        function onExhibitChanged() { list.place(false) }
    }

    DragHandler {
        id: swipe
        objectName: "swipeHandler"
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
        onTapped: (eventPoint) => {
            if (eventPoint.position.x < stage.width / 3)
                stage.controller.previous()
            else
                stage.controller.next()
        }
    }
}

pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// Kiosk layers over the exhibit: the "touch to begin" cue in the attract loop, the PIN pad
// and the admin panel. Main loads it by URL, and only for a kiosk; the window is not closed.
Item {
    id: overlay
    objectName: "kioskOverlay"
    required property Kiosk kiosk
    required property Controller controller
    required property real unit
    // The slide stage: the cue sits at its foot, over the slide (not the caption band, nor the
    // timeline under the slide in portrait). It and the overlay share the window's top left.
    property Item stage: null
    // (Over the attract video, which fills the window, the cue sits at the window's foot.)
    readonly property bool wholeWindow: !overlay.stage || attractLayer.visible
    readonly property real stageWidth: overlay.wholeWindow ? overlay.width : overlay.stage.width
    readonly property real stageHeight: overlay.wholeWindow ? overlay.height : overlay.stage.height

    Connections {
        target: overlay.Window.window
        function onClosing(close: CloseEvent) { if (overlay.kiosk.enabled) close.accepted = false }
    }

    // When the PIN pad or the admin panel closes, the show has the keyboard focus again; when
    // the idle timeout closed it, a screen reader hears so.
    readonly property bool overlayOpen: overlay.kiosk.pinVisible || overlay.kiosk.adminVisible
    onOverlayOpenChanged: if (!overlay.overlayOpen) Qt.callLater(overlay.focusShow)
    function focusShow() {
        const items = overlay.Window.contentItem ? overlay.Window.contentItem.children : []
        for (let i = 0; i < items.length; ++i)
            if (items[i].objectName === "exhibitView") items[i].forceActiveFocus()
    }
    signal announced(message: string)
    Connections {
        target: overlay.kiosk
        function onOverlaysTimedOut() {
            overlay.Accessible.announce(overlay.controller.t.pinClosed, Accessible.Polite)
            overlay.announced(overlay.controller.t.pinClosed)
        }
    }

    // The accessibility mode (larger text, these step buttons, each slide spoken): its button is
    // on screen through every visit and the attract loop, switched by holding it a moment (or
    // by a screen reader's Press); holding it in the attract loop begins a visit in the mode
    // (the kiosk lets that first press through); the visit's end switches it off.
    Rectangle {
        id: accessButton
        objectName: "accessButton"
        visible: overlay.kiosk.accessOffered && !overlay.overlayOpen
        x: Theme.accessButtonX * overlay.unit
        y: Theme.space08 * overlay.unit
        width: Math.max(Theme.minTouch, Theme.accessButton * overlay.unit)
        height: width
        radius: width / 2
        color: overlay.kiosk.accessMode ? Theme.highlight : Theme.ink
        border.color: Theme.highlight
        border.width: Math.max(2, Theme.border * 1.5 * overlay.unit)
        Accessible.role: Accessible.Button
        Accessible.name: overlay.controller.t.accessMode
        Accessible.checkable: true
        Accessible.checked: overlay.kiosk.accessMode
        Accessible.onPressAction: overlay.kiosk.toggleAccessMode()
        // The universal access figure: a head, arms out, a body and two legs.
        Item {
            id: figure
            anchors.centerIn: parent
            width: parent.width * 0.6
            height: width
            readonly property color ink: overlay.kiosk.accessMode ? Theme.ink : Theme.highlight
            readonly property real stroke: Math.max(2, width * 0.13)
            Rectangle { x: (figure.width - width) / 2; y: 0; width: figure.stroke * 1.5; height: width; radius: width / 2; color: figure.ink }
            Rectangle { x: 0; y: figure.height * 0.3; width: figure.width; height: figure.stroke; radius: height / 2; color: figure.ink }
            Rectangle { x: (figure.width - width) / 2; y: figure.height * 0.3; width: figure.stroke; height: figure.height * 0.4; color: figure.ink }
            Rectangle { x: figure.width / 2 - width; y: figure.height * 0.62; width: figure.stroke; height: figure.height * 0.4; radius: width / 2; rotation: 25; transformOrigin: Item.Top; color: figure.ink }
            Rectangle { x: figure.width / 2; y: figure.height * 0.62; width: figure.stroke; height: figure.height * 0.4; radius: width / 2; rotation: -25; transformOrigin: Item.Top; color: figure.ink }
        }
        MouseArea {
            anchors.fill: parent
            pressAndHoldInterval: Theme.accessHoldMs
            onPressAndHold: overlay.kiosk.toggleAccessMode()
        }
    }

    // The step control of the mode: big previous / next buttons in the slide's lower corners.
    Repeater {
        model: overlay.kiosk.accessMode && !overlay.overlayOpen && overlay.stage ? [-1, 1] : []
        delegate: Rectangle {
            id: step
            required property int modelData
            objectName: step.modelData < 0 ? "accessPrevious" : "accessNext"
            readonly property real margin: Theme.space08 * overlay.unit
            width: Math.max(Theme.minTouch, Theme.accessStep * overlay.unit)
            height: width
            radius: width / 2
            x: step.modelData < 0 ? step.margin : overlay.stage.width - width - step.margin
            y: overlay.stage.height - height - step.margin  // the slide's lower corners
            color: Theme.labelGround
            border.color: Theme.highlight
            border.width: Math.max(2, Theme.border * 1.5 * overlay.unit)
            Accessible.role: Accessible.Button
            Accessible.name: step.modelData < 0 ? overlay.controller.t.previousSlide : overlay.controller.t.nextSlide
            Accessible.onPressAction: step.go()
            function go() { if (step.modelData < 0) overlay.controller.previous(); else overlay.controller.next() }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: step.modelData < 0 ? "‹" : "›"
                color: Theme.textOnInk
                font.family: Theme.sans
                font.bold: true
                font.pixelSize: parent.height * 0.7
            }
            MouseArea { anchors.fill: parent; onClicked: step.go() }
        }
    }

    // The attract video (`kiosk: attract_video:`): one player for the kiosk's whole life,
    // playing muted and looping over the whole window while the attract loop runs, its poster
    // instead with reduced motion. The first touch starts a visit, as on the attract slides; a
    // file that will not play hands the screen back to them (the kiosk is told).
    Rectangle {
        id: attractLayer
        objectName: "attractLayer"
        anchors.fill: parent
        color: Theme.ink
        readonly property bool shown: overlay.kiosk.attract && overlay.kiosk.attractCovered && !overlay.overlayOpen
        readonly property bool moving: attractLayer.shown && overlay.controller.autoplayAllowed
                                       && overlay.kiosk.attractVideo !== ""
        visible: attractLayer.shown
        Accessible.ignored: true  // the cue says what to do; the video is decoration
        onMovingChanged: attractLayer.sync()
        function sync() {
            if (attractLayer.moving)
                attractPlayer.play()
            else
                attractPlayer.stop()
        }
        MediaPlayer {
            id: attractPlayer
            objectName: "attractPlayer"
            source: overlay.kiosk.attractVideo
            loops: MediaPlayer.Infinite
            videoOutput: attractOutput  // and no audio output: it is never heard
            onSourceChanged: attractLayer.sync()
            onErrorOccurred: (error, errorString) => overlay.kiosk.attractVideoFailed(errorString)
        }
        VideoOutput {
            id: attractOutput
            objectName: "attractOutput"
            anchors.fill: parent
            visible: attractLayer.moving
            fillMode: VideoOutput.PreserveAspectFit
        }
        Image {
            objectName: "attractPoster"
            anchors.fill: parent
            // Until the first frame, and for good with reduced motion.
            visible: source !== "" && (!attractLayer.moving || attractPlayer.position <= 0)
            source: overlay.kiosk.attractPoster
            sourceSize: Qt.size(overlay.width, overlay.height)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
    }

    Rectangle {
        id: cue
        objectName: "attractCue"
        visible: overlay.kiosk.attract && !overlay.kiosk.pinVisible && !overlay.kiosk.adminVisible
        x: Math.round((overlay.stageWidth - width) / 2)
        y: Math.round(overlay.stageHeight - height - Theme.cueBottom * overlay.unit)
        width: Math.min(overlay.stageWidth, cueText.implicitWidth + Theme.cuePaddingX * overlay.unit)
        height: Math.max(Theme.minTouch, cueText.implicitHeight + Theme.cuePaddingY * overlay.unit)
        radius: height / 2
        color: Theme.accent
        border.color: Theme.paper
        border.width: Math.max(1, Theme.border * overlay.unit)
        Text {
            textFormat: Text.PlainText
            id: cueText
            anchors.centerIn: parent
            text: overlay.controller.t.touchToBegin
            color: Theme.white
            font.family: Theme.sans
            font.bold: true
            font.pixelSize: Theme.uiHeadingPx(Theme.fontCue, overlay.unit)
            font.letterSpacing: Theme.trackingCue * overlay.unit
        }
    }

    PinPad {
        objectName: "pinPad"
        anchors.fill: parent
        visible: overlay.kiosk.pinVisible
        kiosk: overlay.kiosk
        controller: overlay.controller
        unit: overlay.unit
    }

    AdminPanel {
        objectName: "adminPanel"
        anchors.fill: parent
        visible: overlay.kiosk.adminVisible
        kiosk: overlay.kiosk
        controller: overlay.controller
        unit: overlay.unit
    }
}

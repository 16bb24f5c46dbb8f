pragma ComponentBehavior: Bound
import QtQuick

// Kiosk layers over the exhibit: the "touch to begin" cue in the attract loop, the PIN pad
// and the admin panel. Main loads it by URL, and only for a kiosk; the window is not closed.
Item {
    id: overlay
    required property Kiosk kiosk
    required property Controller controller
    required property real unit
    // The slide stage: the cue sits at its foot, over the slide (not the caption band, nor the
    // timeline under the slide in portrait). It and the overlay share the window's top left.
    property Item stage: null
    readonly property real stageWidth: overlay.stage ? overlay.stage.width : overlay.width
    readonly property real stageHeight: overlay.stage ? overlay.stage.height : overlay.height

    Connections {
        target: overlay.Window.window
        function onClosing(close: CloseEvent) { if (overlay.kiosk.enabled) close.accepted = false }
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

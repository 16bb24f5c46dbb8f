pragma ComponentBehavior: Bound
import QtQuick

// Kiosk layers over the exhibit: the "touch to begin" cue in the attract loop, the PIN pad
// and the admin panel. Main loads it by URL, and only for a kiosk; the window is not closed.
Item {
    id: overlay
    required property Kiosk kiosk
    required property Controller controller
    required property real unit

    Connections {
        target: overlay.Window.window
        function onClosing(close: CloseEvent) { if (overlay.kiosk.enabled) close.accepted = false }
    }

    Rectangle {
        id: cue
        objectName: "attractCue"
        visible: overlay.kiosk.attract && !overlay.kiosk.pinVisible && !overlay.kiosk.adminVisible
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.cueBottom * overlay.unit
        width: cueText.implicitWidth + Theme.cuePaddingX * overlay.unit
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

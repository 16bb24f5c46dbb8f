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
        anchors.bottomMargin: 190 * overlay.unit
        width: cueText.implicitWidth + 80 * overlay.unit
        height: Math.max(Theme.minTouch, cueText.implicitHeight + 36 * overlay.unit)
        radius: height / 2
        color: Theme.accent
        border.color: Theme.paper
        border.width: Math.max(1, 2 * overlay.unit)
        Text {
            id: cueText
            anchors.centerIn: parent
            text: overlay.controller.t.touchToBegin
            color: Theme.white
            font.family: Theme.sans
            font.bold: true
            font.pixelSize: Math.max(16, Math.round(34 * overlay.unit * Theme.textScale))
            font.letterSpacing: 1.5 * overlay.unit
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

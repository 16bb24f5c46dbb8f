import QtQuick

// Kiosk layers over the exhibit: the "touch to begin" cue in the attract loop, the PIN pad
// and the admin panel.
Item {
    id: overlay
    required property var kiosk
    required property var controller
    required property real unit

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

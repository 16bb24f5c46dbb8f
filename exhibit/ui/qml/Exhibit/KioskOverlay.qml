pragma ComponentBehavior: Bound
import QtQuick

// Kiosk layers over the exhibit: the "touch to begin" cue in the attract loop, the PIN pad
// and the admin panel. Main loads it by URL, and only for a kiosk; the window is not closed.
Item {
    id: overlay
    objectName: "kioskOverlay"
    required property Kiosk kiosk
    required property Controller controller
    required property real unit

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

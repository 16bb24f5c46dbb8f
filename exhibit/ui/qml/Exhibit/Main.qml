import QtQuick
import QtQuick.Window

// The audience window: one ExhibitView filling a window.
Window {
    id: window
    required property var controller
    property var kiosk: null
    width: 1920
    height: 1080
    minimumWidth: 640
    minimumHeight: 400
    visible: true
    color: Theme.ink
    title: controller.exhibitTitle
    Binding { target: Theme; property: "textScale"; value: window.controller.textScale }
    onClosing: (close) => { if (window.kiosk && window.kiosk.enabled) close.accepted = false }

    ExhibitView {
        id: view
        objectName: "exhibitView"
        anchors.fill: parent
        controller: window.controller
        focus: true
    }

    Rectangle {
        objectName: "blankScreen"
        anchors.fill: parent
        color: Theme.black
        visible: window.controller.blanked
    }

    Loader {
        anchors.fill: parent
        active: !!window.kiosk
        sourceComponent: KioskOverlay { kiosk: window.kiosk; controller: window.controller; unit: view.unit }
    }
}

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// The audience window: one ExhibitView filling a window.
Window {
    id: window
    required property Controller controller
    // The Kiosk when the viewer runs as one. A QtObject here: the Kiosk type is registered only
    // when a kiosk starts (exhibit.ui.kiosk is imported then), and this file loads for every window.
    property QtObject kiosk: null
    width: Theme.designWidth
    height: Theme.designHeight
    minimumWidth: Theme.windowMinWidth
    minimumHeight: Theme.windowMinHeight
    visible: true
    color: Theme.ink
    title: window.controller.exhibitTitle
    Binding { target: Theme; property: "textScale"; value: window.controller.textScale }

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

    // The kiosk's layers, loaded by URL so that KioskOverlay (which names the Kiosk type) is
    // compiled only for a kiosk.
    Loader {
        id: kioskLayer
        anchors.fill: parent
        Component.onCompleted: {
            if (window.kiosk)
                kioskLayer.setSource("KioskOverlay.qml", {
                    kiosk: window.kiosk, controller: window.controller, unit: Qt.binding(() => view.unit),
                    stage: view.stage
                })
        }
    }
}

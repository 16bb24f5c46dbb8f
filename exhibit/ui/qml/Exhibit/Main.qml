import QtQuick
import QtQuick.Window

// The audience window: one ExhibitView filling a window.
Window {
    id: window
    required property var controller
    property bool startFullscreen: false
    width: 1920
    height: 1080
    minimumWidth: 640
    minimumHeight: 400
    visible: true
    color: Theme.ink
    title: controller.exhibitTitle

    ExhibitView {
        id: view
        objectName: "exhibitView"
        anchors.fill: parent
        controller: window.controller
        focus: true
    }
}

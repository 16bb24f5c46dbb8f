pragma ComponentBehavior: Bound
import QtQuick

// The visible keyboard-focus indicator: a bright ring around the focused control, while the
// keyboard is in use (Theme.focusVisible). The ring itself is made only while the control has
// focus (one per timeline row cost start-up time).
Loader {
    id: holder
    property real unit: 1
    property color color: Theme.highlight  // Theme.focusOnPaper on cream surfaces
    readonly property Item control: parent
    objectName: "focusRingHolder"
    anchors.fill: parent
    z: 100
    active: control !== null && control.activeFocus && Theme.focusVisible
    sourceComponent: Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        anchors.margins: -Math.max(Theme.focusMin, Theme.focusGap * holder.unit)
        radius: {
            const rounded = holder.control as Rectangle
            return rounded ? rounded.radius + Math.max(Theme.focusMin, Theme.focusGap * holder.unit) : Theme.radiusTag
        }
        color: "transparent"
        border.color: holder.color
        border.width: Math.max(Theme.focusMin, Theme.focusWidth * holder.unit)
    }
}

import QtQuick

// The visible keyboard-focus indicator: a bright ring around the focused control.
Rectangle {
    property real unit: 1
    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: -Math.max(3, 5 * unit)
    radius: parent.radius !== undefined ? parent.radius + Math.max(3, 5 * unit) : 4
    color: "transparent"
    border.color: Theme.highlight
    border.width: Math.max(3, 4 * unit)
    visible: parent.activeFocus
    z: 100
}

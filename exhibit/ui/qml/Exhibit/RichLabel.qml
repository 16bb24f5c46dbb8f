pragma ComponentBehavior: Bound
import QtQuick

// Sanitised content HTML (Qt StyledText) that shrinks to fit its box, never below minimum.
Text {
    property real unit: 1
    objectName: "fitText"
    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    fontSizeMode: Text.Fit
    minimumPixelSize: Math.max(Theme.fontFloor, Theme.unitPx(Theme.fontTextMin, unit))
    elide: Text.ElideNone
    verticalAlignment: Text.AlignTop
    linkColor: color
}

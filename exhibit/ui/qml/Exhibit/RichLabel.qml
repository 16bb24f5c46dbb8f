pragma ComponentBehavior: Bound
import QtQuick

// Sanitised content HTML (Qt StyledText) that shrinks to fit its box, never below minimum;
// above 100 % text size it keeps its full size (the slide gives it its implicit height).
Text {
    property real unit: 1
    objectName: "fitText"
    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    fontSizeMode: Theme.textGrows ? Text.FixedSize : Text.Fit
    // Fitted into the box it is given (at 100 %), or to be given its own implicit height.
    readonly property bool fits: fontSizeMode === Text.Fit
    minimumPixelSize: Math.max(Theme.fontFloor, Theme.unitPx(Theme.fontTextMin, unit))
    elide: Text.ElideNone
    verticalAlignment: Text.AlignTop
    linkColor: color
}

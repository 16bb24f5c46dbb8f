pragma ComponentBehavior: Bound
import QtQuick

// What every kind of slide is given, and what it tells: its model row, the layout unit and the
// controller; `ready` is false while it still loads its images. SlideView loads one per slide.
Rectangle {
    required property var slide  // a SlideModel row: a delegate's model object, or a map
    required property real unit
    required property Controller controller
    property bool ready: true
    // False while the slide sits off-stage (a prefetched neighbour): its texts leave the
    // accessibility tree, so a screen reader reads only the slide on screen.
    property bool onStage: true
}

pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// Every colour, font, size and duration the views use.
QtObject {
    readonly property color ink: "#1C2230"
    readonly property color inkSoft: "#2A3142"
    readonly property color paper: "#F3EEE3"
    readonly property color paperDeep: "#E6DECC"
    readonly property color page: "#FBF8F1"
    readonly property color text: "#1C2230"
    readonly property color textSoft: "#4A4F5C"
    readonly property color textOnInk: "#F3EEE3"
    readonly property color textOnInkSoft: "#C9C3B6"
    readonly property color accent: "#A63D2F"
    readonly property color accentOnInk: "#E0A458"
    readonly property color gold: "#B8893B"
    readonly property color highlight: "#E0A458"
    readonly property color rule: "#8A8372"
    readonly property color stamp: "#9E2B25"
    readonly property color black: "#000000"
    readonly property color white: "#FFFFFF"
    readonly property color panel: "#161B26"
    readonly property color panelDark: "#11151E"
    readonly property color previewGround: "#0E1118"
    readonly property color labelGround: "#CC1C2230"
    readonly property color shadow: "#10131B"
    readonly property color pageEdge: "#D8D0BE"
    readonly property color good: "#9FD49B"
    readonly property color warning: "#F08A7A"
    readonly property color currentRow: "#2EE0A458"
    readonly property list<color> eraColors: ["#3C5A73", "#7A5C3E", "#4E6B4A", "#6B4A6B"]

    readonly property string serif: "Noto Serif"
    readonly property string sans: "Noto Sans"
    readonly property string mono: "Noto Sans Mono"

    // Text size for readers who need it larger: 1, 1.25 or 1.5 (set from the controller).
    property real textScale: 1.0

    readonly property int transitionMs: 350
    readonly property real minTouch: 48
}

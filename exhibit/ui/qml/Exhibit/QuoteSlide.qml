pragma ComponentBehavior: Bound
import QtQuick

// A large typographic quotation on paper: the words, then who said them, when, and where
// the record of it is.
SlideBase {
    id: slideRoot
    color: Theme.paper

    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; top: parent.top; bottom: attribution.top
            leftMargin: 170 * slideRoot.unit; rightMargin: 130 * slideRoot.unit
            topMargin: 110 * slideRoot.unit; bottomMargin: 36 * slideRoot.unit
        }
        RichLabel {
            id: words
            width: parent.width
            height: Math.min(parent.height, implicitHeight)
            anchors.verticalCenter: parent.verticalCenter
            unit: slideRoot.unit
            text: slideRoot.slide.text
            color: Theme.text
            font.family: Theme.serif
            font.italic: true
            font.pixelSize: Math.round(54 * slideRoot.unit * Theme.textScale)
            minimumPixelSize: Math.round(26 * slideRoot.unit)
        }
        Text {
            id: mark
            x: -width - 14 * slideRoot.unit
            y: words.y - 0.22 * height
            text: "“"
            color: Theme.accent
            font.family: Theme.serif
            font.pixelSize: Math.round(200 * slideRoot.unit * Theme.textScale)
            Accessible.ignored: true
        }
    }

    Column {
        id: attribution
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            leftMargin: 170 * slideRoot.unit; rightMargin: 130 * slideRoot.unit
            bottomMargin: 60 * slideRoot.unit
        }
        spacing: 10 * slideRoot.unit
        Rectangle { width: 90 * slideRoot.unit; height: Math.max(2, 3 * slideRoot.unit); color: Theme.accent }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: slideRoot.slide.speaker
            color: Theme.text
            font.family: Theme.sans
            font.bold: true
            font.pixelSize: Math.round(34 * slideRoot.unit * Theme.textScale)
        }
        Text {
            width: parent.width
            visible: text !== ""
            wrapMode: Text.Wrap
            text: slideRoot.slide.role
            color: Theme.textSoft
            font.family: Theme.sans
            font.pixelSize: Math.round(26 * slideRoot.unit * Theme.textScale)
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: [slideRoot.slide.dateText, slideRoot.slide.sourceText].filter(s => s !== "").join("  ·  ")
            color: Theme.textSoft
            font.family: Theme.sans
            font.pixelSize: Math.round(22 * slideRoot.unit * Theme.textScale)
        }
        Text {
            width: parent.width
            visible: text !== ""
            wrapMode: Text.Wrap
            text: [slideRoot.slide.context, slideRoot.slide.languageNote].filter(s => s).join(" ")
            color: Theme.textSoft
            font.family: Theme.serif
            font.italic: true
            font.pixelSize: Math.round(22 * slideRoot.unit * Theme.textScale)
        }
    }
}

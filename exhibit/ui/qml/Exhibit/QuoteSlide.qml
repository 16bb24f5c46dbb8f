pragma ComponentBehavior: Bound
import QtQuick

// A large typographic quotation on paper: the words, then who said them, when, and where
// the record of it is.
SlideBase {
    id: slideRoot
    color: Theme.paper
    contentHeight: slideRoot.textGrows ? (Theme.quoteMarginTop + Theme.quoteGap + Theme.quoteMarginBottom) * slideRoot.unit
                                         + words.implicitHeight + attribution.height : 0

    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; top: parent.top; bottom: attribution.top
            leftMargin: Theme.quoteIndent * slideRoot.unit; rightMargin: Theme.quoteMarginRight * slideRoot.unit
            topMargin: Theme.quoteMarginTop * slideRoot.unit; bottomMargin: Theme.quoteGap * slideRoot.unit
        }
        RichLabel {
            id: words
            width: parent.width
            height: fits ? Math.min(parent.height, implicitHeight) : implicitHeight
            anchors.verticalCenter: parent.verticalCenter
            unit: slideRoot.unit
            text: slideRoot.slide.text
            Accessible.role: Accessible.Paragraph
            Accessible.name: slideRoot.slide.readText?.text ?? ""
            Accessible.ignored: !slideRoot.onStage
            color: Theme.text
            font.family: Theme.serif
            font.italic: true
            font.pixelSize: Theme.px(Theme.fontQuote, slideRoot.unit)
            minimumPixelSize: Theme.unitPx(Theme.fontQuoteMin, slideRoot.unit)
        }
        Text {
            textFormat: Text.PlainText
            id: mark
            x: -width - Theme.space07 * slideRoot.unit
            y: words.y - 0.22 * height
            text: "“"
            color: Theme.accent
            font.family: Theme.serif
            font.pixelSize: Theme.px(Theme.fontQuoteMark, slideRoot.unit)
            Accessible.ignored: true
        }
    }

    // The speaker's own voice, when the slide has a recording of it.
    Loader {
        active: (slideRoot.slide.fileUrl || "") !== ""
        anchors { right: parent.right; bottom: parent.bottom }
        anchors.rightMargin: Theme.quoteMarginRight * slideRoot.unit
        anchors.bottomMargin: Theme.quoteMarginBottom * slideRoot.unit
        sourceComponent: VoiceButton {
            slide: slideRoot.slide
            unit: slideRoot.unit
            controller: slideRoot.controller
            onStage: slideRoot.onStage
        }
    }

    Column {
        id: attribution
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            leftMargin: Theme.quoteIndent * slideRoot.unit
            rightMargin: (Theme.quoteMarginRight + ((slideRoot.slide.fileUrl || "") !== "" ? Theme.voiceButtonRoom : 0)) * slideRoot.unit
            bottomMargin: Theme.quoteMarginBottom * slideRoot.unit
        }
        spacing: Theme.space05 * slideRoot.unit
        Accessible.role: Accessible.Grouping
        Accessible.name: slideRoot.slide.speaker
        Accessible.ignored: !slideRoot.onStage
        Rectangle {
            width: Theme.accentRuleWidth * slideRoot.unit
            height: Math.max(Theme.strokeMin, Theme.accentRuleThickness * slideRoot.unit)
            color: Theme.accent
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.Wrap
            text: slideRoot.slide.speaker
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !slideRoot.onStage
            color: Theme.text
            font.family: Theme.sans
            font.bold: true
            font.pixelSize: Theme.px(Theme.fontSpeaker, slideRoot.unit)
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            visible: text !== ""
            wrapMode: Text.Wrap
            text: slideRoot.slide.role
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !slideRoot.onStage || !visible
            color: Theme.textSoft
            font.family: Theme.sans
            font.pixelSize: Theme.px(Theme.fontLabel, slideRoot.unit)
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.Wrap
            text: [slideRoot.slide.dateText, slideRoot.slide.sourceText].filter(s => s !== "").join("  ·  ")
            Accessible.role: Accessible.StaticText
            Accessible.name: [slideRoot.slide.dateText, slideRoot.slide.sourceText].filter(s => s !== "").join(", ")
            Accessible.ignored: !slideRoot.onStage
            color: Theme.textSoft
            font.family: Theme.sans
            font.pixelSize: Theme.px(Theme.fontMeta, slideRoot.unit)
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            visible: text !== ""
            wrapMode: Text.Wrap
            text: [slideRoot.slide.context, slideRoot.slide.languageNote].filter(s => s).join(" ")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !slideRoot.onStage || !visible
            color: Theme.textSoft
            font.family: Theme.serif
            font.italic: true
            font.pixelSize: Theme.px(Theme.fontMeta, slideRoot.unit)
        }
    }
}

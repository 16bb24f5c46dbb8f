pragma ComponentBehavior: Bound
import QtQuick

// Sources and credits: every cited document, every credit and every image credit.
SlideBase {
    id: slideRoot
    color: Theme.paper
    contentHeight: slideRoot.textGrows ? heading.y + heading.height + list.implicitHeight
                                         + (Theme.creditsBodyTop + Theme.creditsBottom) * slideRoot.unit : 0

    Text {
        textFormat: Text.PlainText
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.creditsMargin * slideRoot.unit
        anchors.rightMargin: Theme.creditsMargin * slideRoot.unit
        anchors.topMargin: Theme.creditsTop * slideRoot.unit
        text: slideRoot.slide.title || slideRoot.controller.t.sourcesAndCredits
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !slideRoot.onStage
        wrapMode: Text.Wrap
        color: Theme.text
        font.family: Theme.serif
        font.bold: true
        font.pixelSize: Theme.px(Theme.fontCreditsTitle, slideRoot.unit)
    }

    RichLabel {
        id: list
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom
            leftMargin: Theme.creditsMargin * slideRoot.unit; rightMargin: Theme.creditsMargin * slideRoot.unit
            topMargin: Theme.creditsBodyTop * slideRoot.unit
        }
        // Fitted into the slide at 100 %; its own height above (the page then scrolls).
        height: fits ? Math.max(0, slideRoot.height - y - Theme.creditsBottom * slideRoot.unit) : implicitHeight
        unit: slideRoot.unit
        text: slideRoot.slide.creditsHtml
        Accessible.role: Accessible.Paragraph
        Accessible.name: slideRoot.slide.readText?.creditsHtml ?? ""
        Accessible.ignored: !slideRoot.onStage
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Theme.px(Theme.fontCredits, slideRoot.unit)
        minimumPixelSize: Theme.unitPx(Theme.fontCreditsMin, slideRoot.unit)
    }
}

pragma ComponentBehavior: Bound
import QtQuick

// Sources and credits: every cited document, every credit and every image credit.
SlideBase {
    id: slideRoot
    color: Theme.paper

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
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom
            leftMargin: Theme.creditsMargin * slideRoot.unit; rightMargin: Theme.creditsMargin * slideRoot.unit
            topMargin: Theme.creditsBodyTop * slideRoot.unit; bottomMargin: Theme.creditsBottom * slideRoot.unit
        }
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

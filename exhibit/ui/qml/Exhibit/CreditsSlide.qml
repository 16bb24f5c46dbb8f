pragma ComponentBehavior: Bound
import QtQuick

// Sources and credits: every cited document, every credit and every image credit.
SlideBase {
    id: slideRoot
    color: Theme.paper

    Text {
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: 130 * slideRoot.unit
        anchors.rightMargin: 130 * slideRoot.unit
        anchors.topMargin: 90 * slideRoot.unit
        text: slideRoot.slide.title || slideRoot.controller.t.sourcesAndCredits
        wrapMode: Text.Wrap
        color: Theme.text
        font.family: Theme.serif
        font.bold: true
        font.pixelSize: Math.round(56 * slideRoot.unit * Theme.textScale)
    }

    RichLabel {
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom
            leftMargin: 130 * slideRoot.unit; rightMargin: 130 * slideRoot.unit
            topMargin: 30 * slideRoot.unit; bottomMargin: 50 * slideRoot.unit
        }
        unit: slideRoot.unit
        text: slideRoot.slide.creditsHtml
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Math.round(24 * slideRoot.unit * Theme.textScale)
        minimumPixelSize: Math.round(13 * slideRoot.unit)
    }
}

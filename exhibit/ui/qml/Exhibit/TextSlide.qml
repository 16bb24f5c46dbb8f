pragma ComponentBehavior: Bound
import QtQuick

// Narrative text on paper: a serif heading and a readable measure of body text.
SlideBase {
    id: slideRoot
    color: Theme.paper
    contentHeight: slideRoot.textGrows ? head.y + head.height + body.height
                                         + (Theme.textBodyTop + Theme.textSlideBottom) * slideRoot.unit : 0

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.textSlideMargin * slideRoot.unit
        anchors.rightMargin: Theme.textSlideMargin * slideRoot.unit
        anchors.topMargin: Theme.textSlideTop * slideRoot.unit
        spacing: Theme.space11 * slideRoot.unit
        Text {
            textFormat: Text.PlainText
            objectName: "fitText"
            width: parent.width
            height: fontSizeMode === Text.FixedSize ? implicitHeight : Math.min(implicitHeight, Theme.textTitleMaxHeight * slideRoot.unit)
            text: slideRoot.slide.title
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Accessible.ignored: !slideRoot.onStage
            color: Theme.text
            font.family: Theme.serif
            font.bold: true
            font.pixelSize: Theme.px(Theme.fontTitle, slideRoot.unit)
            fontSizeMode: slideRoot.textGrows ? Text.FixedSize : Text.Fit
            minimumPixelSize: Theme.unitPx(Theme.fontTitleMin, slideRoot.unit)
            wrapMode: Text.Wrap
        }
        Rectangle {
            width: Theme.accentRuleWidth * slideRoot.unit
            height: Math.max(Theme.strokeMin, Theme.accentRuleThickness * slideRoot.unit)
            color: Theme.accent
        }
    }

    Item {
        anchors {
            left: parent.left; right: parent.right; top: head.bottom
            leftMargin: Theme.textSlideMargin * slideRoot.unit; rightMargin: Theme.textSlideMargin * slideRoot.unit
            topMargin: Theme.textBodyTop * slideRoot.unit
        }
        // The box the body is fitted into at 100 %: from the slide's height, not the page's,
        // which follows the body's own height above 100 %.
        height: Math.max(0, slideRoot.height - y - Theme.textSlideBottom * slideRoot.unit)
        RichLabel {
            id: body
            width: Math.min(parent.width, Theme.textMeasure * slideRoot.unit)
            height: fits ? parent.height : implicitHeight
            unit: slideRoot.unit
            text: slideRoot.slide.body
            Accessible.role: Accessible.Paragraph
            Accessible.name: slideRoot.slide.readText?.body ?? ""
            Accessible.ignored: !slideRoot.onStage
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.px(Theme.fontBody, slideRoot.unit)
            minimumPixelSize: Theme.unitPx(Theme.fontBodyMin, slideRoot.unit)
        }
    }
}

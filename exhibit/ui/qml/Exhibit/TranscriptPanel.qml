pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// A recording's transcript over its picture: a heading, a close button and the words, which
// scroll (wheel, drag, ↑ ↓ PageUp PageDown Home End) and grow with the text size. Opened by the
// slide's Transcript button or T (in the presenter's window too, for the audience screen); Esc
// or the close button closes it, and the keyboard focus goes back to the button.
FocusScope {
    id: panel
    required property Controller controller
    required property var slide
    required property real unit
    property bool onStage: true
    readonly property bool open: panel.onStage && panel.controller.transcriptOpen
    // Where the focus returns when the panel closes (the Transcript button, say).
    property Item opener: null
    visible: open
    Accessible.role: Accessible.Dialog
    Accessible.name: panel.controller.t.transcriptLabel.arg(panel.slide.title || panel.slide.caption || "")
    Accessible.ignored: !panel.open

    function close() { panel.controller.closeTranscript() }
    // Opened, it takes the keyboard focus (so ↑ ↓ scroll it and Esc closes it); closed, it
    // gives it back to where it was.
    onOpenChanged: {
        if (panel.open) {
            const item = panel.Window.activeFocusItem  // a control, not a view being made
            panel.opener = item && item.activeFocusOnTab ? item : null
            scroller.forceActiveFocus()
        } else if (panel.activeFocus || scroller.activeFocus || closeButton.activeFocus) {
            const back = panel.opener && panel.opener.visible ? panel.opener : panel.fallback
            if (back) back.forceActiveFocus()
            panel.opener = null
        }
    }
    // A slide made again while its transcript is open (the text size changed) keeps the keys
    // in it; the focus then goes back to `fallback` (the slide's Transcript button).
    property Item fallback: null
    Component.onCompleted: if (panel.open) scroller.forceActiveFocus()
    Keys.onPressed: (event) => {
        const page = scroller.height * 0.9
        switch (event.key) {
        case Qt.Key_Escape: case Qt.Key_T: panel.close(); break
        case Qt.Key_Down: scroller.scrollTo(scroller.contentY + Theme.scrollStep * panel.unit); break
        case Qt.Key_Up: scroller.scrollTo(scroller.contentY - Theme.scrollStep * panel.unit); break
        case Qt.Key_PageDown: scroller.scrollTo(scroller.contentY + page); break
        case Qt.Key_PageUp: scroller.scrollTo(scroller.contentY - page); break
        case Qt.Key_Home: scroller.scrollTo(0); break
        case Qt.Key_End: scroller.scrollTo(scroller.contentHeight); break
        default: return
        }
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.panelDark
        opacity: 0.96
        radius: Theme.radiusCard * panel.unit
        border.color: Theme.rule
        // Taps on the panel stay on it: they do not turn the slide underneath.
        MouseArea { anchors.fill: parent }
    }

    Text {
        id: heading
        objectName: "transcriptHeading"
        textFormat: Text.PlainText
        anchors { left: parent.left; right: closeButton.left; verticalCenter: closeButton.verticalCenter }
        anchors.leftMargin: Theme.cardPadding * panel.unit
        anchors.rightMargin: Theme.space08 * panel.unit
        elide: Text.ElideRight
        text: panel.controller.t.transcript
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !panel.open
        color: Theme.accentOnInk
        font.family: Theme.sans
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.trackingLabel * panel.unit
        font.pixelSize: Theme.uiPx(Theme.fontLabelText, panel.unit)
    }

    Rectangle {
        id: closeButton
        objectName: "transcriptClose"
        anchors { right: parent.right; top: parent.top }
        anchors.margins: Theme.space08 * panel.unit
        width: Math.max(Theme.minTouch, Theme.mediaButtonSize * panel.unit)
        height: width
        radius: width / 2
        color: Theme.inkSoft
        border.color: Theme.rule
        activeFocusOnTab: true  // hidden while closed, so Tab passes it by
        Accessible.role: Accessible.Button
        Accessible.name: panel.controller.t.closeTranscript
        Accessible.ignored: !panel.open
        Accessible.onPressAction: panel.close()
        Keys.onReturnPressed: panel.close()
        Keys.onSpacePressed: panel.close()
        FocusRing { unit: panel.unit }
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: "×"
            Accessible.ignored: true
            color: Theme.textOnInk
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontSubtitle, panel.unit)
        }
        MouseArea { anchors.fill: parent; onClicked: panel.close() }
    }

    Flickable {
        id: scroller
        objectName: "transcriptScroller"
        anchors { left: parent.left; right: parent.right; top: closeButton.bottom; bottom: parent.bottom }
        anchors.leftMargin: Theme.cardPadding * panel.unit
        anchors.rightMargin: Theme.cardPadding * panel.unit
        anchors.topMargin: Theme.space06 * panel.unit
        anchors.bottomMargin: Theme.space08 * panel.unit
        clip: true
        focus: true  // the keys above scroll it as soon as the panel has the focus
        activeFocusOnTab: true  // hidden while closed, so Tab passes it by
        Accessible.role: Accessible.Paragraph
        Accessible.name: panel.slide.readText?.transcript ?? ""
        Accessible.ignored: !panel.open
        contentWidth: width
        contentHeight: words.height
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        function scrollTo(y: real) { scroller.contentY = Math.max(0, Math.min(y, scroller.contentHeight - scroller.height)) }
        FocusRing { unit: panel.unit }
        RichLabel {  // at its own size, never shrunk: the scroller shows what is below
            id: words
            objectName: "transcriptText"
            unit: panel.unit
            width: scroller.width - 3 * Theme.scrollBarWidth * panel.unit
            height: implicitHeight
            fontSizeMode: Text.FixedSize
            text: panel.slide.transcript || ""
            Accessible.ignored: true  // the scroller reads it as one paragraph
            color: Theme.textOnInk
            font.family: Theme.serif
            font.pixelSize: Theme.px(Theme.fontPictureBody, panel.unit)
            lineHeight: 1.2
        }
    }
    Rectangle {  // where the scrolled words are: shown only when they scroll
        visible: scroller.interactive
        anchors.right: scroller.right
        y: scroller.y + scroller.visibleArea.yPosition * scroller.height
        width: Math.max(Theme.strokeMin, Theme.scrollBarWidth * panel.unit)
        height: scroller.visibleArea.heightRatio * scroller.height
        radius: width / 2
        color: Theme.textOnInkSoft
    }
}

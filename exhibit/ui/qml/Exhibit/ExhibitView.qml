pragma ComponentBehavior: Bound
import QtQuick

// The whole exhibit screen: slide stage, caption band, side timeline and section menu.
// Landscape puts the timeline at the side; portrait puts it below the slide.
FocusScope {
    id: root
    required property Controller controller
    // Until its own size is set (while the views are being made) the window's size stands in:
    // texts laid out first at a size they never show cost start-up a font apiece (about 6 ms).
    readonly property real layoutWidth: width > 0 ? width : Window.width
    readonly property real layoutHeight: height > 0 ? height : Window.height
    readonly property bool portrait: layoutHeight > layoutWidth
    // One layout unit: 1 at 1920x1080 (or 1080 wide in portrait), 2 at 4K.
    readonly property real unit: Math.max(Theme.unitMin, portrait ? layoutWidth / Theme.designHeight
                                                       : Math.min(layoutWidth / Theme.designWidth, layoutHeight / Theme.designHeight))
    readonly property alias stage: stage
    // Untyped: render.py calls it with QMetaObject.invokeMethod, for a QVariant.
    function slideReady() { return stage.isReady() }

    // Screen readers hear each slide change once, whatever made it (keys, taps, timeline,
    // sections, the attract loop), and each language or text-size change.
    // Orca 43 (Debian 12) ignores announcement events, but speaks a change of the focused
    // node's name: while the show itself has the keyboard focus, its node (`reader`) takes the
    // message as its name instead (a slide's with all its words), so each reader hears it
    // once either way.
    signal announced(message: string)
    // A slide key pressed on a control (the Sections button, a language) also brings the focus
    // back to the show, which then says the new slide as its name: said once, not announced too.
    property bool refocusing: false
    readonly property real keyScroll: Theme.keyScroll * root.unit * Theme.textScale
    function step(move: var) {
        root.refocusing = !reader.activeFocus
        move()
        if (root.refocusing) reader.forceActiveFocus()
        root.refocusing = false
    }
    function announce(message: string, full: string) {
        const focused = reader.activeFocus || root.refocusing
        if (full !== "" || focused) reader.spoken = full !== "" ? full : message
        if (!focused) root.Accessible.announce(message, Accessible.Polite)
        root.announced(message)
    }
    function slideWords(): list<string> {
        const c = root.controller
        const brief = c.t.announceSlide.arg(c.currentSlide.announcement).arg(c.currentIndex + 1).arg(c.count)
        return [brief, [brief, c.currentSlide.narration].filter(s => s).join(".\n")]
    }
    Item {
        id: reader
        objectName: "showReader"
        // What the show last said; its first value is the first slide's, then announce() sets it.
        property string spoken: ""
        Component.onCompleted: reader.spoken = root.slideWords()[1]
        width: 1; height: 1  // a point: flat review reads the slide's own texts, not this
        focus: true
        activeFocusOnTab: true
        Accessible.role: Accessible.Pane
        Accessible.name: reader.spoken
        Accessible.focusable: true
    }
    Connections {
        target: root.controller
        property int shownIndex: -1  // set once, not bound: it must lag currentIndex
        Component.onCompleted: shownIndex = root.controller.currentIndex
        function onCurrentIndexChanged() {
            if (root.controller.currentIndex === shownIndex)
                return
            shownIndex = root.controller.currentIndex
            const words = root.slideWords()
            root.announce(words[0], words[1])
        }
        function onLanguageChanged() {
            const code = root.controller.language
            const entry = root.controller.languages.find(l => l.code === code)
            if (!reader.activeFocus) reader.spoken = root.slideWords()[1]  // for when it is back
            root.announce(root.controller.t.announceLanguage.arg(entry ? entry.name : code), "")
        }
        function onTextScaleChanged() {
            root.announce(root.controller.t.announceTextSize.arg(Math.round(root.controller.textScale * 100)), "")
        }
        // The kiosk visit ended: the next visitor finds the attract loop, not the last one's menu.
        function onVisitEnded() {
            if (!menu.open)
                return
            menu.opener = reader
            menu.open = false
        }
    }

    function toggleFullScreen() {
        const window = root.Window.window
        if (!window) return
        if (window.visibility === Window.FullScreen) window.showNormal()
        else window.showFullScreen()
    }

    Keys.onPressed: (event) => {
        // The open menu is modal: Esc or M closes it, and no other key reaches the show.
        if (menu.open) {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_M) menu.open = false
            event.accepted = true
            return
        }
        switch (event.key) {
        case Qt.Key_Space:  // plays and pauses a recording; elsewhere, next
            if ((root.controller.currentSlide.fileUrl || "") !== "") root.controller.mediaToggle()
            else root.controller.next()
            break
        case Qt.Key_K: root.controller.mediaToggle(); break
        case Qt.Key_J: root.controller.mediaSeek(-10); break
        case Qt.Key_L: root.controller.mediaSeek(10); break
        case Qt.Key_C: root.controller.toggleCaptions(); break
        // The slide keys also bring the focus back to the show from a control (the Sections
        // button, a language), so a screen reader reads the slide they move to.
        // Down and Up first scroll a slide that runs long at a large text size, then move on.
        case Qt.Key_Down:
            if (!stage.scrollCurrent(root.keyScroll)) root.step(root.controller.next)
            break
        case Qt.Key_Up:
            if (!stage.scrollCurrent(-root.keyScroll)) root.step(root.controller.previous)
            break
        case Qt.Key_Right: case Qt.Key_PageDown:
            root.step(root.controller.next); break
        case Qt.Key_Left: case Qt.Key_PageUp: case Qt.Key_Backspace:
            root.step(root.controller.previous); break
        case Qt.Key_Home: root.step(root.controller.first); break
        case Qt.Key_End: root.step(root.controller.last); break
        case Qt.Key_M: menu.open = !menu.open; break
        case Qt.Key_T: root.controller.toggleTranscript(); break  // a recording's transcript
        case Qt.Key_B: case Qt.Key_Period: root.controller.toggleBlank(); break
        case Qt.Key_Plus: case Qt.Key_Equal: root.controller.stepTextScale(1); break
        case Qt.Key_Minus: root.controller.stepTextScale(-1); break
        // A desktop window started with --fullscreen (or made so) leaves it with Esc or F11;
        // F11 makes it fullscreen again. A kiosk's lockdown takes these keys before they come.
        case Qt.Key_F11: root.toggleFullScreen(); break
        case Qt.Key_Escape:  // closes an open transcript first
            if (root.controller.transcriptOpen) root.controller.closeTranscript()
            else if (root.Window.window?.visibility !== Window.FullScreen) return
            else root.Window.window.showNormal()
            break
        default: return
        }
        event.accepted = true
    }

    Rectangle { anchors.fill: parent; color: Theme.ink }

    Item {
        id: showArea
        x: 0; y: 0
        width: root.portrait ? root.width : root.width - timeline.width
        height: root.portrait ? Math.round(root.height * Theme.portraitStageShare) : root.height

        SlideStage {
            id: stage
            objectName: "slideStage"
            anchors { left: parent.left; right: parent.right; top: parent.top; bottom: caption.top }
            controller: root.controller
            unit: root.unit
        }

        CaptionBand {
            id: caption
            objectName: "captionBand"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            controller: root.controller
            unit: root.unit
            onMenuRequested: menu.open = !menu.open
        }
    }

    TimelinePanel {
        id: timeline
        objectName: "timelinePanel"
        controller: root.controller
        unit: root.unit
        portrait: root.portrait
        onJumped: reader.forceActiveFocus()
        x: root.portrait ? 0 : showArea.width
        y: root.portrait ? showArea.height : 0
        width: root.portrait ? root.width : Math.round(Math.max(Theme.timelineMinWidth, root.width * Theme.timelineShare))
        height: root.portrait ? root.height - showArea.height : root.height
    }

    SectionMenu {
        id: menu
        objectName: "sectionMenu"
        anchors.fill: parent
        controller: root.controller
        unit: root.unit
        // The focus goes back where it was when the menu opened (the Sections button, say).
        property Item opener: null
        onChosen: menu.opener = reader  // a chosen section's slide takes the focus, to be read
        onOpenChanged: {
            if (menu.open) {
                menu.opener = root.Window.activeFocusItem
                return
            }
            if (menu.opener && menu.opener.visible) menu.opener.forceActiveFocus()
            else root.forceActiveFocus()
            menu.opener = null
        }
    }
}

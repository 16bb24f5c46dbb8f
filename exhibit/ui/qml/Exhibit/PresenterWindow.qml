pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// The presenter's window: current and next slide, notes, clocks, the plan, and the sections.
// Clicker keys: PageDown/PageUp, arrows, F5 / Shift+F5 (restart the talk clock), B or . (blank
// the audience), a number then Enter (go to that slide), G (go-to menu), T (a recording's
// transcript on the audience screen), Esc (close menus and the transcript).
Window {
    id: window
    required property Controller controller
    required property Presenter presenter
    signal audienceFullscreenRequested()
    width: Theme.presenterWidth
    height: Theme.presenterHeight
    minimumWidth: Theme.presenterMinWidth
    minimumHeight: Theme.presenterMinHeight
    visible: true
    color: Theme.ink
    title: window.controller.exhibitTitle + " — " + window.controller.t.presenterView

    Item {
        id: keys
        objectName: "presenterKeys"
        anchors.fill: parent
        focus: true
        // Focused from the start: its name, which a screen reader speaks whenever it changes
        // (Orca 43 ignores announcements), says where the talk is at each step.
        Accessible.role: Accessible.Pane
        Accessible.focusable: true
        Accessible.name: {
            // Read from the controller in one go (the previews' names follow a step later).
            const c = window.controller
            const after = c.nextSlide && c.nextSlide.kind !== undefined ? c.nextSlide.announcement : c.t.endOfExhibit
            return [c.t.now + ": " + c.currentSlide.announcement, c.t.slideOf.arg(c.currentIndex + 1).arg(c.count),
                    c.t.next + ": " + after].join(". ")
        }
        Keys.onPressed: (event) => {
            const c = window.controller
            // The open go-to menu is modal: Esc or G closes it, no other key moves the show.
            if (goTo.open) {
                if (event.key === Qt.Key_Escape || event.key === Qt.Key_G) goTo.open = false
                event.accepted = true
                return
            }
            if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
                window.presenter.typeDigit(String(event.key - Qt.Key_0))
            } else switch (event.key) {
            case Qt.Key_Return: case Qt.Key_Enter:
                window.presenter.enterNumber(); break
            case Qt.Key_Space:  // plays and pauses a recording; elsewhere, next
                window.presenter.clearNumber()
                if ((c.currentSlide.fileUrl || "") !== "") c.mediaToggle(); else c.next()
                break
            case Qt.Key_K: c.mediaToggle(); break
            case Qt.Key_J: c.mediaSeek(-10); break
            case Qt.Key_L: c.mediaSeek(10); break
            case Qt.Key_C: c.toggleCaptions(); break
            case Qt.Key_Right: case Qt.Key_PageDown: case Qt.Key_Down:
                window.presenter.clearNumber(); c.next(); break
            case Qt.Key_Left: case Qt.Key_PageUp: case Qt.Key_Up: case Qt.Key_Backspace:
                window.presenter.clearNumber(); c.previous(); break
            case Qt.Key_Home: c.first(); break
            case Qt.Key_End: c.last(); break
            case Qt.Key_B: case Qt.Key_Period: c.toggleBlank(); break
            case Qt.Key_F5:
                if (!(event.modifiers & Qt.ShiftModifier)) c.first()
                window.presenter.restartClock(); break
            case Qt.Key_G: goTo.open = !goTo.open; break
            case Qt.Key_T: c.toggleTranscript(); break  // on the audience screen
            case Qt.Key_Escape:
                goTo.open = false; window.presenter.clearNumber(); c.closeTranscript()
                if (c.blanked) c.toggleBlank()
                break
            case Qt.Key_F: window.audienceFullscreenRequested(); break
            default: return
            }
            event.accepted = true
        }
    }

    // Top bar: elapsed time, plan, wall clock, position.
    Rectangle {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.presenterBarHeight
        color: Theme.panelDark
        Row {
            anchors { left: parent.left; leftMargin: Theme.space10; verticalCenter: parent.verticalCenter }
            spacing: Theme.space13
            Text {
                textFormat: Text.PlainText; objectName: "elapsed"; text: window.presenter.elapsed; color: Theme.textOnInk; font.family: Theme.mono; font.pixelSize: Theme.fontClock; font.bold: true
                Accessible.role: Accessible.StaticText; Accessible.name: window.controller.t.elapsedClock.arg(text)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "planStatus"
                anchors.verticalCenter: parent.verticalCenter
                text: window.presenter.plan
                color: window.presenter.behind ? Theme.warning : Theme.good
                font.family: Theme.sans; font.pixelSize: Theme.fontPlan; font.bold: true
                visible: text !== ""
                Accessible.role: Accessible.StaticText; Accessible.name: window.controller.t.planLabel.arg(text)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "remaining"
                anchors.verticalCenter: parent.verticalCenter
                visible: text !== ""
                text: window.presenter.remaining
                color: Theme.textOnInk; font.family: Theme.sans; font.pixelSize: Theme.fontPresenterText
                Accessible.role: Accessible.StaticText; Accessible.name: text
            }
            Text { textFormat: Text.PlainText; objectName: "wallClock"; anchors.verticalCenter: parent.verticalCenter; text: window.controller.t.clock.arg(window.presenter.wallClock); color: Theme.textOnInkSoft; font.family: Theme.sans; font.pixelSize: Theme.fontPresenterText; Accessible.role: Accessible.StaticText; Accessible.name: text }
        }
        Row {
            anchors { right: parent.right; rightMargin: Theme.space10; verticalCenter: parent.verticalCenter }
            spacing: Theme.space09
            Text {
                textFormat: Text.PlainText
                objectName: "blankIndicator"
                Accessible.role: Accessible.StaticText; Accessible.name: text
                visible: window.controller.blanked
                text: window.controller.t.audienceBlank
                color: Theme.warning; font.family: Theme.sans; font.pixelSize: Theme.fontPresenterText; font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                objectName: "typedNumber"
                Accessible.role: Accessible.StaticText; Accessible.name: text
                visible: window.presenter.typedNumber !== ""
                text: window.controller.t.goToSlide.arg(window.presenter.typedNumber)
                color: Theme.highlight; font.family: Theme.sans; font.pixelSize: Theme.fontPresenterText
            }
            Text {
                textFormat: Text.PlainText
                objectName: "presenterPosition"
                Accessible.role: Accessible.StaticText; Accessible.name: text
                text: window.controller.t.slideOf.arg(window.controller.currentIndex + 1).arg(window.controller.count)
                color: Theme.textOnInk; font.family: Theme.sans; font.pixelSize: Theme.fontPresenterText
            }
        }
    }

    SlidePreview {
        id: current
        objectName: "currentPreview"
        anchors { left: parent.left; top: bar.bottom; margins: Theme.space08 }
        width: parent.width * Theme.presenterPreviewShare
        height: width * 9 / 16
        controller: window.controller
        slide: window.controller.currentSlide
        label: window.controller.t.now
        MouseArea {
            anchors.fill: parent
            onClicked: (mouse) => mouse.x < width / 3 ? window.controller.previous() : window.controller.next()
        }
    }

    SlidePreview {
        id: next
        objectName: "nextPreview"
        anchors { left: current.right; right: parent.right; top: bar.bottom; margins: Theme.space08 }
        height: width * 9 / 16
        controller: window.controller
        slide: window.controller.nextSlide
        label: window.controller.t.next
    }

    Rectangle {
        anchors { left: current.right; right: parent.right; top: next.bottom; bottom: sectionsBar.top; margins: Theme.space08 }
        color: Theme.panelDark
        radius: Theme.radiusTag
        Accessible.role: Accessible.Pane
        Accessible.name: window.controller.t.presenterNotes
        Flickable {
            id: notesFlick
            anchors.fill: parent
            anchors.margins: Theme.space07
            contentHeight: notes.height
            clip: true
            Text {
                id: notes
                objectName: "presenterNotes"
                width: notesFlick.width
                text: window.controller.currentSlide.notes || "<i>" + window.controller.t.noNotes + "</i>"
                textFormat: Text.StyledText
                Accessible.role: Accessible.Paragraph
                Accessible.name: window.controller.currentSlide.readText?.notes || window.controller.t.noNotes
                wrapMode: Text.Wrap
                color: Theme.textOnInk
                font.family: Theme.sans
                font.pixelSize: Theme.fontPresenterText
            }
        }
    }

    Column {
        anchors { left: parent.left; top: current.bottom; right: current.right; bottom: sectionsBar.top; margins: Theme.space08 }
        spacing: Theme.space03
        Text { textFormat: Text.PlainText; Accessible.role: Accessible.StaticText; Accessible.name: text; text: window.controller.currentSlide.sectionTitle || ""; color: Theme.accentOnInk; font.family: Theme.sans; font.bold: true; font.pixelSize: Theme.fontPresenterDetail; font.capitalization: Font.AllUppercase }
        Text { textFormat: Text.PlainText; Accessible.role: Accessible.StaticText; Accessible.name: text; width: parent.width; wrapMode: Text.Wrap; text: window.controller.currentSlide.caption || ""; color: Theme.textOnInkSoft; font.family: Theme.serif; font.pixelSize: Theme.fontPresenterDetail }
        // A recording on the audience screen: where it is, and the caption it shows now.
        Text {
            textFormat: Text.PlainText
            objectName: "presenterMedia"
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            visible: (window.controller.currentSlide.fileUrl || "") !== ""
            wrapMode: Text.Wrap
            text: window.controller.t.mediaKeys + "  " + window.controller.mediaPosition
                  + ((window.controller.currentSlide.transcript || "") === "" ? ""
                     : "\n" + (window.controller.transcriptOpen ? window.controller.t.transcriptShown
                                                                 : window.controller.t.transcriptKey))
            color: Theme.accentOnInk
            font.family: Theme.sans
            font.pixelSize: Theme.fontPresenterDetail
        }
    }

    // The sections with their planned minutes; tap to jump.
    Rectangle {
        id: sectionsBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.presenterTabsHeight
        color: Theme.panelDark
        Row {
            anchors.fill: parent
            anchors.margins: Theme.space05
            spacing: Theme.space05
            Repeater {
                id: sectionTabs
                model: window.controller.sections
                delegate: Rectangle {
                    id: sectionTab
                    required property int index
                    required property string title
                    required property real minutes
                    objectName: "presenterSection-" + index
                    width: (sectionsBar.width - 2 * Theme.space05 - Theme.space05 * (sectionTabs.count - 1)) / Math.max(1, sectionTabs.count)
                    height: parent.height
                    radius: Theme.radiusTag
                    color: window.controller.sectionIndex === index ? Theme.inkSoft : "transparent"
                    border.color: window.controller.sectionIndex === index ? Theme.highlight : Theme.rule
                    // A button per section: Press jumps there; the current one is checked.
                    Accessible.role: Accessible.Button
                    Accessible.name: (sectionTab.index + 1) + ". " + sectionTab.title
                    Accessible.description: sectionTab.minutes > 0 ? window.controller.t.minutesPlanned.arg(sectionTab.minutes) : ""
                    Accessible.checkable: true
                    Accessible.checked: window.controller.sectionIndex === sectionTab.index
                    Accessible.onPressAction: window.controller.goToSection(sectionTab.index)
                    Column {
                        anchors.centerIn: parent
                        width: parent.width - Theme.space08
                        Text { textFormat: Text.PlainText; width: parent.width; horizontalAlignment: Text.AlignHCenter; elide: Text.ElideRight; text: (sectionTab.index + 1) + ". " + sectionTab.title; color: Theme.textOnInk; font.family: Theme.sans; font.pixelSize: Theme.fontTab }
                        Text { textFormat: Text.PlainText; width: parent.width; horizontalAlignment: Text.AlignHCenter; text: sectionTab.minutes > 0 ? window.controller.t.minutesPlanned.arg(sectionTab.minutes) : ""; color: Theme.textOnInkSoft; font.family: Theme.sans; font.pixelSize: Theme.fontTabDetail }
                    }
                    MouseArea { anchors.fill: parent; onClicked: window.controller.goToSection(sectionTab.index) }
                }
            }
        }
    }

    GoToMenu {
        id: goTo
        objectName: "goToMenu"
        anchors.fill: parent
        controller: window.controller
        onOpenChanged: if (!goTo.open) keys.forceActiveFocus()
    }
}

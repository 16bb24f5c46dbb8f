pragma ComponentBehavior: Bound
import QtQuick

// A full-screen overlay listing the sections; choosing one jumps to its first slide.
// Modal for the keyboard: it takes the focus when it opens (on the current section), ↑ ↓ Tab
// Home End move among its entries and never reach the show behind; Enter chooses, Esc closes.
FocusScope {
    id: menu
    required property Controller controller
    required property real unit
    property bool open: false
    // A section was chosen (not merely closed): the view gives its slide the focus.
    signal chosen()
    function choose(index: int) { menu.controller.goToSection(index); menu.chosen(); menu.open = false }
    visible: open
    z: 10
    Accessible.role: Accessible.Dialog
    Accessible.name: menu.controller.t.sections

    Rectangle {
        anchors.fill: parent
        color: Theme.black
        opacity: 0.6
        // A MouseArea, not a handler: it must stop taps reaching the slide underneath.
        MouseArea { anchors.fill: parent; onClicked: menu.open = false }
    }

    // Built only while open: an exhibit with many sections costs nothing at start-up.
    Loader {
        anchors.fill: parent
        active: menu.open
        sourceComponent: Item {
            Rectangle {
                id: card
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.menuMargin * menu.unit, Theme.menuMaxWidth * menu.unit)
                height: Math.min(parent.height - Theme.menuMargin * menu.unit, list.implicitHeight + 2 * Theme.cardPadding * menu.unit)
                radius: Theme.radiusMenu * menu.unit
                color: Theme.paper
                MouseArea { anchors.fill: parent }  // taps on the card do not close the menu

                Column {
                    id: list
                    anchors { left: parent.left; right: parent.right; top: parent.top }
                    anchors.margins: Theme.cardPadding * menu.unit
                    spacing: Theme.space06 * menu.unit
                    // The entry `step` places after `from` (wrapping), or the `at`th one.
                    function focusEntry(from: Item, step: int, at: int) {
                        const entries = []
                        for (let i = 0; i < list.children.length; ++i)
                            if (list.children[i].objectName.startsWith("sectionEntry-"))
                                entries.push(list.children[i])
                        if (entries.length === 0)
                            return
                        const here = from ? entries.indexOf(from) : at
                        entries[((here + step) % entries.length + entries.length) % entries.length].forceActiveFocus()
                    }
                    Component.onCompleted: Qt.callLater(list.focusEntry, null, 0, Math.max(0, menu.controller.sectionIndex))
                    Text {
                        textFormat: Text.PlainText
                        text: menu.controller.t.sections
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                        color: Theme.text
                        font.family: Theme.serif
                        font.bold: true
                        font.pixelSize: Theme.uiHeadingPx(Theme.fontMenuTitle, menu.unit)
                    }
                    Repeater {
                        model: menu.controller.sections
                        delegate: Rectangle {
                            id: entry
                            required property int index
                            required property string title
                            required property string subtitle
                            required property int slideCount
                            objectName: "sectionEntry-" + entry.index
                            width: list.width
                            height: Math.max(Theme.minTouch, entryText.implicitHeight + Theme.space13 * menu.unit)
                            radius: Theme.radiusSmall * menu.unit
                            color: menu.controller.sectionIndex === entry.index ? Theme.paperDeep : "transparent"
                            border.color: Theme.rule
                            Accessible.role: Accessible.MenuItem
                            Accessible.name: entry.title
                            Accessible.description: [entry.subtitle, menu.controller.t.slidesCount.arg(entry.slideCount)].filter(s => s !== "").join(", ")
                            Accessible.onPressAction: { menu.choose(entry.index) }
                            activeFocusOnTab: menu.open
                            Keys.onReturnPressed: { menu.choose(entry.index) }
                            Keys.onSpacePressed: { menu.choose(entry.index) }
                            Keys.onPressed: (event) => {
                                switch (event.key) {
                                case Qt.Key_Down: case Qt.Key_Tab: list.focusEntry(entry, 1, 0); break
                                case Qt.Key_Up: case Qt.Key_Backtab: list.focusEntry(entry, -1, 0); break
                                case Qt.Key_Home: list.focusEntry(null, 0, 0); break
                                case Qt.Key_End: list.focusEntry(null, -1, 0); break
                                default: return
                                }
                                event.accepted = true
                            }
                            FocusRing { unit: menu.unit; color: Theme.focusOnPaper }
                            Column {
                                id: entryText
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                                anchors.leftMargin: Theme.space10 * menu.unit
                                anchors.rightMargin: Theme.space10 * menu.unit
                                Text {
                                    textFormat: Text.PlainText
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    text: (entry.index + 1) + ".  " + entry.title
                                    color: Theme.text
                                    font.family: Theme.serif
                                    font.pixelSize: Theme.uiHeadingPx(Theme.fontHeading, menu.unit)
                                }
                                Text {
                                    textFormat: Text.PlainText
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    text: [entry.subtitle, menu.controller.t.slidesCount.arg(entry.slideCount)].filter(s => s !== "").join("  ·  ")
                                    color: Theme.textSoft
                                    font.family: Theme.sans
                                    font.pixelSize: Theme.uiPx(Theme.fontLabelText, menu.unit)
                                }
                            }
                            MouseArea {
                                anchors.fill: parent
                                onClicked: { menu.choose(entry.index) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pragma ComponentBehavior: Bound
import QtQuick

// The presenter's go-to menu (G): every section and every timeline event that has a slide.
// Modal as the section menu is: focus on open, ↑ ↓ Tab Home End among its entries, Enter
// chooses, Esc or G closes (PresenterWindow keeps every other key from the show meanwhile).
FocusScope {
    id: menu
    required property Controller controller
    property bool open: false
    visible: open
    z: 20
    Accessible.role: Accessible.Dialog
    Accessible.name: menu.controller.t.sections
    onOpenChanged: if (menu.open) menu.focusEntry(null, 0, Math.max(0, menu.controller.sectionIndex))
    // Keys its entries leave: Esc or G closes, the rest stop here, short of the show.
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Escape || event.key === Qt.Key_G) menu.open = false
        event.accepted = true
    }

    // The entry `step` places after `from` (wrapping through sections, then events), or the `at`th.
    function focusEntry(from: Item, step: int, at: int) {
        const entries = []
        for (const column of [sectionColumn, eventColumn])
            for (let i = 0; i < column.children.length; ++i)
                if (column.children[i].objectName.startsWith("goto"))
                    entries.push(column.children[i])
        if (entries.length === 0)
            return
        const here = from ? entries.indexOf(from) : at
        entries[((here + step) % entries.length + entries.length) % entries.length].forceActiveFocus()
    }
    function entryKey(entry: Item, event: KeyEvent) {
        switch (event.key) {
        case Qt.Key_Down: case Qt.Key_Tab: menu.focusEntry(entry, 1, 0); break
        case Qt.Key_Up: case Qt.Key_Backtab: menu.focusEntry(entry, -1, 0); break
        case Qt.Key_Home: menu.focusEntry(null, 0, 0); break
        case Qt.Key_End: menu.focusEntry(null, -1, 0); break
        default: return
        }
        event.accepted = true
    }

    Rectangle { anchors.fill: parent; color: Theme.black; opacity: 0.6
                MouseArea { anchors.fill: parent; onClicked: menu.open = false } }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.presenterMenuMargin, Theme.presenterMenuMaxWidth)
        height: parent.height - Theme.presenterMenuMargin
        radius: Theme.radiusKey
        color: Theme.paper
        MouseArea { anchors.fill: parent }

        Row {
            anchors.fill: parent
            anchors.margins: Theme.space12
            spacing: Theme.space12
            Flickable {
                width: (parent.width - Theme.space12) / 2
                height: parent.height
                contentHeight: sectionColumn.height
                clip: true
                Column {
                    id: sectionColumn
                    width: parent.width
                    spacing: Theme.space03
                    Text { Accessible.role: Accessible.Heading; Accessible.name: text; textFormat: Text.PlainText; text: menu.controller.t.sections; font.family: Theme.serif; font.bold: true; font.pixelSize: Theme.fontPresenterHeading; color: Theme.text }
                    Repeater {
                        model: menu.controller.sections
                        delegate: Rectangle {
                            id: sectionEntry
                            required property int index
                            required property string title
                            required property int firstSlide
                            objectName: "gotoSection-" + index
                            width: sectionColumn.width
                            height: Math.max(Theme.minTouch, sectionLabel.implicitHeight + Theme.space08)
                            radius: Theme.radiusTag
                            color: menu.controller.sectionIndex === sectionEntry.index ? Theme.paperDeep : "transparent"
                            border.color: Theme.rule
                            Accessible.role: Accessible.MenuItem
                            Accessible.name: sectionLabel.text
                            Accessible.onPressAction: sectionEntry.choose()
                            function choose() { menu.controller.goToSection(sectionEntry.index); menu.open = false }
                            activeFocusOnTab: menu.open
                            Keys.onReturnPressed: sectionEntry.choose()
                            Keys.onEnterPressed: sectionEntry.choose()
                            Keys.onPressed: (event) => menu.entryKey(sectionEntry, event)
                            FocusRing { color: Theme.focusOnPaper }
                            Text {
                                textFormat: Text.PlainText
                                id: sectionLabel
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.space06 }
                                text: (sectionEntry.index + 1) + ". " + sectionEntry.title + "  (" + menu.controller.t.slideOf.arg(sectionEntry.firstSlide + 1).arg(menu.controller.count) + ")"
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.fontPresenterDetail
                            }
                            MouseArea { anchors.fill: parent; onClicked: { menu.controller.goToSection(sectionEntry.index); menu.open = false } }
                        }
                    }
                }
            }
            Flickable {
                width: (parent.width - Theme.space12) / 2
                height: parent.height
                contentHeight: eventColumn.height
                clip: true
                Column {
                    id: eventColumn
                    width: parent.width
                    spacing: Theme.space02
                    Text { Accessible.role: Accessible.Heading; Accessible.name: text; textFormat: Text.PlainText; text: menu.controller.t.timelineEvents; font.family: Theme.serif; font.bold: true; font.pixelSize: Theme.fontPresenterHeading; color: Theme.text }
                    Repeater {
                        model: menu.controller.jumpEvents
                        delegate: Rectangle {
                            id: eventEntry
                            required property var modelData  // an EventModel row, as a map
                            readonly property string eventId: modelData.eventId
                            readonly property string title: modelData.title
                            readonly property string dateText: modelData.dateText
                            objectName: "gotoEvent-" + eventId
                            width: eventColumn.width
                            height: Math.max(Theme.minTouch, eventLabel.implicitHeight + Theme.space06)
                            radius: Theme.radiusTag
                            color: "transparent"
                            border.color: Theme.rule
                            Accessible.role: Accessible.MenuItem
                            Accessible.name: eventLabel.text
                            Accessible.onPressAction: eventEntry.choose()
                            function choose() { menu.controller.jumpToEvent(eventEntry.eventId); menu.open = false }
                            activeFocusOnTab: menu.open
                            Keys.onReturnPressed: eventEntry.choose()
                            Keys.onEnterPressed: eventEntry.choose()
                            Keys.onPressed: (event) => menu.entryKey(eventEntry, event)
                            FocusRing { color: Theme.focusOnPaper }
                            Text {
                                textFormat: Text.PlainText
                                id: eventLabel
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.space06 }
                                text: eventEntry.dateText + " — " + eventEntry.title
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.fontPresenterSmall
                            }
                            MouseArea { anchors.fill: parent; onClicked: { menu.controller.jumpToEvent(eventEntry.eventId); menu.open = false } }
                        }
                    }
                }
            }
        }
    }
}

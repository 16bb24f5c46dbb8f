pragma ComponentBehavior: Bound
import QtQuick

// The presenter's go-to menu (G): every section and every timeline event that has a slide.
Item {
    id: menu
    required property Controller controller
    property bool open: false
    visible: open
    z: 20

    Rectangle { anchors.fill: parent; color: Theme.black; opacity: 0.6
                MouseArea { anchors.fill: parent; onClicked: menu.open = false } }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 60, 1100)
        height: parent.height - 60
        radius: 8
        color: Theme.paper
        MouseArea { anchors.fill: parent }

        Row {
            anchors.fill: parent
            anchors.margins: 24
            spacing: 24
            Flickable {
                width: (parent.width - 24) / 2
                height: parent.height
                contentHeight: sectionColumn.height
                clip: true
                Column {
                    id: sectionColumn
                    width: parent.width
                    spacing: 6
                    Text { text: menu.controller.t.sections; font.family: Theme.serif; font.bold: true; font.pixelSize: 26; color: Theme.text }
                    Repeater {
                        model: menu.controller.sections
                        delegate: Rectangle {
                            id: sectionEntry
                            required property int index
                            required property string title
                            required property int firstSlide
                            objectName: "gotoSection-" + index
                            width: sectionColumn.width
                            height: Math.max(Theme.minTouch, sectionLabel.implicitHeight + 16)
                            radius: 4
                            color: menu.controller.sectionIndex === sectionEntry.index ? Theme.paperDeep : "transparent"
                            border.color: Theme.rule
                            Text {
                                id: sectionLabel
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
                                text: (sectionEntry.index + 1) + ". " + sectionEntry.title + "  (" + menu.controller.t.slideOf.arg(sectionEntry.firstSlide + 1).arg(menu.controller.count) + ")"
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: 18
                            }
                            MouseArea { anchors.fill: parent; onClicked: { menu.controller.goToSection(sectionEntry.index); menu.open = false } }
                        }
                    }
                }
            }
            Flickable {
                width: (parent.width - 24) / 2
                height: parent.height
                contentHeight: eventColumn.height
                clip: true
                Column {
                    id: eventColumn
                    width: parent.width
                    spacing: 4
                    Text { text: menu.controller.t.timelineEvents; font.family: Theme.serif; font.bold: true; font.pixelSize: 26; color: Theme.text }
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
                            height: Math.max(Theme.minTouch, eventLabel.implicitHeight + 12)
                            radius: 4
                            color: "transparent"
                            border.color: Theme.rule
                            Text {
                                id: eventLabel
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
                                text: eventEntry.dateText + " — " + eventEntry.title
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: 16
                            }
                            MouseArea { anchors.fill: parent; onClicked: { menu.controller.jumpToEvent(eventEntry.eventId); menu.open = false } }
                        }
                    }
                }
            }
        }
    }
}

import QtQuick

// The side timeline: every event in date order, era bands in lanes beside them, the current
// slide's events highlighted and scrolled into view; a tap on an event jumps to its slide.
Rectangle {
    id: panel
    required property var controller
    required property real unit
    property bool portrait: false
    readonly property real laneWidth: 12 * unit
    readonly property int laneCount: {
        let lanes = 0
        for (let i = 0; i < eraRepeater.count; ++i) {
            const band = eraRepeater.itemAt(i)
            if (band) lanes = Math.max(lanes, band.lane + 1)
        }
        return lanes
    }
    color: Theme.panel

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: 24 * panel.unit
        spacing: 10 * panel.unit
        Flow {
            id: languageSwitch
            objectName: "languageSwitch"
            width: parent.width
            spacing: 8 * panel.unit
            visible: panel.controller.languages.length > 1
            Repeater {
                model: panel.controller.languages
                delegate: Rectangle {
                    required property var modelData
                    readonly property bool chosen: panel.controller.language === modelData.code
                    objectName: "language-" + modelData.code
                    width: Math.max(Theme.minTouch, languageName.implicitWidth + 28 * panel.unit)
                    height: Math.max(Theme.minTouch, 52 * panel.unit)
                    radius: height / 2
                    color: chosen ? Theme.highlight : "transparent"
                    border.color: chosen ? Theme.highlight : Theme.rule
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.name
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    activeFocusOnTab: true
                    Keys.onReturnPressed: panel.controller.language = modelData.code
                    Keys.onSpacePressed: panel.controller.language = modelData.code
                    FocusRing { unit: panel.unit }
                    Text {
                        id: languageName
                        anchors.centerIn: parent
                        text: parent.modelData.name
                        color: parent.chosen ? Theme.ink : Theme.textOnInk
                        font.family: Theme.sans
                        font.bold: parent.chosen
                        font.pixelSize: Math.max(12, Math.round(18 * panel.unit * Theme.textScale))
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: panel.controller.language = parent.modelData.code
                    }
                }
            }
        }
        Text {
            text: panel.controller.t.timeline
            color: Theme.textOnInk
            font.family: Theme.serif
            font.bold: true
            font.pixelSize: Math.max(14, Math.round(32 * panel.unit * Theme.textScale))
        }
        Flow {
            width: parent.width
            spacing: 14 * panel.unit
            Repeater {
                model: panel.controller.eras
                delegate: Row {
                    required property string title
                    required property int index
                    spacing: 6 * panel.unit
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 14 * panel.unit; height: 14 * panel.unit; radius: 2 * panel.unit
                        color: Theme.eraColors[Math.max(0, index) % Theme.eraColors.length]
                    }
                    Text {
                        text: title
                        color: Theme.textOnInkSoft
                        font.family: Theme.sans
                        font.pixelSize: Math.max(11, Math.round(16 * panel.unit * Theme.textScale))
                    }
                }
            }
        }
    }

    Flickable {
        id: flick
        objectName: "timelineFlick"
        anchors { left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom }
        anchors.topMargin: 16 * panel.unit
        clip: true
        contentWidth: width
        contentHeight: rows.height + 40 * panel.unit
        boundsBehavior: Flickable.StopAtBounds

        function scrollToCurrent() {
            const wanted = panel.controller.currentEvents
            for (let i = 0; i < rowRepeater.count; ++i) {
                const row = rowRepeater.itemAt(i)
                if (row && wanted.indexOf(row.eventId) >= 0) {
                    const target = Math.max(0, Math.min(contentHeight - height,
                                                        row.y - height / 3))
                    if (panel.controller.reducedMotion) {
                        scrollAnim.stop(); contentY = target
                    } else {
                        scrollAnim.to = target; scrollAnim.restart()
                    }
                    return
                }
            }
        }
        NumberAnimation { id: scrollAnim; target: flick; property: "contentY"; duration: Theme.transitionMs; easing.type: Easing.OutCubic }

        Repeater {
            id: eraRepeater
            model: panel.controller.eras
            delegate: Rectangle {
                required property int firstRow
                required property int lastRow
                required property int lane
                required property int index
                required property string title
                readonly property Item topRow: rowRepeater.count > firstRow ? rowRepeater.itemAt(firstRow) : null
                readonly property Item bottomRow: rowRepeater.count > lastRow ? rowRepeater.itemAt(lastRow) : null
                x: 24 * panel.unit + lane * (panel.laneWidth + 4 * panel.unit)
                y: topRow ? rows.y + topRow.y + 6 * panel.unit : 0
                width: panel.laneWidth
                height: (topRow && bottomRow) ? bottomRow.y + bottomRow.height - topRow.y - 12 * panel.unit : 0
                radius: width / 2
                color: Theme.eraColors[Math.max(0, index) % Theme.eraColors.length]
                opacity: 0.9
                Accessible.role: Accessible.StaticText
                Accessible.name: title
            }
        }

        Column {
            id: rows
            x: 24 * panel.unit + Math.max(1, panel.laneCount) * (panel.laneWidth + 4 * panel.unit) + 10 * panel.unit
            width: flick.width - x - 20 * panel.unit
            Repeater {
                id: rowRepeater
                model: panel.controller.events
                delegate: Rectangle {
                    id: row
                    required property string eventId
                    required property string title
                    required property string dateText
                    required property int slideIndex
                    readonly property bool current: panel.controller.currentEvents.indexOf(eventId) >= 0
                    objectName: "event-" + eventId
                    width: rows.width
                    height: Math.max(Theme.minTouch, label.implicitHeight + 22 * panel.unit)
                    radius: 6 * panel.unit
                    color: current ? Theme.currentRow : "transparent"
                    border.color: current ? Theme.highlight : "transparent"
                    border.width: Math.max(1, 2 * panel.unit)
                    Accessible.role: Accessible.Button
                    Accessible.name: dateText + ": " + title
                    activeFocusOnTab: slideIndex >= 0
                    Keys.onReturnPressed: panel.controller.jumpToEvent(eventId)
                    Keys.onSpacePressed: panel.controller.jumpToEvent(eventId)
                    onActiveFocusChanged: if (activeFocus) flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, y - flick.height / 3))
                    FocusRing { unit: panel.unit }

                    Rectangle {
                        x: -10 * panel.unit - width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        width: 12 * panel.unit; height: width; radius: width / 2
                        color: row.current ? Theme.highlight : (row.slideIndex >= 0 ? Theme.textOnInkSoft : Theme.rule)
                    }
                    Column {
                        id: label
                        x: 12 * panel.unit
                        width: parent.width - 20 * panel.unit
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 2 * panel.unit
                        Text {
                            width: parent.width
                            text: row.dateText
                            wrapMode: Text.Wrap
                            color: row.current ? Theme.highlight : Theme.accentOnInk
                            font.family: Theme.sans
                            font.bold: true
                            font.pixelSize: Math.max(11, Math.round(16 * panel.unit * Theme.textScale))
                        }
                        Text {
                            width: parent.width
                            text: row.title
                            wrapMode: Text.Wrap
                            color: row.slideIndex >= 0 || row.current ? Theme.textOnInk : Theme.textOnInkSoft
                            font.family: Theme.serif
                            font.pixelSize: Math.max(12, Math.round(20 * panel.unit * Theme.textScale))
                        }
                    }
                    TapHandler {
                        enabled: row.slideIndex >= 0
                        onTapped: panel.controller.jumpToEvent(row.eventId)
                    }
                }
            }
        }
    }

    Connections {
        target: panel.controller
        function onCurrentIndexChanged() { flick.scrollToCurrent() }
    }
    Component.onCompleted: Qt.callLater(flick.scrollToCurrent)
    onHeightChanged: Qt.callLater(flick.scrollToCurrent)
}

pragma ComponentBehavior: Bound
import QtQuick

// The side timeline: every event in date order, era bands in lanes beside them, the current
// slide's events highlighted and scrolled into view; a tap on an event jumps to its slide.
// A ListView: the rows on screen are made for the first frame, the others after it (and only
// as far as two screens ahead), so a long timeline costs start-up no more than a short one.
Rectangle {
    id: panel
    // An event's slide was chosen from the keyboard or a screen reader: the view focuses it.
    signal jumped()
    required property Controller controller
    required property real unit
    property bool portrait: false
    readonly property real laneWidth: Theme.laneWidth * panel.unit
    readonly property int laneCount: {
        let lanes = 0
        for (let i = 0; i < eraLegend.count; ++i) {
            const entry = eraLegend.itemAt(i) as LegendEntry
            if (entry) lanes = Math.max(lanes, entry.lane + 1)
        }
        return lanes
    }
    // Read once for all rows: each read of a controller property is a call into Python.
    readonly property list<string> currentEvents: panel.controller.currentEvents
    readonly property string language: panel.controller.language
    color: Theme.panel

    // A piece of an era band beside one row: a band's ends are rounded, and a piece that
    // carries on into the next row reaches under it so the band stays whole.
    component EraSegment: Rectangle {
        property var segment: null
        property Item beside: null  // the row this piece is drawn beside
        objectName: "eraSegment"
        readonly property real inset: Theme.eraInset * panel.unit
        readonly property real reach: segment && !(segment.first && segment.last) ? width / 2 : 0
        visible: segment !== null && beside !== null
        x: segment && beside ? Theme.space12 * panel.unit + segment.lane * (panel.laneWidth + Theme.space02 * panel.unit) - beside.x : 0
        y: segment ? (segment.first ? inset : (segment.last ? -reach : 0)) : 0
        width: panel.laneWidth
        height: segment && beside ? beside.height - (segment.first ? inset : 0) - (segment.last ? inset : 0) + reach : 0
        radius: segment && (segment.first || segment.last) ? width / 2 : 0
        color: segment ? Theme.eraColors[Math.max(0, segment.era) % Theme.eraColors.length] : "transparent"
        Accessible.role: Accessible.StaticText
        Accessible.name: segment && segment.first ? segment.title : ""
        Accessible.ignored: !(segment && segment.first)
    }

    // An era's entry in the legend: its colour and title.
    component LegendEntry: Row {
        id: entry
        required property string title
        required property int index
        required property int lane
        spacing: Theme.space03 * panel.unit
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.legendSwatch * panel.unit; height: Theme.legendSwatch * panel.unit; radius: Theme.radiusSwatch * panel.unit
            color: Theme.eraColors[Math.max(0, entry.index) % Theme.eraColors.length]
        }
        Accessible.role: Accessible.ListItem
        Accessible.name: entry.title
        Text {
            textFormat: Text.PlainText
            text: entry.title
            // A long era's name wraps inside the panel rather than running out of it.
            width: Math.min(implicitWidth, head.width - (Theme.legendSwatch + Theme.space03) * panel.unit)
            wrapMode: Text.Wrap
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontSmall, panel.unit)
        }
    }

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.space12 * panel.unit
        spacing: Theme.space05 * panel.unit
        Flow {
            id: languageSwitch
            objectName: "languageSwitch"
            width: parent.width
            spacing: Theme.space04 * panel.unit
            visible: panel.controller.languages.length > 1
            Accessible.role: Accessible.Grouping
            Accessible.name: panel.controller.t.language
            Repeater {
                model: panel.controller.languages
                delegate: Rectangle {
                    id: languageButton
                    required property var modelData  // {code, name}
                    readonly property bool chosen: panel.language === modelData.code
                    objectName: "language-" + modelData.code
                    width: Math.max(Theme.minTouch, languageName.implicitWidth + Theme.space13 * panel.unit)
                    height: Math.max(Theme.minTouch, Theme.languageHeight * panel.unit)
                    radius: height / 2
                    color: chosen ? Theme.highlight : "transparent"
                    border.color: chosen ? Theme.highlight : Theme.rule
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData.name
                    Accessible.checkable: true
                    Accessible.checked: chosen
                    Accessible.onPressAction: panel.controller.language = languageButton.modelData.code
                    Accessible.onToggleAction: panel.controller.language = languageButton.modelData.code
                    activeFocusOnTab: true
                    Keys.onReturnPressed: panel.controller.language = languageButton.modelData.code
                    Keys.onSpacePressed: panel.controller.language = languageButton.modelData.code
                    FocusRing { unit: panel.unit }
                    Text {
                        textFormat: Text.PlainText
                        id: languageName
                        anchors.centerIn: parent
                        text: languageButton.modelData.name
                        color: languageButton.chosen ? Theme.ink : Theme.textOnInk
                        font.family: Theme.sans
                        font.bold: languageButton.chosen
                        font.pixelSize: Theme.uiPx(Theme.fontDetail, panel.unit)
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: panel.controller.language = languageButton.modelData.code
                    }
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            text: panel.controller.t.timeline
            Accessible.role: Accessible.Heading
            Accessible.name: text
            color: Theme.textOnInk
            font.family: Theme.serif
            font.bold: true
            font.pixelSize: Theme.uiHeadingPx(Theme.fontHeading, panel.unit)
        }
        Flow {
            width: parent.width
            spacing: Theme.space07 * panel.unit
            Accessible.role: Accessible.List
            Accessible.name: panel.controller.t.eras
            Repeater {
                id: eraLegend
                model: panel.controller.eras
                delegate: LegendEntry {}
            }
        }
    }

    ListView {
        id: flick
        objectName: "timelineFlick"
        anchors { left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom }
        anchors.topMargin: Theme.space08 * panel.unit
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: panel.controller.events
        reuseItems: false
        // Rows beyond the screen are made only once the first frame is out, in idle time.
        property bool prefetch: false
        cacheBuffer: prefetch ? Math.max(1, height * 2) : 0
        function startPrefetch() { prefetch = true }
        readonly property real rowsX: Theme.space12 * panel.unit + Math.max(1, panel.laneCount) * (panel.laneWidth + Theme.space02 * panel.unit) + Theme.space05 * panel.unit
        // Room above the first row for its highlight and focus ring, which the clip would cut.
        header: Item { width: 1; height: Theme.focusGap * panel.unit + Theme.focusWidth * panel.unit }
        footer: Item { width: 1; height: Theme.timelineFooter * panel.unit }
        Accessible.role: Accessible.List
        Accessible.name: panel.controller.t.timelineEvents

        Connections {
            target: panel.Window.window
            enabled: !flick.prefetch
            function onFrameSwapped() { Qt.callLater(flick.startPrefetch) }  // as SlideStage
        }

        // The current slide's events in view: all of them, centred, when they fit; else the
        // first ones from the top.
        function scrollToCurrent() {
            const rows = panel.controller.currentEventRows.filter(r => r >= 0 && r < count)
            if (rows.length === 0)
                return
            scrollAnim.stop()
            returnTimer.stop()
            const from = contentY
            const first = rows[0]
            const last = rows[rows.length - 1]
            positionViewAtIndex(Math.round((first + last) / 2), ListView.Center)
            positionViewAtIndex(last, ListView.Contain)
            positionViewAtIndex(first, ListView.Contain)
            if (panel.controller.reducedMotion)
                return
            const to = contentY
            contentY = from
            scrollAnim.from = from
            scrollAnim.to = to
            scrollAnim.start()
        }
        NumberAnimation { id: scrollAnim; target: flick; property: "contentY"; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
        // A visitor who scrolled the timeline away gets the current events back after a while.
        onMovementStarted: returnTimer.stop()
        onMovementEnded: returnTimer.restart()
        Timer {
            id: returnTimer
            objectName: "timelineReturn"
            interval: Theme.timelineReturnMs
            onTriggered: flick.scrollToCurrent()
        }

        delegate: Item {
            id: slot
            required property string eventId
            required property string title
            required property string dateText
            required property int slideIndex
            required property int index
            required property var eraSegments
            width: flick.width
            height: row.height

            Rectangle {
                id: row
                readonly property string eventId: slot.eventId
                readonly property string title: slot.title
                readonly property string dateText: slot.dateText
                readonly property int slideIndex: slot.slideIndex
                readonly property bool current: panel.currentEvents.indexOf(row.eventId) >= 0
                objectName: "event-" + eventId
                x: flick.rowsX
                width: flick.width - flick.rowsX - Theme.space10 * panel.unit
                height: Math.max(Theme.minTouch, label.implicitHeight + Theme.space11 * panel.unit)
                radius: Theme.radiusSmall * panel.unit
                color: current ? Theme.currentRow : "transparent"
                border.color: current ? Theme.highlight : "transparent"
                border.width: Math.max(1, Theme.border * panel.unit)
                // A list item, selected while it is one of the current slide's events; one with
                // a slide of its own jumps there on Press, one without offers nothing to press.
                Accessible.role: Accessible.ListItem
                Accessible.name: row.slideIndex >= 0 ? panel.controller.t.eventButton.arg(row.dateText).arg(row.title)
                                                     : row.dateText + ": " + row.title
                Accessible.selectable: true
                Accessible.selected: row.current
                // Press is offered only by a row with a slide: a screen reader lists the actions
                // whose handlers are connected, so the row without one has none to connect.
                // From the keyboard or a screen reader the focus goes with it to the slide, whose
                // focused node then says the slide in full (Orca 43 ignores announcements).
                function jump() { panel.controller.jumpToEvent(row.eventId); panel.jumped() }
                Component.onCompleted: if (row.slideIndex >= 0) row.Accessible.pressAction.connect(row.jump)
                activeFocusOnTab: row.slideIndex >= 0
                Keys.onReturnPressed: row.jump()
                Keys.onSpacePressed: row.jump()
                onActiveFocusChanged: if (row.activeFocus) flick.positionViewAtIndex(slot.index, ListView.Contain)
                FocusRing { unit: panel.unit }

                // This row's part of each era band beside it (two lanes are made with the row; a
                // Repeater adds any further ones, which cost every row 0.2 ms when it was all).
                EraSegment { beside: row; segment: slot.eraSegments.length > 0 ? slot.eraSegments[0] : null }
                EraSegment { beside: row; segment: slot.eraSegments.length > 1 ? slot.eraSegments[1] : null }
                Loader {
                    active: slot.eraSegments.length > 2
                    sourceComponent: Repeater {
                        model: slot.eraSegments.slice(2)
                        delegate: EraSegment {
                            required property var modelData
                            beside: row
                            segment: modelData
                        }
                    }
                }

                Rectangle {
                    x: -Theme.space05 * panel.unit - width / 2
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.dotSize * panel.unit; height: width; radius: width / 2
                    color: row.current ? Theme.highlight : (row.slideIndex >= 0 ? Theme.textOnInkSoft : Theme.rule)
                }
                Column {
                    id: label
                    x: Theme.space06 * panel.unit
                    width: parent.width - Theme.space10 * panel.unit
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.space01 * panel.unit
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: row.dateText
                        wrapMode: Text.Wrap
                        color: row.current ? Theme.highlight : Theme.accentOnInk
                        font.family: Theme.sans
                        font.bold: true
                        font.pixelSize: Theme.uiPx(Theme.fontSmall, panel.unit)
                    }
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: row.title
                        wrapMode: Text.Wrap
                        color: row.slideIndex >= 0 || row.current ? Theme.textOnInk : Theme.textOnInkSoft
                        font.family: Theme.serif
                        font.pixelSize: Theme.uiPx(Theme.fontLabelText, panel.unit)
                    }
                }
                TapHandler {
                    enabled: row.slideIndex >= 0
                    onTapped: panel.controller.jumpToEvent(row.eventId)
                }
            }
        }
    }

    // The scroll bar: where the list stands, and that there is more of it above or below.
    Rectangle {
        objectName: "timelineScrollBar"
        visible: flick.contentHeight > flick.height
        x: flick.x + flick.width - width - Theme.space02 * panel.unit
        y: flick.y + flick.visibleArea.yPosition * flick.height
        width: Math.max(Theme.strokeMin * 2, Theme.scrollBarWidth * panel.unit)
        height: Math.max(Theme.minTouch / 2, flick.visibleArea.heightRatio * flick.height)
        radius: width / 2
        color: Theme.rule
    }

    Connections {
        target: panel.controller
        function onCurrentIndexChanged() { flick.scrollToCurrent() }
    }
    Component.onCompleted: Qt.callLater(flick.scrollToCurrent)
    onHeightChanged: Qt.callLater(flick.scrollToCurrent)
}

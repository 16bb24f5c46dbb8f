pragma ComponentBehavior: Bound
import QtQuick

// The band under the slide: caption and credit on the left; section and position on the right.
Rectangle {
    id: band
    required property Controller controller
    required property real unit
    readonly property var current: band.controller.currentSlide  // a SlideModel row, as a map
    signal menuRequested()
    // As tall as the design says, or as its caption and credit need: a caption that cannot be
    // fitted (at the smallest size already, or above 100 % text size) takes its own height.
    height: Math.max(Theme.px(Theme.captionBandHeight, band.unit),
                     captionColumn.implicitHeight + 2 * Theme.space08 * band.unit,
                     placeColumn.implicitHeight + 2 * Theme.space08 * band.unit)
    color: Theme.ink

    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.inkSoft }

    Column {
        id: captionColumn
        anchors { left: parent.left; right: menuButton.left; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: Theme.bandPadding * band.unit
        anchors.rightMargin: Theme.space14 * band.unit
        spacing: Theme.space04 * band.unit
        Text {
            id: captionText
            textFormat: Text.PlainText
            objectName: "captionText"
            width: parent.width
            readonly property bool fits: !Theme.textGrows && font.pixelSize > minimumPixelSize
            height: !fits ? implicitHeight
                          : Math.min(implicitHeight, (band.current.credit ? Theme.captionMaxHeightWithCredit
                                                                          : Theme.captionMaxHeight) * band.unit)
            text: band.current.caption || ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            wrapMode: Text.Wrap
            color: Theme.textOnInk
            font.family: Theme.serif
            font.pixelSize: Theme.px(Theme.fontCaption, band.unit)
            fontSizeMode: fits ? Text.Fit : Text.FixedSize
            minimumPixelSize: Math.max(Theme.fontFloor, Theme.unitPx(Theme.fontCaptionMin, band.unit))
        }
        Text {
            textFormat: Text.PlainText
            objectName: "creditText"
            width: parent.width
            visible: text !== ""
            text: band.current.credit ? band.controller.t.credit.arg(band.current.credit) : ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !visible
            wrapMode: Text.Wrap
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontDetail, band.unit)
        }
    }

    Rectangle {
        id: menuButton
        objectName: "sectionMenuButton"
        anchors { right: placeColumn.left; verticalCenter: parent.verticalCenter }
        anchors.rightMargin: Theme.space12 * band.unit
        width: Math.max(Theme.minTouch, menuRow.implicitWidth + Theme.bandButtonPadding * band.unit)
        height: Math.max(Theme.minTouch, Theme.bandButtonHeight * band.unit)
        radius: height / 2
        color: Theme.inkSoft
        border.color: Theme.rule
        Accessible.role: Accessible.Button
        Accessible.name: band.controller.t.sections
        activeFocusOnTab: true
        Accessible.onPressAction: band.menuRequested()
        Keys.onReturnPressed: band.menuRequested()
        Keys.onSpacePressed: band.menuRequested()
        FocusRing { unit: band.unit }
        Row {
            id: menuRow
            anchors.centerIn: parent
            spacing: Theme.space06 * band.unit
            Column {  // a drawn "menu" icon: the fonts have no ☰
                anchors.verticalCenter: parent.verticalCenter
                spacing: Math.max(Theme.strokeMin, Theme.space02 * band.unit)
                Repeater {
                    model: 3
                    Rectangle {
                        width: Math.max(Theme.menuIconMinWidth, Theme.menuIconWidth * band.unit)
                        height: Math.max(Theme.strokeMin, Theme.menuIconThickness * band.unit)
                        color: Theme.textOnInk
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                text: band.controller.t.sections
                color: Theme.textOnInk
                font.family: Theme.sans
                font.pixelSize: Theme.uiPx(Theme.fontMenuButton, band.unit)
            }
        }
        TapHandler { onTapped: band.menuRequested() }
    }

    Column {
        id: placeColumn
        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.rightMargin: Theme.bandPadding * band.unit
        width: Math.round(Theme.bandPlaceWidth * band.unit)
        spacing: Theme.space03 * band.unit
        Text {
            textFormat: Text.PlainText
            objectName: "sectionName"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            text: band.current.sectionTitle || ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text  // the whole name, however it is elided on screen
            // A long name wraps to two lines and is elided there, inside its column: it never
            // runs under the Sections button.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.accentOnInk
            font.family: Theme.sans
            font.bold: true
            font.pixelSize: Theme.uiPx(Theme.fontLabelText, band.unit)
            font.capitalization: Font.AllUppercase
            font.letterSpacing: Theme.trackingLabel * band.unit
        }
        Text {
            textFormat: Text.PlainText
            objectName: "slidePosition"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            text: band.controller.t.slideOf.arg(band.controller.currentIndex + 1).arg(band.controller.count)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontDetail, band.unit)
        }
    }
}

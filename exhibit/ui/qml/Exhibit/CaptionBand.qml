pragma ComponentBehavior: Bound
import QtQuick

// The band under the slide: caption and credit on the left; section and position on the right.
Rectangle {
    id: band
    required property Controller controller
    required property real unit
    readonly property var current: band.controller.currentSlide  // a SlideModel row, as a map
    signal menuRequested()
    height: Math.round(150 * unit * Theme.textScale)
    color: Theme.ink

    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.inkSoft }

    Column {
        id: captionColumn
        anchors { left: parent.left; right: menuButton.left; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: 40 * band.unit
        anchors.rightMargin: 30 * band.unit
        spacing: 8 * band.unit
        Text {
            objectName: "captionText"
            width: parent.width
            height: Math.min(implicitHeight, (band.current.credit ? 84 : 110) * band.unit * Theme.textScale)
            text: band.current.caption || ""
            wrapMode: Text.Wrap
            color: Theme.textOnInk
            font.family: Theme.serif
            font.pixelSize: Math.round(27 * band.unit * Theme.textScale)
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.max(11, Math.round(19 * band.unit))
        }
        Text {
            objectName: "creditText"
            width: parent.width
            visible: text !== ""
            text: band.current.credit ? band.controller.t.credit.arg(band.current.credit) : ""
            wrapMode: Text.Wrap
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Math.max(11, Math.round(18 * band.unit * Theme.textScale))
        }
    }

    Rectangle {
        id: menuButton
        objectName: "sectionMenuButton"
        anchors { right: placeColumn.left; verticalCenter: parent.verticalCenter }
        anchors.rightMargin: 24 * band.unit
        width: Math.max(Theme.minTouch, menuRow.implicitWidth + 44 * band.unit)
        height: Math.max(Theme.minTouch, 60 * band.unit)
        radius: height / 2
        color: Theme.inkSoft
        border.color: Theme.rule
        Accessible.role: Accessible.Button
        Accessible.name: band.controller.t.sections
        activeFocusOnTab: true
        Keys.onReturnPressed: band.menuRequested()
        Keys.onSpacePressed: band.menuRequested()
        FocusRing { unit: band.unit }
        Row {
            id: menuRow
            anchors.centerIn: parent
            spacing: 12 * band.unit
            Column {  // a drawn "menu" icon: the fonts have no ☰
                anchors.verticalCenter: parent.verticalCenter
                spacing: Math.max(2, 4 * band.unit)
                Repeater {
                    model: 3
                    Rectangle {
                        width: Math.max(12, 20 * band.unit)
                        height: Math.max(2, 3 * band.unit)
                        color: Theme.textOnInk
                    }
                }
            }
            Text {
                text: band.controller.t.sections
                color: Theme.textOnInk
                font.family: Theme.sans
                font.pixelSize: Math.max(13, Math.round(21 * band.unit * Theme.textScale))
            }
        }
        TapHandler { onTapped: band.menuRequested() }
    }

    Column {
        id: placeColumn
        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.rightMargin: 40 * band.unit
        width: Math.round(250 * band.unit)
        spacing: 6 * band.unit
        Text {
            objectName: "sectionName"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            text: band.current.sectionTitle || ""
            height: Math.round(30 * band.unit * Theme.textScale)
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            color: Theme.accentOnInk
            font.family: Theme.sans
            font.bold: true
            font.pixelSize: Math.max(11, Math.round(20 * band.unit * Theme.textScale))
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 2 * band.unit
        }
        Text {
            objectName: "slidePosition"
            width: parent.width
            horizontalAlignment: Text.AlignRight
            text: band.controller.t.slideOf.arg(band.controller.currentIndex + 1).arg(band.controller.count)
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Math.max(11, Math.round(18 * band.unit * Theme.textScale))
        }
    }
}

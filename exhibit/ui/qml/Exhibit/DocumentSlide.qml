pragma ComponentBehavior: Bound
import QtQuick

// A passage of a declassified memorandum shown as a typed page on a dark desk: classification
// marking top and bottom, the memo's header block, the excerpt, and the citation under it.
SlideBase {
    id: slideRoot
    color: Theme.inkSoft

    Rectangle {
        id: shadow
        x: pageRect.x + 10 * slideRoot.unit
        y: pageRect.y + 12 * slideRoot.unit
        width: pageRect.width
        height: pageRect.height
        color: Theme.shadow
        opacity: 0.55
    }

    Rectangle {
        id: pageRect
        objectName: "documentPage"
        anchors.horizontalCenter: parent.horizontalCenter
        y: 34 * slideRoot.unit
        width: Math.min(parent.width - 120 * slideRoot.unit, 1180 * slideRoot.unit)
        height: parent.height - y - citation.height - 56 * slideRoot.unit
        color: Theme.page
        border.color: Theme.pageEdge

        Text {
            id: topMark
            anchors.horizontalCenter: parent.horizontalCenter
            y: 18 * slideRoot.unit
            text: slideRoot.slide.classification
            color: Theme.stamp
            font.family: Theme.mono
            font.bold: true
            font.pixelSize: Math.round(22 * slideRoot.unit * Theme.textScale)
            font.letterSpacing: 3 * slideRoot.unit
        }

        Column {
            id: header
            anchors { left: parent.left; right: parent.right; top: topMark.bottom }
            anchors.leftMargin: 80 * slideRoot.unit
            anchors.rightMargin: 80 * slideRoot.unit
            anchors.topMargin: 22 * slideRoot.unit
            spacing: 6 * slideRoot.unit
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: slideRoot.slide.title.toUpperCase()
                color: Theme.text
                font.family: Theme.mono
                font.bold: true
                font.pixelSize: Math.round(25 * slideRoot.unit * Theme.textScale)
            }
            Item { width: 1; height: 10 * slideRoot.unit }
            Repeater {
                model: [
                    [slideRoot.controller.t.memoFrom, slideRoot.slide.sender],
                    [slideRoot.controller.t.memoTo, slideRoot.slide.recipient],
                    [slideRoot.controller.t.memoDate, slideRoot.slide.dateText]
                ].filter(row => row[1] !== "")
                delegate: Row {
                    id: memoRow
                    required property var modelData  // [label, value]
                    width: header.width
                    Text {
                        width: 130 * slideRoot.unit
                        text: memoRow.modelData[0]
                        color: Theme.textSoft
                        font.family: Theme.mono
                        font.pixelSize: Math.round(21 * slideRoot.unit * Theme.textScale)
                    }
                    Text {
                        width: parent.width - 130 * slideRoot.unit
                        wrapMode: Text.Wrap
                        text: memoRow.modelData[1]
                        color: Theme.text
                        font.family: Theme.mono
                        font.pixelSize: Math.round(21 * slideRoot.unit * Theme.textScale)
                    }
                }
            }
            Item { width: 1; height: 8 * slideRoot.unit }
            Rectangle { width: parent.width; height: Math.max(1, 2 * slideRoot.unit); color: Theme.text; opacity: 0.6 }
        }

        RichLabel {
            id: excerpt
            anchors {
                left: parent.left; right: parent.right; top: header.bottom; bottom: bottomMark.top
                leftMargin: 80 * slideRoot.unit; rightMargin: 80 * slideRoot.unit
                topMargin: 24 * slideRoot.unit; bottomMargin: 16 * slideRoot.unit
            }
            unit: slideRoot.unit
            text: slideRoot.slide.excerpt
            color: Theme.text
            font.family: Theme.mono
            font.pixelSize: Math.round(27 * slideRoot.unit * Theme.textScale)
            minimumPixelSize: Math.round(15 * slideRoot.unit)
        }

        Text {
            id: bottomMark
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 16 * slideRoot.unit
            text: slideRoot.slide.classification
            color: Theme.stamp
            font.family: Theme.mono
            font.bold: true
            font.pixelSize: Math.round(22 * slideRoot.unit * Theme.textScale)
            font.letterSpacing: 3 * slideRoot.unit
        }

        Rectangle {
            id: stamp
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.rightMargin: 40 * slideRoot.unit
            anchors.topMargin: 40 * slideRoot.unit
            width: stampText.implicitWidth + 28 * slideRoot.unit
            height: stampText.implicitHeight + 14 * slideRoot.unit
            visible: slideRoot.slide.classification.toUpperCase() !== slideRoot.controller.t.declassified
            rotation: -8
            color: "transparent"
            border.color: Theme.stamp
            border.width: Math.max(2, 3 * slideRoot.unit)
            opacity: 0.75
            Text {
                id: stampText
                anchors.centerIn: parent
                text: slideRoot.controller.t.declassified
                color: Theme.stamp
                font.family: Theme.sans
                font.bold: true
                font.pixelSize: Math.round(22 * slideRoot.unit * Theme.textScale)
                font.letterSpacing: 2 * slideRoot.unit
            }
        }
    }

    Text {
        id: citation
        anchors { left: pageRect.left; right: pageRect.right; bottom: parent.bottom }
        anchors.bottomMargin: 20 * slideRoot.unit
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: [[slideRoot.slide.citation, slideRoot.slide.sourceText].filter(s => s)[0] || "",
               slideRoot.slide.languageNote].filter(s => s).join(" ")
        color: Theme.textOnInkSoft
        font.family: Theme.sans
        font.italic: true
        font.pixelSize: Math.round(20 * slideRoot.unit * Theme.textScale)
    }
}

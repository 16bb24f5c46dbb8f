pragma ComponentBehavior: Bound
import QtQuick

// A passage of a declassified memorandum shown as a typed page on a dark desk: classification
// marking top and bottom, the memo's header block, the excerpt, and the citation under it.
SlideBase {
    id: slideRoot
    color: Theme.inkSoft
    readonly property var scans: slideRoot.slide.scanUrls || []
    readonly property bool hasScan: slideRoot.scans.length > 0
    property int scanPage: 0
    ready: !slideRoot.hasScan || scanPicture.ready
    contentHeight: slideRoot.textGrows ? pageRect.y + header.y + header.height + excerpt.implicitHeight + bottomMark.height
                                         + citation.height + (Theme.pageExcerptTop + 2 * Theme.pageMarkBottom
                                                              + Theme.pageMarginBottom + Theme.citationBottom) * slideRoot.unit : 0

    Rectangle {
        id: shadow
        x: pageRect.x + Theme.pageShadowX * slideRoot.unit
        y: pageRect.y + Theme.pageShadowY * slideRoot.unit
        width: pageRect.width
        height: pageRect.height
        color: Theme.shadow
        opacity: 0.55
    }

    Rectangle {
        id: pageRect
        objectName: "documentPage"
        // With scanned pages, the typed page takes the left half and the scans the right.
        x: slideRoot.hasScan ? Theme.scanGap * slideRoot.unit : (parent.width - width) / 2
        y: Theme.pageTop * slideRoot.unit
        width: slideRoot.hasScan
               ? (parent.width - 3 * Theme.scanGap * slideRoot.unit) / 2
               : Math.min(parent.width - Theme.pageMarginX * slideRoot.unit, Theme.pageMaxWidth * slideRoot.unit)
        height: parent.height - y - citation.height - Theme.pageMarginBottom * slideRoot.unit
        color: Theme.page
        border.color: Theme.pageEdge

        Text {
            textFormat: Text.PlainText
            id: topMark
            objectName: "documentMark"
            anchors.horizontalCenter: parent.horizontalCenter
            // One line across the page, smaller on a narrow page (the scans beside it).
            width: parent.width - 2 * Theme.pagePadding * slideRoot.unit
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.unitPx(Theme.fontCreditsMin, slideRoot.unit)
            y: Theme.pageMarkTop * slideRoot.unit
            text: slideRoot.slide.classification
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !slideRoot.onStage
            color: Theme.stamp
            font.family: Theme.mono
            font.bold: true
            font.pixelSize: Theme.px(Theme.fontMeta, slideRoot.unit)
            font.letterSpacing: Theme.trackingMark * slideRoot.unit
        }

        Column {
            id: header
            anchors { left: parent.left; right: parent.right; top: topMark.bottom }
            anchors.leftMargin: Theme.pagePadding * slideRoot.unit
            anchors.rightMargin: Theme.pagePadding * slideRoot.unit
            anchors.topMargin: Theme.pageHeaderTop * slideRoot.unit
            spacing: Theme.space03 * slideRoot.unit
            Text {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                objectName: "documentTitle"
                text: slideRoot.slide.title.toUpperCase()
                Accessible.role: Accessible.Heading
                Accessible.name: slideRoot.slide.title
                Accessible.ignored: !slideRoot.onStage
                color: Theme.text
                font.family: Theme.mono
                font.bold: true
                font.pixelSize: Theme.px(Theme.fontMemoTitle, slideRoot.unit)
            }
            Item { width: 1; height: Theme.space05 * slideRoot.unit }
            // The memo's rows leave room on the right for the DECLASSIFIED stamp beside them
            // when their values still fit one line; on a narrow page it goes under them.
            FontMetrics {
                id: memoFont
                font.family: Theme.mono
                font.pixelSize: Theme.px(Theme.fontMemo, slideRoot.unit)
            }
            readonly property real stampRoom: stamp.visible ? stamp.width + Theme.space06 * slideRoot.unit : 0
            readonly property bool stampBeside: {
                let widest = 0
                for (const row of slideRoot.slide.memoRows || [])
                    widest = Math.max(widest, memoFont.advanceWidth(row.value))
                return header.width - Theme.memoLabelWidth * slideRoot.unit - header.stampRoom >= widest
            }
            Column {
                id: memoRows
                width: parent.width
                spacing: header.spacing
                Repeater {
                    model: slideRoot.slide.memoRows  // [{label, value}], empty rows left out
                    delegate: Row {
                        id: memoRow
                        required property var modelData  // {label, value}
                        width: header.width - (header.stampBeside ? header.stampRoom : 0)
                        Accessible.role: Accessible.StaticText
                        Accessible.name: memoRow.modelData.label + " " + memoRow.modelData.value
                        Accessible.ignored: !slideRoot.onStage
                        Text {
                            textFormat: Text.PlainText
                            width: Theme.memoLabelWidth * slideRoot.unit
                            text: memoRow.modelData.label
                            color: Theme.textSoft
                            font.family: Theme.mono
                            font.pixelSize: Theme.px(Theme.fontMemo, slideRoot.unit)
                        }
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width - Theme.memoLabelWidth * slideRoot.unit
                            wrapMode: Text.Wrap
                            text: memoRow.modelData.value
                            color: Theme.text
                            font.family: Theme.mono
                            font.pixelSize: Theme.px(Theme.fontMemo, slideRoot.unit)
                        }
                    }
                }
            }
            // Below the rows, or below the stamp when it is the taller or under them.
            Item {
                width: 1
                height: !stamp.visible ? Theme.space04 * slideRoot.unit
                        : header.stampBeside ? Math.max(Theme.space04 * slideRoot.unit, stamp.height + Theme.space04 * slideRoot.unit - memoRows.height)
                        : stamp.height + 2 * Theme.space04 * slideRoot.unit
            }
            Rectangle {
                width: parent.width
                height: Math.max(1, Theme.pageRuleThickness * slideRoot.unit)
                color: Theme.text
                opacity: 0.6
            }
        }

        RichLabel {
            id: excerpt
            anchors {
                left: parent.left; right: parent.right; top: header.bottom; bottom: bottomMark.top
                leftMargin: Theme.pagePadding * slideRoot.unit; rightMargin: Theme.pagePadding * slideRoot.unit
                topMargin: Theme.pageExcerptTop * slideRoot.unit; bottomMargin: Theme.pageMarkBottom * slideRoot.unit
            }
            unit: slideRoot.unit
            text: slideRoot.slide.excerpt
            Accessible.role: Accessible.Paragraph
            Accessible.name: slideRoot.slide.readText?.excerpt ?? ""
            Accessible.ignored: !slideRoot.onStage
            color: Theme.text
            font.family: Theme.mono
            font.pixelSize: Theme.px(Theme.fontExcerpt, slideRoot.unit)
            minimumPixelSize: Theme.unitPx(Theme.fontExcerptMin, slideRoot.unit)
        }

        Text {
            textFormat: Text.PlainText
            id: bottomMark
            objectName: "documentMark"
            anchors.horizontalCenter: parent.horizontalCenter
            // One line across the page, smaller on a narrow page (the scans beside it).
            width: parent.width - 2 * Theme.pagePadding * slideRoot.unit
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.unitPx(Theme.fontCreditsMin, slideRoot.unit)
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.pageMarkBottom * slideRoot.unit
            text: slideRoot.slide.classification
            color: Theme.stamp
            font.family: Theme.mono
            font.bold: true
            font.pixelSize: Theme.px(Theme.fontMeta, slideRoot.unit)
            font.letterSpacing: Theme.trackingMark * slideRoot.unit
        }

        Rectangle {
            id: stamp
            objectName: "documentStamp"
            // Beside the memo's rows, under its title: over no words.
            anchors.right: parent.right
            anchors.rightMargin: Theme.pagePadding * slideRoot.unit
            y: header.y + memoRows.y + (header.stampBeside ? 0 : memoRows.height + Theme.space04 * slideRoot.unit)
            width: stampText.implicitWidth + Theme.stampPaddingX * slideRoot.unit
            height: stampText.implicitHeight + Theme.stampPaddingY * slideRoot.unit
            visible: slideRoot.slide.classification.toUpperCase() !== slideRoot.controller.t.declassified
            rotation: -8
            color: "transparent"
            border.color: Theme.stamp
            border.width: Math.max(Theme.strokeMin, Theme.stampBorder * slideRoot.unit)
            opacity: 0.75
            Text {
                textFormat: Text.PlainText
                id: stampText
                anchors.centerIn: parent
                text: slideRoot.controller.t.declassified
                color: Theme.stamp
                font.family: Theme.sans
                font.bold: true
                font.pixelSize: Theme.px(Theme.fontMeta, slideRoot.unit)
                font.letterSpacing: Theme.trackingLabel * slideRoot.unit
            }
        }
    }

    Text {
        textFormat: Text.PlainText
        id: citation
        anchors { left: pageRect.left; right: pageRect.right; bottom: parent.bottom }
        anchors.bottomMargin: Theme.citationBottom * slideRoot.unit
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: slideRoot.slide.sourceLine
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        Accessible.ignored: !slideRoot.onStage
        // Upright, in the desk's brightest text colour and never under the controls' smallest
        // size: small grey italics on the dark desk were hard to read.
        color: Theme.textOnInk
        font.family: Theme.sans
        font.pixelSize: Theme.uiPx(Theme.fontCitation, slideRoot.unit)
    }

    // The real pages (pictures, or a PDF's pages drawn by Qt PDF at the size shown): a zoomable
    // picture of one, and page turning under it.
    Item {
        id: scanView
        objectName: "scanView"
        visible: slideRoot.hasScan
        anchors { left: pageRect.right; right: parent.right; top: pageRect.top; bottom: pageRect.bottom }
        anchors.leftMargin: Theme.scanGap * slideRoot.unit
        anchors.rightMargin: Theme.scanGap * slideRoot.unit
        FittedImage {
            id: scanPicture
            anchors { left: parent.left; right: parent.right; top: parent.top; bottom: turn.top }
            anchors.bottomMargin: Theme.space06 * slideRoot.unit
            source: slideRoot.hasScan ? slideRoot.scans[Math.min(slideRoot.scanPage, slideRoot.scans.length - 1)] : ""
            // Said by a screen reader, and shown on the placeholder of a page that cannot be drawn.
            alt: [slideRoot.controller.t.scanPage.arg(slideRoot.scanPage + 1).arg(slideRoot.scans.length),
                  slideRoot.slide.title || "", slideRoot.slide.sourceLine || ""].filter(part => part !== "").join(" · ")
            controller: slideRoot.controller
            unit: slideRoot.unit
            onStage: slideRoot.onStage
            zoomable: true
            visible: slideRoot.hasScan
        }
        Row {
            id: turn
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
            spacing: Theme.space12 * slideRoot.unit
            Repeater {
                model: [-1, 1]
                Rectangle {
                    id: turnButton
                    required property int modelData
                    objectName: modelData < 0 ? "scanPrevious" : "scanNext"
                    readonly property bool can: modelData < 0 ? slideRoot.scanPage > 0 : slideRoot.scanPage < slideRoot.scans.length - 1
                    width: Math.max(Theme.minTouch, Theme.mediaButtonSize * slideRoot.unit)
                    height: width
                    radius: width / 2
                    color: Theme.ink
                    border.color: Theme.rule
                    opacity: can ? 1 : 0.4
                    activeFocusOnTab: slideRoot.onStage && slideRoot.hasScan
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData < 0 ? slideRoot.controller.t.previousPage : slideRoot.controller.t.nextPage
                    Accessible.ignored: !slideRoot.onStage || !slideRoot.hasScan
                    Accessible.onPressAction: turnButton.go()
                    Keys.onReturnPressed: turnButton.go()
                    FocusRing { unit: slideRoot.unit }
                    function go() { if (can) slideRoot.scanPage += modelData }
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: turnButton.modelData < 0 ? "‹" : "›"
                        Accessible.ignored: true
                        color: Theme.textOnInk
                        font.family: Theme.sans
                        font.pixelSize: Theme.uiPx(Theme.fontSubtitle, slideRoot.unit)
                    }
                    MouseArea { anchors.fill: parent; onClicked: turnButton.go() }
                }
            }
        }
        Text {
            objectName: "scanPageText"
            textFormat: Text.PlainText
            anchors { left: parent.left; verticalCenter: turn.verticalCenter }
            text: slideRoot.controller.t.scanPage.arg(slideRoot.scanPage + 1).arg(slideRoot.scans.length)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.ignored: !slideRoot.onStage || !slideRoot.hasScan
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontDetail, slideRoot.unit)
        }
    }
}

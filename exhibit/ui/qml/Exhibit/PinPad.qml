pragma ComponentBehavior: Bound
import QtQuick

// A numeric PIN pad for the admin; digits are shown as dots.
Item {
    id: pad
    required property Kiosk kiosk
    required property Controller controller
    required property real unit
    property string entered: ""
    readonly property real key: Math.max(Theme.minTouch, Theme.pinKey * pad.unit)
    // The focus goes to the entry field, a password field to screen readers: they speak
    // "n digits entered", never the digits, and do not echo the keys typed.
    onVisibleChanged: { pad.entered = ""; if (pad.visible) dots.forceActiveFocus() }
    Accessible.role: Accessible.Dialog
    Accessible.name: pad.controller.t.kioskAdmin
    Accessible.ignored: !pad.visible

    readonly property list<string> labels: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Cancel", "0", "OK"]
    // Arrows move on the 3-column grid, Tab and Shift+Tab walk the keys and the entry field in
    // a loop that never leaves the pad.
    function focusKey(at: int) {
        const count = pad.labels.length
        if (at < 0 || at >= count) { dots.forceActiveFocus(); return }
        for (let i = 0; i < grid.children.length; ++i)
            if (grid.children[i].objectName === "pinKey-" + pad.labels[at])
                grid.children[i].forceActiveFocus()
    }
    function moveFrom(at: int, key: int): bool {
        const count = pad.labels.length
        switch (key) {
        case Qt.Key_Right: pad.focusKey((at + 1) % count); return true
        case Qt.Key_Left: pad.focusKey((at + count - 1) % count); return true
        case Qt.Key_Down: pad.focusKey(at + 3 < count ? at + 3 : at % 3); return true
        case Qt.Key_Up: pad.focusKey(at >= 3 ? at - 3 : -1); return true
        case Qt.Key_Tab: pad.focusKey(at + 1); return true
        case Qt.Key_Backtab: pad.focusKey(at - 1); return true
        }
        return false
    }

    function press(k: string) {
        if (k === "Cancel") { pad.entered = ""; pad.kiosk.close_overlays() }
        else if (k === "OK") { pad.kiosk.submitPin(pad.entered); pad.entered = "" }
        else if (k === "Back") pad.entered = pad.entered.slice(0, -1)
        else if (pad.entered.length < 12) pad.entered += k
    }

    // Keyboard-only kiosks: digits, Backspace, Enter and Escape work too.
    Keys.onPressed: (event) => {
        if (dots.activeFocus && [Qt.Key_Tab, Qt.Key_Down, Qt.Key_Right].indexOf(event.key) >= 0) pad.focusKey(0)
        else if (dots.activeFocus && event.key === Qt.Key_Backtab) pad.focusKey(pad.labels.length - 1)
        else if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) pad.press(String(event.key - Qt.Key_0))
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) pad.press("OK")
        else if (event.key === Qt.Key_Backspace) pad.press("Back")
        else if (event.key === Qt.Key_Escape) pad.press("Cancel")
        event.accepted = true
    }

    Rectangle { anchors.fill: parent; color: Theme.black; opacity: 0.75; MouseArea { anchors.fill: parent } }

    Rectangle {
        anchors.centerIn: parent
        width: grid.width + Theme.pinPaddingX * pad.unit
        height: column.implicitHeight + 2 * Theme.cardPadding * pad.unit
        radius: Theme.radiusCard * pad.unit
        color: Theme.paper

        Column {
            id: column
            anchors.centerIn: parent
            spacing: Theme.space09 * pad.unit
            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                anchors.horizontalCenter: parent.horizontalCenter
                text: pad.kiosk.pinMessage
                Accessible.role: Accessible.Heading
                Accessible.name: text
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.uiHeadingPx(Theme.fontPrompt, pad.unit)
            }
            Text {
                id: dots
                textFormat: Text.PlainText
                objectName: "pinDots"
                Accessible.role: Accessible.EditableText
                Accessible.passwordEdit: true
                // Qt blanks a password field's name: the prompt rides in its description.
                Accessible.description: pad.kiosk.pinMessage + ". " + pad.controller.t.digitsEntered.arg(pad.entered.length)
                anchors.horizontalCenter: parent.horizontalCenter
                text: pad.entered.length ? "•".repeat(pad.entered.length) : " "
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.uiHeadingPx(Theme.fontPinDots, pad.unit)
            }
            Grid {
                id: grid
                columns: 3
                spacing: Theme.space06 * pad.unit
                Repeater {
                    model: pad.labels
                    delegate: Rectangle {
                        id: pinKey
                        required property string modelData
                        required property int index
                        objectName: "pinKey-" + modelData
                        width: pad.key * Theme.pinKeyAspect
                        height: pad.key
                        radius: Theme.radiusKey * pad.unit
                        color: modelData === "OK" ? Theme.accent : Theme.paperDeep
                        border.color: Theme.rule
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData === "Cancel" ? pad.controller.t.cancel : modelData === "OK" ? pad.controller.t.ok : modelData
                        Accessible.onPressAction: pad.press(pinKey.modelData)
                        Keys.onPressed: (event) => {
                            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
                                pad.press(pinKey.modelData)
                            else if (!pad.moveFrom(pinKey.index, event.key))
                                return  // digits, Backspace, Escape: the pad's own keys
                            event.accepted = true
                        }
                        FocusRing { unit: pad.unit; color: Theme.focusOnPaper }
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: pinKey.modelData === "Cancel" ? pad.controller.t.cancel
                                  : pinKey.modelData === "OK" ? pad.controller.t.ok : pinKey.modelData
                            color: pinKey.modelData === "OK" ? Theme.white : Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Math.max(Theme.fontFloorHeading, Theme.unitPx(pinKey.modelData.length > 1 ? Theme.fontPinWord : Theme.fontPinDigit, pad.unit))
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: pad.press(pinKey.modelData)
                        }
                    }
                }
            }
        }
    }
}

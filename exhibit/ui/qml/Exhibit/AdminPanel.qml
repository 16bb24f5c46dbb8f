pragma ComponentBehavior: Bound
import QtQuick

// The admin panel: status, and exit, reload content, restart show.
Item {
    id: panel
    required property Kiosk kiosk
    required property Controller controller
    required property real unit
    onVisibleChanged: if (panel.visible) panel.forceActiveFocus()
    Accessible.role: Accessible.Dialog
    Accessible.name: panel.controller.t.kioskAdmin
    Accessible.ignored: !panel.visible

    function act(what: string) {
        switch (what) {
        case "restart": panel.kiosk.restartShow(); break
        case "reload": panel.kiosk.reloadContent(); break
        case "exit": panel.kiosk.exitApp(); break
        default: panel.kiosk.close_overlays()
        }
    }

    // Keyboard-only kiosks: the underlined letters, and Escape to close.
    Keys.onPressed: (event) => {
        if (!panel.visible)
            return  // a closed panel acts on no key (R, L, X are letters a visitor may type)
        const keys = {[Qt.Key_R]: "restart", [Qt.Key_L]: "reload", [Qt.Key_X]: "exit",
                      [Qt.Key_Escape]: "close", [Qt.Key_C]: "close"}
        if (keys[event.key] !== undefined) panel.act(keys[event.key])
        event.accepted = true
    }

    Rectangle { anchors.fill: parent; color: Theme.black; opacity: 0.8; MouseArea { anchors.fill: parent } }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.adminMargin * panel.unit, Theme.adminMaxWidth * panel.unit)
        height: content.implicitHeight + 2 * Theme.cardPadding * panel.unit
        radius: Theme.radiusCard * panel.unit
        color: Theme.paper
        Column {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.cardPadding * panel.unit }
            spacing: Theme.space08 * panel.unit
            Text {
                textFormat: Text.PlainText
                text: panel.controller.t.kioskAdmin
                Accessible.role: Accessible.Heading
                Accessible.name: text
                color: Theme.text
                font.family: Theme.serif
                font.bold: true
                font.pixelSize: Theme.uiHeadingPx(Theme.fontMenuTitle, panel.unit)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "adminStatus"
                width: parent.width
                wrapMode: Text.Wrap
                text: panel.kiosk.status + "\n" + panel.controller.t.adminKeys
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                color: Theme.textSoft
                font.family: Theme.mono
                font.pixelSize: Theme.uiPx(Theme.fontStatus, panel.unit)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "adminConfirmExit"
                width: parent.width
                visible: panel.kiosk.exitPending
                wrapMode: Text.Wrap
                text: panel.controller.t.confirmExit
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                Accessible.ignored: !visible
                color: Theme.accent
                font.family: Theme.sans
                font.bold: true
                font.pixelSize: Theme.uiPx(Theme.fontStatus, panel.unit)
            }
            Flow {
                width: parent.width
                spacing: Theme.space07 * panel.unit
                Repeater {
                    model: [[panel.controller.t.restartShow + "  (R)", "restart"],
                            [panel.controller.t.reloadContent + "  (L)", "reload"],
                            [panel.controller.t.exit + "  (X)", "exit"],
                            [panel.controller.t.close + "  (Esc)", "close"]]
                    delegate: Rectangle {
                        id: action
                        required property var modelData  // [label, what]
                        objectName: "admin-" + modelData[1]
                        width: label.implicitWidth + Theme.adminButtonPadding * panel.unit
                        height: Math.max(Theme.minTouch, Theme.adminButtonHeight * panel.unit)
                        radius: Theme.radiusKey * panel.unit
                        color: modelData[1] === "exit" ? Theme.accent : Theme.paperDeep
                        border.color: Theme.rule
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData[0]
                        Accessible.onPressAction: panel.act(action.modelData[1])
                        Text {
                            textFormat: Text.PlainText
                            id: label
                            anchors.centerIn: parent
                            text: action.modelData[0]
                            color: action.modelData[1] === "exit" ? Theme.white : Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.uiHeadingPx(Theme.fontButton, panel.unit)
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: panel.act(action.modelData[1])
                        }
                    }
                }
            }
        }
    }
}

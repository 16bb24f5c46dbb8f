pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// A quote's recording of the speaker's own voice: a button that plays it on a tap (and stops
// it on another). Only the slide on stage loads the file, as on a media slide.
Rectangle {
    id: voice
    objectName: "voiceButton"
    required property var slide
    required property real unit
    required property Controller controller
    required property bool onStage
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState

    function toggle() {
        if (!voice.onStage || player.error !== MediaPlayer.NoError)
            return
        if (voice.playing) {
            player.stop()
            return
        }
        if (player.audioOutput === null)
            player.audioOutput = soundComponent.createObject(player) as AudioOutput
        player.play()
        voice.controller.mediaEvent("play", voice.slide.slideId || "")
    }

    width: Math.max(Theme.minTouch, label.implicitWidth + Theme.space14 * voice.unit + height)
    height: Math.max(Theme.minTouch, Theme.mediaButtonSize * voice.unit)
    radius: height / 2
    color: voice.playing ? Theme.accent : Theme.ink
    opacity: player.error !== MediaPlayer.NoError ? 0.4 : 1
    activeFocusOnTab: voice.onStage
    Accessible.role: Accessible.Button
    Accessible.name: voice.playing ? voice.controller.t.stopVoice : voice.controller.t.playVoice
    Accessible.ignored: !voice.onStage
    Accessible.onPressAction: voice.toggle()
    Keys.onReturnPressed: voice.toggle()
    FocusRing { unit: voice.unit }

    MediaPlayer {
        id: player
        objectName: "voicePlayer"
        source: voice.onStage && voice.controller.mediaLive ? voice.slide.fileUrl : ""
        onMediaStatusChanged: if (mediaStatus === MediaPlayer.EndOfMedia) voice.controller.mediaEvent("complete", voice.slide.slideId || "")
        onErrorOccurred: (error, errorString) => voice.controller.reportMediaProblem(voice.slide.fileUrl, errorString)
    }
    Component {
        id: soundComponent
        AudioOutput {
            muted: !voice.controller.soundAllowed
            volume: Math.min(voice.slide.volume || 1, voice.controller.volumeCap)
        }
    }
    Connections {
        target: voice.controller
        enabled: voice.onStage
        function onMediaCommand(action: string, amount: real) {
            if (action === "toggle")
                voice.toggle()
            else if (action === "stop")
                player.stop()
        }
    }
    onOnStageChanged: if (!onStage) player.stop()

    Row {
        anchors.centerIn: parent
        spacing: Theme.space06 * voice.unit
        Repeater {  // a drawn loudspeaker's waves: three bars
            model: [0.35, 0.7, 0.5]
            Rectangle {
                required property real modelData
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.space02 * voice.unit
                height: voice.height * 0.6 * modelData
                radius: width / 2
                color: Theme.textOnInk
            }
        }
        Text {
            id: label
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            text: voice.playing ? voice.controller.t.stopVoice : voice.controller.t.playVoice
            Accessible.ignored: true
            color: Theme.textOnInk
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontMenuButton, voice.unit)
        }
    }
    MouseArea { anchors.fill: parent; onClicked: voice.toggle() }
}

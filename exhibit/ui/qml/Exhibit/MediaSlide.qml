pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// A video, or a sound with its picture or title card: a visible play/pause button and
// scrubber, and the captions drawn over the picture from the slide's WebVTT cues. Only the slide
// on stage has a file to play: prefetched neighbours and the presenter's previews show the
// poster and never make a sound. A file that will not play leaves the poster (or a
// placeholder with the alt text) and a notice.
SlideBase {
    id: slideRoot
    color: Theme.ink
    ready: poster.ready

    readonly property bool isVideo: slideRoot.slide.kind === "video"
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property bool failed: player.error !== MediaPlayer.NoError
    readonly property bool started: player.position > 0 || slideRoot.playing
    readonly property real startMs: (slideRoot.slide.startSeconds || 0) * 1000
    readonly property real endMs: (slideRoot.slide.endSeconds || 0) * 1000
    readonly property real spanMs: Math.max(1, (slideRoot.endMs > 0 ? slideRoot.endMs : player.duration) - slideRoot.startMs)
    readonly property string cueText: slideRoot.cueAt(player.position)
    readonly property bool hasCaptions: (slideRoot.slide.captions || []).length > 0
    function cueAt(ms: real): string {
        const now = ms / 1000
        const cues = slideRoot.slide.captions || []
        for (let i = 0; i < cues.length; ++i) {
            if (cues[i].start <= now && now < cues[i].end)
                return cues[i].text
        }
        return ""
    }
    property bool reportedPlay: false
    readonly property bool hasTranscript: (slideRoot.slide.transcript || "") !== ""

    function toggle() {
        if (slideRoot.failed || !slideRoot.onStage)
            return
        if (slideRoot.playing) {
            player.pause()
        } else {
            if (player.position < slideRoot.startMs || (slideRoot.endMs > 0 && player.position >= slideRoot.endMs))
                player.position = slideRoot.startMs
            slideRoot.ensureSound()
            player.play()
            if (!slideRoot.reportedPlay) {
                slideRoot.reportedPlay = true
                slideRoot.controller.mediaEvent("play", slideRoot.slide.slideId || "")
            }
        }
    }
    function seek(seconds: real) {
        const target = Math.max(slideRoot.startMs, Math.min(player.position + seconds * 1000, slideRoot.startMs + slideRoot.spanMs))
        player.position = target
    }
    function finished() {
        slideRoot.controller.mediaEvent("complete", slideRoot.slide.slideId || "")
        if (slideRoot.slide.loop) {
            player.position = slideRoot.startMs
            slideRoot.ensureSound()
            player.play()
        } else {
            player.pause()
        }
    }

    MediaPlayer {
        id: player
        objectName: "mediaPlayer"
        source: slideRoot.onStage && slideRoot.controller.mediaLive ? slideRoot.slide.fileUrl : ""
        videoOutput: output
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.LoadedMedia && slideRoot.onStage) {
                // The sound path opens now, while the visitor looks, not on the tap: the first
                // sound of a process waits on the sound server (1.7 s here), later ones 40 ms.
                slideRoot.ensureSound()
                // Playing on through a live reload: where the last player was, in the same
                // file, or from the start of a new one (and counted as one play either way).
                const resume = slideRoot.controller.resumeMedia(slideRoot.slide.slideId || "", slideRoot.slide.mediaStamp || "")
                if (resume >= 0) {
                    slideRoot.reportedPlay = true
                    player.position = Math.max(slideRoot.startMs, resume)
                    slideRoot.toggle()
                    return
                }
                if (slideRoot.startMs > 0)
                    player.position = slideRoot.startMs
                if (slideRoot.slide.autoplay && slideRoot.controller.autoplayAllowed)
                    slideRoot.toggle()
            } else if (mediaStatus === MediaPlayer.EndOfMedia) {
                slideRoot.finished()
            }
        }
        onPositionChanged: {
            const now = player.position
            if (slideRoot.endMs > 0 && now >= slideRoot.endMs && slideRoot.playing)
                slideRoot.finished()
            slideRoot.controller.reportMediaPosition((now - slideRoot.startMs) / 1000, slideRoot.spanMs / 1000, slideRoot.cueAt(now))
        }
        onErrorOccurred: (error, errorString) => slideRoot.controller.reportMediaProblem(slideRoot.slide.fileUrl, errorString)
    }
    // The sound goes out only from the slide on stage, once its file has loaded: an audio
    // output opens the sound server, which neighbours, previews and renders never need.
    Component {
        id: soundComponent
        AudioOutput {
            // Muted until the kiosk's visitor touches it; never louder than the kiosk allows.
            muted: !slideRoot.controller.soundAllowed
            volume: Math.min(slideRoot.slide.volume || 1, slideRoot.controller.volumeCap)
        }
    }
    function ensureSound() {
        if (player.audioOutput === null && slideRoot.slide.hasAudio)
            player.audioOutput = soundComponent.createObject(player) as AudioOutput
    }

    Connections {
        target: slideRoot.controller
        enabled: slideRoot.onStage
        function onExhibitSwapping() {
            if (slideRoot.playing)
                slideRoot.controller.holdMedia(slideRoot.slide.slideId || "", slideRoot.slide.mediaStamp || "", player.position)
        }
        function onMediaCommand(action: string, amount: real) {
            if (action === "toggle")
                slideRoot.toggle()
            else if (action === "seek")
                slideRoot.seek(amount)
            else if (action === "stop")
                player.stop()
        }
    }
    onOnStageChanged: if (!onStage) { player.stop(); slideRoot.reportedPlay = false }

    Text {
        textFormat: Text.PlainText
        id: heading
        objectName: "fitText"
        visible: text !== ""
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.pictureTitleInset * slideRoot.unit
        anchors.rightMargin: Theme.pictureTitleInset * slideRoot.unit
        anchors.topMargin: Theme.space13 * slideRoot.unit
        height: visible ? Theme.pictureTitleHeight * slideRoot.unit : 0
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: slideRoot.slide.title
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !slideRoot.onStage || !visible
        color: Theme.textOnInk
        font.family: Theme.serif
        font.pixelSize: Theme.px(Theme.fontPictureTitle, slideRoot.unit)
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.unitPx(Theme.fontPictureTitleMin, slideRoot.unit)
        wrapMode: Text.Wrap
    }

    Item {
        id: screen
        objectName: "mediaScreen"
        anchors {
            left: parent.left; right: parent.right; top: heading.bottom; bottom: bar.top
            leftMargin: Theme.pictureMargin * slideRoot.unit; rightMargin: Theme.pictureMargin * slideRoot.unit
            topMargin: Theme.space10 * slideRoot.unit; bottomMargin: Theme.space08 * slideRoot.unit
        }

        // The poster (a video's, or a sound's picture): shown until the video has a frame, and
        // instead of a video that will not play. A sound without a picture gets a title card.
        FittedImage {
            id: poster
            anchors.fill: parent
            readonly property bool given: source !== ""
            // A video without a poster of its own shows its first frame, taken in the
            // background (or by `render`), until it plays; the placeholder when it fails. A
            // sound without a picture shows the title card below instead.
            visible: slideRoot.isVideo ? (given ? !slideRoot.started || slideRoot.failed : slideRoot.failed)
                                       : given
            source: slideRoot.isVideo ? slideRoot.slide.posterUrl || slideRoot.controller.framePosters[slideRoot.slide.slideId] || ""
                                      : slideRoot.slide.imageUrl
            alt: slideRoot.slide.alt || slideRoot.slide.title || slideRoot.slide.caption || ""
            controller: slideRoot.controller
            unit: slideRoot.unit
            onStage: slideRoot.onStage
        }

        Rectangle {
            objectName: "soundCard"
            visible: !slideRoot.isVideo && !poster.given
            anchors { top: parent.top; horizontalCenter: parent.horizontalCenter }
            width: Math.min(parent.width, Theme.mediaCardWidth * slideRoot.unit)
            // Room below it for the captions.
            height: Math.min(parent.height - 2 * Theme.mediaBarHeight * slideRoot.unit * Theme.textScale,
                             Theme.placeholderMaxHeight * slideRoot.unit)
            radius: Theme.radiusCard * slideRoot.unit
            color: Theme.inkSoft
            border.color: Theme.rule
            // Sound waves, drawn: bars of the heights a voice might make.
            Row {
                id: waves
                anchors { horizontalCenter: parent.horizontalCenter; top: parent.top }
                anchors.topMargin: Theme.space14 * slideRoot.unit
                spacing: Theme.space04 * slideRoot.unit
                Repeater {
                    model: [0.3, 0.6, 0.9, 0.5, 1.0, 0.7, 0.4, 0.8, 0.5, 0.3]
                    Rectangle {
                        required property real modelData
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.space04 * slideRoot.unit
                        height: Theme.mediaBarHeight * slideRoot.unit * modelData
                        radius: width / 2
                        color: slideRoot.playing ? Theme.accentOnInk : Theme.textOnInkSoft
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors { left: parent.left; right: parent.right; top: waves.bottom; bottom: parent.bottom }
                anchors.margins: Theme.space14 * slideRoot.unit
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                text: slideRoot.slide.caption || slideRoot.slide.title || ""
                Accessible.ignored: true  // the caption band and the heading say it already
                color: Theme.textOnInk
                font.family: Theme.serif
                font.pixelSize: Theme.px(Theme.fontSubtitle, slideRoot.unit)
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.unitPx(Theme.fontSubtitleMin, slideRoot.unit)
            }
        }

        VideoOutput {
            id: output
            objectName: "videoOutput"
            anchors.fill: parent
            visible: slideRoot.isVideo && slideRoot.started && !slideRoot.failed
            fillMode: VideoOutput.PreserveAspectFit
            Accessible.role: Accessible.Animation
            Accessible.name: slideRoot.slide.alt || ""
            Accessible.ignored: !slideRoot.onStage
        }

        Rectangle {
            objectName: "mediaUnavailable"
            visible: slideRoot.failed
            anchors { top: parent.top; horizontalCenter: parent.horizontalCenter }
            anchors.topMargin: Theme.space08 * slideRoot.unit
            width: notice.implicitWidth + Theme.space12 * slideRoot.unit
            height: notice.implicitHeight + Theme.space06 * slideRoot.unit
            radius: Theme.radiusSmall * slideRoot.unit
            color: Theme.labelGround
            Text {
                id: notice
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: slideRoot.controller.t.mediaUnavailable
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Accessible.ignored: !slideRoot.onStage || !slideRoot.failed
                color: Theme.textOnInk
                font.family: Theme.sans
                font.pixelSize: Theme.uiPx(Theme.fontCredits, slideRoot.unit)
            }
        }

        // The caption of the moment, over the picture's foot, as large as the text size asks.
        Rectangle {
            objectName: "mediaCue"
            visible: cue.text !== "" && slideRoot.controller.captionsOn
            anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
            anchors.bottomMargin: Theme.space08 * slideRoot.unit
            width: Math.min(parent.width - Theme.mediaCueInset * slideRoot.unit, cue.implicitWidth + 2 * Theme.mediaCuePadding * slideRoot.unit)
            height: cue.implicitHeight + Theme.mediaCuePadding * slideRoot.unit
            radius: Theme.radiusSmall * slideRoot.unit
            color: Theme.labelGround
            Text {
                id: cue
                objectName: "mediaCueText"
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, screen.width - Theme.mediaCueInset * slideRoot.unit - 2 * Theme.mediaCuePadding * slideRoot.unit)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: slideRoot.cueText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Accessible.ignored: !slideRoot.onStage || text === "" || !slideRoot.controller.captionsOn
                color: Theme.white
                font.family: Theme.sans
                font.pixelSize: Theme.px(Theme.fontMediaCue, slideRoot.unit)
            }
        }
    }

    // Play/pause, the scrubber and the time: under the picture, large enough for a finger.
    Item {
        id: bar
        objectName: "mediaBar"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors.leftMargin: Theme.pictureMargin * slideRoot.unit
        anchors.rightMargin: Theme.pictureMargin * slideRoot.unit
        anchors.bottomMargin: Theme.pictureMarginBottom * slideRoot.unit
        height: Math.max(Theme.minTouch, Theme.mediaBarHeight * slideRoot.unit)

        Rectangle {
            id: playButton
            objectName: "playButton"
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            width: Math.max(Theme.minTouch, Theme.mediaButtonSize * slideRoot.unit)
            height: width
            radius: width / 2
            color: Theme.inkSoft
            border.color: Theme.rule
            opacity: slideRoot.failed ? 0.4 : 1
            activeFocusOnTab: slideRoot.onStage
            Accessible.role: Accessible.Button
            Accessible.name: slideRoot.playing ? slideRoot.controller.t.pause : slideRoot.controller.t.play
            Accessible.ignored: !slideRoot.onStage
            Accessible.onPressAction: slideRoot.toggle()
            Keys.onReturnPressed: slideRoot.toggle()
            FocusRing { unit: slideRoot.unit }
            // Drawn: two bars for pause, a triangle (half of a turned square) for play.
            Row {
                anchors.centerIn: parent
                visible: slideRoot.playing
                spacing: parent.width / 8
                Repeater {
                    model: 2
                    Rectangle { width: playButton.width / 8; height: playButton.height * 0.4; color: Theme.textOnInk }
                }
            }
            Item {
                visible: !slideRoot.playing
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: playButton.width / 16
                width: playButton.width * 0.22
                height: playButton.height * 0.44
                clip: true
                Rectangle {
                    width: parent.height / Math.SQRT2
                    height: width
                    x: -width / 2
                    y: (parent.height - height) / 2
                    rotation: 45
                    color: Theme.textOnInk
                }
            }
            MouseArea { anchors.fill: parent; onClicked: slideRoot.toggle() }
        }

        Item {
            id: track
            objectName: "mediaScrubber"
            anchors { left: playButton.right; right: ccButton.visible ? ccButton.left : timeText.left; verticalCenter: parent.verticalCenter }
            anchors.leftMargin: Theme.space12 * slideRoot.unit
            anchors.rightMargin: Theme.space12 * slideRoot.unit
            height: Math.max(Theme.minTouch, Theme.mediaButtonSize * slideRoot.unit)
            readonly property real share: Math.max(0, Math.min(1, (player.position - slideRoot.startMs) / slideRoot.spanMs))
            Accessible.role: Accessible.Slider
            Accessible.name: slideRoot.controller.t.mediaPosition
            Accessible.description: timeText.text
            Accessible.ignored: !slideRoot.onStage
            Rectangle {
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                height: Math.max(Theme.strokeMin, Theme.mediaTrackHeight * slideRoot.unit)
                radius: height / 2
                color: Theme.inkSoft
                Rectangle {
                    width: parent.width * track.share
                    height: parent.height
                    radius: height / 2
                    color: Theme.accentOnInk
                }
            }
            Rectangle {
                width: Math.max(Theme.strokeMin, Theme.mediaKnobSize * slideRoot.unit)
                height: width
                radius: width / 2
                x: track.share * (track.width - width)
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.textOnInk
            }
            MouseArea {
                anchors.fill: parent
                function seekTo(x: real) {
                    player.position = slideRoot.startMs + Math.max(0, Math.min(1, x / track.width)) * slideRoot.spanMs
                }
                onPressed: (mouse) => seekTo(mouse.x)
                onPositionChanged: (mouse) => { if (pressed) seekTo(mouse.x) }
            }
        }

        // Captions on and off (on by default; C does the same): a switch, filled while on.
        Rectangle {
            id: ccButton
            objectName: "captionsButton"
            visible: slideRoot.hasCaptions
            readonly property bool on: slideRoot.controller.captionsOn
            anchors { right: timeText.left; verticalCenter: parent.verticalCenter }
            anchors.rightMargin: Theme.space08 * slideRoot.unit
            width: Math.max(Theme.minTouch, ccText.implicitWidth + 2 * Theme.mediaCuePadding * slideRoot.unit)
            height: Math.max(Theme.minTouch, Theme.mediaButtonSize * slideRoot.unit)
            radius: Theme.radiusSmall * slideRoot.unit
            color: ccButton.on ? Theme.accentOnInk : Theme.inkSoft
            border.color: ccButton.on ? Theme.accentOnInk : Theme.rule
            border.width: Math.max(1, Theme.border * slideRoot.unit)
            activeFocusOnTab: slideRoot.onStage && slideRoot.hasCaptions
            Accessible.role: Accessible.Button
            Accessible.name: slideRoot.controller.t.captions
            Accessible.checkable: true
            Accessible.checked: ccButton.on
            Accessible.ignored: !slideRoot.onStage || !ccButton.visible
            Accessible.onPressAction: slideRoot.controller.toggleCaptions()
            Accessible.onToggleAction: slideRoot.controller.toggleCaptions()
            Keys.onReturnPressed: slideRoot.controller.toggleCaptions()
            Keys.onEnterPressed: slideRoot.controller.toggleCaptions()
            FocusRing { unit: slideRoot.unit }
            Text {
                id: ccText
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: slideRoot.controller.t.captionsShort
                Accessible.ignored: true  // the button says it, with its state
                color: ccButton.on ? Theme.ink : Theme.textOnInkSoft
                font.family: Theme.sans
                font.bold: true
                font.strikeout: !ccButton.on
                font.pixelSize: Theme.uiPx(Theme.fontDetail, slideRoot.unit)
            }
            MouseArea { anchors.fill: parent; onClicked: slideRoot.controller.toggleCaptions() }
        }

        Text {
            id: timeText
            objectName: "mediaTime"
            textFormat: Text.PlainText
            anchors { right: transcriptButton.left; verticalCenter: parent.verticalCenter }
            anchors.rightMargin: transcriptButton.visible ? Theme.space12 * slideRoot.unit : 0
            width: Theme.mediaTimeWidth * slideRoot.unit
            horizontalAlignment: Text.AlignRight
            function clock(ms: real): string {
                const s = Math.max(0, Math.floor(ms / 1000))
                return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
            }
            text: clock(player.position - slideRoot.startMs) + " / "
                  + clock(player.duration > 0 ? slideRoot.spanMs : (slideRoot.slide.mediaSeconds || 0) * 1000)
            Accessible.ignored: true
            color: Theme.textOnInkSoft
            font.family: Theme.sans
            font.pixelSize: Theme.uiPx(Theme.fontDetail, slideRoot.unit)
        }

        // Opens the transcript over the picture (T does too); lit while it is open.
        Rectangle {
            id: transcriptButton
            objectName: "transcriptButton"
            visible: slideRoot.hasTranscript
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            width: visible ? transcriptLabel.implicitWidth + 2 * Theme.space10 * slideRoot.unit : 0
            height: Math.max(Theme.minTouch, Theme.mediaButtonSize * slideRoot.unit)
            radius: height / 2
            readonly property bool shown: slideRoot.onStage && slideRoot.controller.transcriptOpen
            color: shown ? Theme.accentOnInk : Theme.inkSoft
            border.color: Theme.rule
            // (kept while it has the focus: Qt refuses to drop it then, as the slide leaves the stage)
            activeFocusOnTab: (slideRoot.onStage && slideRoot.hasTranscript) || activeFocus
            Accessible.role: Accessible.Button
            Accessible.name: slideRoot.controller.t.transcript
            Accessible.checkable: true
            Accessible.checked: shown
            Accessible.ignored: !slideRoot.onStage || !slideRoot.hasTranscript
            Accessible.onPressAction: slideRoot.controller.toggleTranscript()
            Keys.onReturnPressed: slideRoot.controller.toggleTranscript()
            FocusRing { unit: slideRoot.unit }
            Text {
                id: transcriptLabel
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: slideRoot.controller.t.transcript
                Accessible.ignored: true
                color: transcriptButton.shown ? Theme.ink : Theme.textOnInk
                font.family: Theme.sans
                font.bold: true
                font.pixelSize: Theme.uiPx(Theme.fontDetail, slideRoot.unit)
            }
            MouseArea { anchors.fill: parent; onClicked: slideRoot.controller.toggleTranscript() }
        }
    }

    TranscriptPanel {
        objectName: "transcriptPanel"
        anchors.fill: screen
        z: 2
        controller: slideRoot.controller
        slide: slideRoot.slide
        unit: slideRoot.unit
        onStage: slideRoot.onStage && slideRoot.hasTranscript
        fallback: transcriptButton
    }
}

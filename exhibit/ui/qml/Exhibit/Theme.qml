pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// Every colour, font, size and duration the views use (exhibit/ui/chart.py reads the colours
// too). Sizes are in pixels at one layout unit, a 1920x1080 screen: a view multiplies them by
// its unit (ExhibitView works it out from its size), and text sizes by the text scale as well.
QtObject {
    // -- Colours ------------------------------------------------------------------------------
    // True while a handout's pictures are drawn: the slides' dark grounds (ink, the desk under
    // a document) print as white paper and their light words as the paper slides' dark ones.
    property bool printing: false
    readonly property color ink: printing ? white : "#1C2230"
    readonly property color inkSoft: printing ? white : "#2A3142"
    readonly property color paper: "#F3EEE3"
    readonly property color paperDeep: "#E6DECC"
    readonly property color page: "#FBF8F1"
    readonly property color text: "#1C2230"
    readonly property color textSoft: "#4A4F5C"
    readonly property color textOnInk: printing ? text : "#F3EEE3"
    readonly property color textOnInkSoft: printing ? textSoft : "#C9C3B6"
    readonly property color accent: "#A63D2F"
    readonly property color accentOnInk: printing ? accent : "#E0A458"
    readonly property color gold: "#B8893B"
    readonly property color highlight: "#E0A458"
    readonly property color focusOnPaper: "#2F5DA8"  // the focus ring on cream menus and pads
    readonly property color rule: "#8A8372"
    readonly property color stamp: "#9E2B25"
    readonly property color black: "#000000"
    readonly property color white: "#FFFFFF"
    readonly property color panel: "#161B26"
    readonly property color panelDark: "#11151E"
    readonly property color previewGround: "#0E1118"
    readonly property color labelGround: "#CC1C2230"
    readonly property color shadow: printing ? "#E6E2DA" : "#10131B"
    readonly property color pageEdge: "#D8D0BE"
    readonly property color good: "#9FD49B"
    readonly property color warning: "#F08A7A"
    readonly property color currentRow: "#2EE0A458"
    readonly property list<color> eraColors: ["#3C5A73", "#7A5C3E", "#4E6B4A", "#6B4A6B"]
    // The visitor chart (`exhibit stats --chart`, drawn by exhibit/ui/chart.py).
    readonly property list<color> chartKiosks: [eraColors[0], gold, eraColors[2], eraColors[3], accent]
    readonly property list<color> chartExits: [accent, "#C8785F", eraColors[0], "#7C97AE", rule]
    readonly property color chartOthers: "#B9B1A0"  // the exits past the first few, together
    readonly property color chartWeekend: "#5AE6DECC"  // paperDeep, faint: weekends' days

    // -- Fonts --------------------------------------------------------------------------------
    readonly property string serif: "Noto Serif"
    readonly property string sans: "Noto Sans"
    readonly property string mono: "Noto Sans Mono"

    // Whether the keyboard-focus ring shows: after a key press, not after a click or a touch
    // (exhibit/ui/focusring.py watches the windows' input and sets it).
    property bool focusVisible: true

    // Text size for readers who need it larger: 1, 1.25 or 1.5 (set from the controller).
    property real textScale: 1.0
    // Above 100 % slide text is set at its full size and never fitted down: boxes take the
    // text's own height, and a slide that then runs long scrolls (SlideBase).
    readonly property bool textGrows: textScale > 1

    // A size of the type scale in pixels, at a view's layout unit and the text scale: px() for
    // slide text, which scales with its stage however small; uiPx() and uiHeadingPx() for the
    // controls around the slide, which stay readable in a small window.
    function px(size: real, unit: real): int { return Math.round(size * unit * textScale) }
    function uiPx(size: real, unit: real): int { return Math.max(fontFloor, px(size, unit)) }
    function uiHeadingPx(size: real, unit: real): int {
        return Math.max(fontFloorHeading, px(size, unit))
    }
    // Scaled by the unit alone, not the text scale: how far a fitted text may shrink.
    function unitPx(size: real, unit: real): int { return Math.round(size * unit) }

    // The type scale, large to small. Slides:
    readonly property int fontQuoteMark: 200    // the quotation mark beside a quote
    readonly property int fontDisplay: 104      // a title card's title
    readonly property int fontTitle: 62         // a text slide's heading
    readonly property int fontCreditsTitle: 56
    readonly property int fontQuote: 54
    readonly property int fontSubtitle: 44      // a title card's subtitle; menu headings
    readonly property int fontPictureTitle: 40  // also the PIN pad's dots
    readonly property int fontSpeaker: 34       // also the kiosk's "touch to begin"
    readonly property int fontBody: 33          // a text slide's prose
    readonly property int fontAlt: 30           // a picture that cannot be shown: its alt text
    readonly property int fontExcerpt: 27       // a memo's excerpt
    readonly property int fontLabel: 26         // a speaker's role, a title card's section number
    readonly property int fontMemoTitle: 25
    readonly property int fontCredits: 24       // also the "image unavailable" notice
    readonly property int fontMeta: 22          // dates, sources, classification marks, the stamp
    readonly property int fontMemo: 21          // a memo's From/To/Date rows
    readonly property int fontCitation: 20
    // How small fitted slide text may shrink (unitPx()).
    readonly property int fontDisplayMin: 40
    readonly property int fontTitleMin: 30
    readonly property int fontQuoteMin: 26
    readonly property int fontSubtitleMin: 22
    readonly property int fontPictureTitleMin: 20
    readonly property int fontBodyMin: 18
    readonly property int fontTextMin: 16       // any fitted rich text (RichLabel)
    readonly property int fontExcerptMin: 15
    readonly property int fontCreditsMin: 13

    // The controls around the slide (uiPx(); uiHeadingPx() for headings and buttons):
    readonly property int fontMenuTitle: 44     // the section menu's and admin panel's headings
    readonly property int fontPinDots: 40
    readonly property int fontPinDigit: 36      // a PIN pad key's digit (unitPx())
    readonly property int fontCue: 34           // "touch to begin"
    readonly property int fontHeading: 32       // the timeline's heading; a section menu entry
    readonly property int fontPrompt: 28        // the PIN pad's message
    readonly property int fontCaption: 27
    readonly property int fontMediaCue: 34      // captions over a video (px(): with text size)
    readonly property int fontButton: 26        // admin buttons
    readonly property int fontPinWord: 24       // the PIN pad's Cancel and OK (unitPx())
    readonly property int fontStatus: 22        // the admin panel's status lines
    readonly property int fontMenuButton: 21    // the caption band's Sections button
    readonly property int fontLabelText: 20     // an event's title, a section's name and details
    readonly property int fontCaptionMin: 19    // how small the caption may shrink
    readonly property int fontDetail: 18        // credit, slide position, language buttons
    readonly property int fontSmall: 16         // event dates, the era legend
    readonly property int fontFloor: 11         // no control text is smaller
    readonly property int fontFloorHeading: 14  // no control heading or button text is smaller
    readonly property int fontFloorFit: 10      // a fitted one-line label's last resort

    // The presenter's window, in plain pixels (it is not scaled with a layout unit):
    readonly property int fontClock: 34
    readonly property int fontPresenterHeading: 26  // the go-to menu's headings
    readonly property int fontPlan: 22
    readonly property int fontPresenterText: 20     // status, notes, "end of the exhibit"
    readonly property int fontPresenterDetail: 18   // section name and caption; go-to sections
    readonly property int fontTab: 17               // a section tab's title
    readonly property int fontPresenterSmall: 16    // go-to events
    readonly property int fontTag: 15               // the "Now" and "Next" labels
    readonly property int fontTabDetail: 14         // a section tab's planned minutes

    // Letter spacing, at one layout unit.
    readonly property real trackingWide: 4          // a title card's section number
    readonly property real trackingMark: 3          // a memo's classification marks
    readonly property real trackingLabel: 2         // capitalised labels, the stamp
    readonly property real trackingCue: 1.5

    // -- Layout -------------------------------------------------------------------------------
    // The layout unit is 1 at this size (1080 wide in portrait), and never below unitMin.
    readonly property int designWidth: 1920
    readonly property int designHeight: 1080
    readonly property real unitMin: 0.3
    readonly property int windowMinWidth: 640       // px
    readonly property int windowMinHeight: 400
    readonly property real portraitStageShare: 0.62 // of the height, for the slide and caption
    readonly property real timelineShare: 0.24      // of the width, in landscape
    readonly property int timelineMinWidth: 300     // px
    readonly property real swipeShare: 0.08         // of the stage's width: a swipe
    readonly property real minTouch: 48             // px: the smallest thing a finger must hit

    // Spacing scale, on a two-pixel grid: the gaps between things and the padding inside them.
    readonly property real space01: 2
    readonly property real space02: 4
    readonly property real space03: 6
    readonly property real space04: 8
    readonly property real space05: 10
    readonly property real space06: 12
    readonly property real space07: 14
    readonly property real space08: 16
    readonly property real space09: 18
    readonly property real space10: 20
    readonly property real space11: 22
    readonly property real space12: 24
    readonly property real space13: 28
    readonly property real space14: 30
    readonly property real radiusSwatch: 2
    readonly property real radiusTag: 4             // px: the presenter's tags, tabs and rows
    readonly property real radiusSmall: 6           // rows, menu entries
    readonly property real radiusKey: 8             // keys and buttons
    readonly property real radiusMenu: 10
    readonly property real radiusCard: 12
    readonly property real strokeMin: 2             // px: the thinnest drawn rule or border
    readonly property real border: 2                // a highlighted row's or button's border

    // Slides.
    readonly property real accentRuleWidth: 90      // the short accent rule under a heading
    readonly property real accentRuleThickness: 3
    readonly property real titleSlideMargin: 120
    readonly property real titleSlideGap: 28
    readonly property real titleRuleWidth: 120
    readonly property real titleRuleThickness: 4
    readonly property real titleMaxHeight: 330
    readonly property real subtitleMaxHeight: 200
    readonly property real pictureTitleInset: 200
    readonly property real pictureTitleHeight: 64
    readonly property real pictureMargin: 48
    readonly property real pictureMarginBottom: 28
    readonly property real backgroundPictureOpacity: 0.26  // a slide's background picture, dimmed
    readonly property real backgroundColourOpacity: 0.3   // a slide's background colour, as a tint
    readonly property real pictureTextShare: 0.5    // a picture beside text: the picture's part of the width
    readonly property real pictureTextGap: 56       // between the picture and its text
    readonly property real pictureTextMargin: 80
    readonly property real pictureTextTop: 80
    readonly property real pictureTextBottom: 44
    readonly property int fontPictureBody: 28       // the prose beside a picture
    readonly property real scrollBarWidth: 6
    readonly property real placeholderMaxWidth: 900
    readonly property real placeholderMaxHeight: 560
    readonly property real placeholderInset: 80     // both sides together
    // Video and audio slides: the control bar under the picture, its play button and scrubber,
    // and the captions drawn over the picture's foot.
    readonly property real mediaBarHeight: 72
    readonly property real mediaButtonSize: 56
    readonly property real mediaTrackHeight: 8
    readonly property real mediaKnobSize: 24
    readonly property real mediaTimeWidth: 200
    readonly property real mediaCueInset: 40
    readonly property real mediaCuePadding: 12
    readonly property real mediaCardWidth: 1100
    readonly property real voiceButtonRoom: 360     // a quote's "hear the voice" button
    readonly property real scanGap: 60              // around a document's typed page and its scans
    readonly property real zoomWheelStep: 1.25      // a wheel notch zooms a picture by this
    readonly property real zoomDrawingMax: 4        // a drawing (SVG) zooms up to this
    readonly property real quoteIndent: 170
    readonly property real quoteMarginRight: 130
    readonly property real quoteMarginTop: 110
    readonly property real quoteMarginBottom: 60
    readonly property real quoteGap: 36             // between the words and who said them
    readonly property real textSlideMargin: 150
    readonly property real textSlideTop: 110
    readonly property real textSlideBottom: 60
    readonly property real textTitleMaxHeight: 170
    readonly property real textBodyTop: 34
    readonly property real textMeasure: 1250        // the longest line of prose
    readonly property real pageTop: 34              // a memo's page on the desk
    readonly property real pageMaxWidth: 1180
    readonly property real pageMarginX: 120         // both sides together
    readonly property real pageMarginBottom: 56
    readonly property real pagePadding: 80
    readonly property real pageMarkTop: 18
    readonly property real pageMarkBottom: 16
    readonly property real pageHeaderTop: 22
    readonly property real pageExcerptTop: 24
    readonly property real pageRuleThickness: 2
    readonly property real pageShadowX: 10
    readonly property real pageShadowY: 12
    readonly property real memoLabelWidth: 130
    readonly property real stampPaddingX: 28        // both sides together
    readonly property real stampPaddingY: 14
    readonly property real stampBorder: 3
    readonly property real citationBottom: 20
    readonly property real creditsMargin: 130
    readonly property real creditsTop: 90
    readonly property real creditsBodyTop: 30
    readonly property real creditsBottom: 50
    readonly property real scrollStep: 80           // a wheel notch scrolls a long slide this far
    readonly property real keyScroll: 240           // and an arrow key this far

    // The caption band, timeline and section menu.
    readonly property real captionBandHeight: 150   // scaled with the text too
    readonly property real bandPadding: 40
    readonly property real captionMaxHeight: 110    // scaled with the text too
    readonly property real captionMaxHeightWithCredit: 84
    readonly property real bandButtonHeight: 60
    readonly property real bandButtonPadding: 44    // both sides together
    readonly property real bandPlaceWidth: 250      // the section name and slide position
    readonly property real menuIconWidth: 20
    readonly property real menuIconMinWidth: 12     // px
    readonly property real menuIconThickness: 3
    readonly property real laneWidth: 12            // an era band
    readonly property real eraInset: 6
    readonly property real dotSize: 12              // an event's dot
    readonly property real legendSwatch: 14
    readonly property real languageHeight: 52
    readonly property real timelineFooter: 40
    readonly property real cardPadding: 30          // inside the menu, PIN pad and admin cards
    readonly property real menuMaxWidth: 1000
    readonly property real menuMargin: 80           // both sides together
    readonly property real focusGap: 5              // the focus ring, outside its control
    readonly property real focusWidth: 4
    readonly property real focusMin: 3              // px

    // Kiosk layers.
    readonly property real cueBottom: 40            // above the slide stage's foot
    readonly property real accessButton: 72         // the accessibility mode's button
    readonly property real accessButtonX: 110       // clear of the admin corner (8 % of 1080)
    readonly property int accessHoldMs: 800         // how long it is held to switch the mode
    readonly property real accessStep: 132          // the mode's previous / next buttons
    readonly property real cuePaddingX: 80          // both sides together
    readonly property real cuePaddingY: 36
    readonly property real pinKey: 96
    readonly property real pinKeyAspect: 1.3        // width to height
    readonly property real pinPaddingX: 80          // both sides together
    readonly property real adminMaxWidth: 900
    readonly property real adminMargin: 60          // both sides together
    readonly property real adminButtonHeight: 70
    readonly property real adminButtonPadding: 50   // both sides together

    // The presenter's window, in plain pixels.
    readonly property int presenterWidth: 1400
    readonly property int presenterHeight: 860
    readonly property int presenterMinWidth: 800
    readonly property int presenterMinHeight: 500
    readonly property real presenterBarHeight: 64
    readonly property real presenterTabsHeight: 76
    readonly property real presenterPreviewShare: 0.58   // of the width, for the current slide
    readonly property real previewStageWidth: 1459       // a preview's slide is drawn this big
    readonly property real previewStageHeight: 930
    readonly property real presenterMenuMaxWidth: 1100
    readonly property real presenterMenuMargin: 60       // both sides together

    // -- Durations ----------------------------------------------------------------------------
    readonly property int transitionMs: 350
    readonly property int timelineReturnMs: 8000    // a scrolled timeline returns to the current events
}

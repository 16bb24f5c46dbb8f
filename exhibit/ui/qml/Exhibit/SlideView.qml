pragma ComponentBehavior: Bound
import QtQuick

// One slide: picks the view for its kind. `ready` is false while its images still load.
Item {
    id: view
    required property var slide
    required property real unit
    required property int slideIndex
    required property Controller controller
    readonly property bool ready: ((loader.item as SlideBase)?.ready ?? false)
                                  && ((loader.item as SlideBase)?.backgroundReady ?? false)
    objectName: "slide-" + slideIndex
    Accessible.role: Accessible.Pane
    Accessible.name: view.slide.title || view.slide.speaker || view.slide.alt || view.slide.caption || ""
    Accessible.description: view.slide.caption || ""
    // Only the slide on screen is in the accessibility tree: the prefetched neighbours sit
    // off-stage and would be read (and announce their changes) as if shown.
    readonly property bool onStage: view.slideIndex === view.controller.currentIndex
    Accessible.ignored: !view.onStage
    // A list delegate's row object goes before the delegate does, which would hand the views
    // below a null row while they are torn down: hold on to the last row instead.
    Component.onDestruction: view.slide = view.slide
    // Scrolls a slide that runs past its foot (large text); false when it has no more room that way.
    function scrollBy(dy: real): bool {
        const base = loader.item as SlideBase
        if (!base || !base.scrolls) return false
        const before = base.shownScroll
        base.scrollBy(dy)
        return base.shownScroll !== before
    }

    // Made again when text grows past 100 % or back: its boxes then change from fitting their
    // text into the slide to taking the text's own height, which a live slide cannot do
    // without measuring its text while it changes (a binding loop).
    Connections {
        target: Theme
        function onTextGrowsChanged() {
            loader.active = false
            loader.active = true
        }
    }

    Loader {
        id: loader
        anchors.fill: parent
        asynchronous: false
        sourceComponent: {
            switch (view.slide.kind) {
            case "title": return titleSlide
            case "image": return imageSlide
            case "quote": return quoteSlide
            case "text": return textSlide
            case "document": return documentSlide
            case "credits": return creditsSlide
            case "video": return mediaSlide
            case "audio": return mediaSlide
            }
            return null
        }
    }

    Component { id: titleSlide; TitleSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
    Component { id: imageSlide; ImageSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
    Component { id: quoteSlide; QuoteSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
    Component { id: textSlide; TextSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
    Component { id: documentSlide; DocumentSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
    Component { id: mediaSlide; MediaSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
    Component { id: creditsSlide; CreditsSlide { slide: view.slide; unit: view.unit; controller: view.controller; onStage: view.onStage } }
}

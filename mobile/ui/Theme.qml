pragma Singleton
import QtQuick

// Semantic tokens for every view: sizes, spacing, colours and durations. Views never use pixel or
// colour literals; they ask the Theme. The shell binds textScale, highContrast and reducedMotion
// to the person's preferences. Both palettes are checked for WCAG AA contrast by the tests.
QtObject {
    id: theme

    property real textScale: 1.0
    property bool highContrast: false
    property bool reducedMotion: false

    // Grid and spacing, in device-independent pixels.
    readonly property real unit: 8
    readonly property real spacingSmall: unit / 2
    readonly property real spacing: unit
    readonly property real spacingLarge: unit * 2
    readonly property real margin: unit * 2
    readonly property real radius: unit
    readonly property real borderWidth: highContrast ? 2 : 1
    readonly property real focusWidth: 3
    //! Every control a finger presses is at least this big (WCAG 2.5.5 asks 44).
    readonly property real touchMinimum: 48
    readonly property real contentMaximumWidth: 720
    readonly property real iconSize: 24 * Math.min(textScale, 1.5)
    readonly property real pictogramSize: 56 * Math.min(textScale, 1.5)

    // Type, scaled by the person's text size.
    readonly property real fontSmall: 14 * textScale
    readonly property real fontBody: 17 * textScale
    readonly property real fontHeading: 20 * textScale
    readonly property real fontTitle: 24 * textScale

    // Colours: a calm light palette, and a high-contrast one.
    readonly property color background: highContrast ? "#000000" : "#f7f6f2"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color surfaceMuted: highContrast ? "#1a1a1a" : "#ecebe6"
    readonly property color text: highContrast ? "#ffffff" : "#1b1b1b"
    readonly property color textMuted: highContrast ? "#e6e6e6" : "#4a4a4a"
    readonly property color border: highContrast ? "#ffffff" : "#6b6b6b"
    readonly property color accent: highContrast ? "#ffd60a" : "#1d5e8c"
    readonly property color accentText: highContrast ? "#000000" : "#ffffff"
    readonly property color focus: highContrast ? "#00e5ff" : "#b34700"
    readonly property color danger: highContrast ? "#ff8a80" : "#a4262c"
    readonly property color dangerText: highContrast ? "#000000" : "#ffffff"
    readonly property color success: highContrast ? "#8cf2a5" : "#1e6b3a"
    readonly property color notice: highContrast ? "#1a1a1a" : "#fff4d6"
    readonly property color noticeText: highContrast ? "#ffffff" : "#3d2e00"
    readonly property color exitButton: highContrast ? "#ffffff" : "#3d3d3d"
    readonly property color exitButtonText: highContrast ? "#000000" : "#ffffff"

    // Motion: none at all under reduced motion.
    readonly property int durationShort: reducedMotion ? 0 : 120
    readonly property int durationMedium: reducedMotion ? 0 : 220

    //! The colour pairs the contrast test checks: [foreground, background, minimum ratio].
    readonly property var contrastPairs: [
        [text, background, 4.5], [text, surface, 4.5], [textMuted, surface, 4.5],
        [textMuted, background, 4.5], [accentText, accent, 4.5], [accent, surface, 4.5],
        [accent, background, 4.5], [dangerText, danger, 4.5], [danger, surface, 4.5],
        [success, surface, 4.5], [noticeText, notice, 4.5], [exitButtonText, exitButton, 4.5],
        [text, surfaceMuted, 4.5], [textMuted, surfaceMuted, 4.5], [danger, surfaceMuted, 4.5],
        [success, background, 4.5], [danger, background, 4.5], [border, surface, 3.0],
        [border, background, 3.0], [focus, surface, 3.0], [focus, background, 3.0]
    ]
}

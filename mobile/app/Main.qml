import QtQuick
import QtQuick.Controls.Basic as Basic
import Kith.Coordinator
import Kith.Core
import Kith.Formats
import Kith.Ui
import Kith.Onboarding
import Kith.Goals
import Kith.Plan
import Kith.Settings
import Kith.Support
import Kith.Voice

// The shell: one window, one stack of pages. What is at the bottom of the stack follows the
// session's state: the first run, the neutral screen after a quick exit, the PIN screen, or the
// home page of the person's role. The window title never names anyone.
Basic.ApplicationWindow {
    id: window
    required property Session session
    width: 400
    height: 760
    visible: true
    // After a quick exit even the title (seen in the task switcher) says nothing about Kith.
    title: session.quickExited ? qsTr("Clock") : "Kith"
    color: Theme.background

    LayoutMirroring.enabled: session.preferences.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding { target: Theme; property: "textScale"; value: window.session.preferences.textScale }
    Binding { target: Theme; property: "highContrast"; value: window.session.preferences.highContrast }
    Binding { target: Theme; property: "reducedMotion"; value: window.session.preferences.reducedMotion }

    readonly property string screen: session.quickExited ? "neutral"
                                   : session.state === Session.NeedsEnrolment ? "enrol"
                                   : session.state === Session.Locked ? "unlock" : "home"
    onScreenChanged: show()
    Component.onCompleted: show()

    //! A page to open on top of the home page once unlocked (a link from outside, such as a
    //! reminder): it replaces the PIN screen together with the home page, in one frame, with no
    //! fade over a home page the person never saw. Used once, then cleared.
    property Component startPage: null

    function show() {
        const pages = { neutral: neutralPage, enrol: enrolPage, unlock: unlockPage, home: homePage }
        stack.clear(Basic.StackView.Immediate)
        stack.push(pages[screen], {}, Basic.StackView.Immediate)
        if (screen === "home" && startPage) {
            const page = startPage
            startPage = null
            stack.push(page, { session: window.session }, Basic.StackView.Immediate)
        }
    }

    //! Opens a feature's page on top of the current one. Used by the home pages.
    function open(component, properties) {
        return stack.push(component, Object.assign({ session: window.session }, properties || {}))
    }
    //! Back to the page before, as the header's Back button does.
    function back() {
        if (stack.depth > 1) stack.pop()
    }

    Basic.StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        focus: true
        // A short fade, and none at all under reduced motion: no sliding for people it unsettles.
        pushEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium } }
        pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationMedium } }
        popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.durationMedium } }
        popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.durationMedium } }
    }
    //! True while a page is coming or going (the screenshot tour waits for it).
    readonly property bool changingPage: stack.busy

    Component { id: neutralPage; NeutralScreen { session: window.session } }
    Component { id: enrolPage; EnrolPage { session: window.session } }
    Component { id: unlockPage; UnlockPage { session: window.session } }
    Component { id: homePage; HomePage { session: window.session; shell: window } }

    // The feature pages the home pages open.
    readonly property Component planPage: Component { PlanPage { } }
    readonly property Component goalsPage: Component { GoalsPage { } }
    readonly property Component voicePage: Component { VoicePage { } }
    readonly property Component notSafePage: Component { NotSafePage { } }
    readonly property Component threeHousesPage: Component { ThreeHousesPage { } }
    readonly property Component wordsAndPicturesPage: Component { WordsAndPicturesPage { } }
    readonly property Component supportPage: Component { SupportPage { } }
    readonly property Component familiesPage: Component { FamiliesPage { } }
    readonly property Component familyPage: Component { FamilyPage { } }
    readonly property Component inboxPage: Component { InboxPage { } }
    readonly property Component publishPlanPage: Component { PublishPlanPage { } }
    readonly property Component assessmentPage: Component { AssessmentPage { } }
    readonly property Component conferencePage: Component { ConferencePage { } }
    readonly property Component invitePage: Component { InvitePage { } }
    readonly property Component settingsPage: Component { SettingsPage { } }
    readonly property Component needsPage: Component { NeedsPage { } }
    readonly property Component formatsPage: Component { FormatsPage { } }
}

import QtQuick
import QtTest
import Kith.Core
import Kith.App

// Each role's main flow through the real shell (Main.qml), as a person would tap it.
TestCase {
    id: test
    name: "RoleFlows"
    when: windowShown
    width: 400
    height: 760

    Component { id: shell; Main { } }

    function openShellAs(person) {
        const session = backend.openAs(person)
        verify(session !== null, "no session for " + person)
        const window = createTemporaryObject(shell, test, { session: session })
        verify(window !== null)
        tryVerify(function() { return findChild(window.contentItem, "homePage") !== null })
        return { session: session, window: window }
    }

    function tap(window, name) {
        const item = findVisible(window.contentItem, name)
        verify(item !== null, "nothing visible named " + name)
        item.clicked()
    }

    // The first visible, enabled item with this objectName, walking the visual tree.
    function findVisible(item, name) {
        if (!item || !item.visible) return null
        if (item.objectName === name && item.enabled !== false) return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findVisible(item.children[i], name)
            if (found) return found
        }
        return null
    }

    function waitForPage(window, name) {
        tryVerify(function() { const p = findVisible(window.contentItem, name); return p !== null && p.opacity > 0.99 },
                  3000, "page " + name + " did not open")
    }

    function test_parentTicksAnAction() {
        const app = openShellAs("amina")
        tap(app.window, "openPlan")
        waitForPage(app.window, "planPage")
        const before = backend.count(app.session, "action_update")
        tap(app.window, "markDone")
        tryVerify(function() { return backend.count(app.session, "action_update") === before + 1 }, 3000)
        tryVerify(function() { return app.session.waitingCount >= 1 }, 3000)
    }

    function test_youngPersonSaysTheyDoNotFeelSafe() {
        const app = openShellAs("zara")
        tap(app.window, "openNotSafe")
        waitForPage(app.window, "notSafePage")
        verify(findVisible(app.window.contentItem, "confirmStep") !== null)
        tap(app.window, "sendNotSafe")
        tryVerify(function() { return findVisible(app.window.contentItem, "sentStep") !== null })
        verify(findVisible(app.window.contentItem, "notEmergency") !== null)
    }

    function test_volunteerOpensTheirFamilyAndLogsAVisit() {
        const app = openShellAs("helen")
        tap(app.window, "openSupport")
        waitForPage(app.window, "supportPage")
        tap(app.window, "logContact")
        tryVerify(function() { return findVisible(app.window.contentItem, "saveContact") !== null })
    }

    function test_coordinatorAcknowledgesAWorry() {
        const app = openShellAs("jo")
        tap(app.window, "openInbox")
        waitForPage(app.window, "inboxPage")
        tap(app.window, "acknowledge")
        tryVerify(function() { return findVisible(app.window.contentItem, "acknowledge") === null }, 3000)
    }

    function test_quickExitFromAnyPageShowsTheNeutralScreen() {
        const app = openShellAs("amina")
        tap(app.window, "openPlan")
        waitForPage(app.window, "planPage")
        tap(app.window, "quickExit")
        compare(app.session.state, Session.Locked)
        waitForPage(app.window, "neutralScreen")
        verify(findVisible(app.window.contentItem, "planPage") === null)
    }
}

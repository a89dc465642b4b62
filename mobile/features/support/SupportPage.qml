import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Support

// Safe Families support, by the person's part in it. A volunteer: the families linked to them,
// the family in view's goals, the help asked of them, the contacts and stays they logged, and
// buttons to log a contact or a stay and to raise a worry. A family: who their volunteer is, the
// visits and stays, their help requests and asking for help, and feedback to the team.
KPage {
    id: page
    objectName: "supportPage"
    heading: view.mode === SupportView.Volunteering ? qsTr("Families you support") : qsTr("Safe Families")

    //! What was just saved, said once at the top.
    property string message

    SupportView { id: view; session: page.session }

    readonly property bool volunteering: view.mode === SupportView.Volunteering
    readonly property bool family: view.mode === SupportView.Supported || view.mode === SupportView.Staff

    Component { id: contactEditor; ContactLogEditor { } }
    Component { id: stayEditor; HostingStayEditor { } }
    Component { id: worryEditor; WorryEditor { } }
    Component { id: helpEditor; HelpRequestEditor { } }

    //! Opens an editor for the family in view: on the stack, or (where the page is shown on its
    //! own, outside the shell's stack) over the page.
    function openEditor(component) {
        view.clearProblem()
        page.message = ""
        const properties = { session: page.session, view: view }
        const editor = page.stackView
            ? page.stackView.push(component, properties)
            : component.createObject(page, Object.assign({ x: 0, y: 0, z: 1, width: page.width,
                                                           height: page.height }, properties))
        if (editor) editor.finished.connect(function(words) { page.message = words })
        return editor
    }

    Notice { objectName: "savedNotice"; text: page.message; actionText: qsTr("OK"); onAction: page.message = "" }
    Notice { text: view.problem; danger: true; actionText: qsTr("OK"); onAction: view.clearProblem() }

    Body {
        objectName: "noSupport"
        visible: view.mode === SupportView.NoSupport
        Layout.fillWidth: true
        text: qsTr("There is no Safe Families support to show here yet.")
    }

    // ---- a volunteer ----------------------------------------------------------------------------

    Heading { visible: page.volunteering && view.families.count > 1; text: qsTr("Your families"); Layout.fillWidth: true }
    Repeater {
        model: page.volunteering && view.families.count > 1 ? view.families : null
        MenuButton {
            required property string familyId
            required property string name
            required property string kindText
            required property bool current
            objectName: "family_" + familyId
            title: current ? qsTr("%1 (shown)").arg(name) : name
            detail: kindText
            onClicked: view.familyId = familyId
        }
    }

    Card {
        visible: page.volunteering
        Heading { objectName: "familyName"; text: view.familyName; Layout.fillWidth: true }
        Body {
            Layout.fillWidth: true
            text: qsTr("You have been their %1 since %2.").arg(view.supportKindText.toLowerCase()).arg(view.supportSince)
        }
        Body { visible: view.goals.length > 0; Layout.fillWidth: true; font.bold: true; text: qsTr("Goals set with the family") }
        Repeater {
            model: page.volunteering ? view.goals : []
            Body { required property string modelData; Layout.fillWidth: true; text: "• " + modelData }
        }
    }

    Flow {
        visible: page.volunteering
        Layout.fillWidth: true
        spacing: Theme.spacing
        KButton {
            objectName: "logContact"
            enabled: view.canLog
            text: qsTr("Log a visit or call")
            onClicked: page.openEditor(contactEditor)
        }
        KButton {
            objectName: "logStay"
            enabled: view.canLog
            primary: false
            text: qsTr("Log a stay")
            onClicked: page.openEditor(stayEditor)
        }
        KButton {
            objectName: "raiseWorry"
            enabled: view.canLog
            primary: false
            text: qsTr("Raise a worry")
            Accessible.description: qsTr("Goes to the Safe Families team only")
            onClicked: page.openEditor(worryEditor)
        }
    }

    // ---- a family -------------------------------------------------------------------------------

    Heading {
        visible: page.family
        text: view.mode === SupportView.Staff ? qsTr("Volunteers") : qsTr("Your volunteer")
        Layout.fillWidth: true
    }
    Body {
        visible: page.family && view.volunteers.count === 0
        Layout.fillWidth: true
        text: view.canAskForHelp ? qsTr("You do not have a Safe Families volunteer yet. You can still ask the team for help.")
                                 : qsTr("No Safe Families volunteer yet.")
    }
    Repeater {
        model: page.family ? view.volunteers : null
        Card {
            required property string name
            required property string kindText
            required property string since
            required property string goals
            objectName: "volunteer"
            Heading { text: name; Layout.fillWidth: true }
            Body { Layout.fillWidth: true; text: qsTr("%1, since %2").arg(kindText).arg(since) }
            Body { visible: goals !== ""; Layout.fillWidth: true; text: qsTr("Goals: %1").arg(goals) }
        }
    }

    // ---- help requests: asked of the volunteer, or the family's ---------------------------------

    Heading {
        visible: page.volunteering || page.family
        text: page.volunteering ? qsTr("Help asked of you")
            : view.canAskForHelp ? qsTr("Help you asked for") : qsTr("Help requests")
        Layout.fillWidth: true
    }
    KButton {
        objectName: "askForHelp"
        visible: view.canAskForHelp
        Layout.fillWidth: true
        text: qsTr("Ask for help")
        onClicked: page.openEditor(helpEditor)
    }
    Body {
        visible: (page.volunteering || page.family) && view.helpRequests.count === 0
        Layout.fillWidth: true
        muted: true
        text: page.volunteering ? qsTr("No one has asked you for help yet.") : qsTr("No requests yet.")
    }
    Repeater {
        model: view.helpRequests
        Card {
            required property string requestId
            required property string description
            required property string kindText
            required property string neededDay
            required property int status
            required property string statusText
            required property string askedBy
            required property string askedOf
            required property bool mine
            required property bool canWithdraw
            required property bool canAnswer
            objectName: "help_" + requestId
            Heading { text: kindText; Layout.fillWidth: true }
            Body { text: description; Layout.fillWidth: true }
            Body {
                Layout.fillWidth: true
                muted: true
                text: [page.volunteering ? qsTr("Asked by %1").arg(askedBy)
                       : mine ? qsTr("Asked of %1").arg(askedOf)
                       : qsTr("%1 asked %2").arg(askedBy).arg(askedOf),
                       neededDay !== "" ? qsTr("Needed by %1").arg(neededDay) : ""]
                      .filter(function(s) { return s !== "" }).join("\n")
            }
            Body { objectName: "helpStatus"; text: statusText; font.bold: true; Layout.fillWidth: true }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KButton {
                    objectName: "answerArranged"
                    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
                    visible: canAnswer && status !== 2
                    text: qsTr("It's arranged")
                    onClicked: view.answerHelp(requestId, 2)
                }
                KButton {
                    objectName: "answerDone"
                    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
                    visible: canAnswer
                    primary: false
                    text: qsTr("It's done")
                    onClicked: view.answerHelp(requestId, 3)
                }
                KButton {
                    objectName: "withdrawHelp"
                    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
                    visible: canWithdraw
                    primary: false
                    text: qsTr("I don't need this now")
                    onClicked: view.withdrawHelp(requestId)
                }
            }
        }
    }

    // ---- contacts and stays ----------------------------------------------------------------------

    Heading {
        visible: page.volunteering || page.family
        text: page.volunteering ? qsTr("Contacts you logged") : qsTr("Visits and calls")
        Layout.fillWidth: true
    }
    Body {
        visible: (page.volunteering || page.family) && view.contacts.count === 0
        Layout.fillWidth: true
        muted: true
        text: qsTr("Nothing logged yet.")
    }
    Repeater {
        model: view.contacts
        Card {
            required property string contactId
            required property string day
            required property string kindText
            required property int minutes
            required property string notes
            required property string domains
            required property string volunteer
            objectName: "contact_" + contactId
            Heading { text: qsTr("%1, %2").arg(kindText).arg(day); Layout.fillWidth: true }
            Body {
                Layout.fillWidth: true
                muted: true
                text: [page.volunteering ? "" : qsTr("With %1").arg(volunteer),
                       minutes > 0 ? qsTr("%n minutes", "", minutes) : ""]
                      .filter(function(s) { return s !== "" }).join("\n")
                visible: text !== ""
            }
            Body { visible: notes !== ""; text: notes; Layout.fillWidth: true }
            Body { visible: domains !== ""; text: qsTr("Helped with: %1").arg(domains); Layout.fillWidth: true }
        }
    }

    Heading {
        visible: (page.volunteering || page.family) && view.stays.count > 0
        text: qsTr("Stays")
        Layout.fillWidth: true
    }
    Body {
        objectName: "bedNights"
        visible: (page.volunteering || page.family) && view.stays.count > 0
        Layout.fillWidth: true
        text: qsTr("%n nights in all.", "", view.bedNights)
    }
    Repeater {
        model: view.stays
        Card {
            required property string stayId
            required property string fromDay
            required property string untilDay
            required property int nights
            required property string childNames
            required property string notes
            required property string volunteer
            objectName: "stay_" + stayId
            Heading { text: qsTr("%1 to %2").arg(fromDay).arg(untilDay); Layout.fillWidth: true }
            Body {
                Layout.fillWidth: true
                text: (page.volunteering ? qsTr("%1 stayed with you").arg(childNames)
                                         : qsTr("%1 stayed with %2").arg(childNames).arg(volunteer))
                      + "\n" + qsTr("%n nights", "", nights)
            }
            Body { visible: notes !== ""; text: notes; Layout.fillWidth: true }
        }
    }

    // ---- feedback to the team ---------------------------------------------------------------------

    Card {
        visible: view.canSendFeedback
        Heading { Layout.fillWidth: true; text: qsTr("How confident do you feel in the help you are getting?") }
        ChoiceRow {
            id: confidence
            namePrefix: "confidence"
            options: [{ value: 1, text: qsTr("1 Not at all") }, { value: 2, text: qsTr("2") },
                      { value: 3, text: qsTr("3") }, { value: 4, text: qsTr("4") },
                      { value: 5, text: qsTr("5 Very") }]
        }
        TextBox { id: feedbackText; objectName: "feedbackText"; label: qsTr("Anything you want to say? (optional)") }
        Body { Layout.fillWidth: true; muted: true; text: qsTr("Only the Safe Families team will read this. Your volunteer will not see it.") }
        Body {
            visible: view.lastFeedbackOn !== ""
            Layout.fillWidth: true
            muted: true
            text: qsTr("You last told the team on %1.").arg(view.lastFeedbackOn)
        }
        KButton {
            objectName: "sendFeedback"
            Layout.fillWidth: true
            text: qsTr("Send to the team")
            onClicked: {
                if (view.sendSupportFeedback(confidence.value, feedbackText.text)) {
                    confidence.value = 0
                    feedbackText.text = ""
                    page.message = qsTr("Thank you. The Safe Families team will read it.")
                }
            }
        }
    }
}

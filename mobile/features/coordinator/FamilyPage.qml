import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Coordinator
import Kith.Formats

// The family in view, for its coordinator: its people with their role and communication needs,
// inviting someone, linking a volunteer, ending someone's part in the family.
KPage {
    id: page
    objectName: "familyPage"
    heading: desk.familyName !== "" ? desk.familyName : qsTr("Family")

    CoordinatorDesk { id: desk; session: page.session }

    property string confirmingId
    property string confirmingName
    property string linkingId

    function openPage(component, properties) {
        if (page.stackView) page.stackView.push(component, Object.assign({ session: page.session }, properties || {}))
    }
    Component { id: invitePage; InvitePage { } }
    Component { id: conferencePage; ConferencePage { } }
    Component { id: planPage; PublishPlanPage { } }
    Component { id: assessmentPage; AssessmentPage { } }
    Component { id: inboxPage; InboxPage { } }
    Component { id: needsPage; NeedsPage { } }
    Component { id: formatsPage; FormatsPage { } }

    Notice { objectName: "problem"; text: desk.problem; danger: true; actionText: qsTr("OK"); onAction: desk.clearProblem() }
    Body {
        visible: !desk.isCoordinator
        Layout.fillWidth: true
        text: qsTr("You are not a coordinator of this family, so there is nothing to manage here.")
    }

    Flow {
        visible: desk.isCoordinator
        Layout.fillWidth: true
        spacing: Theme.spacing
        FlowButton { objectName: "openInvite"; text: qsTr("Invite someone"); onClicked: page.openPage(invitePage) }
        FlowButton { objectName: "openInbox"; primary: false; text: qsTr("Inbox"); onClicked: page.openPage(inboxPage) }
        FlowButton { objectName: "openPublishPlan"; primary: false; text: qsTr("Plan"); onClicked: page.openPage(planPage) }
        FlowButton { objectName: "openAssessment"; primary: false; text: qsTr("Assessment"); onClicked: page.openPage(assessmentPage) }
        FlowButton { objectName: "openConference"; primary: false; text: qsTr("Conference"); onClicked: page.openPage(conferencePage) }
    }

    Heading { visible: desk.isCoordinator; text: qsTr("People"); Layout.fillWidth: true }
    Repeater {
        model: desk.isCoordinator ? desk.people : null
        Card {
            id: person
            required property string personId
            required property string name
            required property string flags
            required property string roleText
            required property string membershipId
            required property string since
            required property bool isMe
            required property bool isVolunteer
            required property bool linked
            required property string supportText
            objectName: "person_" + personId
            Accessible.role: Accessible.Grouping
            Accessible.name: name + ", " + roleText + (flags !== "" ? ", " + flags : "")
            Heading { text: person.isMe ? qsTr("%1 (you)").arg(person.name) : person.name; Layout.fillWidth: true }
            Body {
                objectName: "needsFlags"
                visible: person.flags !== ""
                Layout.fillWidth: true
                font.bold: true
                text: person.flags
                Accessible.name: qsTr("Communication needs: %1").arg(person.flags)
            }
            Body {
                Layout.fillWidth: true
                muted: true
                text: person.since !== "" ? qsTr("%1, since %2").arg(person.roleText).arg(person.since) : person.roleText
            }
            Body { visible: person.isVolunteer; Layout.fillWidth: true; text: person.supportText }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FlowButton {
                    objectName: "openNeeds"
                    primary: false
                    text: qsTr("Communication needs")
                    Accessible.name: qsTr("Communication needs of %1").arg(person.name)
                    onClicked: page.openPage(needsPage, { personId: person.personId })
                }
                FlowButton {
                    objectName: "openFormats"
                    primary: false
                    text: qsTr("Plan in their formats")
                    Accessible.name: qsTr("The plan in the formats %1 needs").arg(person.name)
                    onClicked: page.openPage(formatsPage, { personId: person.personId })
                }
            }
            Flow {
                visible: !person.isMe
                Layout.fillWidth: true
                spacing: Theme.spacing
                FlowButton {
                    objectName: "linkVolunteer"
                    visible: person.isVolunteer
                    primary: false
                    text: person.linked ? qsTr("Change support") : qsTr("Link to the family")
                    onClicked: {
                        page.linkingId = page.linkingId === person.personId ? "" : person.personId
                        kindChoice.current = desk.supportKindOf(person.personId) || 1
                        goalsBox.text = desk.supportGoals(person.personId).join("\n")
                    }
                }
                FlowButton {
                    objectName: "endMembership"
                    primary: false
                    text: qsTr("Remove from the family")
                    Accessible.name: qsTr("Remove %1 from the family").arg(person.name)
                    onClicked: { page.confirmingId = person.membershipId; page.confirmingName = person.name }
                }
            }
            ConfirmCard {
                visible: page.confirmingId === person.membershipId
                text: qsTr("Remove %1 from %2? The family leaves their phone at its next sync.").arg(person.name).arg(desk.familyName)
                yesText: qsTr("Yes, remove")
                onConfirmed: { if (desk.endMembership(person.membershipId)) page.confirmingId = "" }
                onCancelled: page.confirmingId = ""
            }
            ColumnLayout {
                visible: page.linkingId === person.personId
                Layout.fillWidth: true
                spacing: Theme.spacing
                ChoiceFlow {
                    id: kindChoice
                    label: qsTr("How %1 helps").arg(person.name)
                    current: 1
                    choices: [{ value: 1, text: desk.supportKindName(1) }, { value: 2, text: desk.supportKindName(2) },
                              { value: 3, text: desk.supportKindName(3) }]
                    onChosen: function(value) { current = value }
                }
                TextBox {
                    id: goalsBox
                    objectName: "supportGoals"
                    label: qsTr("Goals set with the family")
                    hint: qsTr("One goal a line.")
                }
                KButton {
                    objectName: "saveLink"
                    Layout.fillWidth: true
                    text: qsTr("Save the support")
                    onClicked: if (desk.linkVolunteer(person.personId, kindChoice.current, goalsBox.text.split("\n"))) page.linkingId = ""
                }
            }
        }
    }

    Heading { visible: desk.isCoordinator && desk.isStaff; text: qsTr("Volunteers"); Layout.fillWidth: true }
    Card {
        visible: desk.isCoordinator && desk.isStaff
        Body {
            Layout.fillWidth: true
            text: qsTr("Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FlowButton {
                objectName: "loadVolunteers"
                enabled: !desk.volunteersPending
                text: desk.volunteersPending ? qsTr("Asking the server…") : qsTr("Find a volunteer")
                onClicked: desk.loadVolunteers()
            }
            FlowButton {
                objectName: "inviteNewVolunteer"
                primary: false
                text: qsTr("Invite a new volunteer")
                onClicked: page.openPage(invitePage, { startRole: Session.Volunteer })
            }
        }
        Notice { objectName: "volunteersProblem"; text: desk.volunteersProblem }
        Body {
            visible: desk.volunteersLoaded && desk.volunteers.count === 0
            Layout.fillWidth: true
            text: qsTr("The service has no volunteers in Kith yet.")
        }
        Repeater {
            model: desk.volunteers
            ColumnLayout {
                id: volunteer
                required property string personId
                required property string name
                required property string flags
                required property bool inFamily
                required property bool otherRole
                Layout.fillWidth: true
                Body { Layout.fillWidth: true; font.bold: true; text: volunteer.flags !== "" ? volunteer.name + " (" + volunteer.flags + ")" : volunteer.name }
                Body {
                    visible: volunteer.inFamily || volunteer.otherRole
                    Layout.fillWidth: true
                    muted: true
                    text: volunteer.inFamily ? qsTr("Already a volunteer in this family.") : qsTr("Already in this family in another role.")
                }
                KButton {
                    Layout.fillWidth: true
                    objectName: "inviteVolunteer"
                    visible: !volunteer.otherRole
                    primary: false
                    text: volunteer.inFamily ? qsTr("Invite for a new phone") : qsTr("Invite to this family")
                    Accessible.name: qsTr("Invite %1").arg(volunteer.name)
                    onClicked: page.openPage(invitePage, { startRole: Session.Volunteer, startName: volunteer.name, volunteerId: volunteer.personId })
                }
            }
        }
    }
}

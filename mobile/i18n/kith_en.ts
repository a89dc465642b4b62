<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../features/plan/ActionDelegate.qml" line="+47"/>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: %1</source>
        <translation>Checked by: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – the date has passed</source>
        <translation>%1 – the date has passed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;ve done this</source>
        <translation>I&apos;ve done this</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&apos;ve started</source>
        <translation>I&apos;ve started</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm it is done</source>
        <translation>Confirm it is done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It didn&apos;t happen</source>
        <translation>It didn&apos;t happen</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../features/coordinator/AssessmentPage.qml" line="+12"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>Only a coordinator of this family can write its assessment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This starts from the assessment of %1. Saving keeps that one and adds a new one.</source>
        <translation>This starts from the assessment of %1. Saving keeps that one and adds a new one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the family&apos;s first assessment.</source>
        <translation>This is the family&apos;s first assessment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment is saved.</source>
        <translation>The assessment is saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day of the assessment</source>
        <translation>The day of the assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-08-27.</source>
        <translation>Year-month-day, for example 2026-08-27.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What are we worried about?</source>
        <translation>What are we worried about?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worry %1</source>
        <translation>Worry %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a worry</source>
        <translation>Add a worry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s working well?</source>
        <translation>What&apos;s working well?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working well %1</source>
        <translation>Working well %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is safety the family already shows</source>
        <translation>This is safety the family already shows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add what&apos;s working well</source>
        <translation>Add what&apos;s working well</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What needs to happen?</source>
        <translation>What needs to happen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1</source>
        <translation>Safety goal %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a safety goal</source>
        <translation>Add a safety goal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps whose day has passed are copied without their day.</source>
        <translation>Next steps whose day has passed are copied without their day.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step %1</source>
        <translation>Next step %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a next step</source>
        <translation>Add a next step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your safety scale score</source>
        <translation>Your safety scale score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.</source>
        <translation>10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this score (optional)</source>
        <translation>Why this score (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the assessment</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save only the score</source>
        <translation>Save only the score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores so far</source>
        <translation>Scores so far</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 out of 10, from %2</source>
        <translation>%1 out of 10, from %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>%1 out of 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../features/coordinator/ConferencePage.qml" line="+12"/>
        <source>Family meeting (conference)</source>
        <translation>Family meeting (conference)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a coordinator of this family can record its conferences.</source>
        <translation>Only a coordinator of this family can record its conferences.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day it was held</source>
        <translation>The day it was held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>Year-month-day, for example 2026-09-10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who was invited</source>
        <translation>Who was invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name a line, including people without Kith.</source>
        <translation>One name a line, including people without Kith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family made a plan in private family time</source>
        <translation>The family made a plan in private family time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advocate (optional)</source>
        <translation>Advocate (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the young person&apos;s advocate, if they had one.</source>
        <translation>The name of the young person&apos;s advocate, if they had one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the conference</source>
        <translation>Save the conference</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conferences held</source>
        <translation>Conferences held</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocate: %1</source>
        <translation>Advocate: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../features/coordinator/ConfirmCard.qml" line="+9"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
</context>
<context>
    <name>ContactLogEditor</name>
    <message>
        <location filename="../features/support/ContactLogEditor.qml" line="+15"/>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>With %1.</source>
        <translation>With %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.</source>
        <translation>The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How were you in touch?</source>
        <translation>How were you in touch?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When?</source>
        <translation>When?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long, in minutes?</source>
        <translation>How long, in minutes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For messages you can leave this empty.</source>
        <translation>For messages you can leave this empty.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes (optional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did together, anything to follow up.</source>
        <translation>What you did together, anything to follow up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did it help with?</source>
        <translation>What did it help with?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>Saved. It will be sent when your phone is online.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../features/support/DateField.qml" line="+16"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>year-month-day, for example %1</source>
        <translation>year-month-day, for example %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day, or write it as year-month-day.</source>
        <translation>Choose a day, or write it as year-month-day.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day before</source>
        <translation>Day before</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after</source>
        <translation>Day after</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is not a day. Write year-month-day, for example %1.</source>
        <translation>That is not a day. Write year-month-day, for example %1.</translation>
    </message>
</context>
<context>
    <name>DraftItemEditor</name>
    <message>
        <location filename="../features/coordinator/DraftItemEditor.qml" line="+39"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By when (optional)</source>
        <translation>By when (optional)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Easy read (optional)</source>
        <translation>Easy read (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short sentences, one idea each.</source>
        <translation>Short sentences, one idea each.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture: %1</source>
        <translation>Picture: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (optional)</source>
        <translation>Picture (optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Translations (%1)</source>
        <translation>Translations (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Easy read in %1 (optional)</source>
        <translation>Easy read in %1 (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <source>Or someone without Kith</source>
        <translation>Or someone without Kith</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Their names, with commas between them.</source>
        <translation>Their names, with commas between them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year-month-day, for example 2026-10-01.</source>
        <translation>Year-month-day, for example 2026-10-01.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>EasyReadNotice</name>
    <message>
        <location filename="../features/coordinator/EasyReadNotice.qml" line="+62"/>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../features/onboarding/EnrolPage.qml" line="+11"/>
        <source>Welcome to Kith</source>
        <translation>Welcome to Kith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with the Kith account your service gave you. Then choose a PIN for this phone.</source>
        <translation>Sign in with the Kith account your service gave you. Then choose a PIN for this phone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.</source>
        <translation>Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith server address</source>
        <translation>Kith server address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 letters and numbers, like 7KQ2M-XH9TD</source>
        <translation>10 letters and numbers, like 7KQ2M-XH9TD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a PIN</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 6 numbers. You will type it each time you open Kith.</source>
        <translation>At least 6 numbers. You will type it each time you open Kith.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the PIN again</source>
        <translation>Type the PIN again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have an invite code</source>
        <translation>I have an invite code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I work for the service</source>
        <translation>I work for the service</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../features/coordinator/FamiliesPage.qml" line="+12"/>
        <source>Your families</source>
        <translation>Your families</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not coordinate any families in Kith yet.</source>
        <translation>You do not coordinate any families in Kith yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n worries not acknowledged</source>
        <translation>
            <numerusform>%n worry not acknowledged</numerusform>
            <numerusform>%n worries not acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open (the family in view)</source>
        <translation>Open (the family in view)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this family</source>
        <translation>Open this family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a family</source>
        <translation>Add a family</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family&apos;s name</source>
        <translation>The family&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the family will see itself in Kith, for example &quot;The Ahmed family&quot;. Case references stay in the council&apos;s records.</source>
        <translation>How the family will see itself in Kith, for example &quot;The Ahmed family&quot;. Case references stay in the council&apos;s records.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the family</source>
        <translation>Add the family</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You become its coordinator. It can be used once it has reached the server.</source>
        <translation>You become its coordinator. It can be used once it has reached the server.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../features/coordinator/FamilyPage.qml" line="+13"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not a coordinator of this family, so there is nothing to manage here.</source>
        <translation>You are not a coordinator of this family, so there is nothing to manage here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication needs: %1</source>
        <translation>Communication needs: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communication needs</source>
        <translation>Communication needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication needs of %1</source>
        <translation>Communication needs of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan in their formats</source>
        <translation>Plan in their formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan in the formats %1 needs</source>
        <translation>The plan in the formats %1 needs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change support</source>
        <translation>Change support</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the family</source>
        <translation>Link to the family</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from the family</source>
        <translation>Remove from the family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the family</source>
        <translation>Remove %1 from the family</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %2? The family leaves their phone at its next sync.</source>
        <translation>Remove %1 from %2? The family leaves their phone at its next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, remove</source>
        <translation>Yes, remove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How %1 helps</source>
        <translation>How %1 helps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals set with the family</source>
        <translation>Goals set with the family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One goal a line.</source>
        <translation>One goal a line.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the support</source>
        <translation>Save the support</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.</source>
        <translation>Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a volunteer</source>
        <translation>Find a volunteer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite a new volunteer</source>
        <translation>Invite a new volunteer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service has no volunteers in Kith yet.</source>
        <translation>The service has no volunteers in Kith yet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already a volunteer in this family.</source>
        <translation>Already a volunteer in this family.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in this family in another role.</source>
        <translation>Already in this family in another role.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite for a new phone</source>
        <translation>Invite for a new phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite to this family</source>
        <translation>Invite to this family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %1</source>
        <translation>Invite %1</translation>
    </message>
</context>
<context>
    <name>FeedbackDelegate</name>
    <message>
        <location filename="../features/voice/FeedbackDelegate.qml" line="+21"/>
        <source>Reply from %1</source>
        <translation>Reply from %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said</source>
        <translation>You said</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply from %1, %2</source>
        <translation>Reply from %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, %1</source>
        <translation>You said, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How confident you felt in the help: %1 out of 5</source>
        <translation>How confident you felt in the help: %1 out of 5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../features/voice/FeedbackPage.qml" line="+13"/>
        <source>Say what you think</source>
        <translation>Say what you think</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feedback is sent by families and volunteers. You can read it and answer it from your own screens.</source>
        <translation>Feedback is sent by families and volunteers. You can read it and answer it from your own screens.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What do you want to say?</source>
        <translation>What do you want to say?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything: what is helping, what is not, what you would like to change.</source>
        <translation>Anything: what is helping, what is not, what you would like to change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who sees it?</source>
        <translation>Who sees it?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only staff</source>
        <translation>Only staff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My family too</source>
        <translation>My family too</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone in your family who uses Kith can read this.</source>
        <translation>Everyone in your family who uses Kith can read this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your coordinator and staff can read this. Your family will not see it.</source>
        <translation>Only your coordinator and staff can read this. Your family will not see it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is it about? (You can leave this out.)</source>
        <translation>What is it about? (You can leave this out.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our family plan</source>
        <translation>Our family plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>How confident do you feel in the help you are getting?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means not at all, 5 means very confident. You can leave this out.</source>
        <translation>1 means not at all, 5 means very confident. You can leave this out.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thank you. Your message is saved on this phone. It will be sent when there is a connection.</source>
        <translation>Thank you. Your message is saved on this phone. It will be sent when there is a connection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your message is on its way.</source>
        <translation>Thank you. Your message is on its way.</translation>
    </message>
</context>
<context>
    <name>FormatsPage</name>
    <message>
        <location filename="../features/formats/FormatsPage.qml" line="+14"/>
        <source>The plan in other formats</source>
        <translation>The plan in other formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1</source>
        <translation>The plan for %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs: %2.</source>
        <translation>%1 needs: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no communication needs recorded.</source>
        <translation>%1 has no communication needs recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>This family has no published plan yet, so there is nothing to make.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the files in this folder</source>
        <translation>Save the files in this folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files hold the family&apos;s plan. Save them only where they will be safe, and delete them once given.</source>
        <translation>The files hold the family&apos;s plan. Save them only where they will be safe, and delete them once given.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make what they need</source>
        <translation>Make what they need</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the files…</source>
        <translation>Making the files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every format</source>
        <translation>Every format</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (needed)</source>
        <translation>%1 (needed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it</source>
        <translation>Make it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan in %1</source>
        <translation>Make the plan in %1</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../features/goals/GoalsPage.qml" line="+14"/>
        <source>Our goals</source>
        <translation>Our goals</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no goals here yet. When your coordinator has written them down with your family, they will show here.</source>
        <translation>There are no goals here yet. When your coordinator has written them down with your family, they will show here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>Some parts are in English because they have not been translated yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs to happen</source>
        <translation>What needs to happen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is working well</source>
        <translation>What is working well</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What people are worried about</source>
        <translation>What people are worried about</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written down on %1.</source>
        <translation>Written down on %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale</source>
        <translation>Safety scale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.</source>
        <translation>People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest scores</source>
        <translation>Latest scores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 out of 10 (%3, %4)</source>
        <translation>%1: %2 out of 10 (%3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your score</source>
        <translation>Your score</translation>
    </message>
</context>
<context>
    <name>HelpNumbers</name>
    <message>
        <location filename="../features/voice/HelpNumbers.qml" line="+12"/>
        <source>Who to call now</source>
        <translation>Who to call now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need help now</source>
        <translation>If you need help now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an emergency, or if you are in danger now, call 999.</source>
        <translation>In an emergency, or if you are in danger now, call 999.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.</source>
        <translation>Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call 999</source>
        <translation>Call 999</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call Childline</source>
        <translation>Call Childline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Childline, 0800 1111</source>
        <translation>Call Childline, 0800 1111</translation>
    </message>
</context>
<context>
    <name>HelpRequestEditor</name>
    <message>
        <location filename="../features/support/HelpRequestEditor.qml" line="+14"/>
        <source>Ask for help</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Safe Families team</source>
        <translation>The Safe Families team</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What kind of help?</source>
        <translation>What kind of help?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you need?</source>
        <translation>What do you need?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a lift to the school on Tuesday, a cot, someone to talk to.</source>
        <translation>For example: a lift to the school on Tuesday, a cot, someone to talk to.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When do you need it? (optional)</source>
        <translation>When do you need it? (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>In a week</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who do you want to ask?</source>
        <translation>Who do you want to ask?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe Families team and your family in Kith will see this.</source>
        <translation>The Safe Families team and your family in Kith will see this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the parents and carers in your family, and the Safe Families team will see this.</source>
        <translation>%1, the parents and carers in your family, and the Safe Families team will see this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your request is saved. It will be sent when your phone is online.</source>
        <translation>Your request is saved. It will be sent when your phone is online.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../app/HomePage.qml" line="+11"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hello %1.</source>
        <translation>Hello %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>Hello.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no families in Kith yet.</source>
        <translation>You have no families in Kith yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith is getting your family&apos;s information. This needs a connection the first time.</source>
        <translation>Kith is getting your family&apos;s information. This needs a connection the first time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries first, then feedback for staff and requests for help</source>
        <translation>Worries first, then feedback for staff and requests for help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your families</source>
        <translation>Your families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families you coordinate; add a family</source>
        <translation>Families you coordinate; add a family</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this family</source>
        <translation>People in this family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their needs, invites, volunteers, meetings, plan and assessment</source>
        <translation>Their needs, invites, volunteers, meetings, plan and assessment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I don&apos;t feel safe</source>
        <translation>I don&apos;t feel safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator now, and see who to call</source>
        <translation>Tell your coordinator now, and see who to call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our plan</source>
        <translation>Our plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed, who does what, and by when</source>
        <translation>What we agreed, who does what, and by when</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our goals</source>
        <translation>Our goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs to happen, and how safe things feel from 0 to 10</source>
        <translation>What needs to happen, and how safe things feel from 0 to 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families I support</source>
        <translation>Families I support</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visits and stays, answer requests, raise a worry</source>
        <translation>Log visits and stays, answer requests, raise a worry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your volunteer, asking for help, and how it is going</source>
        <translation>Your volunteer, asking for help, and how it is going</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have your say</source>
        <translation>Have your say</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think, your Three Houses, and replies</source>
        <translation>Tell staff what you think, your Three Houses, and replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think of the help you get</source>
        <translation>Tell staff what you think of the help you get</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How I need information</source>
        <translation>How I need information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read, large print, audio, Braille, your language</source>
        <translation>Easy read, large print, audio, Braille, your language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size, language, easy read, contrast</source>
        <translation>Text size, language, easy read, contrast</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch to %1</source>
        <translation>Switch to %1</translation>
    </message>
</context>
<context>
    <name>HostingStayEditor</name>
    <message>
        <location filename="../features/support/HostingStayEditor.qml" line="+14"/>
        <source>Log a stay</source>
        <translation>Log a stay</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With %1.</source>
        <translation>With %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who stayed with you?</source>
        <translation>Who stayed with you?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith does not know the children of this family yet. Ask the Safe Families team to add them.</source>
        <translation>Kith does not know the children of this family yet. Ask the Safe Families team to add them.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The day they came</source>
        <translation>The day they came</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>A week ago</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 days ago</source>
        <translation>2 days ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day they went home</source>
        <translation>The day they went home</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n nights.</source>
        <translation>
            <numerusform>%n night.</numerusform>
            <numerusform>%n nights.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day they went home must be after the day they came.</source>
        <translation>The day they went home must be after the day they came.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (optional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>Saved. It will be sent when your phone is online.</translation>
    </message>
</context>
<context>
    <name>HouseEditor</name>
    <message>
        <location filename="../features/voice/HouseEditor.qml" line="+41"/>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../features/coordinator/InboxPage.qml" line="+12"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every family I coordinate</source>
        <translation>Show every family I coordinate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here. Worries, feedback for staff and help requests will show here.</source>
        <translation>Nothing here. Worries, feedback for staff and help requests will show here.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have seen this worry</source>
        <translation>I have seen this worry</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your reply to %1</source>
        <translation>Your reply to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1 and the family&apos;s coordinators will see it.</source>
        <translation>Only %1 and the family&apos;s coordinators will see it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../features/coordinator/InvitePage.qml" line="+12"/>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>Only a coordinator of this family can invite people to it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.</source>
        <translation>Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their part in the family</source>
        <translation>Their part in the family</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already volunteers with the service. This invite adds them to this family as a volunteer.</source>
        <translation>%1 already volunteers with the service. This invite adds them to this family as a volunteer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they will be shown by. They can change it later.</source>
        <translation>The name they will be shown by. They can change it later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the invite</source>
        <translation>Make the invite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making an invite needs a connection to the Kith server.</source>
        <translation>Making an invite needs a connection to the Kith server.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invite for %1 (%2). Show this to them, or read them the code.</source>
        <translation>Invite for %1 (%2). Show this to them, or read them the code.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the invite for %1. The code is %2.</source>
        <translation>QR code of the invite for %1. The code is %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code</source>
        <translation>The code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code: %1</source>
        <translation>The code: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is shown only now and works once. If it is lost, make a new invite.</source>
        <translation>The code is shown only now and works once. If it is lost, make a new invite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone else</source>
        <translation>Invite someone else</translation>
    </message>
</context>
<context>
    <name>KPage</name>
    <message>
        <location filename="../ui/KPage.qml" line="+23"/>
        <source>This was not saved: %1</source>
        <translation>This was not saved: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/Main.qml" line="+24"/>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../features/formats/NeedsPage.qml" line="+14"/>
        <source>How I need information</source>
        <translation>How I need information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How %1 needs information</source>
        <translation>How %1 needs information</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.</source>
        <translation>Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.</source>
        <translation>What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>Only the person or a coordinator of their family can record their needs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy read: short sentences and pictures</source>
        <translation>Easy read: short sentences and pictures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio: information read out</source>
        <translation>Audio: information read out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Sign Language (BSL)</source>
        <translation>British Sign Language (BSL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interpreter at meetings</source>
        <translation>An interpreter at meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Braille</source>
        <translation>No Braille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncontracted (grade 1)</source>
        <translation>Uncontracted (grade 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted (grade 2)</source>
        <translation>Contracted (grade 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to give information in, and for an interpreter.</source>
        <translation>The language to give information in, and for an interpreter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anything else, in their own words</source>
        <translation>Anything else, in their own words</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the plan in these formats</source>
        <translation>Make the plan in these formats</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../features/onboarding/NeutralScreen.qml" line="+36"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>NotSafePage</name>
    <message>
        <location filename="../features/voice/NotSafePage.qml" line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>I don&apos;t feel safe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send this to your coordinator?</source>
        <translation>Send this to your coordinator?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coordinator will be told that you don&apos;t feel safe. Your family will not see this message.</source>
        <translation>Your coordinator will be told that you don&apos;t feel safe. Your family will not see this message.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is for young people in the family. If someone is in danger now, call 999.</source>
        <translation>This is for young people in the family. If someone is in danger now, call 999.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you want to say what is happening?</source>
        <translation>Do you want to say what is happening?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have to. You can send it without words.</source>
        <translation>You don&apos;t have to. You can send it without words.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.</source>
        <translation>Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, send it</source>
        <translation>Yes, send it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your message is saved</source>
        <translation>Your message is saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message has been sent</source>
        <translation>Your message has been sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is on this phone and will be sent to your coordinator when there is a connection.</source>
        <translation>It is on this phone and will be sent to your coordinator when there is a connection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator has it.</source>
        <translation>Your coordinator has it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith is not an emergency service. Your coordinator may not see your message straight away.</source>
        <translation>Kith is not an emergency service. Your coordinator may not see your message straight away.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../pictograms/PictogramPicker.qml" line="+30"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation>Feelings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and talking</source>
        <translation>Plans and talking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting about</source>
        <translation>Getting about</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../features/plan/PlanPage.qml" line="+13"/>
        <source>Family plan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no plan here yet. When your family&apos;s plan is agreed at the family meeting, it will show here.</source>
        <translation>There is no plan here yet. When your family&apos;s plan is agreed at the family meeting, it will show here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (an earlier version)</source>
        <translation>Version %1 (an earlier version)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>Agreed on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <translation>Next review: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>Some parts are in English because they have not been translated yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed by: %1</source>
        <translation>Agreed by: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I agree to this plan</source>
        <translation>I agree to this plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have agreed to this plan.</source>
        <translation>You have agreed to this plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What must happen</source>
        <translation>What must happen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the plan is not working</source>
        <translation>If the plan is not working</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All versions</source>
        <translation>All versions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>PublishPlanPage</name>
    <message>
        <location filename="../features/coordinator/PublishPlanPage.qml" line="+13"/>
        <source>Publish the plan</source>
        <translation>Publish the plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>Only a coordinator of this family can publish its plan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This will be version %1. It starts as a copy of version %2: change what the family agreed.</source>
        <translation>This will be version %1. It starts as a copy of version %2: change what the family agreed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will be the family&apos;s first plan.</source>
        <translation>This will be the family&apos;s first plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is published. The family will see it at their next sync.</source>
        <translation>Version %1 is published. The family will see it at their next sync.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan&apos;s title</source>
        <translation>The plan&apos;s title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom lines</source>
        <translation>Bottom lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the council says must happen for the children to be safe.</source>
        <translation>What the council says must happen for the children to be safe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom line %1</source>
        <translation>Bottom line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a bottom line</source>
        <translation>Add a bottom line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who checks it was done</source>
        <translation>Who checks it was done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the plan is not working</source>
        <translation>If the plan is not working</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contingency plan</source>
        <translation>Contingency plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens if the plan does not work</source>
        <translation>What happens if the plan does not work</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the family agreed it</source>
        <translation>The day the family agreed it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>Year-month-day, for example 2026-09-10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review meeting (optional)</source>
        <translation>Review meeting (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-12-10.</source>
        <translation>Year-month-day, for example 2026-12-10.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish version %1</source>
        <translation>Publish version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.</source>
        <translation>Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.</source>
        <translation>Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, publish</source>
        <translation>Yes, publish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start again from the current version</source>
        <translation>Start again from the current version</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+27"/>
        <source>Offline. Changes are kept on this phone.</source>
        <translation>Offline. Changes are kept on this phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Kith will try again.</source>
        <translation>The server is busy. Kith will try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone has been removed from Kith. Ask your coordinator to set it up again.</source>
        <translation>This phone has been removed from Kith. Ask your coordinator to set it up again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith could not prove it is talking to the real server, so it sent nothing. Ask your coordinator. (%1)</source>
        <translation>Kith could not prove it is talking to the real server, so it sent nothing. Ask your coordinator. (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 was not saved: %2</source>
        <translation>A %1 was not saved: %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../ui/QuickExitButton.qml" line="+11"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave Kith quickly</source>
        <translation>Leave Kith quickly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks Kith at once and shows a plain screen</source>
        <translation>Locks Kith at once and shows a plain screen</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ui/ReadAloudBar.qml" line="+22"/>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this page aloud</source>
        <translation>Read this page aloud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../features/goals/ScaleChart.qml" line="+72"/>
        <source>No one has given a score yet.</source>
        <translation>No one has given a score yet.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score</source>
        <translation>Every score</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>%1 out of 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../features/goals/ScoreEditor.qml" line="+23"/>
        <source>Where would you put things now, from 0 to 10?</source>
        <translation>Where would you put things now, from 0 to 10?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 means everyone is sure the children are safe at home, and the work with your family can finish.</source>
        <translation>10 means everyone is sure the children are safe at home, and the work with your family can finish.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the children cannot stay at home safely right now.</source>
        <translation>0 means the children cannot stay at home safely right now.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+12"/>
        <source>%1, chosen</source>
        <translation>%1, chosen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>You chose %1 out of 10.</source>
        <translation>You chose %1 out of 10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is your score about?</source>
        <translation>What is your score about?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything together</source>
        <translation>Everything together</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did you choose this number?</source>
        <translation>Why did you choose this number?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sentence in your own words is enough.</source>
        <translation>A sentence in your own words is enough.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my score</source>
        <translation>Save my score</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thank you. Your score is saved.</source>
        <translation>Thank you. Your score is saved.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../features/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1%</source>
        <translation>Now %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size %1 percent</source>
        <translation>Text size %1 percent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Easy read: shorter words and pictures</source>
        <translation>Easy read: shorter words and pictures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show read-aloud buttons</source>
        <translation>Show read-aloud buttons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less movement on screen</source>
        <translation>Less movement on screen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone</source>
        <translation>This phone</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kith locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>Kith locks itself after %n minute without use.</numerusform>
            <numerusform>Kith locks itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock Kith now</source>
        <translation>Lock Kith now</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../features/support/SupportPage.qml" line="+14"/>
        <source>Families you support</source>
        <translation>Families you support</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no Safe Families support to show here yet.</source>
        <translation>There is no Safe Families support to show here yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your families</source>
        <translation>Your families</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (shown)</source>
        <translation>%1 (shown)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have been their %1 since %2.</source>
        <translation>You have been their %1 since %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals set with the family</source>
        <translation>Goals set with the family</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a visit or call</source>
        <translation>Log a visit or call</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a stay</source>
        <translation>Log a stay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise a worry</source>
        <translation>Raise a worry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the Safe Families team only</source>
        <translation>Goes to the Safe Families team only</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your volunteer</source>
        <translation>Your volunteer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have a Safe Families volunteer yet. You can still ask the team for help.</source>
        <translation>You do not have a Safe Families volunteer yet. You can still ask the team for help.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Safe Families volunteer yet.</source>
        <translation>No Safe Families volunteer yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals: %1</source>
        <translation>Goals: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help asked of you</source>
        <translation>Help asked of you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help you asked for</source>
        <translation>Help you asked for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one has asked you for help yet.</source>
        <translation>No one has asked you for help yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No requests yet.</source>
        <translation>No requests yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asked by %1</source>
        <translation>Asked by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of %1</source>
        <translation>Asked of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked %2</source>
        <translation>%1 asked %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>Needed by %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It&apos;s arranged</source>
        <translation>It&apos;s arranged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It&apos;s done</source>
        <translation>It&apos;s done</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I don&apos;t need this now</source>
        <translation>I don&apos;t need this now</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts you logged</source>
        <translation>Contacts you logged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits and calls</source>
        <translation>Visits and calls</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing logged yet.</source>
        <translation>Nothing logged yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helped with: %1</source>
        <translation>Helped with: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n nights in all.</source>
        <translation>
            <numerusform>%n night in all.</numerusform>
            <numerusform>%n nights in all.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stayed with you</source>
        <translation>%1 stayed with you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stayed with %2</source>
        <translation>%1 stayed with %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>How confident do you feel in the help you are getting?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Not at all</source>
        <translation>1 Not at all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Very</source>
        <translation>5 Very</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you want to say? (optional)</source>
        <translation>Anything you want to say? (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Safe Families team will read this. Your volunteer will not see it.</source>
        <translation>Only the Safe Families team will read this. Your volunteer will not see it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You last told the team on %1.</source>
        <translation>You last told the team on %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>Send to the team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. The Safe Families team will read it.</source>
        <translation>Thank you. The Safe Families team will read it.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../ui/SyncBar.qml" line="+19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>ThreeHousesPage</name>
    <message>
        <location filename="../features/voice/ThreeHousesPage.qml" line="+12"/>
        <source>My Three Houses</source>
        <translation>My Three Houses</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Three houses for your own words. Only you and your coordinator can see them.</source>
        <translation>Three houses for your own words. Only you and your coordinator can see them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>Three Houses are filled in by the young person they belong to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last changed on %1.</source>
        <translation>Last changed on %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House of worries</source>
        <translation>House of worries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries you?</source>
        <translation>What worries you?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of good things</source>
        <translation>House of good things</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is good in your life?</source>
        <translation>What is good in your life?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of dreams</source>
        <translation>House of dreams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you like to happen?</source>
        <translation>What would you like to happen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my houses</source>
        <translation>Save my houses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../features/onboarding/UnlockPage.qml" line="+10"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN to open Kith.</source>
        <translation>Type your PIN to open Kith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../features/voice/VoicePage.qml" line="+12"/>
        <source>Have your say</source>
        <translation>Have your say</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>I don&apos;t feel safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator. See who to call now.</source>
        <translation>Tell your coordinator. See who to call now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what you think</source>
        <translation>Say what you think</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff, or your family, how things are going</source>
        <translation>Tell staff, or your family, how things are going</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Three Houses</source>
        <translation>My Three Houses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries, good things and dreams, in your own words</source>
        <translation>Worries, good things and dreams, in your own words</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Words and Pictures</source>
        <translation>My Words and Pictures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why helpers are working with your family</source>
        <translation>Why helpers are working with your family</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you said</source>
        <translation>What you said</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet. When you say something, it shows here with any reply from staff.</source>
        <translation>Nothing yet. When you say something, it shows here with any reply from staff.</translation>
    </message>
</context>
<context>
    <name>WordsAndPicturesPage</name>
    <message>
        <location filename="../features/voice/WordsAndPicturesPage.qml" line="+13"/>
        <source>My Words and Pictures</source>
        <translation>My Words and Pictures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written for you here yet. Your coordinator will write it with you.</source>
        <translation>Nothing has been written for you here yet. Your coordinator will write it with you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written on %1.</source>
        <translation>Written on %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>Some parts are in English because they have not been translated yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>WorryEditor</name>
    <message>
        <location filename="../features/support/WorryEditor.qml" line="+14"/>
        <source>Raise a worry</source>
        <translation>Raise a worry</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This goes to the Safe Families team only.</source>
        <translation>This goes to the Safe Families team only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family will not see it. It is sent as soon as your phone is online.</source>
        <translation>The family will not see it. It is sent as soon as your phone is online.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a child is in danger now, call 999.</source>
        <translation>If a child is in danger now, call 999.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1.</source>
        <translation>About %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What worries you?</source>
        <translation>What worries you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw or heard, when, and what was said. Use the words people used.</source>
        <translation>What you saw or heard, when, and what was said. Use the words people used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>Send to the team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it.</source>
        <translation>Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it.</translation>
    </message>
</context>
<context>
    <name>kith::app::AssessmentDraft</name>
    <message>
        <location filename="../features/coordinator/assessment_draft.cpp" line="+48"/>
        <source>Harm that has happened</source>
        <translation>Harm that has happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger: what could happen if nothing changes</source>
        <translation>Danger: what could happen if nothing changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicating factor</source>
        <translation>Complicating factor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind not chosen</source>
        <translation>Kind not chosen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent or carer</source>
        <translation>Parent or carer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>Family network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>Choose a score from 0 to 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>Only a coordinator of this family can write its assessment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day of the assessment as year-month-day, for example 2026-08-27.</source>
        <translation>Type the day of the assessment as year-month-day, for example 2026-08-27.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worry %1 has no words. Write it, or remove it.</source>
        <translation>Worry %1 has no words. Write it, or remove it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worry %1: choose harm, danger or complicating factor.</source>
        <translation>Worry %1: choose harm, danger or complicating factor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s working well %1 has no words. Write it, or remove it.</source>
        <translation>What&apos;s working well %1 has no words. Write it, or remove it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1 has no words. Write it, or remove it.</source>
        <translation>Safety goal %1 has no words. Write it, or remove it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step %1 has no words. Write it, or remove it.</source>
        <translation>Next step %1 has no words. Write it, or remove it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1: type the day as year-month-day, or leave it empty.</source>
        <translation>Next step %1: type the day as year-month-day, or leave it empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1 is due before the day of the assessment.</source>
        <translation>Next step %1 is due before the day of the assessment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write at least one worry, strength, safety goal or next step.</source>
        <translation>Write at least one worry, strength, safety goal or next step.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Only a coordinator of this family can score here.</source>
        <translation>Only a coordinator of this family can score here.</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorDesk</name>
    <message>
        <location filename="../features/coordinator/coordinator_desk.cpp" line="+69"/>
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan version %1</source>
        <translation>Plan version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version %1, review on %2</source>
        <translation>Plan version %1, review on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: the family can be used once it has reached the server.</source>
        <translation>Waiting to sync: the family can be used once it has reached the server.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the family yet</source>
        <translation>Not linked to the family yet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 invited, %2 came.</source>
        <translation>%1 invited, %2 came.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family made a plan.</source>
        <translation>The family made a plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan was made.</source>
        <translation>No plan was made.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family friend</source>
        <translation>Family friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>Resource friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support not chosen</source>
        <translation>Support not chosen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a family first.</source>
        <translation>Choose a family first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator of this family can do this.</source>
        <translation>Only a coordinator of this family can do this.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only staff accounts can add a family. Ask your Kith administrator.</source>
        <translation>Only staff accounts can add a family. Ask your Kith administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the family&apos;s name, for example &quot;The Ahmed family&quot;.</source>
        <translation>Type the family&apos;s name, for example &quot;The Ahmed family&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That person is no longer in this family.</source>
        <translation>That person is no longer in this family.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot remove yourself here. Ask another coordinator or your Kith administrator.</source>
        <translation>You cannot remove yourself here. Ask another coordinator or your Kith administrator.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in this family as a volunteer yet. Invite them, and link them once they have set up Kith.</source>
        <translation>%1 is not in this family as a volunteer yet. Invite them, and link them once they have set up Kith.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how they will help: family friend, host family or resource friend.</source>
        <translation>Choose how they will help: family friend, host family or resource friend.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the day the conference was held as year-month-day, for example 2026-09-10.</source>
        <translation>Type the day the conference was held as year-month-day, for example 2026-09-10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conference day cannot be after today. Record a conference once it has been held.</source>
        <translation>The conference day cannot be after today. Record a conference once it has been held.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the names of the family members who were invited.</source>
        <translation>Add the names of the family members who were invited.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>Only a coordinator of this family can invite people to it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by your Kith administrator.</source>
        <translation>Choose the person&apos;s part in the family. Coordinators are added by your Kith administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name the person will be shown by.</source>
        <translation>Type the name the person will be shown by.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone already in Kith can only be invited as a volunteer.</source>
        <translation>Someone already in Kith can only be invited as a volunteer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invite is on its way. Wait a moment.</source>
        <translation>An invite is on its way. Wait a moment.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Works until %1 at %2, once.</source>
        <translation>Works until %1 at %2, once.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only staff accounts can see the list of volunteers.</source>
        <translation>Only staff accounts can see the list of volunteers.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A volunteer with no name yet</source>
        <translation>A volunteer with no name yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline, so no invite was made. An invite needs a connection to the Kith server: try again when you are online.</source>
        <translation>You are offline, so no invite was made. An invite needs a connection to the Kith server: try again when you are online.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline. The list of volunteers needs a connection to the Kith server: try again when you are online.</source>
        <translation>You are offline. The list of volunteers needs a connection to the Kith server: try again when you are online.</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorInbox</name>
    <message>
        <location filename="../features/coordinator/coordinator_inbox.cpp" line="+50"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;I don&apos;t feel safe.&quot;</source>
        <translation>&quot;I don&apos;t feel safe.&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged yet</source>
        <translation>Not acknowledged yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1, %2</source>
        <translation>Acknowledged by %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not feel safe</source>
        <translation>Does not feel safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry from a volunteer</source>
        <translation>Worry from a volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry</source>
        <translation>Worry</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply from %1: %2</source>
        <translation>Reply from %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How confident they feel in the help: %1 out of 5</source>
        <translation>How confident they feel in the help: %1 out of 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback for staff</source>
        <translation>Feedback for staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reply yet</source>
        <translation>No reply yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>Needed by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked of %1</source>
        <translation>Asked of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help request</source>
        <translation>Help request</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This worry has been acknowledged already.</source>
        <translation>This worry has been acknowledged already.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can acknowledge this worry.</source>
        <translation>Only a coordinator of the family can acknowledge this worry.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can reply to this.</source>
        <translation>Only a coordinator of the family can reply to this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your reply first.</source>
        <translation>Write your reply first.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose open, arranged, done or withdrawn.</source>
        <translation>Choose open, arranged, done or withdrawn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a coordinator of the family can change this request.</source>
        <translation>Only a coordinator of the family can change this request.</translation>
    </message>
</context>
<context>
    <name>kith::app::DraftList</name>
    <message>
        <location filename="../features/coordinator/draft_list.cpp" line="+39"/>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>kith::app::EasyReadCheck</name>
    <message>
        <location filename="../features/coordinator/easy_read_check.cpp" line="+57"/>
        <source>&quot;%1&quot; has %2 words. Easy read works best with %3 or fewer: try splitting it.</source>
        <translation>&quot;%1&quot; has %2 words. Easy read works best with %3 or fewer: try splitting it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may hold more than one idea. Easy read works best with one idea in each sentence.</source>
        <translation>&quot;%1&quot; may hold more than one idea. Easy read works best with one idea in each sentence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is jargon: families may not know it. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is jargon: families may not know it. Try &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a long word. Try a shorter, everyday word.</source>
        <translation>&quot;%1&quot; is a long word. Try a shorter, everyday word.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a long word. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is a long word. Try &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.</source>
        <translation>The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Easy read check: this does not look like English, so it was not checked.</source>
        <translation>Easy read check: this does not look like English, so it was not checked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy read check: this reads well.</source>
        <translation>Easy read check: this reads well.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Easy read check: %n thing(s) to look at.</source>
        <translation>
            <numerusform>Easy read check: %n thing to look at.</numerusform>
            <numerusform>Easy read check: %n things to look at.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::FormatsView</name>
    <message>
        <location filename="../features/formats/formats_view.cpp" line="+29"/>
        <source>Easy read</source>
        <translation>Easy read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Short sentences, as a text file to print or read on screen</source>
        <translation>Short sentences, as a text file to print or read on screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF in big, clear letters, one column</source>
        <translation>A PDF in big, clear letters, one column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan read out, as a sound file (WAV)</source>
        <translation>The plan read out, as a sound file (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Braille file (BRF) for an embosser or a Braille display</source>
        <translation>A Braille file (BRF) for an embosser or a Braille display</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 has no communication needs recorded that ask for another format. Record them first, or choose a format below.</source>
        <translation>%1 has no communication needs recorded that ask for another format. Record them first, or choose a format below.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no such format.</source>
        <translation>There is no such format.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>This family has no published plan yet, so there is nothing to make.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the whole path of the folder, for example %1.</source>
        <translation>Type the whole path of the folder, for example %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith cannot make the folder %1. Choose another.</source>
        <translation>Kith cannot make the folder %1. Choose another.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not everything was made: %1</source>
        <translation>Not everything was made: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::GoalsView</name>
    <message>
        <location filename="../features/goals/goals_view.cpp" line="+30"/>
        <source>Parent or carer</source>
        <translation>Parent or carer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>Family network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 out of 10 on %3</source>
        <translation>%1: %2 out of 10 on %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale: no scores yet.</source>
        <translation>Safety scale: no scores yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety scale, latest scores. %1.</source>
        <translation>Safety scale, latest scores. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the family and their coordinator give scores here.</source>
        <translation>Only the family and their coordinator give scores here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>Choose a number from 0 to 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a sentence about why you chose %1.</source>
        <translation>Write a sentence about why you chose %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That goal is not one of the family&apos;s goals now. Choose another.</source>
        <translation>That goal is not one of the family&apos;s goals now. Choose another.</translation>
    </message>
</context>
<context>
    <name>kith::app::NeedsEditor</name>
    <message>
        <location filename="../features/formats/needs_editor.cpp" line="+25"/>
        <source>Easy read</source>
        <translation>Easy read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (uncontracted)</source>
        <translation>Braille (uncontracted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (contracted)</source>
        <translation>Braille (contracted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSL</source>
        <translation>BSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last checked on %1.</source>
        <translation>Last checked on %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by %1. Last checked on %2.</source>
        <translation>Recorded by %1. Last checked on %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>Only the person or a coordinator of their family can record their needs.</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanDraft</name>
    <message>
        <location filename="../features/coordinator/plan_draft.cpp" line="+85"/>
        <source>Our family plan</source>
        <translation>Our family plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>Only a coordinator of this family can publish its plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the plan a title, for example &quot;Our family plan&quot;.</source>
        <translation>Give the plan a title, for example &quot;Our family plan&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day the family agreed the plan as year-month-day, for example 2026-09-10.</source>
        <translation>Type the day the family agreed the plan as year-month-day, for example 2026-09-10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the review day as year-month-day, for example 2026-12-10, or leave it empty.</source>
        <translation>Type the review day as year-month-day, for example 2026-12-10, or leave it empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review day cannot be before the day the plan was agreed.</source>
        <translation>The review day cannot be before the day the plan was agreed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bottom line %1 has no words. Write it, or remove it.</source>
        <translation>Bottom line %1 has no words. Write it, or remove it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one action: what will happen, and who does it.</source>
        <translation>Add at least one action: what will happen, and who does it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 has no words. Say what will happen, or remove it.</source>
        <translation>Action %1 has no words. Say what will happen, or remove it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 has nobody doing it. Choose someone, or type a name.</source>
        <translation>Action %1 has nobody doing it. Choose someone, or type a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1: type the day it is due as year-month-day, or leave it empty.</source>
        <translation>Action %1: type the day it is due as year-month-day, or leave it empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is due before the day the plan was agreed.</source>
        <translation>Action %1 is due before the day the plan was agreed.</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanView</name>
    <message>
        <location filename="../features/plan/plan_view.cpp" line="+36"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, waiting to be checked</source>
        <translation>Done, waiting to be checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done and checked</source>
        <translation>Done and checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1, agreed %2</source>
        <translation>Version %1, agreed %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family plan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your actions</source>
        <translation>Your actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions for %1</source>
        <translation>Actions for %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only the current plan&apos;s actions can change.</source>
        <translation>Only the current plan&apos;s actions can change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a status an action can have.</source>
        <translation>That is not a status an action can have.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the person who checks this action can confirm it.</source>
        <translation>Only the person who checks this action can confirm it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people doing this action can change it.</source>
        <translation>Only the people doing this action can change it.</translation>
    </message>
</context>
<context>
    <name>kith::app::ReadAloud</name>
    <message>
        <location filename="../core/read_aloud.cpp" line="+71"/>
        <source>This device has no speech engine, so Kith cannot read aloud here. Your coordinator can make the plan for you as an audio file.</source>
        <translation>This device has no speech engine, so Kith cannot read aloud here. Your coordinator can make the plan for you as an audio file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 voice on this device, so Kith cannot read this aloud. Your coordinator can make the plan for you as an audio file in %1.</source>
        <translation>There is no %1 voice on this device, so Kith cannot read this aloud. Your coordinator can make the plan for you as an audio file in %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kith could not play the sound (%1). Check the volume and the speaker, or ask your coordinator for the plan as an audio file.</source>
        <translation>Kith could not play the sound (%1). Check the volume and the speaker, or ask your coordinator for the plan as an audio file.</translation>
    </message>
</context>
<context>
    <name>kith::app::Session</name>
    <message>
        <location filename="../core/session.cpp" line="+137"/>
        <source>Choose a PIN of at least 6 numbers.</source>
        <translation>Choose a PIN of at least 6 numbers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is numbers only.</source>
        <translation>A PIN is numbers only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>The two PINs are not the same. Type the same PIN twice.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type your Kith username.</source>
        <translation>Type your Kith username.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server address starts with https://, for example https://kith.example.gov.uk</source>
        <translation>The server address starts with https://, for example https://kith.example.gov.uk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+153"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Type the name the person will be shown by.</source>
        <translation>Type the name the person will be shown by.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by the service&apos;s Kith administrator.</source>
        <translation>Choose the person&apos;s part in the family. Coordinators are added by the service&apos;s Kith administrator.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The family you support</source>
        <translation>The family you support</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parent or carer</source>
        <translation>Parent or carer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>Family network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leaver</source>
        <translation>Care leaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families volunteer</source>
        <translation>Safe Families volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n changes to send.</source>
        <translation>
            <numerusform>%n change to send.</numerusform>
            <numerusform>%n changes to send.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced just now.</source>
        <translation>Synced just now.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n minutes ago.</source>
        <translation>
            <numerusform>Synced a minute ago.</numerusform>
            <numerusform>Synced %n minutes ago.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at %1.</source>
        <translation>Synced at %1.</translation>
    </message>
</context>
<context>
    <name>kith::app::StoreWorker</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+102"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith is locked. Unlock it and try again.</translation>
    </message>
</context>
<context>
    <name>kith::app::SupportView</name>
    <message>
        <location filename="../features/support/support_view.cpp" line="+60"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip out</source>
        <translation>Trip out</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People to turn to</source>
        <translation>People to turn to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling more confident</source>
        <translation>Feeling more confident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling well in body and mind</source>
        <translation>Feeling well in body and mind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parenting</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting on as a family</source>
        <translation>Getting on as a family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, food and money</source>
        <translation>Home, food and money</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practical help</source>
        <translation>Practical help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things we need</source>
        <translation>Things we need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to talk to</source>
        <translation>Someone to talk to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family friend</source>
        <translation>Family friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>Resource friend</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1&apos;s family</source>
        <translation>%1&apos;s family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family you support since %1</source>
        <translation>A family you support since %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family you support</source>
        <translation>The family you support</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+22"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the Safe Families team</source>
        <translation>the Safe Families team</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose %1.</source>
        <translation>Choose %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write %1 as year-month-day, for example %2.</source>
        <translation>Write %1 as year-month-day, for example %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a volunteer linked to this family can log a contact.</source>
        <translation>Only a volunteer linked to this family can log a contact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how you were in touch: a visit, a call, messages or a trip out.</source>
        <translation>Choose how you were in touch: a visit, a call, messages or a trip out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day it happened</source>
        <translation>the day it happened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact once it has happened: choose today or an earlier day.</source>
        <translation>Log a contact once it has happened: choose today or an earlier day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes must be between 1 and 1440 (a whole day).</source>
        <translation>Minutes must be between 1 and 1440 (a whole day).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how many minutes it lasted, for example 30.</source>
        <translation>Say how many minutes it lasted, for example 30.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the areas from the list.</source>
        <translation>Choose the areas from the list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a volunteer linked to this family can log a stay.</source>
        <translation>Only a volunteer linked to this family can log a stay.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose who stayed with you.</source>
        <translation>Choose who stayed with you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who stayed from the list.</source>
        <translation>Choose who stayed from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day they came</source>
        <translation>the day they came</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day they went home</source>
        <translation>the day they went home</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day they went home must be after the day they came. A stay is at least one night.</source>
        <translation>The day they went home must be after the day they came. A stay is at least one night.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a stay once the children have gone home: the day they went home cannot be after today.</source>
        <translation>Log a stay once the children have gone home: the day they went home cannot be after today.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can answer only the requests asked of you.</source>
        <translation>You can answer only the requests asked of you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the help is arranged or done.</source>
        <translation>Say whether the help is arranged or done.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed: it is done or no longer needed.</source>
        <translation>This request is closed: it is done or no longer needed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a volunteer linked to this family can raise a worry here.</source>
        <translation>Only a volunteer linked to this family can raise a worry here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what worries you, in your own words.</source>
        <translation>Say what worries you, in your own words.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a parent or carer can ask for help here.</source>
        <translation>Only a parent or carer can ask for help here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of help you need.</source>
        <translation>Choose the kind of help you need.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what help you need.</source>
        <translation>Say what help you need.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day you need it</source>
        <translation>the day you need it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you need it cannot be before today.</source>
        <translation>The day you need it cannot be before today.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your volunteer from the list, or ask the Safe Families team.</source>
        <translation>Choose your volunteer from the list, or ask the Safe Families team.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can take back only a request you made.</source>
        <translation>You can take back only a request you made.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed already.</source>
        <translation>This request is closed already.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the family can send feedback on their support.</source>
        <translation>Only the family can send feedback on their support.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 1 to 5.</source>
        <translation>Choose a number from 1 to 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel, or say something in your own words.</source>
        <translation>Choose how confident you feel, or say something in your own words.</translation>
    </message>
</context>
<context>
    <name>kith::app::VoiceView</name>
    <message>
        <location filename="../features/voice/voice_view.cpp" line="+60"/>
        <source>Only staff see this</source>
        <translation>Only staff see this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your family can see this</source>
        <translation>Your family can see this</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our family plan</source>
        <translation>Our family plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling safe</source>
        <translation>Feeling safe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Feedback is sent by the family and volunteers. Staff answer it.</source>
        <translation>Feedback is sent by the family and volunteers. Staff answer it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees this: staff only, or your family.</source>
        <translation>Choose who sees this: staff only, or your family.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As a volunteer, your feedback goes to staff only. Choose staff only.</source>
        <translation>As a volunteer, your feedback goes to staff only. Choose staff only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel from 1 to 5, or leave it out.</source>
        <translation>Choose how confident you feel from 1 to 5, or leave it out.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something, or choose how confident you feel.</source>
        <translation>Write something, or choose how confident you feel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is for young people. If you are worried about someone&apos;s safety, call 999 in an emergency.</source>
        <translation>This is for young people. If you are worried about someone&apos;s safety, call 999 in an emergency.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>Three Houses are filled in by the young person they belong to.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This line is too long: &quot;%1...&quot;. Split it into two shorter lines.</source>
        <translation>This line is too long: &quot;%1...&quot;. Split it into two shorter lines.</translation>
    </message>
</context>
</TS>

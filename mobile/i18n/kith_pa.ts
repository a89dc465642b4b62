<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa_IN">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../features/plan/ActionDelegate.qml" line="+47"/>
        <source>Who: %1</source>
        <translation>ਕੌਣ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>ਕਦੋਂ ਤੱਕ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: %1</source>
        <translation>ਕੌਣ ਜਾਂਚ ਕਰੇਗਾ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – the date has passed</source>
        <translation>%1 – ਇਹ ਤਾਰੀਖ ਲੰਘ ਗਈ ਹੈ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;ve done this</source>
        <translation>ਮੈਂ ਇਹ ਕਰ ਲਿਆ ਹੈ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&apos;ve started</source>
        <translation>ਮੈਂ ਸ਼ੁਰੂ ਕਰ ਦਿੱਤਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm it is done</source>
        <translation>ਪੱਕਾ ਕਰੋ ਕਿ ਇਹ ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It didn&apos;t happen</source>
        <translation>ਇਹ ਨਹੀਂ ਹੋਇਆ</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../features/coordinator/AssessmentPage.qml" line="+12"/>
        <source>Assessment</source>
        <translation>ਮੁਲਾਂਕਣ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦਾ ਮੁਲਾਂਕਣ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਲਿਖ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This starts from the assessment of %1. Saving keeps that one and adds a new one.</source>
        <translation>ਇਹ %1 ਦੇ ਮੁਲਾਂਕਣ ਤੋਂ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ। ਸੇਵ ਕਰਨ ਨਾਲ ਉਹ ਵੀ ਰਹੇਗਾ ਅਤੇ ਇੱਕ ਨਵਾਂ ਜੁੜ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the family&apos;s first assessment.</source>
        <translation>ਇਹ ਪਰਿਵਾਰ ਦਾ ਪਹਿਲਾ ਮੁਲਾਂਕਣ ਹੈ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment is saved.</source>
        <translation>ਮੁਲਾਂਕਣ ਸੇਵ ਹੋ ਗਿਆ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day of the assessment</source>
        <translation>ਮੁਲਾਂਕਣ ਦਾ ਦਿਨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-08-27.</source>
        <translation>ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ, ਜਿਵੇਂ 2026-08-27।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What are we worried about?</source>
        <translation>ਸਾਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worry %1</source>
        <translation>ਚਿੰਤਾ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a worry</source>
        <translation>ਚਿੰਤਾ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s working well?</source>
        <translation>ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working well %1</source>
        <translation>ਵਧੀਆ ਚੱਲ ਰਿਹਾ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is safety the family already shows</source>
        <translation>ਇਹ ਉਹ ਸੁਰੱਖਿਆ ਹੈ ਜੋ ਪਰਿਵਾਰ ਪਹਿਲਾਂ ਹੀ ਦਿਖਾ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add what&apos;s working well</source>
        <translation>ਜੋ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ ਉਹ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What needs to happen?</source>
        <translation>ਕੀ ਹੋਣਾ ਜ਼ਰੂਰੀ ਹੈ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1</source>
        <translation>ਸੁਰੱਖਿਆ ਦਾ ਟੀਚਾ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a safety goal</source>
        <translation>ਸੁਰੱਖਿਆ ਦਾ ਟੀਚਾ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps whose day has passed are copied without their day.</source>
        <translation>ਜਿਨ੍ਹਾਂ ਅਗਲੇ ਕਦਮਾਂ ਦਾ ਦਿਨ ਲੰਘ ਗਿਆ ਹੈ, ਉਹ ਦਿਨ ਤੋਂ ਬਿਨਾਂ ਨਕਲ ਹੋਣਗੇ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step %1</source>
        <translation>ਅਗਲਾ ਕਦਮ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>ਇਹ ਕੌਣ ਕਰੇਗਾ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a next step</source>
        <translation>ਅਗਲਾ ਕਦਮ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your safety scale score</source>
        <translation>ਸੁਰੱਖਿਆ ਪੈਮਾਨੇ ’ਤੇ ਤੁਹਾਡਾ ਅੰਕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.</source>
        <translation>10 ਦਾ ਮਤਲਬ ਹੈ ਸਭ ਜਾਣਦੇ ਹਨ ਕਿ ਬੱਚੇ ਇੰਨੇ ਸੁਰੱਖਿਅਤ ਹਨ ਕਿ ਕੇਸ ਬੰਦ ਹੋ ਸਕਦਾ ਹੈ। 0 ਦਾ ਮਤਲਬ ਹੈ ਬੱਚਿਆਂ ਨੂੰ ਘਰੋਂ ਲਿਜਾਣਾ ਜ਼ਰੂਰੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>ਅੰਕ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this score (optional)</source>
        <translation>ਇਹ ਅੰਕ ਕਿਉਂ (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the assessment</source>
        <translation>ਮੁਲਾਂਕਣ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save only the score</source>
        <translation>ਸਿਰਫ਼ ਅੰਕ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores so far</source>
        <translation>ਹੁਣ ਤੱਕ ਦੇ ਅੰਕ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 out of 10, from %2</source>
        <translation>10 ਵਿੱਚੋਂ %1, %2 ਵੱਲੋਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>10 ਵਿੱਚੋਂ %1</translation>
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
        <translation>ਪਰਿਵਾਰਕ ਮੀਟਿੰਗ (ਕਾਨਫਰੰਸ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a coordinator of this family can record its conferences.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦੀਆਂ ਕਾਨਫਰੰਸਾਂ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਦਰਜ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day it was held</source>
        <translation>ਜਿਸ ਦਿਨ ਇਹ ਹੋਈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ, ਜਿਵੇਂ 2026-09-10।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who was invited</source>
        <translation>ਕਿਸ ਨੂੰ ਸੱਦਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name a line, including people without Kith.</source>
        <translation>ਹਰ ਲਾਈਨ ’ਤੇ ਇੱਕ ਨਾਮ, ਉਹਨਾਂ ਲੋਕਾਂ ਸਮੇਤ ਜਿਨ੍ਹਾਂ ਕੋਲ Kith ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Who came</source>
        <translation>ਕੌਣ ਆਇਆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family made a plan in private family time</source>
        <translation>ਪਰਿਵਾਰ ਨੇ ਨਿੱਜੀ ਪਰਿਵਾਰਕ ਸਮੇਂ ਵਿੱਚ ਯੋਜਨਾ ਬਣਾਈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advocate (optional)</source>
        <translation>ਐਡਵੋਕੇਟ (ਜੇ ਹੋਵੇ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the young person&apos;s advocate, if they had one.</source>
        <translation>ਨੌਜਵਾਨ ਦੇ ਐਡਵੋਕੇਟ ਦਾ ਨਾਮ, ਜੇ ਕੋਈ ਸੀ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the conference</source>
        <translation>ਕਾਨਫਰੰਸ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conferences held</source>
        <translation>ਹੋਈਆਂ ਕਾਨਫਰੰਸਾਂ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocate: %1</source>
        <translation>ਐਡਵੋਕੇਟ: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../features/coordinator/ConfirmCard.qml" line="+9"/>
        <source>Yes</source>
        <translation>ਹਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>ਨਹੀਂ, ਰਹਿਣ ਦਿਓ</translation>
    </message>
</context>
<context>
    <name>ContactLogEditor</name>
    <message>
        <location filename="../features/support/ContactLogEditor.qml" line="+15"/>
        <source>Log a contact</source>
        <translation>ਸੰਪਰਕ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>With %1.</source>
        <translation>%1 ਨਾਲ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.</source>
        <translation>ਮਾਪੇ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਵੇਖ ਸਕਦੇ ਹਨ ਜੋ ਤੁਸੀਂ ਇੱਥੇ ਦਰਜ ਕਰਦੇ ਹੋ। ਜੇ ਕਿਸੇ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ, ਤਾਂ ਚਿੰਤਾ ਦੱਸੋ: ਉਹ ਸਿਰਫ਼ Safe Families ਟੀਮ ਵੇਖਦੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How were you in touch?</source>
        <translation>ਤੁਹਾਡਾ ਸੰਪਰਕ ਕਿਵੇਂ ਹੋਇਆ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When?</source>
        <translation>ਕਦੋਂ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long, in minutes?</source>
        <translation>ਕਿੰਨਾ ਸਮਾਂ, ਮਿੰਟਾਂ ਵਿੱਚ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For messages you can leave this empty.</source>
        <translation>ਸੁਨੇਹਿਆਂ ਲਈ ਤੁਸੀਂ ਇਸ ਨੂੰ ਖਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 ਮਿੰਟ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n ਮਿੰਟ</numerusform>
            <numerusform>%n ਮਿੰਟ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes (optional)</source>
        <translation>ਨੋਟ (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did together, anything to follow up.</source>
        <translation>ਤੁਸੀਂ ਮਿਲ ਕੇ ਕੀ ਕੀਤਾ, ਅਤੇ ਅੱਗੇ ਕੀ ਵੇਖਣਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did it help with?</source>
        <translation>ਇਸ ਨੇ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਕੀਤੀ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>ਸੇਵ ਹੋ ਗਿਆ। ਜਦੋਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਔਨਲਾਈਨ ਹੋਵੇਗਾ ਤਾਂ ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../features/support/DateField.qml" line="+16"/>
        <source>Today</source>
        <translation>ਅੱਜ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>ਬੀਤਿਆ ਕੱਲ੍ਹ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>year-month-day, for example %1</source>
        <translation>ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ, ਜਿਵੇਂ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day, or write it as year-month-day.</source>
        <translation>ਦਿਨ ਚੁਣੋ, ਜਾਂ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day before</source>
        <translation>ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after</source>
        <translation>ਇੱਕ ਦਿਨ ਬਾਅਦ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is not a day. Write year-month-day, for example %1.</source>
        <translation>ਇਹ ਕੋਈ ਦਿਨ ਨਹੀਂ ਹੈ। ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਲਿਖੋ, ਜਿਵੇਂ %1।</translation>
    </message>
</context>
<context>
    <name>DraftItemEditor</name>
    <message>
        <location filename="../features/coordinator/DraftItemEditor.qml" line="+39"/>
        <source>Words</source>
        <translation>ਸ਼ਬਦ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By when (optional)</source>
        <translation>ਕਦੋਂ ਤੱਕ (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Easy read (optional)</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ ਵਿੱਚ (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short sentences, one idea each.</source>
        <translation>ਛੋਟੇ ਵਾਕ, ਹਰ ਵਾਕ ਵਿੱਚ ਇੱਕ ਗੱਲ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture: %1</source>
        <translation>ਤਸਵੀਰ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (optional)</source>
        <translation>ਤਸਵੀਰ (ਚਾਹੋ ਤਾਂ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Translations (%1)</source>
        <translation>ਅਨੁਵਾਦ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>ਅਨੁਵਾਦ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In %1</source>
        <translation>%1 ਵਿੱਚ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Easy read in %1 (optional)</source>
        <translation>%1 ਵਿੱਚ ਸੌਖੀ ਭਾਸ਼ਾ (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>ਕਿਸਮ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <source>Or someone without Kith</source>
        <translation>ਜਾਂ ਕੋਈ ਜਿਸ ਕੋਲ Kith ਨਹੀਂ ਹੈ</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Their names, with commas between them.</source>
        <translation>ਉਹਨਾਂ ਦੇ ਨਾਮ, ਵਿਚਕਾਰ ਕੌਮੇ ਲਾ ਕੇ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who: %1</source>
        <translation>ਕੌਣ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year-month-day, for example 2026-10-01.</source>
        <translation>ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ, ਜਿਵੇਂ 2026-10-01।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <translation>ਹਟਾਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 ਹਟਾਓ</translation>
    </message>
</context>
<context>
    <name>EasyReadNotice</name>
    <message>
        <location filename="../features/coordinator/EasyReadNotice.qml" line="+62"/>
        <source>Show all %1</source>
        <translation>ਸਾਰੇ %1 ਵਿਖਾਓ</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../features/onboarding/EnrolPage.qml" line="+11"/>
        <source>Welcome to Kith</source>
        <translation>Kith ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with the Kith account your service gave you. Then choose a PIN for this phone.</source>
        <translation>ਉਸ Kith ਖਾਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ ਜੋ ਤੁਹਾਡੀ ਸੇਵਾ ਨੇ ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਹੈ। ਫਿਰ ਇਸ ਫ਼ੋਨ ਲਈ PIN ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.</source>
        <translation>ਤੁਹਾਡੇ ਕੋਆਰਡੀਨੇਟਰ ਨੇ ਤੁਹਾਨੂੰ ਸੱਦਾ ਕੋਡ ਦਿੱਤਾ ਹੈ। ਇਸ ਨੂੰ ਇੱਥੇ ਲਿਖੋ, ਜਾਂ QR ਕੋਡ ਦੀ ਲਿਖਤ ਪੇਸਟ ਕਰੋ। ਫਿਰ ਇਸ ਫ਼ੋਨ ਲਈ PIN ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith server address</source>
        <translation>Kith ਸਰਵਰ ਦਾ ਪਤਾ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite code</source>
        <translation>ਸੱਦਾ ਕੋਡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 letters and numbers, like 7KQ2M-XH9TD</source>
        <translation>10 ਅੱਖਰ ਅਤੇ ਅੰਕ, ਜਿਵੇਂ 7KQ2M-XH9TD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>ਯੂਜ਼ਰਨੇਮ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>ਪਾਸਵਰਡ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a PIN</source>
        <translation>PIN ਚੁਣੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 6 numbers. You will type it each time you open Kith.</source>
        <translation>ਘੱਟੋ-ਘੱਟ 6 ਅੰਕ। ਜਦੋਂ ਵੀ ਤੁਸੀਂ Kith ਖੋਲ੍ਹੋਗੇ, ਇਹ ਲਿਖਣਾ ਪਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the PIN again</source>
        <translation>PIN ਦੁਬਾਰਾ ਲਿਖੋ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining…</source>
        <translation>ਜੁੜ ਰਹੇ ਹਾਂ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>ਜੁੜੋ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have an invite code</source>
        <translation>ਮੇਰੇ ਕੋਲ ਸੱਦਾ ਕੋਡ ਹੈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I work for the service</source>
        <translation>ਮੈਂ ਸੇਵਾ ਦੇ ਸਟਾਫ਼ ਵਿੱਚ ਹਾਂ</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../features/coordinator/FamiliesPage.qml" line="+12"/>
        <source>Your families</source>
        <translation>ਤੁਹਾਡੇ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not coordinate any families in Kith yet.</source>
        <translation>ਤੁਸੀਂ ਅਜੇ Kith ਵਿੱਚ ਕਿਸੇ ਪਰਿਵਾਰ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਨਹੀਂ ਹੋ।</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n ਵਿਅਕਤੀ</numerusform>
            <numerusform>%n ਵਿਅਕਤੀ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n worries not acknowledged</source>
        <translation>
            <numerusform>%n ਚਿੰਤਾ ਜਿਸ ਨੂੰ ਅਜੇ ਦੇਖਿਆ ਨਹੀਂ ਗਿਆ</numerusform>
            <numerusform>%n ਚਿੰਤਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਅਜੇ ਦੇਖਿਆ ਨਹੀਂ ਗਿਆ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open (the family in view)</source>
        <translation>ਖੁੱਲ੍ਹਾ (ਇਹੀ ਪਰਿਵਾਰ ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this family</source>
        <translation>ਇਹ ਪਰਿਵਾਰ ਖੋਲ੍ਹੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 ਖੋਲ੍ਹੋ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a family</source>
        <translation>ਪਰਿਵਾਰ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family&apos;s name</source>
        <translation>ਪਰਿਵਾਰ ਦਾ ਨਾਮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the family will see itself in Kith, for example &quot;The Ahmed family&quot;. Case references stay in the council&apos;s records.</source>
        <translation>Kith ਵਿੱਚ ਪਰਿਵਾਰ ਆਪਣਾ ਨਾਮ ਇੰਝ ਵੇਖੇਗਾ, ਜਿਵੇਂ &quot;The Ahmed family&quot;। ਕੇਸ ਦੇ ਹਵਾਲਾ ਨੰਬਰ ਕੌਂਸਲ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਹੀ ਰਹਿੰਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the family</source>
        <translation>ਪਰਿਵਾਰ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You become its coordinator. It can be used once it has reached the server.</source>
        <translation>ਤੁਸੀਂ ਇਸ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਬਣ ਜਾਓਗੇ। ਸਰਵਰ ਤੱਕ ਪਹੁੰਚਣ ਤੋਂ ਬਾਅਦ ਇਹ ਵਰਤਿਆ ਜਾ ਸਕੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../features/coordinator/FamilyPage.qml" line="+13"/>
        <source>Family</source>
        <translation>ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not a coordinator of this family, so there is nothing to manage here.</source>
        <translation>ਤੁਸੀਂ ਇਸ ਪਰਿਵਾਰ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਨਹੀਂ ਹੋ, ਇਸ ਲਈ ਇੱਥੇ ਸੰਭਾਲਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone</source>
        <translation>ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਦਿਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>ਇਨਬਾਕਸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>ਮੁਲਾਂਕਣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>ਕਾਨਫਰੰਸ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>ਲੋਕ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (you)</source>
        <translation>%1 (ਤੁਸੀਂ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication needs: %1</source>
        <translation>ਗੱਲਬਾਤ ਦੀਆਂ ਲੋੜਾਂ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, %2 ਤੋਂ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communication needs</source>
        <translation>ਗੱਲਬਾਤ ਦੀਆਂ ਲੋੜਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication needs of %1</source>
        <translation>%1 ਦੀਆਂ ਗੱਲਬਾਤ ਦੀਆਂ ਲੋੜਾਂ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan in their formats</source>
        <translation>ਉਹਨਾਂ ਦੀ ਲੋੜ ਵਾਲੇ ਰੂਪ ਵਿੱਚ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan in the formats %1 needs</source>
        <translation>ਯੋਜਨਾ ਉਹਨਾਂ ਰੂਪਾਂ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਦੀ %1 ਨੂੰ ਲੋੜ ਹੈ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change support</source>
        <translation>ਮਦਦ ਦੀ ਕਿਸਮ ਬਦਲੋ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the family</source>
        <translation>ਪਰਿਵਾਰ ਨਾਲ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from the family</source>
        <translation>ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਹਟਾਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the family</source>
        <translation>%1 ਨੂੰ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਹਟਾਓ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %2? The family leaves their phone at its next sync.</source>
        <translation>%1 ਨੂੰ %2 ਵਿੱਚੋਂ ਹਟਾਉਣਾ ਹੈ? ਅਗਲੀ ਸਿੰਕ ’ਤੇ ਇਹ ਪਰਿਵਾਰ ਉਹਨਾਂ ਦੇ ਫ਼ੋਨ ਤੋਂ ਹਟ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, remove</source>
        <translation>ਹਾਂ, ਹਟਾਓ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How %1 helps</source>
        <translation>%1 ਕਿਵੇਂ ਮਦਦ ਕਰਦੇ ਹਨ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals set with the family</source>
        <translation>ਪਰਿਵਾਰ ਨਾਲ ਮਿਥੇ ਟੀਚੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One goal a line.</source>
        <translation>ਹਰ ਲਾਈਨ ’ਤੇ ਇੱਕ ਟੀਚਾ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the support</source>
        <translation>ਮਦਦ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volunteers</source>
        <translation>ਵਲੰਟੀਅਰ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.</source>
        <translation>ਕਿਸੇ ਅਜਿਹੇ ਵਲੰਟੀਅਰ ਨੂੰ ਸੱਦਾ ਦਿਓ ਜੋ ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਹੋਰ ਪਰਿਵਾਰ ਦੀ ਮਦਦ ਕਰਦਾ ਹੈ, ਜਾਂ ਨਵੇਂ ਵਲੰਟੀਅਰ ਨੂੰ। ਜਦੋਂ ਉਹ Kith ਸੈੱਟ ਕਰ ਲੈਣ, ਉੱਪਰ ਉਹਨਾਂ ਨੂੰ ਇਸ ਪਰਿਵਾਰ ਨਾਲ ਜੋੜੋ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>ਸਰਵਰ ਤੋਂ ਪੁੱਛ ਰਹੇ ਹਾਂ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a volunteer</source>
        <translation>ਵਲੰਟੀਅਰ ਲੱਭੋ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite a new volunteer</source>
        <translation>ਨਵੇਂ ਵਲੰਟੀਅਰ ਨੂੰ ਸੱਦਾ ਦਿਓ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service has no volunteers in Kith yet.</source>
        <translation>ਸੇਵਾ ਦਾ ਅਜੇ Kith ਵਿੱਚ ਕੋਈ ਵਲੰਟੀਅਰ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already a volunteer in this family.</source>
        <translation>ਪਹਿਲਾਂ ਹੀ ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਵਲੰਟੀਅਰ ਹਨ।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in this family in another role.</source>
        <translation>ਪਹਿਲਾਂ ਹੀ ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਕਿਸੇ ਹੋਰ ਭੂਮਿਕਾ ਵਿੱਚ ਹਨ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite for a new phone</source>
        <translation>ਨਵੇਂ ਫ਼ੋਨ ਲਈ ਸੱਦਾ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite to this family</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਸੱਦਾ ਦਿਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %1</source>
        <translation>%1 ਨੂੰ ਸੱਦਾ ਦਿਓ</translation>
    </message>
</context>
<context>
    <name>FeedbackDelegate</name>
    <message>
        <location filename="../features/voice/FeedbackDelegate.qml" line="+21"/>
        <source>Reply from %1</source>
        <translation>%1 ਦਾ ਜਵਾਬ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said</source>
        <translation>ਤੁਸੀਂ ਕਿਹਾ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply from %1, %2</source>
        <translation>%1 ਦਾ ਜਵਾਬ, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, %1</source>
        <translation>ਤੁਸੀਂ ਕਿਹਾ, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How confident you felt in the help: %1 out of 5</source>
        <translation>ਤੁਹਾਨੂੰ ਮਦਦ ’ਤੇ ਕਿੰਨਾ ਭਰੋਸਾ ਸੀ: 5 ਵਿੱਚੋਂ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About: %1</source>
        <translation>ਵਿਸ਼ਾ: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../features/voice/FeedbackPage.qml" line="+13"/>
        <source>Say what you think</source>
        <translation>ਆਪਣੀ ਗੱਲ ਦੱਸੋ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feedback is sent by families and volunteers. You can read it and answer it from your own screens.</source>
        <translation>ਰਾਏ ਪਰਿਵਾਰ ਅਤੇ ਵਲੰਟੀਅਰ ਭੇਜਦੇ ਹਨ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਆਪਣੀਆਂ ਸਕ੍ਰੀਨਾਂ ਤੋਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ ਅਤੇ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What do you want to say?</source>
        <translation>ਤੁਸੀਂ ਕੀ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything: what is helping, what is not, what you would like to change.</source>
        <translation>ਕੁਝ ਵੀ: ਕੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ, ਕੀ ਨਹੀਂ, ਤੁਸੀਂ ਕੀ ਬਦਲਣਾ ਚਾਹੋਗੇ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who sees it?</source>
        <translation>ਇਸ ਨੂੰ ਕੌਣ ਵੇਖੇਗਾ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only staff</source>
        <translation>ਸਿਰਫ਼ ਸਟਾਫ਼</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My family too</source>
        <translation>ਮੇਰਾ ਪਰਿਵਾਰ ਵੀ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone in your family who uses Kith can read this.</source>
        <translation>ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚ ਜੋ ਵੀ Kith ਵਰਤਦਾ ਹੈ, ਉਹ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your coordinator and staff can read this. Your family will not see it.</source>
        <translation>ਇਸ ਨੂੰ ਸਿਰਫ਼ ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਅਤੇ ਸਟਾਫ਼ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਨਹੀਂ ਵੇਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is it about? (You can leave this out.)</source>
        <translation>ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ? (ਤੁਸੀਂ ਇਹ ਛੱਡ ਸਕਦੇ ਹੋ।)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our family plan</source>
        <translation>ਸਾਡੀ ਪਰਿਵਾਰਕ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>ਕੁਝ ਹੋਰ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>ਤੁਹਾਨੂੰ ਜੋ ਮਦਦ ਮਿਲ ਰਹੀ ਹੈ, ਉਸ ’ਤੇ ਤੁਹਾਨੂੰ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means not at all, 5 means very confident. You can leave this out.</source>
        <translation>1 ਦਾ ਮਤਲਬ ਬਿਲਕੁਲ ਨਹੀਂ, 5 ਦਾ ਮਤਲਬ ਬਹੁਤ ਜ਼ਿਆਦਾ। ਤੁਸੀਂ ਇਹ ਛੱਡ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>ਭੇਜੋ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thank you. Your message is saved on this phone. It will be sent when there is a connection.</source>
        <translation>ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਇਸ ਫ਼ੋਨ ’ਤੇ ਸੇਵ ਹੈ। ਕੁਨੈਕਸ਼ਨ ਮਿਲਣ ’ਤੇ ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your message is on its way.</source>
        <translation>ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>FormatsPage</name>
    <message>
        <location filename="../features/formats/FormatsPage.qml" line="+14"/>
        <source>The plan in other formats</source>
        <translation>ਯੋਜਨਾ ਹੋਰ ਰੂਪਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1</source>
        <translation>%1 ਲਈ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs: %2.</source>
        <translation>%1 ਦੀਆਂ ਲੋੜਾਂ: %2।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no communication needs recorded.</source>
        <translation>%1 ਦੀ ਗੱਲਬਾਤ ਦੀ ਕੋਈ ਲੋੜ ਦਰਜ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦੀ ਅਜੇ ਕੋਈ ਜਾਰੀ ਕੀਤੀ ਯੋਜਨਾ ਨਹੀਂ, ਇਸ ਲਈ ਬਣਾਉਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the files in this folder</source>
        <translation>ਫ਼ਾਈਲਾਂ ਇਸ ਫੋਲਡਰ ਵਿੱਚ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files hold the family&apos;s plan. Save them only where they will be safe, and delete them once given.</source>
        <translation>ਇਹਨਾਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਹੈ। ਇਹਨਾਂ ਨੂੰ ਸਿਰਫ਼ ਸੁਰੱਖਿਅਤ ਥਾਂ ’ਤੇ ਸੇਵ ਕਰੋ, ਅਤੇ ਦੇਣ ਤੋਂ ਬਾਅਦ ਮਿਟਾ ਦਿਓ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make what they need</source>
        <translation>ਜੋ ਲੋੜ ਹੈ ਉਹ ਬਣਾਓ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the files…</source>
        <translation>ਫ਼ਾਈਲਾਂ ਬਣ ਰਹੀਆਂ ਹਨ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>ਫੋਲਡਰ ਖੋਲ੍ਹੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every format</source>
        <translation>ਸਾਰੇ ਰੂਪ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (needed)</source>
        <translation>%1 (ਲੋੜ ਹੈ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>%1 ਵਜੋਂ ਸੇਵ ਹੋਇਆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it</source>
        <translation>ਬਣਾਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan in %1</source>
        <translation>ਯੋਜਨਾ %1 ਵਿੱਚ ਬਣਾਓ</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../features/goals/GoalsPage.qml" line="+14"/>
        <source>Our goals</source>
        <translation>ਸਾਡੇ ਟੀਚੇ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no goals here yet. When your coordinator has written them down with your family, they will show here.</source>
        <translation>ਇੱਥੇ ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ ਹੈ। ਜਦੋਂ ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਇਹ ਲਿਖ ਲਵੇਗਾ, ਉਹ ਇੱਥੇ ਦਿਖਣਗੇ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>ਕੁਝ ਹਿੱਸੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹਨ ਕਿਉਂਕਿ ਉਹਨਾਂ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs to happen</source>
        <translation>ਕੀ ਹੋਣਾ ਜ਼ਰੂਰੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is working well</source>
        <translation>ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What people are worried about</source>
        <translation>ਲੋਕਾਂ ਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written down on %1.</source>
        <translation>%1 ਨੂੰ ਲਿਖਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale</source>
        <translation>ਸੁਰੱਖਿਆ ਪੈਮਾਨਾ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.</source>
        <translation>ਲੋਕ 0 ਤੋਂ 10 ਤੱਕ ਇੱਕ ਅੰਕ ਦਿੰਦੇ ਹਨ। 10 ਦਾ ਮਤਲਬ ਹੈ ਸਭ ਨੂੰ ਯਕੀਨ ਹੈ ਕਿ ਬੱਚੇ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਹਨ। 0 ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਹੁਣ ਬੱਚੇ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰਹਿ ਸਕਦੇ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest scores</source>
        <translation>ਤਾਜ਼ਾ ਅੰਕ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 out of 10 (%3, %4)</source>
        <translation>%1: 10 ਵਿੱਚੋਂ %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your score</source>
        <translation>ਤੁਹਾਡਾ ਅੰਕ</translation>
    </message>
</context>
<context>
    <name>HelpNumbers</name>
    <message>
        <location filename="../features/voice/HelpNumbers.qml" line="+12"/>
        <source>Who to call now</source>
        <translation>ਹੁਣੇ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need help now</source>
        <translation>ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an emergency, or if you are in danger now, call 999.</source>
        <translation>ਐਮਰਜੈਂਸੀ ਵਿੱਚ, ਜਾਂ ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.</source>
        <translation>Childline: 0800 1111। ਮੁਫ਼ਤ, ਕਿਸੇ ਵੀ ਵੇਲੇ, ਦਿਨ ਜਾਂ ਰਾਤ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਗੱਲ ਬਾਰੇ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call 999</source>
        <translation>999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call Childline</source>
        <translation>Childline ਨੂੰ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Childline, 0800 1111</source>
        <translation>Childline ਨੂੰ ਫ਼ੋਨ ਕਰੋ, 0800 1111</translation>
    </message>
</context>
<context>
    <name>HelpRequestEditor</name>
    <message>
        <location filename="../features/support/HelpRequestEditor.qml" line="+14"/>
        <source>Ask for help</source>
        <translation>ਮਦਦ ਮੰਗੋ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Safe Families team</source>
        <translation>Safe Families ਟੀਮ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What kind of help?</source>
        <translation>ਕਿਸ ਕਿਸਮ ਦੀ ਮਦਦ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you need?</source>
        <translation>ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a lift to the school on Tuesday, a cot, someone to talk to.</source>
        <translation>ਜਿਵੇਂ: ਮੰਗਲਵਾਰ ਨੂੰ ਸਕੂਲ ਤੱਕ ਲਿਫ਼ਟ, ਬੱਚੇ ਦਾ ਪੰਘੂੜਾ, ਗੱਲ ਕਰਨ ਲਈ ਕੋਈ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When do you need it? (optional)</source>
        <translation>ਤੁਹਾਨੂੰ ਇਹ ਕਦੋਂ ਚਾਹੀਦਾ ਹੈ? (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>ਅੱਜ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>ਭਲਕੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who do you want to ask?</source>
        <translation>ਤੁਸੀਂ ਕਿਸ ਨੂੰ ਪੁੱਛਣਾ ਚਾਹੁੰਦੇ ਹੋ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe Families team and your family in Kith will see this.</source>
        <translation>ਇਸ ਨੂੰ Safe Families ਟੀਮ ਅਤੇ Kith ਵਿੱਚ ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਵੇਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the parents and carers in your family, and the Safe Families team will see this.</source>
        <translation>ਇਸ ਨੂੰ %1, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੇ ਮਾਪੇ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ, ਅਤੇ Safe Families ਟੀਮ ਵੇਖੇਗੀ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>ਭੇਜੋ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your request is saved. It will be sent when your phone is online.</source>
        <translation>ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੇਵ ਹੈ। ਜਦੋਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਔਨਲਾਈਨ ਹੋਵੇਗਾ ਤਾਂ ਇਹ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।</translation>
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
        <translation>ਸਤ ਸ੍ਰੀ ਅਕਾਲ %1।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>ਸਤ ਸ੍ਰੀ ਅਕਾਲ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no families in Kith yet.</source>
        <translation>Kith ਵਿੱਚ ਅਜੇ ਤੁਹਾਡਾ ਕੋਈ ਪਰਿਵਾਰ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith is getting your family&apos;s information. This needs a connection the first time.</source>
        <translation>Kith ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੀ ਜਾਣਕਾਰੀ ਲੈ ਰਿਹਾ ਹੈ। ਪਹਿਲੀ ਵਾਰ ਇਸ ਲਈ ਕੁਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox</source>
        <translation>ਇਨਬਾਕਸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries first, then feedback for staff and requests for help</source>
        <translation>ਪਹਿਲਾਂ ਚਿੰਤਾਵਾਂ, ਫਿਰ ਸਟਾਫ਼ ਲਈ ਰਾਏ ਅਤੇ ਮਦਦ ਦੀਆਂ ਬੇਨਤੀਆਂ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your families</source>
        <translation>ਤੁਹਾਡੇ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families you coordinate; add a family</source>
        <translation>ਪਰਿਵਾਰ ਜਿਨ੍ਹਾਂ ਦੇ ਤੁਸੀਂ ਕੋਆਰਡੀਨੇਟਰ ਹੋ; ਪਰਿਵਾਰ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this family</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦੇ ਲੋਕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their needs, invites, volunteers, meetings, plan and assessment</source>
        <translation>ਉਹਨਾਂ ਦੀਆਂ ਲੋੜਾਂ, ਸੱਦੇ, ਵਲੰਟੀਅਰ, ਮੀਟਿੰਗਾਂ, ਯੋਜਨਾ ਅਤੇ ਮੁਲਾਂਕਣ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I don&apos;t feel safe</source>
        <translation>ਮੈਨੂੰ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਹੁੰਦਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator now, and see who to call</source>
        <translation>ਹੁਣੇ ਆਪਣੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਦੱਸੋ, ਅਤੇ ਵੇਖੋ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our plan</source>
        <translation>ਸਾਡੀ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed, who does what, and by when</source>
        <translation>ਅਸੀਂ ਕੀ ਤੈਅ ਕੀਤਾ, ਕੌਣ ਕੀ ਕਰੇਗਾ, ਅਤੇ ਕਦੋਂ ਤੱਕ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our goals</source>
        <translation>ਸਾਡੇ ਟੀਚੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs to happen, and how safe things feel from 0 to 10</source>
        <translation>ਕੀ ਹੋਣਾ ਜ਼ਰੂਰੀ ਹੈ, ਅਤੇ 0 ਤੋਂ 10 ਤੱਕ ਹਾਲਾਤ ਕਿੰਨੇ ਸੁਰੱਖਿਅਤ ਲੱਗਦੇ ਹਨ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families I support</source>
        <translation>ਪਰਿਵਾਰ ਜਿਨ੍ਹਾਂ ਨੂੰ ਮੇਰੀ ਮਦਦ ਮਿਲਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visits and stays, answer requests, raise a worry</source>
        <translation>ਮੁਲਾਕਾਤਾਂ ਅਤੇ ਠਹਿਰਾਅ ਦਰਜ ਕਰੋ, ਬੇਨਤੀਆਂ ਦਾ ਜਵਾਬ ਦਿਓ, ਚਿੰਤਾ ਦੱਸੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your volunteer, asking for help, and how it is going</source>
        <translation>ਤੁਹਾਡਾ ਵਲੰਟੀਅਰ, ਮਦਦ ਮੰਗਣਾ, ਅਤੇ ਸਭ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have your say</source>
        <translation>ਆਪਣੀ ਗੱਲ ਕਹੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think, your Three Houses, and replies</source>
        <translation>ਸਟਾਫ਼ ਨੂੰ ਆਪਣੀ ਰਾਏ ਦੱਸੋ, ਤੁਹਾਡੇ ਤਿੰਨ ਘਰ, ਅਤੇ ਜਵਾਬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think of the help you get</source>
        <translation>ਸਟਾਫ਼ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਮਿਲਦੀ ਮਦਦ ਬਾਰੇ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How I need information</source>
        <translation>ਮੈਨੂੰ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read, large print, audio, Braille, your language</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ, ਵੱਡੇ ਅੱਖਰ, ਆਡੀਓ, ਬ੍ਰੇਲ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>ਸੈਟਿੰਗਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size, language, easy read, contrast</source>
        <translation>ਲਿਖਤ ਦਾ ਆਕਾਰ, ਭਾਸ਼ਾ, ਸੌਖੀ ਭਾਸ਼ਾ, ਕੰਟ੍ਰਾਸਟ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch to %1</source>
        <translation>%1 ’ਤੇ ਜਾਓ</translation>
    </message>
</context>
<context>
    <name>HostingStayEditor</name>
    <message>
        <location filename="../features/support/HostingStayEditor.qml" line="+14"/>
        <source>Log a stay</source>
        <translation>ਠਹਿਰਾਅ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With %1.</source>
        <translation>%1 ਨਾਲ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who stayed with you?</source>
        <translation>ਤੁਹਾਡੇ ਕੋਲ ਕੌਣ ਰਿਹਾ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith does not know the children of this family yet. Ask the Safe Families team to add them.</source>
        <translation>Kith ਅਜੇ ਇਸ ਪਰਿਵਾਰ ਦੇ ਬੱਚਿਆਂ ਨੂੰ ਨਹੀਂ ਜਾਣਦਾ। Safe Families ਟੀਮ ਨੂੰ ਕਹੋ ਕਿ ਉਹਨਾਂ ਨੂੰ ਜੋੜੇ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The day they came</source>
        <translation>ਜਿਸ ਦਿਨ ਉਹ ਆਏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>ਇੱਕ ਹਫ਼ਤਾ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 days ago</source>
        <translation>2 ਦਿਨ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>ਬੀਤਿਆ ਕੱਲ੍ਹ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day they went home</source>
        <translation>ਜਿਸ ਦਿਨ ਉਹ ਘਰ ਗਏ</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n nights.</source>
        <translation>
            <numerusform>%n ਰਾਤ।</numerusform>
            <numerusform>%n ਰਾਤਾਂ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day they went home must be after the day they came.</source>
        <translation>ਘਰ ਜਾਣ ਦਾ ਦਿਨ ਆਉਣ ਦੇ ਦਿਨ ਤੋਂ ਬਾਅਦ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (optional)</source>
        <translation>ਨੋਟ (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>ਸੇਵ ਹੋ ਗਿਆ। ਜਦੋਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਔਨਲਾਈਨ ਹੋਵੇਗਾ ਤਾਂ ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>HouseEditor</name>
    <message>
        <location filename="../features/voice/HouseEditor.qml" line="+41"/>
        <source>Nothing here yet.</source>
        <translation>ਇੱਥੇ ਅਜੇ ਕੁਝ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>ਹਟਾਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove: %1</source>
        <translation>ਹਟਾਓ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a line</source>
        <translation>ਇੱਕ ਲਾਈਨ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>%1 ਵਿੱਚ ਜੋੜੋ</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../features/coordinator/InboxPage.qml" line="+12"/>
        <source>Inbox</source>
        <translation>ਇਨਬਾਕਸ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every family I coordinate</source>
        <translation>ਉਹ ਸਾਰੇ ਪਰਿਵਾਰ ਵਿਖਾਓ ਜਿਨ੍ਹਾਂ ਦਾ ਮੈਂ ਕੋਆਰਡੀਨੇਟਰ ਹਾਂ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here. Worries, feedback for staff and help requests will show here.</source>
        <translation>ਇੱਥੇ ਕੁਝ ਨਹੀਂ ਹੈ। ਚਿੰਤਾਵਾਂ, ਸਟਾਫ਼ ਲਈ ਰਾਏ ਅਤੇ ਮਦਦ ਦੀਆਂ ਬੇਨਤੀਆਂ ਇੱਥੇ ਦਿਖਣਗੀਆਂ।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1</source>
        <translation>%1 ਵੱਲੋਂ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have seen this worry</source>
        <translation>ਮੈਂ ਇਹ ਚਿੰਤਾ ਵੇਖ ਲਈ ਹੈ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>ਜਵਾਬ ਦਿਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1</source>
        <translation>%1 ਨੂੰ ਜਵਾਬ ਦਿਓ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your reply to %1</source>
        <translation>%1 ਲਈ ਤੁਹਾਡਾ ਜਵਾਬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1 and the family&apos;s coordinators will see it.</source>
        <translation>ਇਸ ਨੂੰ ਸਿਰਫ਼ %1 ਅਤੇ ਪਰਿਵਾਰ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਵੇਖਣਗੇ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the reply</source>
        <translation>ਜਵਾਬ ਭੇਜੋ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>ਸਥਿਤੀ</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../features/coordinator/InvitePage.qml" line="+12"/>
        <source>Invite someone</source>
        <translation>ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਦਿਓ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਲੋਕਾਂ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਸੱਦਾ ਦੇ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.</source>
        <translation>ਕਿਸੇ ਨੂੰ %1 ਵਿੱਚ ਸੱਦਾ ਦਿਓ। ਜਦੋਂ ਉਹ ਆਪਣੇ ਫ਼ੋਨ ’ਤੇ Kith ਸੈੱਟ ਕਰਨਗੇ, ਕੋਡ ਲਿਖਣਗੇ ਜਾਂ QR ਕੋਡ ਸਕੈਨ ਕਰਨਗੇ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their part in the family</source>
        <translation>ਪਰਿਵਾਰ ਵਿੱਚ ਉਹਨਾਂ ਦੀ ਭੂਮਿਕਾ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already volunteers with the service. This invite adds them to this family as a volunteer.</source>
        <translation>%1 ਪਹਿਲਾਂ ਹੀ ਸੇਵਾ ਨਾਲ ਵਲੰਟੀਅਰ ਹਨ। ਇਹ ਸੱਦਾ ਉਹਨਾਂ ਨੂੰ ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਵਲੰਟੀਅਰ ਵਜੋਂ ਜੋੜਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their name</source>
        <translation>ਉਹਨਾਂ ਦਾ ਨਾਮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they will be shown by. They can change it later.</source>
        <translation>ਉਹ ਨਾਮ ਜਿਸ ਨਾਲ ਉਹਨਾਂ ਨੂੰ ਵਿਖਾਇਆ ਜਾਵੇਗਾ। ਉਹ ਇਸ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>ਸਰਵਰ ਤੋਂ ਪੁੱਛ ਰਹੇ ਹਾਂ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the invite</source>
        <translation>ਸੱਦਾ ਬਣਾਓ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making an invite needs a connection to the Kith server.</source>
        <translation>ਸੱਦਾ ਬਣਾਉਣ ਲਈ Kith ਸਰਵਰ ਨਾਲ ਕੁਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invite for %1 (%2). Show this to them, or read them the code.</source>
        <translation>%1 (%2) ਲਈ ਸੱਦਾ। ਇਹ ਉਹਨਾਂ ਨੂੰ ਵਿਖਾਓ, ਜਾਂ ਕੋਡ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the invite for %1. The code is %2.</source>
        <translation>%1 ਦੇ ਸੱਦੇ ਦਾ QR ਕੋਡ। ਕੋਡ %2 ਹੈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code</source>
        <translation>ਕੋਡ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code: %1</source>
        <translation>ਕੋਡ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is shown only now and works once. If it is lost, make a new invite.</source>
        <translation>ਇਹ ਕੋਡ ਸਿਰਫ਼ ਹੁਣੇ ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ ਅਤੇ ਇੱਕ ਵਾਰ ਹੀ ਕੰਮ ਕਰਦਾ ਹੈ। ਜੇ ਗੁਆਚ ਜਾਵੇ, ਨਵਾਂ ਸੱਦਾ ਬਣਾਓ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone else</source>
        <translation>ਕਿਸੇ ਹੋਰ ਨੂੰ ਸੱਦਾ ਦਿਓ</translation>
    </message>
</context>
<context>
    <name>KPage</name>
    <message>
        <location filename="../ui/KPage.qml" line="+23"/>
        <source>This was not saved: %1</source>
        <translation>ਇਹ ਸੇਵ ਨਹੀਂ ਹੋਇਆ: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>ਵਾਪਸ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/Main.qml" line="+24"/>
        <source>Clock</source>
        <translation>ਘੜੀ</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../features/formats/NeedsPage.qml" line="+14"/>
        <source>How I need information</source>
        <translation>ਮੈਨੂੰ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How %1 needs information</source>
        <translation>%1 ਨੂੰ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.</source>
        <translation>ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਪੜ੍ਹਨ ਅਤੇ ਸਮਝਣ ਵਿੱਚ ਕੀ ਮਦਦ ਕਰਦਾ ਹੈ। Kith ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਫ਼ੋਨ ’ਤੇ ਵਰਤੇਗਾ, ਅਤੇ ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਇਸ ਨੂੰ ਵੇਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.</source>
        <translation>%1 ਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਪੜ੍ਹਨ ਅਤੇ ਸਮਝਣ ਲਈ ਕੀ ਚਾਹੀਦਾ ਹੈ। ਅਗਲੀ ਸਿੰਕ ’ਤੇ Kith ਇਸ ਨੂੰ ਉਹਨਾਂ ਦੇ ਫ਼ੋਨ ’ਤੇ ਵਰਤੇਗਾ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>ਲੋੜਾਂ ਸਿਰਫ਼ ਉਹ ਵਿਅਕਤੀ ਆਪ ਜਾਂ ਉਹਨਾਂ ਦੇ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਦਰਜ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy read: short sentences and pictures</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ: ਛੋਟੇ ਵਾਕ ਅਤੇ ਤਸਵੀਰਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio: information read out</source>
        <translation>ਆਡੀਓ: ਜਾਣਕਾਰੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਈ ਜਾਵੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Sign Language (BSL)</source>
        <translation>ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interpreter at meetings</source>
        <translation>ਮੀਟਿੰਗਾਂ ਵਿੱਚ ਦੁਭਾਸ਼ੀਆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Braille</source>
        <translation>ਬ੍ਰੇਲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Braille</source>
        <translation>ਬ੍ਰੇਲ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncontracted (grade 1)</source>
        <translation>ਬਿਨਾਂ ਸੰਖੇਪ (ਗ੍ਰੇਡ 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted (grade 2)</source>
        <translation>ਸੰਖੇਪ (ਗ੍ਰੇਡ 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to give information in, and for an interpreter.</source>
        <translation>ਉਹ ਭਾਸ਼ਾ ਜਿਸ ਵਿੱਚ ਜਾਣਕਾਰੀ ਦਿੱਤੀ ਜਾਵੇ, ਅਤੇ ਦੁਭਾਸ਼ੀਏ ਲਈ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recorded</source>
        <translation>ਦਰਜ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anything else, in their own words</source>
        <translation>ਕੁਝ ਹੋਰ, ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>ਬਦਲਾਅ ਵਾਪਸ ਲਓ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the plan in these formats</source>
        <translation>ਯੋਜਨਾ ਇਹਨਾਂ ਰੂਪਾਂ ਵਿੱਚ ਬਣਾਓ</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../features/onboarding/NeutralScreen.qml" line="+36"/>
        <source>Continue</source>
        <translation>ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
</context>
<context>
    <name>NotSafePage</name>
    <message>
        <location filename="../features/voice/NotSafePage.qml" line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>ਮੈਨੂੰ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਹੁੰਦਾ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send this to your coordinator?</source>
        <translation>ਇਹ ਆਪਣੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਭੇਜਣਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coordinator will be told that you don&apos;t feel safe. Your family will not see this message.</source>
        <translation>ਤੁਹਾਡੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ ਕਿ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਕਰਦੇ। ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਇਹ ਸੁਨੇਹਾ ਨਹੀਂ ਵੇਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is for young people in the family. If someone is in danger now, call 999.</source>
        <translation>ਇਹ ਪਰਿਵਾਰ ਦੇ ਨੌਜਵਾਨਾਂ ਲਈ ਹੈ। ਜੇ ਕੋਈ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you want to say what is happening?</source>
        <translation>ਕੀ ਤੁਸੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have to. You can send it without words.</source>
        <translation>ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਬਿਨਾਂ ਸ਼ਬਦਾਂ ਦੇ ਵੀ ਭੇਜ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.</source>
        <translation>ਤੁਹਾਡਾ ਫ਼ੋਨ ਹੁਣੇ ਕੁਨੈਕਟ ਨਹੀਂ ਹੈ। ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਇਸ ਫ਼ੋਨ ’ਤੇ ਉਡੀਕ ਕਰੇਗਾ ਅਤੇ ਕੁਨੈਕਸ਼ਨ ਮਿਲਣ ’ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, send it</source>
        <translation>ਹਾਂ, ਭੇਜੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>ਹੁਣੇ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your message is saved</source>
        <translation>ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਸੇਵ ਹੈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message has been sent</source>
        <translation>ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is on this phone and will be sent to your coordinator when there is a connection.</source>
        <translation>ਇਹ ਇਸ ਫ਼ੋਨ ’ਤੇ ਹੈ ਅਤੇ ਕੁਨੈਕਸ਼ਨ ਮਿਲਣ ’ਤੇ ਤੁਹਾਡੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator has it.</source>
        <translation>ਇਹ ਤੁਹਾਡੇ ਕੋਆਰਡੀਨੇਟਰ ਤੱਕ ਪਹੁੰਚ ਗਿਆ ਹੈ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith is not an emergency service. Your coordinator may not see your message straight away.</source>
        <translation>Kith ਐਮਰਜੈਂਸੀ ਸੇਵਾ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਤੁਰੰਤ ਨਾ ਵੇਖੇ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>ਹੋ ਗਿਆ</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../pictograms/PictogramPicker.qml" line="+30"/>
        <source>People</source>
        <translation>ਲੋਕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>ਥਾਵਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation>ਭਾਵਨਾਵਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>ਸੁਰੱਖਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>ਸਿਹਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and talking</source>
        <translation>ਯੋਜਨਾਵਾਂ ਅਤੇ ਗੱਲਬਾਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>ਰੋਜ਼ਾਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting about</source>
        <translation>ਆਉਣਾ-ਜਾਣਾ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No picture</source>
        <translation>ਕੋਈ ਤਸਵੀਰ ਨਹੀਂ</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../features/plan/PlanPage.qml" line="+13"/>
        <source>Family plan</source>
        <translation>ਪਰਿਵਾਰਕ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no plan here yet. When your family&apos;s plan is agreed at the family meeting, it will show here.</source>
        <translation>ਇੱਥੇ ਅਜੇ ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ ਹੈ। ਜਦੋਂ ਪਰਿਵਾਰਕ ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਤੈਅ ਹੋ ਜਾਵੇਗੀ, ਇਹ ਇੱਥੇ ਦਿਖੇਗੀ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1</source>
        <translation>ਵਰਜ਼ਨ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (an earlier version)</source>
        <translation>ਵਰਜ਼ਨ %1 (ਪਹਿਲਾਂ ਵਾਲਾ ਵਰਜ਼ਨ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>%1 ਨੂੰ ਤੈਅ ਹੋਈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <translation>ਅਗਲੀ ਸਮੀਖਿਆ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>ਕੁਝ ਹਿੱਸੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹਨ ਕਿਉਂਕਿ ਉਹਨਾਂ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed by: %1</source>
        <translation>ਜਿਨ੍ਹਾਂ ਨੇ ਸਹਿਮਤੀ ਦਿੱਤੀ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I agree to this plan</source>
        <translation>ਮੈਂ ਇਸ ਯੋਜਨਾ ਨਾਲ ਸਹਿਮਤ ਹਾਂ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have agreed to this plan.</source>
        <translation>ਤੁਸੀਂ ਇਸ ਯੋਜਨਾ ਨਾਲ ਸਹਿਮਤੀ ਦੇ ਦਿੱਤੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What must happen</source>
        <translation>ਕੀ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who does what</source>
        <translation>ਕੌਣ ਕੀ ਕਰੇਗਾ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the plan is not working</source>
        <translation>ਜੇ ਯੋਜਨਾ ਕੰਮ ਨਾ ਕਰੇ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All versions</source>
        <translation>ਸਾਰੇ ਵਰਜ਼ਨ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (current)</source>
        <translation>%1 (ਮੌਜੂਦਾ)</translation>
    </message>
</context>
<context>
    <name>PublishPlanPage</name>
    <message>
        <location filename="../features/coordinator/PublishPlanPage.qml" line="+13"/>
        <source>Publish the plan</source>
        <translation>ਯੋਜਨਾ ਜਾਰੀ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਜਾਰੀ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This will be version %1. It starts as a copy of version %2: change what the family agreed.</source>
        <translation>ਇਹ ਵਰਜ਼ਨ %1 ਹੋਵੇਗਾ। ਇਹ ਵਰਜ਼ਨ %2 ਦੀ ਨਕਲ ਤੋਂ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ: ਜੋ ਪਰਿਵਾਰ ਨੇ ਤੈਅ ਕੀਤਾ ਉਹ ਬਦਲੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will be the family&apos;s first plan.</source>
        <translation>ਇਹ ਪਰਿਵਾਰ ਦੀ ਪਹਿਲੀ ਯੋਜਨਾ ਹੋਵੇਗੀ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is published. The family will see it at their next sync.</source>
        <translation>ਵਰਜ਼ਨ %1 ਜਾਰੀ ਹੋ ਗਿਆ ਹੈ। ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਅਗਲੀ ਸਿੰਕ ’ਤੇ ਵੇਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan&apos;s title</source>
        <translation>ਯੋਜਨਾ ਦਾ ਸਿਰਲੇਖ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom lines</source>
        <translation>ਲਾਜ਼ਮੀ ਸ਼ਰਤਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the council says must happen for the children to be safe.</source>
        <translation>ਕੌਂਸਲ ਅਨੁਸਾਰ ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਲਈ ਕੀ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom line %1</source>
        <translation>ਲਾਜ਼ਮੀ ਸ਼ਰਤ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a bottom line</source>
        <translation>ਲਾਜ਼ਮੀ ਸ਼ਰਤ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does what</source>
        <translation>ਕੌਣ ਕੀ ਕਰੇਗਾ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1</source>
        <translation>ਕੰਮ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>ਕੀ ਹੋਵੇਗਾ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>ਇਹ ਕੌਣ ਕਰੇਗਾ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who checks it was done</source>
        <translation>ਕੌਣ ਜਾਂਚੇਗਾ ਕਿ ਇਹ ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an action</source>
        <translation>ਕੰਮ ਜੋੜੋ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the plan is not working</source>
        <translation>ਜੇ ਯੋਜਨਾ ਕੰਮ ਨਾ ਕਰੇ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contingency plan</source>
        <translation>ਬਦਲਵੀਂ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens if the plan does not work</source>
        <translation>ਜੇ ਯੋਜਨਾ ਕੰਮ ਨਾ ਕਰੇ ਤਾਂ ਕੀ ਹੋਵੇਗਾ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>ਤਾਰੀਖਾਂ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the family agreed it</source>
        <translation>ਜਿਸ ਦਿਨ ਪਰਿਵਾਰ ਨੇ ਇਹ ਤੈਅ ਕੀਤੀ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ, ਜਿਵੇਂ 2026-09-10।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review meeting (optional)</source>
        <translation>ਸਮੀਖਿਆ ਮੀਟਿੰਗ (ਜੇ ਹੋਵੇ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-12-10.</source>
        <translation>ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ, ਜਿਵੇਂ 2026-12-10।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish version %1</source>
        <translation>ਵਰਜ਼ਨ %1 ਜਾਰੀ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.</source>
        <translation>ਵਰਜ਼ਨ %1 ਜਾਰੀ ਕਰਨਾ ਹੈ? ਇਹ ਪਰਿਵਾਰ ਦੇ ਸਾਰਿਆਂ ਲਈ ਵਰਜ਼ਨ %2 ਦੀ ਥਾਂ ਲਵੇਗਾ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.</source>
        <translation>ਯੋਜਨਾ ਜਾਰੀ ਕਰਨੀ ਹੈ? ਪਰਿਵਾਰ ਦੇ ਸਾਰੇ ਇਸ ਨੂੰ ਵੇਖਣਗੇ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਬਦਲੀ ਨਹੀਂ ਜਾ ਸਕਦੀ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, publish</source>
        <translation>ਹਾਂ, ਜਾਰੀ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>ਅਜੇ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start again from the current version</source>
        <translation>ਮੌਜੂਦਾ ਵਰਜ਼ਨ ਤੋਂ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+27"/>
        <source>Offline. Changes are kept on this phone.</source>
        <translation>ਔਫਲਾਈਨ। ਬਦਲਾਅ ਇਸ ਫ਼ੋਨ ’ਤੇ ਰੱਖੇ ਹੋਏ ਹਨ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Kith will try again.</source>
        <translation>ਸਰਵਰ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ। Kith ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੇਗਾ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone has been removed from Kith. Ask your coordinator to set it up again.</source>
        <translation>ਇਹ ਫ਼ੋਨ Kith ਤੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਆਪਣੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਸੈੱਟ ਕਰਨ ਲਈ ਕਹੋ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith could not prove it is talking to the real server, so it sent nothing. Ask your coordinator. (%1)</source>
        <translation>Kith ਇਹ ਪੱਕਾ ਨਹੀਂ ਕਰ ਸਕਿਆ ਕਿ ਉਹ ਅਸਲੀ ਸਰਵਰ ਨਾਲ ਗੱਲ ਕਰ ਰਿਹਾ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ। ਆਪਣੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਪੁੱਛੋ। (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 was not saved: %2</source>
        <translation>ਇੱਕ %1 ਸੇਵ ਨਹੀਂ ਹੋਇਆ: %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../ui/QuickExitButton.qml" line="+11"/>
        <source>Exit</source>
        <translation>ਬਾਹਰ ਨਿਕਲੋ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave Kith quickly</source>
        <translation>Kith ਤੋਂ ਜਲਦੀ ਨਿਕਲੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks Kith at once and shows a plain screen</source>
        <translation>Kith ਨੂੰ ਤੁਰੰਤ ਲਾਕ ਕਰਕੇ ਇੱਕ ਸਾਦੀ ਸਕ੍ਰੀਨ ਵਿਖਾਉਂਦਾ ਹੈ</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ui/ReadAloudBar.qml" line="+22"/>
        <source>Stop reading</source>
        <translation>ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this page aloud</source>
        <translation>ਇਹ ਪੰਨਾ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../features/goals/ScaleChart.qml" line="+72"/>
        <source>No one has given a score yet.</source>
        <translation>ਅਜੇ ਕਿਸੇ ਨੇ ਅੰਕ ਨਹੀਂ ਦਿੱਤਾ।</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score</source>
        <translation>ਸਾਰੇ ਅੰਕ</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>10 ਵਿੱਚੋਂ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1</source>
        <translation>ਵਿਸ਼ਾ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>ਕਿਉਂ: %1</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../features/goals/ScoreEditor.qml" line="+23"/>
        <source>Where would you put things now, from 0 to 10?</source>
        <translation>0 ਤੋਂ 10 ਤੱਕ, ਤੁਸੀਂ ਹੁਣ ਹਾਲਾਤ ਨੂੰ ਕਿੱਥੇ ਰੱਖੋਗੇ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 means everyone is sure the children are safe at home, and the work with your family can finish.</source>
        <translation>10 ਦਾ ਮਤਲਬ ਹੈ ਸਭ ਨੂੰ ਯਕੀਨ ਹੈ ਕਿ ਬੱਚੇ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਹਨ, ਅਤੇ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਕੰਮ ਖ਼ਤਮ ਹੋ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the children cannot stay at home safely right now.</source>
        <translation>0 ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਹੁਣ ਬੱਚੇ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰਹਿ ਸਕਦੇ।</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+12"/>
        <source>%1, chosen</source>
        <translation>%1, ਚੁਣਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>You chose %1 out of 10.</source>
        <translation>ਤੁਸੀਂ 10 ਵਿੱਚੋਂ %1 ਚੁਣਿਆ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is your score about?</source>
        <translation>ਤੁਹਾਡਾ ਅੰਕ ਕਿਸ ਬਾਰੇ ਹੈ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything together</source>
        <translation>ਸਭ ਕੁਝ ਮਿਲਾ ਕੇ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did you choose this number?</source>
        <translation>ਤੁਸੀਂ ਇਹ ਅੰਕ ਕਿਉਂ ਚੁਣਿਆ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sentence in your own words is enough.</source>
        <translation>ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਇੱਕ ਵਾਕ ਕਾਫ਼ੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my score</source>
        <translation>ਮੇਰਾ ਅੰਕ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thank you. Your score is saved.</source>
        <translation>ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਅੰਕ ਸੇਵ ਹੋ ਗਿਆ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../features/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>ਸੈਟਿੰਗਾਂ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>ਲਿਖਤ ਦਾ ਆਕਾਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1%</source>
        <translation>ਹੁਣ %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size %1 percent</source>
        <translation>ਲਿਖਤ ਦਾ ਆਕਾਰ %1 ਪ੍ਰਤੀਸ਼ਤ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High contrast</source>
        <translation>ਵੱਧ ਕੰਟ੍ਰਾਸਟ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Easy read: shorter words and pictures</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ: ਛੋਟੇ ਸ਼ਬਦ ਅਤੇ ਤਸਵੀਰਾਂ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show read-aloud buttons</source>
        <translation>ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਵਾਲੇ ਬਟਨ ਵਿਖਾਓ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less movement on screen</source>
        <translation>ਸਕ੍ਰੀਨ ’ਤੇ ਘੱਟ ਹਿਲਜੁਲ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone</source>
        <translation>ਇਹ ਫ਼ੋਨ</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kith locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>Kith ਨਾ ਵਰਤਣ ’ਤੇ %n ਮਿੰਟ ਬਾਅਦ ਆਪੇ ਲਾਕ ਹੋ ਜਾਂਦਾ ਹੈ।</numerusform>
            <numerusform>Kith ਨਾ ਵਰਤਣ ’ਤੇ %n ਮਿੰਟਾਂ ਬਾਅਦ ਆਪੇ ਲਾਕ ਹੋ ਜਾਂਦਾ ਹੈ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock Kith now</source>
        <translation>ਹੁਣੇ Kith ਲਾਕ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../features/support/SupportPage.qml" line="+14"/>
        <source>Families you support</source>
        <translation>ਪਰਿਵਾਰ ਜਿਨ੍ਹਾਂ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ</translation>
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
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no Safe Families support to show here yet.</source>
        <translation>ਇੱਥੇ ਅਜੇ ਵਿਖਾਉਣ ਲਈ Safe Families ਦੀ ਕੋਈ ਮਦਦ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your families</source>
        <translation>ਤੁਹਾਡੇ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (shown)</source>
        <translation>%1 (ਵਿਖਾਇਆ ਜਾ ਰਿਹਾ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have been their %1 since %2.</source>
        <translation>ਤੁਸੀਂ %2 ਤੋਂ ਉਹਨਾਂ ਦੇ %1 ਹੋ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals set with the family</source>
        <translation>ਪਰਿਵਾਰ ਨਾਲ ਮਿਥੇ ਟੀਚੇ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a visit or call</source>
        <translation>ਮੁਲਾਕਾਤ ਜਾਂ ਫ਼ੋਨ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a stay</source>
        <translation>ਠਹਿਰਾਅ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise a worry</source>
        <translation>ਚਿੰਤਾ ਦੱਸੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the Safe Families team only</source>
        <translation>ਸਿਰਫ਼ Safe Families ਟੀਮ ਕੋਲ ਜਾਂਦਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteers</source>
        <translation>ਵਲੰਟੀਅਰ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your volunteer</source>
        <translation>ਤੁਹਾਡਾ ਵਲੰਟੀਅਰ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have a Safe Families volunteer yet. You can still ask the team for help.</source>
        <translation>ਤੁਹਾਡਾ ਅਜੇ Safe Families ਦਾ ਕੋਈ ਵਲੰਟੀਅਰ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਟੀਮ ਤੋਂ ਮਦਦ ਮੰਗ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Safe Families volunteer yet.</source>
        <translation>ਅਜੇ Safe Families ਦਾ ਕੋਈ ਵਲੰਟੀਅਰ ਨਹੀਂ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, since %2</source>
        <translation>%1, %2 ਤੋਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals: %1</source>
        <translation>ਟੀਚੇ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help asked of you</source>
        <translation>ਤੁਹਾਡੇ ਤੋਂ ਮੰਗੀ ਮਦਦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help you asked for</source>
        <translation>ਤੁਹਾਡੀ ਮੰਗੀ ਮਦਦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help requests</source>
        <translation>ਮਦਦ ਦੀਆਂ ਬੇਨਤੀਆਂ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>ਮਦਦ ਮੰਗੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one has asked you for help yet.</source>
        <translation>ਅਜੇ ਕਿਸੇ ਨੇ ਤੁਹਾਡੇ ਤੋਂ ਮਦਦ ਨਹੀਂ ਮੰਗੀ।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No requests yet.</source>
        <translation>ਅਜੇ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asked by %1</source>
        <translation>%1 ਨੇ ਮੰਗੀ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of %1</source>
        <translation>%1 ਤੋਂ ਮੰਗੀ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked %2</source>
        <translation>%1 ਨੇ %2 ਤੋਂ ਮੰਗੀ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>%1 ਤੱਕ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It&apos;s arranged</source>
        <translation>ਪ੍ਰਬੰਧ ਹੋ ਗਿਆ ਹੈ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It&apos;s done</source>
        <translation>ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I don&apos;t need this now</source>
        <translation>ਹੁਣ ਮੈਨੂੰ ਇਸ ਦੀ ਲੋੜ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts you logged</source>
        <translation>ਤੁਹਾਡੇ ਦਰਜ ਕੀਤੇ ਸੰਪਰਕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits and calls</source>
        <translation>ਮੁਲਾਕਾਤਾਂ ਅਤੇ ਫ਼ੋਨ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing logged yet.</source>
        <translation>ਅਜੇ ਕੁਝ ਦਰਜ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1</source>
        <translation>%1 ਨਾਲ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n ਮਿੰਟ</numerusform>
            <numerusform>%n ਮਿੰਟ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helped with: %1</source>
        <translation>ਇਸ ਵਿੱਚ ਮਦਦ ਮਿਲੀ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays</source>
        <translation>ਠਹਿਰਾਅ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n nights in all.</source>
        <translation>
            <numerusform>ਕੁੱਲ %n ਰਾਤ।</numerusform>
            <numerusform>ਕੁੱਲ %n ਰਾਤਾਂ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 ਤੋਂ %2 ਤੱਕ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stayed with you</source>
        <translation>%1 ਤੁਹਾਡੇ ਕੋਲ ਰਹੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stayed with %2</source>
        <translation>%1, %2 ਕੋਲ ਰਹੇ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n ਰਾਤ</numerusform>
            <numerusform>%n ਰਾਤਾਂ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>ਤੁਹਾਨੂੰ ਜੋ ਮਦਦ ਮਿਲ ਰਹੀ ਹੈ, ਉਸ ’ਤੇ ਤੁਹਾਨੂੰ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Not at all</source>
        <translation>1 ਬਿਲਕੁਲ ਨਹੀਂ</translation>
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
        <translation>5 ਬਹੁਤ ਜ਼ਿਆਦਾ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you want to say? (optional)</source>
        <translation>ਕੁਝ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ? (ਜੇ ਚਾਹੋ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Safe Families team will read this. Your volunteer will not see it.</source>
        <translation>ਇਸ ਨੂੰ ਸਿਰਫ਼ Safe Families ਟੀਮ ਪੜ੍ਹੇਗੀ। ਤੁਹਾਡਾ ਵਲੰਟੀਅਰ ਇਸ ਨੂੰ ਨਹੀਂ ਵੇਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You last told the team on %1.</source>
        <translation>ਤੁਸੀਂ ਆਖਰੀ ਵਾਰ %1 ਨੂੰ ਟੀਮ ਨੂੰ ਦੱਸਿਆ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>ਟੀਮ ਨੂੰ ਭੇਜੋ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. The Safe Families team will read it.</source>
        <translation>ਧੰਨਵਾਦ। Safe Families ਟੀਮ ਇਸ ਨੂੰ ਪੜ੍ਹੇਗੀ।</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../ui/SyncBar.qml" line="+19"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync now</source>
        <translation>ਹੁਣੇ ਸਿੰਕ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>ThreeHousesPage</name>
    <message>
        <location filename="../features/voice/ThreeHousesPage.qml" line="+12"/>
        <source>My Three Houses</source>
        <translation>ਮੇਰੇ ਤਿੰਨ ਘਰ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Three houses for your own words. Only you and your coordinator can see them.</source>
        <translation>ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਲਈ ਤਿੰਨ ਘਰ। ਇਹਨਾਂ ਨੂੰ ਸਿਰਫ਼ ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਵੇਖ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>ਤਿੰਨ ਘਰ ਉਹੀ ਨੌਜਵਾਨ ਭਰਦਾ ਹੈ ਜਿਸ ਦੇ ਉਹ ਹਨ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last changed on %1.</source>
        <translation>ਆਖਰੀ ਵਾਰ %1 ਨੂੰ ਬਦਲਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House of worries</source>
        <translation>ਚਿੰਤਾਵਾਂ ਦਾ ਘਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries you?</source>
        <translation>ਤੁਹਾਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of good things</source>
        <translation>ਚੰਗੀਆਂ ਗੱਲਾਂ ਦਾ ਘਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is good in your life?</source>
        <translation>ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਕੀ ਚੰਗਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of dreams</source>
        <translation>ਸੁਪਨਿਆਂ ਦਾ ਘਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you like to happen?</source>
        <translation>ਤੁਸੀਂ ਕੀ ਚਾਹੋਗੇ ਕਿ ਹੋਵੇ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my houses</source>
        <translation>ਮੇਰੇ ਘਰ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>ਸੇਵ ਹੋ ਗਿਆ।</translation>
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
        <translation>Kith ਖੋਲ੍ਹਣ ਲਈ ਆਪਣਾ PIN ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>ਖੋਲ੍ਹੋ</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../features/voice/VoicePage.qml" line="+12"/>
        <source>Have your say</source>
        <translation>ਆਪਣੀ ਗੱਲ ਕਹੋ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>ਮੈਨੂੰ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਹੁੰਦਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator. See who to call now.</source>
        <translation>ਆਪਣੇ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਦੱਸੋ। ਵੇਖੋ ਹੁਣੇ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what you think</source>
        <translation>ਆਪਣੀ ਗੱਲ ਦੱਸੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff, or your family, how things are going</source>
        <translation>ਸਟਾਫ਼ ਨੂੰ, ਜਾਂ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਦੱਸੋ ਕਿ ਸਭ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Three Houses</source>
        <translation>ਮੇਰੇ ਤਿੰਨ ਘਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries, good things and dreams, in your own words</source>
        <translation>ਚਿੰਤਾਵਾਂ, ਚੰਗੀਆਂ ਗੱਲਾਂ ਅਤੇ ਸੁਪਨੇ, ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Words and Pictures</source>
        <translation>ਮੇਰੇ ਸ਼ਬਦ ਅਤੇ ਤਸਵੀਰਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why helpers are working with your family</source>
        <translation>ਮਦਦਗਾਰ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਕਿਉਂ ਕੰਮ ਕਰ ਰਹੇ ਹਨ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you said</source>
        <translation>ਤੁਸੀਂ ਕੀ ਕਿਹਾ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet. When you say something, it shows here with any reply from staff.</source>
        <translation>ਅਜੇ ਕੁਝ ਨਹੀਂ। ਜਦੋਂ ਤੁਸੀਂ ਕੁਝ ਕਹੋਗੇ, ਉਹ ਸਟਾਫ਼ ਦੇ ਜਵਾਬ ਨਾਲ ਇੱਥੇ ਦਿਖੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>WordsAndPicturesPage</name>
    <message>
        <location filename="../features/voice/WordsAndPicturesPage.qml" line="+13"/>
        <source>My Words and Pictures</source>
        <translation>ਮੇਰੇ ਸ਼ਬਦ ਅਤੇ ਤਸਵੀਰਾਂ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written for you here yet. Your coordinator will write it with you.</source>
        <translation>ਇੱਥੇ ਅਜੇ ਤੁਹਾਡੇ ਲਈ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ। ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਇਹ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਲਿਖੇਗਾ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written on %1.</source>
        <translation>%1 ਨੂੰ ਲਿਖਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>ਕੁਝ ਹਿੱਸੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹਨ ਕਿਉਂਕਿ ਉਹਨਾਂ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>ਪੰਨਾ %1, ਕੁੱਲ %2</translation>
    </message>
</context>
<context>
    <name>WorryEditor</name>
    <message>
        <location filename="../features/support/WorryEditor.qml" line="+14"/>
        <source>Raise a worry</source>
        <translation>ਚਿੰਤਾ ਦੱਸੋ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This goes to the Safe Families team only.</source>
        <translation>ਇਹ ਸਿਰਫ਼ Safe Families ਟੀਮ ਕੋਲ ਜਾਂਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family will not see it. It is sent as soon as your phone is online.</source>
        <translation>ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਨਹੀਂ ਵੇਖੇਗਾ। ਜਿਵੇਂ ਹੀ ਤੁਹਾਡਾ ਫ਼ੋਨ ਔਨਲਾਈਨ ਹੋਵੇਗਾ, ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a child is in danger now, call 999.</source>
        <translation>ਜੇ ਕੋਈ ਬੱਚਾ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1.</source>
        <translation>%1 ਬਾਰੇ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What worries you?</source>
        <translation>ਤੁਹਾਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw or heard, when, and what was said. Use the words people used.</source>
        <translation>ਤੁਸੀਂ ਕੀ ਵੇਖਿਆ ਜਾਂ ਸੁਣਿਆ, ਕਦੋਂ, ਅਤੇ ਕੀ ਕਿਹਾ ਗਿਆ। ਉਹੀ ਸ਼ਬਦ ਲਿਖੋ ਜੋ ਲੋਕਾਂ ਨੇ ਵਰਤੇ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>ਟੀਮ ਨੂੰ ਭੇਜੋ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it.</source>
        <translation>ਧੰਨਵਾਦ। ਜਿਵੇਂ ਹੀ ਤੁਹਾਡਾ ਫ਼ੋਨ ਔਨਲਾਈਨ ਹੋਵੇਗਾ, ਤੁਹਾਡੀ ਚਿੰਤਾ Safe Families ਟੀਮ ਕੋਲ ਚਲੀ ਜਾਵੇਗੀ। ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਨਹੀਂ ਵੇਖੇਗਾ।</translation>
    </message>
</context>
<context>
    <name>kith::app::AssessmentDraft</name>
    <message>
        <location filename="../features/coordinator/assessment_draft.cpp" line="+48"/>
        <source>Harm that has happened</source>
        <translation>ਨੁਕਸਾਨ ਜੋ ਹੋ ਚੁੱਕਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger: what could happen if nothing changes</source>
        <translation>ਖ਼ਤਰਾ: ਜੇ ਕੁਝ ਨਾ ਬਦਲਿਆ ਤਾਂ ਕੀ ਹੋ ਸਕਦਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicating factor</source>
        <translation>ਮੁਸ਼ਕਲ ਬਣਾਉਣ ਵਾਲੀ ਗੱਲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind not chosen</source>
        <translation>ਕਿਸਮ ਨਹੀਂ ਚੁਣੀ ਗਈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent or carer</source>
        <translation>ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>ਨੌਜਵਾਨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>ਕੋਆਰਡੀਨੇਟਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>ਪਰਿਵਾਰਕ ਘੇਰਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>ਵਲੰਟੀਅਰ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>0 ਤੋਂ 10 ਤੱਕ ਅੰਕ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦਾ ਮੁਲਾਂਕਣ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਲਿਖ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day of the assessment as year-month-day, for example 2026-08-27.</source>
        <translation>ਮੁਲਾਂਕਣ ਦਾ ਦਿਨ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਿਵੇਂ 2026-08-27।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worry %1 has no words. Write it, or remove it.</source>
        <translation>ਚਿੰਤਾ %1 ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ। ਇਸ ਨੂੰ ਲਿਖੋ, ਜਾਂ ਹਟਾਓ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worry %1: choose harm, danger or complicating factor.</source>
        <translation>ਚਿੰਤਾ %1: ਨੁਕਸਾਨ, ਖ਼ਤਰਾ ਜਾਂ ਮੁਸ਼ਕਲ ਬਣਾਉਣ ਵਾਲੀ ਗੱਲ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s working well %1 has no words. Write it, or remove it.</source>
        <translation>ਵਧੀਆ ਚੱਲ ਰਿਹਾ %1 ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ। ਇਸ ਨੂੰ ਲਿਖੋ, ਜਾਂ ਹਟਾਓ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1 has no words. Write it, or remove it.</source>
        <translation>ਸੁਰੱਖਿਆ ਦਾ ਟੀਚਾ %1 ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ। ਇਸ ਨੂੰ ਲਿਖੋ, ਜਾਂ ਹਟਾਓ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step %1 has no words. Write it, or remove it.</source>
        <translation>ਅਗਲਾ ਕਦਮ %1 ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ। ਇਸ ਨੂੰ ਲਿਖੋ, ਜਾਂ ਹਟਾਓ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1: type the day as year-month-day, or leave it empty.</source>
        <translation>ਅਗਲਾ ਕਦਮ %1: ਦਿਨ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਾਂ ਖਾਲੀ ਛੱਡੋ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1 is due before the day of the assessment.</source>
        <translation>ਅਗਲਾ ਕਦਮ %1 ਦੀ ਤਾਰੀਖ ਮੁਲਾਂਕਣ ਦੇ ਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write at least one worry, strength, safety goal or next step.</source>
        <translation>ਘੱਟੋ-ਘੱਟ ਇੱਕ ਚਿੰਤਾ, ਖੂਬੀ, ਸੁਰੱਖਿਆ ਦਾ ਟੀਚਾ ਜਾਂ ਅਗਲਾ ਕਦਮ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Only a coordinator of this family can score here.</source>
        <translation>ਇੱਥੇ ਅੰਕ ਸਿਰਫ਼ ਇਸ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਦੇ ਸਕਦਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorDesk</name>
    <message>
        <location filename="../features/coordinator/coordinator_desk.cpp" line="+69"/>
        <source>No plan yet</source>
        <translation>ਅਜੇ ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan version %1</source>
        <translation>ਯੋਜਨਾ, ਵਰਜ਼ਨ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version %1, review on %2</source>
        <translation>ਯੋਜਨਾ, ਵਰਜ਼ਨ %1, ਸਮੀਖਿਆ %2 ਨੂੰ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: the family can be used once it has reached the server.</source>
        <translation>ਸਿੰਕ ਦੀ ਉਡੀਕ: ਸਰਵਰ ਤੱਕ ਪਹੁੰਚਣ ਤੋਂ ਬਾਅਦ ਪਰਿਵਾਰ ਵਰਤਿਆ ਜਾ ਸਕੇਗਾ।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 since %2</source>
        <translation>%1, %2 ਤੋਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the family yet</source>
        <translation>ਅਜੇ ਪਰਿਵਾਰ ਨਾਲ ਜੁੜਿਆ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 invited, %2 came.</source>
        <translation>ਸੱਦੇ ਗਏ: %1, ਆਏ: %2।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family made a plan.</source>
        <translation>ਪਰਿਵਾਰ ਨੇ ਯੋਜਨਾ ਬਣਾਈ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan was made.</source>
        <translation>ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ ਬਣੀ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family friend</source>
        <translation>ਪਰਿਵਾਰਕ ਦੋਸਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>ਮੇਜ਼ਬਾਨ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>ਵਿਹਾਰਕ ਮਦਦ ਵਾਲਾ ਦੋਸਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support not chosen</source>
        <translation>ਮਦਦ ਦੀ ਕਿਸਮ ਨਹੀਂ ਚੁਣੀ ਗਈ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a family first.</source>
        <translation>ਪਹਿਲਾਂ ਇੱਕ ਪਰਿਵਾਰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator of this family can do this.</source>
        <translation>ਇਹ ਸਿਰਫ਼ ਇਸ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only staff accounts can add a family. Ask your Kith administrator.</source>
        <translation>ਪਰਿਵਾਰ ਸਿਰਫ਼ ਸਟਾਫ਼ ਦੇ ਖਾਤੇ ਜੋੜ ਸਕਦੇ ਹਨ। ਆਪਣੇ Kith ਪ੍ਰਬੰਧਕ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the family&apos;s name, for example &quot;The Ahmed family&quot;.</source>
        <translation>ਪਰਿਵਾਰ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਿਵੇਂ &quot;The Ahmed family&quot;।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That person is no longer in this family.</source>
        <translation>ਇਹ ਵਿਅਕਤੀ ਹੁਣ ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot remove yourself here. Ask another coordinator or your Kith administrator.</source>
        <translation>ਤੁਸੀਂ ਇੱਥੇ ਆਪਣੇ ਆਪ ਨੂੰ ਨਹੀਂ ਹਟਾ ਸਕਦੇ। ਕਿਸੇ ਹੋਰ ਕੋਆਰਡੀਨੇਟਰ ਜਾਂ ਆਪਣੇ Kith ਪ੍ਰਬੰਧਕ ਨੂੰ ਕਹੋ।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in this family as a volunteer yet. Invite them, and link them once they have set up Kith.</source>
        <translation>%1 ਅਜੇ ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਵਲੰਟੀਅਰ ਵਜੋਂ ਨਹੀਂ ਹਨ। ਉਹਨਾਂ ਨੂੰ ਸੱਦਾ ਦਿਓ, ਅਤੇ Kith ਸੈੱਟ ਕਰਨ ਤੋਂ ਬਾਅਦ ਜੋੜੋ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how they will help: family friend, host family or resource friend.</source>
        <translation>ਚੁਣੋ ਕਿ ਉਹ ਕਿਵੇਂ ਮਦਦ ਕਰਨਗੇ: ਪਰਿਵਾਰਕ ਦੋਸਤ, ਮੇਜ਼ਬਾਨ ਪਰਿਵਾਰ ਜਾਂ ਵਿਹਾਰਕ ਮਦਦ ਵਾਲਾ ਦੋਸਤ।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the day the conference was held as year-month-day, for example 2026-09-10.</source>
        <translation>ਕਾਨਫਰੰਸ ਦਾ ਦਿਨ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਿਵੇਂ 2026-09-10।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conference day cannot be after today. Record a conference once it has been held.</source>
        <translation>ਕਾਨਫਰੰਸ ਦਾ ਦਿਨ ਅੱਜ ਤੋਂ ਬਾਅਦ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਕਾਨਫਰੰਸ ਹੋਣ ਤੋਂ ਬਾਅਦ ਦਰਜ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the names of the family members who were invited.</source>
        <translation>ਸੱਦੇ ਗਏ ਪਰਿਵਾਰਕ ਮੈਂਬਰਾਂ ਦੇ ਨਾਮ ਜੋੜੋ।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਵਿੱਚ ਲੋਕਾਂ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਸੱਦਾ ਦੇ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by your Kith administrator.</source>
        <translation>ਪਰਿਵਾਰ ਵਿੱਚ ਇਸ ਵਿਅਕਤੀ ਦੀ ਭੂਮਿਕਾ ਚੁਣੋ। ਕੋਆਰਡੀਨੇਟਰ ਤੁਹਾਡਾ Kith ਪ੍ਰਬੰਧਕ ਜੋੜਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name the person will be shown by.</source>
        <translation>ਉਹ ਨਾਮ ਲਿਖੋ ਜਿਸ ਨਾਲ ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਵਿਖਾਇਆ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone already in Kith can only be invited as a volunteer.</source>
        <translation>ਜੋ ਪਹਿਲਾਂ ਹੀ Kith ਵਿੱਚ ਹੈ, ਉਸ ਨੂੰ ਸਿਰਫ਼ ਵਲੰਟੀਅਰ ਵਜੋਂ ਸੱਦਾ ਦਿੱਤਾ ਜਾ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invite is on its way. Wait a moment.</source>
        <translation>ਇੱਕ ਸੱਦਾ ਬਣ ਰਿਹਾ ਹੈ। ਥੋੜ੍ਹਾ ਉਡੀਕ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Works until %1 at %2, once.</source>
        <translation>%1 ਨੂੰ %2 ਵਜੇ ਤੱਕ, ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only staff accounts can see the list of volunteers.</source>
        <translation>ਵਲੰਟੀਅਰਾਂ ਦੀ ਸੂਚੀ ਸਿਰਫ਼ ਸਟਾਫ਼ ਦੇ ਖਾਤੇ ਵੇਖ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A volunteer with no name yet</source>
        <translation>ਇੱਕ ਵਲੰਟੀਅਰ ਜਿਸ ਦਾ ਅਜੇ ਨਾਮ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline, so no invite was made. An invite needs a connection to the Kith server: try again when you are online.</source>
        <translation>ਤੁਸੀਂ ਔਫਲਾਈਨ ਹੋ, ਇਸ ਲਈ ਕੋਈ ਸੱਦਾ ਨਹੀਂ ਬਣਿਆ। ਸੱਦੇ ਲਈ Kith ਸਰਵਰ ਨਾਲ ਕੁਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ: ਔਨਲਾਈਨ ਹੋਣ ’ਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline. The list of volunteers needs a connection to the Kith server: try again when you are online.</source>
        <translation>ਤੁਸੀਂ ਔਫਲਾਈਨ ਹੋ। ਵਲੰਟੀਅਰਾਂ ਦੀ ਸੂਚੀ ਲਈ Kith ਸਰਵਰ ਨਾਲ ਕੁਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ: ਔਨਲਾਈਨ ਹੋਣ ’ਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorInbox</name>
    <message>
        <location filename="../features/coordinator/coordinator_inbox.cpp" line="+50"/>
        <source>Open</source>
        <translation>ਖੁੱਲ੍ਹੀ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>ਪ੍ਰਬੰਧ ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ਪੂਰਾ ਹੋਇਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>ਵਾਪਸ ਲੈ ਲਈ ਗਈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>ਤੈਅ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;I don&apos;t feel safe.&quot;</source>
        <translation>&quot;ਮੈਨੂੰ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਹੁੰਦਾ।&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged yet</source>
        <translation>ਅਜੇ ਦੇਖਿਆ ਨਹੀਂ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1, %2</source>
        <translation>%1 ਨੇ ਵੇਖ ਲਿਆ, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not feel safe</source>
        <translation>ਉਹਨਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਹੁੰਦਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry from a volunteer</source>
        <translation>ਵਲੰਟੀਅਰ ਵੱਲੋਂ ਚਿੰਤਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry</source>
        <translation>ਚਿੰਤਾ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply from %1: %2</source>
        <translation>%1 ਦਾ ਜਵਾਬ: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How confident they feel in the help: %1 out of 5</source>
        <translation>ਉਹਨਾਂ ਨੂੰ ਮਦਦ ’ਤੇ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ: 5 ਵਿੱਚੋਂ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback for staff</source>
        <translation>ਸਟਾਫ਼ ਲਈ ਰਾਏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reply yet</source>
        <translation>ਅਜੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>ਸਥਿਤੀ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>%1 ਤੱਕ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked of %1</source>
        <translation>%1 ਤੋਂ ਮੰਗੀ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help request</source>
        <translation>ਮਦਦ ਦੀ ਬੇਨਤੀ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This worry has been acknowledged already.</source>
        <translation>ਇਹ ਚਿੰਤਾ ਪਹਿਲਾਂ ਹੀ ਵੇਖੀ ਜਾ ਚੁੱਕੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can acknowledge this worry.</source>
        <translation>ਇਸ ਚਿੰਤਾ ਨੂੰ ਸਿਰਫ਼ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਵੇਖਿਆ ਮੰਨ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can reply to this.</source>
        <translation>ਇਸ ਦਾ ਜਵਾਬ ਸਿਰਫ਼ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਦੇ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your reply first.</source>
        <translation>ਪਹਿਲਾਂ ਆਪਣਾ ਜਵਾਬ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose open, arranged, done or withdrawn.</source>
        <translation>ਖੁੱਲ੍ਹੀ, ਪ੍ਰਬੰਧ ਹੋ ਗਿਆ, ਪੂਰਾ ਹੋਇਆ ਜਾਂ ਵਾਪਸ ਲੈ ਲਈ ਗਈ ਵਿੱਚੋਂ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a coordinator of the family can change this request.</source>
        <translation>ਇਹ ਬੇਨਤੀ ਸਿਰਫ਼ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਬਦਲ ਸਕਦਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>kith::app::DraftList</name>
    <message>
        <location filename="../features/coordinator/draft_list.cpp" line="+39"/>
        <source> and </source>
        <translation> ਅਤੇ </translation>
    </message>
</context>
<context>
    <name>kith::app::EasyReadCheck</name>
    <message>
        <location filename="../features/coordinator/easy_read_check.cpp" line="+57"/>
        <source>&quot;%1&quot; has %2 words. Easy read works best with %3 or fewer: try splitting it.</source>
        <translation>&quot;%1&quot; ਵਿੱਚ %2 ਸ਼ਬਦ ਹਨ। ਸੌਖੀ ਭਾਸ਼ਾ %3 ਜਾਂ ਘੱਟ ਸ਼ਬਦਾਂ ਨਾਲ ਵਧੀਆ ਰਹਿੰਦੀ ਹੈ: ਇਸ ਨੂੰ ਵੰਡ ਕੇ ਵੇਖੋ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may hold more than one idea. Easy read works best with one idea in each sentence.</source>
        <translation>&quot;%1&quot; ਵਿੱਚ ਸ਼ਾਇਦ ਇੱਕ ਤੋਂ ਵੱਧ ਗੱਲਾਂ ਹਨ। ਸੌਖੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹਰ ਵਾਕ ਵਿੱਚ ਇੱਕ ਗੱਲ ਵਧੀਆ ਰਹਿੰਦੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is jargon: families may not know it. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ਇੱਕ ਔਖਾ ਤਕਨੀਕੀ ਸ਼ਬਦ ਹੈ: ਸ਼ਾਇਦ ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਨਾ ਜਾਣਦੇ ਹੋਣ। &quot;%2&quot; ਵਰਤ ਕੇ ਵੇਖੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a long word. Try a shorter, everyday word.</source>
        <translation>&quot;%1&quot; ਇੱਕ ਲੰਮਾ ਸ਼ਬਦ ਹੈ। ਕੋਈ ਛੋਟਾ, ਰੋਜ਼ਾਨਾ ਦਾ ਸ਼ਬਦ ਵਰਤ ਕੇ ਵੇਖੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a long word. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ਇੱਕ ਲੰਮਾ ਸ਼ਬਦ ਹੈ। &quot;%2&quot; ਵਰਤ ਕੇ ਵੇਖੋ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.</source>
        <translation>ਪੜ੍ਹਨ ਦੀ ਸੌਖ 100 ਵਿੱਚੋਂ %1 ਹੈ। ਸੌਖੀ ਭਾਸ਼ਾ %2 ਤੋਂ ਉੱਪਰ ਵਧੀਆ ਰਹਿੰਦੀ ਹੈ: ਛੋਟੇ ਵਾਕ ਅਤੇ ਛੋਟੇ ਸ਼ਬਦ ਵਰਤੋ।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Easy read check: this does not look like English, so it was not checked.</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ ਦੀ ਜਾਂਚ: ਇਹ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਲੱਗਦੀ, ਇਸ ਲਈ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋਈ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy read check: this reads well.</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ ਦੀ ਜਾਂਚ: ਇਹ ਸੌਖਿਆਂ ਪੜ੍ਹਿਆ ਜਾਂਦਾ ਹੈ।</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Easy read check: %n thing(s) to look at.</source>
        <translation>
            <numerusform>ਸੌਖੀ ਭਾਸ਼ਾ ਦੀ ਜਾਂਚ: ਵੇਖਣ ਲਈ %n ਗੱਲ।</numerusform>
            <numerusform>ਸੌਖੀ ਭਾਸ਼ਾ ਦੀ ਜਾਂਚ: ਵੇਖਣ ਲਈ %n ਗੱਲਾਂ।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::FormatsView</name>
    <message>
        <location filename="../features/formats/formats_view.cpp" line="+29"/>
        <source>Easy read</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>ਆਡੀਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille</source>
        <translation>ਬ੍ਰੇਲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Short sentences, as a text file to print or read on screen</source>
        <translation>ਛੋਟੇ ਵਾਕ, ਪ੍ਰਿੰਟ ਕਰਨ ਜਾਂ ਸਕ੍ਰੀਨ ’ਤੇ ਪੜ੍ਹਨ ਲਈ ਟੈਕਸਟ ਫ਼ਾਈਲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF in big, clear letters, one column</source>
        <translation>ਵੱਡੇ, ਸਾਫ਼ ਅੱਖਰਾਂ ਵਿੱਚ PDF, ਇੱਕ ਕਾਲਮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan read out, as a sound file (WAV)</source>
        <translation>ਪੜ੍ਹ ਕੇ ਸੁਣਾਈ ਯੋਜਨਾ, ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Braille file (BRF) for an embosser or a Braille display</source>
        <translation>ਐਮਬੋਸਰ ਜਾਂ ਬ੍ਰੇਲ ਡਿਸਪਲੇ ਲਈ ਬ੍ਰੇਲ ਫ਼ਾਈਲ (BRF)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 has no communication needs recorded that ask for another format. Record them first, or choose a format below.</source>
        <translation>%1 ਦੀ ਕੋਈ ਅਜਿਹੀ ਲੋੜ ਦਰਜ ਨਹੀਂ ਜੋ ਹੋਰ ਰੂਪ ਮੰਗੇ। ਪਹਿਲਾਂ ਲੋੜਾਂ ਦਰਜ ਕਰੋ, ਜਾਂ ਹੇਠਾਂ ਤੋਂ ਕੋਈ ਰੂਪ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no such format.</source>
        <translation>ਅਜਿਹਾ ਕੋਈ ਰੂਪ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦੀ ਅਜੇ ਕੋਈ ਜਾਰੀ ਕੀਤੀ ਯੋਜਨਾ ਨਹੀਂ, ਇਸ ਲਈ ਬਣਾਉਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the whole path of the folder, for example %1.</source>
        <translation>ਫੋਲਡਰ ਦਾ ਪੂਰਾ ਪਤਾ ਲਿਖੋ, ਜਿਵੇਂ %1।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith cannot make the folder %1. Choose another.</source>
        <translation>Kith ਫੋਲਡਰ %1 ਨਹੀਂ ਬਣਾ ਸਕਦਾ। ਕੋਈ ਹੋਰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not everything was made: %1</source>
        <translation>ਸਭ ਕੁਝ ਨਹੀਂ ਬਣ ਸਕਿਆ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n ਫ਼ਾਈਲ %1 ਵਿੱਚ ਸੇਵ ਹੋਈ।</numerusform>
            <numerusform>%n ਫ਼ਾਈਲਾਂ %1 ਵਿੱਚ ਸੇਵ ਹੋਈਆਂ।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::GoalsView</name>
    <message>
        <location filename="../features/goals/goals_view.cpp" line="+30"/>
        <source>Parent or carer</source>
        <translation>ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>ਨੌਜਵਾਨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>ਕੋਆਰਡੀਨੇਟਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>ਪਰਿਵਾਰਕ ਘੇਰਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>ਵਲੰਟੀਅਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Someone</source>
        <translation>ਕੋਈ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>You</source>
        <translation>ਤੁਸੀਂ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 out of 10 on %3</source>
        <translation>%1: 10 ਵਿੱਚੋਂ %2, %3 ਨੂੰ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale: no scores yet.</source>
        <translation>ਸੁਰੱਖਿਆ ਪੈਮਾਨਾ: ਅਜੇ ਕੋਈ ਅੰਕ ਨਹੀਂ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety scale, latest scores. %1.</source>
        <translation>ਸੁਰੱਖਿਆ ਪੈਮਾਨਾ, ਤਾਜ਼ਾ ਅੰਕ। %1।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the family and their coordinator give scores here.</source>
        <translation>ਇੱਥੇ ਸਿਰਫ਼ ਪਰਿਵਾਰ ਅਤੇ ਉਹਨਾਂ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਅੰਕ ਦਿੰਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>0 ਤੋਂ 10 ਤੱਕ ਇੱਕ ਅੰਕ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a sentence about why you chose %1.</source>
        <translation>ਇੱਕ ਵਾਕ ਲਿਖੋ ਕਿ ਤੁਸੀਂ %1 ਕਿਉਂ ਚੁਣਿਆ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That goal is not one of the family&apos;s goals now. Choose another.</source>
        <translation>ਇਹ ਟੀਚਾ ਹੁਣ ਪਰਿਵਾਰ ਦੇ ਟੀਚਿਆਂ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕੋਈ ਹੋਰ ਚੁਣੋ।</translation>
    </message>
</context>
<context>
    <name>kith::app::NeedsEditor</name>
    <message>
        <location filename="../features/formats/needs_editor.cpp" line="+25"/>
        <source>Easy read</source>
        <translation>ਸੌਖੀ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>ਆਡੀਓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (uncontracted)</source>
        <translation>ਬ੍ਰੇਲ (ਬਿਨਾਂ ਸੰਖੇਪ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (contracted)</source>
        <translation>ਬ੍ਰੇਲ (ਸੰਖੇਪ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSL</source>
        <translation>BSL (ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>ਦੁਭਾਸ਼ੀਆ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last checked on %1.</source>
        <translation>ਆਖਰੀ ਵਾਰ %1 ਨੂੰ ਜਾਂਚਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by %1. Last checked on %2.</source>
        <translation>%1 ਨੇ ਦਰਜ ਕੀਤਾ। ਆਖਰੀ ਵਾਰ %2 ਨੂੰ ਜਾਂਚਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>ਲੋੜਾਂ ਸਿਰਫ਼ ਉਹ ਵਿਅਕਤੀ ਆਪ ਜਾਂ ਉਹਨਾਂ ਦੇ ਪਰਿਵਾਰ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਦਰਜ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanDraft</name>
    <message>
        <location filename="../features/coordinator/plan_draft.cpp" line="+85"/>
        <source>Our family plan</source>
        <translation>ਸਾਡੀ ਪਰਿਵਾਰਕ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>ਇਸ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਸਿਰਫ਼ ਇਸ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਜਾਰੀ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the plan a title, for example &quot;Our family plan&quot;.</source>
        <translation>ਯੋਜਨਾ ਦਾ ਸਿਰਲੇਖ ਲਿਖੋ, ਜਿਵੇਂ &quot;ਸਾਡੀ ਪਰਿਵਾਰਕ ਯੋਜਨਾ&quot;।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day the family agreed the plan as year-month-day, for example 2026-09-10.</source>
        <translation>ਜਿਸ ਦਿਨ ਪਰਿਵਾਰ ਨੇ ਯੋਜਨਾ ਤੈਅ ਕੀਤੀ, ਉਹ ਦਿਨ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਿਵੇਂ 2026-09-10।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the review day as year-month-day, for example 2026-12-10, or leave it empty.</source>
        <translation>ਸਮੀਖਿਆ ਦਾ ਦਿਨ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਿਵੇਂ 2026-12-10, ਜਾਂ ਖਾਲੀ ਛੱਡੋ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review day cannot be before the day the plan was agreed.</source>
        <translation>ਸਮੀਖਿਆ ਦਾ ਦਿਨ ਯੋਜਨਾ ਤੈਅ ਹੋਣ ਦੇ ਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਨਹੀਂ ਹੋ ਸਕਦਾ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bottom line %1 has no words. Write it, or remove it.</source>
        <translation>ਲਾਜ਼ਮੀ ਸ਼ਰਤ %1 ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ। ਇਸ ਨੂੰ ਲਿਖੋ, ਜਾਂ ਹਟਾਓ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one action: what will happen, and who does it.</source>
        <translation>ਘੱਟੋ-ਘੱਟ ਇੱਕ ਕੰਮ ਜੋੜੋ: ਕੀ ਹੋਵੇਗਾ, ਅਤੇ ਕੌਣ ਕਰੇਗਾ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 has no words. Say what will happen, or remove it.</source>
        <translation>ਕੰਮ %1 ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ। ਦੱਸੋ ਕੀ ਹੋਵੇਗਾ, ਜਾਂ ਇਸ ਨੂੰ ਹਟਾਓ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 has nobody doing it. Choose someone, or type a name.</source>
        <translation>ਕੰਮ %1 ਨੂੰ ਕੋਈ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਕਿਸੇ ਨੂੰ ਚੁਣੋ, ਜਾਂ ਨਾਮ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1: type the day it is due as year-month-day, or leave it empty.</source>
        <translation>ਕੰਮ %1: ਆਖਰੀ ਦਿਨ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਾਂ ਖਾਲੀ ਛੱਡੋ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is due before the day the plan was agreed.</source>
        <translation>ਕੰਮ %1 ਦਾ ਆਖਰੀ ਦਿਨ ਯੋਜਨਾ ਤੈਅ ਹੋਣ ਦੇ ਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanView</name>
    <message>
        <location filename="../features/plan/plan_view.cpp" line="+36"/>
        <source>You</source>
        <translation>ਤੁਸੀਂ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>ਸ਼ੁਰੂ ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, waiting to be checked</source>
        <translation>ਹੋ ਗਿਆ, ਜਾਂਚ ਦੀ ਉਡੀਕ ਹੈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done and checked</source>
        <translation>ਹੋ ਗਿਆ ਅਤੇ ਜਾਂਚਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>ਨਹੀਂ ਹੋਇਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>ਅਜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1, agreed %2</source>
        <translation>ਵਰਜ਼ਨ %1, %2 ਨੂੰ ਤੈਅ ਹੋਈ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family plan</source>
        <translation>ਪਰਿਵਾਰਕ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source> and </source>
        <translation> ਅਤੇ </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your actions</source>
        <translation>ਤੁਹਾਡੇ ਕੰਮ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions for %1</source>
        <translation>%1 ਦੇ ਕੰਮ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only the current plan&apos;s actions can change.</source>
        <translation>ਸਿਰਫ਼ ਮੌਜੂਦਾ ਯੋਜਨਾ ਦੇ ਕੰਮ ਬਦਲ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a status an action can have.</source>
        <translation>ਕਿਸੇ ਕੰਮ ਦੀ ਇਹ ਸਥਿਤੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the person who checks this action can confirm it.</source>
        <translation>ਇਸ ਕੰਮ ਨੂੰ ਸਿਰਫ਼ ਉਹੀ ਪੱਕਾ ਕਰ ਸਕਦਾ ਹੈ ਜੋ ਇਸ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people doing this action can change it.</source>
        <translation>ਇਸ ਕੰਮ ਨੂੰ ਸਿਰਫ਼ ਉਹ ਲੋਕ ਬਦਲ ਸਕਦੇ ਹਨ ਜੋ ਇਸ ਨੂੰ ਕਰ ਰਹੇ ਹਨ।</translation>
    </message>
</context>
<context>
    <name>kith::app::ReadAloud</name>
    <message>
        <location filename="../core/read_aloud.cpp" line="+71"/>
        <source>This device has no speech engine, so Kith cannot read aloud here. Your coordinator can make the plan for you as an audio file.</source>
        <translation>ਇਸ ਡਿਵਾਈਸ ਵਿੱਚ ਬੋਲਣ ਵਾਲਾ ਇੰਜਣ ਨਹੀਂ, ਇਸ ਲਈ Kith ਇੱਥੇ ਪੜ੍ਹ ਕੇ ਨਹੀਂ ਸੁਣਾ ਸਕਦਾ। ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਤੁਹਾਡੇ ਲਈ ਯੋਜਨਾ ਆਡੀਓ ਫ਼ਾਈਲ ਵਜੋਂ ਬਣਾ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 voice on this device, so Kith cannot read this aloud. Your coordinator can make the plan for you as an audio file in %1.</source>
        <translation>ਇਸ ਡਿਵਾਈਸ ’ਤੇ %1 ਆਵਾਜ਼ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ Kith ਇਹ ਪੜ੍ਹ ਕੇ ਨਹੀਂ ਸੁਣਾ ਸਕਦਾ। ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਤੁਹਾਡੇ ਲਈ ਯੋਜਨਾ %1 ਵਿੱਚ ਆਡੀਓ ਫ਼ਾਈਲ ਵਜੋਂ ਬਣਾ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kith could not play the sound (%1). Check the volume and the speaker, or ask your coordinator for the plan as an audio file.</source>
        <translation>Kith ਆਵਾਜ਼ ਨਹੀਂ ਚਲਾ ਸਕਿਆ (%1)। ਆਵਾਜ਼ ਅਤੇ ਸਪੀਕਰ ਜਾਂਚੋ, ਜਾਂ ਆਪਣੇ ਕੋਆਰਡੀਨੇਟਰ ਤੋਂ ਯੋਜਨਾ ਆਡੀਓ ਫ਼ਾਈਲ ਵਜੋਂ ਮੰਗੋ।</translation>
    </message>
</context>
<context>
    <name>kith::app::Session</name>
    <message>
        <location filename="../core/session.cpp" line="+137"/>
        <source>Choose a PIN of at least 6 numbers.</source>
        <translation>ਘੱਟੋ-ਘੱਟ 6 ਅੰਕਾਂ ਦਾ PIN ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is numbers only.</source>
        <translation>PIN ਵਿੱਚ ਸਿਰਫ਼ ਅੰਕ ਹੁੰਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>ਦੋਵੇਂ PIN ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਇੱਕੋ PIN ਦੋ ਵਾਰ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type your Kith username.</source>
        <translation>ਆਪਣਾ Kith ਯੂਜ਼ਰਨੇਮ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your password.</source>
        <translation>ਆਪਣਾ ਪਾਸਵਰਡ ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server address starts with https://, for example https://kith.example.gov.uk</source>
        <translation>ਸਰਵਰ ਦਾ ਪਤਾ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ https://kith.example.gov.uk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your PIN.</source>
        <translation>ਆਪਣਾ PIN ਲਿਖੋ।</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+153"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith ਲਾਕ ਹੈ। ਇਸ ਨੂੰ ਖੋਲ੍ਹੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Type the name the person will be shown by.</source>
        <translation>ਉਹ ਨਾਮ ਲਿਖੋ ਜਿਸ ਨਾਲ ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਵਿਖਾਇਆ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by the service&apos;s Kith administrator.</source>
        <translation>ਪਰਿਵਾਰ ਵਿੱਚ ਇਸ ਵਿਅਕਤੀ ਦੀ ਭੂਮਿਕਾ ਚੁਣੋ। ਕੋਆਰਡੀਨੇਟਰ ਸੇਵਾ ਦਾ Kith ਪ੍ਰਬੰਧਕ ਜੋੜਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The family you support</source>
        <translation>ਪਰਿਵਾਰ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone</source>
        <translation>ਕੋਈ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parent or carer</source>
        <translation>ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>ਪਰਿਵਾਰਕ ਘੇਰਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>ਨੌਜਵਾਨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leaver</source>
        <translation>ਦੇਖਭਾਲ ਤੋਂ ਨਿਕਲਿਆ ਨੌਜਵਾਨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families volunteer</source>
        <translation>Safe Families ਵਲੰਟੀਅਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>ਕੋਆਰਡੀਨੇਟਰ</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n changes to send.</source>
        <translation>
            <numerusform>ਭੇਜਣ ਲਈ %n ਬਦਲਾਅ।</numerusform>
            <numerusform>ਭੇਜਣ ਲਈ %n ਬਦਲਾਅ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>ਸਿੰਕ ਹੋ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced yet.</source>
        <translation>ਅਜੇ ਸਿੰਕ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced just now.</source>
        <translation>ਹੁਣੇ ਸਿੰਕ ਹੋਇਆ।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n minutes ago.</source>
        <translation>
            <numerusform>%n ਮਿੰਟ ਪਹਿਲਾਂ ਸਿੰਕ ਹੋਇਆ।</numerusform>
            <numerusform>%n ਮਿੰਟ ਪਹਿਲਾਂ ਸਿੰਕ ਹੋਇਆ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at %1.</source>
        <translation>%1 ਵਜੇ ਸਿੰਕ ਹੋਇਆ।</translation>
    </message>
</context>
<context>
    <name>kith::app::StoreWorker</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+102"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith ਲਾਕ ਹੈ। ਇਸ ਨੂੰ ਖੋਲ੍ਹੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>kith::app::SupportView</name>
    <message>
        <location filename="../features/support/support_view.cpp" line="+60"/>
        <source>Visit</source>
        <translation>ਮੁਲਾਕਾਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>ਫ਼ੋਨ ਕਾਲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>ਸੁਨੇਹੇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip out</source>
        <translation>ਬਾਹਰ ਘੁੰਮਣ ਜਾਣਾ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People to turn to</source>
        <translation>ਲੋੜ ਵੇਲੇ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling more confident</source>
        <translation>ਵੱਧ ਆਤਮ-ਵਿਸ਼ਵਾਸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling well in body and mind</source>
        <translation>ਸਰੀਰ ਅਤੇ ਮਨ ਦੀ ਚੰਗੀ ਸਿਹਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parenting</source>
        <translation>ਬੱਚਿਆਂ ਦੀ ਪਰਵਰਿਸ਼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting on as a family</source>
        <translation>ਪਰਿਵਾਰ ਵਿੱਚ ਆਪਸੀ ਮੇਲ-ਜੋਲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, food and money</source>
        <translation>ਘਰ, ਖਾਣਾ ਅਤੇ ਪੈਸੇ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practical help</source>
        <translation>ਵਿਹਾਰਕ ਮਦਦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things we need</source>
        <translation>ਲੋੜ ਦੀਆਂ ਚੀਜ਼ਾਂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to talk to</source>
        <translation>ਗੱਲ ਕਰਨ ਲਈ ਕੋਈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>ਕੁਝ ਹੋਰ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for an answer</source>
        <translation>ਜਵਾਬ ਦੀ ਉਡੀਕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>ਪ੍ਰਬੰਧ ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ਪੂਰਾ ਹੋਇਆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>ਹੁਣ ਲੋੜ ਨਹੀਂ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family friend</source>
        <translation>ਪਰਿਵਾਰਕ ਦੋਸਤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>ਮੇਜ਼ਬਾਨ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>ਵਿਹਾਰਕ ਮਦਦ ਵਾਲਾ ਦੋਸਤ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You</source>
        <translation>ਤੁਸੀਂ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>ਕੋਈ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1&apos;s family</source>
        <translation>%1 ਦਾ ਪਰਿਵਾਰ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family you support since %1</source>
        <translation>ਇੱਕ ਪਰਿਵਾਰ ਜਿਸ ਦੀ ਤੁਸੀਂ %1 ਤੋਂ ਮਦਦ ਕਰਦੇ ਹੋ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family you support</source>
        <translation>ਪਰਿਵਾਰ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ</translation>
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
        <translation>Safe Families ਟੀਮ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose %1.</source>
        <translation>%1 ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write %1 as year-month-day, for example %2.</source>
        <translation>%1 ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਿਵੇਂ %2।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a volunteer linked to this family can log a contact.</source>
        <translation>ਸੰਪਰਕ ਸਿਰਫ਼ ਉਹੀ ਵਲੰਟੀਅਰ ਦਰਜ ਕਰ ਸਕਦਾ ਹੈ ਜੋ ਇਸ ਪਰਿਵਾਰ ਨਾਲ ਜੁੜਿਆ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how you were in touch: a visit, a call, messages or a trip out.</source>
        <translation>ਚੁਣੋ ਕਿ ਸੰਪਰਕ ਕਿਵੇਂ ਹੋਇਆ: ਮੁਲਾਕਾਤ, ਫ਼ੋਨ, ਸੁਨੇਹੇ ਜਾਂ ਬਾਹਰ ਘੁੰਮਣ ਜਾਣਾ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day it happened</source>
        <translation>ਜਿਸ ਦਿਨ ਇਹ ਹੋਇਆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact once it has happened: choose today or an earlier day.</source>
        <translation>ਸੰਪਰਕ ਹੋਣ ਤੋਂ ਬਾਅਦ ਦਰਜ ਕਰੋ: ਅੱਜ ਜਾਂ ਇਸ ਤੋਂ ਪਹਿਲਾਂ ਦਾ ਦਿਨ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes must be between 1 and 1440 (a whole day).</source>
        <translation>ਮਿੰਟ 1 ਅਤੇ 1440 (ਪੂਰਾ ਦਿਨ) ਦੇ ਵਿਚਕਾਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how many minutes it lasted, for example 30.</source>
        <translation>ਦੱਸੋ ਕਿ ਇਹ ਕਿੰਨੇ ਮਿੰਟ ਚੱਲਿਆ, ਜਿਵੇਂ 30।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the areas from the list.</source>
        <translation>ਸੂਚੀ ਵਿੱਚੋਂ ਖੇਤਰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a volunteer linked to this family can log a stay.</source>
        <translation>ਠਹਿਰਾਅ ਸਿਰਫ਼ ਉਹੀ ਵਲੰਟੀਅਰ ਦਰਜ ਕਰ ਸਕਦਾ ਹੈ ਜੋ ਇਸ ਪਰਿਵਾਰ ਨਾਲ ਜੁੜਿਆ ਹੈ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose who stayed with you.</source>
        <translation>ਚੁਣੋ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਕੌਣ ਰਿਹਾ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who stayed from the list.</source>
        <translation>ਸੂਚੀ ਵਿੱਚੋਂ ਚੁਣੋ ਕਿ ਕੌਣ ਰਿਹਾ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day they came</source>
        <translation>ਜਿਸ ਦਿਨ ਉਹ ਆਏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day they went home</source>
        <translation>ਜਿਸ ਦਿਨ ਉਹ ਘਰ ਗਏ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day they went home must be after the day they came. A stay is at least one night.</source>
        <translation>ਘਰ ਜਾਣ ਦਾ ਦਿਨ ਆਉਣ ਦੇ ਦਿਨ ਤੋਂ ਬਾਅਦ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਠਹਿਰਾਅ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਰਾਤ ਦਾ ਹੁੰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a stay once the children have gone home: the day they went home cannot be after today.</source>
        <translation>ਬੱਚਿਆਂ ਦੇ ਘਰ ਜਾਣ ਤੋਂ ਬਾਅਦ ਠਹਿਰਾਅ ਦਰਜ ਕਰੋ: ਘਰ ਜਾਣ ਦਾ ਦਿਨ ਅੱਜ ਤੋਂ ਬਾਅਦ ਨਹੀਂ ਹੋ ਸਕਦਾ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can answer only the requests asked of you.</source>
        <translation>ਤੁਸੀਂ ਸਿਰਫ਼ ਉਹਨਾਂ ਬੇਨਤੀਆਂ ਦਾ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ ਜੋ ਤੁਹਾਡੇ ਤੋਂ ਕੀਤੀਆਂ ਗਈਆਂ ਹਨ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the help is arranged or done.</source>
        <translation>ਦੱਸੋ ਕਿ ਮਦਦ ਦਾ ਪ੍ਰਬੰਧ ਹੋ ਗਿਆ ਹੈ ਜਾਂ ਮਦਦ ਹੋ ਚੁੱਕੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed: it is done or no longer needed.</source>
        <translation>ਇਹ ਬੇਨਤੀ ਬੰਦ ਹੈ: ਇਹ ਹੋ ਚੁੱਕੀ ਹੈ ਜਾਂ ਹੁਣ ਲੋੜ ਨਹੀਂ।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a volunteer linked to this family can raise a worry here.</source>
        <translation>ਇੱਥੇ ਚਿੰਤਾ ਸਿਰਫ਼ ਉਹੀ ਵਲੰਟੀਅਰ ਦੱਸ ਸਕਦਾ ਹੈ ਜੋ ਇਸ ਪਰਿਵਾਰ ਨਾਲ ਜੁੜਿਆ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what worries you, in your own words.</source>
        <translation>ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a parent or carer can ask for help here.</source>
        <translation>ਇੱਥੇ ਮਦਦ ਸਿਰਫ਼ ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਮੰਗ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of help you need.</source>
        <translation>ਉਹ ਮਦਦ ਚੁਣੋ ਜਿਸ ਦੀ ਤੁਹਾਨੂੰ ਲੋੜ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what help you need.</source>
        <translation>ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day you need it</source>
        <translation>ਜਿਸ ਦਿਨ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਲੋੜ ਹੈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you need it cannot be before today.</source>
        <translation>ਲੋੜ ਦਾ ਦਿਨ ਅੱਜ ਤੋਂ ਪਹਿਲਾਂ ਨਹੀਂ ਹੋ ਸਕਦਾ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your volunteer from the list, or ask the Safe Families team.</source>
        <translation>ਸੂਚੀ ਵਿੱਚੋਂ ਆਪਣਾ ਵਲੰਟੀਅਰ ਚੁਣੋ, ਜਾਂ Safe Families ਟੀਮ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can take back only a request you made.</source>
        <translation>ਤੁਸੀਂ ਸਿਰਫ਼ ਉਹੀ ਬੇਨਤੀ ਵਾਪਸ ਲੈ ਸਕਦੇ ਹੋ ਜੋ ਤੁਸੀਂ ਕੀਤੀ ਸੀ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed already.</source>
        <translation>ਇਹ ਬੇਨਤੀ ਪਹਿਲਾਂ ਹੀ ਬੰਦ ਹੋ ਚੁੱਕੀ ਹੈ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the family can send feedback on their support.</source>
        <translation>ਆਪਣੀ ਮਦਦ ਬਾਰੇ ਰਾਏ ਸਿਰਫ਼ ਪਰਿਵਾਰ ਭੇਜ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 1 to 5.</source>
        <translation>1 ਤੋਂ 5 ਤੱਕ ਇੱਕ ਅੰਕ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel, or say something in your own words.</source>
        <translation>ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ, ਜਾਂ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਕੁਝ ਕਹੋ।</translation>
    </message>
</context>
<context>
    <name>kith::app::VoiceView</name>
    <message>
        <location filename="../features/voice/voice_view.cpp" line="+60"/>
        <source>Only staff see this</source>
        <translation>ਇਸ ਨੂੰ ਸਿਰਫ਼ ਸਟਾਫ਼ ਵੇਖਦਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your family can see this</source>
        <translation>ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਵੇਖ ਸਕਦਾ ਹੈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our family plan</source>
        <translation>ਸਾਡੀ ਪਰਿਵਾਰਕ ਯੋਜਨਾ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling safe</source>
        <translation>ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਨਾ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You</source>
        <translation>ਤੁਸੀਂ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>ਸਟਾਫ਼</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Feedback is sent by the family and volunteers. Staff answer it.</source>
        <translation>ਰਾਏ ਪਰਿਵਾਰ ਅਤੇ ਵਲੰਟੀਅਰ ਭੇਜਦੇ ਹਨ। ਸਟਾਫ਼ ਇਸ ਦਾ ਜਵਾਬ ਦਿੰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees this: staff only, or your family.</source>
        <translation>ਚੁਣੋ ਕਿ ਇਸ ਨੂੰ ਕੌਣ ਵੇਖੇ: ਸਿਰਫ਼ ਸਟਾਫ਼, ਜਾਂ ਤੁਹਾਡਾ ਪਰਿਵਾਰ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As a volunteer, your feedback goes to staff only. Choose staff only.</source>
        <translation>ਵਲੰਟੀਅਰ ਵਜੋਂ ਤੁਹਾਡੀ ਰਾਏ ਸਿਰਫ਼ ਸਟਾਫ਼ ਕੋਲ ਜਾਂਦੀ ਹੈ। ਸਿਰਫ਼ ਸਟਾਫ਼ ਚੁਣੋ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel from 1 to 5, or leave it out.</source>
        <translation>1 ਤੋਂ 5 ਤੱਕ ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ, ਜਾਂ ਇਹ ਛੱਡ ਦਿਓ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something, or choose how confident you feel.</source>
        <translation>ਕੁਝ ਲਿਖੋ, ਜਾਂ ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is for young people. If you are worried about someone&apos;s safety, call 999 in an emergency.</source>
        <translation>ਇਹ ਨੌਜਵਾਨਾਂ ਲਈ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਦੀ ਸੁਰੱਖਿਆ ਦੀ ਚਿੰਤਾ ਹੈ, ਤਾਂ ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>ਤਿੰਨ ਘਰ ਉਹੀ ਨੌਜਵਾਨ ਭਰਦਾ ਹੈ ਜਿਸ ਦੇ ਉਹ ਹਨ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This line is too long: &quot;%1...&quot;. Split it into two shorter lines.</source>
        <translation>ਇਹ ਲਾਈਨ ਬਹੁਤ ਲੰਮੀ ਹੈ: &quot;%1...&quot;। ਇਸ ਨੂੰ ਦੋ ਛੋਟੀਆਂ ਲਾਈਨਾਂ ਵਿੱਚ ਵੰਡੋ।</translation>
    </message>
</context>
</TS>

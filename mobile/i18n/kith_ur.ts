<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../features/plan/ActionDelegate.qml" line="+47"/>
        <source>Who: %1</source>
        <translation>کون: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>کب تک: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: %1</source>
        <translation>کون دیکھے گا: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – the date has passed</source>
        <translation>%1 – یہ تاریخ گزر چکی ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;ve done this</source>
        <translation>میں نے یہ کر لیا ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&apos;ve started</source>
        <translation>میں نے شروع کر دیا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm it is done</source>
        <translation>تصدیق کریں کہ یہ ہو گیا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It didn&apos;t happen</source>
        <translation>یہ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../features/coordinator/AssessmentPage.qml" line="+12"/>
        <source>Assessment</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>اس خاندان کا جائزہ صرف اس کا کوآرڈینیٹر لکھ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This starts from the assessment of %1. Saving keeps that one and adds a new one.</source>
        <translation>یہ %1 کے جائزے سے شروع ہوتا ہے۔ محفوظ کرنے سے وہ جائزہ بھی رہے گا اور ایک نیا جائزہ شامل ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the family&apos;s first assessment.</source>
        <translation>یہ اس خاندان کا پہلا جائزہ ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment is saved.</source>
        <translation>جائزہ محفوظ ہو گیا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day of the assessment</source>
        <translation>جائزے کا دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-08-27.</source>
        <translation>سال-مہینہ-دن، مثال کے طور پر 2026-08-27۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What are we worried about?</source>
        <translation>ہمیں کس بات کی فکر ہے؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worry %1</source>
        <translation>فکر %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a worry</source>
        <translation>فکر شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s working well?</source>
        <translation>کیا اچھا چل رہا ہے؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working well %1</source>
        <translation>اچھا چل رہا ہے %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is safety the family already shows</source>
        <translation>یہ وہ حفاظت ہے جو خاندان پہلے سے دکھا رہا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add what&apos;s working well</source>
        <translation>جو اچھا چل رہا ہے وہ شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What needs to happen?</source>
        <translation>کیا ہونا ضروری ہے؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1</source>
        <translation>حفاظت کا ہدف %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a safety goal</source>
        <translation>حفاظت کا ہدف شامل کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps whose day has passed are copied without their day.</source>
        <translation>جن اگلے قدموں کا دن گزر چکا ہے، وہ دن کے بغیر نقل ہوں گے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step %1</source>
        <translation>اگلا قدم %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>یہ کون کرے گا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a next step</source>
        <translation>اگلا قدم شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your safety scale score</source>
        <translation>حفاظت کے پیمانے پر آپ کا نمبر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.</source>
        <translation>10 کا مطلب ہے سب جانتے ہیں کہ بچے اتنے محفوظ ہیں کہ کیس بند کیا جا سکتا ہے۔ 0 کا مطلب ہے بچوں کو گھر سے لے جانا ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this score (optional)</source>
        <translation>یہ نمبر کیوں (اختیاری)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the assessment</source>
        <translation>جائزہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save only the score</source>
        <translation>صرف نمبر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores so far</source>
        <translation>اب تک کے نمبر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 out of 10, from %2</source>
        <translation>10 میں سے %1، %2 کی طرف سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>10 میں سے %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../features/coordinator/ConferencePage.qml" line="+12"/>
        <source>Family meeting (conference)</source>
        <translation>خاندانی ملاقات (کانفرنس)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a coordinator of this family can record its conferences.</source>
        <translation>اس خاندان کی کانفرنسیں صرف اس کا کوآرڈینیٹر درج کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day it was held</source>
        <translation>جس دن یہ ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>سال-مہینہ-دن، مثال کے طور پر 2026-09-10۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who was invited</source>
        <translation>کس کو بلایا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name a line, including people without Kith.</source>
        <translation>ہر لائن میں ایک نام، ان لوگوں سمیت جن کے پاس Kith نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Who came</source>
        <translation>کون آیا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family made a plan in private family time</source>
        <translation>خاندان نے نجی خاندانی وقت میں منصوبہ بنایا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advocate (optional)</source>
        <translation>وکیلِ حمایت (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the young person&apos;s advocate, if they had one.</source>
        <translation>نوجوان کے وکیلِ حمایت کا نام، اگر کوئی تھا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the conference</source>
        <translation>کانفرنس محفوظ کریں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conferences held</source>
        <translation>ہونے والی کانفرنسیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocate: %1</source>
        <translation>وکیلِ حمایت: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../features/coordinator/ConfirmCard.qml" line="+9"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>نہیں، رہنے دیں</translation>
    </message>
</context>
<context>
    <name>ContactLogEditor</name>
    <message>
        <location filename="../features/support/ContactLogEditor.qml" line="+15"/>
        <source>Log a contact</source>
        <translation>رابطہ درج کریں</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>With %1.</source>
        <translation>%1 کے ساتھ۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.</source>
        <translation>والدین اور دیکھ بھال کرنے والے دیکھ سکتے ہیں جو آپ یہاں درج کرتے ہیں۔ اگر کسی بات کی فکر ہو تو فکر کی اطلاع دیں: اسے صرف Safe Families کی ٹیم دیکھتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How were you in touch?</source>
        <translation>آپ کا رابطہ کیسے ہوا؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When?</source>
        <translation>کب؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long, in minutes?</source>
        <translation>کتنی دیر، منٹوں میں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For messages you can leave this empty.</source>
        <translation>پیغامات کے لیے آپ اسے خالی چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 منٹ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes (optional)</source>
        <translation>نوٹس (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did together, anything to follow up.</source>
        <translation>آپ نے مل کر کیا کیا، اور آگے کیا دیکھنا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did it help with?</source>
        <translation>اس سے کس چیز میں مدد ملی؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>محفوظ ہو گیا۔ جب آپ کا فون آن لائن ہو گا تو یہ بھیج دیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../features/support/DateField.qml" line="+16"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>گزشتہ کل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>year-month-day, for example %1</source>
        <translation>سال-مہینہ-دن، مثال کے طور پر %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day, or write it as year-month-day.</source>
        <translation>دن چنیں، یا سال-مہینہ-دن کی صورت میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day before</source>
        <translation>ایک دن پہلے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after</source>
        <translation>ایک دن بعد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is not a day. Write year-month-day, for example %1.</source>
        <translation>یہ کوئی دن نہیں ہے۔ سال-مہینہ-دن لکھیں، مثال کے طور پر %1۔</translation>
    </message>
</context>
<context>
    <name>DraftItemEditor</name>
    <message>
        <location filename="../features/coordinator/DraftItemEditor.qml" line="+39"/>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By when (optional)</source>
        <translation>کب تک (اختیاری)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Easy read (optional)</source>
        <translation>آسان زبان میں (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short sentences, one idea each.</source>
        <translation>چھوٹے جملے، ہر جملے میں ایک بات۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture: %1</source>
        <translation>تصویر: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (optional)</source>
        <translation>تصویر (اختیاری)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Translations (%1)</source>
        <translation>ترجمے (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>ترجمے</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In %1</source>
        <translation>%1 میں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Easy read in %1 (optional)</source>
        <translation>%1 میں آسان زبان (اختیاری)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <source>Or someone without Kith</source>
        <translation>یا کوئی جس کے پاس Kith نہیں ہے</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Their names, with commas between them.</source>
        <translation>ان کے نام، درمیان میں کاما لگا کر۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who: %1</source>
        <translation>کون: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year-month-day, for example 2026-10-01.</source>
        <translation>سال-مہینہ-دن، مثال کے طور پر 2026-10-01۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <translation>ہٹا دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 کو ہٹا دیں</translation>
    </message>
</context>
<context>
    <name>EasyReadNotice</name>
    <message>
        <location filename="../features/coordinator/EasyReadNotice.qml" line="+62"/>
        <source>Show all %1</source>
        <translation>سب %1 دکھائیں</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../features/onboarding/EnrolPage.qml" line="+11"/>
        <source>Welcome to Kith</source>
        <translation>Kith میں خوش آمدید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with the Kith account your service gave you. Then choose a PIN for this phone.</source>
        <translation>اس Kith اکاؤنٹ سے سائن ان کریں جو آپ کی سروس نے آپ کو دیا ہے۔ پھر اس فون کے لیے PIN چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.</source>
        <translation>آپ کے کوآرڈینیٹر نے آپ کو دعوتی کوڈ دیا ہے۔ اسے یہاں لکھیں، یا QR کوڈ کا متن چسپاں کریں۔ پھر اس فون کے لیے PIN چنیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith server address</source>
        <translation>Kith سرور کا پتہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite code</source>
        <translation>دعوتی کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 letters and numbers, like 7KQ2M-XH9TD</source>
        <translation>10 حروف اور نمبر، جیسے 7KQ2M-XH9TD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a PIN</source>
        <translation>PIN چنیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 6 numbers. You will type it each time you open Kith.</source>
        <translation>کم از کم 6 نمبر۔ جب بھی آپ Kith کھولیں گے، یہ لکھنا ہو گا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the PIN again</source>
        <translation>PIN دوبارہ لکھیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining…</source>
        <translation>شامل ہو رہے ہیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>شامل ہوں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have an invite code</source>
        <translation>میرے پاس دعوتی کوڈ ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I work for the service</source>
        <translation>میں سروس کے عملے میں ہوں</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../features/coordinator/FamiliesPage.qml" line="+12"/>
        <source>Your families</source>
        <translation>آپ کے خاندان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not coordinate any families in Kith yet.</source>
        <translation>آپ ابھی Kith میں کسی خاندان کے کوآرڈینیٹر نہیں ہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n فرد</numerusform>
            <numerusform>%n افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n worries not acknowledged</source>
        <translation>
            <numerusform>%n فکر جس کی ابھی تصدیق نہیں ہوئی</numerusform>
            <numerusform>%n فکریں جن کی ابھی تصدیق نہیں ہوئی</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open (the family in view)</source>
        <translation>کھلا ہوا (یہی خاندان دکھایا جا رہا ہے)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this family</source>
        <translation>یہ خاندان کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 کھولیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a family</source>
        <translation>خاندان شامل کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family&apos;s name</source>
        <translation>خاندان کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the family will see itself in Kith, for example &quot;The Ahmed family&quot;. Case references stay in the council&apos;s records.</source>
        <translation>Kith میں خاندان اپنا نام ایسے دیکھے گا، مثال کے طور پر &quot;The Ahmed family&quot;۔ کیس کے حوالہ نمبر کونسل کے ریکارڈ میں ہی رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the family</source>
        <translation>خاندان شامل کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You become its coordinator. It can be used once it has reached the server.</source>
        <translation>آپ اس کے کوآرڈینیٹر بن جائیں گے۔ سرور تک پہنچنے کے بعد اسے استعمال کیا جا سکے گا۔</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../features/coordinator/FamilyPage.qml" line="+13"/>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not a coordinator of this family, so there is nothing to manage here.</source>
        <translation>آپ اس خاندان کے کوآرڈینیٹر نہیں ہیں، اس لیے یہاں کرنے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone</source>
        <translation>کسی کو مدعو کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>منصوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>کانفرنس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (you)</source>
        <translation>%1 (آپ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication needs: %1</source>
        <translation>بات چیت کی ضروریات: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1، %2 سے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communication needs</source>
        <translation>بات چیت کی ضروریات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication needs of %1</source>
        <translation>%1 کی بات چیت کی ضروریات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan in their formats</source>
        <translation>ان کے لیے منصوبہ ان کی ضرورت کی شکل میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan in the formats %1 needs</source>
        <translation>منصوبہ اُن شکلوں میں جن کی %1 کو ضرورت ہے</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change support</source>
        <translation>مدد کی قسم بدلیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the family</source>
        <translation>خاندان سے جوڑیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from the family</source>
        <translation>خاندان سے ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the family</source>
        <translation>%1 کو خاندان سے ہٹائیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %2? The family leaves their phone at its next sync.</source>
        <translation>%1 کو %2 سے ہٹا دیں؟ اگلی سنک پر یہ خاندان ان کے فون سے ہٹ جائے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, remove</source>
        <translation>ہاں، ہٹا دیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How %1 helps</source>
        <translation>%1 کیسے مدد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals set with the family</source>
        <translation>خاندان کے ساتھ طے کیے گئے اہداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One goal a line.</source>
        <translation>ہر لائن میں ایک ہدف۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the support</source>
        <translation>مدد محفوظ کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volunteers</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.</source>
        <translation>کسی ایسے رضاکار کو مدعو کریں جو پہلے سے کسی اور خاندان کی مدد کرتا ہے، یا نئے رضاکار کو۔ جب وہ Kith سیٹ اپ کر لیں تو اوپر انہیں اس خاندان سے جوڑیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>سرور سے پوچھ رہے ہیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a volunteer</source>
        <translation>رضاکار تلاش کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite a new volunteer</source>
        <translation>نئے رضاکار کو مدعو کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service has no volunteers in Kith yet.</source>
        <translation>سروس کا ابھی Kith میں کوئی رضاکار نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already a volunteer in this family.</source>
        <translation>پہلے سے اس خاندان میں رضاکار ہیں۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in this family in another role.</source>
        <translation>پہلے سے اس خاندان میں کسی اور کردار میں ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite for a new phone</source>
        <translation>نئے فون کے لیے دعوت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite to this family</source>
        <translation>اس خاندان میں مدعو کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %1</source>
        <translation>%1 کو مدعو کریں</translation>
    </message>
</context>
<context>
    <name>FeedbackDelegate</name>
    <message>
        <location filename="../features/voice/FeedbackDelegate.qml" line="+21"/>
        <source>Reply from %1</source>
        <translation>%1 کا جواب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said</source>
        <translation>آپ نے کہا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply from %1, %2</source>
        <translation>%1 کا جواب، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, %1</source>
        <translation>آپ نے کہا، %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How confident you felt in the help: %1 out of 5</source>
        <translation>آپ کو مدد پر کتنا اعتماد تھا: 5 میں سے %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About: %1</source>
        <translation>موضوع: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../features/voice/FeedbackPage.qml" line="+13"/>
        <source>Say what you think</source>
        <translation>اپنی رائے بتائیں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feedback is sent by families and volunteers. You can read it and answer it from your own screens.</source>
        <translation>رائے خاندان اور رضاکار بھیجتے ہیں۔ آپ اسے اپنی اسکرینوں سے پڑھ سکتے ہیں اور جواب دے سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What do you want to say?</source>
        <translation>آپ کیا کہنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything: what is helping, what is not, what you would like to change.</source>
        <translation>کچھ بھی: کیا مدد کر رہا ہے، کیا نہیں، آپ کیا بدلنا چاہیں گے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who sees it?</source>
        <translation>اسے کون دیکھے گا؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only staff</source>
        <translation>صرف عملہ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My family too</source>
        <translation>میرا خاندان بھی</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone in your family who uses Kith can read this.</source>
        <translation>آپ کے خاندان میں جو بھی Kith استعمال کرتا ہے، وہ اسے پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your coordinator and staff can read this. Your family will not see it.</source>
        <translation>اسے صرف آپ کا کوآرڈینیٹر اور عملہ پڑھ سکتا ہے۔ آپ کا خاندان اسے نہیں دیکھے گا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is it about? (You can leave this out.)</source>
        <translation>یہ کس بارے میں ہے؟ (آپ اسے چھوڑ سکتے ہیں۔)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our family plan</source>
        <translation>ہمارا خاندانی منصوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>کچھ اور</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>آپ کو جو مدد مل رہی ہے، اس پر آپ کو کتنا اعتماد ہے؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means not at all, 5 means very confident. You can leave this out.</source>
        <translation>1 کا مطلب ہے بالکل نہیں، 5 کا مطلب ہے بہت زیادہ۔ آپ اسے چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thank you. Your message is saved on this phone. It will be sent when there is a connection.</source>
        <translation>شکریہ۔ آپ کا پیغام اس فون پر محفوظ ہے۔ کنکشن ملنے پر یہ بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your message is on its way.</source>
        <translation>شکریہ۔ آپ کا پیغام بھیجا جا رہا ہے۔</translation>
    </message>
</context>
<context>
    <name>FormatsPage</name>
    <message>
        <location filename="../features/formats/FormatsPage.qml" line="+14"/>
        <source>The plan in other formats</source>
        <translation>منصوبہ دوسری صورتوں میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1</source>
        <translation>%1 کے لیے منصوبہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs: %2.</source>
        <translation>%1 کی ضروریات: %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no communication needs recorded.</source>
        <translation>%1 کی بات چیت کی کوئی ضرورت درج نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>اس خاندان کا ابھی کوئی شائع شدہ منصوبہ نہیں، اس لیے بنانے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the files in this folder</source>
        <translation>فائلیں اس فولڈر میں محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files hold the family&apos;s plan. Save them only where they will be safe, and delete them once given.</source>
        <translation>ان فائلوں میں خاندان کا منصوبہ ہے۔ انہیں صرف محفوظ جگہ پر رکھیں، اور دینے کے بعد مٹا دیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make what they need</source>
        <translation>جو ضرورت ہے وہ بنائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the files…</source>
        <translation>فائلیں بن رہی ہیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>فولڈر کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every format</source>
        <translation>تمام صورتیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (needed)</source>
        <translation>%1 (ضرورت ہے)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>%1 کے نام سے محفوظ ہوا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it</source>
        <translation>بنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan in %1</source>
        <translation>منصوبہ %1 میں بنائیں</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../features/goals/GoalsPage.qml" line="+14"/>
        <source>Our goals</source>
        <translation>ہمارے اہداف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no goals here yet. When your coordinator has written them down with your family, they will show here.</source>
        <translation>یہاں ابھی کوئی ہدف نہیں ہے۔ جب آپ کا کوآرڈینیٹر آپ کے خاندان کے ساتھ انہیں لکھ لے گا تو وہ یہاں نظر آئیں گے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>کچھ حصے انگریزی میں ہیں کیونکہ ان کا ابھی ترجمہ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs to happen</source>
        <translation>کیا ہونا ضروری ہے</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is working well</source>
        <translation>کیا اچھا چل رہا ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What people are worried about</source>
        <translation>لوگوں کو کس بات کی فکر ہے</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written down on %1.</source>
        <translation>%1 کو لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale</source>
        <translation>حفاظت کا پیمانہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.</source>
        <translation>لوگ 0 سے 10 تک ایک نمبر دیتے ہیں۔ 10 کا مطلب ہے سب کو یقین ہے کہ بچے گھر پر محفوظ ہیں۔ 0 کا مطلب ہے کہ ابھی بچے گھر پر محفوظ طریقے سے نہیں رہ سکتے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest scores</source>
        <translation>تازہ ترین نمبر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 out of 10 (%3, %4)</source>
        <translation>%1: 10 میں سے %2 (%3، %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your score</source>
        <translation>آپ کا نمبر</translation>
    </message>
</context>
<context>
    <name>HelpNumbers</name>
    <message>
        <location filename="../features/voice/HelpNumbers.qml" line="+12"/>
        <source>Who to call now</source>
        <translation>ابھی کس کو فون کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need help now</source>
        <translation>اگر آپ کو ابھی مدد چاہیے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an emergency, or if you are in danger now, call 999.</source>
        <translation>ایمرجنسی میں، یا اگر آپ ابھی خطرے میں ہیں، تو 999 پر فون کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.</source>
        <translation>Childline: 0800 1111۔ مفت، کسی بھی وقت، دن ہو یا رات۔ آپ کسی بھی بارے میں بات کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call 999</source>
        <translation>999 پر فون کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call Childline</source>
        <translation>Childline کو فون کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Childline, 0800 1111</source>
        <translation>Childline کو فون کریں، 0800 1111</translation>
    </message>
</context>
<context>
    <name>HelpRequestEditor</name>
    <message>
        <location filename="../features/support/HelpRequestEditor.qml" line="+14"/>
        <source>Ask for help</source>
        <translation>مدد مانگیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Safe Families team</source>
        <translation>Safe Families کی ٹیم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What kind of help?</source>
        <translation>کس قسم کی مدد؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you need?</source>
        <translation>آپ کو کیا چاہیے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a lift to the school on Tuesday, a cot, someone to talk to.</source>
        <translation>مثال کے طور پر: منگل کو اسکول تک لفٹ، بچے کا پالنا، بات کرنے کے لیے کوئی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When do you need it? (optional)</source>
        <translation>آپ کو یہ کب چاہیے؟ (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>آنے والا کل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>ایک ہفتے میں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who do you want to ask?</source>
        <translation>آپ کس سے پوچھنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe Families team and your family in Kith will see this.</source>
        <translation>اسے Safe Families کی ٹیم اور Kith میں آپ کا خاندان دیکھے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the parents and carers in your family, and the Safe Families team will see this.</source>
        <translation>اسے %1، آپ کے خاندان کے والدین اور دیکھ بھال کرنے والے، اور Safe Families کی ٹیم دیکھے گی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your request is saved. It will be sent when your phone is online.</source>
        <translation>آپ کی درخواست محفوظ ہے۔ جب آپ کا فون آن لائن ہو گا تو یہ بھیج دی جائے گی۔</translation>
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
        <translation>السلام علیکم %1۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>السلام علیکم۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no families in Kith yet.</source>
        <translation>Kith میں ابھی آپ کا کوئی خاندان نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith is getting your family&apos;s information. This needs a connection the first time.</source>
        <translation>Kith آپ کے خاندان کی معلومات لے رہا ہے۔ پہلی بار اس کے لیے کنکشن ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries first, then feedback for staff and requests for help</source>
        <translation>پہلے فکریں، پھر عملے کے لیے رائے اور مدد کی درخواستیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your families</source>
        <translation>آپ کے خاندان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families you coordinate; add a family</source>
        <translation>وہ خاندان جن کے آپ کوآرڈینیٹر ہیں؛ خاندان شامل کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this family</source>
        <translation>اس خاندان کے لوگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their needs, invites, volunteers, meetings, plan and assessment</source>
        <translation>ان کی ضروریات، دعوتیں، رضاکار، ملاقاتیں، منصوبہ اور جائزہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I don&apos;t feel safe</source>
        <translation>مجھے محفوظ محسوس نہیں ہوتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator now, and see who to call</source>
        <translation>ابھی اپنے کوآرڈینیٹر کو بتائیں، اور دیکھیں کس کو فون کرنا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our plan</source>
        <translation>ہمارا منصوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed, who does what, and by when</source>
        <translation>ہم نے کیا طے کیا، کون کیا کرے گا، اور کب تک</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our goals</source>
        <translation>ہمارے اہداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs to happen, and how safe things feel from 0 to 10</source>
        <translation>کیا ہونا ضروری ہے، اور 0 سے 10 تک حالات کتنے محفوظ لگتے ہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families I support</source>
        <translation>خاندان جنہیں میری مدد ملتی ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visits and stays, answer requests, raise a worry</source>
        <translation>ملاقاتیں اور قیام درج کریں، درخواستوں کا جواب دیں، فکر کی اطلاع دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your volunteer, asking for help, and how it is going</source>
        <translation>آپ کا رضاکار، مدد مانگنا، اور سب کیسا چل رہا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have your say</source>
        <translation>اپنی بات کہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think, your Three Houses, and replies</source>
        <translation>عملے کو اپنی رائے بتائیں، آپ کے تین گھر، اور جوابات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think of the help you get</source>
        <translation>عملے کو بتائیں کہ آپ کو ملنے والی مدد کے بارے میں آپ کیا سوچتے ہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How I need information</source>
        <translation>مجھے معلومات کیسے چاہیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read, large print, audio, Braille, your language</source>
        <translation>آسان زبان، بڑے حروف، آڈیو، بریل، آپ کی زبان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size, language, easy read, contrast</source>
        <translation>تحریر کا سائز، زبان، آسان زبان، کنٹراسٹ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch to %1</source>
        <translation>%1 پر جائیں</translation>
    </message>
</context>
<context>
    <name>HostingStayEditor</name>
    <message>
        <location filename="../features/support/HostingStayEditor.qml" line="+14"/>
        <source>Log a stay</source>
        <translation>قیام درج کریں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With %1.</source>
        <translation>%1 کے ساتھ۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who stayed with you?</source>
        <translation>آپ کے پاس کون رہا؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith does not know the children of this family yet. Ask the Safe Families team to add them.</source>
        <translation>Kith ابھی اس خاندان کے بچوں کو نہیں جانتا۔ Safe Families کی ٹیم سے کہیں کہ انہیں شامل کرے۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The day they came</source>
        <translation>جس دن وہ آئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>ایک ہفتہ پہلے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 days ago</source>
        <translation>2 دن پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>گزشتہ کل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day they went home</source>
        <translation>جس دن وہ گھر گئے</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n nights.</source>
        <translation>
            <numerusform>%n رات۔</numerusform>
            <numerusform>%n راتیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day they went home must be after the day they came.</source>
        <translation>گھر جانے کا دن آنے کے دن کے بعد ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (optional)</source>
        <translation>نوٹس (اختیاری)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>محفوظ ہو گیا۔ جب آپ کا فون آن لائن ہو گا تو یہ بھیج دیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>HouseEditor</name>
    <message>
        <location filename="../features/voice/HouseEditor.qml" line="+41"/>
        <source>Nothing here yet.</source>
        <translation>یہاں ابھی کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>ہٹا دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove: %1</source>
        <translation>ہٹا دیں: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a line</source>
        <translation>ایک لائن شامل کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>%1 میں شامل کریں</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../features/coordinator/InboxPage.qml" line="+12"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every family I coordinate</source>
        <translation>وہ سب خاندان دکھائیں جن کا میں کوآرڈینیٹر ہوں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here. Worries, feedback for staff and help requests will show here.</source>
        <translation>یہاں کچھ نہیں ہے۔ فکریں، عملے کے لیے رائے اور مدد کی درخواستیں یہاں نظر آئیں گی۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1</source>
        <translation>%1 کی طرف سے</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have seen this worry</source>
        <translation>میں نے یہ فکر دیکھ لی ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>جواب دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1</source>
        <translation>%1 کو جواب دیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your reply to %1</source>
        <translation>%1 کے لیے آپ کا جواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1 and the family&apos;s coordinators will see it.</source>
        <translation>اسے صرف %1 اور خاندان کے کوآرڈینیٹر دیکھیں گے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the reply</source>
        <translation>جواب بھیجیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../features/coordinator/InvitePage.qml" line="+12"/>
        <source>Invite someone</source>
        <translation>کسی کو مدعو کریں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>اس خاندان میں لوگوں کو صرف اس کا کوآرڈینیٹر مدعو کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.</source>
        <translation>کسی کو %1 میں مدعو کریں۔ جب وہ اپنے فون پر Kith سیٹ اپ کریں گے تو کوڈ لکھیں گے، یا QR کوڈ اسکین کریں گے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their part in the family</source>
        <translation>خاندان میں ان کا کردار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already volunteers with the service. This invite adds them to this family as a volunteer.</source>
        <translation>%1 پہلے سے سروس کے ساتھ رضاکار ہیں۔ یہ دعوت انہیں اس خاندان میں رضاکار کے طور پر شامل کرتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their name</source>
        <translation>ان کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they will be shown by. They can change it later.</source>
        <translation>وہ نام جس سے انہیں دکھایا جائے گا۔ وہ اسے بعد میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>سرور سے پوچھ رہے ہیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the invite</source>
        <translation>دعوت بنائیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making an invite needs a connection to the Kith server.</source>
        <translation>دعوت بنانے کے لیے Kith سرور سے کنکشن ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invite for %1 (%2). Show this to them, or read them the code.</source>
        <translation>%1 (%2) کے لیے دعوت۔ یہ انہیں دکھائیں، یا کوڈ پڑھ کر سنائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the invite for %1. The code is %2.</source>
        <translation>%1 کی دعوت کا QR کوڈ۔ کوڈ %2 ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code: %1</source>
        <translation>کوڈ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is shown only now and works once. If it is lost, make a new invite.</source>
        <translation>یہ کوڈ صرف ابھی دکھایا جا رہا ہے اور ایک ہی بار کام کرتا ہے۔ اگر یہ کھو جائے تو نئی دعوت بنائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone else</source>
        <translation>کسی اور کو مدعو کریں</translation>
    </message>
</context>
<context>
    <name>KPage</name>
    <message>
        <location filename="../ui/KPage.qml" line="+23"/>
        <source>This was not saved: %1</source>
        <translation>یہ محفوظ نہیں ہوا: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/Main.qml" line="+24"/>
        <source>Clock</source>
        <translation>گھڑی</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../features/formats/NeedsPage.qml" line="+14"/>
        <source>How I need information</source>
        <translation>مجھے معلومات کیسے چاہیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How %1 needs information</source>
        <translation>%1 کو معلومات کیسے چاہیے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.</source>
        <translation>ہمیں بتائیں کہ آپ کو اپنا منصوبہ پڑھنے اور سمجھنے میں کیا مدد دیتا ہے۔ Kith اسے آپ کے فون پر استعمال کرے گا، اور آپ کا کوآرڈینیٹر اسے دیکھے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.</source>
        <translation>%1 کو اپنا منصوبہ پڑھنے اور سمجھنے کے لیے کیا چاہیے۔ اگلی سنک پر Kith اسے ان کے فون پر استعمال کرے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>ضروریات صرف وہ شخص خود یا ان کے خاندان کا کوآرڈینیٹر درج کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy read: short sentences and pictures</source>
        <translation>آسان زبان: چھوٹے جملے اور تصویریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>بڑے حروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio: information read out</source>
        <translation>آڈیو: معلومات پڑھ کر سنائی جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Sign Language (BSL)</source>
        <translation>برطانوی اشاروں کی زبان (BSL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interpreter at meetings</source>
        <translation>ملاقاتوں میں ترجمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Braille</source>
        <translation>بریل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Braille</source>
        <translation>بریل نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncontracted (grade 1)</source>
        <translation>بغیر مخفف (گریڈ 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted (grade 2)</source>
        <translation>مخفف (گریڈ 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to give information in, and for an interpreter.</source>
        <translation>وہ زبان جس میں معلومات دی جائیں، اور ترجمان کے لیے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anything else, in their own words</source>
        <translation>کچھ اور، ان کے اپنے الفاظ میں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>تبدیلیاں واپس لیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the plan in these formats</source>
        <translation>منصوبہ ان صورتوں میں بنائیں</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../features/onboarding/NeutralScreen.qml" line="+36"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>NotSafePage</name>
    <message>
        <location filename="../features/voice/NotSafePage.qml" line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>مجھے محفوظ محسوس نہیں ہوتا</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send this to your coordinator?</source>
        <translation>یہ اپنے کوآرڈینیٹر کو بھیجیں؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coordinator will be told that you don&apos;t feel safe. Your family will not see this message.</source>
        <translation>آپ کے کوآرڈینیٹر کو بتایا جائے گا کہ آپ خود کو محفوظ محسوس نہیں کرتے۔ آپ کا خاندان یہ پیغام نہیں دیکھے گا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is for young people in the family. If someone is in danger now, call 999.</source>
        <translation>یہ خاندان کے نوجوانوں کے لیے ہے۔ اگر کوئی ابھی خطرے میں ہے تو 999 پر فون کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you want to say what is happening?</source>
        <translation>کیا آپ بتانا چاہتے ہیں کہ کیا ہو رہا ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have to. You can send it without words.</source>
        <translation>یہ ضروری نہیں۔ آپ اسے بغیر الفاظ کے بھی بھیج سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.</source>
        <translation>آپ کا فون ابھی کنکٹ نہیں ہے۔ آپ کا پیغام اس فون پر انتظار کرے گا اور کنکشن ملنے پر بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, send it</source>
        <translation>ہاں، بھیج دیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your message is saved</source>
        <translation>آپ کا پیغام محفوظ ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message has been sent</source>
        <translation>آپ کا پیغام بھیج دیا گیا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is on this phone and will be sent to your coordinator when there is a connection.</source>
        <translation>یہ اس فون پر ہے اور کنکشن ملنے پر آپ کے کوآرڈینیٹر کو بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator has it.</source>
        <translation>یہ آپ کے کوآرڈینیٹر تک پہنچ گیا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith is not an emergency service. Your coordinator may not see your message straight away.</source>
        <translation>Kith ایمرجنسی سروس نہیں ہے۔ ہو سکتا ہے آپ کا کوآرڈینیٹر آپ کا پیغام فوراً نہ دیکھے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../pictograms/PictogramPicker.qml" line="+30"/>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation>احساسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and talking</source>
        <translation>منصوبے اور بات چیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>روزمرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting about</source>
        <translation>آنا جانا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No picture</source>
        <translation>کوئی تصویر نہیں</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../features/plan/PlanPage.qml" line="+13"/>
        <source>Family plan</source>
        <translation>خاندانی منصوبہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no plan here yet. When your family&apos;s plan is agreed at the family meeting, it will show here.</source>
        <translation>یہاں ابھی کوئی منصوبہ نہیں ہے۔ جب خاندانی ملاقات میں آپ کے خاندان کا منصوبہ طے ہو جائے گا تو یہ یہاں نظر آئے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1</source>
        <translation>ورژن %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (an earlier version)</source>
        <translation>ورژن %1 (پہلے والا ورژن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>%1 کو طے ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <translation>اگلا جائزہ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>کچھ حصے انگریزی میں ہیں کیونکہ ان کا ابھی ترجمہ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed by: %1</source>
        <translation>جنہوں نے منظوری دی: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I agree to this plan</source>
        <translation>میں اس منصوبے سے متفق ہوں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have agreed to this plan.</source>
        <translation>آپ اس منصوبے سے متفق ہو چکے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What must happen</source>
        <translation>کیا ہونا لازمی ہے</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who does what</source>
        <translation>کون کیا کرے گا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the plan is not working</source>
        <translation>اگر منصوبہ کام نہ کرے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All versions</source>
        <translation>سب ورژن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (current)</source>
        <translation>%1 (موجودہ)</translation>
    </message>
</context>
<context>
    <name>PublishPlanPage</name>
    <message>
        <location filename="../features/coordinator/PublishPlanPage.qml" line="+13"/>
        <source>Publish the plan</source>
        <translation>منصوبہ شائع کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>اس خاندان کا منصوبہ صرف اس کا کوآرڈینیٹر شائع کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This will be version %1. It starts as a copy of version %2: change what the family agreed.</source>
        <translation>یہ ورژن %1 ہو گا۔ یہ ورژن %2 کی نقل سے شروع ہوتا ہے: جو خاندان نے طے کیا اس کے مطابق بدلیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will be the family&apos;s first plan.</source>
        <translation>یہ خاندان کا پہلا منصوبہ ہو گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is published. The family will see it at their next sync.</source>
        <translation>ورژن %1 شائع ہو گیا ہے۔ خاندان اسے اپنی اگلی سنک پر دیکھے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan&apos;s title</source>
        <translation>منصوبے کا عنوان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom lines</source>
        <translation>لازمی شرائط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the council says must happen for the children to be safe.</source>
        <translation>کونسل کے مطابق بچوں کی حفاظت کے لیے کیا ہونا لازمی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom line %1</source>
        <translation>لازمی شرط %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a bottom line</source>
        <translation>لازمی شرط شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does what</source>
        <translation>کون کیا کرے گا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1</source>
        <translation>کام %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>کیا ہو گا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>یہ کون کرے گا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who checks it was done</source>
        <translation>کون دیکھے گا کہ یہ ہو گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an action</source>
        <translation>کام شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the plan is not working</source>
        <translation>اگر منصوبہ کام نہ کرے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contingency plan</source>
        <translation>متبادل منصوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens if the plan does not work</source>
        <translation>اگر منصوبہ کام نہ کرے تو کیا ہو گا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the family agreed it</source>
        <translation>جس دن خاندان نے اسے طے کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>سال-مہینہ-دن، مثال کے طور پر 2026-09-10۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review meeting (optional)</source>
        <translation>جائزہ ملاقات (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-12-10.</source>
        <translation>سال-مہینہ-دن، مثال کے طور پر 2026-12-10۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish version %1</source>
        <translation>ورژن %1 شائع کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.</source>
        <translation>ورژن %1 شائع کریں؟ یہ خاندان کے سب لوگوں کے لیے ورژن %2 کی جگہ لے لے گا، اور بعد میں بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.</source>
        <translation>منصوبہ شائع کریں؟ خاندان کے سب لوگ اسے دیکھیں گے، اور اسے بعد میں بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, publish</source>
        <translation>ہاں، شائع کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start again from the current version</source>
        <translation>موجودہ ورژن سے دوبارہ شروع کریں</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+27"/>
        <source>Offline. Changes are kept on this phone.</source>
        <translation>آف لائن۔ تبدیلیاں اس فون پر محفوظ ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Kith will try again.</source>
        <translation>سرور مصروف ہے۔ Kith دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone has been removed from Kith. Ask your coordinator to set it up again.</source>
        <translation>یہ فون Kith سے ہٹا دیا گیا ہے۔ اپنے کوآرڈینیٹر سے کہیں کہ اسے دوبارہ سیٹ اپ کرے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith could not prove it is talking to the real server, so it sent nothing. Ask your coordinator. (%1)</source>
        <translation>Kith یہ ثابت نہیں کر سکا کہ وہ اصلی سرور سے بات کر رہا ہے، اس لیے کچھ نہیں بھیجا۔ اپنے کوآرڈینیٹر سے پوچھیں۔ (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 was not saved: %2</source>
        <translation>ایک %1 محفوظ نہیں ہوا: %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../ui/QuickExitButton.qml" line="+11"/>
        <source>Exit</source>
        <translation>باہر نکلیں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave Kith quickly</source>
        <translation>Kith سے جلدی نکلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks Kith at once and shows a plain screen</source>
        <translation>Kith کو فوراً لاک کر کے ایک سادہ اسکرین دکھاتا ہے</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ui/ReadAloudBar.qml" line="+22"/>
        <source>Stop reading</source>
        <translation>پڑھنا بند کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this page aloud</source>
        <translation>یہ صفحہ پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../features/goals/ScaleChart.qml" line="+72"/>
        <source>No one has given a score yet.</source>
        <translation>ابھی کسی نے نمبر نہیں دیا۔</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score</source>
        <translation>تمام نمبر</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>10 میں سے %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1</source>
        <translation>موضوع: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>وجہ: %1</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../features/goals/ScoreEditor.qml" line="+23"/>
        <source>Where would you put things now, from 0 to 10?</source>
        <translation>0 سے 10 تک، آپ ابھی حالات کو کہاں رکھیں گے؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 means everyone is sure the children are safe at home, and the work with your family can finish.</source>
        <translation>10 کا مطلب ہے سب کو یقین ہے کہ بچے گھر پر محفوظ ہیں، اور آپ کے خاندان کے ساتھ کام ختم ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the children cannot stay at home safely right now.</source>
        <translation>0 کا مطلب ہے کہ ابھی بچے گھر پر محفوظ طریقے سے نہیں رہ سکتے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+12"/>
        <source>%1, chosen</source>
        <translation>%1، چنا گیا</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>You chose %1 out of 10.</source>
        <translation>آپ نے 10 میں سے %1 چنا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is your score about?</source>
        <translation>آپ کا نمبر کس بارے میں ہے؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything together</source>
        <translation>سب کچھ ملا کر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did you choose this number?</source>
        <translation>آپ نے یہ نمبر کیوں چنا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sentence in your own words is enough.</source>
        <translation>اپنے الفاظ میں ایک جملہ کافی ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my score</source>
        <translation>میرا نمبر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thank you. Your score is saved.</source>
        <translation>شکریہ۔ آپ کا نمبر محفوظ ہو گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../features/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>تحریر کا سائز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1%</source>
        <translation>ابھی %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size %1 percent</source>
        <translation>تحریر کا سائز %1 فیصد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Easy read: shorter words and pictures</source>
        <translation>آسان زبان: چھوٹے الفاظ اور تصویریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show read-aloud buttons</source>
        <translation>پڑھ کر سنانے کے بٹن دکھائیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less movement on screen</source>
        <translation>اسکرین پر کم حرکت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone</source>
        <translation>یہ فون</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kith locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>Kith استعمال نہ ہونے پر %n منٹ بعد خود لاک ہو جاتا ہے۔</numerusform>
            <numerusform>Kith استعمال نہ ہونے پر %n منٹ بعد خود لاک ہو جاتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock Kith now</source>
        <translation>ابھی Kith لاک کریں</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../features/support/SupportPage.qml" line="+14"/>
        <source>Families you support</source>
        <translation>وہ خاندان جن کی آپ مدد کرتے ہیں</translation>
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
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no Safe Families support to show here yet.</source>
        <translation>یہاں ابھی دکھانے کے لیے Safe Families کی کوئی مدد نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your families</source>
        <translation>آپ کے خاندان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (shown)</source>
        <translation>%1 (دکھایا جا رہا ہے)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have been their %1 since %2.</source>
        <translation>آپ %2 سے ان کے %1 ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals set with the family</source>
        <translation>خاندان کے ساتھ طے کیے گئے اہداف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a visit or call</source>
        <translation>ملاقات یا فون درج کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a stay</source>
        <translation>قیام درج کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise a worry</source>
        <translation>فکر کی اطلاع دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the Safe Families team only</source>
        <translation>صرف Safe Families کی ٹیم کو جاتا ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteers</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your volunteer</source>
        <translation>آپ کا رضاکار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have a Safe Families volunteer yet. You can still ask the team for help.</source>
        <translation>آپ کا ابھی Safe Families کا کوئی رضاکار نہیں ہے۔ آپ پھر بھی ٹیم سے مدد مانگ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Safe Families volunteer yet.</source>
        <translation>ابھی Safe Families کا کوئی رضاکار نہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, since %2</source>
        <translation>%1، %2 سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals: %1</source>
        <translation>اہداف: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help asked of you</source>
        <translation>آپ سے مانگی گئی مدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help you asked for</source>
        <translation>آپ کی مانگی ہوئی مدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help requests</source>
        <translation>مدد کی درخواستیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>مدد مانگیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one has asked you for help yet.</source>
        <translation>ابھی کسی نے آپ سے مدد نہیں مانگی۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No requests yet.</source>
        <translation>ابھی کوئی درخواست نہیں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asked by %1</source>
        <translation>%1 نے مانگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of %1</source>
        <translation>%1 سے مانگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked %2</source>
        <translation>%1 نے %2 سے مانگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>%1 تک چاہیے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It&apos;s arranged</source>
        <translation>انتظام ہو گیا ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It&apos;s done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I don&apos;t need this now</source>
        <translation>اب مجھے اس کی ضرورت نہیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts you logged</source>
        <translation>آپ کے درج کیے گئے رابطے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits and calls</source>
        <translation>ملاقاتیں اور فون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing logged yet.</source>
        <translation>ابھی کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1</source>
        <translation>%1 کے ساتھ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helped with: %1</source>
        <translation>اس میں مدد ملی: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays</source>
        <translation>قیام</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n nights in all.</source>
        <translation>
            <numerusform>کل %n رات۔</numerusform>
            <numerusform>کل %n راتیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stayed with you</source>
        <translation>%1 آپ کے پاس رہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stayed with %2</source>
        <translation>%1، %2 کے پاس رہے</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n رات</numerusform>
            <numerusform>%n راتیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>آپ کو جو مدد مل رہی ہے، اس پر آپ کو کتنا اعتماد ہے؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Not at all</source>
        <translation>1 بالکل نہیں</translation>
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
        <translation>5 بہت زیادہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you want to say? (optional)</source>
        <translation>کچھ کہنا چاہتے ہیں؟ (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Safe Families team will read this. Your volunteer will not see it.</source>
        <translation>اسے صرف Safe Families کی ٹیم پڑھے گی۔ آپ کا رضاکار اسے نہیں دیکھے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You last told the team on %1.</source>
        <translation>آپ نے آخری بار %1 کو ٹیم کو بتایا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>ٹیم کو بھیجیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. The Safe Families team will read it.</source>
        <translation>شکریہ۔ Safe Families کی ٹیم اسے پڑھے گی۔</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../ui/SyncBar.qml" line="+19"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync now</source>
        <translation>ابھی سنک کریں</translation>
    </message>
</context>
<context>
    <name>ThreeHousesPage</name>
    <message>
        <location filename="../features/voice/ThreeHousesPage.qml" line="+12"/>
        <source>My Three Houses</source>
        <translation>میرے تین گھر</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Three houses for your own words. Only you and your coordinator can see them.</source>
        <translation>آپ کے اپنے الفاظ کے لیے تین گھر۔ انہیں صرف آپ اور آپ کا کوآرڈینیٹر دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>تین گھر وہی نوجوان بھرتا ہے جس کے وہ ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last changed on %1.</source>
        <translation>آخری بار %1 کو بدلا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House of worries</source>
        <translation>فکروں کا گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries you?</source>
        <translation>آپ کو کس بات کی فکر ہے؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of good things</source>
        <translation>اچھی باتوں کا گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is good in your life?</source>
        <translation>آپ کی زندگی میں کیا اچھا ہے؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of dreams</source>
        <translation>خوابوں کا گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you like to happen?</source>
        <translation>آپ کیا چاہیں گے کہ ہو؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my houses</source>
        <translation>میرے گھر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
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
        <translation>Kith کھولنے کے لیے اپنا PIN لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>کھل رہا ہے…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../features/voice/VoicePage.qml" line="+12"/>
        <source>Have your say</source>
        <translation>اپنی بات کہیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>مجھے محفوظ محسوس نہیں ہوتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator. See who to call now.</source>
        <translation>اپنے کوآرڈینیٹر کو بتائیں۔ دیکھیں ابھی کس کو فون کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what you think</source>
        <translation>اپنی رائے بتائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff, or your family, how things are going</source>
        <translation>عملے کو، یا اپنے خاندان کو بتائیں کہ سب کیسا چل رہا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Three Houses</source>
        <translation>میرے تین گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries, good things and dreams, in your own words</source>
        <translation>فکریں، اچھی باتیں اور خواب، آپ کے اپنے الفاظ میں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Words and Pictures</source>
        <translation>میرے الفاظ اور تصویریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why helpers are working with your family</source>
        <translation>مددگار آپ کے خاندان کے ساتھ کیوں کام کر رہے ہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you said</source>
        <translation>آپ نے کیا کہا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet. When you say something, it shows here with any reply from staff.</source>
        <translation>ابھی کچھ نہیں۔ جب آپ کچھ کہیں گے تو وہ عملے کے جواب کے ساتھ یہاں نظر آئے گا۔</translation>
    </message>
</context>
<context>
    <name>WordsAndPicturesPage</name>
    <message>
        <location filename="../features/voice/WordsAndPicturesPage.qml" line="+13"/>
        <source>My Words and Pictures</source>
        <translation>میرے الفاظ اور تصویریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written for you here yet. Your coordinator will write it with you.</source>
        <translation>یہاں ابھی آپ کے لیے کچھ نہیں لکھا گیا۔ آپ کا کوآرڈینیٹر یہ آپ کے ساتھ مل کر لکھے گا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written on %1.</source>
        <translation>%1 کو لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>کچھ حصے انگریزی میں ہیں کیونکہ ان کا ابھی ترجمہ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1، کل %2</translation>
    </message>
</context>
<context>
    <name>WorryEditor</name>
    <message>
        <location filename="../features/support/WorryEditor.qml" line="+14"/>
        <source>Raise a worry</source>
        <translation>فکر کی اطلاع دیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This goes to the Safe Families team only.</source>
        <translation>یہ صرف Safe Families کی ٹیم کو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family will not see it. It is sent as soon as your phone is online.</source>
        <translation>خاندان اسے نہیں دیکھے گا۔ جیسے ہی آپ کا فون آن لائن ہو گا، یہ بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a child is in danger now, call 999.</source>
        <translation>اگر کوئی بچہ ابھی خطرے میں ہے تو 999 پر فون کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1.</source>
        <translation>%1 کے بارے میں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What worries you?</source>
        <translation>آپ کو کس بات کی فکر ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw or heard, when, and what was said. Use the words people used.</source>
        <translation>آپ نے کیا دیکھا یا سنا، کب، اور کیا کہا گیا۔ وہی الفاظ لکھیں جو لوگوں نے استعمال کیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>ٹیم کو بھیجیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it.</source>
        <translation>شکریہ۔ جیسے ہی آپ کا فون آن لائن ہو گا، آپ کی فکر Safe Families کی ٹیم کو چلی جائے گی۔ خاندان اسے نہیں دیکھے گا۔</translation>
    </message>
</context>
<context>
    <name>kith::app::AssessmentDraft</name>
    <message>
        <location filename="../features/coordinator/assessment_draft.cpp" line="+48"/>
        <source>Harm that has happened</source>
        <translation>نقصان جو ہو چکا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger: what could happen if nothing changes</source>
        <translation>خطرہ: اگر کچھ نہ بدلا تو کیا ہو سکتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicating factor</source>
        <translation>مشکل بنانے والی بات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind not chosen</source>
        <translation>قسم نہیں چنی گئی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent or carer</source>
        <translation>والدین یا دیکھ بھال کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>خاندانی حلقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>0 سے 10 تک نمبر چنیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>اس خاندان کا جائزہ صرف اس کا کوآرڈینیٹر لکھ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day of the assessment as year-month-day, for example 2026-08-27.</source>
        <translation>جائزے کا دن سال-مہینہ-دن کی صورت میں لکھیں، مثال کے طور پر 2026-08-27۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worry %1 has no words. Write it, or remove it.</source>
        <translation>فکر %1 میں کوئی الفاظ نہیں۔ اسے لکھیں، یا ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worry %1: choose harm, danger or complicating factor.</source>
        <translation>فکر %1: نقصان، خطرہ یا مشکل بنانے والی بات چنیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s working well %1 has no words. Write it, or remove it.</source>
        <translation>اچھا چل رہا ہے %1 میں کوئی الفاظ نہیں۔ اسے لکھیں، یا ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1 has no words. Write it, or remove it.</source>
        <translation>حفاظت کا ہدف %1 میں کوئی الفاظ نہیں۔ اسے لکھیں، یا ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step %1 has no words. Write it, or remove it.</source>
        <translation>اگلا قدم %1 میں کوئی الفاظ نہیں۔ اسے لکھیں، یا ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1: type the day as year-month-day, or leave it empty.</source>
        <translation>اگلا قدم %1: دن سال-مہینہ-دن کی صورت میں لکھیں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1 is due before the day of the assessment.</source>
        <translation>اگلا قدم %1 کی آخری تاریخ جائزے کے دن سے پہلے ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write at least one worry, strength, safety goal or next step.</source>
        <translation>کم از کم ایک فکر، خوبی، حفاظت کا ہدف یا اگلا قدم لکھیں۔</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Only a coordinator of this family can score here.</source>
        <translation>یہاں نمبر صرف اس خاندان کا کوآرڈینیٹر دے سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorDesk</name>
    <message>
        <location filename="../features/coordinator/coordinator_desk.cpp" line="+69"/>
        <source>No plan yet</source>
        <translation>ابھی کوئی منصوبہ نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan version %1</source>
        <translation>منصوبہ، ورژن %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version %1, review on %2</source>
        <translation>منصوبہ، ورژن %1، جائزہ %2 کو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: the family can be used once it has reached the server.</source>
        <translation>سنک کا انتظار: سرور تک پہنچنے کے بعد خاندان استعمال کیا جا سکے گا۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 since %2</source>
        <translation>%1، %2 سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the family yet</source>
        <translation>ابھی خاندان سے جڑا نہیں</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 invited, %2 came.</source>
        <translation>مدعو: %1، آئے: %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family made a plan.</source>
        <translation>خاندان نے منصوبہ بنایا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan was made.</source>
        <translation>کوئی منصوبہ نہیں بنا۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family friend</source>
        <translation>خاندانی دوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>میزبان خاندان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>عملی مدد کرنے والا دوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support not chosen</source>
        <translation>مدد کی قسم نہیں چنی گئی</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a family first.</source>
        <translation>پہلے ایک خاندان چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator of this family can do this.</source>
        <translation>یہ صرف اس خاندان کا کوآرڈینیٹر کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only staff accounts can add a family. Ask your Kith administrator.</source>
        <translation>خاندان صرف عملے کے اکاؤنٹ شامل کر سکتے ہیں۔ اپنے Kith ایڈمنسٹریٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the family&apos;s name, for example &quot;The Ahmed family&quot;.</source>
        <translation>خاندان کا نام لکھیں، مثال کے طور پر &quot;The Ahmed family&quot;۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That person is no longer in this family.</source>
        <translation>یہ شخص اب اس خاندان میں نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot remove yourself here. Ask another coordinator or your Kith administrator.</source>
        <translation>آپ یہاں خود کو نہیں ہٹا سکتے۔ کسی اور کوآرڈینیٹر یا اپنے Kith ایڈمنسٹریٹر سے کہیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in this family as a volunteer yet. Invite them, and link them once they have set up Kith.</source>
        <translation>%1 ابھی اس خاندان میں رضاکار کے طور پر نہیں ہیں۔ انہیں مدعو کریں، اور جب وہ Kith سیٹ اپ کر لیں تو جوڑیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how they will help: family friend, host family or resource friend.</source>
        <translation>چنیں کہ وہ کیسے مدد کریں گے: خاندانی دوست، میزبان خاندان یا عملی مدد کرنے والا دوست۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the day the conference was held as year-month-day, for example 2026-09-10.</source>
        <translation>کانفرنس کا دن سال-مہینہ-دن کی صورت میں لکھیں، مثال کے طور پر 2026-09-10۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conference day cannot be after today. Record a conference once it has been held.</source>
        <translation>کانفرنس کا دن آج کے بعد نہیں ہو سکتا۔ کانفرنس ہو جانے کے بعد درج کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the names of the family members who were invited.</source>
        <translation>مدعو کیے گئے خاندان کے افراد کے نام شامل کریں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>اس خاندان میں لوگوں کو صرف اس کا کوآرڈینیٹر مدعو کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by your Kith administrator.</source>
        <translation>خاندان میں اس شخص کا کردار چنیں۔ کوآرڈینیٹر آپ کا Kith ایڈمنسٹریٹر شامل کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name the person will be shown by.</source>
        <translation>وہ نام لکھیں جس سے اس شخص کو دکھایا جائے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone already in Kith can only be invited as a volunteer.</source>
        <translation>جو پہلے سے Kith میں ہے، اسے صرف رضاکار کے طور پر مدعو کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invite is on its way. Wait a moment.</source>
        <translation>ایک دعوت بن رہی ہے۔ ذرا انتظار کریں۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Works until %1 at %2, once.</source>
        <translation>%1 کو %2 بجے تک، ایک بار کام کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only staff accounts can see the list of volunteers.</source>
        <translation>رضاکاروں کی فہرست صرف عملے کے اکاؤنٹ دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A volunteer with no name yet</source>
        <translation>ایک رضاکار جس کا ابھی نام نہیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline, so no invite was made. An invite needs a connection to the Kith server: try again when you are online.</source>
        <translation>آپ آف لائن ہیں، اس لیے کوئی دعوت نہیں بنی۔ دعوت کے لیے Kith سرور سے کنکشن ضروری ہے: آن لائن ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline. The list of volunteers needs a connection to the Kith server: try again when you are online.</source>
        <translation>آپ آف لائن ہیں۔ رضاکاروں کی فہرست کے لیے Kith سرور سے کنکشن ضروری ہے: آن لائن ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorInbox</name>
    <message>
        <location filename="../features/coordinator/coordinator_inbox.cpp" line="+50"/>
        <source>Open</source>
        <translation>کھلی ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>انتظام ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>واپس لے لی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>طے نہیں</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;I don&apos;t feel safe.&quot;</source>
        <translation>&quot;مجھے محفوظ محسوس نہیں ہوتا۔&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged yet</source>
        <translation>ابھی تصدیق نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1, %2</source>
        <translation>%1 نے دیکھ لیا، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not feel safe</source>
        <translation>انہیں محفوظ محسوس نہیں ہوتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry from a volunteer</source>
        <translation>رضاکار کی طرف سے فکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry</source>
        <translation>فکر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply from %1: %2</source>
        <translation>%1 کا جواب: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How confident they feel in the help: %1 out of 5</source>
        <translation>انہیں مدد پر کتنا اعتماد ہے: 5 میں سے %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback for staff</source>
        <translation>عملے کے لیے رائے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reply yet</source>
        <translation>ابھی کوئی جواب نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>صورتحال: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>%1 تک چاہیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked of %1</source>
        <translation>%1 سے مانگی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help request</source>
        <translation>مدد کی درخواست</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This worry has been acknowledged already.</source>
        <translation>اس فکر کی پہلے ہی تصدیق ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can acknowledge this worry.</source>
        <translation>اس فکر کی تصدیق صرف خاندان کا کوآرڈینیٹر کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can reply to this.</source>
        <translation>اس کا جواب صرف خاندان کا کوآرڈینیٹر دے سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your reply first.</source>
        <translation>پہلے اپنا جواب لکھیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose open, arranged, done or withdrawn.</source>
        <translation>کھلی ہوئی، انتظام ہو گیا، مکمل یا واپس لے لی گئی میں سے چنیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a coordinator of the family can change this request.</source>
        <translation>یہ درخواست صرف خاندان کا کوآرڈینیٹر بدل سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>kith::app::DraftList</name>
    <message>
        <location filename="../features/coordinator/draft_list.cpp" line="+39"/>
        <source> and </source>
        <translation> اور </translation>
    </message>
</context>
<context>
    <name>kith::app::EasyReadCheck</name>
    <message>
        <location filename="../features/coordinator/easy_read_check.cpp" line="+57"/>
        <source>&quot;%1&quot; has %2 words. Easy read works best with %3 or fewer: try splitting it.</source>
        <translation>&quot;%1&quot; میں %2 الفاظ ہیں۔ آسان زبان %3 یا اس سے کم الفاظ میں بہتر رہتی ہے: اسے توڑ کر دیکھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may hold more than one idea. Easy read works best with one idea in each sentence.</source>
        <translation>&quot;%1&quot; میں شاید ایک سے زیادہ باتیں ہیں۔ آسان زبان میں ہر جملے میں ایک بات بہتر رہتی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is jargon: families may not know it. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ایک مشکل اصطلاح ہے: شاید خاندان اسے نہ جانتے ہوں۔ &quot;%2&quot; آزمائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a long word. Try a shorter, everyday word.</source>
        <translation>&quot;%1&quot; ایک لمبا لفظ ہے۔ کوئی چھوٹا، روزمرہ کا لفظ آزمائیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a long word. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ایک لمبا لفظ ہے۔ &quot;%2&quot; آزمائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.</source>
        <translation>پڑھنے کی آسانی 100 میں سے %1 ہے۔ آسان زبان %2 سے اوپر بہتر رہتی ہے: چھوٹے جملے اور چھوٹے الفاظ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Easy read check: this does not look like English, so it was not checked.</source>
        <translation>آسان زبان کی جانچ: یہ انگریزی نہیں لگتی، اس لیے اس کی جانچ نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy read check: this reads well.</source>
        <translation>آسان زبان کی جانچ: یہ آسانی سے پڑھا جاتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Easy read check: %n thing(s) to look at.</source>
        <translation>
            <numerusform>آسان زبان کی جانچ: دیکھنے کے لیے %n بات۔</numerusform>
            <numerusform>آسان زبان کی جانچ: دیکھنے کے لیے %n باتیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::FormatsView</name>
    <message>
        <location filename="../features/formats/formats_view.cpp" line="+29"/>
        <source>Easy read</source>
        <translation>آسان زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>بڑے حروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>آڈیو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille</source>
        <translation>بریل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Short sentences, as a text file to print or read on screen</source>
        <translation>چھوٹے جملے، پرنٹ کرنے یا اسکرین پر پڑھنے کے لیے ٹیکسٹ فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF in big, clear letters, one column</source>
        <translation>بڑے، صاف حروف میں PDF، ایک کالم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan read out, as a sound file (WAV)</source>
        <translation>پڑھ کر سنایا گیا منصوبہ، آواز کی فائل (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Braille file (BRF) for an embosser or a Braille display</source>
        <translation>ایمبوسر یا بریل ڈسپلے کے لیے بریل فائل (BRF)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 has no communication needs recorded that ask for another format. Record them first, or choose a format below.</source>
        <translation>%1 کی کوئی ایسی ضرورت درج نہیں جو دوسری صورت مانگے۔ پہلے ضروریات درج کریں، یا نیچے سے کوئی صورت چنیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no such format.</source>
        <translation>ایسی کوئی صورت نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>اس خاندان کا ابھی کوئی شائع شدہ منصوبہ نہیں، اس لیے بنانے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the whole path of the folder, for example %1.</source>
        <translation>فولڈر کا پورا راستہ لکھیں، مثال کے طور پر %1۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith cannot make the folder %1. Choose another.</source>
        <translation>Kith فولڈر %1 نہیں بنا سکتا۔ کوئی اور چنیں۔</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not everything was made: %1</source>
        <translation>سب کچھ نہیں بن سکا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n فائل %1 میں محفوظ ہوئی۔</numerusform>
            <numerusform>%n فائلیں %1 میں محفوظ ہوئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::GoalsView</name>
    <message>
        <location filename="../features/goals/goals_view.cpp" line="+30"/>
        <source>Parent or carer</source>
        <translation>والدین یا دیکھ بھال کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>خاندانی حلقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Someone</source>
        <translation>کوئی</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 out of 10 on %3</source>
        <translation>%1: 10 میں سے %2، %3 کو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale: no scores yet.</source>
        <translation>حفاظت کا پیمانہ: ابھی کوئی نمبر نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety scale, latest scores. %1.</source>
        <translation>حفاظت کا پیمانہ، تازہ ترین نمبر۔ %1۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the family and their coordinator give scores here.</source>
        <translation>یہاں صرف خاندان اور ان کا کوآرڈینیٹر نمبر دیتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>0 سے 10 تک ایک نمبر چنیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a sentence about why you chose %1.</source>
        <translation>ایک جملہ لکھیں کہ آپ نے %1 کیوں چنا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That goal is not one of the family&apos;s goals now. Choose another.</source>
        <translation>یہ ہدف اب خاندان کے اہداف میں نہیں ہے۔ کوئی اور چنیں۔</translation>
    </message>
</context>
<context>
    <name>kith::app::NeedsEditor</name>
    <message>
        <location filename="../features/formats/needs_editor.cpp" line="+25"/>
        <source>Easy read</source>
        <translation>آسان زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>بڑے حروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>آڈیو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (uncontracted)</source>
        <translation>بریل (بغیر مخفف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (contracted)</source>
        <translation>بریل (مخفف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSL</source>
        <translation>BSL (برطانوی اشاروں کی زبان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last checked on %1.</source>
        <translation>آخری بار %1 کو دیکھا گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by %1. Last checked on %2.</source>
        <translation>%1 نے درج کیا۔ آخری بار %2 کو دیکھا گیا۔</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>ضروریات صرف وہ شخص خود یا ان کے خاندان کا کوآرڈینیٹر درج کر سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanDraft</name>
    <message>
        <location filename="../features/coordinator/plan_draft.cpp" line="+85"/>
        <source>Our family plan</source>
        <translation>ہمارا خاندانی منصوبہ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>اس خاندان کا منصوبہ صرف اس کا کوآرڈینیٹر شائع کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the plan a title, for example &quot;Our family plan&quot;.</source>
        <translation>منصوبے کا عنوان لکھیں، مثال کے طور پر &quot;ہمارا خاندانی منصوبہ&quot;۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day the family agreed the plan as year-month-day, for example 2026-09-10.</source>
        <translation>جس دن خاندان نے منصوبہ طے کیا، وہ دن سال-مہینہ-دن کی صورت میں لکھیں، مثال کے طور پر 2026-09-10۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the review day as year-month-day, for example 2026-12-10, or leave it empty.</source>
        <translation>جائزے کا دن سال-مہینہ-دن کی صورت میں لکھیں، مثال کے طور پر 2026-12-10، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review day cannot be before the day the plan was agreed.</source>
        <translation>جائزے کا دن منصوبہ طے ہونے کے دن سے پہلے نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bottom line %1 has no words. Write it, or remove it.</source>
        <translation>لازمی شرط %1 میں کوئی الفاظ نہیں۔ اسے لکھیں، یا ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one action: what will happen, and who does it.</source>
        <translation>کم از کم ایک کام شامل کریں: کیا ہو گا، اور کون کرے گا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 has no words. Say what will happen, or remove it.</source>
        <translation>کام %1 میں کوئی الفاظ نہیں۔ بتائیں کیا ہو گا، یا اسے ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 has nobody doing it. Choose someone, or type a name.</source>
        <translation>کام %1 کو کوئی نہیں کر رہا۔ کسی کو چنیں، یا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1: type the day it is due as year-month-day, or leave it empty.</source>
        <translation>کام %1: آخری دن سال-مہینہ-دن کی صورت میں لکھیں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is due before the day the plan was agreed.</source>
        <translation>کام %1 کا آخری دن منصوبہ طے ہونے کے دن سے پہلے ہے۔</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanView</name>
    <message>
        <location filename="../features/plan/plan_view.cpp" line="+36"/>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>شروع ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, waiting to be checked</source>
        <translation>ہو گیا، جانچ کا انتظار ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done and checked</source>
        <translation>ہو گیا اور جانچ لیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>ابھی شروع نہیں ہوا</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1, agreed %2</source>
        <translation>ورژن %1، %2 کو طے ہوا</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family plan</source>
        <translation>خاندانی منصوبہ</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source> and </source>
        <translation> اور </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your actions</source>
        <translation>آپ کے کام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions for %1</source>
        <translation>%1 کے کام</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only the current plan&apos;s actions can change.</source>
        <translation>صرف موجودہ منصوبے کے کام بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a status an action can have.</source>
        <translation>کسی کام کی یہ صورتحال نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the person who checks this action can confirm it.</source>
        <translation>اس کام کی تصدیق صرف وہی کر سکتا ہے جو اسے جانچتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people doing this action can change it.</source>
        <translation>اس کام کو صرف وہ لوگ بدل سکتے ہیں جو اسے کر رہے ہیں۔</translation>
    </message>
</context>
<context>
    <name>kith::app::ReadAloud</name>
    <message>
        <location filename="../core/read_aloud.cpp" line="+71"/>
        <source>This device has no speech engine, so Kith cannot read aloud here. Your coordinator can make the plan for you as an audio file.</source>
        <translation>اس ڈیوائس میں بولنے والا انجن نہیں، اس لیے Kith یہاں پڑھ کر نہیں سنا سکتا۔ آپ کا کوآرڈینیٹر آپ کے لیے منصوبہ آڈیو فائل کی صورت میں بنا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 voice on this device, so Kith cannot read this aloud. Your coordinator can make the plan for you as an audio file in %1.</source>
        <translation>اس ڈیوائس پر %1 آواز نہیں ہے، اس لیے Kith یہ پڑھ کر نہیں سنا سکتا۔ آپ کا کوآرڈینیٹر آپ کے لیے منصوبہ %1 میں آڈیو فائل کی صورت میں بنا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kith could not play the sound (%1). Check the volume and the speaker, or ask your coordinator for the plan as an audio file.</source>
        <translation>Kith آواز نہیں چلا سکا (%1)۔ آواز اور اسپیکر چیک کریں، یا اپنے کوآرڈینیٹر سے منصوبہ آڈیو فائل کی صورت میں مانگیں۔</translation>
    </message>
</context>
<context>
    <name>kith::app::Session</name>
    <message>
        <location filename="../core/session.cpp" line="+137"/>
        <source>Choose a PIN of at least 6 numbers.</source>
        <translation>کم از کم 6 نمبروں کا PIN چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is numbers only.</source>
        <translation>PIN میں صرف نمبر ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>دونوں PIN ایک جیسے نہیں ہیں۔ ایک ہی PIN دو بار لکھیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type your Kith username.</source>
        <translation>اپنا Kith یوزر نیم لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server address starts with https://, for example https://kith.example.gov.uk</source>
        <translation>سرور کا پتہ https:// سے شروع ہوتا ہے، مثال کے طور پر https://kith.example.gov.uk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your PIN.</source>
        <translation>اپنا PIN لکھیں۔</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+153"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith لاک ہے۔ اسے کھولیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Type the name the person will be shown by.</source>
        <translation>وہ نام لکھیں جس سے اس شخص کو دکھایا جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by the service&apos;s Kith administrator.</source>
        <translation>خاندان میں اس شخص کا کردار چنیں۔ کوآرڈینیٹر سروس کا Kith ایڈمنسٹریٹر شامل کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The family you support</source>
        <translation>وہ خاندان جس کی آپ مدد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone</source>
        <translation>کوئی</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parent or carer</source>
        <translation>والدین یا دیکھ بھال کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>خاندانی حلقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leaver</source>
        <translation>نگہداشت چھوڑنے والا نوجوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families volunteer</source>
        <translation>Safe Families کا رضاکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n changes to send.</source>
        <translation>
            <numerusform>بھیجنے کے لیے %n تبدیلی۔</numerusform>
            <numerusform>بھیجنے کے لیے %n تبدیلیاں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced yet.</source>
        <translation>ابھی سنک نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced just now.</source>
        <translation>ابھی ابھی سنک ہوا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n minutes ago.</source>
        <translation>
            <numerusform>%n منٹ پہلے سنک ہوا۔</numerusform>
            <numerusform>%n منٹ پہلے سنک ہوا۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at %1.</source>
        <translation>%1 بجے سنک ہوا۔</translation>
    </message>
</context>
<context>
    <name>kith::app::StoreWorker</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+102"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith لاک ہے۔ اسے کھولیں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>kith::app::SupportView</name>
    <message>
        <location filename="../features/support/support_view.cpp" line="+60"/>
        <source>Visit</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>فون کال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>پیغامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip out</source>
        <translation>باہر جانا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People to turn to</source>
        <translation>مشکل میں ساتھ دینے والے لوگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling more confident</source>
        <translation>زیادہ خود اعتمادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling well in body and mind</source>
        <translation>جسم اور ذہن کی اچھی صحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parenting</source>
        <translation>بچوں کی پرورش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting on as a family</source>
        <translation>خاندان میں آپس کے تعلقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, food and money</source>
        <translation>گھر، کھانا اور پیسے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practical help</source>
        <translation>عملی مدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things we need</source>
        <translation>ضرورت کی چیزیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to talk to</source>
        <translation>بات کرنے کے لیے کوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>کچھ اور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for an answer</source>
        <translation>جواب کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>انتظام ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>اب ضرورت نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family friend</source>
        <translation>خاندانی دوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>میزبان خاندان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>عملی مدد کرنے والا دوست</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>کوئی</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1&apos;s family</source>
        <translation>%1 کا خاندان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family you support since %1</source>
        <translation>ایک خاندان جس کی آپ %1 سے مدد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family you support</source>
        <translation>وہ خاندان جس کی آپ مدد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+22"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the Safe Families team</source>
        <translation>Safe Families کی ٹیم</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose %1.</source>
        <translation>%1 چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write %1 as year-month-day, for example %2.</source>
        <translation>%1 سال-مہینہ-دن کی صورت میں لکھیں، مثال کے طور پر %2۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a volunteer linked to this family can log a contact.</source>
        <translation>رابطہ صرف وہی رضاکار درج کر سکتا ہے جو اس خاندان سے جڑا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how you were in touch: a visit, a call, messages or a trip out.</source>
        <translation>چنیں کہ رابطہ کیسے ہوا: ملاقات، فون، پیغامات یا باہر جانا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day it happened</source>
        <translation>وہ دن جب یہ ہوا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact once it has happened: choose today or an earlier day.</source>
        <translation>رابطہ ہو جانے کے بعد درج کریں: آج یا اس سے پہلے کا دن چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes must be between 1 and 1440 (a whole day).</source>
        <translation>منٹ 1 اور 1440 (پورا دن) کے درمیان ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how many minutes it lasted, for example 30.</source>
        <translation>بتائیں کہ یہ کتنے منٹ چلا، مثال کے طور پر 30۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the areas from the list.</source>
        <translation>فہرست میں سے شعبے چنیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a volunteer linked to this family can log a stay.</source>
        <translation>قیام صرف وہی رضاکار درج کر سکتا ہے جو اس خاندان سے جڑا ہے۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose who stayed with you.</source>
        <translation>چنیں کہ آپ کے پاس کون رہا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who stayed from the list.</source>
        <translation>فہرست میں سے چنیں کہ کون رہا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day they came</source>
        <translation>وہ دن جب وہ آئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day they went home</source>
        <translation>وہ دن جب وہ گھر گئے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day they went home must be after the day they came. A stay is at least one night.</source>
        <translation>گھر جانے کا دن آنے کے دن کے بعد ہونا چاہیے۔ قیام کم از کم ایک رات کا ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a stay once the children have gone home: the day they went home cannot be after today.</source>
        <translation>بچوں کے گھر جانے کے بعد قیام درج کریں: گھر جانے کا دن آج کے بعد نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can answer only the requests asked of you.</source>
        <translation>آپ صرف انہی درخواستوں کا جواب دے سکتے ہیں جو آپ سے کی گئی ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the help is arranged or done.</source>
        <translation>بتائیں کہ مدد کا انتظام ہو گیا ہے یا مدد ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed: it is done or no longer needed.</source>
        <translation>یہ درخواست بند ہے: یہ ہو چکی ہے یا اب ضرورت نہیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a volunteer linked to this family can raise a worry here.</source>
        <translation>یہاں فکر کی اطلاع صرف وہی رضاکار دے سکتا ہے جو اس خاندان سے جڑا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what worries you, in your own words.</source>
        <translation>اپنے الفاظ میں بتائیں کہ آپ کو کس بات کی فکر ہے۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a parent or carer can ask for help here.</source>
        <translation>یہاں مدد صرف والدین یا دیکھ بھال کرنے والا مانگ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of help you need.</source>
        <translation>وہ مدد چنیں جس کی آپ کو ضرورت ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what help you need.</source>
        <translation>بتائیں کہ آپ کو کیا مدد چاہیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day you need it</source>
        <translation>وہ دن جب آپ کو اس کی ضرورت ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you need it cannot be before today.</source>
        <translation>ضرورت کا دن آج سے پہلے نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your volunteer from the list, or ask the Safe Families team.</source>
        <translation>فہرست میں سے اپنا رضاکار چنیں، یا Safe Families کی ٹیم سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can take back only a request you made.</source>
        <translation>آپ صرف وہی درخواست واپس لے سکتے ہیں جو آپ نے کی تھی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed already.</source>
        <translation>یہ درخواست پہلے ہی بند ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the family can send feedback on their support.</source>
        <translation>اپنی مدد کے بارے میں رائے صرف خاندان بھیج سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 1 to 5.</source>
        <translation>1 سے 5 تک ایک نمبر چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel, or say something in your own words.</source>
        <translation>چنیں کہ آپ کو کتنا اعتماد ہے، یا اپنے الفاظ میں کچھ کہیں۔</translation>
    </message>
</context>
<context>
    <name>kith::app::VoiceView</name>
    <message>
        <location filename="../features/voice/voice_view.cpp" line="+60"/>
        <source>Only staff see this</source>
        <translation>اسے صرف عملہ دیکھتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your family can see this</source>
        <translation>آپ کا خاندان اسے دیکھ سکتا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our family plan</source>
        <translation>ہمارا خاندانی منصوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling safe</source>
        <translation>محفوظ محسوس کرنا</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Feedback is sent by the family and volunteers. Staff answer it.</source>
        <translation>رائے خاندان اور رضاکار بھیجتے ہیں۔ عملہ اس کا جواب دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees this: staff only, or your family.</source>
        <translation>چنیں کہ اسے کون دیکھے: صرف عملہ، یا آپ کا خاندان۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As a volunteer, your feedback goes to staff only. Choose staff only.</source>
        <translation>رضاکار کے طور پر آپ کی رائے صرف عملے کو جاتی ہے۔ صرف عملہ چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel from 1 to 5, or leave it out.</source>
        <translation>1 سے 5 تک چنیں کہ آپ کو کتنا اعتماد ہے، یا اسے چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something, or choose how confident you feel.</source>
        <translation>کچھ لکھیں، یا چنیں کہ آپ کو کتنا اعتماد ہے۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is for young people. If you are worried about someone&apos;s safety, call 999 in an emergency.</source>
        <translation>یہ نوجوانوں کے لیے ہے۔ اگر آپ کو کسی کی حفاظت کی فکر ہے تو ایمرجنسی میں 999 پر فون کریں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>تین گھر وہی نوجوان بھرتا ہے جس کے وہ ہیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This line is too long: &quot;%1...&quot;. Split it into two shorter lines.</source>
        <translation>یہ لائن بہت لمبی ہے: &quot;%1...&quot;۔ اسے دو چھوٹی لائنوں میں بانٹ دیں۔</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../features/plan/ActionDelegate.qml" line="+47"/>
        <source>Who: %1</source>
        <translation>কে: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>কবের মধ্যে: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: %1</source>
        <translation>কে দেখবেন: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – the date has passed</source>
        <translation>%1 – তারিখটি পার হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;ve done this</source>
        <translation>আমি এটা করেছি</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&apos;ve started</source>
        <translation>আমি শুরু করেছি</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm it is done</source>
        <translation>নিশ্চিত করুন যে এটা হয়েছে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It didn&apos;t happen</source>
        <translation>এটা হয়নি</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../features/coordinator/AssessmentPage.qml" line="+12"/>
        <source>Assessment</source>
        <translation>মূল্যায়ন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>এই পরিবারের মূল্যায়ন শুধু এর কোঅর্ডিনেটর লিখতে পারেন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This starts from the assessment of %1. Saving keeps that one and adds a new one.</source>
        <translation>এটি %1 তারিখের মূল্যায়ন থেকে শুরু হয়। সেভ করলে সেটিও থাকবে, আর একটি নতুন যোগ হবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the family&apos;s first assessment.</source>
        <translation>এটি পরিবারের প্রথম মূল্যায়ন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment is saved.</source>
        <translation>মূল্যায়ন সেভ হয়েছে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day of the assessment</source>
        <translation>মূল্যায়নের দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-08-27.</source>
        <translation>বছর-মাস-দিন, যেমন 2026-08-27।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What are we worried about?</source>
        <translation>আমরা কী নিয়ে চিন্তিত?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worry %1</source>
        <translation>চিন্তা %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a worry</source>
        <translation>একটি চিন্তা যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s working well?</source>
        <translation>কী ভালো চলছে?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working well %1</source>
        <translation>ভালো চলছে %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is safety the family already shows</source>
        <translation>এটি এমন নিরাপত্তা যা পরিবার ইতিমধ্যেই দেখাচ্ছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add what&apos;s working well</source>
        <translation>কী ভালো চলছে তা যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What needs to happen?</source>
        <translation>কী হওয়া দরকার?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1</source>
        <translation>নিরাপত্তার লক্ষ্য %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a safety goal</source>
        <translation>নিরাপত্তার লক্ষ্য যোগ করুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps whose day has passed are copied without their day.</source>
        <translation>যে পরবর্তী পদক্ষেপগুলোর দিন পার হয়ে গেছে, সেগুলো দিন ছাড়া কপি হবে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step %1</source>
        <translation>পরবর্তী পদক্ষেপ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>কে এটা করবেন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a next step</source>
        <translation>পরবর্তী পদক্ষেপ যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your safety scale score</source>
        <translation>নিরাপত্তা স্কেলে আপনার নম্বর</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.</source>
        <translation>10 মানে সবাই জানেন শিশুরা এতটা নিরাপদ যে কেসটি বন্ধ করা যায়। 0 মানে শিশুদের বাড়ি থেকে সরিয়ে নিতেই হবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>নম্বর</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this score (optional)</source>
        <translation>কেন এই নম্বর (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the assessment</source>
        <translation>মূল্যায়ন সেভ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save only the score</source>
        <translation>শুধু নম্বর সেভ করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores so far</source>
        <translation>এখন পর্যন্ত নম্বর</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 out of 10, from %2</source>
        <translation>10-এর মধ্যে %1, %2-এর দেওয়া</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>10-এর মধ্যে %1</translation>
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
        <translation>পারিবারিক মিটিং (কনফারেন্স)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a coordinator of this family can record its conferences.</source>
        <translation>এই পরিবারের কনফারেন্স শুধু এর কোঅর্ডিনেটর লিখে রাখতে পারেন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day it was held</source>
        <translation>যেদিন এটি হয়েছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>বছর-মাস-দিন, যেমন 2026-09-10।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who was invited</source>
        <translation>কাকে ডাকা হয়েছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name a line, including people without Kith.</source>
        <translation>প্রতি লাইনে একটি নাম, যাঁদের Kith নেই তাঁদেরও।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Who came</source>
        <translation>কে এসেছিলেন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family made a plan in private family time</source>
        <translation>পরিবার নিজেদের পারিবারিক সময়ে একটি পরিকল্পনা করেছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advocate (optional)</source>
        <translation>অ্যাডভোকেট (থাকলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the young person&apos;s advocate, if they had one.</source>
        <translation>তরুণ সদস্যের অ্যাডভোকেটের নাম, যদি কেউ থেকে থাকেন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the conference</source>
        <translation>কনফারেন্স সেভ করুন</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conferences held</source>
        <translation>যে কনফারেন্সগুলো হয়েছে</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocate: %1</source>
        <translation>অ্যাডভোকেট: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../features/coordinator/ConfirmCard.qml" line="+9"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>না, থাকুক</translation>
    </message>
</context>
<context>
    <name>ContactLogEditor</name>
    <message>
        <location filename="../features/support/ContactLogEditor.qml" line="+15"/>
        <source>Log a contact</source>
        <translation>যোগাযোগ লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>With %1.</source>
        <translation>%1-এর সাথে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.</source>
        <translation>আপনি এখানে যা লিখবেন, বাবা-মা ও দেখাশোনাকারীরা তা দেখতে পারবেন। কোনো কিছু নিয়ে চিন্তা থাকলে বরং চিন্তার কথা জানান: সেটা শুধু Safe Families টিম দেখে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How were you in touch?</source>
        <translation>কীভাবে যোগাযোগ হয়েছিল?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When?</source>
        <translation>কবে?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long, in minutes?</source>
        <translation>কতক্ষণ, মিনিটে?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For messages you can leave this empty.</source>
        <translation>মেসেজের জন্য এটি খালি রাখতে পারেন।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 মিনিট</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n মিনিট</numerusform>
            <numerusform>%n মিনিট</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes (optional)</source>
        <translation>নোট (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did together, anything to follow up.</source>
        <translation>আপনারা একসাথে কী করেছেন, পরে কী দেখতে হবে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did it help with?</source>
        <translation>এটা কোন বিষয়ে সাহায্য করেছে?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>সেভ করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>সেভ হয়েছে। আপনার ফোন অনলাইন হলে এটি পাঠানো হবে।</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../features/support/DateField.qml" line="+16"/>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>গতকাল</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>year-month-day, for example %1</source>
        <translation>বছর-মাস-দিন, যেমন %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day, or write it as year-month-day.</source>
        <translation>একটি দিন বেছে নিন, বা বছর-মাস-দিন হিসেবে লিখুন।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day before</source>
        <translation>আগের দিন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after</source>
        <translation>পরের দিন</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is not a day. Write year-month-day, for example %1.</source>
        <translation>এটি কোনো দিন নয়। বছর-মাস-দিন লিখুন, যেমন %1।</translation>
    </message>
</context>
<context>
    <name>DraftItemEditor</name>
    <message>
        <location filename="../features/coordinator/DraftItemEditor.qml" line="+39"/>
        <source>Words</source>
        <translation>কথা</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By when (optional)</source>
        <translation>কবের মধ্যে (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Easy read (optional)</source>
        <translation>সহজ ভাষায় (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short sentences, one idea each.</source>
        <translation>ছোট বাক্য, প্রতিটিতে একটি কথা।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture: %1</source>
        <translation>ছবি: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (optional)</source>
        <translation>ছবি (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Translations (%1)</source>
        <translation>অনুবাদ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>অনুবাদ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In %1</source>
        <translation>%1-তে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Easy read in %1 (optional)</source>
        <translation>%1-তে সহজ ভাষায় (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <source>Or someone without Kith</source>
        <translation>অথবা এমন কেউ যাঁর Kith নেই</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Their names, with commas between them.</source>
        <translation>তাঁদের নাম, মাঝে কমা দিয়ে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who: %1</source>
        <translation>কে: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year-month-day, for example 2026-10-01.</source>
        <translation>বছর-মাস-দিন, যেমন 2026-10-01।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <translation>সরিয়ে দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 সরিয়ে দিন</translation>
    </message>
</context>
<context>
    <name>EasyReadNotice</name>
    <message>
        <location filename="../features/coordinator/EasyReadNotice.qml" line="+62"/>
        <source>Show all %1</source>
        <translation>সব %1টি দেখান</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../features/onboarding/EnrolPage.qml" line="+11"/>
        <source>Welcome to Kith</source>
        <translation>Kith-এ স্বাগতম</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with the Kith account your service gave you. Then choose a PIN for this phone.</source>
        <translation>আপনার সার্ভিস যে Kith অ্যাকাউন্ট দিয়েছে, তা দিয়ে সাইন ইন করুন। তারপর এই ফোনের জন্য একটি PIN বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.</source>
        <translation>আপনার কোঅর্ডিনেটর আপনাকে একটি আমন্ত্রণ কোড দিয়েছেন। এখানে লিখুন, বা QR কোডের লেখা পেস্ট করুন। তারপর এই ফোনের জন্য একটি PIN বেছে নিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith server address</source>
        <translation>Kith সার্ভারের ঠিকানা</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite code</source>
        <translation>আমন্ত্রণ কোড</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 letters and numbers, like 7KQ2M-XH9TD</source>
        <translation>10টি অক্ষর ও সংখ্যা, যেমন 7KQ2M-XH9TD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>ইউজারনেম</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>পাসওয়ার্ড</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a PIN</source>
        <translation>একটি PIN বেছে নিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 6 numbers. You will type it each time you open Kith.</source>
        <translation>অন্তত 6টি সংখ্যা। প্রতিবার Kith খুলতে এটি লিখতে হবে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the PIN again</source>
        <translation>PIN আবার লিখুন</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining…</source>
        <translation>যুক্ত হচ্ছে…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>যুক্ত হোন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have an invite code</source>
        <translation>আমার কাছে আমন্ত্রণ কোড আছে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I work for the service</source>
        <translation>আমি এই সার্ভিসে কাজ করি</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../features/coordinator/FamiliesPage.qml" line="+12"/>
        <source>Your families</source>
        <translation>আপনার পরিবারগুলো</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not coordinate any families in Kith yet.</source>
        <translation>আপনি এখনো Kith-এ কোনো পরিবারের কোঅর্ডিনেটর নন।</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n জন</numerusform>
            <numerusform>%n জন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n worries not acknowledged</source>
        <translation>
            <numerusform>%nটি চিন্তা এখনো দেখা হয়নি</numerusform>
            <numerusform>%nটি চিন্তা এখনো দেখা হয়নি</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open (the family in view)</source>
        <translation>খোলা আছে (এই পরিবারটিই দেখানো হচ্ছে)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this family</source>
        <translation>এই পরিবারটি খুলুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 খুলুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a family</source>
        <translation>একটি পরিবার যোগ করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family&apos;s name</source>
        <translation>পরিবারের নাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the family will see itself in Kith, for example &quot;The Ahmed family&quot;. Case references stay in the council&apos;s records.</source>
        <translation>Kith-এ পরিবার নিজেদের নাম এভাবে দেখবে, যেমন &quot;The Ahmed family&quot;। কেসের রেফারেন্স কাউন্সিলের রেকর্ডেই থাকে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the family</source>
        <translation>পরিবারটি যোগ করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You become its coordinator. It can be used once it has reached the server.</source>
        <translation>আপনি এর কোঅর্ডিনেটর হবেন। সার্ভারে পৌঁছানোর পর এটি ব্যবহার করা যাবে।</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../features/coordinator/FamilyPage.qml" line="+13"/>
        <source>Family</source>
        <translation>পরিবার</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not a coordinator of this family, so there is nothing to manage here.</source>
        <translation>আপনি এই পরিবারের কোঅর্ডিনেটর নন, তাই এখানে দেখাশোনার কিছু নেই।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone</source>
        <translation>কাউকে আমন্ত্রণ জানান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>ইনবক্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>মূল্যায়ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>কনফারেন্স</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>মানুষজন</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (you)</source>
        <translation>%1 (আপনি)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication needs: %1</source>
        <translation>যোগাযোগের প্রয়োজন: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, %2 থেকে</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communication needs</source>
        <translation>যোগাযোগের প্রয়োজন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication needs of %1</source>
        <translation>%1-এর যোগাযোগের প্রয়োজন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan in their formats</source>
        <translation>তাঁদের প্রয়োজনমতো রূপে পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan in the formats %1 needs</source>
        <translation>%1-এর যে রূপে দরকার, সেই রূপে পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change support</source>
        <translation>সহায়তা বদলান</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the family</source>
        <translation>পরিবারের সাথে যুক্ত করুন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from the family</source>
        <translation>পরিবার থেকে সরিয়ে দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the family</source>
        <translation>%1-কে পরিবার থেকে সরিয়ে দিন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %2? The family leaves their phone at its next sync.</source>
        <translation>%1-কে %2 থেকে সরিয়ে দেবেন? পরের সিঙ্কে পরিবারটি তাঁর ফোন থেকে চলে যাবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, remove</source>
        <translation>হ্যাঁ, সরিয়ে দিন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How %1 helps</source>
        <translation>%1 কীভাবে সাহায্য করেন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals set with the family</source>
        <translation>পরিবারের সাথে ঠিক করা লক্ষ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One goal a line.</source>
        <translation>প্রতি লাইনে একটি লক্ষ্য।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the support</source>
        <translation>সহায়তা সেভ করুন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volunteers</source>
        <translation>স্বেচ্ছাসেবকরা</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.</source>
        <translation>এমন একজন স্বেচ্ছাসেবককে আমন্ত্রণ জানান যিনি আগে থেকেই অন্য পরিবারকে সাহায্য করেন, অথবা নতুন কাউকে। তিনি Kith সেট আপ করলে উপরে তাঁকে এই পরিবারের সাথে যুক্ত করুন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>সার্ভারকে জিজ্ঞেস করা হচ্ছে…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a volunteer</source>
        <translation>স্বেচ্ছাসেবক খুঁজুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite a new volunteer</source>
        <translation>নতুন স্বেচ্ছাসেবককে আমন্ত্রণ জানান</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service has no volunteers in Kith yet.</source>
        <translation>সার্ভিসের এখনো Kith-এ কোনো স্বেচ্ছাসেবক নেই।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already a volunteer in this family.</source>
        <translation>ইতিমধ্যে এই পরিবারে স্বেচ্ছাসেবক।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in this family in another role.</source>
        <translation>ইতিমধ্যে এই পরিবারে অন্য ভূমিকায় আছেন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite for a new phone</source>
        <translation>নতুন ফোনের জন্য আমন্ত্রণ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite to this family</source>
        <translation>এই পরিবারে আমন্ত্রণ জানান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %1</source>
        <translation>%1-কে আমন্ত্রণ জানান</translation>
    </message>
</context>
<context>
    <name>FeedbackDelegate</name>
    <message>
        <location filename="../features/voice/FeedbackDelegate.qml" line="+21"/>
        <source>Reply from %1</source>
        <translation>%1-এর উত্তর</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said</source>
        <translation>আপনি বলেছেন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply from %1, %2</source>
        <translation>%1-এর উত্তর, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, %1</source>
        <translation>আপনি বলেছেন, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How confident you felt in the help: %1 out of 5</source>
        <translation>সাহায্যের উপর আপনার কতটা ভরসা ছিল: 5-এর মধ্যে %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About: %1</source>
        <translation>বিষয়: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../features/voice/FeedbackPage.qml" line="+13"/>
        <source>Say what you think</source>
        <translation>আপনার মতামত জানান</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feedback is sent by families and volunteers. You can read it and answer it from your own screens.</source>
        <translation>মতামত পাঠান পরিবার ও স্বেচ্ছাসেবকরা। আপনি নিজের স্ক্রিন থেকে তা পড়তে ও উত্তর দিতে পারেন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What do you want to say?</source>
        <translation>আপনি কী বলতে চান?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything: what is helping, what is not, what you would like to change.</source>
        <translation>যেকোনো কিছু: কী সাহায্য করছে, কী করছে না, আপনি কী বদলাতে চান।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who sees it?</source>
        <translation>কে এটা দেখবেন?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only staff</source>
        <translation>শুধু কর্মীরা</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My family too</source>
        <translation>আমার পরিবারও</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone in your family who uses Kith can read this.</source>
        <translation>আপনার পরিবারের যাঁরা Kith ব্যবহার করেন, সবাই এটা পড়তে পারবেন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your coordinator and staff can read this. Your family will not see it.</source>
        <translation>শুধু আপনার কোঅর্ডিনেটর ও কর্মীরা এটা পড়তে পারবেন। আপনার পরিবার এটা দেখবে না।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is it about? (You can leave this out.)</source>
        <translation>এটা কী নিয়ে? (চাইলে বাদ দিতে পারেন।)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our family plan</source>
        <translation>আমাদের পারিবারিক পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>অন্য কিছু</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>আপনি যে সাহায্য পাচ্ছেন, তার উপর আপনার কতটা ভরসা?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means not at all, 5 means very confident. You can leave this out.</source>
        <translation>1 মানে একদমই না, 5 মানে খুব বেশি। চাইলে বাদ দিতে পারেন।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thank you. Your message is saved on this phone. It will be sent when there is a connection.</source>
        <translation>ধন্যবাদ। আপনার মেসেজ এই ফোনে সেভ আছে। সংযোগ পেলে এটি পাঠানো হবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your message is on its way.</source>
        <translation>ধন্যবাদ। আপনার মেসেজ পাঠানো হচ্ছে।</translation>
    </message>
</context>
<context>
    <name>FormatsPage</name>
    <message>
        <location filename="../features/formats/FormatsPage.qml" line="+14"/>
        <source>The plan in other formats</source>
        <translation>পরিকল্পনা অন্য রূপে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1</source>
        <translation>%1-এর জন্য পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs: %2.</source>
        <translation>%1-এর প্রয়োজন: %2।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no communication needs recorded.</source>
        <translation>%1-এর যোগাযোগের কোনো প্রয়োজন লেখা নেই।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>এই পরিবারের এখনো কোনো প্রকাশিত পরিকল্পনা নেই, তাই তৈরি করার কিছু নেই।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the files in this folder</source>
        <translation>ফাইলগুলো এই ফোল্ডারে সেভ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files hold the family&apos;s plan. Save them only where they will be safe, and delete them once given.</source>
        <translation>এই ফাইলগুলোতে পরিবারের পরিকল্পনা আছে। শুধু নিরাপদ জায়গায় সেভ করুন, আর দেওয়া হয়ে গেলে মুছে ফেলুন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make what they need</source>
        <translation>যা দরকার তা তৈরি করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the files…</source>
        <translation>ফাইল তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>ফোল্ডার খুলুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every format</source>
        <translation>সব রূপ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (needed)</source>
        <translation>%1 (দরকার)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>%1 নামে সেভ হয়েছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it</source>
        <translation>তৈরি করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan in %1</source>
        <translation>পরিকল্পনাটি %1-এ তৈরি করুন</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../features/goals/GoalsPage.qml" line="+14"/>
        <source>Our goals</source>
        <translation>আমাদের লক্ষ্য</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no goals here yet. When your coordinator has written them down with your family, they will show here.</source>
        <translation>এখানে এখনো কোনো লক্ষ্য নেই। আপনার কোঅর্ডিনেটর আপনার পরিবারের সাথে এগুলো লিখলে এখানে দেখা যাবে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>কিছু অংশ ইংরেজিতে আছে, কারণ সেগুলো এখনো অনুবাদ হয়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs to happen</source>
        <translation>কী হওয়া দরকার</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is working well</source>
        <translation>কী ভালো চলছে</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What people are worried about</source>
        <translation>মানুষ কী নিয়ে চিন্তিত</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written down on %1.</source>
        <translation>%1 তারিখে লেখা হয়েছে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale</source>
        <translation>নিরাপত্তা স্কেল</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.</source>
        <translation>সবাই 0 থেকে 10-এর মধ্যে একটি নম্বর দেন। 10 মানে সবাই নিশ্চিত যে শিশুরা বাড়িতে নিরাপদ। 0 মানে এই মুহূর্তে শিশুরা বাড়িতে নিরাপদে থাকতে পারছে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest scores</source>
        <translation>সাম্প্রতিক নম্বর</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 out of 10 (%3, %4)</source>
        <translation>%1: 10-এর মধ্যে %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your score</source>
        <translation>আপনার নম্বর</translation>
    </message>
</context>
<context>
    <name>HelpNumbers</name>
    <message>
        <location filename="../features/voice/HelpNumbers.qml" line="+12"/>
        <source>Who to call now</source>
        <translation>এখন কাকে ফোন করবেন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need help now</source>
        <translation>যদি এখনই সাহায্য দরকার হয়</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an emergency, or if you are in danger now, call 999.</source>
        <translation>জরুরি অবস্থায়, বা আপনি এখন বিপদে থাকলে, 999-এ ফোন করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.</source>
        <translation>Childline: 0800 1111। বিনামূল্যে, যেকোনো সময়, দিনে বা রাতে। আপনি যেকোনো বিষয়ে কথা বলতে পারেন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call 999</source>
        <translation>999-এ ফোন করুন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call Childline</source>
        <translation>Childline-এ ফোন করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Childline, 0800 1111</source>
        <translation>Childline-এ ফোন করুন, 0800 1111</translation>
    </message>
</context>
<context>
    <name>HelpRequestEditor</name>
    <message>
        <location filename="../features/support/HelpRequestEditor.qml" line="+14"/>
        <source>Ask for help</source>
        <translation>সাহায্য চান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Safe Families team</source>
        <translation>Safe Families টিম</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What kind of help?</source>
        <translation>কী ধরনের সাহায্য?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you need?</source>
        <translation>আপনার কী দরকার?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a lift to the school on Tuesday, a cot, someone to talk to.</source>
        <translation>যেমন: মঙ্গলবার স্কুলে পৌঁছে দেওয়া, একটি খাট, কথা বলার মতো কেউ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When do you need it? (optional)</source>
        <translation>কবে দরকার? (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>আগামীকাল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>এক সপ্তাহ পরে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who do you want to ask?</source>
        <translation>আপনি কাকে বলতে চান?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe Families team and your family in Kith will see this.</source>
        <translation>Safe Families টিম আর Kith-এ আপনার পরিবার এটা দেখবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the parents and carers in your family, and the Safe Families team will see this.</source>
        <translation>%1, আপনার পরিবারের বাবা-মা ও দেখাশোনাকারীরা, এবং Safe Families টিম এটা দেখবেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your request is saved. It will be sent when your phone is online.</source>
        <translation>আপনার অনুরোধ সেভ হয়েছে। আপনার ফোন অনলাইন হলে এটি পাঠানো হবে।</translation>
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
        <translation>হ্যালো %1।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>হ্যালো।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no families in Kith yet.</source>
        <translation>Kith-এ এখনো আপনার কোনো পরিবার নেই।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith is getting your family&apos;s information. This needs a connection the first time.</source>
        <translation>Kith আপনার পরিবারের তথ্য আনছে। প্রথমবার এর জন্য সংযোগ দরকার।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox</source>
        <translation>ইনবক্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries first, then feedback for staff and requests for help</source>
        <translation>আগে চিন্তাগুলো, তারপর কর্মীদের জন্য মতামত ও সাহায্যের অনুরোধ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your families</source>
        <translation>আপনার পরিবারগুলো</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families you coordinate; add a family</source>
        <translation>যে পরিবারগুলোর আপনি কোঅর্ডিনেটর; পরিবার যোগ করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this family</source>
        <translation>এই পরিবারের মানুষজন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their needs, invites, volunteers, meetings, plan and assessment</source>
        <translation>তাঁদের প্রয়োজন, আমন্ত্রণ, স্বেচ্ছাসেবক, মিটিং, পরিকল্পনা ও মূল্যায়ন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I don&apos;t feel safe</source>
        <translation>আমি নিরাপদ বোধ করছি না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator now, and see who to call</source>
        <translation>এখনই আপনার কোঅর্ডিনেটরকে জানান, আর দেখুন কাকে ফোন করবেন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our plan</source>
        <translation>আমাদের পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed, who does what, and by when</source>
        <translation>আমরা কী ঠিক করেছি, কে কী করবেন, আর কবের মধ্যে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our goals</source>
        <translation>আমাদের লক্ষ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs to happen, and how safe things feel from 0 to 10</source>
        <translation>কী হওয়া দরকার, আর 0 থেকে 10-এ সবকিছু কতটা নিরাপদ মনে হয়</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families I support</source>
        <translation>যে পরিবারগুলোকে আমি সাহায্য করি</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visits and stays, answer requests, raise a worry</source>
        <translation>দেখা-সাক্ষাৎ ও থাকা লিখে রাখুন, অনুরোধের উত্তর দিন, চিন্তার কথা জানান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your volunteer, asking for help, and how it is going</source>
        <translation>আপনার স্বেচ্ছাসেবক, সাহায্য চাওয়া, আর সব কেমন চলছে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have your say</source>
        <translation>আপনার কথা বলুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think, your Three Houses, and replies</source>
        <translation>কর্মীদের আপনার মতামত জানান, আপনার তিনটি বাড়ি, আর উত্তরগুলো</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think of the help you get</source>
        <translation>আপনি যে সাহায্য পান, সে বিষয়ে কর্মীদের আপনার মতামত জানান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How I need information</source>
        <translation>আমার কীভাবে তথ্য দরকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read, large print, audio, Braille, your language</source>
        <translation>সহজ ভাষা, বড় অক্ষর, অডিও, ব্রেইল, আপনার ভাষা</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size, language, easy read, contrast</source>
        <translation>লেখার আকার, ভাষা, সহজ ভাষা, কনট্রাস্ট</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch to %1</source>
        <translation>%1-এ যান</translation>
    </message>
</context>
<context>
    <name>HostingStayEditor</name>
    <message>
        <location filename="../features/support/HostingStayEditor.qml" line="+14"/>
        <source>Log a stay</source>
        <translation>থাকা লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With %1.</source>
        <translation>%1-এর সাথে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who stayed with you?</source>
        <translation>আপনার কাছে কে ছিল?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith does not know the children of this family yet. Ask the Safe Families team to add them.</source>
        <translation>Kith এখনো এই পরিবারের শিশুদের চেনে না। Safe Families টিমকে তাদের যোগ করতে বলুন।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The day they came</source>
        <translation>যেদিন তারা এসেছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>এক সপ্তাহ আগে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 days ago</source>
        <translation>2 দিন আগে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>গতকাল</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day they went home</source>
        <translation>যেদিন তারা বাড়ি ফিরেছে</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n nights.</source>
        <translation>
            <numerusform>%n রাত।</numerusform>
            <numerusform>%n রাত।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day they went home must be after the day they came.</source>
        <translation>বাড়ি ফেরার দিন আসার দিনের পরে হতে হবে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (optional)</source>
        <translation>নোট (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>সেভ করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>সেভ হয়েছে। আপনার ফোন অনলাইন হলে এটি পাঠানো হবে।</translation>
    </message>
</context>
<context>
    <name>HouseEditor</name>
    <message>
        <location filename="../features/voice/HouseEditor.qml" line="+41"/>
        <source>Nothing here yet.</source>
        <translation>এখানে এখনো কিছু নেই।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>সরিয়ে দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove: %1</source>
        <translation>সরিয়ে দিন: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a line</source>
        <translation>একটি লাইন যোগ করুন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>যোগ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>%1-এ যোগ করুন</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../features/coordinator/InboxPage.qml" line="+12"/>
        <source>Inbox</source>
        <translation>ইনবক্স</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every family I coordinate</source>
        <translation>আমি যত পরিবারের কোঅর্ডিনেটর, সব দেখান</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here. Worries, feedback for staff and help requests will show here.</source>
        <translation>এখানে কিছু নেই। চিন্তা, কর্মীদের জন্য মতামত আর সাহায্যের অনুরোধ এখানে দেখা যাবে।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1</source>
        <translation>%1-এর কাছ থেকে</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have seen this worry</source>
        <translation>আমি এই চিন্তাটি দেখেছি</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>উত্তর দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1</source>
        <translation>%1-কে উত্তর দিন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your reply to %1</source>
        <translation>%1-কে আপনার উত্তর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1 and the family&apos;s coordinators will see it.</source>
        <translation>শুধু %1 আর পরিবারের কোঅর্ডিনেটররা এটা দেখবেন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the reply</source>
        <translation>উত্তর পাঠান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../features/coordinator/InvitePage.qml" line="+12"/>
        <source>Invite someone</source>
        <translation>কাউকে আমন্ত্রণ জানান</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>এই পরিবারে শুধু এর কোঅর্ডিনেটর কাউকে আমন্ত্রণ জানাতে পারেন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.</source>
        <translation>কাউকে %1-এ আমন্ত্রণ জানান। নিজের ফোনে Kith সেট আপ করার সময় তিনি কোডটি লিখবেন, বা QR কোড স্ক্যান করবেন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their part in the family</source>
        <translation>পরিবারে তাঁর ভূমিকা</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already volunteers with the service. This invite adds them to this family as a volunteer.</source>
        <translation>%1 ইতিমধ্যে এই সার্ভিসে স্বেচ্ছাসেবক। এই আমন্ত্রণ তাঁকে এই পরিবারে স্বেচ্ছাসেবক হিসেবে যোগ করে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their name</source>
        <translation>তাঁর নাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they will be shown by. They can change it later.</source>
        <translation>যে নামে তাঁকে দেখানো হবে। পরে তিনি এটা বদলাতে পারবেন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>সার্ভারকে জিজ্ঞেস করা হচ্ছে…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the invite</source>
        <translation>আমন্ত্রণ তৈরি করুন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making an invite needs a connection to the Kith server.</source>
        <translation>আমন্ত্রণ তৈরি করতে Kith সার্ভারের সাথে সংযোগ দরকার।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invite for %1 (%2). Show this to them, or read them the code.</source>
        <translation>%1 (%2)-এর জন্য আমন্ত্রণ। এটা তাঁকে দেখান, বা কোডটি পড়ে শোনান।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the invite for %1. The code is %2.</source>
        <translation>%1-এর আমন্ত্রণের QR কোড। কোডটি হলো %2।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code: %1</source>
        <translation>কোড: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is shown only now and works once. If it is lost, make a new invite.</source>
        <translation>কোডটি শুধু এখনই দেখানো হচ্ছে, আর একবারই কাজ করে। হারিয়ে গেলে নতুন আমন্ত্রণ তৈরি করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone else</source>
        <translation>অন্য কাউকে আমন্ত্রণ জানান</translation>
    </message>
</context>
<context>
    <name>KPage</name>
    <message>
        <location filename="../ui/KPage.qml" line="+23"/>
        <source>This was not saved: %1</source>
        <translation>এটি সেভ হয়নি: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>ফিরে যান</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/Main.qml" line="+24"/>
        <source>Clock</source>
        <translation>ঘড়ি</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../features/formats/NeedsPage.qml" line="+14"/>
        <source>How I need information</source>
        <translation>আমার কীভাবে তথ্য দরকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How %1 needs information</source>
        <translation>%1-এর কীভাবে তথ্য দরকার</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.</source>
        <translation>আপনার পরিকল্পনা পড়তে ও বুঝতে কী সাহায্য করে, আমাদের জানান। Kith এটা আপনার ফোনে ব্যবহার করবে, আর আপনার কোঅর্ডিনেটর এটা দেখবেন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.</source>
        <translation>নিজের পরিকল্পনা পড়তে ও বুঝতে %1-এর কী দরকার। পরের সিঙ্কে Kith এটা তাঁর ফোনে ব্যবহার করবে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>প্রয়োজনগুলো শুধু মানুষটি নিজে বা তাঁর পরিবারের কোঅর্ডিনেটর লিখে রাখতে পারেন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy read: short sentences and pictures</source>
        <translation>সহজ ভাষা: ছোট বাক্য আর ছবি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>বড় অক্ষর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio: information read out</source>
        <translation>অডিও: তথ্য পড়ে শোনানো</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Sign Language (BSL)</source>
        <translation>ব্রিটিশ সাংকেতিক ভাষা (BSL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interpreter at meetings</source>
        <translation>মিটিংয়ে দোভাষী</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Braille</source>
        <translation>ব্রেইল</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Braille</source>
        <translation>ব্রেইল নয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncontracted (grade 1)</source>
        <translation>সংক্ষেপ ছাড়া (গ্রেড 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted (grade 2)</source>
        <translation>সংক্ষিপ্ত (গ্রেড 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to give information in, and for an interpreter.</source>
        <translation>যে ভাষায় তথ্য দেওয়া হবে, আর দোভাষীর জন্য।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recorded</source>
        <translation>লেখা নেই</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anything else, in their own words</source>
        <translation>অন্য কিছু, তাঁর নিজের ভাষায়</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>সেভ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>পরিবর্তন ফিরিয়ে নিন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the plan in these formats</source>
        <translation>পরিকল্পনাটি এই রূপগুলোতে তৈরি করুন</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../features/onboarding/NeutralScreen.qml" line="+36"/>
        <source>Continue</source>
        <translation>চালিয়ে যান</translation>
    </message>
</context>
<context>
    <name>NotSafePage</name>
    <message>
        <location filename="../features/voice/NotSafePage.qml" line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>আমি নিরাপদ বোধ করছি না</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send this to your coordinator?</source>
        <translation>এটা আপনার কোঅর্ডিনেটরকে পাঠাবেন?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coordinator will be told that you don&apos;t feel safe. Your family will not see this message.</source>
        <translation>আপনার কোঅর্ডিনেটরকে জানানো হবে যে আপনি নিরাপদ বোধ করছেন না। আপনার পরিবার এই মেসেজ দেখবে না।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is for young people in the family. If someone is in danger now, call 999.</source>
        <translation>এটি পরিবারের তরুণদের জন্য। কেউ এখন বিপদে থাকলে 999-এ ফোন করুন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you want to say what is happening?</source>
        <translation>কী হচ্ছে, আপনি কি তা বলতে চান?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have to. You can send it without words.</source>
        <translation>বলতেই হবে এমন নয়। কোনো কথা ছাড়াও পাঠাতে পারেন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.</source>
        <translation>আপনার ফোন এখন সংযুক্ত নয়। আপনার মেসেজ এই ফোনে অপেক্ষা করবে, সংযোগ পেলে পাঠানো হবে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, send it</source>
        <translation>হ্যাঁ, পাঠান</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>এখন না</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your message is saved</source>
        <translation>আপনার মেসেজ সেভ হয়েছে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message has been sent</source>
        <translation>আপনার মেসেজ পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is on this phone and will be sent to your coordinator when there is a connection.</source>
        <translation>এটি এই ফোনে আছে, সংযোগ পেলে আপনার কোঅর্ডিনেটরকে পাঠানো হবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator has it.</source>
        <translation>এটি আপনার কোঅর্ডিনেটরের কাছে পৌঁছেছে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith is not an emergency service. Your coordinator may not see your message straight away.</source>
        <translation>Kith জরুরি সেবা নয়। আপনার কোঅর্ডিনেটর হয়তো সঙ্গে সঙ্গে আপনার মেসেজ দেখবেন না।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../pictograms/PictogramPicker.qml" line="+30"/>
        <source>People</source>
        <translation>মানুষজন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>জায়গা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation>অনুভূতি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>নিরাপত্তা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>স্বাস্থ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and talking</source>
        <translation>পরিকল্পনা আর কথা বলা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>প্রতিদিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting about</source>
        <translation>চলাফেরা</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No picture</source>
        <translation>কোনো ছবি নেই</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../features/plan/PlanPage.qml" line="+13"/>
        <source>Family plan</source>
        <translation>পারিবারিক পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no plan here yet. When your family&apos;s plan is agreed at the family meeting, it will show here.</source>
        <translation>এখানে এখনো কোনো পরিকল্পনা নেই। পারিবারিক মিটিংয়ে আপনার পরিবারের পরিকল্পনা ঠিক হলে এখানে দেখা যাবে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1</source>
        <translation>সংস্করণ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (an earlier version)</source>
        <translation>সংস্করণ %1 (আগের সংস্করণ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>%1 তারিখে ঠিক হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <translation>পরের রিভিউ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>কিছু অংশ ইংরেজিতে আছে, কারণ সেগুলো এখনো অনুবাদ হয়নি।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed by: %1</source>
        <translation>যাঁরা রাজি হয়েছেন: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I agree to this plan</source>
        <translation>আমি এই পরিকল্পনায় রাজি</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have agreed to this plan.</source>
        <translation>আপনি এই পরিকল্পনায় রাজি হয়েছেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What must happen</source>
        <translation>যা অবশ্যই হতে হবে</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who does what</source>
        <translation>কে কী করবেন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the plan is not working</source>
        <translation>পরিকল্পনা কাজ না করলে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All versions</source>
        <translation>সব সংস্করণ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (current)</source>
        <translation>%1 (বর্তমান)</translation>
    </message>
</context>
<context>
    <name>PublishPlanPage</name>
    <message>
        <location filename="../features/coordinator/PublishPlanPage.qml" line="+13"/>
        <source>Publish the plan</source>
        <translation>পরিকল্পনা প্রকাশ করুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>এই পরিবারের পরিকল্পনা শুধু এর কোঅর্ডিনেটর প্রকাশ করতে পারেন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This will be version %1. It starts as a copy of version %2: change what the family agreed.</source>
        <translation>এটি হবে সংস্করণ %1। এটি সংস্করণ %2-এর কপি দিয়ে শুরু হয়: পরিবার যা ঠিক করেছে সেই অনুযায়ী বদলান।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will be the family&apos;s first plan.</source>
        <translation>এটি হবে পরিবারের প্রথম পরিকল্পনা।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is published. The family will see it at their next sync.</source>
        <translation>সংস্করণ %1 প্রকাশ হয়েছে। পরের সিঙ্কে পরিবার এটি দেখবে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan&apos;s title</source>
        <translation>পরিকল্পনার শিরোনাম</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom lines</source>
        <translation>অবশ্য-পালনীয় শর্ত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the council says must happen for the children to be safe.</source>
        <translation>কাউন্সিলের মতে শিশুদের নিরাপত্তার জন্য যা অবশ্যই হতে হবে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom line %1</source>
        <translation>শর্ত %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a bottom line</source>
        <translation>একটি শর্ত যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does what</source>
        <translation>কে কী করবেন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1</source>
        <translation>কাজ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>কী হবে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>কে এটা করবেন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who checks it was done</source>
        <translation>কে দেখবেন যে এটা হয়েছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an action</source>
        <translation>একটি কাজ যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the plan is not working</source>
        <translation>পরিকল্পনা কাজ না করলে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contingency plan</source>
        <translation>বিকল্প পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens if the plan does not work</source>
        <translation>পরিকল্পনা কাজ না করলে কী হবে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the family agreed it</source>
        <translation>যেদিন পরিবার এটি ঠিক করেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>বছর-মাস-দিন, যেমন 2026-09-10।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review meeting (optional)</source>
        <translation>রিভিউ মিটিং (থাকলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-12-10.</source>
        <translation>বছর-মাস-দিন, যেমন 2026-12-10।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish version %1</source>
        <translation>সংস্করণ %1 প্রকাশ করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.</source>
        <translation>সংস্করণ %1 প্রকাশ করবেন? এটি পরিবারের সবার জন্য সংস্করণ %2-এর জায়গা নেবে, আর পরে বদলানো যাবে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.</source>
        <translation>পরিকল্পনা প্রকাশ করবেন? পরিবারের সবাই এটি দেখবে, আর পরে বদলানো যাবে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, publish</source>
        <translation>হ্যাঁ, প্রকাশ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>এখনো না</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start again from the current version</source>
        <translation>বর্তমান সংস্করণ থেকে আবার শুরু করুন</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+27"/>
        <source>Offline. Changes are kept on this phone.</source>
        <translation>অফলাইন। পরিবর্তনগুলো এই ফোনে রাখা আছে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Kith will try again.</source>
        <translation>সার্ভার ব্যস্ত। Kith আবার চেষ্টা করবে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone has been removed from Kith. Ask your coordinator to set it up again.</source>
        <translation>এই ফোনটি Kith থেকে সরানো হয়েছে। আবার সেট আপ করতে আপনার কোঅর্ডিনেটরকে বলুন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith could not prove it is talking to the real server, so it sent nothing. Ask your coordinator. (%1)</source>
        <translation>Kith নিশ্চিত হতে পারেনি যে এটি আসল সার্ভারের সাথে কথা বলছে, তাই কিছু পাঠায়নি। আপনার কোঅর্ডিনেটরকে জিজ্ঞেস করুন। (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 was not saved: %2</source>
        <translation>একটি %1 সেভ হয়নি: %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../ui/QuickExitButton.qml" line="+11"/>
        <source>Exit</source>
        <translation>বের হন</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave Kith quickly</source>
        <translation>তাড়াতাড়ি Kith থেকে বের হন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks Kith at once and shows a plain screen</source>
        <translation>সঙ্গে সঙ্গে Kith লক করে একটি সাধারণ স্ক্রিন দেখায়</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ui/ReadAloudBar.qml" line="+22"/>
        <source>Stop reading</source>
        <translation>পড়া বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this page aloud</source>
        <translation>এই পৃষ্ঠাটি পড়ে শোনান</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../features/goals/ScaleChart.qml" line="+72"/>
        <source>No one has given a score yet.</source>
        <translation>এখনো কেউ নম্বর দেননি।</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score</source>
        <translation>সব নম্বর</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>10-এর মধ্যে %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1</source>
        <translation>বিষয়: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>কেন: %1</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../features/goals/ScoreEditor.qml" line="+23"/>
        <source>Where would you put things now, from 0 to 10?</source>
        <translation>0 থেকে 10-এর মধ্যে, এখন পরিস্থিতিকে আপনি কোথায় রাখবেন?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 means everyone is sure the children are safe at home, and the work with your family can finish.</source>
        <translation>10 মানে সবাই নিশ্চিত যে শিশুরা বাড়িতে নিরাপদ, আর আপনার পরিবারের সাথে কাজ শেষ করা যায়।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the children cannot stay at home safely right now.</source>
        <translation>0 মানে এই মুহূর্তে শিশুরা বাড়িতে নিরাপদে থাকতে পারছে না।</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+12"/>
        <source>%1, chosen</source>
        <translation>%1, বেছে নেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>You chose %1 out of 10.</source>
        <translation>আপনি 10-এর মধ্যে %1 বেছে নিয়েছেন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is your score about?</source>
        <translation>আপনার নম্বর কী নিয়ে?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything together</source>
        <translation>সব মিলিয়ে</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did you choose this number?</source>
        <translation>আপনি এই নম্বর কেন বেছে নিলেন?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sentence in your own words is enough.</source>
        <translation>নিজের ভাষায় একটি বাক্যই যথেষ্ট।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my score</source>
        <translation>আমার নম্বর সেভ করুন</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thank you. Your score is saved.</source>
        <translation>ধন্যবাদ। আপনার নম্বর সেভ হয়েছে।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../features/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>লেখার আকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1%</source>
        <translation>এখন %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size %1 percent</source>
        <translation>লেখার আকার %1 শতাংশ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High contrast</source>
        <translation>বেশি কনট্রাস্ট</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Easy read: shorter words and pictures</source>
        <translation>সহজ ভাষা: ছোট শব্দ আর ছবি</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show read-aloud buttons</source>
        <translation>পড়ে শোনানোর বোতাম দেখান</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less movement on screen</source>
        <translation>স্ক্রিনে কম নড়াচড়া</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone</source>
        <translation>এই ফোন</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kith locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>ব্যবহার না হলে %n মিনিট পরে Kith নিজে থেকে লক হয়ে যায়।</numerusform>
            <numerusform>ব্যবহার না হলে %n মিনিট পরে Kith নিজে থেকে লক হয়ে যায়।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock Kith now</source>
        <translation>এখনই Kith লক করুন</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../features/support/SupportPage.qml" line="+14"/>
        <source>Families you support</source>
        <translation>যে পরিবারগুলোকে আপনি সাহায্য করেন</translation>
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
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no Safe Families support to show here yet.</source>
        <translation>এখানে দেখানোর মতো Safe Families-এর কোনো সহায়তা এখনো নেই।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your families</source>
        <translation>আপনার পরিবারগুলো</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (shown)</source>
        <translation>%1 (দেখানো হচ্ছে)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have been their %1 since %2.</source>
        <translation>আপনি %2 থেকে তাঁদের %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals set with the family</source>
        <translation>পরিবারের সাথে ঠিক করা লক্ষ্য</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a visit or call</source>
        <translation>দেখা বা ফোন লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a stay</source>
        <translation>থাকা লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise a worry</source>
        <translation>চিন্তার কথা জানান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the Safe Families team only</source>
        <translation>শুধু Safe Families টিমের কাছে যায়</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteers</source>
        <translation>স্বেচ্ছাসেবকরা</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your volunteer</source>
        <translation>আপনার স্বেচ্ছাসেবক</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have a Safe Families volunteer yet. You can still ask the team for help.</source>
        <translation>আপনার এখনো Safe Families-এর কোনো স্বেচ্ছাসেবক নেই। তবু আপনি টিমের কাছে সাহায্য চাইতে পারেন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Safe Families volunteer yet.</source>
        <translation>এখনো Safe Families-এর কোনো স্বেচ্ছাসেবক নেই।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, since %2</source>
        <translation>%1, %2 থেকে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals: %1</source>
        <translation>লক্ষ্য: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help asked of you</source>
        <translation>আপনার কাছে চাওয়া সাহায্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help you asked for</source>
        <translation>আপনার চাওয়া সাহায্য</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help requests</source>
        <translation>সাহায্যের অনুরোধ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>সাহায্য চান</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one has asked you for help yet.</source>
        <translation>এখনো কেউ আপনার কাছে সাহায্য চায়নি।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No requests yet.</source>
        <translation>এখনো কোনো অনুরোধ নেই।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asked by %1</source>
        <translation>চেয়েছেন %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of %1</source>
        <translation>চাওয়া হয়েছে %1-এর কাছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked %2</source>
        <translation>%1 চেয়েছেন %2-এর কাছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>%1-এর মধ্যে দরকার</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It&apos;s arranged</source>
        <translation>ব্যবস্থা হয়েছে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It&apos;s done</source>
        <translation>হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I don&apos;t need this now</source>
        <translation>এখন আর এটা দরকার নেই</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts you logged</source>
        <translation>আপনার লিখে রাখা যোগাযোগ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits and calls</source>
        <translation>দেখা-সাক্ষাৎ আর ফোন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing logged yet.</source>
        <translation>এখনো কিছু লেখা হয়নি।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1</source>
        <translation>%1-এর সাথে</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n মিনিট</numerusform>
            <numerusform>%n মিনিট</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helped with: %1</source>
        <translation>যে বিষয়ে সাহায্য হয়েছে: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays</source>
        <translation>থাকা</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n nights in all.</source>
        <translation>
            <numerusform>মোট %n রাত।</numerusform>
            <numerusform>মোট %n রাত।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 থেকে %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stayed with you</source>
        <translation>%1 আপনার কাছে ছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stayed with %2</source>
        <translation>%1, %2-এর কাছে ছিল</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n রাত</numerusform>
            <numerusform>%n রাত</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>আপনি যে সাহায্য পাচ্ছেন, তার উপর আপনার কতটা ভরসা?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Not at all</source>
        <translation>1 একদমই না</translation>
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
        <translation>5 খুব বেশি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you want to say? (optional)</source>
        <translation>কিছু বলতে চান? (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Safe Families team will read this. Your volunteer will not see it.</source>
        <translation>শুধু Safe Families টিম এটা পড়বে। আপনার স্বেচ্ছাসেবক এটা দেখবেন না।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You last told the team on %1.</source>
        <translation>আপনি শেষবার %1 তারিখে টিমকে জানিয়েছেন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>টিমকে পাঠান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. The Safe Families team will read it.</source>
        <translation>ধন্যবাদ। Safe Families টিম এটা পড়বে।</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../ui/SyncBar.qml" line="+19"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync now</source>
        <translation>এখনই সিঙ্ক করুন</translation>
    </message>
</context>
<context>
    <name>ThreeHousesPage</name>
    <message>
        <location filename="../features/voice/ThreeHousesPage.qml" line="+12"/>
        <source>My Three Houses</source>
        <translation>আমার তিনটি বাড়ি</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Three houses for your own words. Only you and your coordinator can see them.</source>
        <translation>আপনার নিজের কথার জন্য তিনটি বাড়ি। শুধু আপনি আর আপনার কোঅর্ডিনেটর এগুলো দেখতে পারেন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>তিনটি বাড়ি পূরণ করে সেই তরুণই, যার বাড়িগুলো।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last changed on %1.</source>
        <translation>শেষ বদল %1 তারিখে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House of worries</source>
        <translation>চিন্তার বাড়ি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries you?</source>
        <translation>আপনি কী নিয়ে চিন্তিত?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of good things</source>
        <translation>ভালো জিনিসের বাড়ি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is good in your life?</source>
        <translation>আপনার জীবনে কী ভালো?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of dreams</source>
        <translation>স্বপ্নের বাড়ি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you like to happen?</source>
        <translation>আপনি কী হোক চান?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my houses</source>
        <translation>আমার বাড়িগুলো সেভ করুন</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>সেভ হয়েছে।</translation>
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
        <translation>Kith খুলতে আপনার PIN লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>খুলছে…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../features/voice/VoicePage.qml" line="+12"/>
        <source>Have your say</source>
        <translation>আপনার কথা বলুন</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>আমি নিরাপদ বোধ করছি না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator. See who to call now.</source>
        <translation>আপনার কোঅর্ডিনেটরকে জানান। দেখুন এখন কাকে ফোন করবেন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what you think</source>
        <translation>আপনার মতামত জানান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff, or your family, how things are going</source>
        <translation>কর্মীদের, বা আপনার পরিবারকে জানান সব কেমন চলছে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Three Houses</source>
        <translation>আমার তিনটি বাড়ি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries, good things and dreams, in your own words</source>
        <translation>চিন্তা, ভালো জিনিস আর স্বপ্ন, আপনার নিজের ভাষায়</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Words and Pictures</source>
        <translation>আমার কথা আর ছবি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why helpers are working with your family</source>
        <translation>সাহায্যকারীরা কেন আপনার পরিবারের সাথে কাজ করছেন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you said</source>
        <translation>আপনি যা বলেছেন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet. When you say something, it shows here with any reply from staff.</source>
        <translation>এখনো কিছু নেই। আপনি কিছু বললে তা কর্মীদের উত্তরসহ এখানে দেখা যাবে।</translation>
    </message>
</context>
<context>
    <name>WordsAndPicturesPage</name>
    <message>
        <location filename="../features/voice/WordsAndPicturesPage.qml" line="+13"/>
        <source>My Words and Pictures</source>
        <translation>আমার কথা আর ছবি</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written for you here yet. Your coordinator will write it with you.</source>
        <translation>এখানে এখনো আপনার জন্য কিছু লেখা হয়নি। আপনার কোঅর্ডিনেটর আপনার সাথে মিলে এটা লিখবেন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written on %1.</source>
        <translation>%1 তারিখে লেখা।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>কিছু অংশ ইংরেজিতে আছে, কারণ সেগুলো এখনো অনুবাদ হয়নি।</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>পৃষ্ঠা %1, মোট %2</translation>
    </message>
</context>
<context>
    <name>WorryEditor</name>
    <message>
        <location filename="../features/support/WorryEditor.qml" line="+14"/>
        <source>Raise a worry</source>
        <translation>চিন্তার কথা জানান</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This goes to the Safe Families team only.</source>
        <translation>এটা শুধু Safe Families টিমের কাছে যায়।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family will not see it. It is sent as soon as your phone is online.</source>
        <translation>পরিবার এটা দেখবে না। আপনার ফোন অনলাইন হলেই এটি পাঠানো হবে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a child is in danger now, call 999.</source>
        <translation>কোনো শিশু এখন বিপদে থাকলে 999-এ ফোন করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1.</source>
        <translation>%1 সম্পর্কে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What worries you?</source>
        <translation>আপনি কী নিয়ে চিন্তিত?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw or heard, when, and what was said. Use the words people used.</source>
        <translation>আপনি কী দেখেছেন বা শুনেছেন, কখন, আর কী বলা হয়েছিল। মানুষ যে কথা বলেছে, সেই কথাই লিখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>টিমকে পাঠান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it.</source>
        <translation>ধন্যবাদ। আপনার ফোন অনলাইন হলেই আপনার চিন্তার কথা Safe Families টিমের কাছে যাবে। পরিবার এটা দেখবে না।</translation>
    </message>
</context>
<context>
    <name>kith::app::AssessmentDraft</name>
    <message>
        <location filename="../features/coordinator/assessment_draft.cpp" line="+48"/>
        <source>Harm that has happened</source>
        <translation>যে ক্ষতি হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger: what could happen if nothing changes</source>
        <translation>বিপদ: কিছু না বদলালে কী হতে পারে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicating factor</source>
        <translation>জটিল করে তোলা বিষয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind not chosen</source>
        <translation>ধরন বেছে নেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent or carer</source>
        <translation>বাবা-মা বা দেখাশোনাকারী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>তরুণ সদস্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>কোঅর্ডিনেটর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>পরিবারের কাছের মানুষ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>স্বেচ্ছাসেবক</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>0 থেকে 10-এর মধ্যে একটি নম্বর বেছে নিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>এই পরিবারের মূল্যায়ন শুধু এর কোঅর্ডিনেটর লিখতে পারেন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day of the assessment as year-month-day, for example 2026-08-27.</source>
        <translation>মূল্যায়নের দিন বছর-মাস-দিন হিসেবে লিখুন, যেমন 2026-08-27।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worry %1 has no words. Write it, or remove it.</source>
        <translation>চিন্তা %1-এ কোনো কথা নেই। লিখুন, বা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worry %1: choose harm, danger or complicating factor.</source>
        <translation>চিন্তা %1: ক্ষতি, বিপদ বা জটিল করে তোলা বিষয় বেছে নিন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s working well %1 has no words. Write it, or remove it.</source>
        <translation>ভালো চলছে %1-এ কোনো কথা নেই। লিখুন, বা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1 has no words. Write it, or remove it.</source>
        <translation>নিরাপত্তার লক্ষ্য %1-এ কোনো কথা নেই। লিখুন, বা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step %1 has no words. Write it, or remove it.</source>
        <translation>পরবর্তী পদক্ষেপ %1-এ কোনো কথা নেই। লিখুন, বা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1: type the day as year-month-day, or leave it empty.</source>
        <translation>পরবর্তী পদক্ষেপ %1: দিনটি বছর-মাস-দিন হিসেবে লিখুন, বা খালি রাখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1 is due before the day of the assessment.</source>
        <translation>পরবর্তী পদক্ষেপ %1-এর তারিখ মূল্যায়নের দিনের আগে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write at least one worry, strength, safety goal or next step.</source>
        <translation>অন্তত একটি চিন্তা, শক্তির দিক, নিরাপত্তার লক্ষ্য বা পরবর্তী পদক্ষেপ লিখুন।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Only a coordinator of this family can score here.</source>
        <translation>এখানে শুধু এই পরিবারের কোঅর্ডিনেটর নম্বর দিতে পারেন।</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorDesk</name>
    <message>
        <location filename="../features/coordinator/coordinator_desk.cpp" line="+69"/>
        <source>No plan yet</source>
        <translation>এখনো কোনো পরিকল্পনা নেই</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan version %1</source>
        <translation>পরিকল্পনা, সংস্করণ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version %1, review on %2</source>
        <translation>পরিকল্পনা, সংস্করণ %1, রিভিউ %2 তারিখে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: the family can be used once it has reached the server.</source>
        <translation>সিঙ্কের অপেক্ষায়: সার্ভারে পৌঁছানোর পর পরিবারটি ব্যবহার করা যাবে।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 since %2</source>
        <translation>%1, %2 থেকে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the family yet</source>
        <translation>এখনো পরিবারের সাথে যুক্ত নয়</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 invited, %2 came.</source>
        <translation>আমন্ত্রিত: %1, এসেছেন: %2।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family made a plan.</source>
        <translation>পরিবার একটি পরিকল্পনা করেছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan was made.</source>
        <translation>কোনো পরিকল্পনা হয়নি।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family friend</source>
        <translation>পরিবারের বন্ধু</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>আশ্রয়দাতা পরিবার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>ব্যবহারিক সাহায্যের বন্ধু</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support not chosen</source>
        <translation>সহায়তার ধরন বেছে নেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a family first.</source>
        <translation>আগে একটি পরিবার বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator of this family can do this.</source>
        <translation>এটা শুধু এই পরিবারের কোঅর্ডিনেটর করতে পারেন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only staff accounts can add a family. Ask your Kith administrator.</source>
        <translation>শুধু কর্মীদের অ্যাকাউন্ট পরিবার যোগ করতে পারে। আপনার Kith অ্যাডমিনিস্ট্রেটরকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the family&apos;s name, for example &quot;The Ahmed family&quot;.</source>
        <translation>পরিবারের নাম লিখুন, যেমন &quot;The Ahmed family&quot;।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That person is no longer in this family.</source>
        <translation>এই মানুষটি আর এই পরিবারে নেই।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot remove yourself here. Ask another coordinator or your Kith administrator.</source>
        <translation>এখানে আপনি নিজেকে সরাতে পারবেন না। অন্য কোনো কোঅর্ডিনেটর বা আপনার Kith অ্যাডমিনিস্ট্রেটরকে বলুন।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in this family as a volunteer yet. Invite them, and link them once they have set up Kith.</source>
        <translation>%1 এখনো এই পরিবারে স্বেচ্ছাসেবক হিসেবে নেই। তাঁকে আমন্ত্রণ জানান, আর Kith সেট আপ করলে যুক্ত করুন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how they will help: family friend, host family or resource friend.</source>
        <translation>তিনি কীভাবে সাহায্য করবেন বেছে নিন: পরিবারের বন্ধু, আশ্রয়দাতা পরিবার বা ব্যবহারিক সাহায্যের বন্ধু।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the day the conference was held as year-month-day, for example 2026-09-10.</source>
        <translation>কনফারেন্সের দিন বছর-মাস-দিন হিসেবে লিখুন, যেমন 2026-09-10।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conference day cannot be after today. Record a conference once it has been held.</source>
        <translation>কনফারেন্সের দিন আজকের পরে হতে পারে না। কনফারেন্স হয়ে যাওয়ার পর লিখে রাখুন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the names of the family members who were invited.</source>
        <translation>যে পরিবারের সদস্যদের আমন্ত্রণ জানানো হয়েছিল, তাঁদের নাম যোগ করুন।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>এই পরিবারে শুধু এর কোঅর্ডিনেটর কাউকে আমন্ত্রণ জানাতে পারেন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by your Kith administrator.</source>
        <translation>পরিবারে মানুষটির ভূমিকা বেছে নিন। কোঅর্ডিনেটরদের যোগ করেন আপনার Kith অ্যাডমিনিস্ট্রেটর।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name the person will be shown by.</source>
        <translation>যে নামে মানুষটিকে দেখানো হবে, সেটা লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone already in Kith can only be invited as a volunteer.</source>
        <translation>যিনি আগে থেকেই Kith-এ আছেন, তাঁকে শুধু স্বেচ্ছাসেবক হিসেবে আমন্ত্রণ জানানো যায়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invite is on its way. Wait a moment.</source>
        <translation>একটি আমন্ত্রণ তৈরি হচ্ছে। একটু অপেক্ষা করুন।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Works until %1 at %2, once.</source>
        <translation>%1 তারিখে %2 পর্যন্ত, একবার কাজ করে।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only staff accounts can see the list of volunteers.</source>
        <translation>স্বেচ্ছাসেবকদের তালিকা শুধু কর্মীদের অ্যাকাউন্ট দেখতে পারে।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A volunteer with no name yet</source>
        <translation>একজন স্বেচ্ছাসেবক, যাঁর এখনো নাম নেই</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline, so no invite was made. An invite needs a connection to the Kith server: try again when you are online.</source>
        <translation>আপনি অফলাইন, তাই কোনো আমন্ত্রণ তৈরি হয়নি। আমন্ত্রণের জন্য Kith সার্ভারের সাথে সংযোগ দরকার: অনলাইন হলে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline. The list of volunteers needs a connection to the Kith server: try again when you are online.</source>
        <translation>আপনি অফলাইন। স্বেচ্ছাসেবকদের তালিকার জন্য Kith সার্ভারের সাথে সংযোগ দরকার: অনলাইন হলে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorInbox</name>
    <message>
        <location filename="../features/coordinator/coordinator_inbox.cpp" line="+50"/>
        <source>Open</source>
        <translation>খোলা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>ব্যবস্থা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>তুলে নেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>ঠিক করা নেই</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;I don&apos;t feel safe.&quot;</source>
        <translation>&quot;আমি নিরাপদ বোধ করছি না।&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged yet</source>
        <translation>এখনো দেখা হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1, %2</source>
        <translation>%1 দেখেছেন, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not feel safe</source>
        <translation>নিরাপদ বোধ করছে না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry from a volunteer</source>
        <translation>স্বেচ্ছাসেবকের কাছ থেকে চিন্তা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry</source>
        <translation>চিন্তা</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply from %1: %2</source>
        <translation>%1-এর উত্তর: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How confident they feel in the help: %1 out of 5</source>
        <translation>সাহায্যের উপর তাঁদের কতটা ভরসা: 5-এর মধ্যে %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback for staff</source>
        <translation>কর্মীদের জন্য মতামত</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reply yet</source>
        <translation>এখনো উত্তর নেই</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>অবস্থা: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>%1-এর মধ্যে দরকার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked of %1</source>
        <translation>চাওয়া হয়েছে %1-এর কাছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help request</source>
        <translation>সাহায্যের অনুরোধ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This worry has been acknowledged already.</source>
        <translation>এই চিন্তাটি আগেই দেখা হয়েছে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can acknowledge this worry.</source>
        <translation>এই চিন্তাটি দেখা হয়েছে বলে শুধু পরিবারের কোঅর্ডিনেটর জানাতে পারেন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can reply to this.</source>
        <translation>এর উত্তর শুধু পরিবারের কোঅর্ডিনেটর দিতে পারেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your reply first.</source>
        <translation>আগে আপনার উত্তর লিখুন।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose open, arranged, done or withdrawn.</source>
        <translation>খোলা, ব্যবস্থা হয়েছে, সম্পন্ন বা তুলে নেওয়া হয়েছে থেকে বেছে নিন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a coordinator of the family can change this request.</source>
        <translation>এই অনুরোধ শুধু পরিবারের কোঅর্ডিনেটর বদলাতে পারেন।</translation>
    </message>
</context>
<context>
    <name>kith::app::DraftList</name>
    <message>
        <location filename="../features/coordinator/draft_list.cpp" line="+39"/>
        <source> and </source>
        <translation> ও </translation>
    </message>
</context>
<context>
    <name>kith::app::EasyReadCheck</name>
    <message>
        <location filename="../features/coordinator/easy_read_check.cpp" line="+57"/>
        <source>&quot;%1&quot; has %2 words. Easy read works best with %3 or fewer: try splitting it.</source>
        <translation>&quot;%1&quot;-এ %2টি শব্দ আছে। সহজ ভাষা %3টি বা তার কম শব্দে ভালো হয়: ভাগ করে দেখুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may hold more than one idea. Easy read works best with one idea in each sentence.</source>
        <translation>&quot;%1&quot;-এ হয়তো একাধিক কথা আছে। সহজ ভাষায় প্রতিটি বাক্যে একটি কথা থাকলে ভালো হয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is jargon: families may not know it. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; একটি কঠিন পেশাগত শব্দ: পরিবার হয়তো এটা জানে না। &quot;%2&quot; লিখে দেখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a long word. Try a shorter, everyday word.</source>
        <translation>&quot;%1&quot; একটি লম্বা শব্দ। ছোট, রোজকার একটি শব্দ লিখে দেখুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a long word. Try &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; একটি লম্বা শব্দ। &quot;%2&quot; লিখে দেখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.</source>
        <translation>পড়ার সহজতা 100-এর মধ্যে %1। সহজ ভাষা %2-এর উপরে ভালো হয়: ছোট বাক্য আর ছোট শব্দ ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Easy read check: this does not look like English, so it was not checked.</source>
        <translation>সহজ ভাষা যাচাই: এটা ইংরেজি মনে হচ্ছে না, তাই যাচাই করা হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy read check: this reads well.</source>
        <translation>সহজ ভাষা যাচাই: এটা সহজে পড়া যায়।</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Easy read check: %n thing(s) to look at.</source>
        <translation>
            <numerusform>সহজ ভাষা যাচাই: দেখার মতো %nটি বিষয়।</numerusform>
            <numerusform>সহজ ভাষা যাচাই: দেখার মতো %nটি বিষয়।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::FormatsView</name>
    <message>
        <location filename="../features/formats/formats_view.cpp" line="+29"/>
        <source>Easy read</source>
        <translation>সহজ ভাষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>বড় অক্ষর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>অডিও</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille</source>
        <translation>ব্রেইল</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Short sentences, as a text file to print or read on screen</source>
        <translation>ছোট বাক্য, প্রিন্ট করার বা স্ক্রিনে পড়ার জন্য টেক্সট ফাইল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF in big, clear letters, one column</source>
        <translation>বড়, পরিষ্কার অক্ষরে PDF, এক কলামে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan read out, as a sound file (WAV)</source>
        <translation>পড়ে শোনানো পরিকল্পনা, সাউন্ড ফাইল (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Braille file (BRF) for an embosser or a Braille display</source>
        <translation>এমবসার বা ব্রেইল ডিসপ্লের জন্য ব্রেইল ফাইল (BRF)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 has no communication needs recorded that ask for another format. Record them first, or choose a format below.</source>
        <translation>%1-এর এমন কোনো প্রয়োজন লেখা নেই যার জন্য অন্য রূপ লাগে। আগে প্রয়োজনগুলো লিখুন, বা নিচে থেকে একটি রূপ বেছে নিন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no such format.</source>
        <translation>এমন কোনো রূপ নেই।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>এই পরিবারের এখনো কোনো প্রকাশিত পরিকল্পনা নেই, তাই তৈরি করার কিছু নেই।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the whole path of the folder, for example %1.</source>
        <translation>ফোল্ডারের পুরো পাথ লিখুন, যেমন %1।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith cannot make the folder %1. Choose another.</source>
        <translation>Kith %1 ফোল্ডারটি তৈরি করতে পারছে না। অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not everything was made: %1</source>
        <translation>সবকিছু তৈরি হয়নি: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%nটি ফাইল %1-এ সেভ হয়েছে।</numerusform>
            <numerusform>%nটি ফাইল %1-এ সেভ হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::GoalsView</name>
    <message>
        <location filename="../features/goals/goals_view.cpp" line="+30"/>
        <source>Parent or carer</source>
        <translation>বাবা-মা বা দেখাশোনাকারী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>তরুণ সদস্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>কোঅর্ডিনেটর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>পরিবারের কাছের মানুষ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>স্বেচ্ছাসেবক</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Someone</source>
        <translation>কেউ একজন</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>You</source>
        <translation>আপনি</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 out of 10 on %3</source>
        <translation>%1: 10-এর মধ্যে %2, %3 তারিখে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale: no scores yet.</source>
        <translation>নিরাপত্তা স্কেল: এখনো কোনো নম্বর নেই।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety scale, latest scores. %1.</source>
        <translation>নিরাপত্তা স্কেল, সাম্প্রতিক নম্বর। %1।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the family and their coordinator give scores here.</source>
        <translation>এখানে শুধু পরিবার আর তাঁদের কোঅর্ডিনেটর নম্বর দেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>0 থেকে 10-এর মধ্যে একটি সংখ্যা বেছে নিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a sentence about why you chose %1.</source>
        <translation>আপনি কেন %1 বেছে নিয়েছেন, এক বাক্যে লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That goal is not one of the family&apos;s goals now. Choose another.</source>
        <translation>এই লক্ষ্যটি এখন আর পরিবারের লক্ষ্যের মধ্যে নেই। অন্য একটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>kith::app::NeedsEditor</name>
    <message>
        <location filename="../features/formats/needs_editor.cpp" line="+25"/>
        <source>Easy read</source>
        <translation>সহজ ভাষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>বড় অক্ষর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>অডিও</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (uncontracted)</source>
        <translation>ব্রেইল (সংক্ষেপ ছাড়া)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (contracted)</source>
        <translation>ব্রেইল (সংক্ষিপ্ত)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSL</source>
        <translation>BSL (ব্রিটিশ সাংকেতিক ভাষা)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>দোভাষী</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last checked on %1.</source>
        <translation>শেষবার %1 তারিখে দেখা হয়েছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by %1. Last checked on %2.</source>
        <translation>লিখেছেন %1। শেষবার %2 তারিখে দেখা হয়েছে।</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>প্রয়োজনগুলো শুধু মানুষটি নিজে বা তাঁর পরিবারের কোঅর্ডিনেটর লিখে রাখতে পারেন।</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanDraft</name>
    <message>
        <location filename="../features/coordinator/plan_draft.cpp" line="+85"/>
        <source>Our family plan</source>
        <translation>আমাদের পারিবারিক পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>এই পরিবারের পরিকল্পনা শুধু এর কোঅর্ডিনেটর প্রকাশ করতে পারেন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the plan a title, for example &quot;Our family plan&quot;.</source>
        <translation>পরিকল্পনার একটি শিরোনাম দিন, যেমন &quot;আমাদের পারিবারিক পরিকল্পনা&quot;।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day the family agreed the plan as year-month-day, for example 2026-09-10.</source>
        <translation>পরিবার যেদিন পরিকল্পনায় রাজি হয়েছে, সেই দিনটি বছর-মাস-দিন হিসেবে লিখুন, যেমন 2026-09-10।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the review day as year-month-day, for example 2026-12-10, or leave it empty.</source>
        <translation>রিভিউয়ের দিন বছর-মাস-দিন হিসেবে লিখুন, যেমন 2026-12-10, বা খালি রাখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review day cannot be before the day the plan was agreed.</source>
        <translation>রিভিউয়ের দিন পরিকল্পনা ঠিক হওয়ার দিনের আগে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bottom line %1 has no words. Write it, or remove it.</source>
        <translation>শর্ত %1-এ কোনো কথা নেই। লিখুন, বা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one action: what will happen, and who does it.</source>
        <translation>অন্তত একটি কাজ যোগ করুন: কী হবে, আর কে করবেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 has no words. Say what will happen, or remove it.</source>
        <translation>কাজ %1-এ কোনো কথা নেই। কী হবে লিখুন, বা সরিয়ে দিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 has nobody doing it. Choose someone, or type a name.</source>
        <translation>কাজ %1 কেউ করছেন না। কাউকে বেছে নিন, বা একটি নাম লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1: type the day it is due as year-month-day, or leave it empty.</source>
        <translation>কাজ %1: শেষ দিনটি বছর-মাস-দিন হিসেবে লিখুন, বা খালি রাখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is due before the day the plan was agreed.</source>
        <translation>কাজ %1-এর শেষ দিন পরিকল্পনা ঠিক হওয়ার দিনের আগে।</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanView</name>
    <message>
        <location filename="../features/plan/plan_view.cpp" line="+36"/>
        <source>You</source>
        <translation>আপনি</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>শুরু হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, waiting to be checked</source>
        <translation>হয়েছে, দেখার অপেক্ষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done and checked</source>
        <translation>হয়েছে আর দেখা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>এখনো শুরু হয়নি</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1, agreed %2</source>
        <translation>সংস্করণ %1, %2 তারিখে ঠিক হয়েছে</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family plan</source>
        <translation>পারিবারিক পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source> and </source>
        <translation> ও </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your actions</source>
        <translation>আপনার কাজ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions for %1</source>
        <translation>%1-এর কাজ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only the current plan&apos;s actions can change.</source>
        <translation>শুধু বর্তমান পরিকল্পনার কাজ বদলানো যায়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a status an action can have.</source>
        <translation>কোনো কাজের এমন অবস্থা হতে পারে না।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the person who checks this action can confirm it.</source>
        <translation>যিনি এই কাজটি দেখেন, শুধু তিনিই এটা নিশ্চিত করতে পারেন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people doing this action can change it.</source>
        <translation>যাঁরা এই কাজটি করছেন, শুধু তাঁরাই এটা বদলাতে পারেন।</translation>
    </message>
</context>
<context>
    <name>kith::app::ReadAloud</name>
    <message>
        <location filename="../core/read_aloud.cpp" line="+71"/>
        <source>This device has no speech engine, so Kith cannot read aloud here. Your coordinator can make the plan for you as an audio file.</source>
        <translation>এই ডিভাইসে কথা বলার ইঞ্জিন নেই, তাই Kith এখানে পড়ে শোনাতে পারে না। আপনার কোঅর্ডিনেটর আপনার জন্য পরিকল্পনাটি অডিও ফাইল হিসেবে বানাতে পারেন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 voice on this device, so Kith cannot read this aloud. Your coordinator can make the plan for you as an audio file in %1.</source>
        <translation>এই ডিভাইসে %1 কণ্ঠ নেই, তাই Kith এটা পড়ে শোনাতে পারে না। আপনার কোঅর্ডিনেটর আপনার জন্য পরিকল্পনাটি %1-এ অডিও ফাইল হিসেবে বানাতে পারেন।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kith could not play the sound (%1). Check the volume and the speaker, or ask your coordinator for the plan as an audio file.</source>
        <translation>Kith শব্দ চালাতে পারেনি (%1)। ভলিউম আর স্পিকার দেখুন, বা আপনার কোঅর্ডিনেটরের কাছে পরিকল্পনাটি অডিও ফাইল হিসেবে চান।</translation>
    </message>
</context>
<context>
    <name>kith::app::Session</name>
    <message>
        <location filename="../core/session.cpp" line="+137"/>
        <source>Choose a PIN of at least 6 numbers.</source>
        <translation>অন্তত 6টি সংখ্যার একটি PIN বেছে নিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is numbers only.</source>
        <translation>PIN-এ শুধু সংখ্যা থাকে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>দুটি PIN এক নয়। একই PIN দুবার লিখুন।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type your Kith username.</source>
        <translation>আপনার Kith ইউজারনেম লিখুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your password.</source>
        <translation>আপনার পাসওয়ার্ড লিখুন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server address starts with https://, for example https://kith.example.gov.uk</source>
        <translation>সার্ভারের ঠিকানা https:// দিয়ে শুরু হয়, যেমন https://kith.example.gov.uk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your PIN.</source>
        <translation>আপনার PIN লিখুন।</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+153"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith লক করা আছে। খুলে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Type the name the person will be shown by.</source>
        <translation>যে নামে মানুষটিকে দেখানো হবে, সেটা লিখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by the service&apos;s Kith administrator.</source>
        <translation>পরিবারে মানুষটির ভূমিকা বেছে নিন। কোঅর্ডিনেটরদের যোগ করেন সার্ভিসের Kith অ্যাডমিনিস্ট্রেটর।</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The family you support</source>
        <translation>যে পরিবারকে আপনি সাহায্য করেন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone</source>
        <translation>কেউ একজন</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parent or carer</source>
        <translation>বাবা-মা বা দেখাশোনাকারী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>পরিবারের কাছের মানুষ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>তরুণ সদস্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leaver</source>
        <translation>কেয়ার থেকে বেরিয়ে আসা তরুণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families volunteer</source>
        <translation>Safe Families-এর স্বেচ্ছাসেবক</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>কোঅর্ডিনেটর</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n changes to send.</source>
        <translation>
            <numerusform>পাঠানোর জন্য %nটি পরিবর্তন।</numerusform>
            <numerusform>পাঠানোর জন্য %nটি পরিবর্তন।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>সিঙ্ক হচ্ছে…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced yet.</source>
        <translation>এখনো সিঙ্ক হয়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced just now.</source>
        <translation>এইমাত্র সিঙ্ক হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n minutes ago.</source>
        <translation>
            <numerusform>%n মিনিট আগে সিঙ্ক হয়েছে।</numerusform>
            <numerusform>%n মিনিট আগে সিঙ্ক হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at %1.</source>
        <translation>%1-এ সিঙ্ক হয়েছে।</translation>
    </message>
</context>
<context>
    <name>kith::app::StoreWorker</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+102"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith লক করা আছে। খুলে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>kith::app::SupportView</name>
    <message>
        <location filename="../features/support/support_view.cpp" line="+60"/>
        <source>Visit</source>
        <translation>দেখা করা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>ফোন কল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>মেসেজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip out</source>
        <translation>বাইরে ঘুরতে যাওয়া</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People to turn to</source>
        <translation>প্রয়োজনে পাশে থাকার মানুষ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling more confident</source>
        <translation>আরও আত্মবিশ্বাস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling well in body and mind</source>
        <translation>শরীর ও মন ভালো থাকা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parenting</source>
        <translation>সন্তান লালন-পালন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting on as a family</source>
        <translation>পরিবারে মিলেমিশে থাকা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, food and money</source>
        <translation>বাড়ি, খাবার আর টাকা</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practical help</source>
        <translation>ব্যবহারিক সাহায্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things we need</source>
        <translation>দরকারি জিনিস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to talk to</source>
        <translation>কথা বলার মতো কেউ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>অন্য কিছু</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for an answer</source>
        <translation>উত্তরের অপেক্ষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>ব্যবস্থা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>আর দরকার নেই</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family friend</source>
        <translation>পরিবারের বন্ধু</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>আশ্রয়দাতা পরিবার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>ব্যবহারিক সাহায্যের বন্ধু</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You</source>
        <translation>আপনি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>কেউ একজন</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1&apos;s family</source>
        <translation>%1-এর পরিবার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family you support since %1</source>
        <translation>একটি পরিবার, যাকে আপনি %1 থেকে সাহায্য করছেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family you support</source>
        <translation>যে পরিবারকে আপনি সাহায্য করেন</translation>
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
        <translation>Safe Families টিম</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose %1.</source>
        <translation>%1 বেছে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write %1 as year-month-day, for example %2.</source>
        <translation>%1 বছর-মাস-দিন হিসেবে লিখুন, যেমন %2।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a volunteer linked to this family can log a contact.</source>
        <translation>শুধু এই পরিবারের সাথে যুক্ত স্বেচ্ছাসেবক যোগাযোগ লিখে রাখতে পারেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how you were in touch: a visit, a call, messages or a trip out.</source>
        <translation>কীভাবে যোগাযোগ হয়েছে বেছে নিন: দেখা করা, ফোন, মেসেজ বা বাইরে ঘুরতে যাওয়া।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day it happened</source>
        <translation>যেদিন এটা হয়েছে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact once it has happened: choose today or an earlier day.</source>
        <translation>যোগাযোগ হয়ে যাওয়ার পর লিখে রাখুন: আজ বা আগের কোনো দিন বেছে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes must be between 1 and 1440 (a whole day).</source>
        <translation>মিনিট 1 থেকে 1440 (পুরো এক দিন)-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how many minutes it lasted, for example 30.</source>
        <translation>কত মিনিট চলেছে লিখুন, যেমন 30।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the areas from the list.</source>
        <translation>তালিকা থেকে বিষয়গুলো বেছে নিন।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a volunteer linked to this family can log a stay.</source>
        <translation>শুধু এই পরিবারের সাথে যুক্ত স্বেচ্ছাসেবক থাকা লিখে রাখতে পারেন।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose who stayed with you.</source>
        <translation>আপনার কাছে কে ছিল বেছে নিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who stayed from the list.</source>
        <translation>তালিকা থেকে বেছে নিন কে ছিল।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day they came</source>
        <translation>যেদিন তারা এসেছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day they went home</source>
        <translation>যেদিন তারা বাড়ি ফিরেছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day they went home must be after the day they came. A stay is at least one night.</source>
        <translation>বাড়ি ফেরার দিন আসার দিনের পরে হতে হবে। থাকা মানে অন্তত এক রাত।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a stay once the children have gone home: the day they went home cannot be after today.</source>
        <translation>শিশুরা বাড়ি ফেরার পর থাকা লিখে রাখুন: বাড়ি ফেরার দিন আজকের পরে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can answer only the requests asked of you.</source>
        <translation>শুধু আপনার কাছে করা অনুরোধেরই উত্তর দিতে পারেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the help is arranged or done.</source>
        <translation>জানান সাহায্যের ব্যবস্থা হয়েছে, নাকি সাহায্য হয়ে গেছে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed: it is done or no longer needed.</source>
        <translation>এই অনুরোধ বন্ধ: এটা হয়ে গেছে, বা আর দরকার নেই।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a volunteer linked to this family can raise a worry here.</source>
        <translation>এখানে শুধু এই পরিবারের সাথে যুক্ত স্বেচ্ছাসেবক চিন্তার কথা জানাতে পারেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what worries you, in your own words.</source>
        <translation>নিজের ভাষায় লিখুন আপনি কী নিয়ে চিন্তিত।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a parent or carer can ask for help here.</source>
        <translation>এখানে শুধু বাবা-মা বা দেখাশোনাকারী সাহায্য চাইতে পারেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of help you need.</source>
        <translation>আপনার কী ধরনের সাহায্য দরকার, বেছে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what help you need.</source>
        <translation>আপনার কী সাহায্য দরকার, লিখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day you need it</source>
        <translation>যেদিন আপনার এটা দরকার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you need it cannot be before today.</source>
        <translation>দরকারের দিন আজকের আগে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your volunteer from the list, or ask the Safe Families team.</source>
        <translation>তালিকা থেকে আপনার স্বেচ্ছাসেবক বেছে নিন, বা Safe Families টিমের কাছে চান।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can take back only a request you made.</source>
        <translation>শুধু নিজের করা অনুরোধই তুলে নিতে পারেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed already.</source>
        <translation>এই অনুরোধ আগেই বন্ধ হয়ে গেছে।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the family can send feedback on their support.</source>
        <translation>নিজেদের সহায়তা নিয়ে মতামত শুধু পরিবার পাঠাতে পারে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 1 to 5.</source>
        <translation>1 থেকে 5-এর মধ্যে একটি সংখ্যা বেছে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel, or say something in your own words.</source>
        <translation>আপনার কতটা ভরসা বেছে নিন, বা নিজের ভাষায় কিছু বলুন।</translation>
    </message>
</context>
<context>
    <name>kith::app::VoiceView</name>
    <message>
        <location filename="../features/voice/voice_view.cpp" line="+60"/>
        <source>Only staff see this</source>
        <translation>শুধু কর্মীরা এটা দেখেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your family can see this</source>
        <translation>আপনার পরিবার এটা দেখতে পারে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our family plan</source>
        <translation>আমাদের পারিবারিক পরিকল্পনা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling safe</source>
        <translation>নিরাপদ বোধ করা</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You</source>
        <translation>আপনি</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>কর্মীরা</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Feedback is sent by the family and volunteers. Staff answer it.</source>
        <translation>মতামত পাঠায় পরিবার ও স্বেচ্ছাসেবকরা। কর্মীরা তার উত্তর দেন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees this: staff only, or your family.</source>
        <translation>কে এটা দেখবে বেছে নিন: শুধু কর্মীরা, নাকি আপনার পরিবারও।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As a volunteer, your feedback goes to staff only. Choose staff only.</source>
        <translation>স্বেচ্ছাসেবক হিসেবে আপনার মতামত শুধু কর্মীদের কাছে যায়। শুধু কর্মীরা বেছে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel from 1 to 5, or leave it out.</source>
        <translation>1 থেকে 5-এর মধ্যে আপনার কতটা ভরসা বেছে নিন, বা বাদ দিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something, or choose how confident you feel.</source>
        <translation>কিছু লিখুন, বা আপনার কতটা ভরসা বেছে নিন।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is for young people. If you are worried about someone&apos;s safety, call 999 in an emergency.</source>
        <translation>এটি তরুণদের জন্য। কারও নিরাপত্তা নিয়ে চিন্তা হলে জরুরি অবস্থায় 999-এ ফোন করুন।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>তিনটি বাড়ি পূরণ করে সেই তরুণই, যার বাড়িগুলো।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This line is too long: &quot;%1...&quot;. Split it into two shorter lines.</source>
        <translation>এই লাইনটি খুব লম্বা: &quot;%1...&quot;। এটিকে দুটি ছোট লাইনে ভাগ করুন।</translation>
    </message>
</context>
</TS>

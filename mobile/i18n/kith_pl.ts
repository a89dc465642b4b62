<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../features/plan/ActionDelegate.qml" line="+47"/>
        <source>Who: %1</source>
        <translation>Kto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>Do kiedy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: %1</source>
        <translation>Kto sprawdza: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – the date has passed</source>
        <translation>%1 – ta data już minęła</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;ve done this</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&apos;ve started</source>
        <translation>Zaczęte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm it is done</source>
        <translation>Potwierdź, że zrobione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It didn&apos;t happen</source>
        <translation>To się nie udało</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../features/coordinator/AssessmentPage.qml" line="+12"/>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>Ocenę tej rodziny może napisać tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This starts from the assessment of %1. Saving keeps that one and adds a new one.</source>
        <translation>Zaczynasz od oceny z %1. Zapisanie zachowa tamtą i doda nową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the family&apos;s first assessment.</source>
        <translation>To pierwsza ocena tej rodziny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment is saved.</source>
        <translation>Ocena jest zapisana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day of the assessment</source>
        <translation>Dzień oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-08-27.</source>
        <translation>Rok-miesiąc-dzień, na przykład 2026-08-27.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What are we worried about?</source>
        <translation>Co nas martwi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worry %1</source>
        <translation>Obawa %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a worry</source>
        <translation>Dodaj obawę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s working well?</source>
        <translation>Co działa dobrze?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working well %1</source>
        <translation>Działa dobrze %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is safety the family already shows</source>
        <translation>To bezpieczeństwo, które rodzina już zapewnia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add what&apos;s working well</source>
        <translation>Dodaj, co działa dobrze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What needs to happen?</source>
        <translation>Co musi się wydarzyć?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1</source>
        <translation>Cel bezpieczeństwa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a safety goal</source>
        <translation>Dodaj cel bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps whose day has passed are copied without their day.</source>
        <translation>Następne kroki, których termin minął, są kopiowane bez terminu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step %1</source>
        <translation>Następny krok %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>Kto to robi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a next step</source>
        <translation>Dodaj następny krok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your safety scale score</source>
        <translation>Twoja ocena na skali bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10 means everyone knows the children are safe enough to close the case. 0 means the children must be removed.</source>
        <translation>10 oznacza, że wszyscy wiedzą, że dzieci są na tyle bezpieczne, by zamknąć sprawę. 0 oznacza, że dzieci muszą zostać zabrane z domu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this score (optional)</source>
        <translation>Dlaczego taka ocena (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the assessment</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save only the score</source>
        <translation>Zapisz tylko wynik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores so far</source>
        <translation>Dotychczasowe wyniki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 out of 10, from %2</source>
        <translation>%1 na 10, od: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>%1 na 10</translation>
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
        <translation>Spotkanie rodzinne (konferencja)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a coordinator of this family can record its conferences.</source>
        <translation>Konferencje tej rodziny może zapisywać tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day it was held</source>
        <translation>Dzień spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>Rok-miesiąc-dzień, na przykład 2026-09-10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who was invited</source>
        <translation>Kto był zaproszony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name a line, including people without Kith.</source>
        <translation>Jedno imię w wierszu, także osoby bez Kith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Who came</source>
        <translation>Kto przyszedł</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family made a plan in private family time</source>
        <translation>Rodzina ułożyła plan we własnym czasie rodzinnym</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advocate (optional)</source>
        <translation>Rzecznik (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the young person&apos;s advocate, if they had one.</source>
        <translation>Imię rzecznika młodej osoby, jeśli był.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the conference</source>
        <translation>Zapisz konferencję</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conferences held</source>
        <translation>Odbyte konferencje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advocate: %1</source>
        <translation>Rzecznik: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../features/coordinator/ConfirmCard.qml" line="+9"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>Nie, zostaw</translation>
    </message>
</context>
<context>
    <name>ContactLogEditor</name>
    <message>
        <location filename="../features/support/ContactLogEditor.qml" line="+15"/>
        <source>Log a contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>With %1.</source>
        <translation>Z: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parents and carers can see what you log here. If something worries you, raise a worry instead: only the Safe Families team sees it.</source>
        <translation>Rodzice i opiekunowie widzą, co tu zapiszesz. Jeśli coś cię niepokoi, zgłoś obawę: widzi ją tylko zespół Safe Families.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How were you in touch?</source>
        <translation>Jak był kontakt?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When?</source>
        <translation>Kiedy?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long, in minutes?</source>
        <translation>Jak długo, w minutach?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For messages you can leave this empty.</source>
        <translation>Przy wiadomościach możesz to zostawić puste.</translation>
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
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes (optional)</source>
        <translation>Notatki (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did together, anything to follow up.</source>
        <translation>Co robiliście razem, czym trzeba się jeszcze zająć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did it help with?</source>
        <translation>W czym to pomogło?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>Zapisane. Zostanie wysłane, gdy telefon będzie online.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../features/support/DateField.qml" line="+16"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>year-month-day, for example %1</source>
        <translation>rok-miesiąc-dzień, na przykład %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day, or write it as year-month-day.</source>
        <translation>Wybierz dzień albo wpisz go jako rok-miesiąc-dzień.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day before</source>
        <translation>Dzień wcześniej</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after</source>
        <translation>Dzień później</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is not a day. Write year-month-day, for example %1.</source>
        <translation>To nie jest data. Wpisz rok-miesiąc-dzień, na przykład %1.</translation>
    </message>
</context>
<context>
    <name>DraftItemEditor</name>
    <message>
        <location filename="../features/coordinator/DraftItemEditor.qml" line="+39"/>
        <source>Words</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By when (optional)</source>
        <translation>Do kiedy (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Easy read (optional)</source>
        <translation>Wersja łatwa do czytania (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short sentences, one idea each.</source>
        <translation>Krótkie zdania, w każdym jedna myśl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture: %1</source>
        <translation>Obrazek: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (optional)</source>
        <translation>Obrazek (nieobowiązkowo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Translations (%1)</source>
        <translation>Tłumaczenia (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Tłumaczenia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Easy read in %1 (optional)</source>
        <translation>Wersja łatwa do czytania, język: %1 (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <source>Or someone without Kith</source>
        <translation>Albo ktoś bez Kith</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Their names, with commas between them.</source>
        <translation>Imiona, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who: %1</source>
        <translation>Kto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year-month-day, for example 2026-10-01.</source>
        <translation>Rok-miesiąc-dzień, na przykład 2026-10-01.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Usuń: %1</translation>
    </message>
</context>
<context>
    <name>EasyReadNotice</name>
    <message>
        <location filename="../features/coordinator/EasyReadNotice.qml" line="+62"/>
        <source>Show all %1</source>
        <translation>Pokaż wszystkie (%1)</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../features/onboarding/EnrolPage.qml" line="+11"/>
        <source>Welcome to Kith</source>
        <translation>Witamy w Kith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with the Kith account your service gave you. Then choose a PIN for this phone.</source>
        <translation>Zaloguj się kontem Kith, które dał ci twój serwis. Potem wybierz PIN do tego telefonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator gave you an invite code. Type it here, or paste the text of the QR code. Then choose a PIN for this phone.</source>
        <translation>Twój koordynator dał ci kod zaproszenia. Wpisz go tutaj albo wklej tekst z kodu QR. Potem wybierz PIN do tego telefonu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith server address</source>
        <translation>Adres serwera Kith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite code</source>
        <translation>Kod zaproszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 letters and numbers, like 7KQ2M-XH9TD</source>
        <translation>10 liter i cyfr, na przykład 7KQ2M-XH9TD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a PIN</source>
        <translation>Wybierz PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 6 numbers. You will type it each time you open Kith.</source>
        <translation>Co najmniej 6 cyfr. Wpiszesz go przy każdym otwarciu Kith.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the PIN again</source>
        <translation>Wpisz PIN jeszcze raz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining…</source>
        <translation>Dołączanie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have an invite code</source>
        <translation>Mam kod zaproszenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I work for the service</source>
        <translation>Pracuję w serwisie</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../features/coordinator/FamiliesPage.qml" line="+12"/>
        <source>Your families</source>
        <translation>Twoje rodziny</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not coordinate any families in Kith yet.</source>
        <translation>Nie koordynujesz jeszcze żadnej rodziny w Kith.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n worries not acknowledged</source>
        <translation>
            <numerusform>%n obawa nieprzyjęta</numerusform>
            <numerusform>%n obawy nieprzyjęte</numerusform>
            <numerusform>%n obaw nieprzyjętych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open (the family in view)</source>
        <translation>Otwarta (ta rodzina jest teraz pokazana)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this family</source>
        <translation>Otwórz tę rodzinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>Otwórz: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a family</source>
        <translation>Dodaj rodzinę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family&apos;s name</source>
        <translation>Nazwa rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the family will see itself in Kith, for example &quot;The Ahmed family&quot;. Case references stay in the council&apos;s records.</source>
        <translation>Tak rodzina zobaczy swoją nazwę w Kith, na przykład „Rodzina Nowaków”. Sygnatury spraw zostają w dokumentach rady.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the family</source>
        <translation>Dodaj tę rodzinę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You become its coordinator. It can be used once it has reached the server.</source>
        <translation>Zostaniesz jej koordynatorem. Można z niej korzystać, gdy dotrze do serwera.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../features/coordinator/FamilyPage.qml" line="+13"/>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not a coordinator of this family, so there is nothing to manage here.</source>
        <translation>Nie jesteś koordynatorem tej rodziny, więc nie ma tu nic do zarządzania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone</source>
        <translation>Zaproś kogoś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Konferencja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (you)</source>
        <translation>%1 (ty)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication needs: %1</source>
        <translation>Potrzeby komunikacyjne: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, od %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communication needs</source>
        <translation>Potrzeby komunikacyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication needs of %1</source>
        <translation>Potrzeby komunikacyjne: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan in their formats</source>
        <translation>Plan w ich formatach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan in the formats %1 needs</source>
        <translation>Plan w formatach, których potrzebuje %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change support</source>
        <translation>Zmień wsparcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the family</source>
        <translation>Połącz z rodziną</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from the family</source>
        <translation>Usuń z rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the family</source>
        <translation>Usuń z rodziny: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %2? The family leaves their phone at its next sync.</source>
        <translation>Usunąć osobę %1 z: %2? Przy następnej synchronizacji rodzina zniknie z jej telefonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, remove</source>
        <translation>Tak, usuń</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How %1 helps</source>
        <translation>Jak pomaga: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals set with the family</source>
        <translation>Cele ustalone z rodziną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One goal a line.</source>
        <translation>Jeden cel w wierszu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the support</source>
        <translation>Zapisz wsparcie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volunteers</source>
        <translation>Wolontariusze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite a volunteer who already helps another family, or a new volunteer. Once they have set up Kith, link them to this family above.</source>
        <translation>Zaproś wolontariusza, który już pomaga innej rodzinie, albo nowego. Gdy ustawi Kith, połącz go powyżej z tą rodziną.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>Pytam serwer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a volunteer</source>
        <translation>Znajdź wolontariusza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite a new volunteer</source>
        <translation>Zaproś nowego wolontariusza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service has no volunteers in Kith yet.</source>
        <translation>Serwis nie ma jeszcze wolontariuszy w Kith.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already a volunteer in this family.</source>
        <translation>Już jest wolontariuszem w tej rodzinie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in this family in another role.</source>
        <translation>Już jest w tej rodzinie w innej roli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite for a new phone</source>
        <translation>Zaproszenie na nowy telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite to this family</source>
        <translation>Zaproś do tej rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %1</source>
        <translation>Zaproś: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackDelegate</name>
    <message>
        <location filename="../features/voice/FeedbackDelegate.qml" line="+21"/>
        <source>Reply from %1</source>
        <translation>Odpowiedź od: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said</source>
        <translation>Twoje słowa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply from %1, %2</source>
        <translation>Odpowiedź od: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, %1</source>
        <translation>Twoje słowa, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How confident you felt in the help: %1 out of 5</source>
        <translation>Zaufanie do pomocy: %1 na 5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About: %1</source>
        <translation>Dotyczy: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../features/voice/FeedbackPage.qml" line="+13"/>
        <source>Say what you think</source>
        <translation>Powiedz, co myślisz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feedback is sent by families and volunteers. You can read it and answer it from your own screens.</source>
        <translation>Opinie wysyłają rodziny i wolontariusze. Możesz je czytać i odpowiadać na swoich ekranach.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What do you want to say?</source>
        <translation>Co chcesz powiedzieć?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything: what is helping, what is not, what you would like to change.</source>
        <translation>Cokolwiek: co pomaga, co nie, co chcesz zmienić.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who sees it?</source>
        <translation>Kto to zobaczy?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only staff</source>
        <translation>Tylko pracownicy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My family too</source>
        <translation>Także moja rodzina</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone in your family who uses Kith can read this.</source>
        <translation>Każdy z twojej rodziny, kto używa Kith, może to przeczytać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your coordinator and staff can read this. Your family will not see it.</source>
        <translation>Przeczytać to mogą tylko twój koordynator i pracownicy. Twoja rodzina tego nie zobaczy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is it about? (You can leave this out.)</source>
        <translation>Czego to dotyczy? (Możesz to pominąć.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our family plan</source>
        <translation>Nasz plan rodzinny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>Na ile ufasz pomocy, którą dostajesz?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means not at all, 5 means very confident. You can leave this out.</source>
        <translation>1 oznacza wcale, 5 oznacza bardzo. Możesz to pominąć.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thank you. Your message is saved on this phone. It will be sent when there is a connection.</source>
        <translation>Dziękujemy. Twoja wiadomość jest zapisana w tym telefonie. Zostanie wysłana, gdy będzie połączenie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your message is on its way.</source>
        <translation>Dziękujemy. Twoja wiadomość jest w drodze.</translation>
    </message>
</context>
<context>
    <name>FormatsPage</name>
    <message>
        <location filename="../features/formats/FormatsPage.qml" line="+14"/>
        <source>The plan in other formats</source>
        <translation>Plan w innych formatach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1</source>
        <translation>Plan dla: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs: %2.</source>
        <translation>Potrzeby (%1): %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no communication needs recorded.</source>
        <translation>Brak zapisanych potrzeb komunikacyjnych (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>Ta rodzina nie ma jeszcze opublikowanego planu, więc nie ma czego przygotować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the files in this folder</source>
        <translation>Zapisz pliki w tym folderze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files hold the family&apos;s plan. Save them only where they will be safe, and delete them once given.</source>
        <translation>Pliki zawierają plan rodziny. Zapisz je tylko w bezpiecznym miejscu i usuń po przekazaniu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make what they need</source>
        <translation>Przygotuj to, czego potrzebuje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the files…</source>
        <translation>Przygotowywanie plików…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every format</source>
        <translation>Wszystkie formaty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (needed)</source>
        <translation>%1 (potrzebny)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it</source>
        <translation>Przygotuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan in %1</source>
        <translation>Przygotuj plan: %1</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../features/goals/GoalsPage.qml" line="+14"/>
        <source>Our goals</source>
        <translation>Nasze cele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no goals here yet. When your coordinator has written them down with your family, they will show here.</source>
        <translation>Nie ma tu jeszcze celów. Gdy twój koordynator zapisze je razem z twoją rodziną, pojawią się tutaj.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>Niektóre części są po angielsku, bo nie zostały jeszcze przetłumaczone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs to happen</source>
        <translation>Co musi się wydarzyć</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is working well</source>
        <translation>Co działa dobrze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What people are worried about</source>
        <translation>Co niepokoi ludzi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written down on %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale</source>
        <translation>Skala bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People give a number from 0 to 10. 10 means everyone is sure the children are safe at home. 0 means the children cannot stay at home safely right now.</source>
        <translation>Każdy podaje liczbę od 0 do 10. 10 oznacza, że wszyscy są pewni, że dzieci są bezpieczne w domu. 0 oznacza, że dzieci nie mogą teraz bezpiecznie zostać w domu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest scores</source>
        <translation>Ostatnie wyniki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 out of 10 (%3, %4)</source>
        <translation>%1: %2 na 10 (%3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your score</source>
        <translation>Twoja ocena</translation>
    </message>
</context>
<context>
    <name>HelpNumbers</name>
    <message>
        <location filename="../features/voice/HelpNumbers.qml" line="+12"/>
        <source>Who to call now</source>
        <translation>Do kogo zadzwonić teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you need help now</source>
        <translation>Jeśli potrzebujesz pomocy teraz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an emergency, or if you are in danger now, call 999.</source>
        <translation>W nagłej sytuacji albo jeśli jesteś teraz w niebezpieczeństwie, dzwoń pod 999.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Childline: 0800 1111. Free, at any time, day or night. You can talk about anything.</source>
        <translation>Childline: 0800 1111. Za darmo, o każdej porze, w dzień i w nocy. Możesz porozmawiać o wszystkim.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call 999</source>
        <translation>Zadzwoń pod 999</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call Childline</source>
        <translation>Zadzwoń do Childline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Childline, 0800 1111</source>
        <translation>Zadzwoń do Childline, 0800 1111</translation>
    </message>
</context>
<context>
    <name>HelpRequestEditor</name>
    <message>
        <location filename="../features/support/HelpRequestEditor.qml" line="+14"/>
        <source>Ask for help</source>
        <translation>Poproś o pomoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Safe Families team</source>
        <translation>Zespół Safe Families</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What kind of help?</source>
        <translation>Jakiej pomocy?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What do you need?</source>
        <translation>Czego potrzebujesz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a lift to the school on Tuesday, a cot, someone to talk to.</source>
        <translation>Na przykład: podwózka do szkoły we wtorek, łóżeczko, ktoś do rozmowy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When do you need it? (optional)</source>
        <translation>Na kiedy? (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a week</source>
        <translation>Za tydzień</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who do you want to ask?</source>
        <translation>Kogo chcesz poprosić?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe Families team and your family in Kith will see this.</source>
        <translation>Zobaczy to zespół Safe Families i twoja rodzina w Kith.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the parents and carers in your family, and the Safe Families team will see this.</source>
        <translation>Zobaczą to: %1, rodzice i opiekunowie z twojej rodziny oraz zespół Safe Families.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your request is saved. It will be sent when your phone is online.</source>
        <translation>Twoja prośba jest zapisana. Zostanie wysłana, gdy telefon będzie online.</translation>
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
        <translation>Cześć, %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>Cześć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no families in Kith yet.</source>
        <translation>Nie masz jeszcze rodzin w Kith.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith is getting your family&apos;s information. This needs a connection the first time.</source>
        <translation>Kith pobiera informacje o twojej rodzinie. Za pierwszym razem potrzebne jest połączenie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries first, then feedback for staff and requests for help</source>
        <translation>Najpierw obawy, potem opinie dla pracowników i prośby o pomoc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your families</source>
        <translation>Twoje rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families you coordinate; add a family</source>
        <translation>Rodziny, które koordynujesz; dodaj rodzinę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this family</source>
        <translation>Osoby w tej rodzinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their needs, invites, volunteers, meetings, plan and assessment</source>
        <translation>Ich potrzeby, zaproszenia, wolontariusze, spotkania, plan i ocena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I don&apos;t feel safe</source>
        <translation>Nie czuję się bezpiecznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator now, and see who to call</source>
        <translation>Powiedz teraz koordynatorowi i zobacz, do kogo zadzwonić</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our plan</source>
        <translation>Nasz plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed, who does what, and by when</source>
        <translation>Co ustaliliśmy, kto co robi i do kiedy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our goals</source>
        <translation>Nasze cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs to happen, and how safe things feel from 0 to 10</source>
        <translation>Co musi się wydarzyć i jak bezpiecznie jest w skali od 0 do 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families I support</source>
        <translation>Rodziny, którym pomagam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visits and stays, answer requests, raise a worry</source>
        <translation>Zapisuj wizyty i pobyty, odpowiadaj na prośby, zgłaszaj obawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your volunteer, asking for help, and how it is going</source>
        <translation>Twój wolontariusz, prośby o pomoc i jak idzie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have your say</source>
        <translation>Zabierz głos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think, your Three Houses, and replies</source>
        <translation>Powiedz pracownikom, co myślisz, twoje Trzy Domy i odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff what you think of the help you get</source>
        <translation>Powiedz pracownikom, co myślisz o pomocy, którą dostajesz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How I need information</source>
        <translation>Jak potrzebuję informacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read, large print, audio, Braille, your language</source>
        <translation>Łatwy tekst, duży druk, audio, Braille, twój język</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size, language, easy read, contrast</source>
        <translation>Rozmiar tekstu, język, łatwy tekst, kontrast</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch to %1</source>
        <translation>Przełącz na: %1</translation>
    </message>
</context>
<context>
    <name>HostingStayEditor</name>
    <message>
        <location filename="../features/support/HostingStayEditor.qml" line="+14"/>
        <source>Log a stay</source>
        <translation>Zapisz pobyt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With %1.</source>
        <translation>Z: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who stayed with you?</source>
        <translation>Kto u ciebie został?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith does not know the children of this family yet. Ask the Safe Families team to add them.</source>
        <translation>Kith nie zna jeszcze dzieci z tej rodziny. Poproś zespół Safe Families, żeby je dodał.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The day they came</source>
        <translation>Dzień przyjazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>Tydzień temu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 days ago</source>
        <translation>2 dni temu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day they went home</source>
        <translation>Dzień powrotu do domu</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n nights.</source>
        <translation>
            <numerusform>%n noc.</numerusform>
            <numerusform>%n noce.</numerusform>
            <numerusform>%n nocy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day they went home must be after the day they came.</source>
        <translation>Dzień powrotu do domu musi być po dniu przyjazdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (optional)</source>
        <translation>Notatki (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. It will be sent when your phone is online.</source>
        <translation>Zapisane. Zostanie wysłane, gdy telefon będzie online.</translation>
    </message>
</context>
<context>
    <name>HouseEditor</name>
    <message>
        <location filename="../features/voice/HouseEditor.qml" line="+41"/>
        <source>Nothing here yet.</source>
        <translation>Nic tu jeszcze nie ma.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove: %1</source>
        <translation>Usuń: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a line</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Dodaj do: %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../features/coordinator/InboxPage.qml" line="+12"/>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every family I coordinate</source>
        <translation>Pokaż wszystkie rodziny, które koordynuję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here. Worries, feedback for staff and help requests will show here.</source>
        <translation>Nic tu nie ma. Tutaj pojawią się obawy, opinie dla pracowników i prośby o pomoc.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have seen this worry</source>
        <translation>Widzę tę obawę</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1</source>
        <translation>Odpowiedz: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your reply to %1</source>
        <translation>Twoja odpowiedź dla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1 and the family&apos;s coordinators will see it.</source>
        <translation>Zobaczą to tylko: %1 i koordynatorzy rodziny.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../features/coordinator/InvitePage.qml" line="+12"/>
        <source>Invite someone</source>
        <translation>Zaproś kogoś</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>Zapraszać do tej rodziny może tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite someone to %1. They type the code, or scan the QR code, when they set up Kith on their own phone.</source>
        <translation>Zaproś kogoś do: %1. Ta osoba wpisze kod albo zeskanuje kod QR, gdy ustawi Kith na swoim telefonie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their part in the family</source>
        <translation>Ich rola w rodzinie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already volunteers with the service. This invite adds them to this family as a volunteer.</source>
        <translation>%1 już jest wolontariuszem serwisu. To zaproszenie doda tę osobę do tej rodziny jako wolontariusza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they will be shown by. They can change it later.</source>
        <translation>Imię, pod którym będzie widoczna ta osoba. Można je potem zmienić.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the server…</source>
        <translation>Pytam serwer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the invite</source>
        <translation>Utwórz zaproszenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making an invite needs a connection to the Kith server.</source>
        <translation>Do utworzenia zaproszenia potrzebne jest połączenie z serwerem Kith.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invite for %1 (%2). Show this to them, or read them the code.</source>
        <translation>Zaproszenie dla: %1 (%2). Pokaż je tej osobie albo przeczytaj jej kod.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QR code of the invite for %1. The code is %2.</source>
        <translation>Kod QR zaproszenia dla: %1. Kod to %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is shown only now and works once. If it is lost, make a new invite.</source>
        <translation>Kod jest widoczny tylko teraz i działa raz. Jeśli zginie, utwórz nowe zaproszenie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite someone else</source>
        <translation>Zaproś kogoś innego</translation>
    </message>
</context>
<context>
    <name>KPage</name>
    <message>
        <location filename="../ui/KPage.qml" line="+23"/>
        <source>This was not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Wstecz</translation>
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
        <translation>Zegar</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../features/formats/NeedsPage.qml" line="+14"/>
        <source>How I need information</source>
        <translation>Jak potrzebuję informacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How %1 needs information</source>
        <translation>Jak informacji potrzebuje: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tell us what helps you read and understand your plan. Kith will use it on your phone, and your coordinator will see it.</source>
        <translation>Powiedz nam, co pomaga ci czytać i rozumieć twój plan. Kith użyje tego w twoim telefonie, a twój koordynator to zobaczy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 needs to read and understand their plan. Kith uses it on their phone the next time it syncs.</source>
        <translation>Czego potrzebuje %1, żeby czytać i rozumieć swój plan. Kith użyje tego w jej lub jego telefonie przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>Potrzeby może zapisać tylko sama osoba albo koordynator jej rodziny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy read: short sentences and pictures</source>
        <translation>Łatwy tekst: krótkie zdania i obrazki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio: information read out</source>
        <translation>Audio: informacje czytane na głos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Sign Language (BSL)</source>
        <translation>Brytyjski język migowy (BSL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interpreter at meetings</source>
        <translation>Tłumacz na spotkaniach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Braille</source>
        <translation>Bez Braille’a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncontracted (grade 1)</source>
        <translation>Bez skrótów (stopień 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted (grade 2)</source>
        <translation>Ze skrótami (stopień 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language to give information in, and for an interpreter.</source>
        <translation>Język, w którym przekazywać informacje, także dla tłumacza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anything else, in their own words</source>
        <translation>Coś jeszcze, własnymi słowami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the plan in these formats</source>
        <translation>Przygotuj plan w tych formatach</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../features/onboarding/NeutralScreen.qml" line="+36"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>NotSafePage</name>
    <message>
        <location filename="../features/voice/NotSafePage.qml" line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>Nie czuję się bezpiecznie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send this to your coordinator?</source>
        <translation>Wysłać to twojemu koordynatorowi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coordinator will be told that you don&apos;t feel safe. Your family will not see this message.</source>
        <translation>Twój koordynator dowie się, że nie czujesz się bezpiecznie. Twoja rodzina nie zobaczy tej wiadomości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is for young people in the family. If someone is in danger now, call 999.</source>
        <translation>To jest dla młodych osób w rodzinie. Jeśli ktoś jest teraz w niebezpieczeństwie, dzwoń pod 999.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you want to say what is happening?</source>
        <translation>Chcesz powiedzieć, co się dzieje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have to. You can send it without words.</source>
        <translation>Nie musisz. Możesz to wysłać bez słów.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your phone is not connected right now. Your message will wait on this phone and be sent when there is a connection.</source>
        <translation>Twój telefon nie ma teraz połączenia. Wiadomość poczeka w telefonie i zostanie wysłana, gdy będzie połączenie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, send it</source>
        <translation>Tak, wyślij</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your message is saved</source>
        <translation>Twoja wiadomość jest zapisana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message has been sent</source>
        <translation>Twoja wiadomość została wysłana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is on this phone and will be sent to your coordinator when there is a connection.</source>
        <translation>Jest w tym telefonie i zostanie wysłana do koordynatora, gdy będzie połączenie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your coordinator has it.</source>
        <translation>Twój koordynator ją dostał.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith is not an emergency service. Your coordinator may not see your message straight away.</source>
        <translation>Kith to nie pogotowie. Twój koordynator może nie zobaczyć wiadomości od razu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../pictograms/PictogramPicker.qml" line="+30"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation>Uczucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and talking</source>
        <translation>Plany i rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Na co dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting about</source>
        <translation>Poruszanie się</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No picture</source>
        <translation>Bez obrazka</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../features/plan/PlanPage.qml" line="+13"/>
        <source>Family plan</source>
        <translation>Plan rodzinny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no plan here yet. When your family&apos;s plan is agreed at the family meeting, it will show here.</source>
        <translation>Nie ma tu jeszcze planu. Gdy plan twojej rodziny zostanie uzgodniony na spotkaniu rodzinnym, pojawi się tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (an earlier version)</source>
        <translation>Wersja %1 (wcześniejsza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>Uzgodniony %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <translation>Następny przegląd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>Niektóre części są po angielsku, bo nie zostały jeszcze przetłumaczone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed by: %1</source>
        <translation>Zgodzili się: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I agree to this plan</source>
        <translation>Zgadzam się na ten plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have agreed to this plan.</source>
        <translation>Zgoda na ten plan jest zapisana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What must happen</source>
        <translation>Co musi się stać</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who does what</source>
        <translation>Kto co robi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the plan is not working</source>
        <translation>Jeśli plan nie działa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All versions</source>
        <translation>Wszystkie wersje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (current)</source>
        <translation>%1 (obecna)</translation>
    </message>
</context>
<context>
    <name>PublishPlanPage</name>
    <message>
        <location filename="../features/coordinator/PublishPlanPage.qml" line="+13"/>
        <source>Publish the plan</source>
        <translation>Opublikuj plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>Plan tej rodziny może opublikować tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This will be version %1. It starts as a copy of version %2: change what the family agreed.</source>
        <translation>To będzie wersja %1. Zaczyna się jako kopia wersji %2: zmień to, co uzgodniła rodzina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will be the family&apos;s first plan.</source>
        <translation>To będzie pierwszy plan rodziny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is published. The family will see it at their next sync.</source>
        <translation>Wersja %1 jest opublikowana. Rodzina zobaczy ją przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan&apos;s title</source>
        <translation>Tytuł planu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom lines</source>
        <translation>Warunki konieczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the council says must happen for the children to be safe.</source>
        <translation>Co według rady musi się stać, żeby dzieci były bezpieczne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottom line %1</source>
        <translation>Warunek konieczny %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a bottom line</source>
        <translation>Dodaj warunek konieczny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does what</source>
        <translation>Kto co robi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1</source>
        <translation>Działanie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>Co się wydarzy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it</source>
        <translation>Kto to robi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who checks it was done</source>
        <translation>Kto sprawdza, czy zrobione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the plan is not working</source>
        <translation>Jeśli plan nie działa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contingency plan</source>
        <translation>Plan awaryjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens if the plan does not work</source>
        <translation>Co się stanie, jeśli plan nie zadziała</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the family agreed it</source>
        <translation>Dzień, w którym rodzina go uzgodniła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-09-10.</source>
        <translation>Rok-miesiąc-dzień, na przykład 2026-09-10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review meeting (optional)</source>
        <translation>Spotkanie przeglądowe (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day, for example 2026-12-10.</source>
        <translation>Rok-miesiąc-dzień, na przykład 2026-12-10.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish version %1</source>
        <translation>Opublikuj wersję %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish version %1? It replaces version %2 for everyone in the family, and cannot be changed afterwards.</source>
        <translation>Opublikować wersję %1? Zastąpi wersję %2 dla wszystkich w rodzinie i potem nie można jej zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the plan? Everyone in the family will see it, and it cannot be changed afterwards.</source>
        <translation>Opublikować plan? Zobaczą go wszyscy w rodzinie i potem nie można go zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, publish</source>
        <translation>Tak, opublikuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start again from the current version</source>
        <translation>Zacznij od nowa od obecnej wersji</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+27"/>
        <source>Offline. Changes are kept on this phone.</source>
        <translation>Brak połączenia. Zmiany są zachowane w tym telefonie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Kith will try again.</source>
        <translation>Serwer jest zajęty. Kith spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone has been removed from Kith. Ask your coordinator to set it up again.</source>
        <translation>Ten telefon został usunięty z Kith. Poproś koordynatora, żeby ustawił go ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith could not prove it is talking to the real server, so it sent nothing. Ask your coordinator. (%1)</source>
        <translation>Kith nie mógł potwierdzić, że łączy się z prawdziwym serwerem, więc nic nie wysłał. Zapytaj koordynatora. (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 was not saved: %2</source>
        <translation>Nie zapisano (%1): %2</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <location filename="../ui/QuickExitButton.qml" line="+11"/>
        <source>Exit</source>
        <translation>Wyjdź</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave Kith quickly</source>
        <translation>Szybko wyjdź z Kith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks Kith at once and shows a plain screen</source>
        <translation>Od razu blokuje Kith i pokazuje zwykły ekran</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../ui/ReadAloudBar.qml" line="+22"/>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this page aloud</source>
        <translation>Przeczytaj tę stronę na głos</translation>
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
        <translation>Nikt jeszcze nie dał oceny.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score</source>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 out of 10</source>
        <translation>%1 na 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1</source>
        <translation>Dotyczy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <location filename="../features/goals/ScoreEditor.qml" line="+23"/>
        <source>Where would you put things now, from 0 to 10?</source>
        <translation>Gdzie teraz umieścisz sytuację, od 0 do 10?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 means everyone is sure the children are safe at home, and the work with your family can finish.</source>
        <translation>10 oznacza, że wszyscy są pewni, że dzieci są bezpieczne w domu, i praca z twoją rodziną może się zakończyć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the children cannot stay at home safely right now.</source>
        <translation>0 oznacza, że dzieci nie mogą teraz bezpiecznie zostać w domu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+12"/>
        <source>%1, chosen</source>
        <translation>%1, wybrane</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>You chose %1 out of 10.</source>
        <translation>Wybrano %1 na 10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is your score about?</source>
        <translation>Czego dotyczy twoja ocena?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything together</source>
        <translation>Wszystko razem</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did you choose this number?</source>
        <translation>Dlaczego ta liczba?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sentence in your own words is enough.</source>
        <translation>Wystarczy jedno zdanie własnymi słowami.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my score</source>
        <translation>Zapisz moją ocenę</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thank you. Your score is saved.</source>
        <translation>Dziękujemy. Twoja ocena jest zapisana.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../features/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1%</source>
        <translation>Teraz %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text size %1 percent</source>
        <translation>Rozmiar tekstu %1 procent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Easy read: shorter words and pictures</source>
        <translation>Łatwy tekst: krótsze słowa i obrazki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show read-aloud buttons</source>
        <translation>Pokaż przyciski czytania na głos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less movement on screen</source>
        <translation>Mniej ruchu na ekranie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone</source>
        <translation>Ten telefon</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kith locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>Kith blokuje się po %n minucie bez używania.</numerusform>
            <numerusform>Kith blokuje się po %n minutach bez używania.</numerusform>
            <numerusform>Kith blokuje się po %n minutach bez używania.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock Kith now</source>
        <translation>Zablokuj Kith teraz</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../features/support/SupportPage.qml" line="+14"/>
        <source>Families you support</source>
        <translation>Rodziny, którym pomagasz</translation>
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
        <translation>Nie ma tu jeszcze wsparcia Safe Families do pokazania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your families</source>
        <translation>Twoje rodziny</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (shown)</source>
        <translation>%1 (widoczna)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have been their %1 since %2.</source>
        <translation>Od %2 twoja rola u nich to: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals set with the family</source>
        <translation>Cele ustalone z rodziną</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a visit or call</source>
        <translation>Zapisz wizytę lub rozmowę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a stay</source>
        <translation>Zapisz pobyt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise a worry</source>
        <translation>Zgłoś obawę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the Safe Families team only</source>
        <translation>Trafia tylko do zespołu Safe Families</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteers</source>
        <translation>Wolontariusze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your volunteer</source>
        <translation>Twój wolontariusz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have a Safe Families volunteer yet. You can still ask the team for help.</source>
        <translation>Nie masz jeszcze wolontariusza Safe Families. Możesz i tak poprosić zespół o pomoc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Safe Families volunteer yet.</source>
        <translation>Nie ma jeszcze wolontariusza Safe Families.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, since %2</source>
        <translation>%1, od %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals: %1</source>
        <translation>Cele: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help asked of you</source>
        <translation>Prośby o pomoc do ciebie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help you asked for</source>
        <translation>Pomoc, o którą prosisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help requests</source>
        <translation>Prośby o pomoc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>Poproś o pomoc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one has asked you for help yet.</source>
        <translation>Nikt jeszcze nie prosił cię o pomoc.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No requests yet.</source>
        <translation>Nie ma jeszcze próśb.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asked by %1</source>
        <translation>Prosi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked of %1</source>
        <translation>Prośba do: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked %2</source>
        <translation>%1 prosi: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>Potrzebne do %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It&apos;s arranged</source>
        <translation>Załatwione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It&apos;s done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I don&apos;t need this now</source>
        <translation>Już tego nie potrzebuję</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts you logged</source>
        <translation>Zapisane przez ciebie kontakty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits and calls</source>
        <translation>Wizyty i rozmowy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing logged yet.</source>
        <translation>Nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1</source>
        <translation>Z: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helped with: %1</source>
        <translation>Pomogło w: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stays</source>
        <translation>Pobyty</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n nights in all.</source>
        <translation>
            <numerusform>Razem %n noc.</numerusform>
            <numerusform>Razem %n noce.</numerusform>
            <numerusform>Razem %n nocy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stayed with you</source>
        <translation>U ciebie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stayed with %2</source>
        <translation>%1 – u: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n noc</numerusform>
            <numerusform>%n noce</numerusform>
            <numerusform>%n nocy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How confident do you feel in the help you are getting?</source>
        <translation>Na ile ufasz pomocy, którą dostajesz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Not at all</source>
        <translation>1 Wcale</translation>
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
        <translation>5 Bardzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you want to say? (optional)</source>
        <translation>Chcesz coś powiedzieć? (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the Safe Families team will read this. Your volunteer will not see it.</source>
        <translation>Przeczyta to tylko zespół Safe Families. Twój wolontariusz tego nie zobaczy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You last told the team on %1.</source>
        <translation>Ostatnio napisano do zespołu %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>Wyślij do zespołu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. The Safe Families team will read it.</source>
        <translation>Dziękujemy. Zespół Safe Families to przeczyta.</translation>
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
        <translation>Synchronizuj teraz</translation>
    </message>
</context>
<context>
    <name>ThreeHousesPage</name>
    <message>
        <location filename="../features/voice/ThreeHousesPage.qml" line="+12"/>
        <source>My Three Houses</source>
        <translation>Moje Trzy Domy</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Three houses for your own words. Only you and your coordinator can see them.</source>
        <translation>Trzy domy na twoje własne słowa. Widzisz je tylko ty i twój koordynator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>Trzy Domy wypełnia młoda osoba, do której należą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last changed on %1.</source>
        <translation>Ostatnia zmiana: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House of worries</source>
        <translation>Dom zmartwień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worries you?</source>
        <translation>Co cię martwi?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of good things</source>
        <translation>Dom dobrych rzeczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is good in your life?</source>
        <translation>Co jest dobrego w twoim życiu?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>House of dreams</source>
        <translation>Dom marzeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you like to happen?</source>
        <translation>Co chcesz, żeby się stało?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my houses</source>
        <translation>Zapisz moje domy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
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
        <translation>Wpisz PIN, żeby otworzyć Kith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../features/voice/VoicePage.qml" line="+12"/>
        <source>Have your say</source>
        <translation>Zabierz głos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I don&apos;t feel safe</source>
        <translation>Nie czuję się bezpiecznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your coordinator. See who to call now.</source>
        <translation>Powiedz koordynatorowi. Zobacz, do kogo zadzwonić teraz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what you think</source>
        <translation>Powiedz, co myślisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell staff, or your family, how things are going</source>
        <translation>Powiedz pracownikom albo rodzinie, jak idzie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Three Houses</source>
        <translation>Moje Trzy Domy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worries, good things and dreams, in your own words</source>
        <translation>Zmartwienia, dobre rzeczy i marzenia, twoimi słowami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Words and Pictures</source>
        <translation>Moje Słowa i Obrazki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why helpers are working with your family</source>
        <translation>Dlaczego pomocnicy pracują z twoją rodziną</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you said</source>
        <translation>Co mówisz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet. When you say something, it shows here with any reply from staff.</source>
        <translation>Jeszcze nic. Gdy coś powiesz, pojawi się tutaj razem z odpowiedzią pracowników.</translation>
    </message>
</context>
<context>
    <name>WordsAndPicturesPage</name>
    <message>
        <location filename="../features/voice/WordsAndPicturesPage.qml" line="+13"/>
        <source>My Words and Pictures</source>
        <translation>Moje Słowa i Obrazki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written for you here yet. Your coordinator will write it with you.</source>
        <translation>Nic tu jeszcze dla ciebie nie napisano. Twój koordynator napisze to razem z tobą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written on %1.</source>
        <translation>Napisano %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some parts are in English because they have not been translated yet.</source>
        <translation>Niektóre części są po angielsku, bo nie zostały jeszcze przetłumaczone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>WorryEditor</name>
    <message>
        <location filename="../features/support/WorryEditor.qml" line="+14"/>
        <source>Raise a worry</source>
        <translation>Zgłoś obawę</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This goes to the Safe Families team only.</source>
        <translation>To trafia tylko do zespołu Safe Families.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family will not see it. It is sent as soon as your phone is online.</source>
        <translation>Rodzina tego nie zobaczy. Zostanie wysłane, gdy tylko telefon będzie online.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a child is in danger now, call 999.</source>
        <translation>Jeśli dziecko jest teraz w niebezpieczeństwie, dzwoń pod 999.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1.</source>
        <translation>Dotyczy: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What worries you?</source>
        <translation>Co cię martwi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw or heard, when, and what was said. Use the words people used.</source>
        <translation>Co było widać lub słychać, kiedy i co zostało powiedziane. Użyj słów, których użyli ludzie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to the team</source>
        <translation>Wyślij do zespołu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your worry goes to the Safe Families team as soon as your phone is online. The family will not see it.</source>
        <translation>Dziękujemy. Twoja obawa trafi do zespołu Safe Families, gdy tylko telefon będzie online. Rodzina jej nie zobaczy.</translation>
    </message>
</context>
<context>
    <name>kith::app::AssessmentDraft</name>
    <message>
        <location filename="../features/coordinator/assessment_draft.cpp" line="+48"/>
        <source>Harm that has happened</source>
        <translation>Krzywda, która się wydarzyła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger: what could happen if nothing changes</source>
        <translation>Zagrożenie: co może się stać, jeśli nic się nie zmieni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicating factor</source>
        <translation>Czynnik utrudniający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind not chosen</source>
        <translation>Nie wybrano rodzaju</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Młoda osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>Bliscy rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>Wybierz ocenę od 0 do 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a coordinator of this family can write its assessment.</source>
        <translation>Ocenę tej rodziny może napisać tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day of the assessment as year-month-day, for example 2026-08-27.</source>
        <translation>Wpisz dzień oceny jako rok-miesiąc-dzień, na przykład 2026-08-27.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worry %1 has no words. Write it, or remove it.</source>
        <translation>Obawa %1 jest pusta. Wpisz ją albo usuń.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worry %1: choose harm, danger or complicating factor.</source>
        <translation>Obawa %1: wybierz krzywdę, zagrożenie albo czynnik utrudniający.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s working well %1 has no words. Write it, or remove it.</source>
        <translation>„Działa dobrze” %1 jest puste. Wpisz to albo usuń.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety goal %1 has no words. Write it, or remove it.</source>
        <translation>Cel bezpieczeństwa %1 jest pusty. Wpisz go albo usuń.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step %1 has no words. Write it, or remove it.</source>
        <translation>Następny krok %1 jest pusty. Wpisz go albo usuń.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1: type the day as year-month-day, or leave it empty.</source>
        <translation>Następny krok %1: wpisz dzień jako rok-miesiąc-dzień albo zostaw puste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step %1 is due before the day of the assessment.</source>
        <translation>Termin następnego kroku %1 jest przed dniem oceny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write at least one worry, strength, safety goal or next step.</source>
        <translation>Wpisz co najmniej jedną obawę, mocną stronę, cel bezpieczeństwa albo następny krok.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Only a coordinator of this family can score here.</source>
        <translation>Ocenę może tu dać tylko koordynator tej rodziny.</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorDesk</name>
    <message>
        <location filename="../features/coordinator/coordinator_desk.cpp" line="+69"/>
        <source>No plan yet</source>
        <translation>Nie ma jeszcze planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan version %1</source>
        <translation>Plan, wersja %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version %1, review on %2</source>
        <translation>Plan, wersja %1, przegląd %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: the family can be used once it has reached the server.</source>
        <translation>Czeka na synchronizację: z rodziny można korzystać, gdy dotrze do serwera.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 since %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the family yet</source>
        <translation>Jeszcze niepołączony z rodziną</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 invited, %2 came.</source>
        <translation>Zaproszeni: %1, przyszli: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family made a plan.</source>
        <translation>Rodzina ułożyła plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan was made.</source>
        <translation>Nie powstał plan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family friend</source>
        <translation>Przyjaciel rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Rodzina goszcząca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>Przyjaciel od praktycznej pomocy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support not chosen</source>
        <translation>Nie wybrano wsparcia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a family first.</source>
        <translation>Najpierw wybierz rodzinę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator of this family can do this.</source>
        <translation>Może to zrobić tylko koordynator tej rodziny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only staff accounts can add a family. Ask your Kith administrator.</source>
        <translation>Rodzinę mogą dodać tylko konta pracowników. Zapytaj administratora Kith.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the family&apos;s name, for example &quot;The Ahmed family&quot;.</source>
        <translation>Wpisz nazwę rodziny, na przykład „Rodzina Nowaków”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That person is no longer in this family.</source>
        <translation>Tej osoby nie ma już w tej rodzinie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot remove yourself here. Ask another coordinator or your Kith administrator.</source>
        <translation>Nie możesz tu usunąć samego siebie. Poproś innego koordynatora albo administratora Kith.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in this family as a volunteer yet. Invite them, and link them once they have set up Kith.</source>
        <translation>%1 nie jest jeszcze wolontariuszem w tej rodzinie. Zaproś tę osobę i połącz ją, gdy ustawi Kith.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how they will help: family friend, host family or resource friend.</source>
        <translation>Wybierz, jak będzie pomagać: przyjaciel rodziny, rodzina goszcząca albo przyjaciel od praktycznej pomocy.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the day the conference was held as year-month-day, for example 2026-09-10.</source>
        <translation>Wpisz dzień konferencji jako rok-miesiąc-dzień, na przykład 2026-09-10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conference day cannot be after today. Record a conference once it has been held.</source>
        <translation>Dzień konferencji nie może być po dzisiejszym. Zapisz konferencję, gdy już się odbędzie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the names of the family members who were invited.</source>
        <translation>Dodaj imiona zaproszonych członków rodziny.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator of this family can invite people to it.</source>
        <translation>Zapraszać do tej rodziny może tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by your Kith administrator.</source>
        <translation>Wybierz rolę tej osoby w rodzinie. Koordynatorów dodaje administrator Kith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name the person will be shown by.</source>
        <translation>Wpisz imię, pod którym ta osoba będzie widoczna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone already in Kith can only be invited as a volunteer.</source>
        <translation>Kogoś, kto już jest w Kith, można zaprosić tylko jako wolontariusza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invite is on its way. Wait a moment.</source>
        <translation>Zaproszenie jest w drodze. Chwilę poczekaj.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Works until %1 at %2, once.</source>
        <translation>Działa raz, do %1, godz. %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only staff accounts can see the list of volunteers.</source>
        <translation>Listę wolontariuszy widzą tylko konta pracowników.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A volunteer with no name yet</source>
        <translation>Wolontariusz jeszcze bez imienia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline, so no invite was made. An invite needs a connection to the Kith server: try again when you are online.</source>
        <translation>Nie masz połączenia, więc zaproszenie nie powstało. Zaproszenie wymaga połączenia z serwerem Kith: spróbuj ponownie, gdy będziesz online.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline. The list of volunteers needs a connection to the Kith server: try again when you are online.</source>
        <translation>Nie masz połączenia. Lista wolontariuszy wymaga połączenia z serwerem Kith: spróbuj ponownie, gdy będziesz online.</translation>
    </message>
</context>
<context>
    <name>kith::app::CoordinatorInbox</name>
    <message>
        <location filename="../features/coordinator/coordinator_inbox.cpp" line="+50"/>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>Załatwione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;I don&apos;t feel safe.&quot;</source>
        <translation>„Nie czuję się bezpiecznie.”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged yet</source>
        <translation>Jeszcze nieprzyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1, %2</source>
        <translation>Przyjęta przez: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not feel safe</source>
        <translation>Nie czuje się bezpiecznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry from a volunteer</source>
        <translation>Obawa od wolontariusza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry</source>
        <translation>Obawa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply from %1: %2</source>
        <translation>Odpowiedź od: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How confident they feel in the help: %1 out of 5</source>
        <translation>Zaufanie do pomocy: %1 na 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback for staff</source>
        <translation>Opinia dla pracowników</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reply yet</source>
        <translation>Jeszcze bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by %1</source>
        <translation>Potrzebne do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked of %1</source>
        <translation>Prośba do: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help request</source>
        <translation>Prośba o pomoc</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This worry has been acknowledged already.</source>
        <translation>Ta obawa została już przyjęta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can acknowledge this worry.</source>
        <translation>Tę obawę może przyjąć tylko koordynator rodziny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a coordinator of the family can reply to this.</source>
        <translation>Odpowiedzieć na to może tylko koordynator rodziny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your reply first.</source>
        <translation>Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose open, arranged, done or withdrawn.</source>
        <translation>Wybierz: otwarta, załatwione, zrobione albo wycofana.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a coordinator of the family can change this request.</source>
        <translation>Tę prośbę może zmienić tylko koordynator rodziny.</translation>
    </message>
</context>
<context>
    <name>kith::app::DraftList</name>
    <message>
        <location filename="../features/coordinator/draft_list.cpp" line="+39"/>
        <source> and </source>
        <translation> i </translation>
    </message>
</context>
<context>
    <name>kith::app::EasyReadCheck</name>
    <message>
        <location filename="../features/coordinator/easy_read_check.cpp" line="+57"/>
        <source>&quot;%1&quot; has %2 words. Easy read works best with %3 or fewer: try splitting it.</source>
        <translation>„%1” ma %2 słów. Łatwy tekst działa najlepiej przy %3 lub mniej: spróbuj podzielić zdanie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; may hold more than one idea. Easy read works best with one idea in each sentence.</source>
        <translation>„%1” może zawierać więcej niż jedną myśl. Łatwy tekst działa najlepiej z jedną myślą w zdaniu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is jargon: families may not know it. Try &quot;%2&quot;.</source>
        <translation>„%1” to żargon: rodziny mogą go nie znać. Spróbuj „%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a long word. Try a shorter, everyday word.</source>
        <translation>„%1” to długie słowo. Spróbuj krótszego, codziennego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a long word. Try &quot;%2&quot;.</source>
        <translation>„%1” to długie słowo. Spróbuj „%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.</source>
        <translation>Łatwość czytania to %1 na 100. Łatwy tekst działa najlepiej powyżej %2: używaj krótszych zdań i słów.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Easy read check: this does not look like English, so it was not checked.</source>
        <translation>Sprawdzenie łatwego tekstu: to nie wygląda na angielski, więc nie zostało sprawdzone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy read check: this reads well.</source>
        <translation>Sprawdzenie łatwego tekstu: czyta się dobrze.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Easy read check: %n thing(s) to look at.</source>
        <translation>
            <numerusform>Sprawdzenie łatwego tekstu: %n rzecz do przejrzenia.</numerusform>
            <numerusform>Sprawdzenie łatwego tekstu: %n rzeczy do przejrzenia.</numerusform>
            <numerusform>Sprawdzenie łatwego tekstu: %n rzeczy do przejrzenia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::FormatsView</name>
    <message>
        <location filename="../features/formats/formats_view.cpp" line="+29"/>
        <source>Easy read</source>
        <translation>Łatwy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Nagranie audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Short sentences, as a text file to print or read on screen</source>
        <translation>Krótkie zdania, jako plik tekstowy do druku lub czytania na ekranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF in big, clear letters, one column</source>
        <translation>PDF dużymi, wyraźnymi literami, w jednej kolumnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan read out, as a sound file (WAV)</source>
        <translation>Plan czytany na głos, jako plik dźwiękowy (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Braille file (BRF) for an embosser or a Braille display</source>
        <translation>Plik Braille’a (BRF) do drukarki brajlowskiej lub monitora brajlowskiego</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 has no communication needs recorded that ask for another format. Record them first, or choose a format below.</source>
        <translation>%1 nie ma zapisanych potrzeb, które wymagają innego formatu. Najpierw je zapisz albo wybierz format poniżej.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no such format.</source>
        <translation>Nie ma takiego formatu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This family has no published plan yet, so there is nothing to make.</source>
        <translation>Ta rodzina nie ma jeszcze opublikowanego planu, więc nie ma czego przygotować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the whole path of the folder, for example %1.</source>
        <translation>Wpisz pełną ścieżkę folderu, na przykład %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kith cannot make the folder %1. Choose another.</source>
        <translation>Kith nie może utworzyć folderu %1. Wybierz inny.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not everything was made: %1</source>
        <translation>Nie wszystko udało się przygotować: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Zapisano %n plik w %1.</numerusform>
            <numerusform>Zapisano %n pliki w %1.</numerusform>
            <numerusform>Zapisano %n plików w %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::app::GoalsView</name>
    <message>
        <location filename="../features/goals/goals_view.cpp" line="+30"/>
        <source>Parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Młoda osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>Bliscy rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 out of 10 on %3</source>
        <translation>%1: %2 na 10, dnia %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety scale: no scores yet.</source>
        <translation>Skala bezpieczeństwa: nie ma jeszcze wyników.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety scale, latest scores. %1.</source>
        <translation>Skala bezpieczeństwa, ostatnie wyniki. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the family and their coordinator give scores here.</source>
        <translation>Oceny dają tu tylko rodzina i jej koordynator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>Wybierz liczbę od 0 do 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a sentence about why you chose %1.</source>
        <translation>Napisz jedno zdanie, dlaczego wybrano %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That goal is not one of the family&apos;s goals now. Choose another.</source>
        <translation>Tego celu nie ma już wśród celów rodziny. Wybierz inny.</translation>
    </message>
</context>
<context>
    <name>kith::app::NeedsEditor</name>
    <message>
        <location filename="../features/formats/needs_editor.cpp" line="+25"/>
        <source>Easy read</source>
        <translation>Łatwy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Nagranie audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (uncontracted)</source>
        <translation>Braille (bez skrótów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braille (contracted)</source>
        <translation>Braille (ze skrótami)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSL</source>
        <translation>BSL (brytyjski język migowy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last checked on %1.</source>
        <translation>Ostatnio sprawdzono %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by %1. Last checked on %2.</source>
        <translation>Zapisane przez: %1. Ostatnio sprawdzono %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only the person or a coordinator of their family can record their needs.</source>
        <translation>Potrzeby może zapisać tylko sama osoba albo koordynator jej rodziny.</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanDraft</name>
    <message>
        <location filename="../features/coordinator/plan_draft.cpp" line="+85"/>
        <source>Our family plan</source>
        <translation>Nasz plan rodzinny</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a coordinator of this family can publish its plan.</source>
        <translation>Plan tej rodziny może opublikować tylko jej koordynator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the plan a title, for example &quot;Our family plan&quot;.</source>
        <translation>Nadaj planowi tytuł, na przykład „Nasz plan rodzinny”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the day the family agreed the plan as year-month-day, for example 2026-09-10.</source>
        <translation>Wpisz dzień, w którym rodzina uzgodniła plan, jako rok-miesiąc-dzień, na przykład 2026-09-10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the review day as year-month-day, for example 2026-12-10, or leave it empty.</source>
        <translation>Wpisz dzień przeglądu jako rok-miesiąc-dzień, na przykład 2026-12-10, albo zostaw puste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review day cannot be before the day the plan was agreed.</source>
        <translation>Dzień przeglądu nie może być przed dniem uzgodnienia planu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bottom line %1 has no words. Write it, or remove it.</source>
        <translation>Warunek konieczny %1 jest pusty. Wpisz go albo usuń.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one action: what will happen, and who does it.</source>
        <translation>Dodaj co najmniej jedno działanie: co się wydarzy i kto to robi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 has no words. Say what will happen, or remove it.</source>
        <translation>Działanie %1 jest puste. Napisz, co się wydarzy, albo je usuń.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 has nobody doing it. Choose someone, or type a name.</source>
        <translation>Nikt nie wykonuje działania %1. Wybierz kogoś albo wpisz imię.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1: type the day it is due as year-month-day, or leave it empty.</source>
        <translation>Działanie %1: wpisz termin jako rok-miesiąc-dzień albo zostaw puste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1 is due before the day the plan was agreed.</source>
        <translation>Termin działania %1 jest przed dniem uzgodnienia planu.</translation>
    </message>
</context>
<context>
    <name>kith::app::PlanView</name>
    <message>
        <location filename="../features/plan/plan_view.cpp" line="+36"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>Zaczęte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, waiting to be checked</source>
        <translation>Zrobione, czeka na sprawdzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done and checked</source>
        <translation>Zrobione i sprawdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Niezrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Jeszcze niezaczęte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1, agreed %2</source>
        <translation>Wersja %1, uzgodniona %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family plan</source>
        <translation>Plan rodzinny</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your actions</source>
        <translation>Twoje działania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions for %1</source>
        <translation>Działania: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only the current plan&apos;s actions can change.</source>
        <translation>Zmieniać można tylko działania z obecnego planu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a status an action can have.</source>
        <translation>Działanie nie może mieć takiego stanu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the person who checks this action can confirm it.</source>
        <translation>Potwierdzić to działanie może tylko osoba, która je sprawdza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people doing this action can change it.</source>
        <translation>Zmienić to działanie mogą tylko osoby, które je wykonują.</translation>
    </message>
</context>
<context>
    <name>kith::app::ReadAloud</name>
    <message>
        <location filename="../core/read_aloud.cpp" line="+71"/>
        <source>This device has no speech engine, so Kith cannot read aloud here. Your coordinator can make the plan for you as an audio file.</source>
        <translation>To urządzenie nie ma syntezatora mowy, więc Kith nie może tu czytać na głos. Twój koordynator może przygotować dla ciebie plan jako plik audio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 voice on this device, so Kith cannot read this aloud. Your coordinator can make the plan for you as an audio file in %1.</source>
        <translation>Na tym urządzeniu nie ma głosu w języku: %1, więc Kith nie może tego przeczytać. Twój koordynator może przygotować dla ciebie plan jako plik audio (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kith could not play the sound (%1). Check the volume and the speaker, or ask your coordinator for the plan as an audio file.</source>
        <translation>Kith nie mógł odtworzyć dźwięku (%1). Sprawdź głośność i głośnik albo poproś koordynatora o plan jako plik audio.</translation>
    </message>
</context>
<context>
    <name>kith::app::Session</name>
    <message>
        <location filename="../core/session.cpp" line="+137"/>
        <source>Choose a PIN of at least 6 numbers.</source>
        <translation>Wybierz PIN z co najmniej 6 cyfr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is numbers only.</source>
        <translation>PIN to same cyfry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Te dwa PIN-y się różnią. Wpisz ten sam PIN dwa razy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type your Kith username.</source>
        <translation>Wpisz swoją nazwę użytkownika Kith.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server address starts with https://, for example https://kith.example.gov.uk</source>
        <translation>Adres serwera zaczyna się od https://, na przykład https://kith.example.gov.uk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your PIN.</source>
        <translation>Wpisz PIN.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+153"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith jest zablokowany. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Type the name the person will be shown by.</source>
        <translation>Wpisz imię, pod którym ta osoba będzie widoczna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the person&apos;s part in the family. Coordinators are added by the service&apos;s Kith administrator.</source>
        <translation>Wybierz rolę tej osoby w rodzinie. Koordynatorów dodaje administrator Kith w serwisie.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The family you support</source>
        <translation>Rodzina, której pomagasz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family network</source>
        <translation>Bliscy rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Młoda osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leaver</source>
        <translation>Osoba opuszczająca pieczę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families volunteer</source>
        <translation>Wolontariusz Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n changes to send.</source>
        <translation>
            <numerusform>%n zmiana do wysłania.</numerusform>
            <numerusform>%n zmiany do wysłania.</numerusform>
            <numerusform>%n zmian do wysłania.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not synced yet.</source>
        <translation>Jeszcze nie zsynchronizowano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced just now.</source>
        <translation>Zsynchronizowano przed chwilą.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Synced %n minutes ago.</source>
        <translation>
            <numerusform>Zsynchronizowano %n minutę temu.</numerusform>
            <numerusform>Zsynchronizowano %n minuty temu.</numerusform>
            <numerusform>Zsynchronizowano %n minut temu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced at %1.</source>
        <translation>Zsynchronizowano o %1.</translation>
    </message>
</context>
<context>
    <name>kith::app::StoreWorker</name>
    <message>
        <location filename="../core/store_worker.cpp" line="+102"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Kith is locked. Unlock it and try again.</source>
        <translation>Kith jest zablokowany. Odblokuj go i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>kith::app::SupportView</name>
    <message>
        <location filename="../features/support/support_view.cpp" line="+60"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip out</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People to turn to</source>
        <translation>Ludzie, do których można się zwrócić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling more confident</source>
        <translation>Więcej pewności siebie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling well in body and mind</source>
        <translation>Dobre samopoczucie w ciele i w głowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parenting</source>
        <translation>Rodzicielstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting on as a family</source>
        <translation>Dobre relacje w rodzinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, food and money</source>
        <translation>Dom, jedzenie i pieniądze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practical help</source>
        <translation>Praktyczna pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things we need</source>
        <translation>Rzeczy, których potrzebujemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to talk to</source>
        <translation>Ktoś do rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for an answer</source>
        <translation>Czeka na odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranged</source>
        <translation>Załatwione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>Już niepotrzebne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family friend</source>
        <translation>Przyjaciel rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Rodzina goszcząca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource friend</source>
        <translation>Przyjaciel od praktycznej pomocy</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1&apos;s family</source>
        <translation>Rodzina: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A family you support since %1</source>
        <translation>Rodzina, której pomagasz od %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family you support</source>
        <translation>Rodzina, której pomagasz</translation>
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
        <translation>zespół Safe Families</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose %1.</source>
        <translation>Wybierz %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write %1 as year-month-day, for example %2.</source>
        <translation>Wpisz %1 jako rok-miesiąc-dzień, na przykład %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a volunteer linked to this family can log a contact.</source>
        <translation>Kontakt może zapisać tylko wolontariusz połączony z tą rodziną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how you were in touch: a visit, a call, messages or a trip out.</source>
        <translation>Wybierz, jak był kontakt: wizyta, rozmowa, wiadomości albo wyjście.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day it happened</source>
        <translation>dzień, w którym to było</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact once it has happened: choose today or an earlier day.</source>
        <translation>Zapisz kontakt, gdy już się odbył: wybierz dzisiaj albo wcześniejszy dzień.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes must be between 1 and 1440 (a whole day).</source>
        <translation>Liczba minut musi być od 1 do 1440 (cały dzień).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how many minutes it lasted, for example 30.</source>
        <translation>Podaj, ile minut to trwało, na przykład 30.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the areas from the list.</source>
        <translation>Wybierz obszary z listy.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a volunteer linked to this family can log a stay.</source>
        <translation>Pobyt może zapisać tylko wolontariusz połączony z tą rodziną.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose who stayed with you.</source>
        <translation>Wybierz, kto u ciebie został.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who stayed from the list.</source>
        <translation>Wybierz z listy, kto został.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day they came</source>
        <translation>dzień przyjazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day they went home</source>
        <translation>dzień powrotu do domu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day they went home must be after the day they came. A stay is at least one night.</source>
        <translation>Dzień powrotu do domu musi być po dniu przyjazdu. Pobyt to co najmniej jedna noc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a stay once the children have gone home: the day they went home cannot be after today.</source>
        <translation>Zapisz pobyt, gdy dzieci wrócą do domu: dzień powrotu nie może być po dzisiejszym.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can answer only the requests asked of you.</source>
        <translation>Możesz odpowiadać tylko na prośby skierowane do ciebie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the help is arranged or done.</source>
        <translation>Powiedz, czy pomoc jest załatwiona, czy już udzielona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed: it is done or no longer needed.</source>
        <translation>Ta prośba jest zamknięta: jest zrobiona albo już niepotrzebna.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a volunteer linked to this family can raise a worry here.</source>
        <translation>Obawę może tu zgłosić tylko wolontariusz połączony z tą rodziną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what worries you, in your own words.</source>
        <translation>Napisz własnymi słowami, co cię niepokoi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a parent or carer can ask for help here.</source>
        <translation>O pomoc może tu prosić tylko rodzic lub opiekun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of help you need.</source>
        <translation>Wybierz, jakiej pomocy potrzebujesz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what help you need.</source>
        <translation>Napisz, jakiej pomocy potrzebujesz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day you need it</source>
        <translation>dzień, na który potrzebujesz pomocy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day you need it cannot be before today.</source>
        <translation>Ten dzień nie może być przed dzisiejszym.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your volunteer from the list, or ask the Safe Families team.</source>
        <translation>Wybierz swojego wolontariusza z listy albo poproś zespół Safe Families.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can take back only a request you made.</source>
        <translation>Możesz wycofać tylko swoją prośbę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is closed already.</source>
        <translation>Ta prośba jest już zamknięta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the family can send feedback on their support.</source>
        <translation>Opinię o swoim wsparciu może wysłać tylko rodzina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a number from 1 to 5.</source>
        <translation>Wybierz liczbę od 1 do 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel, or say something in your own words.</source>
        <translation>Wybierz, na ile ufasz pomocy, albo napisz coś własnymi słowami.</translation>
    </message>
</context>
<context>
    <name>kith::app::VoiceView</name>
    <message>
        <location filename="../features/voice/voice_view.cpp" line="+60"/>
        <source>Only staff see this</source>
        <translation>Widzą to tylko pracownicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your family can see this</source>
        <translation>Twoja rodzina może to zobaczyć</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our family plan</source>
        <translation>Nasz plan rodzinny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Families</source>
        <translation>Safe Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling safe</source>
        <translation>Poczucie bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Feedback is sent by the family and volunteers. Staff answer it.</source>
        <translation>Opinie wysyłają rodzina i wolontariusze. Odpowiadają na nie pracownicy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees this: staff only, or your family.</source>
        <translation>Wybierz, kto to zobaczy: tylko pracownicy czy twoja rodzina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As a volunteer, your feedback goes to staff only. Choose staff only.</source>
        <translation>Jako wolontariusz wysyłasz opinie tylko do pracowników. Wybierz „Tylko pracownicy”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how confident you feel from 1 to 5, or leave it out.</source>
        <translation>Wybierz od 1 do 5, na ile ufasz pomocy, albo to pomiń.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something, or choose how confident you feel.</source>
        <translation>Napisz coś albo wybierz, na ile ufasz pomocy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is for young people. If you are worried about someone&apos;s safety, call 999 in an emergency.</source>
        <translation>To jest dla młodych osób. Jeśli martwisz się o czyjeś bezpieczeństwo, w nagłej sytuacji dzwoń pod 999.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Three Houses are filled in by the young person they belong to.</source>
        <translation>Trzy Domy wypełnia młoda osoba, do której należą.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This line is too long: &quot;%1...&quot;. Split it into two shorter lines.</source>
        <translation>Ten wiersz jest za długi: „%1...”. Podziel go na dwa krótsze.</translation>
    </message>
</context>
</TS>

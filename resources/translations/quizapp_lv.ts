<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AddDialog</name>
    <message>
        <source>Add an item</source>
        <translation>Pievienot vienumu</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banka</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Banka:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tēma:</translation>
    </message>
    <message>
        <source>The new topic&apos;s title</source>
        <translation>Jaunās tēmas nosaukums</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Jauna tēma</translation>
    </message>
    <message>
        <source>&amp;New topic:</source>
        <translation>&amp;Jauna tēma:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <source>Add it and start the next one (Ctrl+Enter)</source>
        <translation>Pievienot un sākt nākamo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Give the new topic a title.</source>
        <translation>Ierakstiet jaunās tēmas nosaukumu.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Pievienots: %1</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Jauna tēma…</translation>
    </message>
</context>
<context>
    <name>AnswerBar</name>
    <message>
        <source>Show answer</source>
        <translation>Rādīt atbildi</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Atstarpe vai Enter</translation>
    </message>
</context>
<context>
    <name>AnswerKeys</name>
    <message>
        <source>T</source>
        <comment>the key that answers True (one letter)</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>F</source>
        <comment>the key that answers False (one letter)</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Press the steps in their order, 1–%1 · Backspace takes one back · S skips · Esc leaves</source>
        <translation>Spiediet soļus to secībā, 1–%1 · Backspace atceļ pēdējo · S izlaiž · Esc iziet</translation>
    </message>
    <message>
        <source>Answer with %1 or 1 (true), %2 or 2 (false) · S skips · Esc leaves</source>
        <translation>Atbildiet ar %1 vai 1 (patiess), %2 vai 2 (nepatiess) · S izlaiž · Esc pamet</translation>
    </message>
    <message>
        <source>Answer with 1–%1 or A–%2 · S skips · Esc leaves</source>
        <translation>Atbildiet ar 1–%1 vai A–%2 · S izlaiž · Esc pamet</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Atjaunot no rezerves kopijas</translation>
    </message>
    <message>
        <source>Choose a backup. Your current progress is backed up before it is replaced.</source>
        <translation>Izvēlieties rezerves kopiju. Pirms aizstāšanas no pašreizējā progresa tiek izveidota rezerves kopija.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automātiska</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuāla</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Rezerves kopiju vēl nav.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Izvēlēties citu failu…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Izvēlēties rezerves kopiju</translation>
    </message>
    <message>
        <source>quizapp progress (*.sqlite3);;All files (*)</source>
        <translation>quizapp progress (*.sqlite3);;Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>BrowseModel</name>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jāatkārto</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervāls</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Atmiņā</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Aizmirsts</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Testos</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Flashcard, multiple choice, true or false, cloze or order</source>
        <translation>Kartīte, izvēles jautājums, patiess vai nepatiess, tukšās vietas aizpildīšana vai sakārtošana secībā</translation>
    </message>
    <message>
        <source>The topic it teaches</source>
        <translation>Tēma, ko tas māca</translation>
    </message>
    <message>
        <source>The question or front, as you see it</source>
        <translation>Jautājums vai kartītes priekšpuse, kā jūs to redzat</translation>
    </message>
    <message>
        <source>When the flashcard is next due</source>
        <translation>Kad kartīte atkal jāatkārto</translation>
    </message>
    <message>
        <source>Days between its last answer and when it is due</source>
        <translation>Dienas no pēdējās atbildes līdz nākamajai atkārtošanai</translation>
    </message>
    <message>
        <source>Your chance of recalling it today</source>
        <translation>Iespēja, ka šodien to atcerēsieties</translation>
    </message>
    <message>
        <source>Times you forgot it</source>
        <translation>Cik reizes to aizmirsāt</translation>
    </message>
    <message>
        <source>Right answers in quizzes</source>
        <translation>Pareizas atbildes testos</translation>
    </message>
    <message>
        <source>Suspended, buried, flagged, edited, yours</source>
        <translation>Apturēts, paslēpts, atzīmēts, rediģēts, jūsu</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Apturēts</translation>
    </message>
    <message>
        <source>Buried</source>
        <translation>Paslēpts līdz rītdienai</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Atzīme: %1</translation>
    </message>
    <message>
        <source>Source changed — check your edit</source>
        <translation>Avots mainījies — pārbaudiet savu labojumu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Rediģēts</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Jūsu</translation>
    </message>
    <message>
        <source>Leech</source>
        <translation>Grūta kartīte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jaunas</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <source>Browse</source>
        <translation>Pārlūkot</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Pie&amp;vienot…</translation>
    </message>
    <message>
        <source>Add an item of your own (Ctrl+N)</source>
        <translation>Pievienot savu vienumu (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation>Atpakaļ uz sākuma ekrānu (Esc)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;, topic:…, kind:card, is:due, is:new, is:suspended, is:flagged, is:edited, -is:mine, a or b</source>
        <translation>Meklēt (Ctrl+F): vārdi, &quot;frāze&quot;, topic:…, kind:card, is:due, is:new, is:suspended, is:flagged, is:edited, -is:mine, a or b</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Undo the last action (Ctrl+Z)</source>
        <translation>Atsaukt pēdējo darbību (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Edit the item (E, Enter or double-click)</source>
        <translation>Rediģēt vienumu (E, Enter vai dubultklikšķis)</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Apturēt</translation>
    </message>
    <message>
        <source>Out of study and quizzes until restored (!)</source>
        <translation>Izņemt no mācībām un testiem, līdz to atjaunosiet (!)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>A&amp;tjaunot</translation>
    </message>
    <message>
        <source>Back into study and quizzes</source>
        <translation>Atpakaļ mācībās un testos</translation>
    </message>
    <message>
        <source>Flag as a bad question, or clear the flag (*)</source>
        <translation>Atzīmēt kā sliktu jautājumu vai noņemt atzīmi (*)</translation>
    </message>
    <message>
        <source>Reset &amp;progress…</source>
        <translation>Atiestatīt pro&amp;gresu…</translation>
    </message>
    <message>
        <source>Make the selected flashcards new again</source>
        <translation>Padarīt atlasītās kartītes atkal jaunas</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>Delete an item you added yourself</source>
        <translation>Dzēst vienumu, ko pievienojāt pats</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>&amp;Sākums</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Red&amp;iģēt…</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>Atzī&amp;mēt</translation>
    </message>
    <message>
        <source>Show in do&amp;cument</source>
        <translation>Rādīt dok&amp;umentā</translation>
    </message>
    <message>
        <source>Loading your items…</source>
        <translation>Ielādē jūsu vienumus…</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Atiestatīt progresu</translation>
    </message>
    <message numerus="yes">
        <source>Make %n selected item(s) new again? Their flashcards start over; the answers you gave stay in your statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Padarīt %n atlasīto vienumu atkal jaunu? Atkārtošana sāksies no sākuma; jūsu atbildes paliks statistikā. To nevar atsaukt.</numerusform>
            <numerusform>Padarīt %n atlasītos vienumus atkal jaunus? Atkārtošana sāksies no sākuma; jūsu atbildes paliks statistikā. To nevar atsaukt.</numerusform>
            <numerusform>Padarīt %n atlasīto vienumu atkal jaunus? Atkārtošana sāksies no sākuma; jūsu atbildes paliks statistikā. To nevar atsaukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an item you added can be deleted; suspend the others.</source>
        <translation>Dzēst var tikai jūsu pievienotu vienumu; pārējos apturiet.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete this item you added? Undo brings it back.</source>
        <translation>Dzēst šo jūsu pievienoto vienumu? Ar “Atsaukt” to var atgūt.</translation>
    </message>
    <message>
        <source>Could not read your items: %1</source>
        <translation>Neizdevās nolasīt jūsu vienumus: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s):</source>
        <translation>
            <numerusform>%n vienums:</numerusform>
            <numerusform>%n vienumi:</numerusform>
            <numerusform>%n vienumu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Atsaukts.</translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s) are new again.</source>
        <translation>
            <numerusform>%n kartīte atkal ir jauna.</numerusform>
            <numerusform>%n kartītes atkal ir jaunas.</numerusform>
            <numerusform>%n kartīšu atkal ir jaunas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n vienums</numerusform>
            <numerusform>%n vienumi</numerusform>
            <numerusform>%n vienumu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 no %2 vienumiem</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Reviews per day, past year</source>
        <translation>Atkārtojumi dienā pēdējā gadā</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>Atkārtojumi: %1</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Mazāk</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Edit (E), suspend (!), bury (-) or flag (*) this card</source>
        <translation>Rediģēt (E), apturēt (!), paslēpt līdz rītdienai (-) vai atzīmēt (*) šo kartīti</translation>
    </message>
    <message>
        <source>Card menu</source>
        <translation>Kartītes izvēlne</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Show in &amp;document</source>
        <translation>Rādīt &amp;dokumentā</translation>
    </message>
    <message>
        <source>Open the study document at this card&apos;s source</source>
        <translation>Atvērt mācību dokumentu vietā, no kuras ņemta šī kartīte</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tēma: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Avots: %1</translation>
    </message>
    <message>
        <source>Show in document: %1</source>
        <translation>Rādīt dokumentā: %1</translation>
    </message>
</context>
<context>
    <name>ConfusionList</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n reizi</numerusform>
            <numerusform>%n reizes</numerusform>
            <numerusform>%n reižu</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>pēdējoreiz %1</translation>
    </message>
    <message>
        <source>You chose “%1” where the answer is “%2”</source>
        <translation>Jūs izvēlējāties “%1”, bet pareizi ir “%2”</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Time left: %1</source>
        <translation>Atlikušais laiks: %1</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export flashcards to Anki</source>
        <translation>Eksportēt kartītes uz Anki</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Anki pakotne (*.apkg)</translation>
    </message>
    <message>
        <source>Export questions as CSV</source>
        <translation>Eksportēt jautājumus kā CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV fails (*.csv)</translation>
    </message>
    <message>
        <source>Export review history as CSV</source>
        <translation>Eksportēt atkārtojumu vēsturi kā CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksportēšana neizdevās</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in %1</source>
        <translation>
            <numerusform>%n piezīme failā %1</numerusform>
            <numerusform>%n piezīmes failā %1</numerusform>
            <numerusform>%n piezīmju failā %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n rinda failā %1</numerusform>
            <numerusform>%n rindas failā %1</numerusform>
            <numerusform>%n rindu failā %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportēts</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Rezerves kopija neizdevās</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Rezerves kopija saglabāta: %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Atjaunot šo rezerves kopiju?</translation>
    </message>
    <message>
        <source>Your current progress is backed up first, then replaced by %1.</source>
        <translation>No pašreizējā progresa vispirms tiek izveidota rezerves kopija, tad to aizstāj ar %1.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Atjaunošana neizdevās</translation>
    </message>
    <message>
        <source>Your progress was restored from %1.</source>
        <translation>Jūsu progress atjaunots no %1.</translation>
    </message>
    <message>
        <source>The progress it replaced was saved as %1.</source>
        <translation>Aizstātais progress saglabāts kā %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Atjaunots</translation>
    </message>
    <message>
        <source>Fitting the schedule to your reviews…</source>
        <translation>Pielāgo grafiku jūsu atkārtojumiem…</translation>
    </message>
    <message>
        <source>Not enough reviews yet</source>
        <translation>Vēl nepietiek atkārtojumu</translation>
    </message>
    <message>
        <source>Optimising needs at least %1 flashcard answers; you have given %2 so far. Until then the standard FSRS weights serve you well.</source>
        <translation>Grafika pielāgošanai vajag vismaz %1 kartīšu atbildes; līdz šim esat devis %2. Līdz tam labi der standarta iestatījumi.</translation>
    </message>
    <message>
        <source>Optimising failed</source>
        <translation>Optimizēšana neizdevās</translation>
    </message>
    <message>
        <source>Fitted to %1 answers on %2 cards; %3 cards were kept out to check the fit.
Prediction error (log loss, lower is better): now %4, fitted %5.</source>
        <translation>Pielāgots %1 atbildēm par %2 kartītēm; %3 kartītes atstātas malā pielāgojuma pārbaudei.
Prognozes kļūda (log loss, mazāka ir labāka): pašlaik %4, pielāgotajam %5.</translation>
    </message>
    <message>
        <source>Your schedule is already a good fit</source>
        <translation>Jūsu grafiks jau ir labi pielāgots</translation>
    </message>
    <message>
        <source>The fitted weights would not predict better; nothing was changed.</source>
        <translation>Pielāgotais grafiks jūsu atbildes neprognozētu labāk; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Use the fitted schedule?</source>
        <translation>Lietot pielāgoto grafiku?</translation>
    </message>
    <message>
        <source>Use the fitted weights from now on?</source>
        <translation>Turpmāk lietot jums pielāgoto grafiku?</translation>
    </message>
    <message>
        <source>Could not save the fitted schedule</source>
        <translation>Neizdevās saglabāt pielāgoto grafiku</translation>
    </message>
    <message>
        <source>The fitted schedule is in use.</source>
        <translation>Tiek lietots pielāgotais grafiks.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>← Back</source>
        <translation>← Atpakaļ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Atpakaļ, kur bijāt (Esc)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Dokumenta nosaukums</translation>
    </message>
    <message>
        <source>&amp;Raw text</source>
        <translation>&amp;Teksts, kā failā</translation>
    </message>
    <message>
        <source>Show the file exactly as it is, line by line, instead of laid out for reading</source>
        <translation>Rādīt failu tieši tādu, kāds tas ir, rindu pa rindai, nevis sakārtotu lasīšanai</translation>
    </message>
    <message>
        <source>Highlighted section</source>
        <translation>Iezīmētā sadaļa</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumenta teksts</translation>
    </message>
    <message>
        <source>Document file</source>
        <translation>Dokumenta fails</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Ielādē dokumentu…</translation>
    </message>
    <message>
        <source>The document has changed since its cards were made, so the highlighted line may be a little off.</source>
        <translation>Dokuments ir mainījies kopš kartīšu izveides, tāpēc iezīmētā rinda var būt nedaudz nobīdījusies.</translation>
    </message>
    <message>
        <source>This is the web page&apos;s file as it is, tags included, so that line numbers match the cards.</source>
        <translation>Šis ir tīmekļa lapas fails, kāds tas ir, ar visiem tagiem, lai rindu numuri sakristu ar kartītēm.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fails: %1</translation>
    </message>
    <message>
        <source>The document cannot be shown</source>
        <translation>Dokumentu nevar parādīt</translation>
    </message>
    <message>
        <source>This question bank is no longer loaded, so its document cannot be shown.</source>
        <translation>Šī jautājumu banka vairs nav ielādēta, tāpēc tās dokumentu nevar parādīt.</translation>
    </message>
    <message>
        <source>This question bank does not say which document it was made from, so there is nothing to show.</source>
        <translation>Šajā jautājumu bankā nav norādīts, no kura dokumenta tā veidota, tāpēc nav ko rādīt.</translation>
    </message>
    <message>
        <source>The document “%1” was not found, so it cannot be shown.
Looked for it here:
%2
Put the file back in one of these places, or import it again.</source>
        <translation>Dokuments “%1” netika atrasts, tāpēc to nevar parādīt.
Meklēts šeit:
%2
Novietojiet failu atpakaļ vienā no šīm vietām vai importējiet to vēlreiz.</translation>
    </message>
    <message>
        <source>Line %1 is past the end of the document.</source>
        <translation>%1. rinda ir aiz dokumenta beigām.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1. rinda</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Rediģēt vienumu</translation>
    </message>
    <message>
        <source>%1 · Topic: %2</source>
        <translation>%1 · Tēma: %2</translation>
    </message>
    <message>
        <source>Source changed — check your edit. The document&apos;s line for this item changed since you edited it; the bank now says:</source>
        <translation>Avots mainījies — pārbaudiet savu labojumu. Kopš jūs šo vienumu rediģējāt, dokumenta rinda ir mainījusies; tagad bankā ir rakstīts:</translation>
    </message>
    <message>
        <source>&amp;Keep my edit</source>
        <translation>Paturēt manu la&amp;bojumu</translation>
    </message>
    <message>
        <source>&amp;Use the new text</source>
        <translation>&amp;Lietot jauno tekstu</translation>
    </message>
    <message>
        <source>The bank&apos;s own wording: %1</source>
        <translation>Bankas sākotnējais teksts: %1</translation>
    </message>
    <message>
        <source>&amp;Undo my edit</source>
        <translation>&amp;Atsaukt manu labojumu</translation>
    </message>
    <message>
        <source>Put back the wording before your last edit</source>
        <translation>Atjaunot tekstu, kāds bija pirms pēdējā labojuma</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Saglabāt (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ExamDateDialog</name>
    <message>
        <source>Exam date</source>
        <translation>Eksāmena datums</translation>
    </message>
    <message>
        <source>quizapp plans your reviews so that on the exam day you recall the share of cards you aim for: no review runs past the exam, and cards likely to be forgotten by then come back in the last days before it.</source>
        <translation>quizapp plāno atkārtošanu tā, lai eksāmena dienā jūs atcerētos iecerēto daļu kartīšu: neviens atkārtojums netiek plānots pēc eksāmena, un kartītes, kuras līdz tam, visticamāk, aizmirsīsiet, atgriežas pēdējās dienās pirms tā.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>The share of cards you want to recall on the exam day</source>
        <translation>Kartīšu daļa, ko vēlaties atcerēties eksāmena dienā</translation>
    </message>
    <message>
        <source>No exam</source>
        <translation>Bez eksāmena</translation>
    </message>
    <message>
        <source>Remove the exam date: scheduling is as usual</source>
        <translation>Noņemt eksāmena datumu: atkārtošana tiek plānota kā parasti</translation>
    </message>
</context>
<context>
    <name>ExamFields</name>
    <message>
        <source>Exam</source>
        <translation>Eksāmens</translation>
    </message>
    <message>
        <source>Studying for an exam on</source>
        <translation>Gatavojos eksāmenam</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Eksāmena datums</translation>
    </message>
    <message>
        <source>Target on exam day</source>
        <translation>Mērķis eksāmena dienā</translation>
    </message>
    <message>
        <source>Brought forward a day, at most</source>
        <translation>Agrāk atkārtojamās kartītes dienā, ne vairāk kā</translation>
    </message>
    <message>
        <source>No review runs past the exam; cards likely to be forgotten by then come back in the last days before it, a few a day.</source>
        <translation>Neviens atkārtojums netiek plānots pēc eksāmena; kartītes, kuras līdz tam, visticamāk, aizmirsīsiet, atgriežas pēdējās dienās pirms tā — pa dažām katru dienu.</translation>
    </message>
    <message>
        <source>Daily load</source>
        <translation>Dienas slodze</translation>
    </message>
    <message>
        <source>Even out the number of reviews from day to day</source>
        <translation>Izlīdzināt atkārtojumu skaitu starp dienām</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Parasti</translation>
    </message>
    <message>
        <source>Fewer reviews</source>
        <translation>Mazāk atkārtojumu</translation>
    </message>
    <message>
        <source>As few as possible</source>
        <translation>Pēc iespējas mazāk</translation>
    </message>
    <message>
        <source>A review whose day can move by a day or two goes to the day with fewer cards; days set to fewer reviews get fewer, but still some when every other day is full.</source>
        <translation>Atkārtojums, kura dienu var pārcelt par dienu vai divām, nonāk dienā, kurā ir mazāk kartīšu; dienās ar mazāku slodzi to ir mazāk, taču dažas tomēr ir, ja visas pārējās dienas ir pilnas.</translation>
    </message>
</context>
<context>
    <name>ExamPlanPanel</name>
    <message>
        <source>Set exam date…</source>
        <translation>Iestatīt eksāmena datumu…</translation>
    </message>
    <message>
        <source>Studying for an exam?</source>
        <translation>Gatavojaties eksāmenam?</translation>
    </message>
    <message>
        <source>Set its date, and quizapp plans your reviews so that you are ready on the day.</source>
        <translation>Norādiet tā datumu, un quizapp saplānos atkārtošanu tā, lai eksāmena dienā jūs būtu gatavi.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Mainīt…</translation>
    </message>
    <message>
        <source>Change the exam date</source>
        <translation>Mainīt eksāmena datumu</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Eksāmens</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Plāns tiek gatavots…</translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation>Eksāmens ir garām</translation>
    </message>
    <message>
        <source>Reviews are scheduled as usual again. Set a new date for your next exam.</source>
        <translation>Atkārtošana atkal tiek plānota kā parasti. Norādiet nākamā eksāmena datumu.</translation>
    </message>
    <message>
        <source>The exam is today</source>
        <translation>Eksāmens ir šodien</translation>
    </message>
    <message>
        <source>Predicted recall today: %1 (target %2).</source>
        <translation>Paredzamā atcerēšanās šodien: %1 (mērķis %2).</translation>
    </message>
    <message>
        <source>Target reached. Good luck!</source>
        <translation>Mērķis sasniegts. Veiksmi!</translation>
    </message>
    <message>
        <source>Below the target: a last look at the weakest topics helps most.</source>
        <translation>Zem mērķa: visvairāk palīdzēs vēlreiz ieskatīties vājākajās tēmās.</translation>
    </message>
    <message numerus="yes">
        <source>Exam in %n day(s)</source>
        <translation>
            <numerusform>Eksāmens pēc %n dienas</numerusform>
            <numerusform>Eksāmens pēc %n dienām</numerusform>
            <numerusform>Eksāmens pēc %n dienām</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n card(s) to study</source>
        <translation>
            <numerusform>Šodien jāmācās %n kartīte</numerusform>
            <numerusform>Šodien jāmācās %n kartītes</numerusform>
            <numerusform>Šodien jāmācās %n kartīšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them brought forward for the exam</source>
        <translation>
            <numerusform>, %n no tām eksāmena dēļ tiek atkārtota agrāk</numerusform>
            <numerusform>, %n no tām eksāmena dēļ tiek atkārtotas agrāk</numerusform>
            <numerusform>, %n no tām eksāmena dēļ tiek atkārtotas agrāk</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted recall on exam day if you stopped now: %1 (target %2).</source>
        <translation>Paredzamā atcerēšanās eksāmena dienā, ja tagad beigtu mācīties: %1 (mērķis %2).</translation>
    </message>
    <message>
        <source>Weakest on exam day:</source>
        <translation>Vājākās tēmas eksāmena dienā:</translation>
    </message>
    <message>
        <source>On track: the plan fits your daily limits. Study the cards each day brings.</source>
        <translation>Plāns izpildāms: tas iekļaujas jūsu dienas ierobežojumos. Mācieties katras dienas kartītes.</translation>
    </message>
    <message numerus="yes">
        <source>Not on track: too few days are left to see the %n new card(s) twice before the exam.</source>
        <translation>
            <numerusform>Plāns nav izpildāms: palicis par maz dienu, lai pirms eksāmena divreiz redzētu %n jauno kartīti.</numerusform>
            <numerusform>Plāns nav izpildāms: palicis par maz dienu, lai pirms eksāmena divreiz redzētu %n jaunās kartītes.</numerusform>
            <numerusform>Plāns nav izpildāms: palicis par maz dienu, lai pirms eksāmena divreiz redzētu %n jauno kartīšu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on track: at %1 new cards a day, the %n new card(s) cannot all be seen twice before the exam. It takes %2 a day: raise New cards per day in Settings, or move the exam.</source>
        <translation>
            <numerusform>Plāns nav izpildāms: ja dienā ir %1 jaunas kartītes, %n jauno kartīti nevar pirms eksāmena redzēt divreiz. Vajag %2 dienā: palieliniet iestatījumu «Jaunas kartītes dienā» vai pārceliet eksāmenu.</numerusform>
            <numerusform>Plāns nav izpildāms: ja dienā ir %1 jaunas kartītes, %n jaunās kartītes nevar visas pirms eksāmena redzēt divreiz. Vajag %2 dienā: palieliniet iestatījumu «Jaunas kartītes dienā» vai pārceliet eksāmenu.</numerusform>
            <numerusform>Plāns nav izpildāms: ja dienā ir %1 jaunas kartītes, %n jauno kartīšu nevar visas pirms eksāmena redzēt divreiz. Vajag %2 dienā: palieliniet iestatījumu «Jaunas kartītes dienā» vai pārceliet eksāmenu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on track: %n card(s) are predicted below the target, more than can be brought forward in the days left at %1 a day. Raise the daily cap in Settings, or move the exam.</source>
        <translation>
            <numerusform>Plāns nav izpildāms: %n kartītes paredzamā atcerēšanās ir zem mērķa — vairāk, nekā atlikušajās dienās var atkārtot agrāk, ja dienā drīkst %1. Palieliniet šo ierobežojumu iestatījumos vai pārceliet eksāmenu.</numerusform>
            <numerusform>Plāns nav izpildāms: %n kartīšu paredzamā atcerēšanās ir zem mērķa — vairāk, nekā atlikušajās dienās var atkārtot agrāk, ja dienā drīkst %1. Palieliniet šo ierobežojumu iestatījumos vai pārceliet eksāmenu.</numerusform>
            <numerusform>Plāns nav izpildāms: %n kartīšu paredzamā atcerēšanās ir zem mērķa — vairāk, nekā atlikušajās dienās var atkārtot agrāk, ja dienā drīkst %1. Palieliniet šo ierobežojumu iestatījumos vai pārceliet eksāmenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the exam date: %1</source>
        <translation>Neizdevās saglabāt eksāmena datumu: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>The clock waits while you read.</source>
        <translation>Pulkstenis gaida, kamēr lasāt.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Pareizi!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ne gluži.</translation>
    </message>
    <message>
        <source>Time’s up for this question. This is the answer:</source>
        <translation>Šim jautājumam laiks beidzies. Pareizā atbilde ir šī:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the document (Ctrl+F)</source>
        <translation>Meklēt dokumentā (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Meklēt dokumentā</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Iepriekšējā atbilstība (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>Nākamā atbilstība (F3 vai Enter)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Meklēšanas rezultāts</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nav atbilstību</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>Vairāk nekā %1 atbilstības</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 no vairāk nekā %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Welcome! Every card and question here is made from the article under “Your material”.
Press Study now to learn the flashcards, or take a quick quiz to see where you stand; what you miss comes back sooner.</source>
        <translation>Laipni lūdzam! Katra kartīte un jautājums šeit ir veidots no raksta sadaļā “Jūsu materiāls”.
Nospiediet “Mācīties tagad”, lai apgūtu kartītes, vai izpildiet ātro testu, lai redzētu, kur esat; to, ko nezināt, redzēsiet atkal ātrāk.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jaunas</translation>
    </message>
    <message>
        <source>Cards you have not seen yet that today&apos;s limit brings</source>
        <translation>Kartītes, kas šodien jums tiks rādītas pirmo reizi</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Iesāktas</translation>
    </message>
    <message>
        <source>Cards you have just started or forgotten: they come back within minutes</source>
        <translation>Kartītes, ko tikko sākāt mācīties vai aizmirsāt: tās atgriežas pēc dažām minūtēm</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Jāatkārto</translation>
    </message>
    <message>
        <source>Cards you know that are due for review today, so they stay remembered</source>
        <translation>Kartītes, ko jau zināt un kas šodien jāatkārto, lai tās nepiemirstos</translation>
    </message>
    <message>
        <source>&amp;Study now</source>
        <translation>&amp;Mācīties tagad</translation>
    </message>
    <message>
        <source>Study m&amp;ore…</source>
        <translation>Mācīties &amp;vairāk…</translation>
    </message>
    <message>
        <source>More new cards today, review ahead, or one topic now — beyond the daily limits</source>
        <translation>Vairāk jaunu kartīšu šodien, atkārtošana uz priekšu vai viena tēma tagad — pāri dienas limitiem</translation>
    </message>
    <message>
        <source>&amp;Quick quiz (weak topics)</source>
        <translation>Ā&amp;trais tests (vājās tēmas)</translation>
    </message>
    <message>
        <source>&amp;Custom quiz…</source>
        <translation>Pie&amp;lāgots tests…</translation>
    </message>
    <message>
        <source>Choose the number of questions, the time limit, the topics and the kinds</source>
        <translation>Izvēlieties jautājumu skaitu, laika ierobežojumu, tēmas un jautājumu veidus</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>&amp;Statistika</translation>
    </message>
    <message>
        <source>Your material</source>
        <translation>Jūsu materiāls</translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation>Vājākās tēmas</translation>
    </message>
    <message>
        <source>Each topic&apos;s mastery is the share of its facts you are predicted to remember then: from how well each flashcard is known and your recent quiz answers. Facts you have not studied count as not known. Click a topic to study it or take a quiz on it.</source>
        <translation>Tēmas apguve ir tā tēmas faktu daļa, ko tad, pēc prognozes, vēl atcerēsieties. To rēķina no tā, cik labi zināt katru kartīti, un no jūsu nesenajām testa atbildēm. Fakti, ko vēl neesat mācījies, skaitās nezināmi. Noklikšķiniet uz tēmas, lai to mācītos vai pildītu testu par to.</translation>
    </message>
    <message>
        <source>Loading your progress…</source>
        <translation>Ielādē jūsu progresu…</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>bez laika ierobežojuma</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) for the whole quiz</source>
        <translation>
            <numerusform>%n minūte visam testam</numerusform>
            <numerusform>%n minūtes visam testam</numerusform>
            <numerusform>%n minūšu visam testam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) for each question</source>
        <translation>
            <numerusform>%n sekunde katram jautājumam</numerusform>
            <numerusform>%n sekundes katram jautājumam</numerusform>
            <numerusform>%n sekunžu katram jautājumam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on your weakest topics</source>
        <translation>
            <numerusform>%n jautājums par jūsu vājākajām tēmām</numerusform>
            <numerusform>%n jautājumi par jūsu vājākajām tēmām</numerusform>
            <numerusform>%n jautājumu par jūsu vājākajām tēmām</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load your progress: %1</source>
        <translation>Neizdevās ielādēt jūsu progresu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to study today.</source>
        <translation>
            <numerusform>Šodien jāmācās %n kartīte.</numerusform>
            <numerusform>Šodien jāmācās %n kartītes.</numerusform>
            <numerusform>Šodien jāmācās %n kartīšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due right now — a quiz is a good way to keep going.</source>
        <translation>Pašlaik nekas nav jāatkārto — tests ir labs veids, kā turpināt.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Sērija: %n diena</numerusform>
            <numerusform>Sērija: %n dienas</numerusform>
            <numerusform>Sērija: %n dienu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n</source>
        <translation>
            <numerusform>garākā %n</numerusform>
            <numerusform>garākā %n</numerusform>
            <numerusform>garākā %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Sērijas vēl nav</translation>
    </message>
    <message>
        <source>A question bank was skipped: %1</source>
        <translation>Jautājumu banka tika izlaista: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Šodienas automātiskā rezerves kopija neizdevās: %1</translation>
    </message>
    <message>
        <source>Settings file problem, defaults used: %1</source>
        <translation>Iestatījumu faila problēma, izmantoti noklusējumi: %1</translation>
    </message>
    <message>
        <source>Reading your question banks…</source>
        <translation>Lasa jūsu jautājumu bankas…</translation>
    </message>
    <message>
        <source>No question banks found. Import a document with File › Import document…</source>
        <translation>Jautājumu bankas nav atrastas. Importējiet dokumentu ar Fails › Importēt dokumentu…</translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s)</source>
        <translation>
            <numerusform>%n kartīte</numerusform>
            <numerusform>%n kartītes</numerusform>
            <numerusform>%n kartīšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n jautājums</numerusform>
            <numerusform>%n jautājumi</numerusform>
            <numerusform>%n jautājumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to study today</source>
        <translation>
            <numerusform>šodien jāmācās %n</numerusform>
            <numerusform>šodien jāmācās %n</numerusform>
            <numerusform>šodien jāmācās %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What you are predicted to remember in %n day(s)</source>
        <translation>
            <numerusform>Ko pēc %n dienas vēl atcerēsieties (prognoze)</numerusform>
            <numerusform>Ko pēc %n dienām vēl atcerēsieties (prognoze)</numerusform>
            <numerusform>Ko pēc %n dienām vēl atcerēsieties (prognoze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Mācīties</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Mācīties: %1</translation>
    </message>
    <message>
        <source>Read the document</source>
        <translation>Lasīt dokumentu</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lasīt: %1</translation>
    </message>
    <message>
        <source>Loading your topics…</source>
        <translation>Ielādē jūsu tēmas…</translation>
    </message>
    <message>
        <source>Study a few cards or take a quiz, and your weakest topics show up here.</source>
        <translation>Pamācieties dažas kartītes vai izpildiet testu, un šeit parādīsies jūsu vājākās tēmas.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lasa %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Import document</source>
        <translation>Importēt dokumentu</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Importēšana atcelta; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Nevar importēt %1</translation>
    </message>
    <message>
        <source>The import was not saved</source>
        <translation>Imports netika saglabāts</translation>
    </message>
    <message>
        <source>“%1” was already up to date.</source>
        <translation>“%1” jau bija aktuāls.</translation>
    </message>
    <message>
        <source>“%1” updated: your progress on unchanged cards is kept.</source>
        <translation>“%1” atjaunināts: progress par nemainītajām kartītēm saglabāts.</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>“%1” importēts.</translation>
    </message>
    <message>
        <source>Import a study document</source>
        <translation>Importēt mācību dokumentu</translation>
    </message>
    <message>
        <source>Study documents (%1);;All files (*)</source>
        <translation>Mācību dokumenti (%1);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Nav UTF-8 teksts</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Read it as older Latvian text (Windows-1257)?</source>
        <translation>%1 nav UTF-8 teksts. Lasīt to kā vecāku latviešu tekstu (Windows-1257)?</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Key points</source>
        <translation>Atslēgas atziņas</translation>
    </message>
    <message>
        <source>Comparison table rows</source>
        <translation>Salīdzināšanas tabulas rindas</translation>
    </message>
    <message>
        <source>“What is …?” sections</source>
        <translation>Sadaļas “Kas ir …?”</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Galvenās atšķirības</translation>
    </message>
    <message>
        <source>Other headed sections</source>
        <translation>Citas sadaļas ar virsrakstiem</translation>
    </message>
    <message>
        <source>A comparison table row could not be split into its cells</source>
        <translation>Salīdzināšanas tabulas rindu neizdevās sadalīt šūnās</translation>
    </message>
    <message>
        <source>The document ends inside the comparison table</source>
        <translation>Dokuments beidzas salīdzināšanas tabulas vidū</translation>
    </message>
    <message>
        <source>No key points found</source>
        <translation>Atslēgas atziņas nav atrastas</translation>
    </message>
    <message>
        <source>No comparison table found</source>
        <translation>Salīdzināšanas tabula nav atrasta</translation>
    </message>
    <message>
        <source>No “What is …?” sections found</source>
        <translation>Sadaļas “Kas ir …?” nav atrastas</translation>
    </message>
    <message>
        <source>No list of key differences found</source>
        <translation>Galveno atšķirību saraksts nav atrasts</translation>
    </message>
    <message>
        <source>A key difference lacks the text for one side</source>
        <translation>Kādai galvenajai atšķirībai trūkst teksta vienai pusei</translation>
    </message>
    <message>
        <source>The title does not name the two things compared</source>
        <translation>Virsrakstā nav nosauktas abas salīdzināmās puses</translation>
    </message>
    <message>
        <source>No known structure: cards come from headings and paragraphs</source>
        <translation>Nav zināmas struktūras: kartītes veidotas no virsrakstiem un rindkopām</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Importa priekšskatījums</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>No %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s)</source>
        <translation>
            <numerusform>%n kartīte</numerusform>
            <numerusform>%n kartītes</numerusform>
            <numerusform>%n kartīšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice question(s)</source>
        <translation>
            <numerusform>%n izvēles jautājums</numerusform>
            <numerusform>%n izvēles jautājumi</numerusform>
            <numerusform>%n izvēles jautājumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n true/false statement(s)</source>
        <translation>
            <numerusform>%n patiess/nepatiess apgalvojums</numerusform>
            <numerusform>%n patiesi/nepatiesi apgalvojumi</numerusform>
            <numerusform>%n patiesu/nepatiesu apgalvojumu</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the document</source>
        <translation>Dokumenta daļa</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Atrasts</translation>
    </message>
    <message>
        <source>Cards and questions</source>
        <translation>Kartītes un jautājumi</translation>
    </message>
    <message>
        <source>A few of its cards:</source>
        <translation>Dažas no tās kartītēm:</translation>
    </message>
    <message>
        <source>Not everything could be used:</source>
        <translation>Ne visu izdevās izmantot:</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Save. Importing the same document again later keeps your progress on every card that did not change.</source>
        <translation>Nekas netiek saglabāts, kamēr nenospiežat “Saglabāt”. Vēlāk importējot to pašu dokumentu atkārtoti, progress par katru nemainīto kartīti saglabājas.</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n h</translation>
    </message>
    <message>
        <source>%n d</source>
        <translation>%n d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mēn.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 g.</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n s</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>&amp;Flag as a bad question</source>
        <translation>&amp;Atzīmēt kā sliktu jautājumu</translation>
    </message>
    <message>
        <source>&amp;Clear the flag</source>
        <translation>&amp;Noņemt atzīmi</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Apturēt</translation>
    </message>
    <message>
        <source>&amp;Bury until tomorrow</source>
        <translation>Paslēpt &amp;līdz rītdienai</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Kaut kas nogāja greizi: %1</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>&amp;Keep my edit</source>
        <translation>Paturēt manu la&amp;bojumu</translation>
    </message>
    <message>
        <source>&amp;Use the new text</source>
        <translation>&amp;Lietot jauno tekstu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>Atlasīts %n vienums.</numerusform>
            <numerusform>Atlasīti %n vienumi.</numerusform>
            <numerusform>Atlasīts %n vienumu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to see it in full. Double-click or Enter edits it.</source>
        <translation>Atlasiet vienumu, lai to redzētu pilnībā. Dubultklikšķis vai Enter to rediģē.</translation>
    </message>
    <message>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · id %3</translation>
    </message>
    <message>
        <source>The bank now says: %1</source>
        <translation>Tagad bankā ir rakstīts: %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Remove this option</source>
        <translation>Noņemt šo variantu</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Pareizā atbilde</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Answer (back)</source>
        <translation>Atbilde (kartītes otrā puse)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Pievienot atbilžu variantu</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Patiess</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepatiess</translation>
    </message>
    <message>
        <source>Explanation (shown after a mistake)</source>
        <translation>Skaidrojums (parādās pēc kļūdas)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Skaidrojums</translation>
    </message>
    <message>
        <source>Front (the question)</source>
        <translation>Priekšpuse (jautājums)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Apgalvojums</translation>
    </message>
    <message>
        <source>Sentence, with the blank written as {{answer}}</source>
        <translation>Teikums, kurā tukšā vieta rakstīta kā {{atbilde}}</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Steps, in their right order</source>
        <translation>Soļi pareizajā secībā</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Atbilžu varianti</translation>
    </message>
    <message>
        <source>Mark the right answer; every other option must be wrong.</source>
        <translation>Atzīmējiet pareizo atbildi; visiem pārējiem variantiem jābūt nepareiziem.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>%1. variants</translation>
    </message>
    <message>
        <source>Option %1 is the right answer</source>
        <translation>%1. variants ir pareizā atbilde</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Items</source>
        <translation>Vienumi</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>Flashcard</source>
        <translation>Kartīte</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Izvēles jautājums</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Patiess vai nepatiess</translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation>Tukšā vieta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Secība</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Nepareizs</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Divdomīgs</translation>
    </message>
    <message>
        <source>Gives the answer away</source>
        <translation>Atklāj atbildi</translation>
    </message>
    <message>
        <source>Ungrammatical</source>
        <translation>Gramatiski nepareizs</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Triviāls</translation>
    </message>
    <message>
        <source>Right at first sight, faster than it can be read</source>
        <translation>Pareizi jau pirmajā reizē, ātrāk, nekā to var izlasīt</translation>
    </message>
    <message>
        <source>Always right in quizzes while its flashcard fails</source>
        <translation>Testos vienmēr pareizi, bet tā kartīte netiek atcerēta</translation>
    </message>
    <message>
        <source>The same wrong option chosen again and again</source>
        <translation>Atkal un atkal izvēlēts viens un tas pats nepareizais variants</translation>
    </message>
    <message>
        <source>&amp;Wrong</source>
        <translation>&amp;Nepareizs</translation>
    </message>
    <message>
        <source>&amp;Ambiguous</source>
        <translation>&amp;Divdomīgs</translation>
    </message>
    <message>
        <source>&amp;Gives the answer away</source>
        <translation>&amp;Atklāj atbildi</translation>
    </message>
    <message>
        <source>&amp;Ungrammatical</source>
        <translation>&amp;Gramatiski nepareizs</translation>
    </message>
    <message>
        <source>&amp;Trivial</source>
        <translation>&amp;Triviāls</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Ierakstiet jautājumu.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Ierakstiet atbildi.</translation>
    </message>
    <message>
        <source>An option is empty: fill it in or remove it.</source>
        <translation>Kāds variants ir tukšs: aizpildiet vai noņemiet to.</translation>
    </message>
    <message>
        <source>Give at least two options.</source>
        <translation>Norādiet vismaz divus variantus.</translation>
    </message>
    <message>
        <source>Give at most nine options.</source>
        <translation>Norādiet ne vairāk kā deviņus variantus.</translation>
    </message>
    <message>
        <source>Two options are the same.</source>
        <translation>Divi varianti ir vienādi.</translation>
    </message>
    <message>
        <source>Mark exactly one option as the right answer.</source>
        <translation>Atzīmējiet tieši vienu variantu kā pareizo atbildi.</translation>
    </message>
    <message>
        <source>Mark exactly one blank in the sentence as {{answer}}.</source>
        <translation>Atzīmējiet teikumā tieši vienu tukšo vietu kā {{atbilde}}.</translation>
    </message>
    <message>
        <source>The right option must be the text in {{…}}.</source>
        <translation>Pareizajam variantam jābūt tekstam iekavās {{…}}.</translation>
    </message>
    <message>
        <source>A text is too long (at most 4,000 characters).</source>
        <translation>Teksts ir pārāk garš (ne vairāk kā 4000 rakstzīmju).</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Pēdiņas nav aizvērtas.</translation>
    </message>
    <message>
        <source>The brackets do not match.</source>
        <translation>Iekavas nesakrīt.</translation>
    </message>
    <message>
        <source>“%1” needs something after the colon.</source>
        <translation>Pēc “%1” kola vajag norādīt vērtību.</translation>
    </message>
    <message>
        <source>There is no filter “%1:”. Filters: topic:, kind:, is:, fact:, bank:.</source>
        <translation>Filtra “%1:” nav. Filtri: topic:, kind:, is:, fact:, bank:.</translation>
    </message>
    <message>
        <source>There is no “is:%1”. Try is:due, is:new, is:suspended, is:buried, is:flagged, is:edited, is:changed, is:mine or is:leech.</source>
        <translation>“is:%1” nav. Izmēģiniet is:due, is:new, is:suspended, is:buried, is:flagged, is:edited, is:changed, is:mine vai is:leech.</translation>
    </message>
    <message>
        <source>There is no “kind:%1”. Try kind:card, kind:choice, kind:truefalse, kind:cloze or kind:order.</source>
        <translation>“kind:%1” nav. Izmēģiniet kind:card, kind:choice, kind:truefalse, kind:cloze vai kind:order.</translation>
    </message>
    <message>
        <source>“or” needs a search on both sides.</source>
        <translation>Vārdam “or” abās pusēs vajag meklējamo.</translation>
    </message>
    <message>
        <source>“-” needs a search right after it.</source>
        <translation>Tūlīt aiz “-” vajag meklējamo.</translation>
    </message>
    <message>
        <source>Suspended: out of study and quizzes until you restore it.</source>
        <translation>Apturēts: izņemts no mācībām un testiem, līdz to atjaunosiet.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Atjaunots.</translation>
    </message>
    <message>
        <source>Buried until the next study day.</source>
        <translation>Paslēpts līdz nākamajai mācību dienai.</translation>
    </message>
    <message>
        <source>Flagged.</source>
        <translation>Atzīmēts.</translation>
    </message>
    <message>
        <source>Flag cleared.</source>
        <translation>Atzīme noņemta.</translation>
    </message>
    <message>
        <source>Your edit is saved.</source>
        <translation>Jūsu labojums ir saglabāts.</translation>
    </message>
    <message>
        <source>Your edit is undone.</source>
        <translation>Jūsu labojums ir atsaukts.</translation>
    </message>
    <message>
        <source>Your edit is kept.</source>
        <translation>Jūsu labojums ir paturēts.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Pievienots.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Dzēsts.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave this quiz?</source>
        <translation>Pamest šo testu?</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Turpināt</translation>
    </message>
    <message numerus="yes">
        <source>Your %n answer(s) so far can count: they go into your results and your statistics, and a mistake brings its flashcard back for study. The questions you have not reached never count.</source>
        <translation>
            <numerusform>Jūsu līdz šim dotā %n atbilde var tikt ieskaitīta: tā nonāks rezultātos un statistikā, un, ja tā ir kļūdaina, tās kartīte atgriezīsies mācībās. Jautājumi, līdz kuriem netikāt, netiek skaitīti.</numerusform>
            <numerusform>Jūsu līdz šim dotās %n atbildes var tikt ieskaitītas: tās nonāks rezultātos un statistikā, un par katru kļūdu tās kartīte atgriezīsies mācībās. Jautājumi, līdz kuriem netikāt, netiek skaitīti.</numerusform>
            <numerusform>Jūsu līdz šim dotās %n atbildes var tikt ieskaitītas: tās nonāks rezultātos un statistikā, un par katru kļūdu tās kartīte atgriezīsies mācībās. Jautājumi, līdz kuriem netikāt, netiek skaitīti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n answer(s)</source>
        <translation>
            <numerusform>Paturēt manu %n atbildi</numerusform>
            <numerusform>Paturēt manas %n atbildes</numerusform>
            <numerusform>Paturēt manas %n atbildes</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Atmest tās</translation>
    </message>
    <message>
        <source>Nothing has been answered yet, so nothing is saved.</source>
        <translation>Vēl nekas nav atbildēts, tāpēc nekas netiks saglabāts.</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Pamest testu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your progress…</source>
        <translation>Atver jūsu progresu…</translation>
    </message>
    <message>
        <source>Nothing to undo here: Ctrl+Z takes back your last answer on the study screen.</source>
        <translation>Šeit nav ko atsaukt: Ctrl+Z atsauc jūsu pēdējo atbildi mācību ekrānā.</translation>
    </message>
    <message>
        <source>Opened read-only: you can look around, but answers are not saved.</source>
        <translation>Atvērts tikai lasīšanai: varat apskatīties, bet atbildes netiek saglabātas.</translation>
    </message>
    <message>
        <source>Progress folder: %1</source>
        <translation>Progresa mape: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Kaut kas nogāja greizi: %1</translation>
    </message>
</context>
<context>
    <name>MasteryBar</name>
    <message>
        <source>%1 of %2 studied</source>
        <translation>mācīti %1 no %2</translation>
    </message>
    <message>
        <source>Predicted to be remembered in %1 days: %2% of its facts</source>
        <translation>Prognoze: pēc %1 dienām atcerēsieties %2% tās faktu</translation>
    </message>
    <message>
        <source>Facts studied or asked: %1 of %2 (the others count as not known)</source>
        <translation>Mācīti vai testā jautāti fakti: %1 no %2 (pārējie skaitās nezināmi)</translation>
    </message>
    <message>
        <source>From the flashcards alone: %1%</source>
        <translation>Tikai pēc kartītēm: %1%</translation>
    </message>
    <message>
        <source>Times forgotten: %1; cards forgotten again and again: %2</source>
        <translation>Cik reižu aizmirsts: %1; kartītes, kas aizmirstas atkal un atkal: %2</translation>
    </message>
    <message>
        <source>Recent quiz answers right: %1 of %2</source>
        <translation>Pareizas atbildes pēdējos testos: %1 no %2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Pā&amp;riet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediģēt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Rī&amp;ki</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation>Importēt &amp;dokumentu…</translation>
    </message>
    <message>
        <source>Export flashcards to &amp;Anki…</source>
        <translation>Eksportēt kartītes uz &amp;Anki…</translation>
    </message>
    <message>
        <source>Export questions as &amp;CSV…</source>
        <translation>Eksportēt jautājumus kā &amp;CSV…</translation>
    </message>
    <message>
        <source>Export review &amp;history as CSV…</source>
        <translation>Eksportēt atkārtojumu &amp;vēsturi kā CSV…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Izveidot &amp;rezerves kopiju</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Atjau&amp;not no rezerves kopijas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Sākums</translation>
    </message>
    <message>
        <source>&amp;Study now</source>
        <translation>&amp;Mācīties tagad</translation>
    </message>
    <message>
        <source>Study &amp;more today…</source>
        <translation>Mācīties &amp;vairāk šodien…</translation>
    </message>
    <message>
        <source>&amp;Quick quiz (weak topics)</source>
        <translation>Ā&amp;trais tests (vājās tēmas)</translation>
    </message>
    <message>
        <source>&amp;Custom quiz…</source>
        <translation>Pie&amp;lāgots tests…</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>Stat&amp;istika</translation>
    </message>
    <message>
        <source>&amp;Browse items</source>
        <translation>&amp;Pārlūkot vienumus</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Add an item…</source>
        <translation>Pie&amp;vienot vienumu…</translation>
    </message>
    <message>
        <source>Studying: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; E edits the card, ! suspends it, - buries it until tomorrow, * flags it; Ctrl+Z undoes the last answer or action.
Quizzes: 1–4 or A–D choose an option, T or F for true/false; S skips; Enter or Space goes on after feedback, where E, !, - and * act on the question; Esc asks before leaving.
Browse: Ctrl+F searches; on the table E or Enter edits, ! suspends, - buries, * flags; Ctrl+Z undoes.
Statistics: F5 refreshes. Document: Ctrl+F finds, F3 / Shift+F3 next and previous.
Everywhere: Ctrl+1 home, Ctrl+2 study, Ctrl+3 quick quiz, Ctrl+4 custom quiz, Ctrl+5 statistics, Ctrl+B browse, Ctrl+N add an item, Ctrl+O import a document, Ctrl+Shift+B back up, Ctrl+, settings, Esc goes back.</source>
        <translation>Mācoties: atstarpe vai Enter parāda atbildi; 1 Vēlreiz, 2 Grūti, 3 Labi, 4 Viegli; E rediģē kartīti, ! to aptur, - paslēpj līdz rītdienai, * atzīmē; Ctrl+Z atsauc pēdējo atbildi vai darbību.
Testos: 1–4 vai A–D izvēlas atbildi, T vai F — patiess/nepatiess; S izlaiž; Enter vai atstarpe turpina pēc atgriezeniskās saites, kur E, !, - un * darbojas ar jautājumu; Esc pirms iziešanas pajautā.
Pārlūkā: Ctrl+F meklē; tabulā E vai Enter rediģē, ! aptur, - paslēpj, * atzīmē; Ctrl+Z atsauc.
Statistikā: F5 atjauno. Dokumentā: Ctrl+F meklē, F3 / Shift+F3 — nākamais un iepriekšējais.
Visur: Ctrl+1 sākums, Ctrl+2 mācīties, Ctrl+3 ātrais tests, Ctrl+4 pielāgots tests, Ctrl+5 statistika, Ctrl+B pārlūkot, Ctrl+N pievienot vienumu, Ctrl+O importēt dokumentu, Ctrl+Shift+B rezerves kopija, Ctrl+, iestatījumi, Esc atpakaļ.</translation>
    </message>
    <message>
        <source>&amp;Optimise the schedule…</source>
        <translation>&amp;Optimizēt grafiku…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastatūras īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>&amp;About quizapp</source>
        <translation>&amp;Par quizapp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatūras īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>About quizapp</source>
        <translation>Par quizapp</translation>
    </message>
    <message>
        <source>quizapp %1 — learn one document thoroughly.
Your progress is kept in %2</source>
        <translation>quizapp %1 — apgūstiet vienu dokumentu pamatīgi.
Jūsu progress tiek glabāts mapē %2</translation>
    </message>
</context>
<context>
    <name>OptionList</name>
    <message>
        <source>Your answer — right</source>
        <translation>Jūsu atbilde — pareizi</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Pareizā atbilde</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jūsu atbilde</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>%1. solis</translation>
    </message>
    <message>
        <source>Step %1, not %2</source>
        <translation>%1. solis, nevis %2.</translation>
    </message>
</context>
<context>
    <name>QuickQuizIntro</name>
    <message>
        <source>Quick quiz</source>
        <translation>Ātrais tests</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Sākt testu</translation>
    </message>
    <message>
        <source>Choose &amp;my own…</source>
        <translation>&amp;Izvēlēties pašam…</translation>
    </message>
    <message>
        <source>Choose the number of questions, the time and the topics yourself</source>
        <translation>Pašam izvēlēties jautājumu skaitu, laiku un tēmas</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ne tagad</translation>
    </message>
    <message>
        <source>Your answers count toward each topic&apos;s mastery, and a question you miss brings its flashcard back for study. Esc leaves at any time, and you choose whether to keep the answers so far. This is explained only before your first quick quiz; Settings › Quizzes changes these defaults.</source>
        <translation>Jūsu atbildes ietekmē katras tēmas apguvi, un par katru kļūdu attiecīgā kartīte atgriezīsies mācībās. Ar Esc varat iziet jebkurā brīdī un izvēlēties, vai līdzšinējās atbildes paturēt. Šo paskaidrojumu redzēsiet tikai pirms pirmā ātrā testa; noklusējumus var mainīt sadaļā Iestatījumi › Testi.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) for the whole quiz</source>
        <translation>
            <numerusform>%n minūte visam testam</numerusform>
            <numerusform>%n minūtes visam testam</numerusform>
            <numerusform>%n minūšu visam testam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) for each question</source>
        <translation>
            <numerusform>%n sekunde katram jautājumam</numerusform>
            <numerusform>%n sekundes katram jautājumam</numerusform>
            <numerusform>%n sekunžu katram jautājumam</numerusform>
        </translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Bez laika ierobežojuma</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on your weakest topics — on every topic until you have studied some</source>
        <translation>
            <numerusform>%n jautājums par jūsu vājākajām tēmām — kamēr neko neesat mācījies, par visām tēmām</numerusform>
            <numerusform>%n jautājumi par jūsu vājākajām tēmām — kamēr neko neesat mācījies, par visām tēmām</numerusform>
            <numerusform>%n jautājumu par jūsu vājākajām tēmām — kamēr neko neesat mācījies, par visām tēmām</numerusform>
        </translation>
    </message>
    <message>
        <source>You see right or wrong, and why, after each answer.</source>
        <translation>Pēc katras atbildes redzēsiet, vai tā ir pareiza, un kāpēc.</translation>
    </message>
    <message>
        <source>You see what you got right at the end.</source>
        <translation>To, ko atbildējāt pareizi, redzēsiet beigās.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>True</source>
        <translation>Patiess</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepatiess</translation>
    </message>
</context>
<context>
    <name>QuizClockBar</name>
    <message>
        <source>No time limit</source>
        <translation>Bez laika ierobežojuma</translation>
    </message>
    <message>
        <source>Quiz time left</source>
        <translation>Testam atlikušais laiks</translation>
    </message>
    <message>
        <source>Time for this question</source>
        <translation>Laiks šim jautājumam</translation>
    </message>
</context>
<context>
    <name>QuizItemKeys</name>
    <message>
        <source>Edit question…</source>
        <translation>Rediģēt jautājumu…</translation>
    </message>
    <message>
        <source>Fix this question (E)</source>
        <translation>Labot šo jautājumu (E)</translation>
    </message>
    <message>
        <source>Suspend, bury or flag</source>
        <translation>Apturēt, paslēpt vai atzīmēt</translation>
    </message>
    <message>
        <source>Suspend (!), bury (-) or flag (*) this question</source>
        <translation>Apturēt (!), paslēpt līdz rītdienai (-) vai atzīmēt (*) šo jautājumu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Atsaukts.</translation>
    </message>
    <message>
        <source>Later quizzes ask it as you wrote it.</source>
        <translation>Turpmākajos testos tas tiks jautāts tā, kā jūs to uzrakstījāt.</translation>
    </message>
</context>
<context>
    <name>QuizResultsPage</name>
    <message>
        <source>What you mix up</source>
        <translation>Ko jūs sajaucat</translation>
    </message>
    <message>
        <source>The wrong options you chose in this quiz&apos;s topics, and what was right. One fades once you answer its question right three times in a row.</source>
        <translation>Nepareizie varianti, ko izvēlējāties šī testa tēmās, un kas bija pareizi. Sajaukums pazūd, kad uz tā jautājumu trīs reizes pēc kārtas atbildat pareizi.</translation>
    </message>
    <message>
        <source>&amp;Retry mistakes</source>
        <translation>&amp;Atkārtot kļūdas</translation>
    </message>
    <message>
        <source>The questions you missed again, in another order, their options reshuffled</source>
        <translation>Kļūdainie jautājumi vēlreiz — citā secībā un ar sajauktām atbilžu iespējām</translation>
    </message>
    <message>
        <source>&amp;Study these topics</source>
        <translation>Mā&amp;cīties šīs tēmas</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>Atpakaļ uz &amp;sākumu</translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation>Atpakaļ uz sākuma ekrānu (Esc)</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Pa tēmām</translation>
    </message>
    <message>
        <source>Quiz finished</source>
        <translation>Tests pabeigts</translation>
    </message>
    <message>
        <source>Time’s up</source>
        <translation>Laiks beidzies</translation>
    </message>
    <message>
        <source>Quiz stopped early</source>
        <translation>Tests pārtraukts</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 no %2 pareizi</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Patērētais laiks: %1</translation>
    </message>
    <message>
        <source>Saving your result…</source>
        <translation>Saglabā jūsu rezultātu…</translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s) linked to your mistakes are due again: they come up in your next study session.</source>
        <translation>
            <numerusform>%n ar jūsu kļūdām saistīta kartīte atkal jāatkārto: tā parādīsies nākamajās mācībās.</numerusform>
            <numerusform>%n ar jūsu kļūdām saistītas kartītes atkal jāatkārto: tās parādīsies nākamajās mācībās.</numerusform>
            <numerusform>%n ar jūsu kļūdām saistītu kartīšu atkal jāatkārto: tās parādīsies nākamajās mācībās.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. These questions have no linked flashcards.</source>
        <translation>Saglabāts. Šiem jautājumiem nav saistītu kartīšu.</translation>
    </message>
    <message>
        <source>Saved. No mistakes — well done.</source>
        <translation>Saglabāts. Nav kļūdu — lieliski!</translation>
    </message>
    <message>
        <source>This quiz could not be saved: %1</source>
        <translation>Šo testu neizdevās saglabāt: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation>Nav kļūdu</translation>
    </message>
    <message>
        <source>Every question answered right. Try a longer quiz or other topics.</source>
        <translation>Visi jautājumi atbildēti pareizi. Izmēģiniet garāku testu vai citas tēmas.</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%n kļūda</numerusform>
            <numerusform>%n kļūdas</numerusform>
            <numerusform>%n kļūdu</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>%1. jautājums</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Jūsu atbilde: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Izlaists</translation>
    </message>
    <message>
        <source>Timed out: time ran out on this question</source>
        <translation>Laiks beidzās: šim jautājumam beidzās laiks</translation>
    </message>
    <message>
        <source>Not answered: the quiz ended first</source>
        <translation>Nav atbildēts: tests beidzās agrāk</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Pareizā atbilde: %1</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Rādīt dokumentā</translation>
    </message>
    <message>
        <source>Show question %1 in the document</source>
        <translation>Rādīt %1. jautājumu dokumentā</translation>
    </message>
    <message>
        <source>Item ▾</source>
        <translation>Vienums ▾</translation>
    </message>
    <message>
        <source>Edit, suspend or flag question %1</source>
        <translation>Rediģēt, apturēt vai atzīmēt %1. jautājumu</translation>
    </message>
</context>
<context>
    <name>QuizRunPage</name>
    <message>
        <source>Leave…</source>
        <translation>Pamest…</translation>
    </message>
    <message>
        <source>Stop the quiz here (Esc)</source>
        <translation>Pārtraukt testu šeit (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Izlaist</translation>
    </message>
    <message>
        <source>Leave this question unanswered (S)</source>
        <translation>Atstāt šo jautājumu neatbildētu (S)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <source>Next question (Enter or Space)</source>
        <translation>Nākamais jautājums (Enter vai atstarpe)</translation>
    </message>
    <message>
        <source>Time ran out before your answer; it was not counted.</source>
        <translation>Laiks beidzās pirms jūsu atbildes; tā netika ieskaitīta.</translation>
    </message>
    <message>
        <source>Time ran out before you skipped.</source>
        <translation>Laiks beidzās pirms izlaišanas.</translation>
    </message>
    <message>
        <source>Time ran out on that question; here is the next.</source>
        <translation>Tam jautājumam beidzās laiks; lūk, nākamais.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%1. jautājums no %2</translation>
    </message>
    <message>
        <source>Enter or Space continues</source>
        <translation>Enter vai atstarpe turpina</translation>
    </message>
</context>
<context>
    <name>QuizSetupPage</name>
    <message>
        <source>Custom quiz</source>
        <translation>Pielāgots tests</translation>
    </message>
    <message>
        <source>Choose what to be tested on. Questions from your weaker topics come up more often; every mistake makes its flashcards due again.</source>
        <translation>Izvēlieties, par ko tikt pārbaudītam. Jautājumi no vājākām tēmām parādās biežāk; katra kļūda atkal liek atkārtot tās kartītes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation>Atpakaļ uz sākuma ekrānu (Esc)</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Sākt testu</translation>
    </message>
    <message>
        <source>Start the quiz (Enter)</source>
        <translation>Sākt testu (Enter)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Jautājumi</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Jautājumu skaits</translation>
    </message>
    <message>
        <source>&amp;Multiple choice</source>
        <translation>&amp;Izvēles jautājumi</translation>
    </message>
    <message>
        <source>T&amp;rue / false</source>
        <translation>Patiess / &amp;nepatiess</translation>
    </message>
    <message>
        <source>F&amp;ill the gap</source>
        <translation>Aizpildīt &amp;tukšo vietu</translation>
    </message>
    <message>
        <source>Put in &amp;order</source>
        <translation>Sakārtot &amp;secībā</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Laika ierobežojums</translation>
    </message>
    <message>
        <source>&amp;Whole quiz</source>
        <translation>Vis&amp;am testam</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for the whole quiz</source>
        <translation>Minūtes visam testam</translation>
    </message>
    <message>
        <source>&amp;Per question</source>
        <translation>Katram ja&amp;utājumam</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds per question</source>
        <translation>Sekundes katram jautājumam</translation>
    </message>
    <message>
        <source>&amp;No time limit</source>
        <translation>&amp;Bez laika ierobežojuma</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Atgriezeniskā saite</translation>
    </message>
    <message>
        <source>Show right or wrong after each &amp;answer</source>
        <translation>Rādīt pareizi vai nepareizi pēc katras atbil&amp;des</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>A&amp;ll topics</source>
        <translation>&amp;Visas tēmas</translation>
    </message>
    <message>
        <source>Wea&amp;k topics (the five weakest you have studied)</source>
        <translation>Vā&amp;jās tēmas (piecas vājākās no mācītajām)</translation>
    </message>
    <message>
        <source>&amp;Chosen topics:</source>
        <translation>I&amp;zvēlētās tēmas:</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>Ielādē tēmas…</translation>
    </message>
    <message>
        <source>Preparing your quiz…</source>
        <translation>Sagatavo jūsu testu…</translation>
    </message>
    <message>
        <source>Tick at least one kind of question.</source>
        <translation>Atzīmējiet vismaz vienu jautājumu veidu.</translation>
    </message>
    <message>
        <source>Tick at least one topic, or choose all topics.</source>
        <translation>Atzīmējiet vismaz vienu tēmu vai izvēlieties visas tēmas.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tēma</numerusform>
            <numerusform>%n tēmas</numerusform>
            <numerusform>%n tēmu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n studied so far</source>
        <translation>
            <numerusform>%n jau mācīta</numerusform>
            <numerusform>%n jau mācītas</numerusform>
            <numerusform>%n jau mācītu</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the topics: %1</source>
        <translation>Neizdevās ielādēt tēmas: %1</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Preparing your quiz…</source>
        <translation>Sagatavo jūsu testu…</translation>
    </message>
    <message>
        <source>No questions match this quiz. Choose more topics or both kinds of question.</source>
        <translation>Šim testam neatbilst neviens jautājums. Izvēlieties vairāk tēmu vai abus jautājumu veidus.</translation>
    </message>
    <message>
        <source>The quiz could not be prepared: %1</source>
        <translation>Testu neizdevās sagatavot: %1</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Again</source>
        <translation>Vēlreiz</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Grūti</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Viegli</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (taustiņš %2)</translation>
    </message>
    <message>
        <source>%1, next in %2 (key %3)</source>
        <translation>%1, nākamreiz pēc %2 (taustiņš %3)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your progress could not be opened</source>
        <translation>Jūsu progresu neizdevās atvērt</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Sīkāk: %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>The progress database is damaged.</source>
        <translation>Progresa datubāze ir bojāta.</translation>
    </message>
    <message>
        <source>The progress file is not a quizapp database.</source>
        <translation>Progresa fails nav quizapp datubāze.</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer quizapp.</source>
        <translation>Jūsu progresu saglabāja jaunāka quizapp versija.</translation>
    </message>
    <message>
        <source>Your progress cannot be written to.</source>
        <translation>Jūsu progresā nevar ierakstīt.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disks ir pilns.</translation>
    </message>
    <message>
        <source>Another program is using your progress.</source>
        <translation>Jūsu progresu izmanto cita programma.</translation>
    </message>
    <message>
        <source>Your progress could not be read.</source>
        <translation>Jūsu progresu neizdevās nolasīt.</translation>
    </message>
    <message>
        <source>It has version %1; this quizapp reads up to version %2. Update quizapp to open it, or restore an older backup.</source>
        <translation>Tam ir versija %1; šī quizapp lasa līdz versijai %2. Atjauniniet quizapp, lai to atvērtu, vai atjaunojiet vecāku rezerves kopiju.</translation>
    </message>
    <message>
        <source>Nothing has been changed or deleted. Starting fresh keeps the file next to the new one, renamed.</source>
        <translation>Nekas nav mainīts vai dzēsts. Sākot no jauna, fails tiek saglabāts blakus jaunajam ar citu nosaukumu.</translation>
    </message>
    <message>
        <source>The latest backup is from %1. </source>
        <translation>Jaunākā rezerves kopija ir no %1. </translation>
    </message>
    <message>
        <source>Check the permissions of the data folder %1. You can open your progress read-only: you can look, but answers are not saved.</source>
        <translation>Pārbaudiet datu mapes %1 atļaujas. Varat atvērt progresu tikai lasīšanai: varat apskatīties, bet atbildes netiek saglabātas.</translation>
    </message>
    <message>
        <source>Free some space, then try again. Nothing was lost.</source>
        <translation>Atbrīvojiet vietu un mēģiniet vēlreiz. Nekas netika zaudēts.</translation>
    </message>
    <message>
        <source>Close the other program (or quizapp command) and try again.</source>
        <translation>Aizveriet otru programmu (vai quizapp komandu) un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restore a backup from the data folder&apos;s backups.</source>
        <translation>Mēģiniet vēlreiz; ja tas atkārtoti neizdodas, atjaunojiet rezerves kopiju no datu mapes rezerves kopijām.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Atjaunot jaunāko rezerves kopiju</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Sākt no jauna</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Atvērt tikai lasīšanai</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Daily study</source>
        <translation>Ikdienas mācības</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>Jaunas kartītes dienā</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Atkārtojumi dienā</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Vēlamā atcerēšanās</translation>
    </message>
    <message>
        <source>The share of cards you want to still remember when they come back (FSRS&apos;s desired retention).</source>
        <translation>Cik lielu daļu kartīšu vēlaties vēl atcerēties brīdī, kad tās atgriežas (FSRS vēlamā atcerēšanās).</translation>
    </message>
    <message>
        <source>When a new card comes back on its first day: minutes after each showing, separated by spaces (%1 to %2 each).</source>
        <translation>Kad jauna kartīte atgriežas savā pirmajā dienā: minūtes pēc katras parādīšanas, atdalītas ar atstarpēm (katra no %1 līdz %2).</translation>
    </message>
    <message>
        <source>When a forgotten card comes back the same day: minutes after each showing, separated by spaces (%1 to %2 each).</source>
        <translation>Kad aizmirsta kartīte atgriežas tajā pašā dienā: minūtes pēc katras parādīšanas, atdalītas ar atstarpēm (katra no %1 līdz %2).</translation>
    </message>
    <message>
        <source>The longest a card waits before it comes back, in days (36500 days, 100 years, means no limit).</source>
        <translation>Ilgākais laiks dienās, ko kartīte gaida līdz nākamajai reizei (36500 dienas jeb 100 gadi nozīmē — bez ierobežojuma).</translation>
    </message>
    <message>
        <source>How likely you are to still remember a card when it comes back; higher means more reviews.</source>
        <translation>Cik ticami jūs vēl atcerēsieties kartīti, kad tā atgriezīsies; augstāka vērtība nozīmē vairāk atkārtojumu.</translation>
    </message>
    <message>
        <source>Learning steps (minutes)</source>
        <translation>Jaunu kartīšu atkārtojumi (pēc minūtēm)</translation>
    </message>
    <message>
        <source>Relearning steps (minutes)</source>
        <translation>Aizmirstu kartīšu atkārtojumi (pēc minūtēm)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>Maximum interval</source>
        <translation>Ilgākais starplaiks</translation>
    </message>
    <message>
        <source>Reviews after midnight and before this hour count for the day before.</source>
        <translation>Atkārtojumi pēc pusnakts un pirms šīs stundas tiek skaitīti iepriekšējai dienai.</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Jauna diena sākas</translation>
    </message>
    <message>
        <source>Type the answers of short cards</source>
        <translation>Ierakstīt īso kartīšu atbildes</translation>
    </message>
    <message>
        <source>T switches typing on or off while you study</source>
        <translation>Mācoties T ieslēdz vai izslēdz atbilžu rakstīšanu</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Questions per quiz</source>
        <translation>Jautājumi testā</translation>
    </message>
    <message>
        <source>For the whole quiz</source>
        <translation>Visam testam</translation>
    </message>
    <message>
        <source>Per question</source>
        <translation>Katram jautājumam</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Bez laika ierobežojuma</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Laika ierobežojums</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for the quiz</source>
        <translation>Minūtes testam</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds per question</source>
        <translation>Sekundes katram jautājumam</translation>
    </message>
    <message>
        <source>Show right or wrong after each answer</source>
        <translation>Rādīt pareizi vai nepareizi pēc katras atbildes</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Atgriezeniskā saite</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Izskats</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumšs</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motīvs</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Noklusējums</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Fonta lielums</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistēmas valoda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>From %1 to %2; Up and Down change it.</source>
        <translation>No %1 līdz %2; bultiņas augšup un lejup to maina.</translation>
    </message>
    <message>
        <source>The language changes as soon as you save.</source>
        <translation>Valoda mainās, tiklīdz saglabājat.</translation>
    </message>
    <message>
        <source>e.g. 1 10</source>
        <translation>piem., 1 10</translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation>Jaunu kartīšu atkārtojumi</translation>
    </message>
    <message>
        <source>Relearning steps</source>
        <translation>Aizmirstu kartīšu atkārtojumi</translation>
    </message>
    <message>
        <source>%1: write one or more whole numbers of minutes from %2 to %3, separated by spaces (for example 1 10).</source>
        <translation>%1: ierakstiet vienu vai vairākus veselus minūšu skaitļus no %2 līdz %3, atdalītus ar atstarpēm (piemēram, 1 10).</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>The file is too large.</source>
        <translation>Fails ir pārāk liels.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Failu nevar nolasīt (%1).</translation>
    </message>
    <message>
        <source>The file does not list settings by name.</source>
        <translation>Failā iestatījumi nav uzskaitīti pēc nosaukuma.</translation>
    </message>
    <message>
        <source>“%1” is not a setting; it was ignored.</source>
        <translation>“%1” nav iestatījums; tas netika ņemts vērā.</translation>
    </message>
    <message>
        <source>“%1” %2; the default is used.</source>
        <translation>“%1” %2; tiek izmantota noklusējuma vērtība.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>jābūt veselam skaitlim no %1 līdz %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>jābūt skaitlim no %1 līdz %2</translation>
    </message>
    <message>
        <source>must list whole minutes, each from %1 to %2</source>
        <translation>jānorāda veselas minūtes, katra no %1 līdz %2</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>jābūt vienam no: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>jābūt true vai false</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, or empty</source>
        <translation>jābūt datumam formā GGGG-MM-DD vai tukšam</translation>
    </message>
    <message>
        <source>must list 7 days, Monday to Sunday, each one of: %1</source>
        <translation>jānorāda 7 dienas no pirmdienas līdz svētdienai, katrai no vērtībām: %1</translation>
    </message>
    <message>
        <source>must be empty or the weights the optimiser fitted</source>
        <translation>jābūt tukšam vai optimizētāja pielāgotajiem svariem</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Settings file problems</source>
        <translation>Iestatījumu faila problēmas</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Iestatījumu ziņojums</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Atjaunot noklusējumus</translation>
    </message>
    <message>
        <source>Fill in the out-of-the-box values; nothing is saved until you press Save.</source>
        <translation>Aizpildīt ar sākotnējām vērtībām; nekas netiek saglabāts, kamēr nenospiežat “Saglabāt”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Leave without saving (Esc)</source>
        <translation>Iziet bez saglabāšanas (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save these settings (Ctrl+S or Enter)</source>
        <translation>Saglabāt šos iestatījumus (Ctrl+S vai Enter)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datu mape</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Atvērt datu mapi</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Iestatījumu fails</translation>
    </message>
    <message>
        <source>Open settings folder</source>
        <translation>Atvērt iestatījumu mapi</translation>
    </message>
    <message>
        <source>Your progress, backups and imported material are kept in the data folder.</source>
        <translation>Jūsu progress, rezerves kopijas un importētais materiāls tiek glabāti datu mapē.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Atvērt mapi</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read completely, so defaults are used where it was broken. Saving writes a correct file.</source>
        <translation>Jūsu iestatījumu failu %1 nevarēja nolasīt pilnībā, tāpēc bojātajās vietās tiek izmantotas noklusējuma vērtības. Saglabājot tiek ierakstīts pareizs fails.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nav saglabāts: %1</translation>
    </message>
    <message>
        <source>Defaults filled in; press Save to keep them.</source>
        <translation>Noklusējumi aizpildīti; nospiediet “Saglabāt”, lai tos paturētu.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Neizdevās atvērt %1</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atj&amp;aunot</translation>
    </message>
    <message>
        <source>Recompute the statistics (F5)</source>
        <translation>Pārrēķināt statistiku (F5)</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>Atpakaļ uz &amp;sākumu</translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation>Atpakaļ uz sākuma ekrānu (Esc)</translation>
    </message>
    <message>
        <source>Computing your statistics…</source>
        <translation>Aprēķina jūsu statistiku…</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>datums: %1</translation>
    </message>
    <message>
        <source>Could not compute your statistics: %1</source>
        <translation>Neizdevās aprēķināt jūsu statistiku: %1</translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation>Testu rezultāti</translation>
    </message>
    <message>
        <source>No quizzes yet — take a quiz and your scores show up here.</source>
        <translation>Testu vēl nav — izpildiet testu, un jūsu rezultāti parādīsies šeit.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>quizzes: %1</source>
        <translation>testi: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answers right</source>
        <translation>%1 no %2 atbildēm pareizas</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>labākais %1</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>pēdējais %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>Beidzās laiks</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Pārtraukts</translation>
    </message>
    <message>
        <source>Quiz %1 · %2</source>
        <translation>Tests %1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3)</source>
        <translation>%1 no %2 pareizi (%3)</translation>
    </message>
    <message>
        <source>Answer buttons</source>
        <translation>Atbilžu pogas</translation>
    </message>
    <message>
        <source>No answers yet — your Again / Hard / Good / Easy presses show up here.</source>
        <translation>Atbilžu vēl nav — šeit parādīsies jūsu “Vēlreiz / Grūti / Labi / Viegli” nospiedieni.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Vēlreiz</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Grūti</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Viegli</translation>
    </message>
    <message>
        <source>%1 answers in the past year · %2 not Again</source>
        <translation>%1 atbildes pēdējā gadā · %2 nav “Vēlreiz”</translation>
    </message>
    <message>
        <source>%1 cards · %2</source>
        <translation>%1 kartītes · %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 no %2 (%3)</translation>
    </message>
    <message>
        <source>Hours of the day</source>
        <translation>Dienas stundas</translation>
    </message>
    <message>
        <source>No reviews in the past year yet — the hours you study at show up here.</source>
        <translation>Pēdējā gadā vēl nav atkārtojumu — šeit parādīsies stundas, kurās mācāties.</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Atcerēts</translation>
    </message>
    <message>
        <source>Busiest: %1 (%2 reviews, %3 remembered)</source>
        <translation>Noslogotākā: %1 (%2 atkārtojumi, %3 atcerēti)</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>Atkārtojumi: %1</translation>
    </message>
    <message>
        <source>%1 remembered (%2)</source>
        <translation>%1 atcerēti (%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Sērija</translation>
    </message>
    <message>
        <source>Total reviews</source>
        <translation>Atkārtojumi kopā</translation>
    </message>
    <message>
        <source>True retention (30 days)</source>
        <translation>Patiesā atcerēšanās (30 dienas)</translation>
    </message>
    <message>
        <source>Cards by state</source>
        <translation>Kartītes pēc stāvokļa</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jaunas</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Iesāktas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Atkārtojamas</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Aizmirstās</translation>
    </message>
    <message>
        <source>Leeches</source>
        <translation>Grūtās</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jāatkārto šodien</translation>
    </message>
    <message>
        <source>Again: %1 · time: %2</source>
        <translation>“Vēlreiz”: %1 · laiks: %2</translation>
    </message>
    <message>
        <source>%1 reviews today in %2</source>
        <translation>%1 atkārtojumi šodien, %2</translation>
    </message>
    <message>
        <source>Again pressed %1 times (%2)</source>
        <translation>“Vēlreiz” nospiests %1 reizes (%2)</translation>
    </message>
    <message>
        <source>days in a row · longest: %1</source>
        <translation>dienas pēc kārtas · garākā: %1</translation>
    </message>
    <message>
        <source>Days in a row with at least one review, up to today (or yesterday, before today&apos;s first review).</source>
        <translation>Dienas pēc kārtas ar vismaz vienu atkārtojumu līdz šodienai (vai vakardienai, pirms šodienas pirmā atkārtojuma).</translation>
    </message>
    <message>
        <source>study days: %1 · time: %2</source>
        <translation>mācību dienas: %1 · laiks: %2</translation>
    </message>
    <message>
        <source>%1 flashcard answers on %2 days</source>
        <translation>%1 kartīšu atbildes %2 dienās</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Patērētais laiks: %1</translation>
    </message>
    <message>
        <source>Cards studied: %1 of %2</source>
        <translation>Apgūtas kartītes: %1 no %2</translation>
    </message>
    <message>
        <source>%1 of %2 reviews remembered</source>
        <translation>%1 no %2 atkārtojumiem atcerēti</translation>
    </message>
    <message>
        <source>no reviews of learned cards yet</source>
        <translation>apgūtu kartīšu atkārtojumu vēl nav</translation>
    </message>
    <message>
        <source>Share of reviews of learned cards answered Hard, Good or Easy (not Again) over the last 30 days.</source>
        <translation>Apgūtu kartīšu atkārtojumu daļa, kas pēdējās 30 dienās atbildēta ar “Grūti”, “Labi” vai “Viegli” (nevis “Vēlreiz”).</translation>
    </message>
    <message>
        <source>%1 active flashcards and %2 quiz questions; leeches are cards forgotten again and again.</source>
        <translation>%1 aktīvas kartītes un %2 testa jautājumi; grūtās kartītes ir tās, kas aizmirstas atkal un atkal.</translation>
    </message>
    <message>
        <source>%1 answers right</source>
        <translation>%1 atbildes pareizas</translation>
    </message>
    <message>
        <source>none taken yet</source>
        <translation>vēl neviens nav izpildīts</translation>
    </message>
    <message>
        <source>%1 of %2 quiz answers right</source>
        <translation>%1 no %2 testa atbildēm pareizas</translation>
    </message>
    <message>
        <source>tomorrow: %1 · next 7 days: %2</source>
        <translation>rīt: %1 · nākamās 7 dienas: %2</translation>
    </message>
    <message>
        <source>Cards due for review today, overdue ones included (new cards not counted).</source>
        <translation>Šodien atkārtojamās kartītes, ieskaitot nokavētās (jaunās kartītes netiek skaitītas).</translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation>Mācību kalendārs</translation>
    </message>
    <message>
        <source>No reviews yet — each day you study fills a square here.</source>
        <translation>Atkārtojumu vēl nav — katra mācību diena šeit aizpilda vienu rūtiņu.</translation>
    </message>
    <message>
        <source>Studied on %1 of the last %2 days</source>
        <translation>Mācījāties %1 no pēdējām %2 dienām</translation>
    </message>
    <message>
        <source>streak %1, longest %2</source>
        <translation>sērija %1, garākā %2</translation>
    </message>
    <message>
        <source>Topic mastery (weakest first)</source>
        <translation>Tēmu apguve (vājākās vispirms)</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Rādīt mazāk</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Rādīt visas %1</translation>
    </message>
    <message>
        <source>Show every studied topic</source>
        <translation>Rādīt katru apgūto tēmu</translation>
    </message>
    <message>
        <source>Topics not studied yet: %1</source>
        <translation>Vēl neapgūtas tēmas: %1</translation>
    </message>
    <message>
        <source>No topic has been studied yet — study flashcards or take a quiz, and your weakest topics show up first.</source>
        <translation>Neviena tēma vēl nav apgūta — mācieties kartītes vai izpildiet testu, un jūsu vājākās tēmas parādīsies pirmās.</translation>
    </message>
    <message>
        <source>No topics yet — import a document to get flashcards and questions.</source>
        <translation>Tēmu vēl nav — importējiet dokumentu, lai iegūtu kartītes un jautājumus.</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Atkārtojumi dienā</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dienas</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 gads</translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation>Rādīt pēdējās %1 dienas</translation>
    </message>
    <message>
        <source>Studied on %1 of %2 days</source>
        <translation>Mācījāties %1 no %2 dienām</translation>
    </message>
    <message>
        <source>reviews: %1</source>
        <translation>atkārtojumi: %1</translation>
    </message>
    <message>
        <source>%1 per study day</source>
        <translation>%1 mācību dienā</translation>
    </message>
    <message>
        <source>No reviews yet — study a few flashcards and your daily reviews show up here.</source>
        <translation>Atkārtojumu vēl nav — pamācieties dažas kartītes, un šeit parādīsies jūsu ikdienas atkārtojumi.</translation>
    </message>
    <message>
        <source>No reviews in the last %1 days.</source>
        <translation>Pēdējās %1 dienās nav atkārtojumu.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Laiks: %1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Atcerēšanās</translation>
    </message>
    <message>
        <source>No reviews of learned cards yet. Retention shows how often you remembered a card when it came back for review.</source>
        <translation>Apgūtu kartīšu atkārtojumu vēl nav. Atcerēšanās rāda, cik bieži atcerējāties kartīti, kad tā atgriezās atkārtošanai.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Pa dienām</translation>
    </message>
    <message>
        <source>Retention per day</source>
        <translation>Atcerēšanās dienā</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Pa nedēļām</translation>
    </message>
    <message>
        <source>Retention per week</source>
        <translation>Atcerēšanās nedēļā</translation>
    </message>
    <message>
        <source>Last 30 days: %1 (%2 of %3 reviews) · your target: %4</source>
        <translation>Pēdējās 30 dienas: %1 (%2 no %3 atkārtojumiem) · jūsu mērķis: %4</translation>
    </message>
    <message>
        <source>%1 remembered (%2 of %3)</source>
        <translation>%1 atcerēti (%2 no %3)</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Jāatkārto nākamajās 30 dienās</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet — cards you study come back here when they are due.</source>
        <translation>Vēl nekas nav ieplānots — apgūtās kartītes šeit atgriežas, kad pienāk to laiks.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jāatkārto</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Jaunas kartītes</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Šodien: %1</translation>
    </message>
    <message>
        <source>tomorrow: %1</source>
        <translation>rīt: %1</translation>
    </message>
    <message>
        <source>next 7 days: %1</source>
        <translation>nākamās 7 dienas: %1</translation>
    </message>
    <message>
        <source>30 days: %1</source>
        <translation>30 dienas: %1</translation>
    </message>
    <message>
        <source>new cards among them: %1</source>
        <translation>tostarp jaunas kartītes: %1</translation>
    </message>
    <message>
        <source>Today (with overdue cards)</source>
        <translation>Šodien (ar nokavētajām kartītēm)</translation>
    </message>
    <message>
        <source>Cards due: %1</source>
        <translation>Jāatkārto kartītes: %1</translation>
    </message>
    <message>
        <source>New cards: %1</source>
        <translation>Jaunas kartītes: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Ready for the exam</source>
        <translation>Gatavība eksāmenam</translation>
    </message>
    <message>
        <source>Predicted recall on exam day</source>
        <translation>Paredzamā atcerēšanās eksāmena dienā</translation>
    </message>
    <message>
        <source>No exam is set. Set its date on home, and this card shows day by day how much you would recall on the exam day.</source>
        <translation>Eksāmens nav iestatīts. Norādiet tā datumu sadaļā «Sākums», un šeit pa dienām redzēsiet, cik daudz jūs atcerētos eksāmena dienā.</translation>
    </message>
    <message>
        <source>Exam on %1 · predicted recall now: %2 · target: %3</source>
        <translation>Eksāmens: %1 · paredzamā atcerēšanās tagad: %2 · mērķis: %3</translation>
    </message>
    <message>
        <source>No answers yet: study a few cards, and the predicted recall on exam day shows up here.</source>
        <translation>Vēl nav atbilžu: apgūstiet dažas kartītes, un šeit parādīsies paredzamā atcerēšanās eksāmena dienā.</translation>
    </message>
    <message>
        <source>Predicted recall on exam day: %1</source>
        <translation>Paredzamā atcerēšanās eksāmena dienā: %1</translation>
    </message>
    <message>
        <source>What you mix up</source>
        <translation>Ko jūs sajaucat</translation>
    </message>
    <message>
        <source>Nothing mixed up. A wrong option you choose in a quiz shows here until you answer its question right three times in a row.</source>
        <translation>Nekas nav sajaukts. Nepareizs variants, ko izvēlaties testā, te paliek, līdz uz tā jautājumu trīs reizes pēc kārtas atbildat pareizi.</translation>
    </message>
    <message>
        <source>Confusions in all: %1. Answer a question right three times in a row and its confusions fade.</source>
        <translation>Sajaukumu kopā: %1. Atbildiet uz jautājumu pareizi trīs reizes pēc kārtas, un tā sajaukumi pazudīs.</translation>
    </message>
</context>
<context>
    <name>StudyFooter</name>
    <message>
        <source>Home (Esc)</source>
        <translation>Sākums (Esc)</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Atpakaļ uz sākumu</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Atsaukt (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Atsaukt pēdējo atbildi</translation>
    </message>
    <message>
        <source>Undone: your last answer to this card. Answer it again.</source>
        <translation>Atsaukts: jūsu pēdējā atbilde šai kartītei. Atbildiet vēlreiz.</translation>
    </message>
    <message>
        <source>Undone: your answer “%1” to this card. Answer it again.</source>
        <translation>Atsaukts: jūsu atbilde “%1” šai kartītei. Atbildiet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>StudyHeader</name>
    <message>
        <source>New</source>
        <translation>Jaunas</translation>
    </message>
    <message>
        <source>Cards you have not seen yet</source>
        <translation>Kartītes, kas jums vēl nav rādītas</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Iesāktas</translation>
    </message>
    <message>
        <source>Cards you have just started or forgotten: back within minutes</source>
        <translation>Kartītes, ko tikko sākāt mācīties vai aizmirsāt: atgriežas pēc dažām minūtēm</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Jāatkārto</translation>
    </message>
    <message>
        <source>Cards you know that are due for review</source>
        <translation>Kartītes, ko jau zināt un kas jāatkārto</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Mācīties</translation>
    </message>
    <message numerus="yes">
        <source>Review ahead: the next %n day(s)</source>
        <translation>
            <numerusform>Atkārtot uz priekšu: nākamā %n diena</numerusform>
            <numerusform>Atkārtot uz priekšu: nākamās %n dienas</numerusform>
            <numerusform>Atkārtot uz priekšu: nākamās %n dienas</numerusform>
        </translation>
    </message>
    <message>
        <source>Study now, all its cards: %1</source>
        <translation>Mācīties tagad visas kartītes: %1</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Mācības: %1</translation>
    </message>
    <message>
        <source>Study: all your material</source>
        <translation>Mācības: viss jūsu materiāls</translation>
    </message>
</context>
<context>
    <name>StudyItemKeys</name>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z to atsauc.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Atsaukts.</translation>
    </message>
</context>
<context>
    <name>StudyMoreDialog</name>
    <message>
        <source>Study more today</source>
        <translation>Mācīties vairāk šodien</translation>
    </message>
    <message>
        <source>Today&apos;s limits are there so that reviews do not pile up; when you want more, choose one of these.</source>
        <translation>Dienas limiti ir tāpēc, lai atkārtojumi nesakrātos; ja gribat vairāk, izvēlieties kādu no šiem.</translation>
    </message>
    <message>
        <source>&amp;More new cards today</source>
        <translation>Vairāk &amp;jaunu kartīšu šodien</translation>
    </message>
    <message>
        <source>&amp;Review ahead</source>
        <translation>&amp;Atkārtot uz priekšu</translation>
    </message>
    <message>
        <source>Study now the cards that are due in the next days</source>
        <translation>Mācīties tagad kartītes, kas jāatkārto nākamajās dienās</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>One &amp;topic now</source>
        <translation>Viena &amp;tēma tagad</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Mācīties</translation>
    </message>
    <message>
        <source>Counting your cards…</source>
        <translation>Skaita jūsu kartītes…</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) you have never seen are left beyond today&apos;s.</source>
        <translation>
            <numerusform>Pāri šodienas limitam palikusi vēl %n neredzēta kartīte.</numerusform>
            <numerusform>Pāri šodienas limitam palikušas vēl %n neredzētas kartītes.</numerusform>
            <numerusform>Pāri šodienas limitam palikušas vēl %n neredzētu kartīšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card has been seen: nothing new is left.</source>
        <translation>Visas kartītes jau redzētas: jaunu vairs nav.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due in the next days; studied now, each comes back later.</source>
        <translation>
            <numerusform>Šajās dienās jāatkārto %n kartīte; ja to mācīsieties tagad, tā atgriezīsies vēlāk.</numerusform>
            <numerusform>Šajās dienās jāatkārto %n kartītes; ja tās mācīsieties tagad, katra atgriezīsies vēlāk.</numerusform>
            <numerusform>Šajās dienās jāatkārto %n kartīšu; ja tās mācīsieties tagad, katra atgriezīsies vēlāk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s)</source>
        <translation>
            <numerusform>%n kartīte</numerusform>
            <numerusform>%n kartītes</numerusform>
            <numerusform>%n kartīšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n card(s), new ones beyond today&apos;s limit and those due later, soonest first.</source>
        <translation>
            <numerusform>Tagad: %n kartīte — jaunās pāri šodienas limitam un tās, kas jāatkārto vēlāk, tuvākās vispirms.</numerusform>
            <numerusform>Tagad: %n kartītes — jaunās pāri šodienas limitam un tās, kas jāatkārto vēlāk, tuvākās vispirms.</numerusform>
            <numerusform>Tagad: %n kartīšu — jaunās pāri šodienas limitam un tās, kas jāatkārto vēlāk, tuvākās vispirms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to study in it now: its cards were all studied today.</source>
        <translation>Tajā tagad nav ko mācīties: visas tās kartītes šodien jau mācītas.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>StudySummaryPage</name>
    <message>
        <source>Cards studied</source>
        <translation>Apgūtās kartītes</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Patērētais laiks</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>Atpakaļ uz &amp;sākumu</translation>
    </message>
    <message>
        <source>&amp;Quick quiz (weak topics)</source>
        <translation>Ā&amp;trais tests (vājās tēmas)</translation>
    </message>
    <message>
        <source>Study m&amp;ore…</source>
        <translation>Mācīties &amp;vairāk…</translation>
    </message>
    <message>
        <source>More new cards today, review ahead, or one topic now — beyond the daily limits</source>
        <translation>Vairāk jaunu kartīšu šodien, atkārtošana uz priekšu vai viena tēma tagad — pāri dienas limitiem</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Pagaidām viss</translation>
    </message>
    <message>
        <source>Next card at %1</source>
        <translation>Nākamā kartīte plkst. %1</translation>
    </message>
    <message>
        <source>A card you are learning comes back then. Stay on this screen and studying resumes by itself.</source>
        <translation>Tad atgriezīsies kartīte, ko mācāties. Palieciet šajā ekrānā, un mācības atsāksies pašas.</translation>
    </message>
    <message>
        <source>Well done — that&apos;s all for today</source>
        <translation>Labi padarīts — šodienai viss</translation>
    </message>
    <message>
        <source>You have studied every card due today here. Come back tomorrow; a quiz shows how much has stuck.</source>
        <translation>Jūs esat apguvis visas šodien paredzētās kartītes. Atgriezieties rīt; tests parādīs, cik daudz ir palicis atmiņā.</translation>
    </message>
    <message>
        <source>Nothing to study right now</source>
        <translation>Pašlaik nav ko mācīties</translation>
    </message>
    <message>
        <source>No cards are due here today. A quiz is a good way to keep going.</source>
        <translation>Šodien šeit nav kartīšu, ko atkārtot. Tests ir labs veids, kā turpināt.</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Loading cards…</source>
        <translation>Ielādē kartītes…</translation>
    </message>
    <message>
        <source>What was undone</source>
        <translation>Kas tika atsaukts</translation>
    </message>
    <message>
        <source>1 Again · 2 Hard · 3 Good · 4 Easy</source>
        <translation>1 Vēlreiz · 2 Grūti · 3 Labi · 4 Viegli</translation>
    </message>
    <message numerus="yes">
        <source>Leech: the card you just answered has been forgotten %n time(s). Read its source again, or learn it another way.</source>
        <translation>
            <numerusform>Grūta kartīte: tikko atbildētā kartīte aizmirsta jau %n reizi. Izlasiet tās avotu vēlreiz vai mācieties to citādi.</numerusform>
            <numerusform>Grūta kartīte: tikko atbildētā kartīte aizmirsta jau %n reizes. Izlasiet tās avotu vēlreiz vai mācieties to citādi.</numerusform>
            <numerusform>Grūta kartīte: tikko atbildētā kartīte aizmirsta jau %n reižu. Izlasiet tās avotu vēlreiz vai mācieties to citādi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nav ko atsaukt.</translation>
    </message>
    <message>
        <source>Space or Enter shows the answer</source>
        <translation>Atstarpe vai Enter parāda atbildi</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Kaut kas nogāja greizi: %1</translation>
    </message>
</context>
<context>
    <name>TopicLink</name>
    <message>
        <source>Study this topic</source>
        <translation>Mācīties šo tēmu</translation>
    </message>
    <message>
        <source>Quiz on this topic</source>
        <translation>Tests par šo tēmu</translation>
    </message>
    <message>
        <source>Quiz on this topic (it has no questions)</source>
        <translation>Tests par šo tēmu (tai nav jautājumu)</translation>
    </message>
    <message>
        <source>Click to study this topic or take a quiz on it</source>
        <translation>Noklikšķiniet, lai mācītos šo tēmu vai pildītu testu par to</translation>
    </message>
    <message>
        <source>%1: study or quiz</source>
        <translation>%1: mācīties vai pildīt testu</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <source>Filter topics…</source>
        <translation>Filtrēt tēmas…</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Filtrēt tēmas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Apguve</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>No topic matches the filter.</source>
        <translation>Filtram neatbilst neviena tēma.</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>Right.</source>
        <translation>Pareizi.</translation>
    </message>
    <message>
        <source>Almost: only the diacritics differ.</source>
        <translation>Gandrīz: atšķiras tikai garumzīmes vai mīkstinājuma zīmes.</translation>
    </message>
    <message>
        <source>Almost: the right word with another ending.</source>
        <translation>Gandrīz: pareizais vārds, bet ar citu galotni.</translation>
    </message>
    <message>
        <source>Almost: a small typo.</source>
        <translation>Gandrīz: neliela drukas kļūda.</translation>
    </message>
    <message>
        <source>Wrong: a number differs.</source>
        <translation>Nepareizi: atšķiras skaitlis.</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Nekas nav ierakstīts.</translation>
    </message>
    <message>
        <source>Wrong.</source>
        <translation>Nepareizi.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Ieteiktais vērtējums: %1</translation>
    </message>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation>Ierakstiet atbildi un nospiediet Enter</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jūsu atbilde</translation>
    </message>
    <message>
        <source>Difference from the answer</source>
        <translation>Atšķirība no pareizās atbildes</translation>
    </message>
    <message>
        <source>Underlined: missing from what you typed · struck through: typed, but not in the answer</source>
        <translation>Pasvītrots: trūkst jūsu atbildē · pārsvītrots: ierakstīts, bet pareizajā atbildē tā nav</translation>
    </message>
    <message>
        <source>Enter shows the answer · T switches typing off</source>
        <translation>Enter parāda atbildi · T izslēdz rakstīšanu</translation>
    </message>
    <message>
        <source>Space or Enter shows the answer</source>
        <translation>Atstarpe vai Enter parāda atbildi</translation>
    </message>
    <message>
        <source>Put the steps in order in your head, then show the answer and rate how well you knew it.</source>
        <translation>Sakārtojiet soļus domās, tad parādiet atbildi un novērtējiet, cik labi to zinājāt.</translation>
    </message>
    <message>
        <source>This answer is too long to type: say it to yourself, then show it and rate how well you knew it.</source>
        <translation>Šī atbilde ir par garu, lai to rakstītu: pasakiet to sev, tad parādiet atbildi un novērtējiet, cik labi to zinājāt.</translation>
    </message>
</context>
<context>
    <name>_MasteryCell</name>
    <message>
        <source>new</source>
        <translation>jauna</translation>
    </message>
</context>
</TS>

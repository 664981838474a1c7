<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddDialog</name>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new topic&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it and start the next one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new topic a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerBar</name>
    <message>
        <source>Show answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerKeys</name>
    <message>
        <source>T</source>
        <comment>the key that answers True (one letter)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>the key that answers False (one letter)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the steps in their order, 1–%1 · Backspace takes one back · S skips · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with %1 or 1 (true), %2 or 2 (false) · S skips · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with 1–%1 or A–%2 · S skips · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup. Your current progress is backed up before it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quizapp progress (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcard, multiple choice, true or false, cloze or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic it teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question or front, as you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the flashcard is next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between its last answer and when it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chance of recalling it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times you forgot it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answers in quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended, buried, flagged, edited, yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source changed — check your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item of your own (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;, topic:…, kind:card, is:due, is:new, is:suspended, is:flagged, is:edited, -is:mine, a or b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the item (E, Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of study and quizzes until restored (!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back into study and quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as a bad question, or clear the flag (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected flashcards new again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an item you added yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in do&amp;cument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make %n selected item(s) new again? Their flashcards start over; the answers you gave stay in your statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Make the selected item new again? Its flashcard starts over; the answers you gave stay in your statistics. This cannot be undone.</numerusform>
            <numerusform>Make %n selected items new again? Their flashcards start over; the answers you gave stay in your statistics. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an item you added can be deleted; suspend the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this item you added? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s):</source>
        <translation>
            <numerusform>%n item:</numerusform>
            <numerusform>%n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s) are new again.</source>
        <translation>
            <numerusform>%n flashcard is new again.</numerusform>
            <numerusform>%n flashcards are new again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Reviews per day, past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit (E), suspend (!), bury (-) or flag (*) this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the study document at this card&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in document: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionList</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose “%1” where the answer is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export flashcards to Anki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in %1</source>
        <translation>
            <numerusform>%n note in %1</numerusform>
            <numerusform>%n notes in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n row in %1</numerusform>
            <numerusform>%n rows in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current progress is backed up first, then replaced by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress it replaced was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the schedule to your reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimising needs at least %1 flashcard answers; you have given %2 so far. Until then the standard FSRS weights serve you well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimising failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted to %1 answers on %2 cards; %3 cards were kept out to check the fit.
Prediction error (log loss, lower is better): now %4, fitted %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your schedule is already a good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fitted weights would not predict better; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the fitted schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the fitted weights from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the fitted schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fitted schedule is in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the file exactly as it is, line by line, instead of laid out for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has changed since its cards were made, so the highlighted line may be a little off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the web page&apos;s file as it is, tags included, so that line numbers match the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question bank is no longer loaded, so its document cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question bank does not say which document it was made from, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” was not found, so it cannot be shown.
Looked for it here:
%2
Put the file back in one of these places, or import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is past the end of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Topic: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source changed — check your edit. The document&apos;s line for this item changed since you edited it; the bank now says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s own wording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo my edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the wording before your last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamDateDialog</name>
    <message>
        <source>Exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quizapp plans your reviews so that on the exam day you recall the share of cards you aim for: no review runs past the exam, and cards likely to be forgotten by then come back in the last days before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of cards you want to recall on the exam day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exam date: scheduling is as usual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamFields</name>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying for an exam on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target on exam day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought forward a day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review runs past the exam; cards likely to be forgotten by then come back in the last days before it, a few a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even out the number of reviews from day to day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As few as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review whose day can move by a day or two goes to the day with fewer cards; days set to fewer reviews get fewer, but still some when every other day is full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamPlanPanel</name>
    <message>
        <source>Set exam date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying for an exam?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its date, and quizapp plans your reviews so that you are ready on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are scheduled as usual again. Set a new date for your next exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted recall today: %1 (target %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target reached. Good luck!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the target: a last look at the weakest topics helps most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exam in %n day(s)</source>
        <translation>
            <numerusform>Exam in %n day</numerusform>
            <numerusform>Exam in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n card(s) to study</source>
        <translation>
            <numerusform>Today: %n card to study</numerusform>
            <numerusform>Today: %n cards to study</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them brought forward for the exam</source>
        <translation>
            <numerusform>, %n of them brought forward for the exam</numerusform>
            <numerusform>, %n of them brought forward for the exam</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted recall on exam day if you stopped now: %1 (target %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest on exam day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: the plan fits your daily limits. Study the cards each day brings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not on track: too few days are left to see the %n new card(s) twice before the exam.</source>
        <translation>
            <numerusform>Not on track: too few days are left to see the %n new card twice before the exam.</numerusform>
            <numerusform>Not on track: too few days are left to see the %n new cards twice before the exam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on track: at %1 new cards a day, the %n new card(s) cannot all be seen twice before the exam. It takes %2 a day: raise New cards per day in Settings, or move the exam.</source>
        <translation>
            <numerusform>Not on track: at %1 new cards a day, the %n new card cannot be seen twice before the exam. It takes %2 a day: raise New cards per day in Settings, or move the exam.</numerusform>
            <numerusform>Not on track: at %1 new cards a day, the %n new cards cannot all be seen twice before the exam. It takes %2 a day: raise New cards per day in Settings, or move the exam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on track: %n card(s) are predicted below the target, more than can be brought forward in the days left at %1 a day. Raise the daily cap in Settings, or move the exam.</source>
        <translation>
            <numerusform>Not on track: %n card is predicted below the target, more than can be brought forward in the days left at %1 a day. Raise the daily cap in Settings, or move the exam.</numerusform>
            <numerusform>Not on track: %n cards are predicted below the target, more than can be brought forward in the days left at %1 a day. Raise the daily cap in Settings, or move the exam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the exam date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>The clock waits while you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time’s up for this question. This is the answer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the document (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Every card and question here is made from the article under “Your material”.
Press Study now to learn the flashcards, or take a quick quiz to see where you stand; what you miss comes back sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards you have not seen yet that today&apos;s limit brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards you have just started or forgotten: they come back within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards you know that are due for review today, so they stay remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study m&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More new cards today, review ahead, or one topic now — beyond the daily limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick quiz (weak topics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number of questions, the time limit, the topics and the kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each topic&apos;s mastery is the share of its facts you are predicted to remember then: from how well each flashcard is known and your recent quiz answers. Facts you have not studied count as not known. Click a topic to study it or take a quiz on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) for the whole quiz</source>
        <translation>
            <numerusform>%n minute for the whole quiz</numerusform>
            <numerusform>%n minutes for the whole quiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) for each question</source>
        <translation>
            <numerusform>%n second for each question</numerusform>
            <numerusform>%n seconds for each question</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on your weakest topics</source>
        <translation>
            <numerusform>%n question on your weakest topics</numerusform>
            <numerusform>%n questions on your weakest topics</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load your progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to study today.</source>
        <translation>
            <numerusform>%n card to study today.</numerusform>
            <numerusform>%n cards to study today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due right now — a quiz is a good way to keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n</source>
        <translation>
            <numerusform>longest %n</numerusform>
            <numerusform>longest %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question bank was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file problem, defaults used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your question banks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question banks found. Import a document with File › Import document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s)</source>
        <translation>
            <numerusform>%n flashcard</numerusform>
            <numerusform>%n flashcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to study today</source>
        <translation>
            <numerusform>%n to study today</numerusform>
            <numerusform>%n to study today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What you are predicted to remember in %n day(s)</source>
        <translation>
            <numerusform>What you are predicted to remember in %n day</numerusform>
            <numerusform>What you are predicted to remember in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study a few cards or take a quiz, and your weakest topics show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” updated: your progress on unchanged cards is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a study document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study documents (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Read it as older Latvian text (Windows-1257)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison table rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What is …?” sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other headed sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison table row could not be split into its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document ends inside the comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key points found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison table found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No “What is …?” sections found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of key differences found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key difference lacks the text for one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title does not name the two things compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known structure: cards come from headings and paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s)</source>
        <translation>
            <numerusform>%n flashcard</numerusform>
            <numerusform>%n flashcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice question(s)</source>
        <translation>
            <numerusform>%n multiple-choice question</numerusform>
            <numerusform>%n multiple-choice questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n true/false statement(s)</source>
        <translation>
            <numerusform>%n true/false statement</numerusform>
            <numerusform>%n true/false statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few of its cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until you press Save. Importing the same document again later keeps your progress on every card that did not change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>&amp;Flag as a bad question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bury until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>&amp;Keep my edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to see it in full. Double-click or Enter edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank now says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation (shown after a mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front (the question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence, with the blank written as {{answer}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in their right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the right answer; every other option must be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 is the right answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>Flashcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the answer away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungrammatical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right at first sight, faster than it can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always right in quizzes while its flashcard fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same wrong option chosen again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gives the answer away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ungrammatical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trivial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option is empty: fill it in or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least two options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most nine options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two options are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark exactly one option as the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark exactly one blank in the sentence as {{answer}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right option must be the text in {{…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is too long (at most 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brackets do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs something after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no filter “%1:”. Filters: topic:, kind:, is:, fact:, bank:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no “is:%1”. Try is:due, is:new, is:suspended, is:buried, is:flagged, is:edited, is:changed, is:mine or is:leech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no “kind:%1”. Try kind:card, kind:choice, kind:truefalse, kind:cloze or kind:order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“or” needs a search on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“-” needs a search right after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: out of study and quizzes until you restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buried until the next study day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave this quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %n answer(s) so far can count: they go into your results and your statistics, and a mistake brings its flashcard back for study. The questions you have not reached never count.</source>
        <translation>
            <numerusform>Your %n answer so far can count: they go into your results and your statistics, and a mistake brings its flashcard back for study. The questions you have not reached never count.</numerusform>
            <numerusform>Your %n answers so far can count: they go into your results and your statistics, and a mistake brings its flashcard back for study. The questions you have not reached never count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n answer(s)</source>
        <translation>
            <numerusform>Keep my %n answer</numerusform>
            <numerusform>Keep my %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been answered yet, so nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo here: Ctrl+Z takes back your last answer on the study screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: you can look around, but answers are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasteryBar</name>
    <message>
        <source>%1 of %2 studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted to be remembered in %1 days: %2% of its facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts studied or asked: %1 of %2 (the others count as not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the flashcards alone: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times forgotten: %1; cards forgotten again and again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent quiz answers right: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flashcards to &amp;Anki…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review &amp;history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;more today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick quiz (weak topics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; E edits the card, ! suspends it, - buries it until tomorrow, * flags it; Ctrl+Z undoes the last answer or action.
Quizzes: 1–4 or A–D choose an option, T or F for true/false; S skips; Enter or Space goes on after feedback, where E, !, - and * act on the question; Esc asks before leaving.
Browse: Ctrl+F searches; on the table E or Enter edits, ! suspends, - buries, * flags; Ctrl+Z undoes.
Statistics: F5 refreshes. Document: Ctrl+F finds, F3 / Shift+F3 next and previous.
Everywhere: Ctrl+1 home, Ctrl+2 study, Ctrl+3 quick quiz, Ctrl+4 custom quiz, Ctrl+5 statistics, Ctrl+B browse, Ctrl+N add an item, Ctrl+O import a document, Ctrl+Shift+B back up, Ctrl+, settings, Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimise the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About quizapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About quizapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quizapp %1 — learn one document thoroughly.
Your progress is kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionList</name>
    <message>
        <source>Your answer — right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickQuizIntro</name>
    <message>
        <source>Quick quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number of questions, the time and the topics yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers count toward each topic&apos;s mastery, and a question you miss brings its flashcard back for study. Esc leaves at any time, and you choose whether to keep the answers so far. This is explained only before your first quick quiz; Settings › Quizzes changes these defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) for the whole quiz</source>
        <translation>
            <numerusform>%n minute for the whole quiz</numerusform>
            <numerusform>%n minutes for the whole quiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) for each question</source>
        <translation>
            <numerusform>%n second for each question</numerusform>
            <numerusform>%n seconds for each question</numerusform>
        </translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on your weakest topics — on every topic until you have studied some</source>
        <translation>
            <numerusform>%n question on your weakest topics — on every topic until you have studied some</numerusform>
            <numerusform>%n questions on your weakest topics — on every topic until you have studied some</numerusform>
        </translation>
    </message>
    <message>
        <source>You see right or wrong, and why, after each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see what you got right at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizClockBar</name>
    <message>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizItemKeys</name>
    <message>
        <source>Edit question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this question (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend, bury or flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend (!), bury (-) or flag (*) this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later quizzes ask it as you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizResultsPage</name>
    <message>
        <source>What you mix up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wrong options you chose in this quiz&apos;s topics, and what was right. One fades once you answer its question right three times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions you missed again, in another order, their options reshuffled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study these topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time’s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s) linked to your mistakes are due again: they come up in your next study session.</source>
        <translation>
            <numerusform>%n flashcard linked to your mistakes are due again: they come up in your next study session.</numerusform>
            <numerusform>%n flashcards linked to your mistakes are due again: they come up in your next study session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. These questions have no linked flashcards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No mistakes — well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question answered right. Try a longer quiz or other topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%n mistake</numerusform>
            <numerusform>%n mistakes</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: time ran out on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: the quiz ended first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show question %1 in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, suspend or flag question %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizRunPage</name>
    <message>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the quiz here (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this question unanswered (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Enter or Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ran out before your answer; it was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ran out before you skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ran out on that question; here is the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Space continues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizSetupPage</name>
    <message>
        <source>Custom quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to be tested on. Questions from your weaker topics come up more often; every mistake makes its flashcards due again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the quiz (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rue / false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ill the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for the whole quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show right or wrong after each &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wea&amp;k topics (the five weakest you have studied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one topic, or choose all topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n studied so far</source>
        <translation>
            <numerusform>%n studied so far</numerusform>
            <numerusform>%n studied so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Preparing your quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions match this quiz. Choose more topics or both kinds of question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, next in %2 (key %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your progress could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress file is not a quizapp database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress was saved by a newer quizapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has version %1; this quizapp reads up to version %2. Update quizapp to open it, or restore an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed or deleted. Starting fresh keeps the file next to the new one, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup is from %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the data folder %1. You can open your progress read-only: you can look, but answers are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space, then try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other program (or quizapp command) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restore a backup from the data folder&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of cards you want to still remember when they come back (FSRS&apos;s desired retention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a new card comes back on its first day: minutes after each showing, separated by spaces (%1 to %2 each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a forgotten card comes back the same day: minutes after each showing, separated by spaces (%1 to %2 each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a card waits before it comes back, in days (36500 days, 100 years, means no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely you are to still remember a card when it comes back; higher means more reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning steps (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews after midnight and before this hour count for the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answers of short cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T switches typing on or off while you study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions per quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show right or wrong after each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2; Up and Down change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write one or more whole numbers of minutes from %2 to %3, separated by spaces (for example 1 10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not list settings by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list whole minutes, each from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list 7 days, Monday to Sunday, each one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty or the weights the optimiser fitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the out-of-the-box values; nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings (Ctrl+S or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress, backups and imported material are kept in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read completely, so defaults are used where it was broken. Saving writes a correct file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults filled in; press Save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the statistics (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing your statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute your statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quizzes yet — take a quiz and your scores show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quizzes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet — your Again / Hard / Good / Easy presses show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers in the past year · %2 not Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews in the past year yet — the hours you study at show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest: %1 (%2 reviews, %3 remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remembered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: %1 · time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviews today in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again pressed %1 times (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in a row · longest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row with at least one review, up to today (or yesterday, before today&apos;s first review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study days: %1 · time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flashcard answers on %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards studied: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviews remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reviews of learned cards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of reviews of learned cards answered Hard, Good or Easy (not Again) over the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active flashcards and %2 quiz questions; leeches are cards forgotten again and again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 quiz answers right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow: %1 · next 7 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards due for review today, overdue ones included (new cards not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet — each day you study fills a square here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied on %1 of the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streak %1, longest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic mastery (weakest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every studied topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics not studied yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic has been studied yet — study flashcards or take a quiz, and your weakest topics show up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics yet — import a document to get flashcards and questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied on %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per study day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet — study a few flashcards and your daily reviews show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews of learned cards yet. Retention shows how often you remembered a card when it came back for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days: %1 (%2 of %3 reviews) · your target: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remembered (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled yet — cards you study come back here when they are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next 7 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new cards among them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (with overdue cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted recall on exam day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam is set. Set its date on home, and this card shows day by day how much you would recall on the exam day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam on %1 · predicted recall now: %2 · target: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet: study a few cards, and the predicted recall on exam day shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted recall on exam day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you mix up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing mixed up. A wrong option you choose in a quiz shows here until you answer its question right three times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusions in all: %1. Answer a question right three times in a row and its confusions fade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyFooter</name>
    <message>
        <source>Home (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: your last answer to this card. Answer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: your answer “%1” to this card. Answer it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyHeader</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards you have not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards you have just started or forgotten: back within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards you know that are due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review ahead: the next %n day(s)</source>
        <translation>
            <numerusform>Review ahead: the next %n day</numerusform>
            <numerusform>Review ahead: the next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Study now, all its cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study: all your material</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyItemKeys</name>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyMoreDialog</name>
    <message>
        <source>Study more today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s limits are there so that reviews do not pile up; when you want more, choose one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More new cards today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study now the cards that are due in the next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;topic now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting your cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) you have never seen are left beyond today&apos;s.</source>
        <translation>
            <numerusform>%n card you have never seen are left beyond today&apos;s.</numerusform>
            <numerusform>%n cards you have never seen are left beyond today&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card has been seen: nothing new is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due in the next days; studied now, each comes back later.</source>
        <translation>
            <numerusform>%n card come due in the next days; studied now, each comes back later.</numerusform>
            <numerusform>%n cards come due in the next days; studied now, each comes back later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flashcard(s)</source>
        <translation>
            <numerusform>%n flashcard</numerusform>
            <numerusform>%n flashcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n card(s), new ones beyond today&apos;s limit and those due later, soonest first.</source>
        <translation>
            <numerusform>Now: %n card, new ones beyond today&apos;s limit and those due later, soonest first.</numerusform>
            <numerusform>Now: %n cards, new ones beyond today&apos;s limit and those due later, soonest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to study in it now: its cards were all studied today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudySummaryPage</name>
    <message>
        <source>Cards studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick quiz (weak topics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study m&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More new cards today, review ahead, or one topic now — beyond the daily limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next card at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card you are learning comes back then. Stay on this screen and studying resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done — that&apos;s all for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have studied every card due today here. Come back tomorrow; a quiz shows how much has stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to study right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards are due here today. A quiz is a good way to keep going.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Loading cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Again · 2 Hard · 3 Good · 4 Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leech: the card you just answered has been forgotten %n time(s). Read its source again, or learn it another way.</source>
        <translation>
            <numerusform>Leech: the card you just answered has been forgotten %n time. Read its source again, or learn it another way.</numerusform>
            <numerusform>Leech: the card you just answered has been forgotten %n times. Read its source again, or learn it another way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter shows the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicLink</name>
    <message>
        <source>Study this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz on this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz on this topic (it has no questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to study this topic or take a quiz on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: study or quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <source>Filter topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost: only the diacritics differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost: the right word with another ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost: a small typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong: a number differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answer, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference from the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined: missing from what you typed · struck through: typed, but not in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows the answer · T switches typing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter shows the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the steps in order in your head, then show the answer and rate how well you knew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is too long to type: say it to yourself, then show it and rate how well you knew it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MasteryCell</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

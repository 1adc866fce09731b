<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApplicationStateMachine</name>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree not awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request thesis defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve defence request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject defence request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record defence passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record defence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a state or an action named in a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the application is %2: the thesis defence has already failed %3 times, and a failed defence may be retried only once. The degree committee now decides whether the degree is refused.</source>
        <extracomment>%1 is an action, %2 a state, %3 how many defences have failed (2 or more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the application is %2. It is possible only in these states: %3.</source>
        <extracomment>%1 is an action, %2 a state, %3 a list of states such as &quot;“Submitted” or “Returned”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: the application is already %2.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the application is %2: the awarding institution has it, so it cannot be deleted. Cancel it first (取消申请), then delete it.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the application is %2: the awarding institution has it, so it cannot be changed. Cancel it first (取消申请), then edit it and submit it again.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the application is %2: after the on-site confirmation (现场确认) only the awarding institution can withdraw an application (清退). If something must be corrected, ask the institution.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to an existing application (this one is %2). Use %1 in the table of applications to add another one.</source>
        <extracomment>%1 is the action &quot;New application&quot;, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: the application is closed (%2). To apply again, add a new application (新增申请).</source>
        <extracomment>%1 is an action, %2 a final state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: the application is closed (%2). To apply for another degree type, add a new application (新增申请).</source>
        <extracomment>%1 is the field &quot;Degree type&quot;, %2 a final state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed while the application is %2. Cancel the application (取消申请), then choose the right degree type and submit it again.</source>
        <extracomment>%1 is the field &quot;Degree type&quot;, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed while the application is %2: after the on-site confirmation (现场确认) only the awarding institution can withdraw the application (清退). Ask the institution to withdraw it, then apply again with the right degree type.</source>
        <extracomment>%1 is the field &quot;Degree type&quot;, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another application is %1: one applicant cannot apply to two awarding institutions at the same time. Cancel that application (取消申请) first.</source>
        <extracomment>%1 is the state of the applicant&apos;s other application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another application is %1: one applicant cannot apply to two awarding institutions at the same time. Ask that institution to withdraw it (清退) first, or wait until it is closed.</source>
        <extracomment>%1 is the state of the applicant&apos;s other application</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRule</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of the options (%3). Choose an option from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run degreedesk-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DegreeDesk command-line tools: check the fields and records of the equivalent-education degree portal (同等学力申硕) with the rules of the DegreeDesk application.

Commands:
  validate FIELD VALUE           check one value (see &quot;fields&quot;)
  validate --record KIND FILE    check a whole record in a JSON file (&quot;-&quot; for standard input; see &quot;kinds&quot;)
  fields                         list the kinds of field
  kinds                          list the kinds of record
  pinyin NAME                    suggest the 姓名拼音 of a name
  catalog [NAME [PARENT]]        list the option catalogs, or the options of one

Output is JSON. Exit status: 0 valid, 1 invalid, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a whole record of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型 code for id-number (default 1, resident ID card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名 to compare a pinyin value with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge dates as if today were this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate, fields, kinds, pinyin or catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date in the form YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinyin needs exactly one name, e.g. degreedesk-cli pinyin 张三丰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a catalog. Run degreedesk-cli catalog for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate --record needs one file, e.g. degreedesk-cli validate --record basicInfo basic.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object: the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs a field and a value, e.g. degreedesk-cli validate id-number 11010519491231002X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of field. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationRule</name>
    <message>
        <source>%1 does not match %2. Type it again; do not copy and paste a mistake twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2. Check that it exists and that you may read it.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a DegreeDesk database (it is not an SQLite database at all). It was left untouched; choose another file or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another location.</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2. Check that you may write there, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be read. Restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a DegreeDesk database. It was left untouched; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of DegreeDesk (database version %2; this version reads up to %3). It was left untouched: update DegreeDesk to open it.</source>
        <extracomment>%1 a path, %2 and %3 schema version numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged (its integrity check failed). It was left untouched; restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an update, but the backup that must come first could not be written: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated to version %1: %2</source>
        <extracomment>%1 a version number, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a failed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read or is not a database; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged database %1 aside; nothing was restored. Close any program that has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the applicant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the applicant&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRule</name>
    <message>
        <source>%1 must be 8 digits in the form YYYYMMDD, e.g. 19810422; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date: the month (digits 5 and 6) must be 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date: %3-%4 has %5 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is before %3; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 6 digits in the form YYYYMM, e.g. 200606; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a month: digits 5 and 6 must be 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) must come after %3 (%4). Check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future (today is %3). Check the year, month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future (this month is %3). Check the year and month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DegreeApplicationValidator</name>
    <message>
        <source>%1 must be a year of 4 digits, e.g. 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is far from this year (%3); check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in %3, not in %4. Choose the province first, then an institution of that province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 belongs to %3, not to %4. Choose the discipline category first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a discipline of the degree type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not accept applicants with equivalent education. For a professional degree only clinical medicine, stomatology and traditional Chinese medicine are open (since 2016).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not in the application&apos;s year (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with a student number, choose the department you study in as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a state of an application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityRule</name>
    <message>
        <source>%1 (%2) is before %3 (%4): the prior degree must come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applicants need at least three years of work after the bachelor&apos;s degree: only %n month(s) separate %1 and %2. The earliest month to apply is %3.</source>
        <translation>
            <numerusform>Applicants need at least three years of work after the bachelor&apos;s degree: only %n month separates %1 and %2. The earliest month to apply is %3.</numerusform>
            <numerusform>Applicants need at least three years of work after the bachelor&apos;s degree: only %n months separate %1 and %2. The earliest month to apply is %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) must come after %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) would make you %3 years old when you began work; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) would make you %3 years old at your degree; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailRule</name>
    <message>
        <source>%1 contains a full-width character (＠ or 。) typed with a Chinese input method. Switch to English input and type @ and . again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address. It should look like name@example.com, with one @ and a domain after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portal asks applicants not to use Hotmail or Yahoo addresses (%2); its activation mail may never arrive. Use another provider, e.g. 163.com, qq.com or your employer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 belongs to the same provider as Hotmail, which the portal asks applicants not to use; the activation mail may not arrive. A mainland provider is safer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamRegistrationStateMachine</name>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ticket printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent from the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print admission ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a state or an action named in a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the exam registration is %2. It is possible only in these states: %3.</source>
        <extracomment>%1 is an action, %2 a state, %3 a list of states such as &quot;“Registered” or “Cancelled”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: the exam registration is already %2.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the exam registration is %2: the exam system has it. Cancel the registration first (取消报名), then delete it.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the exam registration is %2: once the fee is paid the registration stands and the fee is not refunded. If a detail is wrong, contact the provincial exam office.</source>
        <extracomment>%1 is an action, %2 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: the exam registration is closed (%2). For a later exam, add a new registration.</source>
        <extracomment>%1 is an action, %2 a final state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible yet: the degree application is %2. Only applicants whose qualification the awarding institution has approved (在册) may register for the national exam.</source>
        <extracomment>%1 is the action &quot;Register for the exam&quot;, %2 the state of the degree application</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamValidator</name>
    <message>
        <source>%1 must be a year of 4 digits, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is more than a year ahead; registration opens each March for the May exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a foreign language paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only digits and letters, as printed on the admission ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a state of an exam registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100; %2 was entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone during working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month work began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of prior degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of prior degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province of awarding institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarding institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of online application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province of employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical title level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (10,000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month all tests were passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician qualification certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month qualification obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practising certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date first registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency training certificate obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency training certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency training base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency end month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of notice before a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <extracomment>%1 is a table such as &quot;Personal history&quot;, %2 a row number, %3 a column label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <extracomment>%1 is a table such as &quot;Personal history&quot;, %2 a row number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of score release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National exam registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National exam scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency and physician certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a record or a table row, %2 a field of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original photo checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed photo checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>ID number of the chosen document type (the resident ID card unless another is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mainland mobile number, 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact phone: area code and number (0106296xxxx) or a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code, 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address; Hotmail and Yahoo are refused by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal user name, ideally an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date YYYYMMDD, not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month YYYYMM, not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名: Chinese characters (· for minority names) or Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in pinyin, compared with the usual reading of the name when one is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thesis keywords, 3 to 5, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族 code (GB/T 3304)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政治面貌 code (GB/T 4762)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国家或地区 code (ISO 3166 alpha-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province code (GB/T 2260, 2 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学位授予单位 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请学位类型 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学科门类 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学科名称 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前置学位类别 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人类别 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位性质 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政职务级别 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>技术职务级别 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全国统考 subject code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of field. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal password: 8 to 20 characters, with both letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumberRule</name>
    <message>
        <source>%1 will be entered as %2 (spaces removed, a lower-case x written as X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be entered as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have 18 characters; %2 were entered. Copy it again from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only digits, and an X as its last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a residence permit for Hong Kong, Macao or Taiwan residents begins with 810000, 820000 or 830000, not %2. If this is a resident ID card, choose that document type instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins with %2, which marks a residence permit for Hong Kong, Macao or Taiwan residents. Choose that document type instead of the resident ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins with %2, which is not the code of a province, autonomous region or municipality. Check the first two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: digits 7 to 14 (%2) are not a real date of birth. Check the number against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date of birth in digits 7 to 14 (%2) is before %3. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last character should be %2, not %3, for the first 17 digits as entered. One of the digits is probably mistyped; check the number against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Mainland Travel Permit for Hong Kong and Macao Residents is H (Hong Kong) or M (Macao) followed by 8 digits (or 10 on cards that count their issues), e.g. H12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Mainland Travel Permit for Taiwan Residents has 8 digits (10 on older permits), e.g. 12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a passport number has 5 to 17 letters and digits, without spaces or punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the number as printed on the certificate, 4 to 30 characters of digits, letters and Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can have at most 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) differs from the date in the ID number (%3). The portal compares them: correct whichever is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the ID number, whose 17th digit says %2 (odd for male, even for female). Correct whichever is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 15-digit numbers (of first-generation ID cards) are no longer accepted. Enter the 18-digit number of your current ID card; converted, this number would read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date of birth in digits 7 to 14 (%2) is in the future. Check the number against the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: this form has no such field. Remove it or correct the spelling of its name.</source>
        <extracomment>%1 is a field key or label that the program does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3. Correct the value and try again.</source>
        <extracomment>%1 is a field label, %2 the kind of value expected (&quot;text&quot;), %3 the kind found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with named fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCheckerWindow</name>
    <message>
        <source>DegreeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name to compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRule</name>
    <message>
        <source>%1 can have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs both the family name and the given name, as on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the middle dot · may stand only between two parts of a name written in Chinese characters, e.g. 阿沛·阿旺晋美.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written either in Chinese characters (with · between the parts of a minority name) or, for foreign applicants, in Latin letters as in the passport; digits, symbols and mixed scripts are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be entered as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can never be changed after registration: it must match the ID document exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can have at most 100 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only the letters A to Z, spaces and apostrophes, without tone marks; write ü as yu (Lyu), e.g. Zhang Sanfeng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the usual reading of %3, &quot;%4&quot;. Keep it if the name is read differently (a character with several readings); otherwise correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <source>%1 must have %2 to %3 characters; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only the letters A-Z and a-z and the digits 0-9 (the portal takes no spaces, symbols or Chinese characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must combine letters and digits: add a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must combine letters and digits: add a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have %2 to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain letters, digits, dots, hyphens and underscores, or be an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portal suggests using your e-mail address as user name, so that it is unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneRule</name>
    <message>
        <source>%1 will be entered as %2, digits only, as the portal asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an 11-digit mainland mobile number; %2 digits were entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must begin with 13 to 19, like 13800000000; %2 does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portal takes no extension. Enter a direct line, or a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only digits, in the form 0106296xxxx or 138xxxxxxxx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a mobile number; a mobile number has 11 digits and begins with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the area code with its leading 0 before the number, e.g. 0106296xxxx for Beijing (010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a landline number: an area code of 3 or 4 digits beginning with 0, then 7 or 8 digits, e.g. 0106296xxxx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalCodeRule</name>
    <message>
        <source>%1 must be 6 digits, e.g. 100871; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 000000 is not a postal code. Enter the code of your postal address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 has not been started yet. Open it from the menu to begin.</source>
        <extracomment>%1 is a step of the portal&apos;s menu, e.g. &quot;Upload photo&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no score of the %2 paper. Enter it from the exam system&apos;s score lookup once it is published.</source>
        <extracomment>%1 is the step &quot;Exam scores&quot;, %2 an exam paper such as &quot;English&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score of the %2 paper of %3 has not been entered. Enter it once it is published.</source>
        <extracomment>%1 is a field label, %2 an exam paper, %3 a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 paper was not passed (%3 of 100, %4 needed). Register for it again in the next national exam.</source>
        <extracomment>%1 is a field label, %2 an exam paper, %3 the score, %4 the pass mark</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pass of the %2 paper counted until %3. Register for it again in the next national exam.</source>
        <extracomment>%1 is a field label, %2 an exam paper, %3 a month &quot;YYYYMM&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no certificate photo yet. Choose a photo to crop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the photo does not pass the check %2. Crop it again or choose another photo.</source>
        <extracomment>%1 is the step &quot;Upload photo&quot;, %2 the code of a photo check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit degree application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for thesis defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency and physician certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>A stored %1 record cannot be read back: %2</source>
        <extracomment>%1 a record kind (&quot;basicInfo&quot;), %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a record of an unknown kind &quot;%1&quot;: it may come from a newer DegreeDesk.</source>
        <extracomment>%1 a record kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>&quot;%1&quot; is not a kind of record. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of an applicant&apos;s record. Use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON array of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and its type in the basic information differ from the registration; the portal and the exam system compare them, so they must be identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional degree applied for (clinical medicine, stomatology or traditional Chinese medicine) needs the physician and residency certificates (填写规培、医师证书信息).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the basic information differs from the registration (%2), which can never change. Correct the basic information to match it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequiredRule</name>
    <message>
        <source>%1 is required. Fill it in before you copy this form into the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidencyCertificateValidator</name>
    <message>
        <source>%1 has only digits and letters, as printed on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeRule</name>
    <message>
        <source>%1 is required: list your studies and work without gaps, up to this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the last entry may run up to now (至今). Enter the month this one ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts before the entry above it. List the entries from the earliest to the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n month(s) (%2) are missing between %3 and this entry. Add what you did then, or correct the months.</source>
        <translation>
            <numerusform>%1: %n month (%2) is missing between %3 and this entry. Add what you did then, or correct the months.</numerusform>
            <numerusform>%1: %n months (%2) are missing between %3 and this entry. Add what you did then, or correct the months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 overlaps %3 by %n month(s) (%2). One entry should end when the next begins.</source>
        <translation>
            <numerusform>%1 overlaps %3 by %n month (%2). One entry should end when the next begins.</numerusform>
            <numerusform>%1 overlaps %3 by %n months (%2). One entry should end when the next begins.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the history ends in %2, but it must run up to this month (%3). Extend the last entry to %3 or leave its end open (至今), or add what you have done since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before the start month (%3). Swap them or correct one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateChange</name>
    <message>
        <source>%1: the code is missing. Each entry of a timeline needs the states it moved between and the action that moved it.</source>
        <extracomment>%1 is &quot;from&quot;, &quot;to&quot; or &quot;action&quot; of a timeline entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time in ISO 8601 with a time zone, such as 2024-03-01T08:30:00Z. Write the time in UTC with a final Z.</source>
        <extracomment>%1 is the key &quot;at&quot;, %2 the text found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;from&quot;, &quot;to&quot;, &quot;action&quot; and &quot;at&quot;. Correct the entry or remove it.</source>
        <extracomment>%1 is the position of an entry in a timeline, e.g. &quot;timeline[2]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>find the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue the change for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant name: give a name of 1 to %1 characters.</source>
        <extracomment>%1 is the longest name allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a record of unknown kind &quot;%1&quot;.</source>
        <extracomment>%1 a record kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: the processed photo must be a JPEG file of at most %1 bytes; this one is not. Process the photo again.</source>
        <extracomment>%1 a size in bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the record: its identity belongs to a record of another applicant or of another kind. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for original photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the original photo in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original photo: &quot;%1&quot; is not a SHA-256 checksum (64 lower-case hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original photo is no longer in %1. Open it again from its file to crop it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept original photo is damaged (its checksum does not match). Open it again from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1: give a name of 1 to %2 characters (none of the applicants was imported).</source>
        <extracomment>%1 the applicant&apos;s number in the import, %2 a length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the applicant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record what the server accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant was not found: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Could not %1: the database is in use by another program. Close the other copy of DegreeDesk (or the program that has the file open) and try again.</source>
        <extracomment>%1 is what could not be done, e.g. &quot;save the basic information&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database file is read-only. Check its permissions or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database file is damaged. Restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database file cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the data conflicts with what is already stored (a record with the same identity). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database reported an error. Nothing was changed. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRule</name>
    <message>
        <source>%1 can have at most %2 characters; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThesisValidator</name>
    <message>
        <source>%1 must be written in English, without Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give %2 to %3 keywords separated by commas; %4 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be entered as &quot;%2&quot;, separated by English commas as universities ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is counted in units of 10,000 characters (万字), e.g. 3.5 for 35,000; &quot;%2&quot; is not such a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n month(s) after %2; the defence is due within a year of passing all tests. Ask your institution whether the deadline still holds.</source>
        <translation>
            <numerusform>%1 is %n month after %2; the defence is due within a year of passing all tests. Ask your institution whether the deadline still holds.</numerusform>
            <numerusform>%1 is %n months after %2; the defence is due within a year of passing all tests. Ask your institution whether the deadline still holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>DegreeDesk - check a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: correct the value as the findings below say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: read the notes below before you copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

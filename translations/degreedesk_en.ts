<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountPage</name>
        <message>
            <source>Change the account's password, e-mail address and mobile phone, with the rules of the registration form. Leave the new password empty to keep the current one. Nothing is saved until you press Save changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty to keep the current password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>Captcha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code from the e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the characters do not match the picture, or the picture expired. Type the characters of the new picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is wrong. Type the password you log in with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account is not activated yet. Enter the code of the activation e-mail, or ask for the e-mail again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Too many attempts. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many attempts. Try again in %n minute.</numerusform>
                <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: this user name is taken on the server. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the code is unknown, was already used or was replaced by a newer one. Check it against the latest e-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the code has expired. Ask for a new e-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not logged in to the server. Log in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session on the server has expired. Log in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the server does not accept this value. Correct it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: this field is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the value is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not understand the request (%1). This DegreeDesk may be too old for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not offer this. Check that the address is that of a DegreeDesk server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server failed to answer (an internal error). Try again later; if it goes on, tell the training center.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the request (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot connect to %1: the server refused the connection. Check the address and that the server is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot find the server %1. Check the address and the network connection.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The server %1 did not answer within %n second(s). Check the network connection and try again.</source>
            <translation>
                <numerusform>The server %1 did not answer within %n second. Check the network connection and try again.</numerusform>
                <numerusform>The server %1 did not answer within %n seconds. Check the network connection and try again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: %2. The server's certificate may be wrong or expired; ask the training center.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer of %1 is not that of a DegreeDesk server. Check the address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationActions</name>
        <message>
            <source>The state “%1” of this application is unknown.</source>
            <extracomment>%1 is the state code stored with an application</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationStateMachine</name>
        <message>
            <source>Not submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed on site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned for correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualification approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence not approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degree awarded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degree not awarded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm on site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return for correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve qualification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw from the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request thesis defence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve defence request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject defence request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record defence passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record defence failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Award degree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse degree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”</source>
            <extracomment>Quotation marks around a state or an action named in a sentence</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the application is %2: the thesis defence has already failed %3 times, and a failed defence may be retried only once. The degree committee now decides whether the degree is refused.</source>
            <extracomment>%1 is an action, %2 a state, %3 how many defences have failed (2 or more)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the application is %2. It is possible only in these states: %3.</source>
            <extracomment>%1 is an action, %2 a state, %3 a list of states such as "“Submitted” or “Returned”"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible: the application is already %2.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the application is %2: the awarding institution has it, so it cannot be deleted. Cancel it first (取消申请), then delete it.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the application is %2: the awarding institution has it, so it cannot be changed. Cancel it first (取消申请), then edit it and submit it again.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the application is %2: after the on-site confirmation (现场确认) only the awarding institution can withdraw an application (清退). If something must be corrected, ask the institution.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not apply to an existing application (this one is %2). Use %1 in the table of applications to add another one.</source>
            <extracomment>%1 is the action "New application", %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible: the application is closed (%2). To apply again, add a new application (新增申请).</source>
            <extracomment>%1 is an action, %2 a final state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be changed: the application is closed (%2). To apply for another degree type, add a new application (新增申请).</source>
            <extracomment>%1 is the field "Degree type", %2 a final state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be changed while the application is %2. Cancel the application (取消申请), then choose the right degree type and submit it again.</source>
            <extracomment>%1 is the field "Degree type", %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be changed while the application is %2: after the on-site confirmation (现场确认) only the awarding institution can withdraw the application (清退). Ask the institution to withdraw it, then apply again with the right degree type.</source>
            <extracomment>%1 is the field "Degree type", %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another application is %1: one applicant cannot apply to two awarding institutions at the same time. Cancel that application (取消申请) first.</source>
            <extracomment>%1 is the state of the applicant's other application</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another application is %1: one applicant cannot apply to two awarding institutions at the same time. Ask that institution to withdraw it (清退) first, or wait until it is closed.</source>
            <extracomment>%1 is the state of the applicant's other application</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackgroundCheck</name>
        <message>
            <source>Too little background shows around the head to judge its colour. Leave more background beside and above the head.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blue background (hue %1°).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The background is not blue: only %1% of it is (its hue is %2°; blue is 195–250°, not grey, not too dark or too bright). DegreeDesk never replaces a background: take the photo again in front of a blue one.</source>
            <extracomment>%1 percentage of the background, %2 hue in degrees</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The background is uneven (lightness varies by %1, the sides differ by ΔE %2): a shadow or a gradient shows. Light the background evenly.</source>
            <extracomment>%1 standard deviation of lightness, %2 colour difference ΔE</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BasicInfoPage</name>
        <message>
            <source>List your studies and work from the earliest to the latest, without gaps, up to this month. Leave the last end month empty for an entry still going on (up to now).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchReport</name>
        <message>
            <source>compliant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not compliant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unusable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot be read (%2).</source>
            <extracomment>%1 a file, %2 the system's reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot be written (%2).</source>
            <extracomment>%1 a file, %2 the system's reason</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogRule</name>
        <message>
            <source>%1: "%2" is not one of the options (%3). Choose an option from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Run degreedesk-cli --help for the commands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk command-line tools: check the fields and records of the equivalent-education degree portal (同等学力申硕) with the rules of the DegreeDesk application.

Commands:
  validate FIELD VALUE           check one value (see "fields")
  validate --record KIND FILE    check a whole record in a JSON file ("-" for standard input; see "kinds")
  fields                         list the kinds of field
  kinds                          list the kinds of record
  pinyin NAME                    suggest the 姓名拼音 of a name
  catalog [NAME [PARENT]]        list the option catalogs, or the options of one

Output is JSON. Exit status: 0 valid, 1 invalid, 2 bad usage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a whole record of this kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>证件类型 code for id-number (default 1, resident ID card).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>姓名 to compare a pinyin value with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judge dates as if today were this day (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the messages: zh_CN or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print JSON on one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validate, fields, kinds, pinyin or catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--today needs a date in the form YYYY-MM-DD, e.g. 2026-03-01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No command given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pinyin needs exactly one name, e.g. degreedesk-cli pinyin 张三丰</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a catalog. Run degreedesk-cli catalog for the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a kind of record. Use one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validate --record needs one file, e.g. degreedesk-cli validate --record basicInfo basic.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at byte %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must hold one JSON object: the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validate needs a field and a value, e.g. degreedesk-cli validate id-number 11010519491231002X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a kind of field. Use one of: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmationRule</name>
        <message>
            <source>%1 does not match %2. Type it again; do not copy and paste a mistake twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CropPlanner</name>
        <message>
            <source>The head could not be measured in this photo. Take the photo again in front of a plain blue background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head with its hair is too wide for its length (width/length %1, at most %2): no size of the photo keeps both the head width and the head length within the rules. Tie the hair back or press it flat, and take the photo again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is too narrow for its length (width/length %1, at least %2): no size of the photo keeps both the head width and the head length within the rules. Take the photo again, looking straight at the camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is too small around the head: the frame needs %1 × %2 pixels of this photo and it has %3 × %4. Take the photo from a little farther away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is too close to the left edge of the photo: %1 more pixels of background are needed beside it to centre it. Take the photo with the head in the middle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is too close to the right edge of the photo: %1 more pixels of background are needed beside it to centre it. Take the photo with the head in the middle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough space above the head: %1 pixels, at least %2 are needed. Take the photo with some background above the hair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo ends too close below the chin: the frame needs %1 more pixels below the head. Take the photo with the shoulders in the picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Head width %1 pixels (%2 mm).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) wide; it must be 249–283 pixels (21–24 mm). Crop closer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) wide; it must be 249–283 pixels (21–24 mm). Crop wider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Head length %1 pixels (%2 mm), top of the hair to the chin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) long from the top of the hair to the chin; it must be 331–389 pixels (28–33 mm). Crop closer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) long from the top of the hair to the chin; it must be 331–389 pixels (28–33 mm). Crop wider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is centred (%1 pixels off the middle).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is %1 pixels left of the middle; at most %2 are allowed. Move the frame to the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is %1 pixels right of the middle; at most %2 are allowed. Move the frame to the right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space above the head %1 pixels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The top of the head is cut off. Leave some background above the hair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only %1 pixels of space above the head; leave at least %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 pixels of space above the head is a lot; at most %2 look right. Move the frame down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The frame lies inside the photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chin is below the bottom of the frame. Move the frame down or make it larger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The frame reaches beyond the photo. DegreeDesk never fills in background: move the frame inside the photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enough resolution: the photo is reduced, not enlarged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo has to be enlarged %1 times and will look soft. A photo from closer or with a better camera is sharper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo has to be enlarged %1 times (at most %2): its resolution is too low. Take the photo from closer or with a better camera.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Your steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still missing (press Enter or double-click to go there)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot read the database file %1: %2. Check that it exists and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is not a DegreeDesk database (it is not an SQLite database at all). It was left untouched; choose another file or restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another location.</source>
            <extracomment>%1 is a folder path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the database file %1: %2. Check that you may write there, or choose another location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the database file %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 is damaged and cannot be read. Restore the newest backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is an SQLite database of another program, not a DegreeDesk database. It was left untouched; choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 was written by a newer version of DegreeDesk (database version %2; this version reads up to %3). It was left untouched: update DegreeDesk to open it.</source>
            <extracomment>%1 a path, %2 and %3 schema version numbers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 is damaged (its integrity check failed). It was left untouched; restore the newest backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database needs an update, but the backup that must come first could not be written: %1 Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>update the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database could not be updated to version %1: %2</source>
            <extracomment>%1 a version number, %2 the reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start a change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo a failed change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup cannot be made in the middle of a change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the backup %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 cannot be read or is not a database; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot move the damaged database %1 aside; nothing was restored. Close any program that has it open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot copy the backup to %1; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot put the backup in place of %1; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>update the applicant list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the applicant's records</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseOpener</name>
        <message>
            <source>DegreeDesk cannot open its database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring puts the newest backup in place; the file that cannot be opened is kept beside it, renamed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another file...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open or create a DegreeDesk database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk database (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest backup (%1) was restored. The file that could not be opened is kept as %2.</source>
            <extracomment>%1 the backup's file name, %2 where the damaged file was kept</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateRule</name>
        <message>
            <source>%1 must be 8 digits in the form YYYYMMDD, e.g. 19810422; "%2" is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a date: the month (digits 5 and 6) must be 01 to 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a date: %3-%4 has %5 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is before %3; check the year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be 6 digits in the form YYYYMM, e.g. 200606; "%2" is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a month: digits 5 and 6 must be 01 to 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) must come after %3 (%4). Check both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is in the future (today is %3). Check the year, month and day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is in the future (this month is %3). Check the year and month.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Degree application on the platform closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registering on the platform and submitting the degree application come before the exam registration. An unofficial handbook says they close in early March; the 1st is shown so that the reminder is not late. Check your institution's notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam registration (tdxl.neea.edu.cn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usually from 16 to 26 March, by an unofficial handbook. The name, ID number and mobile must be the same as on the degree platform. Check the year's notice of the exam authority (NEEA).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam fee payment deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid online in the exam system, about 100 yuan per paper (set by each province), by about 30 March according to an unofficial handbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the admission ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The admission ticket is printed from the exam system about a week before the exam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Sunday in May; the third one, as in the years known (inferred, check the notice). Foreign language 09:00–11:30, subject comprehensive paper 14:30–17:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam scores expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About 60 working days after the exam, on tdxl.neea.edu.cn, by an unofficial handbook; they may come earlier (it also says "around July").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activate the portal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portal asks for the account to be activated through the link of its e-mail within 24 hours of registering. Look in the spam folder too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portal account deleted if not activated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portal deletes accounts not activated within a week of registering; the registration would then have to be done again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day the %1 pass of %2 counts</source>
            <extracomment>%1 is an exam paper such as "English", %2 the year it was passed</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A pass of the national exam counts for %n year(s) (the portal's rule; some institutions allow longer). Apply for the degree before then, or sit the paper again.</source>
            <translation>
                <numerusform>A pass of the national exam counts for %n year (the portal's rule; some institutions allow longer). Apply for the degree before then, or sit the paper again.</numerusform>
                <numerusform>A pass of the national exam counts for %n years (the portal's rule; some institutions allow longer). Apply for the degree before then, or sit the paper again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenseRequestPage</name>
        <message>
            <source>The degree application it is for</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DefenseRequestTarget</name>
        <message>
            <source>The thesis defence can be requested only after a degree application has been submitted. Submit it first (%1): its state must be %2.</source>
            <extracomment>%1 is the step "Submit degree application", %2 the state "Submitted"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DegreeApplicationValidator</name>
        <message>
            <source>%1 must be a year of 4 digits, e.g. 2023.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 is far from this year (%3); check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is in %3, not in %4. Choose the province first, then an institution of that province.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 belongs to %3, not to %4. Choose the discipline category first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a discipline of the degree type %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 does not accept applicants with equivalent education. For a professional degree only clinical medicine, stomatology and traditional Chinese medicine are open (since 2016).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is not in the application's year (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: with a student number, choose the department you study in as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "%2" is not a state of an application.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DegreeApplicationsPage</name>
        <message>
            <source>Declared disciplines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No discipline declared yet. Press “New application” to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degree application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since 2016, applicants with equivalent education may apply for a professional degree only in clinical medicine, stomatology or traditional Chinese medicine. A wrong choice can only be undone by cancelling the application and applying again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I am already studying at the awarding institution</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EligibilityRule</name>
        <message>
            <source>%1 (%2) is before %3 (%4): the prior degree must come first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Applicants need at least three years of work after the bachelor's degree: only %n month(s) separate %1 and %2. The earliest month to apply is %3.</source>
            <translation>
                <numerusform>Applicants need at least three years of work after the bachelor's degree: only %n month separates %1 and %2. The earliest month to apply is %3.</numerusform>
                <numerusform>Applicants need at least three years of work after the bachelor's degree: only %n months separate %1 and %2. The earliest month to apply is %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2) must come after %3 (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) would make you %3 years old when you began work; check the year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) would make you %3 years old at your degree; check the year.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmailRule</name>
        <message>
            <source>%1 contains a full-width character (＠ or 。) typed with a Chinese input method. Switch to English input and type @ and . again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "%2" is not an e-mail address. It should look like name@example.com, with one @ and a domain after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the portal asks applicants not to use Hotmail or Yahoo addresses (%2); its activation mail may never arrive. Use another provider, e.g. 163.com, qq.com or your employer's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 belongs to the same provider as Hotmail, which the portal asks applicants not to use; the activation mail may not arrive. A mainland provider is safer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamPage</name>
        <message>
            <source>Registration, payment and the admission ticket happen in the exam system (tdxl.neea.edu.cn): registration in March for the exam in May. Prepare each paper here, the foreign language and the subject comprehensive paper, and record each step as you take it there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only when the institution exempts you from this paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration state</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamRegistrationStateMachine</name>
        <message>
            <source>Not registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admission ticket printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent from the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register for the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay the fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print admission ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record absence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”</source>
            <extracomment>Quotation marks around a state or an action named in a sentence</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the exam registration is %2. It is possible only in these states: %3.</source>
            <extracomment>%1 is an action, %2 a state, %3 a list of states such as "“Registered” or “Cancelled”"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible: the exam registration is already %2.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the exam registration is %2: the exam system has it. Cancel the registration first (取消报名), then delete it.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible while the exam registration is %2: once the fee is paid the registration stands and the fee is not refunded. If a detail is wrong, contact the provincial exam office.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible: the exam registration is closed (%2). For a later exam, add a new registration.</source>
            <extracomment>%1 is an action, %2 a final state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not possible yet: the degree application is %2. Only applicants whose qualification the awarding institution has approved (在册) may register for the national exam.</source>
            <extracomment>%1 is the action "Register for the exam", %2 the state of the degree application</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamScoreImport</name>
        <message>
            <source>Line %1, column %2 (%3): %4</source>
            <extracomment>%1 is a line number, %2 a column number, %3 the column's name, %4 what is wrong</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the double quote that opens the field is not closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is text after the closing double quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a double quote inside the field: put the whole field in double quotes and double the quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a whole number from 0 to 100, such as 72; “%2” is not.</source>
            <extracomment>%1 is the field "Score", %2 what was typed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Line %1 has %n field(s); each line has 3: year, subject (code or name), score.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>
                <numerusform>Line %1 has %n field; each line has 3: year, subject (code or name), score.</numerusform>
                <numerusform>Line %1 has %n fields; each line has 3: year, subject (code or name), score.</numerusform>
            </translation>
        </message>
        <message>
            <source>it is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is neither the code nor the name of an exam subject (such as “en” or “英语”).</source>
            <extracomment>%1 is what the file has in the subject column</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is empty; the file has only published scores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the %1 paper of %2 is already on line %3.</source>
            <extracomment>%1 is an exam paper such as "English", %2 a year, %3 a line number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no scores: each line needs a year, a subject and a score, separated by commas.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamValidator</name>
        <message>
            <source>%1 must be a year of 4 digits, e.g. 2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 is more than a year ahead; registration opens each March for the May exam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a foreign language paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has only digits and letters, as printed on the admission ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "%2" is not a state of an exam registration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be between 0 and 100; %2 was entered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID document type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone during working hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone outside working hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in pinyin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ethnic group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Political status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month work began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month of prior degree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category of prior degree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>School or employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Study or position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province of awarding institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awarding institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degree type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discipline category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discipline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month of online application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province of employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nature of employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrative rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical title level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foreign language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admission ticket number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for exemption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis title in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keywords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source of the topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length (10,000 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor's institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month all tests were passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physician qualification certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month qualification obtained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualification category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practising certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope of practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place of practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date first registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency training certificate obtained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency training certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency specialty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency training base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency start month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency end month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days of notice before a deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, row %2: %3</source>
            <extracomment>%1 is a table such as "Personal history", %2 a row number, %3 a column label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, row %2</source>
            <extracomment>%1 is a table such as "Personal history", %2 a row number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind of deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind of the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind of score release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export deadlines as a calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Basic information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degree applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam registrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defence application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notification preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is a record or a table row, %2 a field of it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original photo checksum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original photo file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo crop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed photo checks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldCheck</name>
        <message>
            <source>ID number of the chosen document type (the resident ID card unless another is chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mainland mobile number, 11 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact phone: area code and number (0106296xxxx) or a mobile number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>postal code, 6 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail address; Hotmail and Yahoo are refused by the portal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>portal user name, ideally an e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date YYYYMMDD, not in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month YYYYMM, not in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>姓名: Chinese characters (· for minority names) or Latin letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name in pinyin, compared with the usual reading of the name when one is given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thesis keywords, 3 to 5, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>证件类型 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>性别 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>民族 code (GB/T 3304)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>政治面貌 code (GB/T 4762)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>国家或地区 code (ISO 3166 alpha-2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>province code (GB/T 2260, 2 digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>学位授予单位 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>申请学位类型 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>学科门类 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>学科名称 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>前置学位类别 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>申请人类别 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>工作单位性质 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>行政职务级别 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>技术职务级别 code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>全国统考 subject code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a kind of field. Use one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>portal password: 8 to 20 characters, with both letters and digits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldCheckerWindow</name>
        <message>
            <source>DegreeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kinds of field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID document &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID document type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name to compare with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name to compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdNumberRule</name>
        <message>
            <source>%1 will be entered as %2 (spaces removed, a lower-case x written as X).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 will be entered as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must have 18 characters; %2 were entered. Copy it again from the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may contain only digits, and an X as its last character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a residence permit for Hong Kong, Macao or Taiwan residents begins with 810000, 820000 or 830000, not %2. If this is a resident ID card, choose that document type instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 begins with %2, which marks a residence permit for Hong Kong, Macao or Taiwan residents. Choose that document type instead of the resident ID card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 begins with %2, which is not the code of a province, autonomous region or municipality. Check the first two digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: digits 7 to 14 (%2) are not a real date of birth. Check the number against the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the date of birth in digits 7 to 14 (%2) is before %3. Check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the last character should be %2, not %3, for the first 17 digits as entered. One of the digits is probably mistyped; check the number against the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a Mainland Travel Permit for Hong Kong and Macao Residents is H (Hong Kong) or M (Macao) followed by 8 digits (or 10 on cards that count their issues), e.g. H12345678.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a Mainland Travel Permit for Taiwan Residents has 8 digits (10 on older permits), e.g. 12345678.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a passport number has 5 to 17 letters and digits, without spaces or punctuation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: enter the number as printed on the certificate, 4 to 30 characters of digits, letters and Chinese characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 can have at most 30 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) differs from the date in the ID number (%3). The portal compares them: correct whichever is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 differs from the ID number, whose 17th digit says %2 (odd for male, even for female). Correct whichever is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: 15-digit numbers (of first-generation ID cards) are no longer accepted. Enter the 18-digit number of your current ID card; converted, this number would read %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the date of birth in digits 7 to 14 (%2) is in the future. Check the number against the card.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JpegEncoder</name>
        <message>
            <source>Even at the lowest acceptable JPEG quality (%1) the photo takes %2 bytes, more than the %3 allowed: it is too noisy or detailed to fit under 200 KB. Retake it in better light, against a plain background.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>%1: this form has no such field. Remove it or correct the spelling of its name.</source>
            <extracomment>%1 is a field key or label that the program does not know</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be %2, not %3. Correct the value and try again.</source>
            <extracomment>%1 is a field label, %2 the kind of value expected ("text"), %3 the kind found</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object with named fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number with a fraction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>base64 text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NameRule</name>
        <message>
            <source>%1 can have at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs both the family name and the given name, as on the ID card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the middle dot · may stand only between two parts of a name written in Chinese characters, e.g. 阿沛·阿旺晋美.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be written either in Chinese characters (with · between the parts of a minority name) or, for foreign applicants, in Latin letters as in the passport; digits, symbols and mixed scripts are not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 will be entered as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 can never be changed after registration: it must match the ID document exactly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 can have at most 100 letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may contain only the letters A to Z, spaces and apostrophes, without tone marks; write ü as yu (Lyu), e.g. Zhang Sanfeng.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 "%2" differs from the usual reading of %3, "%4". Keep it if the name is read differently (a character with several readings); otherwise correct it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotificationsPage</name>
        <message>
            <source>What to remind of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to a calendar file...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file (.ics) opens in Outlook, Apple Calendar, Google Calendar and Thunderbird, with an alarm on each date as many days ahead as the reminders. Exporting again updates the same events.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordRule</name>
        <message>
            <source>%1 must have %2 to %3 characters; it has %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may contain only the letters A-Z and a-z and the digits 0-9 (the portal takes no spaces, symbols or Chinese characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must combine letters and digits: add a letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must combine letters and digits: add a digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must have %2 to %3 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may contain letters, digits, dots, hyphens and underscores, or be an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the portal suggests using your e-mail address as user name, so that it is unique.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneRule</name>
        <message>
            <source>%1 will be entered as %2, digits only, as the portal asks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may contain only digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be an 11-digit mainland mobile number; %2 digits were entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must begin with 13 to 19, like 13800000000; %2 does not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the portal takes no extension. Enter a direct line, or a mobile number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 may contain only digits, in the form 0106296xxxx or 138xxxxxxxx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a mobile number; a mobile number has 11 digits and begins with 13 to 19.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs the area code with its leading 0 before the number, e.g. 0106296xxxx for Beijing (010).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a landline number: an area code of 3 or 4 digits beginning with 0, then 7 or 8 digits, e.g. 0106296xxxx.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoCli</name>
        <message>
            <source>Run degreedesk-photo --help for the commands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk photo tool: checks certificate photos against the portal's rules (a JPEG of 390 × 567 pixels under 200 KB, 24-bit colour, blue background, head 21–24 mm wide and 28–33 mm long) and makes the compliant photo from any camera or phone photo. It only crops, scales, turns by the camera's orientation and re-encodes: it never replaces a background or retouches.

Commands:
  check FILE...                 judge the files as they are
  fix IN OUT                    write the compliant photo of IN to OUT
  fix --dir IN_DIR OUT_DIR      every photo of a folder; a progress line and a CSV report (OUT_DIR/report.csv)

Exit status: 0 compliant, 1 not compliant, 2 unusable input or bad usage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fix: process every photo of a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the messages: zh_CN or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check or fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No command given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check needs at least one file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fix --dir needs a folder of photos and an output folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fix needs an input photo and an output file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 bytes, quality %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 photos: %2 compliant. Report: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoDecoder</name>
        <message>
            <source>The file is truncated or damaged: it ends before the image data is complete. Copy the photo from the camera or phone again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a ZIP archive or an office document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an image format it knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo has no pixels (its header says %1 × %2). Copy the photo from the camera or phone again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is %1 × %2 pixels: DegreeDesk opens photos of at most %3 pixels on a side. Use the original photo from the camera or phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is %1 × %2 pixels (%3 megapixels): DegreeDesk opens photos of at most %4 megapixels. Use the original photo from the camera or phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo has transparent areas (%1% of its pixels): it was edited or cut out. Use the original photo from the camera or phone; DegreeDesk never fills in a background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk could not read the HEIC/HEIF photo (%1). Copy the photo from the phone again, or use the original JPEG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk could not read the %1 photo (%2). Copy the photo from the camera or phone again, or use the original JPEG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk cannot read %1 files on this computer: the package qt6-image-formats-plugins is missing. Install it, or use the original JPEG from the camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty (0 bytes). Copy the photo from the camera or phone again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a photo DegreeDesk can read (its content is %1). Use the original JPEG or HEIC from the camera or phone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoPage</name>
        <message>
            <source>Pixel size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a photo from a camera or phone (JPEG, PNG, HEIC, WebP, TIFF, BMP). You can also drop a photo here or paste one (Ctrl+V).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Automatic crop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place the frame so that the head's width and length meet the rules, the head centred.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Straighten by &amp;eyes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the frame so that the eyes are level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the certificate photo to a file, to upload it to the portal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this photo for the applicant (the original and the crop are kept too, so it can be cropped again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portal's photo &amp;rules</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoPipeline</name>
        <message>
            <source>No face was found. Take the photo again looking straight at the camera, with the face uncovered and evenly lit.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n faces were found; the photo must show one person only.</source>
            <translation>
                <numerusform>%n faces were found; the photo must show one person only.</numerusform>
                <numerusform>%n faces were found; the photo must show one person only.</numerusform>
            </translation>
        </message>
        <message>
            <source>One face found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is level (eye line at %1°).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is tilted: the eye line is at %1° (at most ±%2°). Hold the head straight and take the photo again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outline of the head is unclear against the background (hair or clothes close to its colour): check the head guides in the cropper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is in grayscale; the portal needs a colour photo. Use the colour original.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A baseline JPEG with no metadata (quality %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>390 × 567 pixels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 bytes (under 200 KB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24-bit RGB colour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is a %1 image, not a JPEG (judged by its content, whatever its name says). Save the photo as JPEG: 'degreedesk-photo fix' does.</source>
            <extracomment>%1 the format found, e.g. PNG</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is %1 bytes; it must be under 200 KB (at most %2 bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JPEG is in CMYK colour; the portal needs 24-bit RGB. 'degreedesk-photo fix' converts it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JPEG is in grayscale; the portal needs a 24-bit RGB colour photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JPEG has %1 bits per sample; the portal needs 8 (24-bit RGB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JPEG is progressive; some upload pages accept only baseline JPEG. 'degreedesk-photo fix' writes baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file carries EXIF or XMP metadata (camera, time, perhaps the place). 'degreedesk-photo fix' leaves none in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is %1 × %2 pixels; it must be exactly 390 × 567. 'degreedesk-photo fix' crops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The eyes could not be found (glasses, hair or light in the way): check yourself that the head is level.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoRules</name>
        <message>
            <source>A JPEG file, judged by its content: renaming another file to .jpg does not make it one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a real JPEG (judged by its content, not its name). Open the original photo again so that it is encoded as JPEG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exactly 390 pixels wide and 567 pixels high (33 × 48 mm at 300 dpi).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is not exactly 390 × 567 pixels. Crop it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File size under 200 KB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is 200 KB or larger. Crop it again so that it is encoded smaller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24-bit RGB true colour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo is not in 24-bit RGB colour (it may be greyscale or CMYK). Use a colour photo from a digital camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blue background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The background is not blue. Take the photo again in front of a blue background: DegreeDesk never replaces a background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Head width 21–24 mm (249–283 pixels).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is not 21–24 mm (249–283 pixels) wide. Crop it again, closer or wider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Head length 28–33 mm (331–389 pixels), from the top of the hair to the chin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head is not 28–33 mm (331–389 pixels) long from the top of the hair to the chin. Crop it again, closer or wider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent (within three months), frontal, bare-headed, in colour, half-length; public servants not in uniform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The face is not frontal and bare-headed. Take a recent photo looking straight at the camera, without a hat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken with a digital camera, without any retouching. The photo is printed on the degree certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo looks retouched or is a photo of a print. Use an untouched photo from a digital camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo does not pass the check %1. Crop it again or choose another photo.</source>
            <extracomment>%1 is the code of a photo check, e.g. "photo.exposure"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostalCodeRule</name>
        <message>
            <source>%1 must be 6 digits, e.g. 100871; "%2" is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: 000000 is not a postal code. Enter the code of your postal address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProcessPage</name>
        <message>
            <source>The steps of the portal in the order of its menu. Each shows how far you have come; open one to work on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The national process, from application to degree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;ol&gt;&lt;li&gt;Eligibility: a bachelor's degree (学士学位) and, when you apply, at least three years of work since it.&lt;/li&gt;&lt;li&gt;Choose an awarding institution (学位授予单位); most applicants attend its course (课程研修班).&lt;/li&gt;&lt;li&gt;On this platform: register, activate the account by e-mail, upload the photo, fill in the basic information and submit the degree application (its state becomes 已提交).&lt;/li&gt;&lt;li&gt;On-site confirmation (现场确认): first-time applicants go in person with their ID card and degree certificate.&lt;/li&gt;&lt;li&gt;Qualification review (资格审查) by the institution: once passed, you are in the register (在册库) and may register for the national exam.&lt;/li&gt;&lt;li&gt;National exam (全国统考): registration in March on the exam system, the exam on a Sunday in May, the scores about July.&lt;/li&gt;&lt;li&gt;Apply for the thesis defence, report the thesis and defend it within a year of passing all tests; the degree committee (学位评定委员会) decides and awards the master's degree certificate (a single certificate, no 毕业证).&lt;/li&gt;&lt;/ol&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>%1 has not been started yet. Open it from the menu to begin.</source>
            <extracomment>%1 is a step of the portal's menu, e.g. "Upload photo"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>foreign language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: there is no score of the %2 paper. Enter it from the exam system's score lookup once it is published.</source>
            <extracomment>%1 is the step "Exam scores", %2 an exam paper such as "English"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the score of the %2 paper of %3 has not been entered. Enter it once it is published.</source>
            <extracomment>%1 is a field label, %2 an exam paper, %3 a year</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the %2 paper was not passed (%3 of 100, %4 needed). Register for it again in the next national exam.</source>
            <extracomment>%1 is a field label, %2 an exam paper, %3 the score, %4 the pass mark</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the pass of the %2 paper counted until %3. Register for it again in the next national exam.</source>
            <extracomment>%1 is a field label, %2 an exam paper, %3 a month "YYYYMM"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: there is no certificate photo yet. Choose a photo to crop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Basic information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit degree application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply for thesis defence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thesis information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QualityCheck</name>
        <message>
            <source>The face is too dark (brightness %1, at least %2). Take the photo again in more light; DegreeDesk does not brighten photos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The face is too bright (brightness %1, %2% of it washed out). Take the photo again with softer light.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The face is well exposed (brightness %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One side of the face is much darker than the other (%1% apart): light the face evenly from the front.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The face is sharp (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The face is blurred (sharpness %1, at least %2): hold the camera still and focus on the eyes, then take the photo again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The face is a little soft (sharpness %1; %2 or more is sharp). A sharper photo prints better on the certificate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <source>A stored %1 record cannot be read back: %2</source>
            <extracomment>%1 a record kind ("basicInfo"), %2 what is wrong with it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database holds a record of an unknown kind "%1": it may come from a newer DegreeDesk.</source>
            <extracomment>%1 a record kind</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordTypes</name>
        <message>
            <source>"%1" is not a kind of record.</source>
            <extracomment>%1 the kind a record names ("basicInfo")</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordValidator</name>
        <message>
            <source>"%1" is not a kind of record. Use one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a part of an applicant's record. Use: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" must be a JSON array of records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" must be a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and its type in the basic information differ from the registration; the portal and the exam system compare them, so they must be identical.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The professional degree applied for (clinical medicine, stomatology or traditional Chinese medicine) needs the physician and residency certificates (填写规培、医师证书信息).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in the basic information differs from the registration (%2), which can never change. Correct the basic information to match it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistrationPage</name>
        <message>
            <source>The portal sends an activation mail to the e-mail address below; with a wrong address the account can never be activated. Activate it within 24 hours: accounts not activated within a week are deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your e-mail address is recommended: it is unique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters and digits combined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own mobile: for password recovery and SMS notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your real name, as on your ID document. It can never be changed once registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can complete this during the degree application</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequiredRule</name>
        <message>
            <source>%1 is required. Fill it in before you copy this form into the portal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidencyCertificatePage</name>
        <message>
            <source>Physician qualification certificate (医师资格证书)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physician practising certificate (医师执业证书)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standardised residency training (住院医师规范化培训)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidencyCertificateValidator</name>
        <message>
            <source>%1 has only digits and letters, as printed on the certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be between 0 and %2 days.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidencyRequirement</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 a discipline (学科名称), %2 its degree type (申请学位类型)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <extracomment>joins the disciplines of several applications</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step is needed: the professional degree in %1 asks for the physician certificates and the standardised residency training (规培).</source>
            <extracomment>%1 the discipline(s) applied for, e.g. "临床医学 (专业学位)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step is not needed for now: no degree application names a discipline yet. It is asked only of applicants for the professional degrees in clinical medicine, stomatology and traditional Chinese medicine (临床医学、口腔医学、中医).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step is not needed for your application: %1 is not a professional degree in clinical medicine, stomatology or traditional Chinese medicine (临床医学、口腔医学、中医), the only degrees that ask for these certificates.</source>
            <extracomment>%1 the discipline(s) applied for, e.g. "计算机科学与技术 (学术型学位)"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResumeRule</name>
        <message>
            <source>%1 is required: list your studies and work without gaps, up to this month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: only the last entry may run up to now (至今). Enter the month this one ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 starts before the entry above it. List the entries from the earliest to the latest.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is before the start month (%3). Swap them or correct one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterSearch</name>
        <message>
            <source>read the applicant list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the applicants</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreFileImport</name>
        <message>
            <source>%1 could not be read: %2</source>
            <extracomment>%1 is a file name, %2 the system's reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large to be a list of scores.</source>
            <extracomment>%1 is a file name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported from %1:</source>
            <extracomment>%1 is a file name; the problems follow, one a line</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>... and %n more problem(s).</source>
            <translation>
                <numerusform>... and %n more problem.</numerusform>
                <numerusform>... and %n more problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported from %1: %2 new, %3 updated, %4 unchanged.</source>
            <extracomment>%1 is a file name; %2, %3, %4 numbers of scores</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoresPage</name>
        <message>
            <source>Scores are published in the exam system (tdxl.neea.edu.cn) some weeks after the exam. A paper is passed with 60 of 100, each paper on its own, and a pass counts for a limited time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from a CSV file...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A CSV file has one score per line: year, subject (code or name), score, e.g. 2026,英语,72. A file with any bad line imports nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0–100, empty until published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerAccount</name>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff of the training center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator of the training center</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerAccountPanel</name>
        <message>
            <source>Account on the training center's server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Captcha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters in the picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register with my registration details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgotten password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent an e-mail with an activation code to the registered address. Enter the code to activate the account (it is valid for 24 hours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the e-mail again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a reset e-mail for the user name above: it holds a reset code, valid for one hour. Then enter the code and a new password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the reset e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged in as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StateChange</name>
        <message>
            <source>%1: the code is missing. Each entry of a timeline needs the states it moved between and the action that moved it.</source>
            <extracomment>%1 is "from", "to" or "action" of a timeline entry</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "%2" is not a time in ISO 8601 with a time zone, such as 2024-03-01T08:30:00Z. Write the time in UTC with a final Z.</source>
            <extracomment>%1 is the key "at", %2 the text found</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be an object with "from", "to", "action" and "at". Correct the entry or remove it.</source>
            <extracomment>%1 is the position of an entry in a timeline, e.g. "timeline[2]"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusPage</name>
        <message>
            <source>Current state of each application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of state changes (newest first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No state has changed yet: an application's history starts when it is submitted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>find the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>queue the change for sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant name: give a name of 1 to %1 characters.</source>
            <extracomment>%1 is the longest name allowed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rename the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the applicants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save a record of unknown kind "%1".</source>
            <extracomment>%1 a record kind</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo: the processed photo must be a JPEG file of at most %1 bytes; this one is not. Process the photo again.</source>
            <extracomment>%1 a size in bytes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the record: its identity belongs to a record of another applicant or of another kind. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1 for original photos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot keep the original photo in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original photo: "%1" is not a SHA-256 checksum (64 lower-case hexadecimal digits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The original photo is no longer in %1. Open it again from its file to crop it anew.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kept original photo is damaged (its checksum does not match). Open it again from its file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import the applicants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record what the server accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The applicant was not found: it may have been deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was not found: it may have been deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a name of 1 to %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant %1: %2 None of the applicants was imported.</source>
            <extracomment>%1 the applicant's number in the import, %2 what is wrong (a sentence)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change from the server has no identity or no version. Nothing was applied from the server this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a record of unknown kind "%1": this DegreeDesk may be older than the server. Update DegreeDesk; nothing was applied from the server this time.</source>
            <extracomment>%1 a record kind</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a %1 record that cannot be read (%2). Nothing was applied from the server this time.</source>
            <extracomment>%1 a record kind, %2 the rule it breaks and the field</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remember where the server's changes continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apply the server's changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's changes could not all be applied. Nothing was applied from the server this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent an applicant without a usable name (1 to %1 characters). Nothing was applied from the server this time.</source>
            <extracomment>%1 is the longest name allowed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read where the server's changes continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a record of an applicant this database does not have. Nothing was applied from the server this time; sync again from the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a record whose identity belongs here to a record of another applicant or of another kind. Nothing was applied from the server this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>update the applicant list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep the conflict with the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered with another record than the one sent. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The conflict was not found: it may have been resolved meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the resolved conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merged record cannot be saved (%1). Correct it and resolve the conflict again.</source>
            <extracomment>%1 the rule it breaks and the field</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>take the server's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep the change the server refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the changes the server refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merge the server's change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>Could not %1: the database is in use by another program. Close the other copy of DegreeDesk (or the program that has the file open) and try again.</source>
            <extracomment>%1 is what could not be done, e.g. "save the basic information"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the disk is full. Free some space and try again; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the database file is read-only. Check its permissions or choose another location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the database file is damaged. Restore the newest backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the database file cannot be opened. Check that its folder exists and that you may write to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the data conflicts with what is already stored (a record with the same identity). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the database reported an error. Nothing was changed. (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the program gave a statement the wrong number of values. Nothing was changed.</source>
            <extracomment>%1 the action, e.g. "import the applicants"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryDocument</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections in the order the portal asks for them. Marked values must be filled in or corrected first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 - %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 - %2 - printed on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary could not be saved as %1 (%2). Choose a folder you can write to.</source>
            <extracomment>%1 is a file path, %2 the system's reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 - %2 - %3.pdf</source>
            <extracomment>a file name: %1 is the applicant's name, %2 "Application summary", %3 the date</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummarySheet</name>
        <message>
            <source>Saved (%1 KB), but it cannot be read as an image</source>
            <extracomment>%1 is a size in KB</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JPEG, %1 × %2 px, %3 KB</source>
            <extracomment>%1 × %2 are pixels, %3 a size in KB</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up to now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <extracomment>%1 is "Submit degree application", %2 and %3 numbers: "(1 of 2)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not published yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passed, valid until %1</source>
            <extracomment>%1 is the last month the pass counts, "YYYYMM"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not passed (%1 needed)</source>
            <extracomment>%1 is the pass mark</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 missing</source>
            <extracomment>how many fields are not filled in</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to correct</source>
            <extracomment>how many values break a rule</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to check</source>
            <extracomment>how many values are accepted but probably a mistake</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready: every field is filled in and passes the checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready, but look again: %1.</source>
            <extracomment>%1 is a list such as "3 missing, 1 to correct"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextRule</name>
        <message>
            <source>%1 can have at most %2 characters; it has %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThesisValidator</name>
        <message>
            <source>%1 must be written in English, without Chinese characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: give %2 to %3 keywords separated by commas; %4 were given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 will be entered as "%2", separated by English commas as universities ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is counted in units of 10,000 characters (万字), e.g. 3.5 for 35,000; "%2" is not such a number.</source>
            <translation type="unfinished" />
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
        <name>dd::sync::ApiClient</name>
        <message>
            <source>No server address is set. Enter the address of the training center's server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::sync::ConflictModel</name>
        <message>
            <source>Applicant name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the same on both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same on both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a conflict first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The conflict changed while you were looking at it: the server sent a newer version, or the record was edited here. Look at both sides again, then decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JPEG photo, %1 KB</source>
            <extracomment>%1 is the size of a JPEG photo in kilobytes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 is an option's name, %2 its code ("中共党员 (01)")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2</source>
            <extracomment>a numbered line of a list: %1 the number, %2 the entry</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::sync::ServerConnection</name>
        <message>
            <source>You are not logged in to the server. Log in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session is kept for this server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::sync::SyncEngine</name>
        <message>
            <source>A change could not be pushed to the server. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change could not be pushed to the server: its record is missing from this computer's database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server at %1 gave an answer DegreeDesk does not understand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The local database could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The server refused %n change(s). Correct them and save again.</source>
            <translation>
                <numerusform>The server refused %n change. Correct them and save again.</numerusform>
                <numerusform>The server refused %n changes. Correct them and save again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The session on the server %1 has ended. Log in again: the changes made on this computer are kept and will be sent then.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::AccountPage</name>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes the new password, e-mail address and mobile phone into the registration details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password, e-mail and phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not entered yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: the registration details have the new values.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ApplicantSelector</name>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename this applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new applicant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1 and everything prepared for them?</source>
            <extracomment>%1 is the applicant's name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their registration, basic information, photo, applications and scores are removed from this computer (a backup keeps the last days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ApplicationActionBar</name>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an application in the table first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The state %1 of this application is unknown, so nothing can be done with it here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The form has %n problem(s). Fix them before submitting the application.</source>
            <translation>
                <numerusform>The form has %n problem. Fix them before submitting the application.</numerusform>
                <numerusform>The form has %n problems. Fix them before submitting the application.</numerusform>
            </translation>
        </message>
        <message>
            <source>Application state: %1</source>
            <extracomment>%1 is the state of the application, e.g. "Submitted"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To change this application, press %1: it becomes %2 again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ApplicationTableModel</name>
        <message>
            <source> · </source>
            <extracomment>Separates the actions listed in the "Actions" column of the table of applications</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discipline category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discipline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awarding institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::BasicInfoPage</name>
        <message>
            <source>Sets %1 to what the ID number says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in basic information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth and sex from the ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use %1 from the ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pinyin is known for %1: type its reading yourself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ConflictListModel</name>
        <message>
            <source>%1 (deleted on the server)</source>
            <extracomment>%1 is a record ("Basic information") the server deleted</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (deleted here)</source>
            <extracomment>%1 is a record ("Basic information") deleted on this computer</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degree application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam score</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the fields that are the &amp;same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use &amp;mine for the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the ser&amp;ver's for the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take the server's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the m&amp;erged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your version of the whole record is sent to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's version replaces yours on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merged column is saved here and sent to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused these changes because they break one of its rules. Correct the record and save it: the change is sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts: what is on this computer agrees with the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a conflict in the list.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;, %2: %n field(s) differ.</source>
            <extracomment>%1 the applicant, %2 the record, %3 how many fields differ</extracomment>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2: %n field differ.</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2: %n fields differ.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server deleted this record; it was changed here. Keep mine to restore it on the server, take the server's to delete it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record was deleted here and changed on the server. Keep mine to delete it on the server too, take the server's to restore it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the version to keep for each field, or type the merged value (F2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Conflicts (%1)</source>
            <extracomment>%1 is the number of conflicts</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refused by the server (%1)</source>
            <extracomment>%1 is the number of changes the server refused</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your version of the whole record and send it to the server? The changes made on the server are replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the server's version of the whole record? Your changes to it on this computer are dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on this computer; it is sent to the server at the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::DashboardPage</name>
        <message>
            <source>Your steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My home page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 steps are complete.</source>
            <extracomment>%1 steps done out of %2</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 the applicant's name, %2 "3 of 9 steps ..."</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <extracomment>%n things still to do in a step</extracomment>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is missing. Check the summary before you type it into the portal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: %1 — %2</source>
            <extracomment>%1 what is due, %2 when ("on 26 March 2027, in 117 days")</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::DeadlineModel</name>
        <message>
            <source>%1 – %2</source>
            <extracomment>A span of days: %1 the first, %2 the last</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 a date, %2 its day of the week</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portal's rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unofficial source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How sure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::DefenseRequestPage</name>
        <message>
            <source>Go to %1</source>
            <extracomment>%1 is the menu item "Submit degree application"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply for thesis defence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request can be made now: the application's state allows it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::DegreeApplicationsPage</name>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit degree application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the application %1? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the application %1? The awarding institution no longer considers it; you can then edit it and submit it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 done: the application is now %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::DependentChoices</name>
        <message>
            <source>Not studying at the awarding institution</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::DesktopNotifier</name>
        <message>
            <source>DegreeDesk reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder: %1. %2</source>
            <extracomment>A reminder in the window's message bar: %1 what, %2 when</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ExamPage</name>
        <message>
            <source>National exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (since %2)</source>
            <extracomment>%1 is a state such as "Fee paid", %2 the time it was recorded</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: done. The registration is now “%2”.</source>
            <extracomment>%1 is an action such as "Pay the fee", %2 the new state such as "Fee paid"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the registration for the %1 paper of %2 from DegreeDesk? This cannot be undone.</source>
            <extracomment>%1 is an exam paper such as "English" (may be empty), %2 a year</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ExamRegistrationModel</name>
        <message>
            <source>%1, exempt</source>
            <extracomment>%1 is the state of a registration such as "Not registered"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ExamScoreModel</name>
        <message>
            <source>Not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (expired)</source>
            <extracomment>%1 is the last month a pass counted, "2026-05"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::FieldCheckerWindow</name>
        <message>
            <source>DegreeDesk - check a field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a value to check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rule: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted: correct the value as the findings below say.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted: read the notes below before you copy it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::MainWindow</name>
        <message>
            <source>DegreeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New applicant...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename applicant...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete applicant...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the &amp;menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Training center mode (many applicants)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check a single field...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About DegreeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About DegreeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;DegreeDesk %1&lt;/h3&gt;&lt;p&gt;Prepares applications for a master's degree with equivalent education: every field checked before it is typed into the portal, the certificate photo, the whole file kept on this computer.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix</source>
            <extracomment>%n is the number of errors left on the page</extracomment>
            <translation>
                <numerusform>%n problem to fix</numerusform>
                <numerusform>%n problems to fix</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <extracomment>%1 is the time of day</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Process a folder of photos...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::MenuModel</name>
        <message>
            <source>Degree application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View application process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in basic information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit degree application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply for thesis defence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report thesis information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View application status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password, e-mail and phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My home page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed for your application</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::MessageBar</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::NotificationsPage</name>
        <message>
            <source> days</source>
            <extracomment>After the number of days in a spin box</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While DegreeDesk is open, each reminder shows once a day as a desktop notification, from the chosen number of days before its date to the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desktop has no notification area, so while DegreeDesk is open each reminder shows once a day in the message bar at the top of the window, from the chosen number of days before its date to the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to a calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a date to see where it comes from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No dates ahead: nothing is left to remind of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk counts from the day the registration form was last saved here, %1.</source>
            <extracomment>%1 is a date</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No dates to export: switch a reminder on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk: %1</source>
            <extracomment>The calendar's name: %1 is the applicant</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How sure: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <extracomment>%1 is a file name, %2 the system's reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n date(s) saved to %1.</source>
            <extracomment>%1 is a file name</extracomment>
            <translation>
                <numerusform>%n date saved to %1.</numerusform>
                <numerusform>%n dates saved to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoBatch</name>
        <message>
            <source>Several applicants have the ID number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several applicants are called %1: name the file by the ID number instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No applicant has the ID number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No applicant has this file name as ID number or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a folder that can be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not matched: matching by file name is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several files are for %1 (%2): keep one of them.</source>
            <extracomment>%1 the applicant, %2 the files</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 changed while the batch ran: run the batch again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the results as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoBatchDialog</name>
        <message>
            <source>C&amp;hoose...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Match to applicants by file name (ID number or name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as CS&amp;V...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process a folder of photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder of photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A folder of photos named by ID number or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder of photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the whole batch has finished, each compliant photo of a matched applicant replaces that applicant's photo. A cancelled batch saves nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 files; %2 matched to an applicant.</source>
            <extracomment>%1 files in the folder, %2 of them matched</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder has no files to process.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processing... Nothing is saved before the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <extracomment>progress: %1 photos done of %2</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1 of %2 photos are compliant; %3 attached to their applicants.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nothing was saved (%1 of %2 photos had been processed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The results were saved to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoBatchModel</name>
        <message>
            <source>Compliant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a new photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unusable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quality %1, %L2 bytes</source>
            <extracomment>%1 the JPEG quality (1-100), %2 the file size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%L1 bytes, as it was</source>
            <extracomment>an already compliant photo kept without re-encoding</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo was attached to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file already met every rule: it is kept as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cropped and re-encoded to the portal's rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No crop makes this photo compliant: ask for a new photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read as a photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not processed: the batch was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoFindingsModel</name>
        <message>
            <source>%1 bytes</source>
            <extracomment>%1 a number of bytes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 passed/warning/failed, %2 the message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allowed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoPage</name>
        <message>
            <source>Result of the photo check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photo yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The photo does not pass %n check(s):</source>
            <extracomment>followed by one line per failed check</extracomment>
            <translation>
                <numerusform>The photo does not pass %n check:</numerusform>
                <numerusform>The photo does not pass %n checks:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (not met)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo and crop frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a photo, drop one here or paste one (Ctrl+V). It is decoded and measured, and the frame placed for you; nothing is retouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings of the photo check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo as it will be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic crop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Straighten by eyes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pasted photo.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not written while a rule fails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading and measuring the photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo meets every rule. Save it to keep it for the applicant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo meets every rule and is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the certificate photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>photo.jpg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JPEG photos (*.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no certificate photo for this applicant yet. Open a photo from a camera or phone: DegreeDesk crops it to the portal's rules and tells you if it cannot.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Worth a look in the findings: %n warning(s).</source>
            <translation>
                <numerusform>Worth a look in the findings: %n warning.</numerusform>
                <numerusform>Worth a look in the findings: %n warnings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PortalViewDialog</name>
        <message>
            <source>Copy &amp;next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep on top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the next value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values in the portal's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies the next value (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portal view - %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Copy each value and paste it into the portal's field of the same name, in this order. %3 copies the next one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy %1</source>
            <extracomment>%1 is a field's label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to copy yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All %1 values are copied. %2 starts again from the first.</source>
            <extracomment>%1 is a number of values, %2 the key that copies the next one (F8)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing copied yet: %1 copies the first value.</source>
            <extracomment>%1 is the key that copies the next value (F8)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied %1 of %2: %3</source>
            <extracomment>%1 and %2 are numbers, %3 the section and label of the value copied</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ProcessPage</name>
        <message>
            <source>View application process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name, a password of letters and digits, an e-mail address (not Hotmail or Yahoo), mobile, and 姓名, which can never be changed. Activate the account from the e-mail within 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recent frontal colour photo: JPG, 390 × 567 pixels, under 200 KB, blue background, no retouching. It is printed on the degree certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>姓名拼音, sex, ethnic group, date of birth, the ID number twice, political status, the months of starting work and of the prior degree, and the personal history up to this month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the awarding institution, the degree type, 学科门类 and 学科名称; save, then submit. It is done when the state shows 已提交.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the qualification review and all tests, request the thesis defence for the submitted application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The thesis title in Chinese and English, 3 to 5 keywords, its type, source, length and dates, and the supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for the professional degrees in clinical medicine, stomatology and traditional Chinese medicine: the physician certificates and the standardised residency training.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register for the national exam (foreign language and 学科综合水平) in March, pay and print the admission ticket; the exam is on a Sunday in May.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores come out about 60 working days after the exam; %1 passes, and a pass stays valid for %2 years.</source>
            <extracomment>%1 the pass mark (60), %2 how many years a pass stays valid (4)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a step, %2 its state</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::RefusedChangesModel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 the server's message, %2 its error code</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::RegistrationPage</name>
        <message>
            <source>Registration details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name from "%1" to "%2"?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once an account is registered on the portal, its name can never be changed there. Change it here only if you have not registered yet, or the name here was typed wrongly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ReminderScheduler</name>
        <message numerus="yes">
            <source>From %1 to %2: starts in %n day(s).</source>
            <extracomment>%1 and %2 are dates; %n the days until the first</extracomment>
            <translation>
                <numerusform>From %1 to %2: starts in %n day.</numerusform>
                <numerusform>From %1 to %2: starts in %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last day today (%1).</source>
            <extracomment>%1 is a date</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Until %1: %n more day(s).</source>
            <extracomment>%1 is a date; %n the days left after today</extracomment>
            <translation>
                <numerusform>Until %1: %n more day.</numerusform>
                <numerusform>Until %1: %n more days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Today (%1).</source>
            <extracomment>%1 is a date</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>On %1: in %n day(s).</source>
            <extracomment>%1 is a date; %n the days until then</extracomment>
            <translation>
                <numerusform>On %1: in %n day.</numerusform>
                <numerusform>On %1: in %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ResidencyCertificatePage</name>
        <message>
            <source>Obtained</source>
            <extracomment>the check box of 是否取得合格证书 (residency training certificate obtained)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether this step is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 You may still fill in the form; it is kept but not counted.</source>
            <extracomment>%1 says why the step is not needed</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ResumeEditor</name>
        <message>
            <source>Add row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a row below the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the current row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current row up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current row down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ResumeTableModel</name>
        <message>
            <source>Up to now</source>
            <extracomment>Shown in the end month column of the personal history for an entry still going on</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year and month, e.g. 200809</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year and month, e.g. 201206; leave empty for an entry still going on (up to now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The school or the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you studied, or your position</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ScoresPage</name>
        <message>
            <source>Import scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score lookup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: counts until %2</source>
            <extracomment>%1 is "Pass", %2 the last month the pass counts ("2030-05")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 of 100 are needed</source>
            <extracomment>%1 is "Fail", %2 the pass mark</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the score of the %1 paper of %2? This cannot be undone.</source>
            <extracomment>%1 is an exam paper such as "English" (may be empty), %2 a year</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::ServerAccountPanel</name>
        <message>
            <source>No keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no keychain to keep the server's session in. Keep it in a file that only your user account can read? Otherwise you log in again each time DegreeDesk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Captcha picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: enter the address of the training center's server, e.g. https://dd.example.edu.cn or http://192.168.1.10:8080.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(kept from the last time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no picture)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The registration details (注册系统新用户) have %n problem(s). Correct them on that page first: the server checks them with the same rules.</source>
            <translation>
                <numerusform>The registration details (注册系统新用户) have %n problem. Correct them on that page first: the server checks them with the same rules.</numerusform>
                <numerusform>The registration details (注册系统新用户) have %n problems. Correct them on that page first: the server checks them with the same rules.</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered as %1. The activation e-mail went to %2: enter its code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered as %1, but the server could not send the activation e-mail. Press "Send the e-mail again".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account %1 is activated. Log in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If %1 waits for activation, a new e-mail is on its way; codes sent before no longer work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nowhere: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the system's keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a file only your user account can read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For this session only: log in again next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged in to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged out. The session is ended and forgotten on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If %1 has an activated account, a reset e-mail is on its way to its address. Enter the code it holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the two passwords differ. Type the same password twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new password is set. Log in with it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::StatusPage</name>
        <message>
            <source>No degree application yet. Prepare one under %1.</source>
            <extracomment>%1 is a link to the page 提交学位申请</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since %1</source>
            <extracomment>%1 is the date and time of the last state change</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is an application (year, discipline, institution), %2 its state</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::SummaryActions</name>
        <message>
            <source>&amp;Print summary...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export summary as PDF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ortal view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prints every field of the applicant in the portal's order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saves the printable summary as a PDF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the values in the portal's order, to copy and paste one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary could not be printed. Check the printer and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::SyncActions</name>
        <message>
            <source>Sync &amp;now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync con&amp;flicts...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send your changes to the server and fetch the others' now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::SyncStatusIndicator</name>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline, retrying at %1</source>
            <extracomment>%1 is when the next attempt is made (a time, or a date and time)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing %1 of %2</source>
            <extracomment>%1 changes done out of %2</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Syncing, %n change(s) so far</source>
            <translation>
                <numerusform>Syncing, %n change so far</numerusform>
                <numerusform>Syncing, %n changes so far</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing...</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n change to send</numerusform>
                <numerusform>%n changes to send</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to date, %1</source>
            <extracomment>%1 is the time of the last sync</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up to date</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflict to resolve</numerusform>
                <numerusform>%n conflicts to resolve</numerusform>
            </translation>
        </message>
        <message>
            <source>Log in to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1, %n refused</source>
            <extracomment>%1 is the status, %n the number of changes the server refused</extracomment>
            <translation>
                <numerusform>%1, %n refused</numerusform>
                <numerusform>%1, %n refused</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected to the training center's server. Connect in Account management; until then everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached. Your changes are kept here and sent when it can be reached again. Click to try now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your changes and fetching the others'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced at %1. Click to sync now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to sync now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records were changed both here and on the server. Click to compare them and decide; until then neither version is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server asks you to log in again. Your changes are kept and sent after you log in. Click to open Account management.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last sync failed. Click to try again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n change waiting to be sent.</numerusform>
                <numerusform>%n changes waiting to be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server: see Tools, Sync conflicts.</source>
            <translation>
                <numerusform>%n change refused by the server: see Tools, Sync conflicts.</numerusform>
                <numerusform>%n changes refused by the server: see Tools, Sync conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n conflict(s)</source>
            <extracomment>%1 is the status, %n the number of records in conflict waiting for the user</extracomment>
            <translation>
                <numerusform>%1, %n conflict</numerusform>
                <numerusform>%1, %n conflicts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ThesisPage</name>
        <message>
            <source>Report thesis information</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dd::ui::TimelineModel</name>
        <message>
            <source>New application</source>
            <extracomment>An application described in a list, when it has no year, discipline or institution yet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>My application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DegreeDesk</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

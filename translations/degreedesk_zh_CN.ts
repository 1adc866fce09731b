<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ApplicationStateMachine</name>
        <message>
            <source>Not submitted</source>
            <translation>未提交</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Confirmed on site</source>
            <translation>现场确认</translation>
        </message>
        <message>
            <source>Returned for correction</source>
            <translation>审核未通过/退回</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Qualification approved</source>
            <translation>资格审查通过（在册）</translation>
        </message>
        <message>
            <source>Defence requested</source>
            <translation>已申请答辩资格</translation>
        </message>
        <message>
            <source>Defence approved</source>
            <translation>答辩资格审核通过</translation>
        </message>
        <message>
            <source>Defence not approved</source>
            <translation>答辩资格审核未通过</translation>
        </message>
        <message>
            <source>Defence passed</source>
            <translation>论文答辩通过</translation>
        </message>
        <message>
            <source>Defence failed</source>
            <translation>论文答辩未通过</translation>
        </message>
        <message>
            <source>Degree awarded</source>
            <translation>已授予学位</translation>
        </message>
        <message>
            <source>Degree not awarded</source>
            <translation>未授予学位</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>新增申请</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Submit application</source>
            <translation>提交申请</translation>
        </message>
        <message>
            <source>Cancel application</source>
            <translation>取消申请</translation>
        </message>
        <message>
            <source>Confirm on site</source>
            <translation>完成现场确认</translation>
        </message>
        <message>
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <source>Approve qualification</source>
            <translation>通过资格审查</translation>
        </message>
        <message>
            <source>Withdraw from the register</source>
            <translation>清退</translation>
        </message>
        <message>
            <source>Request thesis defence</source>
            <translation>申请论文答辩资格</translation>
        </message>
        <message>
            <source>Approve defence request</source>
            <translation>批准答辩资格申请</translation>
        </message>
        <message>
            <source>Reject defence request</source>
            <translation>驳回答辩资格申请</translation>
        </message>
        <message>
            <source>Record defence passed</source>
            <translation>登记论文答辩通过</translation>
        </message>
        <message>
            <source>Record defence failed</source>
            <translation>登记论文答辩未通过</translation>
        </message>
        <message>
            <source>Award degree</source>
            <translation>授予学位</translation>
        </message>
        <message>
            <source>Refuse degree</source>
            <translation>不授予学位</translation>
        </message>
        <message>
            <source>“%1”</source>
            <extracomment>Quotation marks around a state or an action named in a sentence</extracomment>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>%1 is not possible while the application is %2: the thesis defence has already failed %3 times, and a failed defence may be retried only once. The degree committee now decides whether the degree is refused.</source>
            <extracomment>%1 is an action, %2 a state, %3 how many defences have failed (2 or more)</extracomment>
            <translation>申请当前为%2状态，无法执行%1：论文答辩已有 %3 次未通过，而答辩未通过后只能重新答辩一次。现由学位评定委员会决定是否不授予学位。</translation>
        </message>
        <message>
            <source>%1 is not possible while the application is %2. It is possible only in these states: %3.</source>
            <extracomment>%1 is an action, %2 a state, %3 a list of states such as "“Submitted” or “Returned”"</extracomment>
            <translation>申请当前为%2状态，无法执行%1。只有在以下状态下才能执行此操作：%3。</translation>
        </message>
        <message>
            <source>%1 is not possible: the application is already %2.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>无法执行%1：申请已经是%2状态。</translation>
        </message>
        <message>
            <source>%1 is not possible while the application is %2: the awarding institution has it, so it cannot be deleted. Cancel it first (取消申请), then delete it.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>申请当前为%2状态，无法执行%1：学位授予单位已收到该申请，因此不能删除。请先“取消申请”，再删除。</translation>
        </message>
        <message>
            <source>%1 is not possible while the application is %2: the awarding institution has it, so it cannot be changed. Cancel it first (取消申请), then edit it and submit it again.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>申请当前为%2状态，无法执行%1：学位授予单位已收到该申请，因此不能修改。请先“取消申请”，修改后再重新提交。</translation>
        </message>
        <message>
            <source>%1 is not possible while the application is %2: after the on-site confirmation (现场确认) only the awarding institution can withdraw an application (清退). If something must be corrected, ask the institution.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>申请当前为%2状态，无法执行%1：现场确认后，只有学位授予单位才能清退申请。如需更正信息，请联系学位授予单位。</translation>
        </message>
        <message>
            <source>%1 does not apply to an existing application (this one is %2). Use %1 in the table of applications to add another one.</source>
            <extracomment>%1 is the action "New application", %2 a state</extracomment>
            <translation>%1不适用于已有的申请（本申请当前为%2状态）。如需再添加一份申请，请在申请列表中使用%1。</translation>
        </message>
        <message>
            <source>%1 is not possible: the application is closed (%2). To apply again, add a new application (新增申请).</source>
            <extracomment>%1 is an action, %2 a final state</extracomment>
            <translation>无法执行%1：该申请已结束（%2）。如需再次申请，请使用“新增申请”添加一份新申请。</translation>
        </message>
        <message>
            <source>%1 cannot be changed: the application is closed (%2). To apply for another degree type, add a new application (新增申请).</source>
            <extracomment>%1 is the field "Degree type", %2 a final state</extracomment>
            <translation>%1不能修改：该申请已结束（%2）。如需申请其他类型的学位，请使用“新增申请”添加一份新申请。</translation>
        </message>
        <message>
            <source>%1 cannot be changed while the application is %2. Cancel the application (取消申请), then choose the right degree type and submit it again.</source>
            <extracomment>%1 is the field "Degree type", %2 a state</extracomment>
            <translation>申请当前为%2状态，%1不能修改。请先“取消申请”，再选择正确的申请学位类型并重新提交。</translation>
        </message>
        <message>
            <source>%1 cannot be changed while the application is %2: after the on-site confirmation (现场确认) only the awarding institution can withdraw the application (清退). Ask the institution to withdraw it, then apply again with the right degree type.</source>
            <extracomment>%1 is the field "Degree type", %2 a state</extracomment>
            <translation>申请当前为%2状态，%1不能修改：现场确认后，只有学位授予单位才能清退申请。请联系学位授予单位清退该申请，再以正确的申请学位类型重新申请。</translation>
        </message>
        <message>
            <source>Another application is %1: one applicant cannot apply to two awarding institutions at the same time. Cancel that application (取消申请) first.</source>
            <extracomment>%1 is the state of the applicant's other application</extracomment>
            <translation>另一份申请当前为%1状态：同一申请人不能同时向两个学位授予单位提出申请。请先对那份申请执行“取消申请”。</translation>
        </message>
        <message>
            <source>Another application is %1: one applicant cannot apply to two awarding institutions at the same time. Ask that institution to withdraw it (清退) first, or wait until it is closed.</source>
            <extracomment>%1 is the state of the applicant's other application</extracomment>
            <translation>另一份申请当前为%1状态：同一申请人不能同时向两个学位授予单位提出申请。请先联系该学位授予单位清退那份申请，或待那份申请结束后再申请。</translation>
        </message>
    </context>
    <context>
        <name>CatalogRule</name>
        <message>
            <source>%1: "%2" is not one of the options (%3). Choose an option from the list.</source>
            <translation>%1：“%2”不在可选项（%3）中。请从列表中选择一项。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Run degreedesk-cli --help for the commands.</source>
            <translation>运行 degreedesk-cli --help 可查看可用命令。</translation>
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
            <translation>学位申请助手（DegreeDesk）命令行工具：按学位申请助手的规则，检查同等学力申硕平台的字段和记录。

命令：
  validate FIELD VALUE           检查单个值（参见 fields）
  validate --record KIND FILE    检查 JSON 文件中的一整条记录（“-”表示标准输入；参见 kinds）
  fields                         列出字段类型
  kinds                          列出记录类型
  pinyin NAME                    推荐某个姓名的姓名拼音
  catalog [NAME [PARENT]]        列出选项目录，或某个目录中的选项

输出为 JSON。退出状态：0 表示有效，1 表示无效，2 表示用法错误。</translation>
        </message>
        <message>
            <source>Check a whole record of this kind.</source>
            <translation>检查一整条该类型的记录。</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>证件类型 code for id-number (default 1, resident ID card).</source>
            <translation>id-number 使用的证件类型代码（默认为 1，即居民身份证）。</translation>
        </message>
        <message>
            <source>code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>姓名 to compare a pinyin value with.</source>
            <translation>与拼音值比对的姓名。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Judge dates as if today were this day (YYYY-MM-DD).</source>
            <translation>以指定日期作为“今天”来判断日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Language of the messages: zh_CN or en.</source>
            <translation>提示信息的语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <source>language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Print JSON on one line.</source>
            <translation>以单行输出 JSON。</translation>
        </message>
        <message>
            <source>validate, fields, kinds, pinyin or catalog</source>
            <translation>validate、fields、kinds、pinyin 或 catalog</translation>
        </message>
        <message>
            <source>--today needs a date in the form YYYY-MM-DD, e.g. 2026-03-01.</source>
            <translation>--today 需要 YYYY-MM-DD 格式的日期，例如 2026-03-01。</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>未指定命令。</translation>
        </message>
        <message>
            <source>pinyin needs exactly one name, e.g. degreedesk-cli pinyin 张三丰</source>
            <translation>pinyin 只能接一个姓名，例如：degreedesk-cli pinyin 张三丰</translation>
        </message>
        <message>
            <source>"%1" is not a catalog. Run degreedesk-cli catalog for the list.</source>
            <translation>“%1”不是选项目录。运行 degreedesk-cli catalog 可查看目录列表。</translation>
        </message>
        <message>
            <source>"%1" is not a command.</source>
            <translation>“%1”不是命令。</translation>
        </message>
        <message>
            <source>"%1" is not a kind of record. Use one of: %2.</source>
            <translation>“%1”不是记录类型。请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>validate --record needs one file, e.g. degreedesk-cli validate --record basicInfo basic.json</source>
            <translation>validate --record 需要且只需要一个文件，例如：degreedesk-cli validate --record basicInfo basic.json</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at byte %3.</source>
            <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
        </message>
        <message>
            <source>%1 must hold one JSON object: the record.</source>
            <translation>%1 必须包含一个 JSON 对象，即该记录。</translation>
        </message>
        <message>
            <source>validate needs a field and a value, e.g. degreedesk-cli validate id-number 11010519491231002X</source>
            <translation>validate 需要一个字段类型和一个值，例如：degreedesk-cli validate id-number 11010519491231002X</translation>
        </message>
        <message>
            <source>"%1" is not a kind of field. Use one of: %2.</source>
            <translation>“%1”不是字段类型。请使用以下之一：%2。</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationRule</name>
        <message>
            <source>%1 does not match %2. Type it again; do not copy and paste a mistake twice.</source>
            <translation>%1与%2不一致。请重新输入，不要复制粘贴，以免把同一处错误输入两遍。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot read the database file %1: %2. Check that it exists and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法读取数据库文件 %1：%2。请检查该文件是否存在、您是否有读取权限。</translation>
        </message>
        <message>
            <source>The file %1 is not a DegreeDesk database (it is not an SQLite database at all). It was left untouched; choose another file or restore a backup.</source>
            <translation>文件 %1 不是学位申请助手的数据库（根本不是 SQLite 数据库）。该文件未作任何改动；请选择其他文件或恢复备份。</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>数据库文件 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another location.</source>
            <extracomment>%1 is a folder path</extracomment>
            <translation>无法为数据库创建文件夹 %1。请检查您是否有写入权限，或选择其他位置。</translation>
        </message>
        <message>
            <source>Cannot create the database file %1: %2. Check that you may write there, or choose another location.</source>
            <translation>无法创建数据库文件 %1：%2。请检查您是否有写入权限，或选择其他位置。</translation>
        </message>
        <message>
            <source>Cannot open the database file %1: %2</source>
            <translation>无法打开数据库文件 %1：%2</translation>
        </message>
        <message>
            <source>open the database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>The database file %1 is damaged and cannot be read. Restore the newest backup.</source>
            <translation>数据库文件 %1 已损坏，无法读取。请恢复最新的备份。</translation>
        </message>
        <message>
            <source>The file %1 is an SQLite database of another program, not a DegreeDesk database. It was left untouched; choose another file.</source>
            <translation>文件 %1 是其他程序的 SQLite 数据库，不是学位申请助手的数据库。该文件未作任何改动；请选择其他文件。</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of DegreeDesk (database version %2; this version reads up to %3). It was left untouched: update DegreeDesk to open it.</source>
            <extracomment>%1 a path, %2 and %3 schema version numbers</extracomment>
            <translation>数据库 %1 由更新版本的学位申请助手写入（数据库版本 %2；本版本最高只能读取版本 %3）。该文件未作任何改动：请升级学位申请助手后再打开。</translation>
        </message>
        <message>
            <source>The database file %1 is damaged (its integrity check failed). It was left untouched; restore the newest backup.</source>
            <translation>数据库文件 %1 已损坏（完整性检查未通过）。该文件未作任何改动；请恢复最新的备份。</translation>
        </message>
        <message>
            <source>check the database</source>
            <translation>检查数据库</translation>
        </message>
        <message>
            <source>The database needs an update, but the backup that must come first could not be written: %1 Nothing was changed.</source>
            <translation>数据库需要升级，但升级前必须先做的备份无法写入：%1 未作任何更改。</translation>
        </message>
        <message>
            <source>update the database</source>
            <translation>升级数据库</translation>
        </message>
        <message>
            <source>The database could not be updated to version %1: %2</source>
            <extracomment>%1 a version number, %2 the reason</extracomment>
            <translation>数据库无法升级到版本 %1：%2</translation>
        </message>
        <message>
            <source>start a change</source>
            <translation>开始修改</translation>
        </message>
        <message>
            <source>undo a failed change</source>
            <translation>撤销失败的修改</translation>
        </message>
        <message>
            <source>save the change</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>A backup cannot be made in the middle of a change.</source>
            <translation>修改进行期间无法备份。</translation>
        </message>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>无法创建备份文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write the backup %1: %2</source>
            <translation>无法写入备份 %1：%2</translation>
        </message>
        <message>
            <source>write a backup</source>
            <translation>写入备份</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read or is not a database; nothing was restored.</source>
            <translation>备份 %1 无法读取或不是数据库；未恢复任何内容。</translation>
        </message>
        <message>
            <source>Cannot move the damaged database %1 aside; nothing was restored. Close any program that has it open.</source>
            <translation>无法将已损坏的数据库 %1 移到一旁；未恢复任何内容。请关闭正在使用该文件的程序。</translation>
        </message>
        <message>
            <source>Cannot copy the backup to %1; nothing was restored.</source>
            <translation>无法将备份复制到 %1；未恢复任何内容。</translation>
        </message>
        <message>
            <source>Cannot put the backup in place of %1; nothing was restored.</source>
            <translation>无法用备份替换 %1；未恢复任何内容。</translation>
        </message>
        <message>
            <source>update the applicant list</source>
            <translation>更新申请人名单</translation>
        </message>
        <message>
            <source>read the applicant's records</source>
            <translation>读取申请人的记录</translation>
        </message>
    </context>
    <context>
        <name>DateRule</name>
        <message>
            <source>%1 must be 8 digits in the form YYYYMMDD, e.g. 19810422; "%2" is not.</source>
            <translation>%1应为YYYYMMDD格式的8位数字（如19810422），“%2”不符合要求。</translation>
        </message>
        <message>
            <source>%1: %2 is not a date: the month (digits 5 and 6) must be 01 to 12.</source>
            <translation>%1（%2）不是有效日期：月份（第5、6位）应为01至12。</translation>
        </message>
        <message>
            <source>%1: %2 is not a date: %3-%4 has %5 days.</source>
            <translation>%1（%2）不是有效日期：%3年%4月共有 %5 天。</translation>
        </message>
        <message>
            <source>%1: %2 is before %3; check the year.</source>
            <translation>%1（%2）早于 %3 年，请检查年份。</translation>
        </message>
        <message>
            <source>%1 must be 6 digits in the form YYYYMM, e.g. 200606; "%2" is not.</source>
            <translation>%1应为YYYYMM格式的6位数字（如200606），“%2”不符合要求。</translation>
        </message>
        <message>
            <source>%1: %2 is not a month: digits 5 and 6 must be 01 to 12.</source>
            <translation>%1（%2）不是有效年月：第5、6位（月份）应为01至12。</translation>
        </message>
        <message>
            <source>%1 (%2) must come after %3 (%4). Check both.</source>
            <translation>%1（%2）应晚于%3（%4）。请检查这两项。</translation>
        </message>
        <message>
            <source>%1: %2 is in the future (today is %3). Check the year, month and day.</source>
            <translation>%1（%2）晚于今天（%3）。请检查年、月、日。</translation>
        </message>
        <message>
            <source>%1: %2 is in the future (this month is %3). Check the year and month.</source>
            <translation>%1（%2）晚于本月（%3）。请检查年份和月份。</translation>
        </message>
    </context>
    <context>
        <name>DegreeApplicationValidator</name>
        <message>
            <source>%1 must be a year of 4 digits, e.g. 2023.</source>
            <translation>%1必须是 4 位数字的年份，例如 2023。</translation>
        </message>
        <message>
            <source>%1 %2 is far from this year (%3); check it.</source>
            <translation>%1（%2）与今年（%3）相差较远，请核对。</translation>
        </message>
        <message>
            <source>%1: %2 is in %3, not in %4. Choose the province first, then an institution of that province.</source>
            <translation>%1：%2位于%3，而不在%4。请先选择省市地区，再选择该地区的学位授予单位。</translation>
        </message>
        <message>
            <source>%1: %2 belongs to %3, not to %4. Choose the discipline category first.</source>
            <translation>%1：%2属于%3，而不属于%4。请先选择学科门类。</translation>
        </message>
        <message>
            <source>%1: %2 is not a discipline of the degree type %3.</source>
            <translation>%1：%2不属于%3的学科。</translation>
        </message>
        <message>
            <source>%1: %2 does not accept applicants with equivalent education. For a professional degree only clinical medicine, stomatology and traditional Chinese medicine are open (since 2016).</source>
            <translation>%1：%2不接受同等学力人员申请。专业学位仅开放临床医学、口腔医学和中医（自 2016 年起）。</translation>
        </message>
        <message>
            <source>%1 (%2) is not in the application's year (%3).</source>
            <translation>%1（%2）不在申请年度（%3）内。</translation>
        </message>
        <message>
            <source>%1: with a student number, choose the department you study in as well.</source>
            <translation>%1：已填写学号时，请同时选择在读院系。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a state of an application.</source>
            <translation>%1：“%2”不是有效的申请状态。</translation>
        </message>
    </context>
    <context>
        <name>EligibilityRule</name>
        <message>
            <source>%1 (%2) is before %3 (%4): the prior degree must come first.</source>
            <translation>%1（%2）早于%3（%4）：应先获得前置学位，再申请学位。</translation>
        </message>
        <message numerus="yes">
            <source>Applicants need at least three years of work after the bachelor's degree: only %n month(s) separate %1 and %2. The earliest month to apply is %3.</source>
            <translation>
                <numerusform>申请人须在获得学士学位后工作满三年：%1与%2之间仅相隔 %n 个月。最早可于 %3 申请。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2) must come after %3 (%4).</source>
            <translation>%1（%2）应晚于%3（%4）。</translation>
        </message>
        <message>
            <source>%1 (%2) would make you %3 years old when you began work; check the year.</source>
            <translation>按%1（%2）计算，您参加工作时只有 %3 岁，请检查年份。</translation>
        </message>
        <message>
            <source>%1 (%2) would make you %3 years old at your degree; check the year.</source>
            <translation>按%1（%2）计算，您获得学位时只有 %3 岁，请检查年份。</translation>
        </message>
    </context>
    <context>
        <name>EmailRule</name>
        <message>
            <source>%1 contains a full-width character (＠ or 。) typed with a Chinese input method. Switch to English input and type @ and . again.</source>
            <translation>%1中含有用中文输入法输入的全角字符（＠或。）。请切换到英文输入法，重新输入“@”和“.”。</translation>
        </message>
        <message>
            <source>%1 cannot contain spaces.</source>
            <translation>%1不能包含空格。</translation>
        </message>
        <message>
            <source>%1: "%2" is not an e-mail address. It should look like name@example.com, with one @ and a domain after it.</source>
            <translation>%1：“%2”不是有效的电子邮箱地址。正确格式如 name@example.com，含一个 @，@ 后面是域名。</translation>
        </message>
        <message>
            <source>%1: the portal asks applicants not to use Hotmail or Yahoo addresses (%2); its activation mail may never arrive. Use another provider, e.g. 163.com, qq.com or your employer's.</source>
            <translation>%1：平台提示申请人不要使用 Hotmail 和 Yahoo 邮箱（%2），否则可能收不到激活邮件。请改用其他邮箱，如 163.com、qq.com 或单位邮箱。</translation>
        </message>
        <message>
            <source>%1: %2 belongs to the same provider as Hotmail, which the portal asks applicants not to use; the activation mail may not arrive. A mainland provider is safer.</source>
            <translation>%1：%2 与 Hotmail 属于同一服务商，平台要求不要使用 Hotmail，可能收不到激活邮件。建议改用国内邮箱。</translation>
        </message>
    </context>
    <context>
        <name>ExamRegistrationStateMachine</name>
        <message>
            <source>Not registered</source>
            <translation>未报名</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>已缴费</translation>
        </message>
        <message>
            <source>Admission ticket printed</source>
            <translation>已打印准考证</translation>
        </message>
        <message>
            <source>Exam taken</source>
            <translation>已参加考试</translation>
        </message>
        <message>
            <source>Scores released</source>
            <translation>已出成绩</translation>
        </message>
        <message>
            <source>Absent from the exam</source>
            <translation>缺考</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Register for the exam</source>
            <translation>报名</translation>
        </message>
        <message>
            <source>Pay the fee</source>
            <translation>缴费</translation>
        </message>
        <message>
            <source>Cancel registration</source>
            <translation>取消报名</translation>
        </message>
        <message>
            <source>Print admission ticket</source>
            <translation>打印准考证</translation>
        </message>
        <message>
            <source>Take the exam</source>
            <translation>参加考试</translation>
        </message>
        <message>
            <source>Record absence</source>
            <translation>登记缺考</translation>
        </message>
        <message>
            <source>Record scores</source>
            <translation>录入成绩</translation>
        </message>
        <message>
            <source>“%1”</source>
            <extracomment>Quotation marks around a state or an action named in a sentence</extracomment>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>%1 is not possible while the exam registration is %2. It is possible only in these states: %3.</source>
            <extracomment>%1 is an action, %2 a state, %3 a list of states such as "“Registered” or “Cancelled”"</extracomment>
            <translation>考试报名当前为%2状态，无法执行%1。只有在以下状态下才能执行此操作：%3。</translation>
        </message>
        <message>
            <source>%1 is not possible: the exam registration is already %2.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>无法执行%1：考试报名已经是%2状态。</translation>
        </message>
        <message>
            <source>%1 is not possible while the exam registration is %2: the exam system has it. Cancel the registration first (取消报名), then delete it.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>考试报名当前为%2状态，无法执行%1：该报名已在考试报名系统中。请先“取消报名”，再删除。</translation>
        </message>
        <message>
            <source>%1 is not possible while the exam registration is %2: once the fee is paid the registration stands and the fee is not refunded. If a detail is wrong, contact the provincial exam office.</source>
            <extracomment>%1 is an action, %2 a state</extracomment>
            <translation>考试报名当前为%2状态，无法执行%1：缴费后报名即生效，费用不予退还。如有信息填写错误，请联系省级教育考试机构。</translation>
        </message>
        <message>
            <source>%1 is not possible: the exam registration is closed (%2). For a later exam, add a new registration.</source>
            <extracomment>%1 is an action, %2 a final state</extracomment>
            <translation>无法执行%1：该考试报名已结束（%2）。如需参加以后的考试，请新增一条报名。</translation>
        </message>
        <message>
            <source>%1 is not possible yet: the degree application is %2. Only applicants whose qualification the awarding institution has approved (在册) may register for the national exam.</source>
            <extracomment>%1 is the action "Register for the exam", %2 the state of the degree application</extracomment>
            <translation>暂时无法执行%1：学位申请当前为%2状态。只有经学位授予单位资格审查通过（在册）的申请人，才能报名参加全国统考。</translation>
        </message>
    </context>
    <context>
        <name>ExamValidator</name>
        <message>
            <source>%1 must be a year of 4 digits, e.g. 2026.</source>
            <translation>%1必须是 4 位数字的年份，例如 2026。</translation>
        </message>
        <message>
            <source>%1 %2 is more than a year ahead; registration opens each March for the May exam.</source>
            <translation>%1（%2）比今年晚一年以上：全国统考每年 3 月报名，5 月考试。</translation>
        </message>
        <message>
            <source>%1: %2 is not a foreign language paper.</source>
            <translation>%1：%2不是外国语水平考试的科目。</translation>
        </message>
        <message>
            <source>%1 has only digits and letters, as printed on the admission ticket.</source>
            <translation>%1只能包含数字和字母，请按准考证上印的填写。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a state of an exam registration.</source>
            <translation>%1：“%2”不是有效的考试报名状态。</translation>
        </message>
        <message>
            <source>%1 must be between 0 and 100; %2 was entered.</source>
            <translation>%1必须在 0 到 100 之间，当前填写的是 %2。</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Confirm password</source>
            <translation>确认密码</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>电子邮箱地址</translation>
        </message>
        <message>
            <source>Confirm e-mail address</source>
            <translation>确认电子邮箱地址</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>移动电话</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Country or region</source>
            <translation>国家或地区</translation>
        </message>
        <message>
            <source>ID document type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Confirm ID number</source>
            <translation>确认证件号码</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>通信地址</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <source>Phone during working hours</source>
            <translation>工作时间联系电话</translation>
        </message>
        <message>
            <source>Phone outside working hours</source>
            <translation>非工作时间联系电话</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Name in pinyin</source>
            <translation>姓名拼音</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Ethnic group</source>
            <translation>民族</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Political status</source>
            <translation>政治面貌</translation>
        </message>
        <message>
            <source>Month work began</source>
            <translation>参加工作年月</translation>
        </message>
        <message>
            <source>Month of prior degree</source>
            <translation>获前置学位年月</translation>
        </message>
        <message>
            <source>Category of prior degree</source>
            <translation>前置学位类别</translation>
        </message>
        <message>
            <source>Personal history</source>
            <translation>个人经历</translation>
        </message>
        <message>
            <source>Start month</source>
            <translation>起始年月</translation>
        </message>
        <message>
            <source>End month</source>
            <translation>终止年月</translation>
        </message>
        <message>
            <source>School or employer</source>
            <translation>学习或工作单位</translation>
        </message>
        <message>
            <source>Study or position</source>
            <translation>专业或职务</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Province of awarding institution</source>
            <translation>学位授予单位所在省市地区</translation>
        </message>
        <message>
            <source>Awarding institution</source>
            <translation>学位授予单位</translation>
        </message>
        <message>
            <source>Degree type</source>
            <translation>申请学位类型</translation>
        </message>
        <message>
            <source>Discipline category</source>
            <translation>申请学位学科门类</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>申请学位学科名称</translation>
        </message>
        <message>
            <source>Applicant category</source>
            <translation>申请人类别</translation>
        </message>
        <message>
            <source>Month of online application</source>
            <translation>网上学位申请年月</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Province of employer</source>
            <translation>工作单位所在省市</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>工作单位名称</translation>
        </message>
        <message>
            <source>Nature of employer</source>
            <translation>工作单位性质</translation>
        </message>
        <message>
            <source>Administrative rank</source>
            <translation>行政职务级别</translation>
        </message>
        <message>
            <source>Technical title level</source>
            <translation>技术职务级别</translation>
        </message>
        <message>
            <source>Application state</source>
            <translation>申请状态</translation>
        </message>
        <message>
            <source>Exam year</source>
            <translation>考试年度</translation>
        </message>
        <message>
            <source>Exam subject</source>
            <translation>考试科目</translation>
        </message>
        <message>
            <source>Foreign language</source>
            <translation>外国语语种</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>是否已缴费</translation>
        </message>
        <message>
            <source>Admission ticket number</source>
            <translation>准考证号</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>成绩</translation>
        </message>
        <message>
            <source>Reason for exemption</source>
            <translation>免考原因</translation>
        </message>
        <message>
            <source>Thesis title</source>
            <translation>论文题目</translation>
        </message>
        <message>
            <source>Thesis title in English</source>
            <translation>论文英文题目</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>论文关键词</translation>
        </message>
        <message>
            <source>Thesis type</source>
            <translation>论文类型</translation>
        </message>
        <message>
            <source>Source of the topic</source>
            <translation>论文选题来源</translation>
        </message>
        <message>
            <source>Length (10,000 characters)</source>
            <translation>论文字数（万字）</translation>
        </message>
        <message>
            <source>Thesis start date</source>
            <translation>论文开始日期</translation>
        </message>
        <message>
            <source>Thesis end date</source>
            <translation>论文结束日期</translation>
        </message>
        <message>
            <source>Research direction</source>
            <translation>研究方向</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>导师姓名</translation>
        </message>
        <message>
            <source>Supervisor's title</source>
            <translation>导师职称</translation>
        </message>
        <message>
            <source>Supervisor's institution</source>
            <translation>导师单位</translation>
        </message>
        <message>
            <source>Defence date</source>
            <translation>答辩日期</translation>
        </message>
        <message>
            <source>Month all tests were passed</source>
            <translation>全部考试通过年月</translation>
        </message>
        <message>
            <source>Physician qualification certificate number</source>
            <translation>医师资格证书编号</translation>
        </message>
        <message>
            <source>Month qualification obtained</source>
            <translation>医师资格取得年月</translation>
        </message>
        <message>
            <source>Qualification category</source>
            <translation>医师资格类别</translation>
        </message>
        <message>
            <source>Practising certificate number</source>
            <translation>医师执业证书编号</translation>
        </message>
        <message>
            <source>Practice category</source>
            <translation>执业类别</translation>
        </message>
        <message>
            <source>Scope of practice</source>
            <translation>执业范围</translation>
        </message>
        <message>
            <source>Place of practice</source>
            <translation>执业地点</translation>
        </message>
        <message>
            <source>Date first registered</source>
            <translation>首次注册时间</translation>
        </message>
        <message>
            <source>Residency training certificate obtained</source>
            <translation>是否取得住院医师规范化培训合格证书</translation>
        </message>
        <message>
            <source>Residency training certificate number</source>
            <translation>住院医师规范化培训合格证书编号</translation>
        </message>
        <message>
            <source>Residency specialty</source>
            <translation>规培专业</translation>
        </message>
        <message>
            <source>Residency training base</source>
            <translation>规培基地</translation>
        </message>
        <message>
            <source>Residency start month</source>
            <translation>规培开始年月</translation>
        </message>
        <message>
            <source>Residency end month</source>
            <translation>规培结束年月</translation>
        </message>
        <message>
            <source>Days of notice before a deadline</source>
            <translation>截止前提醒天数</translation>
        </message>
        <message>
            <source>%1, row %2: %3</source>
            <extracomment>%1 is a table such as "Personal history", %2 a row number, %3 a column label</extracomment>
            <translation>%1第 %2 行的%3</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <extracomment>%1 is a table such as "Personal history", %2 a row number</extracomment>
            <translation>%1第 %2 行</translation>
        </message>
        <message>
            <source>Security classification</source>
            <translation>论文密级</translation>
        </message>
        <message>
            <source>Remind of deadlines</source>
            <translation>截止日期提醒</translation>
        </message>
        <message>
            <source>Remind of the exam</source>
            <translation>考试提醒</translation>
        </message>
        <message>
            <source>Remind of score release</source>
            <translation>成绩发布提醒</translation>
        </message>
        <message>
            <source>Export deadlines as a calendar file</source>
            <translation>导出截止日期日历文件</translation>
        </message>
        <message>
            <source>State history</source>
            <translation>状态记录</translation>
        </message>
        <message>
            <source>Previous state</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>New state</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>注册信息</translation>
        </message>
        <message>
            <source>Basic information</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Degree applications</source>
            <translation>学位申请</translation>
        </message>
        <message>
            <source>National exam registrations</source>
            <translation>全国统考报名</translation>
        </message>
        <message>
            <source>National exam scores</source>
            <translation>全国统考成绩</translation>
        </message>
        <message>
            <source>Thesis information</source>
            <translation>论文信息</translation>
        </message>
        <message>
            <source>Defence application</source>
            <translation>论文答辩资格申请</translation>
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation>规培、医师证书信息</translation>
        </message>
        <message>
            <source>Notification preferences</source>
            <translation>提醒设置</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is a record or a table row, %2 a field of it</extracomment>
            <translation>%1的%2</translation>
        </message>
        <message>
            <source>Certificate photo</source>
            <translation>电子照片</translation>
        </message>
        <message>
            <source>Original photo checksum</source>
            <translation>原始照片校验值</translation>
        </message>
        <message>
            <source>Original photo file</source>
            <translation>原始照片文件</translation>
        </message>
        <message>
            <source>Photo crop</source>
            <translation>照片裁剪</translation>
        </message>
        <message>
            <source>Failed photo checks</source>
            <translation>未通过的照片检查项</translation>
        </message>
    </context>
    <context>
        <name>FieldCheck</name>
        <message>
            <source>ID number of the chosen document type (the resident ID card unless another is chosen)</source>
            <translation>所选证件类型的证件号码（未选其他证件类型时为居民身份证）</translation>
        </message>
        <message>
            <source>mainland mobile number, 11 digits</source>
            <translation>中国大陆手机号码，11 位数字</translation>
        </message>
        <message>
            <source>contact phone: area code and number (0106296xxxx) or a mobile number</source>
            <translation>联系电话：区号加号码（0106296xxxx）或手机号码</translation>
        </message>
        <message>
            <source>postal code, 6 digits</source>
            <translation>邮政编码，6 位数字</translation>
        </message>
        <message>
            <source>e-mail address; Hotmail and Yahoo are refused by the portal</source>
            <translation>电子邮箱地址；平台不接受 Hotmail 和 Yahoo 邮箱</translation>
        </message>
        <message>
            <source>portal user name, ideally an e-mail address</source>
            <translation>平台用户名，建议使用电子邮箱地址</translation>
        </message>
        <message>
            <source>date YYYYMMDD, not in the future</source>
            <translation>日期，格式 YYYYMMDD，不能晚于今天</translation>
        </message>
        <message>
            <source>month YYYYMM, not in the future</source>
            <translation>年月，格式 YYYYMM，不能晚于本月</translation>
        </message>
        <message>
            <source>姓名: Chinese characters (· for minority names) or Latin letters</source>
            <translation>姓名：汉字（少数民族姓名可用 ·）或拉丁字母</translation>
        </message>
        <message>
            <source>name in pinyin, compared with the usual reading of the name when one is given</source>
            <translation>姓名拼音；如同时给出姓名，则与该姓名的通常读音比对</translation>
        </message>
        <message>
            <source>thesis keywords, 3 to 5, separated by commas</source>
            <translation>论文关键词，3 至 5 个，用逗号分隔</translation>
        </message>
        <message>
            <source>证件类型 code</source>
            <translation>证件类型代码</translation>
        </message>
        <message>
            <source>性别 code</source>
            <translation>性别代码</translation>
        </message>
        <message>
            <source>民族 code (GB/T 3304)</source>
            <translation>民族代码（GB/T 3304）</translation>
        </message>
        <message>
            <source>政治面貌 code (GB/T 4762)</source>
            <translation>政治面貌代码（GB/T 4762）</translation>
        </message>
        <message>
            <source>国家或地区 code (ISO 3166 alpha-2)</source>
            <translation>国家或地区代码（ISO 3166 alpha-2）</translation>
        </message>
        <message>
            <source>province code (GB/T 2260, 2 digits)</source>
            <translation>省级行政区代码（GB/T 2260，2 位数字）</translation>
        </message>
        <message>
            <source>学位授予单位 code</source>
            <translation>学位授予单位代码</translation>
        </message>
        <message>
            <source>申请学位类型 code</source>
            <translation>申请学位类型代码</translation>
        </message>
        <message>
            <source>学科门类 code</source>
            <translation>学科门类代码</translation>
        </message>
        <message>
            <source>学科名称 code</source>
            <translation>学科名称代码</translation>
        </message>
        <message>
            <source>前置学位类别 code</source>
            <translation>前置学位类别代码</translation>
        </message>
        <message>
            <source>申请人类别 code</source>
            <translation>申请人类别代码</translation>
        </message>
        <message>
            <source>工作单位性质 code</source>
            <translation>工作单位性质代码</translation>
        </message>
        <message>
            <source>行政职务级别 code</source>
            <translation>行政职务级别代码</translation>
        </message>
        <message>
            <source>技术职务级别 code</source>
            <translation>技术职务级别代码</translation>
        </message>
        <message>
            <source>全国统考 subject code</source>
            <translation>全国统考科目代码</translation>
        </message>
        <message>
            <source>"%1" is not a kind of field. Use one of: %2.</source>
            <translation>“%1”不是字段类型。请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>portal password: 8 to 20 characters, with both letters and digits</source>
            <translation>平台登录密码：8至20位，须同时包含字母和数字</translation>
        </message>
    </context>
    <context>
        <name>IdNumberRule</name>
        <message>
            <source>%1 will be entered as %2 (spaces removed, a lower-case x written as X).</source>
            <translation>%1将填写为 %2（已去除空格，小写 x 改为大写 X）。</translation>
        </message>
        <message>
            <source>%1 will be entered as %2.</source>
            <translation>%1将填写为 %2。</translation>
        </message>
        <message>
            <source>%1 must have 18 characters; %2 were entered. Copy it again from the card.</source>
            <translation>%1应为18位，当前输入了 %2 位。请对照证件重新填写。</translation>
        </message>
        <message>
            <source>%1 may contain only digits, and an X as its last character.</source>
            <translation>%1只能由数字组成，仅最后一位可以是 X。</translation>
        </message>
        <message>
            <source>%1: a residence permit for Hong Kong, Macao or Taiwan residents begins with 810000, 820000 or 830000, not %2. If this is a resident ID card, choose that document type instead.</source>
            <translation>%1：港澳台居民居住证号码以810000、820000或830000开头，而不是 %2。如果这是居民身份证号码，请将证件类型改为居民身份证。</translation>
        </message>
        <message>
            <source>%1 begins with %2, which marks a residence permit for Hong Kong, Macao or Taiwan residents. Choose that document type instead of the resident ID card.</source>
            <translation>%1以 %2 开头，这是港澳台居民居住证的号码。请将证件类型改为港澳台居民居住证，而不是居民身份证。</translation>
        </message>
        <message>
            <source>%1 begins with %2, which is not the code of a province, autonomous region or municipality. Check the first two digits.</source>
            <translation>%1以 %2 开头，这不是任何省、自治区或直辖市的代码。请检查前两位数字。</translation>
        </message>
        <message>
            <source>%1: digits 7 to 14 (%2) are not a real date of birth. Check the number against the card.</source>
            <translation>%1：第7至14位（%2）不是有效的出生日期。请对照证件检查号码。</translation>
        </message>
        <message>
            <source>%1: the date of birth in digits 7 to 14 (%2) is before %3. Check the number.</source>
            <translation>%1：第7至14位的出生日期（%2）早于 %3 年。请检查号码。</translation>
        </message>
        <message>
            <source>%1: the last character should be %2, not %3, for the first 17 digits as entered. One of the digits is probably mistyped; check the number against the card.</source>
            <translation>%1：按已输入的前17位计算，最后一位应为 %2，而不是 %3。可能有某位数字输错，请对照证件检查号码。</translation>
        </message>
        <message>
            <source>%1: a Mainland Travel Permit for Hong Kong and Macao Residents is H (Hong Kong) or M (Macao) followed by 8 digits (or 10 on cards that count their issues), e.g. H12345678.</source>
            <translation>%1：港澳居民来往内地通行证号码由 H（香港）或 M（澳门）加8位数字组成（带换证次数的证件为10位数字），如 H12345678。</translation>
        </message>
        <message>
            <source>%1: a Mainland Travel Permit for Taiwan Residents has 8 digits (10 on older permits), e.g. 12345678.</source>
            <translation>%1：台湾居民来往大陆通行证号码为8位数字（旧版为10位），如 12345678。</translation>
        </message>
        <message>
            <source>%1: a passport number has 5 to 17 letters and digits, without spaces or punctuation.</source>
            <translation>%1：护照号码由5至17位字母和数字组成，不含空格或标点。</translation>
        </message>
        <message>
            <source>%1: enter the number as printed on the certificate, 4 to 30 characters of digits, letters and Chinese characters.</source>
            <translation>%1：请按证件上印的号码填写，由数字、字母和汉字组成，共4至30个字符。</translation>
        </message>
        <message>
            <source>%1 can have at most 30 characters.</source>
            <translation>%1最多可填30个字符。</translation>
        </message>
        <message>
            <source>%1 (%2) differs from the date in the ID number (%3). The portal compares them: correct whichever is wrong.</source>
            <translation>%1（%2）与证件号码中的出生日期（%3）不一致。平台会核对两者，请更正有误的一项。</translation>
        </message>
        <message>
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>%1 differs from the ID number, whose 17th digit says %2 (odd for male, even for female). Correct whichever is wrong.</source>
            <translation>%1与证件号码不符：号码第17位表示性别为%2（奇数为男，偶数为女）。请更正有误的一项。</translation>
        </message>
        <message>
            <source>%1: 15-digit numbers (of first-generation ID cards) are no longer accepted. Enter the 18-digit number of your current ID card; converted, this number would read %2.</source>
            <translation>%1：15位号码（第一代身份证）已不再受理。请填写现用身份证上的18位号码；按规则换算，该号码应为 %2。</translation>
        </message>
        <message>
            <source>%1: the date of birth in digits 7 to 14 (%2) is in the future. Check the number against the card.</source>
            <translation>%1：第7至14位的出生日期（%2）晚于今天。请对照证件检查号码。</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>%1: this form has no such field. Remove it or correct the spelling of its name.</source>
            <extracomment>%1 is a field key or label that the program does not know</extracomment>
            <translation>%1：表单中没有此字段。请删除该字段或更正字段名的拼写。</translation>
        </message>
        <message>
            <source>%1 must be %2, not %3. Correct the value and try again.</source>
            <extracomment>%1 is a field label, %2 the kind of value expected ("text"), %3 the kind found</extracomment>
            <translation>%1应为%2，而不是%3。请更正后重试。</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>an object with named fields</source>
            <translation>含命名字段的对象</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>a number out of range</source>
            <translation>超出范围的数字</translation>
        </message>
        <message>
            <source>a number with a fraction</source>
            <translation>带小数的数字</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>空值</translation>
        </message>
        <message>
            <source>base64 text</source>
            <translation>Base64 编码文本</translation>
        </message>
    </context>
    <context>
        <name>FieldCheckerWindow</name>
        <message>
            <source>DegreeDesk</source>
            <translation>学位申请助手</translation>
        </message>
        <message>
            <source>Kinds of field</source>
            <translation>字段类型</translation>
        </message>
        <message>
            <source>ID document &amp;type:</source>
            <translation>证件类型(&amp;T)：</translation>
        </message>
        <message>
            <source>ID document type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>&amp;Name to compare with:</source>
            <translation>比对姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Name to compare with</source>
            <translation>用于比对的姓名</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>值(&amp;V)：</translation>
        </message>
        <message>
            <source>Value to check</source>
            <translation>待检查的值</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>检查结果</translation>
        </message>
    </context>
    <context>
        <name>NameRule</name>
        <message>
            <source>%1 can have at most %2 characters.</source>
            <translation>%1最多可填 %2 个字符。</translation>
        </message>
        <message>
            <source>%1 needs both the family name and the given name, as on the ID card.</source>
            <translation>%1须同时填写姓和名，与身份证上一致。</translation>
        </message>
        <message>
            <source>%1: the middle dot · may stand only between two parts of a name written in Chinese characters, e.g. 阿沛·阿旺晋美.</source>
            <translation>%1：间隔号“·”只能用在汉字姓名的两部分之间，如“阿沛·阿旺晋美”。</translation>
        </message>
        <message>
            <source>%1 must be written either in Chinese characters (with · between the parts of a minority name) or, for foreign applicants, in Latin letters as in the passport; digits, symbols and mixed scripts are not accepted.</source>
            <translation>%1须使用汉字（少数民族姓名各部分之间用“·”分隔）；外籍申请人可按护照使用拉丁字母。不接受数字、符号或混用多种文字。</translation>
        </message>
        <message>
            <source>%1 will be entered as %2.</source>
            <translation>%1将填写为“%2”。</translation>
        </message>
        <message>
            <source>%1 can never be changed after registration: it must match the ID document exactly.</source>
            <translation>%1一经注册不能修改，须与证件完全一致。</translation>
        </message>
        <message>
            <source>%1 can have at most 100 letters.</source>
            <translation>%1最多可填100个字母。</translation>
        </message>
        <message>
            <source>%1 may contain only the letters A to Z, spaces and apostrophes, without tone marks; write ü as yu (Lyu), e.g. Zhang Sanfeng.</source>
            <translation>%1只能包含字母 A 至 Z、空格和隔音符号（'），不标声调；ü 写作 yu（如 Lyu）。示例：Zhang Sanfeng。</translation>
        </message>
        <message>
            <source>%1 "%2" differs from the usual reading of %3, "%4". Keep it if the name is read differently (a character with several readings); otherwise correct it.</source>
            <translation>%1“%2”与“%3”的常用读音“%4”不一致。如果姓名中有多音字、实际读音不同，可以保留；否则请更正。</translation>
        </message>
    </context>
    <context>
        <name>PasswordRule</name>
        <message>
            <source>%1 must have %2 to %3 characters; it has %4.</source>
            <translation>%1应为 %2 至 %3 个字符，当前为 %4 个。</translation>
        </message>
        <message>
            <source>%1 may contain only the letters A-Z and a-z and the digits 0-9 (the portal takes no spaces, symbols or Chinese characters).</source>
            <translation>%1只能包含字母 A-Z、a-z 和数字 0-9（平台不接受空格、符号或汉字）。</translation>
        </message>
        <message>
            <source>%1 must combine letters and digits: add a letter.</source>
            <translation>%1须由字母和数字组合而成：请添加一个字母。</translation>
        </message>
        <message>
            <source>%1 must combine letters and digits: add a digit.</source>
            <translation>%1须由字母和数字组合而成：请添加一个数字。</translation>
        </message>
        <message>
            <source>%1 must have %2 to %3 characters.</source>
            <translation>%1应为 %2 至 %3 个字符。</translation>
        </message>
        <message>
            <source>%1 may contain letters, digits, dots, hyphens and underscores, or be an e-mail address.</source>
            <translation>%1只能包含字母、数字、点（.）、连字符（-）和下划线（_），也可以是电子邮箱地址。</translation>
        </message>
        <message>
            <source>%1: the portal suggests using your e-mail address as user name, so that it is unique.</source>
            <translation>%1：平台建议使用电子邮箱地址作为用户名，以保证唯一。</translation>
        </message>
    </context>
    <context>
        <name>PhoneRule</name>
        <message>
            <source>%1 will be entered as %2, digits only, as the portal asks.</source>
            <translation>%1将按平台要求只保留数字，填写为 %2。</translation>
        </message>
        <message>
            <source>%1 may contain only digits.</source>
            <translation>%1只能包含数字。</translation>
        </message>
        <message>
            <source>%1 must be an 11-digit mainland mobile number; %2 digits were entered.</source>
            <translation>%1应为11位中国大陆手机号码，当前输入了 %2 位。</translation>
        </message>
        <message>
            <source>%1 must begin with 13 to 19, like 13800000000; %2 does not.</source>
            <translation>%1应以13至19开头（如13800000000），%2 不符合要求。</translation>
        </message>
        <message>
            <source>%1: the portal takes no extension. Enter a direct line, or a mobile number.</source>
            <translation>%1：平台不接受分机号。请填写直线电话或手机号码。</translation>
        </message>
        <message>
            <source>%1 may contain only digits, in the form 0106296xxxx or 138xxxxxxxx.</source>
            <translation>%1只能包含数字，格式如0106296xxxx或138xxxxxxxx。</translation>
        </message>
        <message>
            <source>%1: %2 is not a mobile number; a mobile number has 11 digits and begins with 13 to 19.</source>
            <translation>%1：%2 不是手机号码。手机号码为11位，以13至19开头。</translation>
        </message>
        <message>
            <source>%1 needs the area code with its leading 0 before the number, e.g. 0106296xxxx for Beijing (010).</source>
            <translation>%1须在号码前加上以0开头的区号，如北京（010）填写为0106296xxxx。</translation>
        </message>
        <message>
            <source>%1: %2 is not a landline number: an area code of 3 or 4 digits beginning with 0, then 7 or 8 digits, e.g. 0106296xxxx.</source>
            <translation>%1：%2 不是有效的固定电话号码。应为以0开头的3或4位区号加7或8位号码，如0106296xxxx。</translation>
        </message>
    </context>
    <context>
        <name>PostalCodeRule</name>
        <message>
            <source>%1 must be 6 digits, e.g. 100871; "%2" is not.</source>
            <translation>%1应为6位数字（如100871），“%2”不符合要求。</translation>
        </message>
        <message>
            <source>%1: 000000 is not a postal code. Enter the code of your postal address.</source>
            <translation>%1：000000不是有效的邮政编码。请填写通信地址所在地的邮政编码。</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>%1 has not been started yet. Open it from the menu to begin.</source>
            <extracomment>%1 is a step of the portal's menu, e.g. "Upload photo"</extracomment>
            <translation>%1尚未开始。请从菜单打开该项开始填写。</translation>
        </message>
        <message>
            <source>foreign language</source>
            <translation>外国语</translation>
        </message>
        <message>
            <source>%1: there is no score of the %2 paper. Enter it from the exam system's score lookup once it is published.</source>
            <extracomment>%1 is the step "Exam scores", %2 an exam paper such as "English"</extracomment>
            <translation>%1：没有%2科目的成绩。成绩公布后，请从考试系统的成绩查询中录入。</translation>
        </message>
        <message>
            <source>%1: the score of the %2 paper of %3 has not been entered. Enter it once it is published.</source>
            <extracomment>%1 is a field label, %2 an exam paper, %3 a year</extracomment>
            <translation>%1：%3年%2科目的成绩尚未录入。成绩公布后请录入。</translation>
        </message>
        <message>
            <source>%1: the %2 paper was not passed (%3 of 100, %4 needed). Register for it again in the next national exam.</source>
            <extracomment>%1 is a field label, %2 an exam paper, %3 the score, %4 the pass mark</extracomment>
            <translation>%1：%2科目未通过（%3分，满分100分，需%4分）。请报名参加下一次全国统考。</translation>
        </message>
        <message>
            <source>%1: the pass of the %2 paper counted until %3. Register for it again in the next national exam.</source>
            <extracomment>%1 is a field label, %2 an exam paper, %3 a month "YYYYMM"</extracomment>
            <translation>%1：%2科目的合格成绩有效期至%3，已过期。请报名参加下一次全国统考。</translation>
        </message>
        <message>
            <source>%1: there is no certificate photo yet. Choose a photo to crop.</source>
            <translation>%1：还没有证件照片。请选择一张照片进行裁剪。</translation>
        </message>
        <message>
            <source>%1: the photo does not pass the check %2. Crop it again or choose another photo.</source>
            <extracomment>%1 is the step "Upload photo", %2 the code of a photo check</extracomment>
            <translation>%1：照片未通过检查项 %2。请重新裁剪或另选一张照片。</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>注册</translation>
        </message>
        <message>
            <source>Upload photo</source>
            <translation>上传电子照片</translation>
        </message>
        <message>
            <source>Basic information</source>
            <translation>填写基本信息</translation>
        </message>
        <message>
            <source>Submit degree application</source>
            <translation>提交学位申请</translation>
        </message>
        <message>
            <source>Apply for thesis defence</source>
            <translation>申请论文答辩资格</translation>
        </message>
        <message>
            <source>Thesis information</source>
            <translation>填报论文信息</translation>
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation>填写规培、医师证书信息</translation>
        </message>
        <message>
            <source>National exam</source>
            <translation>全国统考</translation>
        </message>
        <message>
            <source>Exam scores</source>
            <translation>成绩查询</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <source>A stored %1 record cannot be read back: %2</source>
            <extracomment>%1 a record kind ("basicInfo"), %2 what is wrong with it</extracomment>
            <translation>已保存的 %1 记录无法读回：%2</translation>
        </message>
        <message>
            <source>The database holds a record of an unknown kind "%1": it may come from a newer DegreeDesk.</source>
            <extracomment>%1 a record kind</extracomment>
            <translation>数据库中有一条未知类型“%1”的记录：它可能来自更新版本的学位申请助手。</translation>
        </message>
    </context>
    <context>
        <name>RecordValidator</name>
        <message>
            <source>"%1" is not a kind of record. Use one of: %2.</source>
            <translation>“%1”不是记录类型。请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>"%1" is not a part of an applicant's record. Use: %2.</source>
            <translation>“%1”不是申请人记录的组成部分。可用的部分：%2。</translation>
        </message>
        <message>
            <source>"%1" must be a JSON array of records.</source>
            <translation>“%1”必须是由记录组成的 JSON 数组。</translation>
        </message>
        <message>
            <source>"%1" must be a JSON object.</source>
            <translation>“%1”必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>%1 and its type in the basic information differ from the registration; the portal and the exam system compare them, so they must be identical.</source>
            <translation>基本信息中的%1及证件类型与注册信息不一致；平台和考试报名系统会比对这两项，必须完全一致。</translation>
        </message>
        <message>
            <source>The professional degree applied for (clinical medicine, stomatology or traditional Chinese medicine) needs the physician and residency certificates (填写规培、医师证书信息).</source>
            <translation>申请临床医学、口腔医学或中医专业学位，须在“填写规培、医师证书信息”中填写医师证书和住院医师规范化培训证书信息。</translation>
        </message>
        <message>
            <source>%1 in the basic information differs from the registration (%2), which can never change. Correct the basic information to match it.</source>
            <translation>基本信息中的%1与注册信息（%2）不一致，而注册的姓名不能修改。请按注册信息更正基本信息。</translation>
        </message>
    </context>
    <context>
        <name>RequiredRule</name>
        <message>
            <source>%1 is required. Fill it in before you copy this form into the portal.</source>
            <translation>%1为必填项。请填写后再将本表录入平台。</translation>
        </message>
    </context>
    <context>
        <name>ResidencyCertificateValidator</name>
        <message>
            <source>%1 has only digits and letters, as printed on the certificate.</source>
            <translation>%1只能包含数字和字母，请按证书上印的填写。</translation>
        </message>
        <message>
            <source>%1 must be between 0 and %2 days.</source>
            <translation>%1必须在 0 到 %2 天之间。</translation>
        </message>
    </context>
    <context>
        <name>ResumeRule</name>
        <message>
            <source>%1 is required: list your studies and work without gaps, up to this month.</source>
            <translation>%1为必填项：请连续填写学习和工作经历，中间不能间断，填写至本年本月。</translation>
        </message>
        <message>
            <source>%1: only the last entry may run up to now (至今). Enter the month this one ended.</source>
            <translation>%1不能填写“至今”，只有最后一项可以延续至今。请填写这一项结束的年月。</translation>
        </message>
        <message>
            <source>%1 starts before the entry above it. List the entries from the earliest to the latest.</source>
            <translation>%1的起始年月早于上一项。请按从早到晚的顺序排列各项。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n month(s) (%2) are missing between %3 and this entry. Add what you did then, or correct the months.</source>
            <translation>
                <numerusform>%1：%3与本项之间空缺 %n 个月（%2）。请补充这段时间的经历，或更正年月。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 overlaps %3 by %n month(s) (%2). One entry should end when the next begins.</source>
            <translation>
                <numerusform>%1与%3重叠 %n 个月（%2）。前一项应在后一项开始时结束。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the history ends in %2, but it must run up to this month (%3). Extend the last entry to %3 or leave its end open (至今), or add what you have done since.</source>
            <translation>%1为 %2，但个人经历须填写至本月（%3）。请将最后一项延至 %3，或将其终止年月填为“至今”，或补充此后的经历。</translation>
        </message>
        <message>
            <source>%1 (%2) is before the start month (%3). Swap them or correct one.</source>
            <translation>%1（%2）早于起始年月（%3）。请对调两者或更正其一。</translation>
        </message>
    </context>
    <context>
        <name>StateChange</name>
        <message>
            <source>%1: the code is missing. Each entry of a timeline needs the states it moved between and the action that moved it.</source>
            <extracomment>%1 is "from", "to" or "action" of a timeline entry</extracomment>
            <translation>%1：缺少代码。时间线中的每一项都须写明变化前后的状态以及引起变化的操作。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a time in ISO 8601 with a time zone, such as 2024-03-01T08:30:00Z. Write the time in UTC with a final Z.</source>
            <extracomment>%1 is the key "at", %2 the text found</extracomment>
            <translation>%1：“%2”不是带时区的 ISO 8601 时间（如 2024-03-01T08:30:00Z）。请使用 UTC 时间，并以 Z 结尾。</translation>
        </message>
        <message>
            <source>%1 must be an object with "from", "to", "action" and "at". Correct the entry or remove it.</source>
            <extracomment>%1 is the position of an entry in a timeline, e.g. "timeline[2]"</extracomment>
            <translation>%1应为包含“from”、“to”、“action”和“at”的对象。请更正或删除该项。</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>find the applicant</source>
            <translation>查找申请人</translation>
        </message>
        <message>
            <source>save the change</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>queue the change for sync</source>
            <translation>将修改加入同步队列</translation>
        </message>
        <message>
            <source>Applicant name: give a name of 1 to %1 characters.</source>
            <extracomment>%1 is the longest name allowed</extracomment>
            <translation>申请人名称：请填写 1 至 %1 个字符的名称。</translation>
        </message>
        <message>
            <source>add the applicant</source>
            <translation>添加申请人</translation>
        </message>
        <message>
            <source>rename the applicant</source>
            <translation>重命名申请人</translation>
        </message>
        <message>
            <source>delete the applicant</source>
            <translation>删除申请人</translation>
        </message>
        <message>
            <source>count the applicants</source>
            <translation>统计申请人</translation>
        </message>
        <message>
            <source>read the records</source>
            <translation>读取记录</translation>
        </message>
        <message>
            <source>read the record</source>
            <translation>读取记录</translation>
        </message>
        <message>
            <source>Cannot save a record of unknown kind "%1".</source>
            <extracomment>%1 a record kind</extracomment>
            <translation>无法保存未知类型“%1”的记录。</translation>
        </message>
        <message>
            <source>save the record</source>
            <translation>保存记录</translation>
        </message>
        <message>
            <source>Photo: the processed photo must be a JPEG file of at most %1 bytes; this one is not. Process the photo again.</source>
            <extracomment>%1 a size in bytes</extracomment>
            <translation>电子照片：处理后的照片必须是不超过 %1 字节的 JPEG 文件，而这张不是。请重新处理照片。</translation>
        </message>
        <message>
            <source>Cannot save the record: its identity belongs to a record of another applicant or of another kind. Nothing was changed.</source>
            <translation>无法保存该记录：其标识属于其他申请人或其他类型的记录。未作任何更改。</translation>
        </message>
        <message>
            <source>delete the record</source>
            <translation>删除记录</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for original photos.</source>
            <translation>无法创建存放原始照片的文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot keep the original photo in %1: %2</source>
            <translation>无法将原始照片保存到 %1：%2</translation>
        </message>
        <message>
            <source>Original photo: "%1" is not a SHA-256 checksum (64 lower-case hexadecimal digits).</source>
            <translation>原始照片：“%1”不是 SHA-256 校验值（64 位小写十六进制数字）。</translation>
        </message>
        <message>
            <source>The original photo is no longer in %1. Open it again from its file to crop it anew.</source>
            <translation>原始照片已不在 %1 中。请从原文件重新打开后再裁剪。</translation>
        </message>
        <message>
            <source>The kept original photo is damaged (its checksum does not match). Open it again from its file.</source>
            <translation>保存的原始照片已损坏（校验值不符）。请从原文件重新打开。</translation>
        </message>
        <message>
            <source>Applicant %1: give a name of 1 to %2 characters (none of the applicants was imported).</source>
            <extracomment>%1 the applicant's number in the import, %2 a length</extracomment>
            <translation>第 %1 位申请人：请填写 1 至 %2 个字符的名称（所有申请人均未导入）。</translation>
        </message>
        <message>
            <source>import the applicants</source>
            <translation>导入申请人</translation>
        </message>
        <message>
            <source>read the applicant list</source>
            <translation>读取申请人名单</translation>
        </message>
        <message>
            <source>read the changes to send</source>
            <translation>读取待发送的修改</translation>
        </message>
        <message>
            <source>count the changes to send</source>
            <translation>统计待发送的修改</translation>
        </message>
        <message>
            <source>record what the server accepted</source>
            <translation>记录服务器已接受的修改</translation>
        </message>
        <message>
            <source>The applicant was not found: it may have been deleted meanwhile.</source>
            <translation>找不到该申请人：可能已在此期间被删除。</translation>
        </message>
        <message>
            <source>The record was not found: it may have been deleted meanwhile.</source>
            <translation>找不到该记录：可能已在此期间被删除。</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>Could not %1: the database is in use by another program. Close the other copy of DegreeDesk (or the program that has the file open) and try again.</source>
            <extracomment>%1 is what could not be done, e.g. "save the basic information"</extracomment>
            <translation>无法%1：数据库正被其他程序使用。请关闭另一个学位申请助手窗口（或正在使用该文件的程序）后重试。</translation>
        </message>
        <message>
            <source>Could not %1: the disk is full. Free some space and try again; nothing was changed.</source>
            <translation>无法%1：磁盘已满。请释放一些空间后重试；未作任何更改。</translation>
        </message>
        <message>
            <source>Could not %1: the database file is read-only. Check its permissions or choose another location.</source>
            <translation>无法%1：数据库文件为只读。请检查其权限或选择其他位置。</translation>
        </message>
        <message>
            <source>Could not %1: the database file is damaged. Restore the newest backup.</source>
            <translation>无法%1：数据库文件已损坏。请恢复最新的备份。</translation>
        </message>
        <message>
            <source>Could not %1: the database file cannot be opened. Check that its folder exists and that you may write to it.</source>
            <translation>无法%1：无法打开数据库文件。请检查其所在文件夹是否存在、您是否有写入权限。</translation>
        </message>
        <message>
            <source>Could not %1: the data conflicts with what is already stored (a record with the same identity). Nothing was changed.</source>
            <translation>无法%1：数据与已保存的内容冲突（存在标识相同的记录）。未作任何更改。</translation>
        </message>
        <message>
            <source>Could not %1: the database reported an error. Nothing was changed. (%2)</source>
            <translation>无法%1：数据库报告了错误。未作任何更改。（%2）</translation>
        </message>
    </context>
    <context>
        <name>TextRule</name>
        <message>
            <source>%1 can have at most %2 characters; it has %3.</source>
            <translation>%1最多可填 %2 个字符，当前为 %3 个。</translation>
        </message>
    </context>
    <context>
        <name>ThesisValidator</name>
        <message>
            <source>%1 must be written in English, without Chinese characters.</source>
            <translation>%1必须用英文填写，不能包含汉字。</translation>
        </message>
        <message>
            <source>%1: give %2 to %3 keywords separated by commas; %4 were given.</source>
            <translation>%1：请填写 %2 至 %3 个关键词，用逗号分隔；当前填写了 %4 个。</translation>
        </message>
        <message>
            <source>%1 will be entered as "%2", separated by English commas as universities ask.</source>
            <translation>%1将按高校要求改用英文逗号分隔，填写为“%2”。</translation>
        </message>
        <message>
            <source>%1 is counted in units of 10,000 characters (万字), e.g. 3.5 for 35,000; "%2" is not such a number.</source>
            <translation>%1以万字为单位，例如 35,000 字填 3.5；“%2”不是这样的数字。</translation>
        </message>
        <message numerus="yes">
            <source>%1 is %n month(s) after %2; the defence is due within a year of passing all tests. Ask your institution whether the deadline still holds.</source>
            <translation>
                <numerusform>%1比%2晚 %n 个月；论文答辩应在通过全部考试后一年内完成。请向学位授予单位确认该期限是否仍然适用。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::MainWindow</name>
        <message>
            <source>DegreeDesk - check a field</source>
            <translation>学位申请助手 - 检查字段</translation>
        </message>
        <message>
            <source>Type a value to check it.</source>
            <translation>请输入要检查的值。</translation>
        </message>
        <message>
            <source>Not accepted: correct the value as the findings below say.</source>
            <translation>未通过检查：请按下方检查结果修改该值。</translation>
        </message>
        <message>
            <source>Accepted: read the notes below before you copy it.</source>
            <translation>已通过检查：复制前请先阅读下方提示。</translation>
        </message>
        <message>
            <source>Accepted.</source>
            <translation>已通过检查。</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>规则：%1</translation>
        </message>
    </context>
</TS>

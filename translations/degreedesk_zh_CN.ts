<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountPage</name>
        <message>
            <source>Change the account's password, e-mail address and mobile phone, with the rules of the registration form. Leave the new password empty to keep the current one. Nothing is saved until you press Save changes.</source>
            <translation>修改账户的密码、电子邮箱地址和移动电话，规则与注册时相同。新密码留空则保留原密码。按“保存修改”后才会保存。</translation>
        </message>
        <message>
            <source>Leave empty to keep the current password</source>
            <translation>留空则保留原密码</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存修改</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>Captcha</source>
            <translation>验证码</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Code from the e-mail</source>
            <translation>邮件中的代码</translation>
        </message>
        <message>
            <source>%1: the characters do not match the picture, or the picture expired. Type the characters of the new picture.</source>
            <translation>%1：输入的字符与图片不符，或图片已过期。请输入新图片中的字符。</translation>
        </message>
        <message>
            <source>%1 is wrong. Type the password you log in with.</source>
            <translation>%1错误。请输入您登录时使用的密码。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>The account is not activated yet. Enter the code of the activation e-mail, or ask for the e-mail again.</source>
            <translation>账户尚未激活。请输入激活邮件中的激活码，或重新发送激活邮件。</translation>
        </message>
        <message numerus="yes">
            <source>Too many attempts. Try again in %n minute(s).</source>
            <translation>
                <numerusform>尝试次数过多。请在 %n 分钟后再试。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: this user name is taken on the server. Choose another one.</source>
            <translation>%1：该用户名在服务器上已被使用，请另选一个。</translation>
        </message>
        <message>
            <source>%1: the code is unknown, was already used or was replaced by a newer one. Check it against the latest e-mail.</source>
            <translation>%1：该代码无效、已被使用或已被新代码取代。请核对最新的邮件。</translation>
        </message>
        <message>
            <source>%1: the code has expired. Ask for a new e-mail.</source>
            <translation>%1：该代码已过期，请重新申请邮件。</translation>
        </message>
        <message>
            <source>You are not logged in to the server. Log in again.</source>
            <translation>您尚未登录服务器，请重新登录。</translation>
        </message>
        <message>
            <source>Your session on the server has expired. Log in again.</source>
            <translation>您在服务器上的会话已过期，请重新登录。</translation>
        </message>
        <message>
            <source>%1: the server does not accept this value. Correct it and try again.</source>
            <translation>%1：服务器不接受该值，请更正后重试。</translation>
        </message>
        <message>
            <source>%1: this field is required.</source>
            <translation>%1：此项为必填项。</translation>
        </message>
        <message>
            <source>%1: the value is too long.</source>
            <translation>%1：内容过长。</translation>
        </message>
        <message>
            <source>The server did not understand the request (%1). This DegreeDesk may be too old for the server.</source>
            <translation>服务器无法理解该请求（%1）。此版本的 DegreeDesk 可能过旧，与服务器不兼容。</translation>
        </message>
        <message>
            <source>The server does not offer this. Check that the address is that of a DegreeDesk server.</source>
            <translation>服务器不提供此功能。请检查该地址是否为 DegreeDesk 服务器。</translation>
        </message>
        <message>
            <source>The server failed to answer (an internal error). Try again later; if it goes on, tell the training center.</source>
            <translation>服务器未能应答（内部错误）。请稍后再试；如问题持续，请联系培训中心。</translation>
        </message>
        <message>
            <source>The server refused the request (%1).</source>
            <translation>服务器拒绝了该请求（%1）。</translation>
        </message>
        <message>
            <source>Cannot connect to %1: the server refused the connection. Check the address and that the server is running.</source>
            <translation>无法连接到 %1：服务器拒绝连接。请检查地址以及服务器是否正在运行。</translation>
        </message>
        <message>
            <source>Cannot find the server %1. Check the address and the network connection.</source>
            <translation>找不到服务器 %1。请检查地址和网络连接。</translation>
        </message>
        <message numerus="yes">
            <source>The server %1 did not answer within %n second(s). Check the network connection and try again.</source>
            <translation>
                <numerusform>服务器 %1 在 %n 秒内没有应答。请检查网络连接后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: %2. The server's certificate may be wrong or expired; ask the training center.</source>
            <translation>与 %1 的安全连接失败：%2。服务器证书可能有误或已过期，请咨询培训中心。</translation>
        </message>
        <message>
            <source>The connection to %1 failed: %2</source>
            <translation>与 %1 的连接失败：%2</translation>
        </message>
        <message>
            <source>The answer of %1 is not that of a DegreeDesk server. Check the address.</source>
            <translation>%1 的应答不是 DegreeDesk 服务器的应答。请检查地址。</translation>
        </message>
    </context>
    <context>
        <name>ApplicationActions</name>
        <message>
            <source>The state “%1” of this application is unknown.</source>
            <extracomment>%1 is the state code stored with an application</extracomment>
            <translation>无法识别此申请的状态“%1”。</translation>
        </message>
    </context>
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
        <name>BackgroundCheck</name>
        <message>
            <source>Too little background shows around the head to judge its colour. Leave more background beside and above the head.</source>
            <translation>头部周围露出的背景太少，无法判断背景颜色。请在头部两侧和上方留出更多背景。</translation>
        </message>
        <message>
            <source>Blue background (hue %1°).</source>
            <translation>蓝色背景（色相 %1°）。</translation>
        </message>
        <message>
            <source>The background is not blue: only %1% of it is (its hue is %2°; blue is 195–250°, not grey, not too dark or too bright). DegreeDesk never replaces a background: take the photo again in front of a blue one.</source>
            <extracomment>%1 percentage of the background, %2 hue in degrees</extracomment>
            <translation>背景不是蓝色：只有 %1% 是蓝色（色相为 %2°；蓝色应为 195–250°，且不发灰、不过暗、不过亮）。DegreeDesk 从不替换背景：请在蓝色背景前重新拍摄。</translation>
        </message>
        <message>
            <source>The background is uneven (lightness varies by %1, the sides differ by ΔE %2): a shadow or a gradient shows. Light the background evenly.</source>
            <extracomment>%1 standard deviation of lightness, %2 colour difference ΔE</extracomment>
            <translation>背景不均匀（亮度波动 %1，两侧色差 ΔE %2）：有阴影或渐变。请把背景照亮均匀。</translation>
        </message>
    </context>
    <context>
        <name>BasicInfoPage</name>
        <message>
            <source>List your studies and work from the earliest to the latest, without gaps, up to this month. Leave the last end month empty for an entry still going on (up to now).</source>
            <translation>注意：个人经历须按时间从早到晚填写，不得间断，填写至本年本月！最后一项如仍在继续，终止年月留空（至今）。</translation>
        </message>
    </context>
    <context>
        <name>BatchReport</name>
        <message>
            <source>compliant</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>已处理合格</translation>
        </message>
        <message>
            <source>not compliant</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>unusable</source>
            <translation>无法使用</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2).</source>
            <extracomment>%1 a file, %2 the system's reason</extracomment>
            <translation>%1：无法读取（%2）。</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2).</source>
            <extracomment>%1 a file, %2 the system's reason</extracomment>
            <translation>%1：无法写入（%2）。</translation>
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
        <name>CropPlanner</name>
        <message>
            <source>The head could not be measured in this photo. Take the photo again in front of a plain blue background.</source>
            <translation>无法在这张照片中测量头部。请在纯蓝色背景前重新拍摄。</translation>
        </message>
        <message>
            <source>The head with its hair is too wide for its length (width/length %1, at most %2): no size of the photo keeps both the head width and the head length within the rules. Tie the hair back or press it flat, and take the photo again.</source>
            <translation>连同头发在内，头部相对其长度过宽（宽/长 %1，最多 %2）：无论怎样缩放，头部宽度和头部长度都无法同时符合要求。请把头发扎起或压平后重新拍摄。</translation>
        </message>
        <message>
            <source>The head is too narrow for its length (width/length %1, at least %2): no size of the photo keeps both the head width and the head length within the rules. Take the photo again, looking straight at the camera.</source>
            <translation>头部相对其长度过窄（宽/长 %1，至少 %2）：无论怎样缩放，头部宽度和头部长度都无法同时符合要求。请正对镜头重新拍摄。</translation>
        </message>
        <message>
            <source>The photo is too small around the head: the frame needs %1 × %2 pixels of this photo and it has %3 × %4. Take the photo from a little farther away.</source>
            <translation>照片在头部周围的范围太小：裁剪框需要 %1 × %2 像素，而照片只有 %3 × %4。请离远一点重新拍摄。</translation>
        </message>
        <message>
            <source>The head is too close to the left edge of the photo: %1 more pixels of background are needed beside it to centre it. Take the photo with the head in the middle.</source>
            <translation>头部离照片左边缘太近：要让头部居中，旁边还需要 %1 像素的背景。请让头部位于画面中间重新拍摄。</translation>
        </message>
        <message>
            <source>The head is too close to the right edge of the photo: %1 more pixels of background are needed beside it to centre it. Take the photo with the head in the middle.</source>
            <translation>头部离照片右边缘太近：要让头部居中，旁边还需要 %1 像素的背景。请让头部位于画面中间重新拍摄。</translation>
        </message>
        <message>
            <source>There is not enough space above the head: %1 pixels, at least %2 are needed. Take the photo with some background above the hair.</source>
            <translation>头顶上方空间不足：只有 %1 像素，至少需要 %2 像素。请在头发上方留出一些背景重新拍摄。</translation>
        </message>
        <message>
            <source>The photo ends too close below the chin: the frame needs %1 more pixels below the head. Take the photo with the shoulders in the picture.</source>
            <translation>照片在下巴下方结束得太早：裁剪框在头部下方还需要 %1 像素。请把肩膀拍进画面重新拍摄。</translation>
        </message>
        <message>
            <source>Head width %1 pixels (%2 mm).</source>
            <translation>头部宽度 %1 像素（%2 毫米）。</translation>
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) wide; it must be 249–283 pixels (21–24 mm). Crop closer.</source>
            <translation>头部宽 %1 像素（%2 毫米），应为 249–283 像素（21–24 毫米）。请裁得更近一些。</translation>
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) wide; it must be 249–283 pixels (21–24 mm). Crop wider.</source>
            <translation>头部宽 %1 像素（%2 毫米），应为 249–283 像素（21–24 毫米）。请裁得更宽一些。</translation>
        </message>
        <message>
            <source>Head length %1 pixels (%2 mm), top of the hair to the chin.</source>
            <translation>头部长度 %1 像素（%2 毫米），从发顶到下巴。</translation>
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) long from the top of the hair to the chin; it must be 331–389 pixels (28–33 mm). Crop closer.</source>
            <translation>从发顶到下巴，头部长 %1 像素（%2 毫米），应为 331–389 像素（28–33 毫米）。请裁得更近一些。</translation>
        </message>
        <message>
            <source>The head is %1 pixels (%2 mm) long from the top of the hair to the chin; it must be 331–389 pixels (28–33 mm). Crop wider.</source>
            <translation>从发顶到下巴，头部长 %1 像素（%2 毫米），应为 331–389 像素（28–33 毫米）。请裁得更宽一些。</translation>
        </message>
        <message>
            <source>The head is centred (%1 pixels off the middle).</source>
            <translation>头部居中（偏离中线 %1 像素）。</translation>
        </message>
        <message>
            <source>The head is %1 pixels left of the middle; at most %2 are allowed. Move the frame to the left.</source>
            <translation>头部偏左 %1 像素，最多允许 %2 像素。请把裁剪框向左移动。</translation>
        </message>
        <message>
            <source>The head is %1 pixels right of the middle; at most %2 are allowed. Move the frame to the right.</source>
            <translation>头部偏右 %1 像素，最多允许 %2 像素。请把裁剪框向右移动。</translation>
        </message>
        <message>
            <source>Space above the head %1 pixels.</source>
            <translation>头顶上方空间 %1 像素。</translation>
        </message>
        <message>
            <source>The top of the head is cut off. Leave some background above the hair.</source>
            <translation>头顶被裁掉了。请在头发上方留出一些背景。</translation>
        </message>
        <message>
            <source>Only %1 pixels of space above the head; leave at least %2.</source>
            <translation>头顶上方只有 %1 像素的空间，请至少留出 %2 像素。</translation>
        </message>
        <message>
            <source>%1 pixels of space above the head is a lot; at most %2 look right. Move the frame down.</source>
            <translation>头顶上方留了 %1 像素，偏多；最多 %2 像素较为合适。请把裁剪框向下移动。</translation>
        </message>
        <message>
            <source>The frame lies inside the photo.</source>
            <translation>裁剪框位于照片范围内。</translation>
        </message>
        <message>
            <source>The chin is below the bottom of the frame. Move the frame down or make it larger.</source>
            <translation>下巴超出了裁剪框底边。请把裁剪框向下移动或放大。</translation>
        </message>
        <message>
            <source>The frame reaches beyond the photo. DegreeDesk never fills in background: move the frame inside the photo.</source>
            <translation>裁剪框超出了照片范围。DegreeDesk 从不补画背景：请把裁剪框移回照片之内。</translation>
        </message>
        <message>
            <source>Enough resolution: the photo is reduced, not enlarged.</source>
            <translation>分辨率足够：照片只会缩小，不会放大。</translation>
        </message>
        <message>
            <source>The photo has to be enlarged %1 times and will look soft. A photo from closer or with a better camera is sharper.</source>
            <translation>照片需要放大 %1 倍，会显得发虚。离近一些或用更好的相机拍摄会更清晰。</translation>
        </message>
        <message>
            <source>The photo has to be enlarged %1 times (at most %2): its resolution is too low. Take the photo from closer or with a better camera.</source>
            <translation>照片需要放大 %1 倍（最多 %2 倍）：分辨率太低。请离近一些或用更好的相机重新拍摄。</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Your steps</source>
            <translation>我的各项步骤</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Still to do</source>
            <translation>待完成</translation>
        </message>
        <message>
            <source>What is still missing (press Enter or double-click to go there)</source>
            <translation>尚缺的内容（按回车键或双击即可前往）</translation>
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
        <name>DatabaseOpener</name>
        <message>
            <source>DegreeDesk cannot open its database</source>
            <translation>学位申请助手无法打开数据库</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>恢复最新备份</translation>
        </message>
        <message>
            <source>Restoring puts the newest backup in place; the file that cannot be opened is kept beside it, renamed.</source>
            <translation>恢复会用最新的备份替换当前文件；无法打开的文件会改名后保留在旁边。</translation>
        </message>
        <message>
            <source>Choose another file...</source>
            <translation>选择其他文件…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Open or create a DegreeDesk database</source>
            <translation>打开或新建学位申请助手数据库</translation>
        </message>
        <message>
            <source>DegreeDesk database (*.sqlite)</source>
            <translation>学位申请助手数据库 (*.sqlite)</translation>
        </message>
        <message>
            <source>The newest backup (%1) was restored. The file that could not be opened is kept as %2.</source>
            <extracomment>%1 the backup's file name, %2 where the damaged file was kept</extracomment>
            <translation>已恢复最新备份（%1）。无法打开的文件已保留为 %2。</translation>
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
        <name>Deadlines</name>
        <message>
            <source>Degree application on the platform closes</source>
            <translation>平台网上学位申请截止</translation>
        </message>
        <message>
            <source>Registering on the platform and submitting the degree application come before the exam registration. An unofficial handbook says they close in early March; the 1st is shown so that the reminder is not late. Check your institution's notice.</source>
            <translation>须先在平台完成注册并提交学位申请，再参加统考报名。非官方手册称 3 月初截止；此处按 3 月 1 日计算，以免提醒太晚。请以学位授予单位的通知为准。</translation>
        </message>
        <message>
            <source>National exam registration (tdxl.neea.edu.cn)</source>
            <translation>全国统考网上报名（tdxl.neea.edu.cn）</translation>
        </message>
        <message>
            <source>Usually from 16 to 26 March, by an unofficial handbook. The name, ID number and mobile must be the same as on the degree platform. Check the year's notice of the exam authority (NEEA).</source>
            <translation>据非官方手册，一般为 3 月 16 日至 26 日。姓名、证件号码和手机号须与学位申请平台完全一致。请以教育部教育考试院当年的通知为准。</translation>
        </message>
        <message>
            <source>National exam fee payment deadline</source>
            <translation>全国统考缴费截止</translation>
        </message>
        <message>
            <source>Paid online in the exam system, about 100 yuan per paper (set by each province), by about 30 March according to an unofficial handbook.</source>
            <translation>在报名系统网上缴费，每科约 100 元（各省标准不同）；据非官方手册，约在 3 月 30 日前缴清。</translation>
        </message>
        <message>
            <source>Print the admission ticket</source>
            <translation>打印准考证</translation>
        </message>
        <message>
            <source>The admission ticket is printed from the exam system about a week before the exam.</source>
            <translation>考前约一周在报名系统打印准考证。</translation>
        </message>
        <message>
            <source>National exam day</source>
            <translation>全国统考考试日</translation>
        </message>
        <message>
            <source>A Sunday in May; the third one, as in the years known (inferred, check the notice). Foreign language 09:00–11:30, subject comprehensive paper 14:30–17:30.</source>
            <translation>5 月的一个星期日；按已知年份推断为第三个星期日，请以通知为准。外国语水平 09:00–11:30，学科综合水平 14:30–17:30。</translation>
        </message>
        <message>
            <source>National exam scores expected</source>
            <translation>全国统考成绩预计公布</translation>
        </message>
        <message>
            <source>About 60 working days after the exam, on tdxl.neea.edu.cn, by an unofficial handbook; they may come earlier (it also says "around July").</source>
            <translation>据非官方手册，考后约 60 个工作日在 tdxl.neea.edu.cn 公布，也可能更早（手册也说“7 月前后”）。</translation>
        </message>
        <message>
            <source>Activate the portal account</source>
            <translation>激活平台账号</translation>
        </message>
        <message>
            <source>The portal asks for the account to be activated through the link of its e-mail within 24 hours of registering. Look in the spam folder too.</source>
            <translation>平台要求在注册后 24 小时内点击激活邮件中的链接激活账号。也请查看垃圾邮件箱。</translation>
        </message>
        <message>
            <source>Portal account deleted if not activated</source>
            <translation>未激活的平台账号将被删除</translation>
        </message>
        <message>
            <source>The portal deletes accounts not activated within a week of registering; the registration would then have to be done again.</source>
            <translation>注册后一周内未激活的账号会被平台删除，届时须重新注册。</translation>
        </message>
        <message>
            <source>Last day the %1 pass of %2 counts</source>
            <extracomment>%1 is an exam paper such as "English", %2 the year it was passed</extracomment>
            <translation>%2 年%1科目合格成绩有效期最后一天</translation>
        </message>
        <message numerus="yes">
            <source>A pass of the national exam counts for %n year(s) (the portal's rule; some institutions allow longer). Apply for the degree before then, or sit the paper again.</source>
            <translation>
                <numerusform>全国统考合格成绩有效期为 %n 年（平台规定；部分学位授予单位允许更长）。请在此之前申请学位，否则须重新参加该科考试。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenseRequestPage</name>
        <message>
            <source>The degree application it is for</source>
            <translation>所申请答辩资格对应的学位申请</translation>
        </message>
    </context>
    <context>
        <name>DefenseRequestTarget</name>
        <message>
            <source>The thesis defence can be requested only after a degree application has been submitted. Submit it first (%1): its state must be %2.</source>
            <extracomment>%1 is the step "Submit degree application", %2 the state "Submitted"</extracomment>
            <translation>只有在学位申请提交之后才能申请论文答辩资格。请先完成“%1”：申请状态须为“%2”。</translation>
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
        <name>DegreeApplicationsPage</name>
        <message>
            <source>Declared disciplines</source>
            <translation>已申报学科信息</translation>
        </message>
        <message>
            <source>No discipline declared yet. Press “New application” to add one.</source>
            <translation>没有申报的学科！请点击“新增申请”添加。</translation>
        </message>
        <message>
            <source>Degree application</source>
            <translation>学位申请</translation>
        </message>
        <message>
            <source>Since 2016, applicants with equivalent education may apply for a professional degree only in clinical medicine, stomatology or traditional Chinese medicine. A wrong choice can only be undone by cancelling the application and applying again.</source>
            <translation>2016年起，同等学力人员申请专业学位仅限临床医学、口腔医学和中医硕士专业学位；申请学位类型一旦选择错误，需要取消后重新申请。</translation>
        </message>
        <message>
            <source>I am already studying at the awarding institution</source>
            <translation>已在学位授予单位在读（需填写学号、班级、院系）</translation>
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
        <name>ExamPage</name>
        <message>
            <source>Registration, payment and the admission ticket happen in the exam system (tdxl.neea.edu.cn): registration in March for the exam in May. Prepare each paper here, the foreign language and the subject comprehensive paper, and record each step as you take it there.</source>
            <translation>报名、缴费和打印准考证都在全国统考报名系统（tdxl.neea.edu.cn）中进行：3 月报名，5 月考试。请在此准备每一科（外国语水平和学科综合水平），并在报名系统中每完成一步就在此记录。</translation>
        </message>
        <message>
            <source>New registration</source>
            <translation>新增报名</translation>
        </message>
        <message>
            <source>Registration details</source>
            <translation>报名信息</translation>
        </message>
        <message>
            <source>Only when the institution exempts you from this paper</source>
            <translation>仅在学位授予单位准予免考该科时填写</translation>
        </message>
        <message>
            <source>Registration state</source>
            <translation>报名状态</translation>
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
        <name>ExamScoreImport</name>
        <message>
            <source>Line %1, column %2 (%3): %4</source>
            <extracomment>%1 is a line number, %2 a column number, %3 the column's name, %4 what is wrong</extracomment>
            <translation>第 %1 行第 %2 列（%3）：%4</translation>
        </message>
        <message>
            <source>the double quote that opens the field is not closed.</source>
            <translation>字段开头的双引号没有闭合。</translation>
        </message>
        <message>
            <source>there is text after the closing double quote.</source>
            <translation>闭合的双引号之后还有文字。</translation>
        </message>
        <message>
            <source>a double quote inside the field: put the whole field in double quotes and double the quote.</source>
            <translation>字段中有双引号：请用双引号括起整个字段，并把其中的双引号写成两个。</translation>
        </message>
        <message>
            <source>%1 is a whole number from 0 to 100, such as 72; “%2” is not.</source>
            <extracomment>%1 is the field "Score", %2 what was typed</extracomment>
            <translation>%1应为 0 到 100 的整数，如 72；“%2”不是。</translation>
        </message>
        <message>
            <source>Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and import it again.</source>
            <translation>第 %1 行不是 UTF-8 文本。请将文件另存为“CSV UTF-8”格式后重新导入。</translation>
        </message>
        <message numerus="yes">
            <source>Line %1 has %n field(s); each line has 3: year, subject (code or name), score.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>
                <numerusform>第 %1 行有 %n 个字段；每行应有 3 个：年度、科目（代码或名称）、成绩。</numerusform>
            </translation>
        </message>
        <message>
            <source>it is empty.</source>
            <translation>内容为空。</translation>
        </message>
        <message>
            <source>“%1” is neither the code nor the name of an exam subject (such as “en” or “英语”).</source>
            <extracomment>%1 is what the file has in the subject column</extracomment>
            <translation>“%1”既不是考试科目的代码，也不是考试科目的名称（如“en”或“英语”）。</translation>
        </message>
        <message>
            <source>it is empty; the file has only published scores.</source>
            <translation>内容为空；导入的文件只能包含已公布的成绩。</translation>
        </message>
        <message>
            <source>the %1 paper of %2 is already on line %3.</source>
            <extracomment>%1 is an exam paper such as "English", %2 a year, %3 a line number</extracomment>
            <translation>%2 年%1科目的成绩已在第 %3 行出现。</translation>
        </message>
        <message>
            <source>The file has no scores: each line needs a year, a subject and a score, separated by commas.</source>
            <translation>文件中没有成绩：每行须有年度、科目和成绩，以逗号分隔。</translation>
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
        <name>JpegEncoder</name>
        <message>
            <source>Even at the lowest acceptable JPEG quality (%1) the photo takes %2 bytes, more than the %3 allowed: it is too noisy or detailed to fit under 200 KB. Retake it in better light, against a plain background.</source>
            <translation>即使采用可接受的最低 JPEG 质量（%1），照片仍有 %2 字节，超过允许的 %3 字节：照片噪点或细节过多，无法压缩到 200 KB 以下。请在光线更好的地方、以纯色背景重新拍摄。</translation>
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
        <name>NotificationsPage</name>
        <message>
            <source>What to remind of</source>
            <translation>提醒内容</translation>
        </message>
        <message>
            <source>Dates ahead</source>
            <translation>即将到来的日期</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <source>Export to a calendar file...</source>
            <translation>导出为日历文件...</translation>
        </message>
        <message>
            <source>The file (.ics) opens in Outlook, Apple Calendar, Google Calendar and Thunderbird, with an alarm on each date as many days ahead as the reminders. Exporting again updates the same events.</source>
            <translation>日历文件（.ics）可在 Outlook、Apple 日历、Google 日历和 Thunderbird 中打开，每个日期都带有与提醒提前天数相同的闹钟。再次导出会更新相同的日程。</translation>
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
        <name>PhotoCli</name>
        <message>
            <source>Run degreedesk-photo --help for the commands.</source>
            <translation>运行 degreedesk-photo --help 查看可用命令。</translation>
        </message>
        <message>
            <source>DegreeDesk photo tool: checks certificate photos against the portal's rules (a JPEG of 390 × 567 pixels under 200 KB, 24-bit colour, blue background, head 21–24 mm wide and 28–33 mm long) and makes the compliant photo from any camera or phone photo. It only crops, scales, turns by the camera's orientation and re-encodes: it never replaces a background or retouches.

Commands:
  check FILE...                 judge the files as they are
  fix IN OUT                    write the compliant photo of IN to OUT
  fix --dir IN_DIR OUT_DIR      every photo of a folder; a progress line and a CSV report (OUT_DIR/report.csv)

Exit status: 0 compliant, 1 not compliant, 2 unusable input or bad usage.</source>
            <translation>DegreeDesk 照片工具：按学位网的要求检查证书照片（JPEG 格式、390 × 567 像素、小于 200 KB、24 位真彩色、蓝色背景、头部宽 21–24 毫米、长 28–33 毫米），并把任意相机或手机照片制作成合格照片。它只做裁剪、缩放、按相机方向旋转和重新编码：从不替换背景，也不做任何修饰。

命令：
  check 文件...                 按原样检查文件
  fix 输入 输出                 把输入照片制作成合格照片并写入输出文件
  fix --dir 输入目录 输出目录   处理目录中的所有照片；显示进度并生成 CSV 报告（输出目录/report.csv）

退出状态：0 合格，1 不合格，2 输入无法使用或用法错误。</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>输出一个 JSON 对象。</translation>
        </message>
        <message>
            <source>fix: process every photo of a folder.</source>
            <translation>fix：处理一个目录中的所有照片。</translation>
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
            <source>check or fix</source>
            <translation>check 或 fix</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>没有给出命令。</translation>
        </message>
        <message>
            <source>check needs at least one file.</source>
            <translation>check 至少需要一个文件。</translation>
        </message>
        <message>
            <source>fix --dir needs a folder of photos and an output folder.</source>
            <translation>fix --dir 需要一个照片目录和一个输出目录。</translation>
        </message>
        <message>
            <source>fix needs an input photo and an output file.</source>
            <translation>fix 需要一张输入照片和一个输出文件。</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <source>%1 bytes, quality %2</source>
            <translation>%1 字节，质量 %2</translation>
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation>%1 不是目录。</translation>
        </message>
        <message>
            <source>%1 cannot be created.</source>
            <translation>无法创建 %1。</translation>
        </message>
        <message>
            <source>%1 photos: %2 compliant. Report: %3</source>
            <translation>共 %1 张照片，%2 张合格。报告：%3</translation>
        </message>
    </context>
    <context>
        <name>PhotoDecoder</name>
        <message>
            <source>The file is truncated or damaged: it ends before the image data is complete. Copy the photo from the camera or phone again.</source>
            <translation>文件不完整或已损坏：图像数据尚未结束文件就已终止。请从相机或手机重新复制照片。</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document</source>
            <translation>ZIP 压缩包或办公文档</translation>
        </message>
        <message>
            <source>not an image format it knows</source>
            <translation>无法识别的格式</translation>
        </message>
        <message>
            <source>The photo has no pixels (its header says %1 × %2). Copy the photo from the camera or phone again.</source>
            <translation>照片没有像素（文件头标明的尺寸为 %1 × %2）。请从相机或手机重新复制照片。</translation>
        </message>
        <message>
            <source>The photo is %1 × %2 pixels: DegreeDesk opens photos of at most %3 pixels on a side. Use the original photo from the camera or phone.</source>
            <translation>照片尺寸为 %1 × %2 像素：DegreeDesk 只能打开每边不超过 %3 像素的照片。请使用相机或手机拍摄的原始照片。</translation>
        </message>
        <message>
            <source>The photo is %1 × %2 pixels (%3 megapixels): DegreeDesk opens photos of at most %4 megapixels. Use the original photo from the camera or phone.</source>
            <translation>照片尺寸为 %1 × %2 像素（%3 百万像素）：DegreeDesk 只能打开不超过 %4 百万像素的照片。请使用相机或手机拍摄的原始照片。</translation>
        </message>
        <message>
            <source>The photo has transparent areas (%1% of its pixels): it was edited or cut out. Use the original photo from the camera or phone; DegreeDesk never fills in a background.</source>
            <translation>照片含有透明区域（占像素的 %1%）：照片经过编辑或抠图。请使用相机或手机拍摄的原始照片；DegreeDesk 不会填充背景。</translation>
        </message>
        <message>
            <source>DegreeDesk could not read the HEIC/HEIF photo (%1). Copy the photo from the phone again, or use the original JPEG.</source>
            <translation>DegreeDesk 无法读取这张 HEIC/HEIF 照片（%1）。请从手机重新复制照片，或使用原始 JPEG 照片。</translation>
        </message>
        <message>
            <source>DegreeDesk could not read the %1 photo (%2). Copy the photo from the camera or phone again, or use the original JPEG.</source>
            <translation>DegreeDesk 无法读取这张 %1 照片（%2）。请从相机或手机重新复制照片，或使用原始 JPEG 照片。</translation>
        </message>
        <message>
            <source>DegreeDesk cannot read %1 files on this computer: the package qt6-image-formats-plugins is missing. Install it, or use the original JPEG from the camera.</source>
            <translation>DegreeDesk 在这台电脑上无法读取 %1 文件：缺少软件包 qt6-image-formats-plugins。请安装该软件包，或使用相机拍摄的原始 JPEG 照片。</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes). Copy the photo from the camera or phone again.</source>
            <translation>文件为空（0 字节）。请从相机或手机重新复制照片。</translation>
        </message>
        <message>
            <source>The file is not a photo DegreeDesk can read (its content is %1). Use the original JPEG or HEIC from the camera or phone.</source>
            <translation>该文件不是 DegreeDesk 能读取的照片（其内容为%1）。请使用相机或手机拍摄的原始 JPEG 或 HEIC 照片。</translation>
        </message>
    </context>
    <context>
        <name>PhotoPage</name>
        <message>
            <source>Pixel size</source>
            <translation>像素尺寸</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>文件大小</translation>
        </message>
        <message>
            <source>&amp;Open photo…</source>
            <translation>打开照片(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a photo from a camera or phone (JPEG, PNG, HEIC, WebP, TIFF, BMP). You can also drop a photo here or paste one (Ctrl+V).</source>
            <translation>打开相机或手机拍摄的照片（JPEG、PNG、HEIC、WebP、TIFF、BMP）。也可以把照片拖到这里，或直接粘贴（Ctrl+V）。</translation>
        </message>
        <message>
            <source>&amp;Automatic crop</source>
            <translation>自动裁剪(&amp;A)</translation>
        </message>
        <message>
            <source>Place the frame so that the head's width and length meet the rules, the head centred.</source>
            <translation>放置裁剪框，使头部宽度和长度符合要求，并且头部居中。</translation>
        </message>
        <message>
            <source>Straighten by &amp;eyes</source>
            <translation>按双眼摆正(&amp;E)</translation>
        </message>
        <message>
            <source>Turn the frame so that the eyes are level.</source>
            <translation>旋转裁剪框，使双眼保持水平。</translation>
        </message>
        <message>
            <source>&amp;Rotation</source>
            <translation>旋转(&amp;R)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the certificate photo to a file, to upload it to the portal.</source>
            <translation>把证书照片保存为文件，以便上传到学位网。</translation>
        </message>
        <message>
            <source>&amp;Save photo</source>
            <translation>保存照片(&amp;S)</translation>
        </message>
        <message>
            <source>Keep this photo for the applicant (the original and the crop are kept too, so it can be cropped again).</source>
            <translation>为该申请人保存这张照片（原图和裁剪位置也会保存，以便以后重新裁剪）。</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>检查结果(&amp;F)</translation>
        </message>
        <message>
            <source>The portal's photo &amp;rules</source>
            <translation>平台的电子照片规格(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>PhotoPipeline</name>
        <message>
            <source>No face was found. Take the photo again looking straight at the camera, with the face uncovered and evenly lit.</source>
            <translation>没有找到人脸。请正对镜头、不遮挡面部、在均匀的光线下重新拍摄。</translation>
        </message>
        <message numerus="yes">
            <source>%n faces were found; the photo must show one person only.</source>
            <translation>
                <numerusform>找到了 %n 张人脸；照片中只能有一个人。</numerusform>
            </translation>
        </message>
        <message>
            <source>One face found.</source>
            <translation>找到一张人脸。</translation>
        </message>
        <message>
            <source>The head is level (eye line at %1°).</source>
            <translation>头部端正（双眼连线 %1°）。</translation>
        </message>
        <message>
            <source>The head is tilted: the eye line is at %1° (at most ±%2°). Hold the head straight and take the photo again.</source>
            <translation>头部歪斜：双眼连线倾斜 %1°（最多 ±%2°）。请保持头部端正后重新拍摄。</translation>
        </message>
        <message>
            <source>The outline of the head is unclear against the background (hair or clothes close to its colour): check the head guides in the cropper.</source>
            <translation>头部轮廓与背景区分不清（头发或衣服颜色与背景相近）：请在裁剪界面中核对头部参考线。</translation>
        </message>
        <message>
            <source>The photo is in grayscale; the portal needs a colour photo. Use the colour original.</source>
            <translation>照片是灰度图；学位网要求彩色照片。请使用彩色原图。</translation>
        </message>
        <message>
            <source>A baseline JPEG with no metadata (quality %1).</source>
            <translation>基线 JPEG，不含元数据（质量 %1）。</translation>
        </message>
        <message>
            <source>390 × 567 pixels.</source>
            <translation>390 × 567 像素。</translation>
        </message>
        <message>
            <source>%1 bytes (under 200 KB).</source>
            <translation>%1 字节（小于 200 KB）。</translation>
        </message>
        <message>
            <source>24-bit RGB colour.</source>
            <translation>24 位 RGB 真彩色。</translation>
        </message>
        <message>
            <source>The file is a %1 image, not a JPEG (judged by its content, whatever its name says). Save the photo as JPEG: 'degreedesk-photo fix' does.</source>
            <extracomment>%1 the format found, e.g. PNG</extracomment>
            <translation>该文件是 %1 图像，不是 JPEG（按内容判断，与文件名无关）。请把照片保存为 JPEG：“degreedesk-photo fix” 可以做到。</translation>
        </message>
        <message>
            <source>The file is %1 bytes; it must be under 200 KB (at most %2 bytes).</source>
            <translation>文件有 %1 字节；必须小于 200 KB（最多 %2 字节）。</translation>
        </message>
        <message>
            <source>The JPEG is in CMYK colour; the portal needs 24-bit RGB. 'degreedesk-photo fix' converts it.</source>
            <translation>该 JPEG 是 CMYK 颜色；学位网要求 24 位 RGB。“degreedesk-photo fix” 可以转换。</translation>
        </message>
        <message>
            <source>The JPEG is in grayscale; the portal needs a 24-bit RGB colour photo.</source>
            <translation>该 JPEG 是灰度图；学位网要求 24 位 RGB 彩色照片。</translation>
        </message>
        <message>
            <source>The JPEG has %1 bits per sample; the portal needs 8 (24-bit RGB).</source>
            <translation>该 JPEG 每个采样 %1 位；学位网要求 8 位（24 位 RGB）。</translation>
        </message>
        <message>
            <source>The JPEG is progressive; some upload pages accept only baseline JPEG. 'degreedesk-photo fix' writes baseline.</source>
            <translation>该 JPEG 是渐进式编码；有些上传页面只接受基线 JPEG。“degreedesk-photo fix” 会写成基线 JPEG。</translation>
        </message>
        <message>
            <source>The file carries EXIF or XMP metadata (camera, time, perhaps the place). 'degreedesk-photo fix' leaves none in.</source>
            <translation>该文件带有 EXIF 或 XMP 元数据（相机、时间，可能还有地点）。“degreedesk-photo fix” 不会保留任何元数据。</translation>
        </message>
        <message>
            <source>The photo is %1 × %2 pixels; it must be exactly 390 × 567. 'degreedesk-photo fix' crops it.</source>
            <translation>照片为 %1 × %2 像素；必须正好是 390 × 567。“degreedesk-photo fix” 可以裁剪。</translation>
        </message>
        <message>
            <source>The eyes could not be found (glasses, hair or light in the way): check yourself that the head is level.</source>
            <translation>没有找到双眼（眼镜、头发或光线遮挡）：请自行确认头部是否端正。</translation>
        </message>
    </context>
    <context>
        <name>PhotoRules</name>
        <message>
            <source>A JPEG file, judged by its content: renaming another file to .jpg does not make it one.</source>
            <translation>照片文件必须是JPG格式（按文件内容判断），修改文件后缀认为无效。</translation>
        </message>
        <message>
            <source>The file is not a real JPEG (judged by its content, not its name). Open the original photo again so that it is encoded as JPEG.</source>
            <translation>该文件不是真正的JPG文件（按文件内容而非文件名判断）。请重新打开原始照片，使其按JPG格式编码。</translation>
        </message>
        <message>
            <source>Exactly 390 pixels wide and 567 pixels high (33 × 48 mm at 300 dpi).</source>
            <translation>照片尺寸要求，宽：390像素；高：567像素（300 dpi 下为 33 × 48 mm）。</translation>
        </message>
        <message>
            <source>The photo is not exactly 390 × 567 pixels. Crop it again.</source>
            <translation>照片尺寸不是 390 × 567 像素。请重新裁剪。</translation>
        </message>
        <message>
            <source>File size under 200 KB.</source>
            <translation>照片文件大小必须在200K以内。</translation>
        </message>
        <message>
            <source>The file is 200 KB or larger. Crop it again so that it is encoded smaller.</source>
            <translation>照片文件达到或超过200K。请重新裁剪，使其编码后的文件更小。</translation>
        </message>
        <message>
            <source>24-bit RGB true colour.</source>
            <translation>颜色模式：24位RGB真彩色。</translation>
        </message>
        <message>
            <source>The photo is not in 24-bit RGB colour (it may be greyscale or CMYK). Use a colour photo from a digital camera.</source>
            <translation>照片不是24位RGB真彩色（可能是灰度或CMYK）。请使用数码相机拍摄的彩色照片。</translation>
        </message>
        <message>
            <source>Blue background.</source>
            <translation>照片背景为蓝色。</translation>
        </message>
        <message>
            <source>The background is not blue. Take the photo again in front of a blue background: DegreeDesk never replaces a background.</source>
            <translation>照片背景不是蓝色。请在蓝色背景前重新拍摄：本程序不会替换照片背景。</translation>
        </message>
        <message>
            <source>Head width 21–24 mm (249–283 pixels).</source>
            <translation>头部宽度21mm-24mm（249–283像素）。</translation>
        </message>
        <message>
            <source>The head is not 21–24 mm (249–283 pixels) wide. Crop it again, closer or wider.</source>
            <translation>头部宽度不在21mm-24mm（249–283像素）之间。请重新裁剪，放大或缩小取景范围。</translation>
        </message>
        <message>
            <source>Head length 28–33 mm (331–389 pixels), from the top of the hair to the chin.</source>
            <translation>头部长度28mm-33mm（331–389像素），从头发顶部到下巴。</translation>
        </message>
        <message>
            <source>The head is not 28–33 mm (331–389 pixels) long from the top of the hair to the chin. Crop it again, closer or wider.</source>
            <translation>从头发顶部到下巴的头部长度不在28mm-33mm（331–389像素）之间。请重新裁剪，放大或缩小取景范围。</translation>
        </message>
        <message>
            <source>Recent (within three months), frontal, bare-headed, in colour, half-length; public servants not in uniform.</source>
            <translation>近期（三个月内）正面免冠彩色半身电子照片，国家公职人员不着制式服装。</translation>
        </message>
        <message>
            <source>The face is not frontal and bare-headed. Take a recent photo looking straight at the camera, without a hat.</source>
            <translation>照片不是正面免冠照。请重新拍摄一张近期、正视镜头、不戴帽子的照片。</translation>
        </message>
        <message>
            <source>Taken with a digital camera, without any retouching. The photo is printed on the degree certificate.</source>
            <translation>电子照片必须由数码相机拍摄，并不得进行任何修饰。照片将用于学位证书。</translation>
        </message>
        <message>
            <source>The photo looks retouched or is a photo of a print. Use an untouched photo from a digital camera.</source>
            <translation>照片似乎经过修饰，或是翻拍的纸质照片。请使用数码相机拍摄、未经修饰的照片。</translation>
        </message>
        <message>
            <source>The photo does not pass the check %1. Crop it again or choose another photo.</source>
            <extracomment>%1 is the code of a photo check, e.g. "photo.exposure"</extracomment>
            <translation>照片未通过检查项 %1。请重新裁剪或另选照片。</translation>
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
        <name>ProcessPage</name>
        <message>
            <source>The steps of the portal in the order of its menu. Each shows how far you have come; open one to work on it.</source>
            <translation>按平台菜单顺序列出的各项步骤，每项都显示您的进度；点击某一项即可前往填写。</translation>
        </message>
        <message>
            <source>Your steps</source>
            <translation>我的各项步骤</translation>
        </message>
        <message>
            <source>The national process, from application to degree</source>
            <translation>全国申请流程：从提交申请到授予学位</translation>
        </message>
        <message>
            <source>&lt;ol&gt;&lt;li&gt;Eligibility: a bachelor's degree (学士学位) and, when you apply, at least three years of work since it.&lt;/li&gt;&lt;li&gt;Choose an awarding institution (学位授予单位); most applicants attend its course (课程研修班).&lt;/li&gt;&lt;li&gt;On this platform: register, activate the account by e-mail, upload the photo, fill in the basic information and submit the degree application (its state becomes 已提交).&lt;/li&gt;&lt;li&gt;On-site confirmation (现场确认): first-time applicants go in person with their ID card and degree certificate.&lt;/li&gt;&lt;li&gt;Qualification review (资格审查) by the institution: once passed, you are in the register (在册库) and may register for the national exam.&lt;/li&gt;&lt;li&gt;National exam (全国统考): registration in March on the exam system, the exam on a Sunday in May, the scores about July.&lt;/li&gt;&lt;li&gt;Apply for the thesis defence, report the thesis and defend it within a year of passing all tests; the degree committee (学位评定委员会) decides and awards the master's degree certificate (a single certificate, no 毕业证).&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;ol&gt;&lt;li&gt;申请资格：已获得学士学位，并在申请时已工作满三年。&lt;/li&gt;&lt;li&gt;选择学位授予单位；多数申请人会参加该单位的课程研修班。&lt;/li&gt;&lt;li&gt;在本平台：注册、通过邮件激活账号、上传电子照片、填写基本信息并提交学位申请（申请状态显示“已提交”）。&lt;/li&gt;&lt;li&gt;现场确认（信息采集）：首次申请的人员须本人携带身份证和学位证书原件到现场确认。&lt;/li&gt;&lt;li&gt;学位授予单位资格审查：审查通过后进入在册库，方可报名参加全国统考。&lt;/li&gt;&lt;li&gt;全国统考：三月在报名系统报名，五月的一个星期日考试，约七月公布成绩。&lt;/li&gt;&lt;li&gt;申请论文答辩资格、填报论文信息，并在通过全部考试后一年内完成论文答辩；由学位评定委员会审议，授予硕士学位证书（单证，无毕业证书）。&lt;/li&gt;&lt;/ol&gt;</translation>
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
        <name>QualityCheck</name>
        <message>
            <source>The face is too dark (brightness %1, at least %2). Take the photo again in more light; DegreeDesk does not brighten photos.</source>
            <translation>面部太暗（亮度 %1，至少 %2）。请在更亮的光线下重新拍摄；DegreeDesk 不会调亮照片。</translation>
        </message>
        <message>
            <source>The face is too bright (brightness %1, %2% of it washed out). Take the photo again with softer light.</source>
            <translation>面部太亮（亮度 %1，%2% 的区域过曝）。请在更柔和的光线下重新拍摄。</translation>
        </message>
        <message>
            <source>The face is well exposed (brightness %1).</source>
            <translation>面部曝光正常（亮度 %1）。</translation>
        </message>
        <message>
            <source>One side of the face is much darker than the other (%1% apart): light the face evenly from the front.</source>
            <translation>面部一侧比另一侧暗得多（相差 %1%）：请从正面均匀照亮面部。</translation>
        </message>
        <message>
            <source>The face is sharp (%1).</source>
            <translation>面部清晰（%1）。</translation>
        </message>
        <message>
            <source>The face is blurred (sharpness %1, at least %2): hold the camera still and focus on the eyes, then take the photo again.</source>
            <translation>面部模糊（清晰度 %1，至少 %2）：请拿稳相机、对焦在眼睛上，再重新拍摄。</translation>
        </message>
        <message>
            <source>The face is a little soft (sharpness %1; %2 or more is sharp). A sharper photo prints better on the certificate.</source>
            <translation>面部略有发虚（清晰度 %1；%2 以上为清晰）。更清晰的照片印在证书上效果更好。</translation>
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
        <name>RecordTypes</name>
        <message>
            <source>"%1" is not a kind of record.</source>
            <extracomment>%1 the kind a record names ("basicInfo")</extracomment>
            <translation>“%1”不是一种记录类型。</translation>
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
        <name>RegistrationPage</name>
        <message>
            <source>The portal sends an activation mail to the e-mail address below; with a wrong address the account can never be activated. Activate it within 24 hours: accounts not activated within a week are deleted.</source>
            <translation>用户注册成功后，所填的邮箱会收到一封系统发送的电子邮件，通过该邮件的提示来完成账户的激活；如果所填的电子邮箱地址有误，则可能永远无法激活所注册的账号！请在 24 小时内完成激活，注册后未及时激活的账号系统仅保留一周即予清除。</translation>
        </message>
        <message>
            <source>Your e-mail address is recommended: it is unique</source>
            <translation>建议使用电子邮箱地址注册，保证唯一</translation>
        </message>
        <message>
            <source>Letters and digits combined</source>
            <translation>密码规则：数字与字母组合</translation>
        </message>
        <message>
            <source>Your own mobile: for password recovery and SMS notices</source>
            <translation>要求本人手机，用于密码找回及短信通知</translation>
        </message>
        <message>
            <source>Your real name, as on your ID document. It can never be changed once registered.</source>
            <translation>申请人真实姓名，须与证件一致，一经注册不能修改。</translation>
        </message>
        <message>
            <source>You can complete this during the degree application</source>
            <translation>您可以在进行学位申请过程中完善该信息</translation>
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
        <name>ResidencyCertificatePage</name>
        <message>
            <source>Physician qualification certificate (医师资格证书)</source>
            <translation>医师资格证书</translation>
        </message>
        <message>
            <source>Physician practising certificate (医师执业证书)</source>
            <translation>医师执业证书</translation>
        </message>
        <message>
            <source>Standardised residency training (住院医师规范化培训)</source>
            <translation>住院医师规范化培训</translation>
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
        <name>ResidencyRequirement</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 a discipline (学科名称), %2 its degree type (申请学位类型)</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>joins the disciplines of several applications</extracomment>
            <translation>、</translation>
        </message>
        <message>
            <source>This step is needed: the professional degree in %1 asks for the physician certificates and the standardised residency training (规培).</source>
            <extracomment>%1 the discipline(s) applied for, e.g. "临床医学 (专业学位)"</extracomment>
            <translation>需要填写此项：申请%1须填写医师证书及住院医师规范化培训（规培）信息。</translation>
        </message>
        <message>
            <source>This step is not needed for now: no degree application names a discipline yet. It is asked only of applicants for the professional degrees in clinical medicine, stomatology and traditional Chinese medicine (临床医学、口腔医学、中医).</source>
            <translation>暂时无需填写此项：尚无学位申请选择学科。只有申请临床医学、口腔医学、中医硕士专业学位的人员才需填写。</translation>
        </message>
        <message>
            <source>This step is not needed for your application: %1 is not a professional degree in clinical medicine, stomatology or traditional Chinese medicine (临床医学、口腔医学、中医), the only degrees that ask for these certificates.</source>
            <extracomment>%1 the discipline(s) applied for, e.g. "计算机科学与技术 (学术型学位)"</extracomment>
            <translation>您的申请无需填写此项：%1不属于临床医学、口腔医学、中医硕士专业学位，只有这些专业学位才需要填写上述证书信息。</translation>
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
        <name>RosterSearch</name>
        <message>
            <source>read the applicant list</source>
            <translation>读取申请人名单</translation>
        </message>
        <message>
            <source>count the applicants</source>
            <translation>统计申请人</translation>
        </message>
    </context>
    <context>
        <name>ScoreFileImport</name>
        <message>
            <source>%1 could not be read: %2</source>
            <extracomment>%1 is a file name, %2 the system's reason</extracomment>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is too large to be a list of scores.</source>
            <extracomment>%1 is a file name</extracomment>
            <translation>%1 太大，不是成绩列表文件。</translation>
        </message>
        <message>
            <source>Nothing was imported from %1:</source>
            <extracomment>%1 is a file name; the problems follow, one a line</extracomment>
            <translation>未从 %1 导入任何成绩：</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more problem(s).</source>
            <translation>
                <numerusform>……另有 %n 处问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported from %1: %2 new, %3 updated, %4 unchanged.</source>
            <extracomment>%1 is a file name; %2, %3, %4 numbers of scores</extracomment>
            <translation>已从 %1 导入：新增 %2 条，更新 %3 条，%4 条未变。</translation>
        </message>
    </context>
    <context>
        <name>ScoresPage</name>
        <message>
            <source>Scores are published in the exam system (tdxl.neea.edu.cn) some weeks after the exam. A paper is passed with 60 of 100, each paper on its own, and a pass counts for a limited time.</source>
            <translation>成绩在考后数周于全国统考报名系统（tdxl.neea.edu.cn）公布。每科满分 100 分，60 分合格，各科分别计算；合格成绩在一定期限内有效。</translation>
        </message>
        <message>
            <source>New score</source>
            <translation>新增成绩</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Import from a CSV file...</source>
            <translation>从 CSV 文件导入...</translation>
        </message>
        <message>
            <source>A CSV file has one score per line: year, subject (code or name), score, e.g. 2026,英语,72. A file with any bad line imports nothing.</source>
            <translation>CSV 文件每行一条成绩：年度、科目（代码或名称）、成绩，如 2026,英语,72。只要有一行有误，整个文件都不会导入。</translation>
        </message>
        <message>
            <source>Score details</source>
            <translation>成绩信息</translation>
        </message>
        <message>
            <source>0–100, empty until published</source>
            <translation>0–100，公布前留空</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>是否合格</translation>
        </message>
    </context>
    <context>
        <name>ServerAccount</name>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Staff of the training center</source>
            <translation>培训中心工作人员</translation>
        </message>
        <message>
            <source>Administrator of the training center</source>
            <translation>培训中心管理员</translation>
        </message>
    </context>
    <context>
        <name>ServerAccountPanel</name>
        <message>
            <source>Account on the training center's server</source>
            <translation>培训中心服务器上的账户</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Captcha</source>
            <translation>验证码</translation>
        </message>
        <message>
            <source>New picture</source>
            <translation>换一张</translation>
        </message>
        <message>
            <source>Characters in the picture</source>
            <translation>图片中的字符</translation>
        </message>
        <message>
            <source>Register with my registration details</source>
            <translation>用我的注册信息注册</translation>
        </message>
        <message>
            <source>Activation code…</source>
            <translation>激活码…</translation>
        </message>
        <message>
            <source>Forgotten password…</source>
            <translation>忘记密码…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>The server sent an e-mail with an activation code to the registered address. Enter the code to activate the account (it is valid for 24 hours).</source>
            <translation>服务器已向注册邮箱发送了含激活码的邮件。请输入激活码以激活账户（24 小时内有效）。</translation>
        </message>
        <message>
            <source>Activation code</source>
            <translation>激活码</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Send the e-mail again</source>
            <translation>重新发送邮件</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>激活</translation>
        </message>
        <message>
            <source>Ask for a reset e-mail for the user name above: it holds a reset code, valid for one hour. Then enter the code and a new password.</source>
            <translation>为上面的用户名申请重置密码邮件：邮件中有重置码，1 小时内有效。然后输入重置码和新密码。</translation>
        </message>
        <message>
            <source>Reset code</source>
            <translation>重置码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Confirm new password</source>
            <translation>确认新密码</translation>
        </message>
        <message>
            <source>Send the reset e-mail</source>
            <translation>发送重置邮件</translation>
        </message>
        <message>
            <source>Set the new password</source>
            <translation>设置新密码</translation>
        </message>
        <message>
            <source>Logged in as</source>
            <translation>当前登录</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Session kept</source>
            <translation>会话保存位置</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>退出登录</translation>
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
        <name>StatusPage</name>
        <message>
            <source>Current state of each application</source>
            <translation>各项申请的当前状态</translation>
        </message>
        <message>
            <source>History of state changes (newest first)</source>
            <translation>申请状态变更记录（最新的在前）</translation>
        </message>
        <message>
            <source>No state has changed yet: an application's history starts when it is submitted.</source>
            <translation>尚无状态变更：申请提交后开始记录。</translation>
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
            <source>import the applicants</source>
            <translation>导入申请人</translation>
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
        <message>
            <source>Give a name of 1 to %1 characters.</source>
            <translation>请填写 1 至 %1 个字符的姓名。</translation>
        </message>
        <message>
            <source>Applicant %1: %2 None of the applicants was imported.</source>
            <extracomment>%1 the applicant's number in the import, %2 what is wrong (a sentence)</extracomment>
            <translation>第 %1 位申请人：%2 所有申请人均未导入。</translation>
        </message>
        <message>
            <source>A change from the server has no identity or no version. Nothing was applied from the server this time.</source>
            <translation>服务器发来的一项修改缺少标识或版本号。本次未应用服务器的任何修改。</translation>
        </message>
        <message>
            <source>The server sent a record of unknown kind "%1": this DegreeDesk may be older than the server. Update DegreeDesk; nothing was applied from the server this time.</source>
            <extracomment>%1 a record kind</extracomment>
            <translation>服务器发来一条未知类型“%1”的记录：本学位申请助手的版本可能比服务器旧。请升级学位申请助手；本次未应用服务器的任何修改。</translation>
        </message>
        <message>
            <source>The server sent a %1 record that cannot be read (%2). Nothing was applied from the server this time.</source>
            <extracomment>%1 a record kind, %2 the rule it breaks and the field</extracomment>
            <translation>服务器发来的 %1 记录无法读取（%2）。本次未应用服务器的任何修改。</translation>
        </message>
        <message>
            <source>remember where the server's changes continue</source>
            <translation>记录服务器修改的同步进度</translation>
        </message>
        <message>
            <source>apply the server's changes</source>
            <translation>应用服务器的修改</translation>
        </message>
        <message>
            <source>The server's changes could not all be applied. Nothing was applied from the server this time.</source>
            <translation>服务器的修改未能全部应用。本次未应用服务器的任何修改。</translation>
        </message>
        <message>
            <source>The server sent an applicant without a usable name (1 to %1 characters). Nothing was applied from the server this time.</source>
            <extracomment>%1 is the longest name allowed</extracomment>
            <translation>服务器发来的申请人没有可用的名称（应为 1 至 %1 个字符）。本次未应用服务器的任何修改。</translation>
        </message>
        <message>
            <source>read where the server's changes continue</source>
            <translation>读取服务器修改的同步进度</translation>
        </message>
        <message>
            <source>The server sent a record of an applicant this database does not have. Nothing was applied from the server this time; sync again from the start.</source>
            <translation>服务器发来的记录所属的申请人不在本数据库中。本次未应用服务器的任何修改；请从头重新同步。</translation>
        </message>
        <message>
            <source>The server sent a record whose identity belongs here to a record of another applicant or of another kind. Nothing was applied from the server this time.</source>
            <translation>服务器发来的记录，其标识在本地属于其他申请人或其他类型的记录。本次未应用服务器的任何修改。</translation>
        </message>
        <message>
            <source>update the applicant list</source>
            <translation>更新申请人列表</translation>
        </message>
        <message>
            <source>keep the conflict with the server</source>
            <translation>保存与服务器的冲突</translation>
        </message>
        <message>
            <source>read the conflicts</source>
            <translation>读取冲突</translation>
        </message>
        <message>
            <source>The server answered with another record than the one sent. Nothing was changed.</source>
            <translation>服务器返回的记录与发送的记录不是同一条。未作任何更改。</translation>
        </message>
        <message>
            <source>The conflict was not found: it may have been resolved meanwhile.</source>
            <translation>找不到该冲突：可能已在此期间被解决。</translation>
        </message>
        <message>
            <source>save the resolved conflict</source>
            <translation>保存冲突的处理结果</translation>
        </message>
        <message>
            <source>The merged record cannot be saved (%1). Correct it and resolve the conflict again.</source>
            <extracomment>%1 the rule it breaks and the field</extracomment>
            <translation>合并后的记录无法保存（%1）。请改正后重新处理该冲突。</translation>
        </message>
        <message>
            <source>take the server's version</source>
            <translation>采用服务器的版本</translation>
        </message>
        <message>
            <source>keep the change the server refused</source>
            <translation>保存被服务器拒绝的修改</translation>
        </message>
        <message>
            <source>read the changes the server refused</source>
            <translation>读取被服务器拒绝的修改</translation>
        </message>
        <message>
            <source>merge the server's change</source>
            <translation>合并服务器上的修改</translation>
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
        <message>
            <source>Could not %1: the program gave a statement the wrong number of values. Nothing was changed.</source>
            <extracomment>%1 the action, e.g. "import the applicants"</extracomment>
            <translation>无法%1：程序向一条数据库语句传入的值的个数不对。未作任何更改。</translation>
        </message>
    </context>
    <context>
        <name>SummaryDocument</name>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>打印日期</translation>
        </message>
        <message>
            <source>Sections in the order the portal asks for them. Marked values must be filled in or corrected first.</source>
            <translation>各部分按平台的填报顺序排列。带标记的内容须先填写或更正。</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>暂无。</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>尚无照片</translation>
        </message>
        <message>
            <source>The photo cannot be read</source>
            <translation>照片无法读取</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>申请信息汇总</translation>
        </message>
        <message>
            <source>%1 - %2</source>
            <translation>%1 - %2</translation>
        </message>
        <message>
            <source>%1 - %2 - printed on %3</source>
            <translation>%1 - %2 - 打印于 %3</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>The summary could not be saved as %1 (%2). Choose a folder you can write to.</source>
            <extracomment>%1 is a file path, %2 the system's reason</extracomment>
            <translation>申请信息汇总无法保存为 %1（%2）。请选择一个可以写入的文件夹。</translation>
        </message>
        <message>
            <source>%1 - %2 - %3.pdf</source>
            <extracomment>a file name: %1 is the applicant's name, %2 "Application summary", %3 the date</extracomment>
            <translation>%1 - %2 - %3.pdf</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
    </context>
    <context>
        <name>SummarySheet</name>
        <message>
            <source>Saved (%1 KB), but it cannot be read as an image</source>
            <extracomment>%1 is a size in KB</extracomment>
            <translation>已保存（%1 KB），但无法作为图片读取</translation>
        </message>
        <message>
            <source>JPEG, %1 × %2 px, %3 KB</source>
            <extracomment>%1 × %2 are pixels, %3 a size in KB</extracomment>
            <translation>JPG，%1 × %2 像素，%3 KB</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Registration state</source>
            <translation>报名状态</translation>
        </message>
        <message>
            <source>Up to now</source>
            <translation>至今</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <extracomment>%1 is "Submit degree application", %2 and %3 numbers: "(1 of 2)"</extracomment>
            <translation>%1（第 %2 个，共 %3 个）</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Not published yet</source>
            <translation>尚未公布</translation>
        </message>
        <message>
            <source>Passed, valid until %1</source>
            <extracomment>%1 is the last month the pass counts, "YYYYMM"</extracomment>
            <translation>合格，有效期至 %1</translation>
        </message>
        <message>
            <source>Not passed (%1 needed)</source>
            <extracomment>%1 is the pass mark</extracomment>
            <translation>不合格（合格线 %1 分）</translation>
        </message>
        <message>
            <source>%1 missing</source>
            <extracomment>how many fields are not filled in</extracomment>
            <translation>%1 项未填写</translation>
        </message>
        <message>
            <source>%1 to correct</source>
            <extracomment>how many values break a rule</extracomment>
            <translation>%1 项需更正</translation>
        </message>
        <message>
            <source>%1 to check</source>
            <extracomment>how many values are accepted but probably a mistake</extracomment>
            <translation>%1 项请核对</translation>
        </message>
        <message>
            <source>Ready: every field is filled in and passes the checks.</source>
            <translation>已就绪：所有字段均已填写并通过检查。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Ready, but look again: %1.</source>
            <extracomment>%1 is a list such as "3 missing, 1 to correct"</extracomment>
            <translation>已就绪，但请再核对：%1。</translation>
        </message>
        <message>
            <source>Not ready: %1.</source>
            <translation>尚未就绪：%1。</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>To correct</source>
            <translation>需更正</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>请核对</translation>
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
        <name>dd::sync::ApiClient</name>
        <message>
            <source>No server address is set. Enter the address of the training center's server.</source>
            <translation>尚未设置服务器地址。请输入培训中心服务器的地址。</translation>
        </message>
    </context>
    <context>
        <name>dd::sync::ConflictModel</name>
        <message>
            <source>Applicant name</source>
            <translation>申请人姓名</translation>
        </message>
        <message>
            <source>%1: the same on both sides</source>
            <translation>%1：两边相同</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>the same on both sides</source>
            <translation>两边相同</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>On the server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>合并结果</translation>
        </message>
        <message>
            <source>Choose a conflict first.</source>
            <translation>请先选择一条冲突。</translation>
        </message>
        <message>
            <source>The conflict changed while you were looking at it: the server sent a newer version, or the record was edited here. Look at both sides again, then decide.</source>
            <translation>查看期间冲突发生了变化：服务器发来了更新的版本，或本机又修改了该记录。请重新核对两边的内容后再作决定。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>JPEG photo, %1 KB</source>
            <extracomment>%1 is the size of a JPEG photo in kilobytes</extracomment>
            <translation>JPEG 照片，%1 KB</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 is an option's name, %2 its code ("中共党员 (01)")</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <extracomment>a numbered line of a list: %1 the number, %2 the entry</extracomment>
            <translation>%1. %2</translation>
        </message>
    </context>
    <context>
        <name>dd::sync::ServerConnection</name>
        <message>
            <source>You are not logged in to the server. Log in first.</source>
            <translation>您尚未登录服务器，请先登录。</translation>
        </message>
        <message>
            <source>No session is kept for this server.</source>
            <translation>没有保存此服务器的会话。</translation>
        </message>
    </context>
    <context>
        <name>dd::sync::SyncEngine</name>
        <message>
            <source>A change could not be pushed to the server. Try again later.</source>
            <translation>有一项修改未能上传到服务器。请稍后再试。</translation>
        </message>
        <message>
            <source>A change could not be pushed to the server: its record is missing from this computer's database.</source>
            <translation>有一项修改未能上传到服务器：本机数据库中找不到它的记录。</translation>
        </message>
        <message>
            <source>The server at %1 gave an answer DegreeDesk does not understand.</source>
            <translation>服务器 %1 的应答无法被 DegreeDesk 识别。</translation>
        </message>
        <message>
            <source>The local database could not be read.</source>
            <translation>无法读取本机数据库。</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n change(s). Correct them and save again.</source>
            <translation>
                <numerusform>服务器拒绝了 %n 项修改。请更正后重新保存。</numerusform>
            </translation>
        </message>
        <message>
            <source>The session on the server %1 has ended. Log in again: the changes made on this computer are kept and will be sent then.</source>
            <translation>与服务器 %1 的会话已结束。请重新登录：本机所做的修改都已保留，登录后将自动上传。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::AccountPage</name>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Confirm new password</source>
            <translation>确认新密码</translation>
        </message>
        <message>
            <source>Writes the new password, e-mail address and mobile phone into the registration details.</source>
            <translation>将新密码、电子邮箱地址和移动电话写入注册信息。</translation>
        </message>
        <message>
            <source>Password, e-mail and phone</source>
            <translation>修改密码、邮箱、手机</translation>
        </message>
        <message>
            <source>(not entered yet)</source>
            <translation>（尚未填写）</translation>
        </message>
        <message>
            <source>Saved: the registration details have the new values.</source>
            <translation>已保存：注册信息已更新。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ApplicantSelector</name>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Add an applicant</source>
            <translation>添加申请人</translation>
        </message>
        <message>
            <source>Rename this applicant</source>
            <translation>重命名此申请人</translation>
        </message>
        <message>
            <source>Delete this applicant</source>
            <translation>删除此申请人</translation>
        </message>
        <message>
            <source>Name of the new applicant:</source>
            <translation>新申请人的名称：</translation>
        </message>
        <message>
            <source>Rename the applicant</source>
            <translation>重命名申请人</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Delete the applicant</source>
            <translation>删除申请人</translation>
        </message>
        <message>
            <source>Delete %1 and everything prepared for them?</source>
            <extracomment>%1 is the applicant's name</extracomment>
            <translation>删除%1及为其准备的全部内容？</translation>
        </message>
        <message>
            <source>Their registration, basic information, photo, applications and scores are removed from this computer (a backup keeps the last days).</source>
            <translation>其注册信息、基本信息、照片、学位申请和成绩将从本机删除（备份中保留最近几天的数据）。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ApplicationActionBar</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Choose an application in the table first.</source>
            <translation>请先在表格中选择一项申请。</translation>
        </message>
        <message>
            <source>The state %1 of this application is unknown, so nothing can be done with it here.</source>
            <translation>无法识别此申请的状态%1，因此无法在此对它进行任何操作。</translation>
        </message>
        <message numerus="yes">
            <source>The form has %n problem(s). Fix them before submitting the application.</source>
            <translation>
                <numerusform>表单中还有 %n 个问题，请改正后再提交申请。</numerusform>
            </translation>
        </message>
        <message>
            <source>Application state: %1</source>
            <extracomment>%1 is the state of the application, e.g. "Submitted"</extracomment>
            <translation>申请状态：%1</translation>
        </message>
        <message>
            <source>To change this application, press %1: it becomes %2 again.</source>
            <translation>如需修改此申请，请点击%1，申请将重新变为%2。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ApplicationTableModel</name>
        <message>
            <source> · </source>
            <extracomment>Separates the actions listed in the "Actions" column of the table of applications</extracomment>
            <translation> · </translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Discipline category</source>
            <translation>学科门类</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>学科名称</translation>
        </message>
        <message>
            <source>Awarding institution</source>
            <translation>学位授予单位</translation>
        </message>
        <message>
            <source>Application state</source>
            <translation>申请状态</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::BasicInfoPage</name>
        <message>
            <source>Sets %1 to what the ID number says</source>
            <translation>将%1改为证件号码中的信息</translation>
        </message>
        <message>
            <source>Fill in basic information</source>
            <translation>填写基本信息</translation>
        </message>
        <message>
            <source>Date of birth and sex from the ID number</source>
            <translation>按证件号码填写出生日期和性别</translation>
        </message>
        <message>
            <source>Use %1 from the ID number</source>
            <translation>改为证件号码中的 %1</translation>
        </message>
        <message>
            <source>No pinyin is known for %1: type its reading yourself.</source>
            <translation>无法识别“%1”的拼音，请自行填写该字的读音。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ConflictListModel</name>
        <message>
            <source>%1 (deleted on the server)</source>
            <extracomment>%1 is a record ("Basic information") the server deleted</extracomment>
            <translation>%1（服务器上已删除）</translation>
        </message>
        <message>
            <source>%1 (deleted here)</source>
            <extracomment>%1 is a record ("Basic information") deleted on this computer</extracomment>
            <translation>%1（本机已删除）</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>Applicant's name</source>
            <translation>申请人姓名</translation>
        </message>
        <message>
            <source>Degree application</source>
            <translation>学位申请</translation>
        </message>
        <message>
            <source>National exam registration</source>
            <translation>全国统考报名</translation>
        </message>
        <message>
            <source>National exam score</source>
            <translation>全国统考成绩</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>Fields of the conflict</source>
            <translation>冲突的字段</translation>
        </message>
        <message>
            <source>Show the fields that are the &amp;same</source>
            <translation>显示两边相同的字段(&amp;S)</translation>
        </message>
        <message>
            <source>Use &amp;mine for the field</source>
            <translation>该字段用本机的(&amp;M)</translation>
        </message>
        <message>
            <source>Use the ser&amp;ver's for the field</source>
            <translation>该字段用服务器的(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>保留本机版本(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Take the server's</source>
            <translation>采用服务器版本(&amp;T)</translation>
        </message>
        <message>
            <source>Save the m&amp;erged</source>
            <translation>保存合并结果(&amp;E)</translation>
        </message>
        <message>
            <source>Your version of the whole record is sent to the server.</source>
            <translation>将本机的整条记录发送到服务器。</translation>
        </message>
        <message>
            <source>The server's version replaces yours on this computer.</source>
            <translation>用服务器的版本替换本机的记录。</translation>
        </message>
        <message>
            <source>The merged column is saved here and sent to the server.</source>
            <translation>保存“合并结果”一列，并发送到服务器。</translation>
        </message>
        <message>
            <source>The server refused these changes because they break one of its rules. Correct the record and save it: the change is sent again.</source>
            <translation>服务器拒绝了以下修改，因为它们不符合服务器的规则。请改正记录并保存，修改会重新发送。</translation>
        </message>
        <message>
            <source>Refused changes</source>
            <translation>被拒绝的修改</translation>
        </message>
        <message>
            <source>No conflicts: what is on this computer agrees with the server.</source>
            <translation>没有冲突：本机与服务器一致。</translation>
        </message>
        <message>
            <source>Choose a conflict in the list.</source>
            <translation>请在列表中选择一条冲突。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;, %2: %n field(s) differ.</source>
            <extracomment>%1 the applicant, %2 the record, %3 how many fields differ</extracomment>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;，%2：%n 个字段不同。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server deleted this record; it was changed here. Keep mine to restore it on the server, take the server's to delete it here.</source>
            <translation>服务器已删除这条记录，而本机修改过它。保留本机版本将在服务器上恢复它；采用服务器版本将在本机删除它。</translation>
        </message>
        <message>
            <source>This record was deleted here and changed on the server. Keep mine to delete it on the server too, take the server's to restore it here.</source>
            <translation>这条记录在本机已删除，而服务器上修改过它。保留本机版本将在服务器上也删除它；采用服务器版本将在本机恢复它。</translation>
        </message>
        <message>
            <source>Tick the version to keep for each field, or type the merged value (F2).</source>
            <translation>请为每个字段勾选要保留的版本，或直接输入合并后的值（F2）。</translation>
        </message>
        <message>
            <source>&amp;Conflicts (%1)</source>
            <extracomment>%1 is the number of conflicts</extracomment>
            <translation>冲突(&amp;C)（%1）</translation>
        </message>
        <message>
            <source>&amp;Refused by the server (%1)</source>
            <extracomment>%1 is the number of changes the server refused</extracomment>
            <translation>被服务器拒绝(&amp;R)（%1）</translation>
        </message>
        <message>
            <source>Keep your version of the whole record and send it to the server? The changes made on the server are replaced.</source>
            <translation>保留本机的整条记录并发送到服务器吗？服务器上的修改将被替换。</translation>
        </message>
        <message>
            <source>Take the server's version of the whole record? Your changes to it on this computer are dropped.</source>
            <translation>采用服务器上的整条记录吗？您在本机对它的修改将被放弃。</translation>
        </message>
        <message>
            <source>Saved on this computer; it is sent to the server at the next sync.</source>
            <translation>已保存在本机，下次同步时发送到服务器。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::DashboardPage</name>
        <message>
            <source>Your steps</source>
            <translation>我的各项步骤</translation>
        </message>
        <message>
            <source>What is still missing</source>
            <translation>尚缺的内容</translation>
        </message>
        <message>
            <source>My home page</source>
            <translation>我的主页</translation>
        </message>
        <message>
            <source>%1 of %2 steps are complete.</source>
            <extracomment>%1 steps done out of %2</extracomment>
            <translation>%2 项步骤中已完成 %1 项。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 the applicant's name, %2 "3 of 9 steps ..."</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>无需填写</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <extracomment>%n things still to do in a step</extracomment>
            <translation>
                <numerusform>%n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Go to the field</source>
            <translation>前往该字段</translation>
        </message>
        <message>
            <source>Nothing is missing. Check the summary before you type it into the portal.</source>
            <translation>已无缺项。在录入平台之前，请核对一遍信息摘要。</translation>
        </message>
        <message>
            <source>Next: %1 — %2</source>
            <extracomment>%1 what is due, %2 when ("on 26 March 2027, in 117 days")</extracomment>
            <translation>下一个日期：%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::DeadlineModel</name>
        <message>
            <source>%1 – %2</source>
            <extracomment>A span of days: %1 the first, %2 the last</extracomment>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 a date, %2 its day of the week</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>The portal's rule</source>
            <translation>平台规定</translation>
        </message>
        <message>
            <source>Unofficial source</source>
            <translation>非官方来源</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>推算</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Reminders from</source>
            <translation>开始提醒</translation>
        </message>
        <message>
            <source>How sure</source>
            <translation>可靠程度</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::DefenseRequestPage</name>
        <message>
            <source>Go to %1</source>
            <extracomment>%1 is the menu item "Submit degree application"</extracomment>
            <translation>前往“%1”</translation>
        </message>
        <message>
            <source>Apply for thesis defence</source>
            <translation>申请论文答辩资格</translation>
        </message>
        <message>
            <source>The request can be made now: the application's state allows it.</source>
            <translation>现在即可提出申请：该学位申请的状态允许申请论文答辩资格。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::DegreeApplicationsPage</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Submit degree application</source>
            <translation>提交学位申请</translation>
        </message>
        <message>
            <source>Delete the application %1? This cannot be undone.</source>
            <translation>确定删除申请%1吗？删除后无法恢复。</translation>
        </message>
        <message>
            <source>Cancel the application %1? The awarding institution no longer considers it; you can then edit it and submit it again.</source>
            <translation>确定取消申请%1吗？取消后学位授予单位将不再受理该申请；之后可以修改并重新提交。</translation>
        </message>
        <message>
            <source>%1 done: the application is now %2.</source>
            <translation>已%1，申请当前状态为%2。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::DependentChoices</name>
        <message>
            <source>Not studying at the awarding institution</source>
            <translation>未在学位授予单位在读</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::DesktopNotifier</name>
        <message>
            <source>DegreeDesk reminders</source>
            <translation>学位申请助手提醒</translation>
        </message>
        <message>
            <source>Reminder: %1. %2</source>
            <extracomment>A reminder in the window's message bar: %1 what, %2 when</extracomment>
            <translation>提醒：%1。%2</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ExamPage</name>
        <message>
            <source>National exam</source>
            <translation>全国统考</translation>
        </message>
        <message>
            <source>%1 (since %2)</source>
            <extracomment>%1 is a state such as "Fee paid", %2 the time it was recorded</extracomment>
            <translation>%1（自 %2 起）</translation>
        </message>
        <message>
            <source>%1: done. The registration is now “%2”.</source>
            <extracomment>%1 is an action such as "Pay the fee", %2 the new state such as "Fee paid"</extracomment>
            <translation>%1：已完成。报名状态现为“%2”。</translation>
        </message>
        <message>
            <source>Delete the registration for the %1 paper of %2 from DegreeDesk? This cannot be undone.</source>
            <extracomment>%1 is an exam paper such as "English" (may be empty), %2 a year</extracomment>
            <translation>从学位申请助手中删除 %2 年%1科目的报名记录吗？此操作无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ExamRegistrationModel</name>
        <message>
            <source>%1, exempt</source>
            <extracomment>%1 is the state of a registration such as "Not registered"</extracomment>
            <translation>%1，免考</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ExamScoreModel</name>
        <message>
            <source>Not published</source>
            <translation>未公布</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <extracomment>%1 is the last month a pass counted, "2026-05"</extracomment>
            <translation>%1（已过期）</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>是否合格</translation>
        </message>
        <message>
            <source>Counts until</source>
            <translation>有效期至</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::FieldCheckerWindow</name>
        <message>
            <source>DegreeDesk - check a field</source>
            <translation>学位申请助手 - 检查字段</translation>
        </message>
        <message>
            <source>Type a value to check it.</source>
            <translation>请输入要检查的值。</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>规则：%1</translation>
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
    </context>
    <context>
        <name>dd::ui::MainWindow</name>
        <message>
            <source>DegreeDesk</source>
            <translation>学位申请助手</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New applicant...</source>
            <translation>新建申请人(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Rename applicant...</source>
            <translation>重命名申请人(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Delete applicant...</source>
            <translation>删除申请人(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>下一页(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>上一页(&amp;P)</translation>
        </message>
        <message>
            <source>Go to the &amp;menu</source>
            <translation>转到菜单(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Training center mode (many applicants)</source>
            <translation>培训机构模式（多位申请人）(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Check a single field...</source>
            <translation>检查单个字段(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About DegreeDesk</source>
            <translation>关于学位申请助手(&amp;A)</translation>
        </message>
        <message>
            <source>About DegreeDesk</source>
            <translation>关于学位申请助手</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DegreeDesk %1&lt;/h3&gt;&lt;p&gt;Prepares applications for a master's degree with equivalent education: every field checked before it is typed into the portal, the certificate photo, the whole file kept on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;学位申请助手 %1&lt;/h3&gt;&lt;p&gt;帮助准备同等学力人员申请硕士学位的材料：每个字段在录入平台之前都经过检查，处理证件照片，全部资料保存在本机。&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix</source>
            <extracomment>%n is the number of errors left on the page</extracomment>
            <translation>
                <numerusform>有 %n 处问题需要修改</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <extracomment>%1 is the time of day</extracomment>
            <translation>已于 %1 保存</translation>
        </message>
        <message>
            <source>&amp;Process a folder of photos...</source>
            <translation>批量处理照片(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::MenuModel</name>
        <message>
            <source>Degree application</source>
            <translation>学位申请</translation>
        </message>
        <message>
            <source>View application process</source>
            <translation>查看申请流程</translation>
        </message>
        <message>
            <source>Upload photo</source>
            <translation>上传电子照片</translation>
        </message>
        <message>
            <source>Fill in basic information</source>
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
            <source>Report thesis information</source>
            <translation>填报论文信息</translation>
        </message>
        <message>
            <source>View application status</source>
            <translation>查看申请状态</translation>
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
            <source>Score lookup</source>
            <translation>成绩查询</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>短信定制</translation>
        </message>
        <message>
            <source>Account management</source>
            <translation>账户管理</translation>
        </message>
        <message>
            <source>Registration details</source>
            <translation>注册信息</translation>
        </message>
        <message>
            <source>Password, e-mail and phone</source>
            <translation>修改密码、邮箱、手机</translation>
        </message>
        <message>
            <source>My home page</source>
            <translation>我的主页</translation>
        </message>
        <message>
            <source>Not needed for your application</source>
            <translation>您的申请无需此项</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::MessageBar</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>关闭此消息</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::NotificationsPage</name>
        <message>
            <source> days</source>
            <extracomment>After the number of days in a spin box</extracomment>
            <translation> 天</translation>
        </message>
        <message>
            <source>While DegreeDesk is open, each reminder shows once a day as a desktop notification, from the chosen number of days before its date to the date.</source>
            <translation>学位申请助手运行期间，每条提醒每天以桌面通知显示一次，从日期前所选的天数起，直到当天。</translation>
        </message>
        <message>
            <source>This desktop has no notification area, so while DegreeDesk is open each reminder shows once a day in the message bar at the top of the window, from the chosen number of days before its date to the date.</source>
            <translation>此桌面没有通知区域，因此学位申请助手运行期间，每条提醒每天在窗口顶部的消息栏中显示一次，从日期前所选的天数起，直到当天。</translation>
        </message>
        <message>
            <source>Export to a calendar file</source>
            <translation>导出为日历文件</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>短信定制</translation>
        </message>
        <message>
            <source>Choose a date to see where it comes from.</source>
            <translation>选择一个日期，查看它的来源。</translation>
        </message>
        <message>
            <source>No dates ahead: nothing is left to remind of.</source>
            <translation>没有即将到来的日期，无需提醒。</translation>
        </message>
        <message>
            <source>DegreeDesk counts from the day the registration form was last saved here, %1.</source>
            <extracomment>%1 is a date</extracomment>
            <translation>学位申请助手从注册信息最后一次保存之日（%1）起计算。</translation>
        </message>
        <message>
            <source>No dates to export: switch a reminder on.</source>
            <translation>没有可导出的日期：请至少打开一项提醒。</translation>
        </message>
        <message>
            <source>DegreeDesk: %1</source>
            <extracomment>The calendar's name: %1 is the applicant</extracomment>
            <translation>学位申请助手：%1</translation>
        </message>
        <message>
            <source>How sure: %1</source>
            <translation>可靠程度：%1</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <extracomment>%1 is a file name, %2 the system's reason</extracomment>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n date(s) saved to %1.</source>
            <extracomment>%1 is a file name</extracomment>
            <translation>
                <numerusform>已将 %n 个日期保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoBatch</name>
        <message>
            <source>Several applicants have the ID number %1.</source>
            <translation>有多名申请人的证件号码为 %1。</translation>
        </message>
        <message>
            <source>Several applicants are called %1: name the file by the ID number instead.</source>
            <translation>有多名申请人名叫 %1，请改用证件号码命名文件。</translation>
        </message>
        <message>
            <source>No applicant has the ID number %1.</source>
            <translation>没有证件号码为 %1 的申请人。</translation>
        </message>
        <message>
            <source>No applicant has this file name as ID number or name.</source>
            <translation>没有证件号码或姓名与该文件名相同的申请人。</translation>
        </message>
        <message>
            <source>%1 is not a folder that can be read.</source>
            <translation>%1 不是可读取的文件夹。</translation>
        </message>
        <message>
            <source>Not matched: matching by file name is off.</source>
            <translation>未匹配：已关闭按文件名匹配。</translation>
        </message>
        <message>
            <source>Several files are for %1 (%2): keep one of them.</source>
            <extracomment>%1 the applicant, %2 the files</extracomment>
            <translation>有多个文件对应 %1（%2），请只保留其中一个。</translation>
        </message>
        <message>
            <source>%1 changed while the batch ran: run the batch again.</source>
            <translation>%1 在批量处理期间被修改，请重新进行批量处理。</translation>
        </message>
        <message>
            <source>Save the results as CSV</source>
            <translation>将结果保存为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoBatchDialog</name>
        <message>
            <source>C&amp;hoose...</source>
            <translation>选择(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Match to applicants by file name (ID number or name)</source>
            <translation>按文件名（证件号码或姓名）匹配申请人(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Save as CS&amp;V...</source>
            <translation>保存为 CSV(&amp;V)…</translation>
        </message>
        <message>
            <source>Process a folder of photos</source>
            <translation>批量处理照片</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>Folder of photos</source>
            <translation>照片文件夹</translation>
        </message>
        <message>
            <source>A folder of photos named by ID number or name</source>
            <translation>以证件号码或姓名命名照片的文件夹</translation>
        </message>
        <message>
            <source>Choose the folder of photos</source>
            <translation>选择照片文件夹</translation>
        </message>
        <message>
            <source>When the whole batch has finished, each compliant photo of a matched applicant replaces that applicant's photo. A cancelled batch saves nothing.</source>
            <translation>整批处理完成后，已匹配申请人的合格照片将替换该申请人现有的电子照片。取消的批量处理不会保存任何内容。</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>%1 files; %2 matched to an applicant.</source>
            <extracomment>%1 files in the folder, %2 of them matched</extracomment>
            <translation>共 %1 个文件，其中 %2 个已匹配到申请人。</translation>
        </message>
        <message>
            <source>The folder has no files to process.</source>
            <translation>该文件夹中没有可处理的文件。</translation>
        </message>
        <message>
            <source>Processing... Nothing is saved before the end.</source>
            <translation>正在处理…全部完成前不会保存任何内容。</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <extracomment>progress: %1 photos done of %2</extracomment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Done: %1 of %2 photos are compliant; %3 attached to their applicants.</source>
            <translation>完成：%2 张照片中 %1 张合格，其中 %3 张已关联到对应申请人。</translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved (%1 of %2 photos had been processed).</source>
            <translation>已取消：未保存任何内容（%2 张照片中已处理 %1 张）。</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>未保存任何内容：%1</translation>
        </message>
        <message>
            <source>The results were saved to %1.</source>
            <translation>结果已保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoBatchModel</name>
        <message>
            <source>Compliant</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>已处理合格</translation>
        </message>
        <message>
            <source>Needs a new photo</source>
            <translation>需重新拍照</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>无法使用</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>quality %1, %L2 bytes</source>
            <extracomment>%1 the JPEG quality (1-100), %2 the file size</extracomment>
            <translation>质量 %1，%L2 字节</translation>
        </message>
        <message>
            <source>%L1 bytes, as it was</source>
            <extracomment>an already compliant photo kept without re-encoding</extracomment>
            <translation>%L1 字节，保持原样</translation>
        </message>
        <message>
            <source>The photo was attached to %1.</source>
            <translation>照片已关联到 %1。</translation>
        </message>
        <message>
            <source>The file already met every rule: it is kept as it was.</source>
            <translation>该文件已符合全部要求，保持原样。</translation>
        </message>
        <message>
            <source>Cropped and re-encoded to the portal's rules.</source>
            <translation>已按学位网要求裁剪并重新编码。</translation>
        </message>
        <message>
            <source>No crop makes this photo compliant: ask for a new photo.</source>
            <translation>无论怎样裁剪都无法使这张照片合格，请让申请人重新拍照。</translation>
        </message>
        <message>
            <source>The file cannot be read as a photo.</source>
            <translation>该文件无法作为照片读取。</translation>
        </message>
        <message>
            <source>Not processed: the batch was cancelled.</source>
            <translation>未处理：批量处理已取消。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoFindingsModel</name>
        <message>
            <source>%1 bytes</source>
            <extracomment>%1 a number of bytes</extracomment>
            <translation>%1 字节</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 passed/warning/failed, %2 the message</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>测量值</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>允许范围</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PhotoPage</name>
        <message>
            <source>Result of the photo check</source>
            <translation>照片检查结果</translation>
        </message>
        <message>
            <source>Upload photo</source>
            <translation>上传电子照片</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>尚无照片</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 像素</translation>
        </message>
        <message>
            <source>%1 (%2 bytes)</source>
            <translation>%1（%2 字节）</translation>
        </message>
        <message numerus="yes">
            <source>The photo does not pass %n check(s):</source>
            <extracomment>followed by one line per failed check</extracomment>
            <translation>
                <numerusform>照片有 %n 项检查未通过：</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (not met)</source>
            <translation>%1（不符合）</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
            <translation>照片 (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Photo and crop frame</source>
            <translation>照片和裁剪框</translation>
        </message>
        <message>
            <source>Open a photo, drop one here or paste one (Ctrl+V). It is decoded and measured, and the frame placed for you; nothing is retouched.</source>
            <translation>打开照片、把照片拖到这里或粘贴（Ctrl+V）。程序会读取并测量照片，自动放好裁剪框；不做任何修饰。</translation>
        </message>
        <message>
            <source>Findings of the photo check</source>
            <translation>照片检查结果</translation>
        </message>
        <message>
            <source>The photo as it will be written</source>
            <translation>将要保存的照片</translation>
        </message>
        <message>
            <source>Reading the photo</source>
            <translation>正在读取照片</translation>
        </message>
        <message>
            <source>Open a photo</source>
            <translation>打开照片</translation>
        </message>
        <message>
            <source>Automatic crop</source>
            <translation>自动裁剪</translation>
        </message>
        <message>
            <source>Straighten by eyes</source>
            <translation>按双眼摆正</translation>
        </message>
        <message>
            <source>Turn the frame</source>
            <translation>旋转裁剪框</translation>
        </message>
        <message>
            <source>Move the frame</source>
            <translation>移动裁剪框</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>pasted photo.png</source>
            <translation>粘贴的照片.png</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>正在读取照片…</translation>
        </message>
        <message>
            <source>Not written while a rule fails</source>
            <translation>有检查项未通过时不生成文件</translation>
        </message>
        <message>
            <source>Reading and measuring the photo…</source>
            <translation>正在读取并测量照片…</translation>
        </message>
        <message>
            <source>The photo meets every rule. Save it to keep it for the applicant.</source>
            <translation>照片符合全部要求。请保存，为该申请人留存。</translation>
        </message>
        <message>
            <source>The photo meets every rule and is saved.</source>
            <translation>照片符合全部要求，已保存。</translation>
        </message>
        <message>
            <source>Export the certificate photo</source>
            <translation>导出证书照片</translation>
        </message>
        <message>
            <source>photo.jpg</source>
            <translation>照片.jpg</translation>
        </message>
        <message>
            <source>JPEG photos (*.jpg *.jpeg)</source>
            <translation>JPEG 照片 (*.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>There is no certificate photo for this applicant yet. Open a photo from a camera or phone: DegreeDesk crops it to the portal's rules and tells you if it cannot.</source>
            <translation>该申请人还没有证书照片。请打开相机或手机拍摄的照片：DegreeDesk 会按平台的要求裁剪，做不到时会说明原因。</translation>
        </message>
        <message numerus="yes">
            <source>Worth a look in the findings: %n warning(s).</source>
            <translation>
                <numerusform>请看一下检查结果中的 %n 条警告。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::PortalViewDialog</name>
        <message>
            <source>Copy &amp;next</source>
            <translation>复制下一项(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Start over</source>
            <translation>从头开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Keep on top</source>
            <translation>窗口置顶(&amp;K)</translation>
        </message>
        <message>
            <source>Copy the next value</source>
            <translation>复制下一项内容</translation>
        </message>
        <message>
            <source>Values in the portal's order</source>
            <translation>按平台顺序排列的内容</translation>
        </message>
        <message>
            <source>Last copied</source>
            <translation>最近复制</translation>
        </message>
        <message>
            <source>Copies the next value (%1)</source>
            <translation>复制下一项内容（%1）</translation>
        </message>
        <message>
            <source>Portal view - %1</source>
            <translation>平台视图 - %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Copy each value and paste it into the portal's field of the same name, in this order. %3 copies the next one.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;请按此顺序复制每项内容，粘贴到平台上同名的字段中。按 %3 复制下一项。</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <extracomment>%1 is a field's label</extracomment>
            <translation>复制%1</translation>
        </message>
        <message>
            <source>There is nothing to copy yet.</source>
            <translation>还没有可以复制的内容。</translation>
        </message>
        <message>
            <source>All %1 values are copied. %2 starts again from the first.</source>
            <extracomment>%1 is a number of values, %2 the key that copies the next one (F8)</extracomment>
            <translation>全部 %1 项内容已复制。按 %2 从第一项重新开始。</translation>
        </message>
        <message>
            <source>Nothing copied yet: %1 copies the first value.</source>
            <extracomment>%1 is the key that copies the next value (F8)</extracomment>
            <translation>尚未复制：按 %1 复制第一项内容。</translation>
        </message>
        <message>
            <source>Copied %1 of %2: %3</source>
            <extracomment>%1 and %2 are numbers, %3 the section and label of the value copied</extracomment>
            <translation>已复制第 %1 项，共 %2 项：%3</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ProcessPage</name>
        <message>
            <source>View application process</source>
            <translation>查看申请流程</translation>
        </message>
        <message>
            <source>User name, a password of letters and digits, an e-mail address (not Hotmail or Yahoo), mobile, and 姓名, which can never be changed. Activate the account from the e-mail within 24 hours.</source>
            <translation>用户名、密码（数字与字母组合）、电子邮箱（请暂时不要使用Hotmail和Yahoo邮箱）、移动电话，以及一经注册不能修改的姓名；24小时内通过邮件完成账号激活。</translation>
        </message>
        <message>
            <source>A recent frontal colour photo: JPG, 390 × 567 pixels, under 200 KB, blue background, no retouching. It is printed on the degree certificate.</source>
            <translation>近期正面免冠彩色半身电子照片：JPG格式，宽390像素、高567像素，200K以内，背景为蓝色，不得进行任何修饰。照片将用于学位证书。</translation>
        </message>
        <message>
            <source>姓名拼音, sex, ethnic group, date of birth, the ID number twice, political status, the months of starting work and of the prior degree, and the personal history up to this month.</source>
            <translation>姓名拼音、性别、民族、出生日期、证件号码（填写两次）、政治面貌、参加工作年月、获前置学位年月和前置学位类别；个人经历须填写至本年本月。</translation>
        </message>
        <message>
            <source>Choose the awarding institution, the degree type, 学科门类 and 学科名称; save, then submit. It is done when the state shows 已提交.</source>
            <translation>选择学位授予单位、申请学位类型、学科门类和学科名称，保存后点击“提交申请”；“申请状态”栏显示“已提交”则完成。</translation>
        </message>
        <message>
            <source>After the qualification review and all tests, request the thesis defence for the submitted application.</source>
            <translation>通过资格审查和全部考试后，为已提交的学位申请申请论文答辩资格。</translation>
        </message>
        <message>
            <source>The thesis title in Chinese and English, 3 to 5 keywords, its type, source, length and dates, and the supervisor.</source>
            <translation>论文中英文题目、3至5个关键词、论文类型、选题来源、字数、起止日期以及导师信息。</translation>
        </message>
        <message>
            <source>Only for the professional degrees in clinical medicine, stomatology and traditional Chinese medicine: the physician certificates and the standardised residency training.</source>
            <translation>仅限申请临床医学、口腔医学和中医硕士专业学位的人员填写：医师资格证书、医师执业证书及住院医师规范化培训信息。</translation>
        </message>
        <message>
            <source>Register for the national exam (foreign language and 学科综合水平) in March, pay and print the admission ticket; the exam is on a Sunday in May.</source>
            <translation>三月报名参加全国统考（外国语水平和学科综合水平）并缴费，考前打印准考证；考试在五月的一个星期日举行。</translation>
        </message>
        <message>
            <source>Scores come out about 60 working days after the exam; %1 passes, and a pass stays valid for %2 years.</source>
            <extracomment>%1 the pass mark (60), %2 how many years a pass stays valid (4)</extracomment>
            <translation>成绩约在考后60个工作日公布；%1分及格，合格成绩有效期为%2年。</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>无需填写</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a step, %2 its state</extracomment>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::RefusedChangesModel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 the server's message, %2 its error code</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>The server's reason</source>
            <translation>服务器给出的原因</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝时间</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::RegistrationPage</name>
        <message>
            <source>Registration details</source>
            <translation>注册信息</translation>
        </message>
        <message>
            <source>Change the name?</source>
            <translation>修改姓名？</translation>
        </message>
        <message>
            <source>Change the name from "%1" to "%2"?</source>
            <translation>将姓名由“%1”改为“%2”吗？</translation>
        </message>
        <message>
            <source>Once an account is registered on the portal, its name can never be changed there. Change it here only if you have not registered yet, or the name here was typed wrongly.</source>
            <translation>在学位网上，姓名一经注册不能修改。仅当您尚未注册，或此处的姓名录入有误时，才在此修改。</translation>
        </message>
        <message>
            <source>Change the name</source>
            <translation>修改姓名</translation>
        </message>
        <message>
            <source>Keep "%1"</source>
            <translation>保留“%1”</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ReminderScheduler</name>
        <message numerus="yes">
            <source>From %1 to %2: starts in %n day(s).</source>
            <extracomment>%1 and %2 are dates; %n the days until the first</extracomment>
            <translation>
                <numerusform>%1 至 %2：%n 天后开始。</numerusform>
            </translation>
        </message>
        <message>
            <source>Last day today (%1).</source>
            <extracomment>%1 is a date</extracomment>
            <translation>今天（%1）是最后一天。</translation>
        </message>
        <message numerus="yes">
            <source>Until %1: %n more day(s).</source>
            <extracomment>%1 is a date; %n the days left after today</extracomment>
            <translation>
                <numerusform>截至 %1：还剩 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Today (%1).</source>
            <extracomment>%1 is a date</extracomment>
            <translation>就在今天（%1）。</translation>
        </message>
        <message numerus="yes">
            <source>On %1: in %n day(s).</source>
            <extracomment>%1 is a date; %n the days until then</extracomment>
            <translation>
                <numerusform>%1：还有 %n 天。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ResidencyCertificatePage</name>
        <message>
            <source>Obtained</source>
            <extracomment>the check box of 是否取得合格证书 (residency training certificate obtained)</extracomment>
            <translation>已取得</translation>
        </message>
        <message>
            <source>Whether this step is needed</source>
            <translation>是否需要填写此项</translation>
        </message>
        <message>
            <source>Residency and physician certificates</source>
            <translation>填写规培、医师证书信息</translation>
        </message>
        <message>
            <source>%1 You may still fill in the form; it is kept but not counted.</source>
            <extracomment>%1 says why the step is not needed</extracomment>
            <translation>%1您仍可填写此表：填写的内容会保存，但不计入进度。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ResumeEditor</name>
        <message>
            <source>Add row</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Add a row below the current one</source>
            <translation>在当前行下方新增一行</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove the current row</source>
            <translation>删除当前行</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move the current row up</source>
            <translation>将当前行上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the current row down</source>
            <translation>将当前行下移</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ResumeTableModel</name>
        <message>
            <source>Up to now</source>
            <extracomment>Shown in the end month column of the personal history for an entry still going on</extracomment>
            <translation>至今</translation>
        </message>
        <message>
            <source>Year and month, e.g. 200809</source>
            <translation>年月，如：200809</translation>
        </message>
        <message>
            <source>Year and month, e.g. 201206; leave empty for an entry still going on (up to now)</source>
            <translation>年月，如：201206；仍在继续的一项留空（至今）</translation>
        </message>
        <message>
            <source>The school or the employer</source>
            <translation>学习或工作单位</translation>
        </message>
        <message>
            <source>What you studied, or your position</source>
            <translation>所学专业或所任职务</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ScoresPage</name>
        <message>
            <source>Import scores</source>
            <translation>导入成绩</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Score lookup</source>
            <translation>成绩查询</translation>
        </message>
        <message>
            <source>%1: counts until %2</source>
            <extracomment>%1 is "Pass", %2 the last month the pass counts ("2030-05")</extracomment>
            <translation>%1，有效期至 %2</translation>
        </message>
        <message>
            <source>%1: %2 of 100 are needed</source>
            <extracomment>%1 is "Fail", %2 the pass mark</extracomment>
            <translation>%1，需达到 %2 分（满分 100 分）</translation>
        </message>
        <message>
            <source>Delete the score of the %1 paper of %2? This cannot be undone.</source>
            <extracomment>%1 is an exam paper such as "English" (may be empty), %2 a year</extracomment>
            <translation>删除 %2 年%1科目的成绩吗？此操作无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ServerAccountPanel</name>
        <message>
            <source>No keychain</source>
            <translation>没有密钥环</translation>
        </message>
        <message>
            <source>This computer has no keychain to keep the server's session in. Keep it in a file that only your user account can read? Otherwise you log in again each time DegreeDesk starts.</source>
            <translation>这台电脑没有可保存服务器会话的密钥环。是否将其保存在只有您的用户账户能读取的文件中？否则每次启动 DegreeDesk 都需要重新登录。</translation>
        </message>
        <message>
            <source>Captcha picture</source>
            <translation>验证码图片</translation>
        </message>
        <message>
            <source>Server messages</source>
            <translation>服务器消息</translation>
        </message>
        <message>
            <source>%1: enter the address of the training center's server, e.g. https://dd.example.edu.cn or http://192.168.1.10:8080.</source>
            <translation>%1：请输入培训中心服务器的地址，例如 https://dd.example.edu.cn 或 http://192.168.1.10:8080。</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>(kept from the last time)</source>
            <translation>（沿用上次的会话）</translation>
        </message>
        <message>
            <source>(no picture)</source>
            <translation>（无图片）</translation>
        </message>
        <message numerus="yes">
            <source>The registration details (注册系统新用户) have %n problem(s). Correct them on that page first: the server checks them with the same rules.</source>
            <translation>
                <numerusform>注册信息（注册系统新用户）有 %n 处问题。请先在该页面更正：服务器使用相同的规则检查。</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered as %1. The activation e-mail went to %2: enter its code.</source>
            <translation>已注册为 %1。激活邮件已发送至 %2，请输入其中的激活码。</translation>
        </message>
        <message>
            <source>Registered as %1, but the server could not send the activation e-mail. Press "Send the e-mail again".</source>
            <translation>已注册为 %1，但服务器未能发送激活邮件。请点击“重新发送邮件”。</translation>
        </message>
        <message>
            <source>The account %1 is activated. Log in.</source>
            <translation>账户 %1 已激活，请登录。</translation>
        </message>
        <message>
            <source>If %1 waits for activation, a new e-mail is on its way; codes sent before no longer work.</source>
            <translation>如果 %1 正在等待激活，新的邮件已在发送途中；之前发送的激活码不再有效。</translation>
        </message>
        <message>
            <source>Nowhere: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>In the system's keychain</source>
            <translation>保存在系统密钥环中</translation>
        </message>
        <message>
            <source>In a file only your user account can read</source>
            <translation>保存在只有您的用户账户能读取的文件中</translation>
        </message>
        <message>
            <source>For this session only: log in again next time</source>
            <translation>仅本次有效：下次需要重新登录</translation>
        </message>
        <message>
            <source>Logged in to %1.</source>
            <translation>已登录 %1。</translation>
        </message>
        <message>
            <source>Logged out. The session is ended and forgotten on this computer.</source>
            <translation>已退出登录。会话已结束，本机不再保存。</translation>
        </message>
        <message>
            <source>If %1 has an activated account, a reset e-mail is on its way to its address. Enter the code it holds.</source>
            <translation>如果 %1 是已激活的账户，重置密码邮件已发往其邮箱。请输入邮件中的重置码。</translation>
        </message>
        <message>
            <source>%1: the two passwords differ. Type the same password twice.</source>
            <translation>%1：两次输入的密码不一致，请输入相同的密码。</translation>
        </message>
        <message>
            <source>Confirm new password</source>
            <translation>确认新密码</translation>
        </message>
        <message>
            <source>The new password is set. Log in with it.</source>
            <translation>新密码已设置，请用新密码登录。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::StatusPage</name>
        <message>
            <source>No degree application yet. Prepare one under %1.</source>
            <extracomment>%1 is a link to the page 提交学位申请</extracomment>
            <translation>还没有学位申请。请在“%1”中填写。</translation>
        </message>
        <message>
            <source>Application status</source>
            <translation>查看申请状态</translation>
        </message>
        <message>
            <source>since %1</source>
            <extracomment>%1 is the date and time of the last state change</extracomment>
            <translation>自 %1 起</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is an application (year, discipline, institution), %2 its state</extracomment>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::SummaryActions</name>
        <message>
            <source>&amp;Print summary...</source>
            <translation>打印申请信息汇总(&amp;P)...</translation>
        </message>
        <message>
            <source>&amp;Export summary as PDF...</source>
            <translation>将申请信息汇总导出为 PDF(&amp;E)...</translation>
        </message>
        <message>
            <source>P&amp;ortal view</source>
            <translation>平台视图(&amp;O)</translation>
        </message>
        <message>
            <source>Prints every field of the applicant in the portal's order.</source>
            <translation>按平台的顺序打印申请人的每一项信息。</translation>
        </message>
        <message>
            <source>Saves the printable summary as a PDF file.</source>
            <translation>将可打印的申请信息汇总保存为 PDF 文件。</translation>
        </message>
        <message>
            <source>Shows the values in the portal's order, to copy and paste one by one.</source>
            <translation>按平台的顺序显示各项内容，便于逐项复制粘贴。</translation>
        </message>
        <message>
            <source>Export summary as PDF</source>
            <translation>将申请信息汇总导出为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Print summary</source>
            <translation>打印申请信息汇总</translation>
        </message>
        <message>
            <source>The summary could not be printed. Check the printer and try again.</source>
            <translation>申请信息汇总无法打印。请检查打印机后重试。</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::SyncActions</name>
        <message>
            <source>Sync &amp;now</source>
            <translation>立即同步(&amp;N)</translation>
        </message>
        <message>
            <source>Sync con&amp;flicts...</source>
            <translation>同步冲突(&amp;F)...</translation>
        </message>
        <message>
            <source>Send your changes to the server and fetch the others' now</source>
            <translation>立即把您的修改发送到服务器，并获取他人的修改</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::SyncStatusIndicator</name>
        <message>
            <source>Sync status</source>
            <translation>同步状态</translation>
        </message>
        <message>
            <source>Sync off</source>
            <translation>未开启同步</translation>
        </message>
        <message>
            <source>Offline, retrying at %1</source>
            <extracomment>%1 is when the next attempt is made (a time, or a date and time)</extracomment>
            <translation>离线，将于 %1 重试</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <source>Syncing %1 of %2</source>
            <extracomment>%1 changes done out of %2</extracomment>
            <translation>正在同步 %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Syncing, %n change(s) so far</source>
            <translation>
                <numerusform>正在同步，已完成 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing...</source>
            <translation>正在同步…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n 项修改待发送</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to date, %1</source>
            <extracomment>%1 is the time of the last sync</extracomment>
            <translation>已同步，%1</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>已同步</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n 条冲突待处理</numerusform>
            </translation>
        </message>
        <message>
            <source>Log in to sync</source>
            <translation>请登录以同步</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>同步失败</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n refused</source>
            <extracomment>%1 is the status, %n the number of changes the server refused</extracomment>
            <translation>
                <numerusform>%1，%n 项被拒绝</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected to the training center's server. Connect in Account management; until then everything stays on this computer.</source>
            <translation>未连接培训中心的服务器。请在“账户管理”中连接；在此之前所有数据只保存在本机。</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your changes are kept here and sent when it can be reached again. Click to try now.</source>
            <translation>无法连接服务器。您的修改已保存在本机，恢复连接后自动发送。点击立即重试。</translation>
        </message>
        <message>
            <source>Sending your changes and fetching the others'.</source>
            <translation>正在发送您的修改并获取他人的修改。</translation>
        </message>
        <message>
            <source>Last synced at %1. Click to sync now.</source>
            <translation>上次同步于 %1。点击立即同步。</translation>
        </message>
        <message>
            <source>Click to sync now.</source>
            <translation>点击立即同步。</translation>
        </message>
        <message>
            <source>Records were changed both here and on the server. Click to compare them and decide; until then neither version is overwritten.</source>
            <translation>有记录在本机和服务器上都被修改过。点击对比后作出选择；在此之前两边的版本都不会被覆盖。</translation>
        </message>
        <message>
            <source>The server asks you to log in again. Your changes are kept and sent after you log in. Click to open Account management.</source>
            <translation>服务器要求重新登录。您的修改会保留，登录后发送。点击打开“账户管理”。</translation>
        </message>
        <message>
            <source>The last sync failed. Click to try again.</source>
            <translation>上次同步失败。点击重试。</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n 项修改等待发送。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server: see Tools, Sync conflicts.</source>
            <translation>
                <numerusform>%n 项修改被服务器拒绝：请查看“工具 → 同步冲突”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n conflict(s)</source>
            <extracomment>%1 is the status, %n the number of records in conflict waiting for the user</extracomment>
            <translation>
                <numerusform>%1，%n 处冲突</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dd::ui::ThesisPage</name>
        <message>
            <source>Report thesis information</source>
            <translation>填报论文信息</translation>
        </message>
    </context>
    <context>
        <name>dd::ui::TimelineModel</name>
        <message>
            <source>New application</source>
            <extracomment>An application described in a list, when it has no year, discipline or institution yet</extracomment>
            <translation>新申请</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>Application</source>
            <translation>申请</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>My application</source>
            <translation>我的申请</translation>
        </message>
        <message>
            <source>DegreeDesk</source>
            <translation>学位申请助手</translation>
        </message>
    </context>
</TS>

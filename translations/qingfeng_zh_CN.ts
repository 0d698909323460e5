<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>The crypto library cannot start.</source>
        <translation>加密库无法启动。</translation>
    </message>
</context>
<context>
    <name>qf::access</name>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>failed login at %1</source>
        <translation>登录失败（%1）</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, '.', '_' or '-'.</source>
        <translation>用户名由 2 至 32 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>Enter the name of the organ that owns this vault.</source>
        <translation>请输入本数据库保险库所属机关的名称。</translation>
    </message>
    <message>
        <source>vault created for %1; cipher %2</source>
        <translation>为%1创建数据库保险库；加密版本 %2</translation>
    </message>
    <message>
        <source>This account does not exist or is disabled.</source>
        <translation>该账户不存在或已停用。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; an administrator must enable it.</source>
        <translation>账户 %1 已停用，须由系统管理员启用。</translation>
    </message>
    <message>
        <source>password of %1 reset with the recovery key</source>
        <translation>已使用恢复密钥重置 %1 的密码</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在名为 %1 的用户。</translation>
    </message>
</context>
<context>
    <name>qf::access::Confidentiality</name>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>绝密</translation>
    </message>
</context>
<context>
    <name>qf::access::Permission</name>
    <message>
        <source>view the dashboard</source>
        <translation>查看工作台</translation>
    </message>
    <message>
        <source>register reports</source>
        <translation>登记信访举报件</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看信访举报件</translation>
    </message>
    <message>
        <source>view leads</source>
        <translation>查看问题线索</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>办理问题线索</translation>
    </message>
    <message>
        <source>hold collective lead reviews</source>
        <translation>组织线索集体排查</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <source>work on cases</source>
        <translation>办理案件</translation>
    </message>
    <message>
        <source>assign case teams</source>
        <translation>指定办案组</translation>
    </message>
    <message>
        <source>approve steps</source>
        <translation>审批办理环节</translation>
    </message>
    <message>
        <source>review cases</source>
        <translation>审理案件</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>request access to protected identities</source>
        <translation>申请查阅受保护身份</translation>
    </message>
    <message>
        <source>approve access to protected identities</source>
        <translation>批准查阅受保护身份</translation>
    </message>
    <message>
        <source>see confidential records without being assigned</source>
        <translation>查阅未分配给本人的涉密记录</translation>
    </message>
    <message>
        <source>view error accountability records</source>
        <translation>查看错案责任追究记录</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>export archives</source>
        <translation>导出加密归档包</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>manage vault keys</source>
        <translation>管理数据库保险库密钥</translation>
    </message>
</context>
<context>
    <name>qf::access::Role</name>
    <message>
        <source>Investigator</source>
        <translation>办案人员</translation>
    </message>
    <message>
        <source>Lead investigator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审理人员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>内勤</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>qf::access::Session</name>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>数据库保险库已锁定，请解锁后继续。</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>您的账户已停用。</translation>
    </message>
    <message>
        <source>Your role does not allow you to %1.</source>
        <translation>您的角色无权%1。</translation>
    </message>
    <message>
        <source>This record is %1 and you are not assigned to it.</source>
        <translation>该记录密级为“%1”，且未分配给您。</translation>
    </message>
    <message>
        <source>Cannot write the audit trail.</source>
        <translation>无法写入审计日志。</translation>
    </message>
</context>
<context>
    <name>qf::access::UserService</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, '.', '_' or '-'.</source>
        <translation>用户名由 2 至 32 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请至少为用户指定一个角色。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>名为 %1 的用户已存在。</translation>
    </message>
    <message>
        <source>user %1 added with roles %2</source>
        <translation>新增用户 %1，角色：%2</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>user %1 disabled; key slot deleted</source>
        <translation>已停用用户 %1，并删除其密钥槽</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>password of %1 set by an administrator</source>
        <translation>系统管理员已为 %1 设置密码</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>数据库保险库已锁定。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>vault re-encrypted under a new key; other users need a new password</source>
        <translation>数据库保险库已使用新密钥重新加密；其他用户需要设置新密码</translation>
    </message>
</context>
<context>
    <name>qf::audit::AuditVerifier</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>第 %1 至 %2 条记录缺失</translation>
    </message>
    <message>
        <source>entry id out of order</source>
        <translation>记录编号顺序错乱</translation>
    </message>
    <message>
        <source>its link to entry %1 does not match</source>
        <translation>与第 %1 条记录的链接不匹配</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被篡改</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>审计日志无法读取：%1</translation>
    </message>
</context>
<context>
    <name>qf::cases</name>
    <message>
        <source>There is no such case.</source>
        <translation>不存在该案件。</translation>
    </message>
    <message>
        <source>a recusal decision keeps this person out of the case</source>
        <translation>已有回避决定，此人不得参与本案</translation>
    </message>
    <message>
        <source>a protected party of the case</source>
        <translation>本案的受保护当事人</translation>
    </message>
    <message>
        <source>declared relative of %1</source>
        <translation>已申报为 %1 的亲属</translation>
    </message>
    <message>
        <source>former colleague of %1</source>
        <translation>%1 的前同事</translation>
    </message>
    <message>
        <source>works or worked in the same unit as %1</source>
        <translation>与 %1 现在或曾经在同一单位工作</translation>
    </message>
    <message>
        <source>declared tie to %1</source>
        <translation>已申报与 %1 存在关系</translation>
    </message>
    <message>
        <source>There is no such measure.</source>
        <translation>不存在该审查调查措施。</translation>
    </message>
    <message>
        <source>The measure is %1; only an approved measure can be used.</source>
        <translation>该措施的状态为“%1”；只有已批准的措施才能使用。</translation>
    </message>
    <message>
        <source>The measure is valid from %1 to %2 only; it cannot be used at %3.</source>
        <translation>该措施的有效期为 %1 至 %2，不能在 %3 使用。</translation>
    </message>
</context>
<context>
    <name>qf::cases::AccountabilityService</name>
    <message>
        <source>Choose the kind of error and describe it.</source>
        <translation>请选择错误类型并加以说明。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>不存在该案件。</translation>
    </message>
    <message>
        <source>%1 recorded against %2</source>
        <translation>已对 %2 记录%1</translation>
    </message>
</context>
<context>
    <name>qf::cases::CaseReviewService</name>
    <message>
        <source>A review record is a report, a hearing or a defence statement.</source>
        <translation>审理记录须为审理报告、听证或申辩。</translation>
    </message>
    <message>
        <source>Record the content and a date that is not in the future.</source>
        <translation>请填写内容及不晚于今天的日期。</translation>
    </message>
    <message>
        <source>Only the case team or its reviewers record the defence.</source>
        <translation>只有本案办案组或审理人员可以记录申辩。</translation>
    </message>
    <message>
        <source>Only the reviewers assigned to this case write review records.</source>
        <translation>只有分配到本案的审理人员可以填写审理记录。</translation>
    </message>
    <message>
        <source>An appeal needs the appellant, the grounds and the date it was lodged.</source>
        <translation>申诉须填写申诉人、申诉理由和提出日期。</translation>
    </message>
    <message>
        <source>%1 appeal, due %2</source>
        <translation>%1申诉，办理期限 %2</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>再次</translation>
    </message>
    <message>
        <source>Record the findings of the re-examination.</source>
        <translation>请填写复查结论。</translation>
    </message>
    <message>
        <source>There is no open appeal with that id.</source>
        <translation>不存在该编号的未办结申诉。</translation>
    </message>
</context>
<context>
    <name>qf::cases::CaseService</name>
    <message>
        <source>Lead %1 has no 立案审查 disposition or approved preliminary verification; a case cannot be opened from it.</source>
        <translation>问题线索 %1 没有“立案审查”处置决定或经批准的初步核实，不能据此立案。</translation>
    </message>
    <message>
        <source>Case %1 was already opened from this lead.</source>
        <translation>已据此线索立案，案件为 %1。</translation>
    </message>
    <message>
        <source> case</source>
        <translation>案</translation>
    </message>
    <message>
        <source>case %1 opened from lead %2</source>
        <translation>由问题线索 %2 立案，案件 %1</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role.</source>
        <translation>%1 不具有审理人员角色。</translation>
    </message>
    <message>
        <source>%1 is not an investigator.</source>
        <translation>%1 不是办案人员。</translation>
    </message>
    <message>
        <source>%1 does not hold the lead investigator role.</source>
        <translation>%1 不具有主办人角色。</translation>
    </message>
    <message>
        <source>%1 investigated this case and cannot review it.</source>
        <translation>%1 参与了本案审查调查，不能审理本案。</translation>
    </message>
    <message>
        <source>%1 reviews this case and cannot join the investigating team.</source>
        <translation>%1 负责审理本案，不能加入办案组。</translation>
    </message>
    <message>
        <source>%1 cannot be assigned: %2.</source>
        <translation>不能指派 %1：%2。</translation>
    </message>
    <message>
        <source>%1 assigned as %2%3</source>
        <translation>指派 %1 为%2%3</translation>
    </message>
    <message>
        <source> despite warnings: %1</source>
        <translation>（尽管存在提示：%1）</translation>
    </message>
    <message>
        <source>Choose the kind of relationship.</source>
        <translation>请选择关系类型。</translation>
    </message>
    <message>
        <source>Name the person or the unit the relationship is with.</source>
        <translation>请填写关系所涉的人员或单位。</translation>
    </message>
    <message>
        <source>State the grounds for recusal.</source>
        <translation>请说明回避理由。</translation>
    </message>
    <message>
        <source>recusal of %1 requested: %2</source>
        <translation>申请 %1 回避：%2</translation>
    </message>
    <message>
        <source>There is no pending recusal with that id.</source>
        <translation>不存在该编号的待决回避申请。</translation>
    </message>
    <message>
        <source>Name the partner agency and what it is responsible for.</source>
        <translation>请填写协同机关及其负责事项。</translation>
    </message>
    <message>
        <source>Name the agencies in dispute.</source>
        <translation>请填写存在受理争议的机关。</translation>
    </message>
    <message>
        <source>A dispute step is negotiate, escalate or decide.</source>
        <translation>受理争议的处理环节为协商、报请上级或决定。</translation>
    </message>
    <message>
        <source>Record what was agreed or why it goes further.</source>
        <translation>请记录协商结果，或说明需进一步处理的原因。</translation>
    </message>
    <message>
        <source>There is no such dispute.</source>
        <translation>不存在该受理争议。</translation>
    </message>
    <message>
        <source>The dispute is already decided.</source>
        <translation>该受理争议已有决定。</translation>
    </message>
</context>
<context>
    <name>qf::cases::DeadlineService</name>
    <message>
        <source>An extension needs a number of months and a reason.</source>
        <translation>延长期限须填写月数和理由。</translation>
    </message>
    <message>
        <source>There is no open deadline with that id.</source>
        <translation>不存在该编号的未届满期限。</translation>
    </message>
    <message>
        <source>This time limit can be extended by %1 month(s) in all; %2 already granted.</source>
        <translation>该期限累计最多可延长 %1 个月；已批准延长 %2 个月。</translation>
    </message>
    <message>
        <source>%1: %2 month(s), %3</source>
        <translation>%1：%2 个月，%3</translation>
    </message>
    <message>
        <source>There is no pending extension with that id.</source>
        <translation>不存在该编号的待审批延期申请。</translation>
    </message>
    <message>
        <source>You cannot approve your own extension.</source>
        <translation>不能审批本人提出的延期申请。</translation>
    </message>
    <message>
        <source>%1 month(s)</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Supervision needs the supervising level, a future due date and a reporting interval.</source>
        <translation>挂牌督办须填写督办层级、晚于今天的办结期限和报告间隔。</translation>
    </message>
    <message>
        <source>%1 supervision until %2</source>
        <translation>%1挂牌督办，至 %2</translation>
    </message>
    <message>
        <source>A progress report needs its date and what was done.</source>
        <translation>进展报告须填写日期和工作情况。</translation>
    </message>
    <message>
        <source>There is no open supervision with that id.</source>
        <translation>不存在该编号的在办挂牌督办。</translation>
    </message>
</context>
<context>
    <name>qf::cases::MeasureService</name>
    <message>
        <source>A measure needs its legal basis and a justification.</source>
        <translation>审查调查措施须填写依据和理由。</translation>
    </message>
    <message>
        <source>'%1' is not a configured kind of measure.</source>
        <translation>“%1”不是已配置的措施类型。</translation>
    </message>
    <message>
        <source>Only the case team may request measures.</source>
        <translation>只有本案办案组可以申请审查调查措施。</translation>
    </message>
    <message>
        <source>%1 requested: %2</source>
        <translation>申请%1：%2</translation>
    </message>
    <message>
        <source>The measure is %1.</source>
        <translation>该措施的状态为“%1”。</translation>
    </message>
    <message>
        <source>The end of the validity period must come after its start.</source>
        <translation>有效期的截止时间须晚于起始时间。</translation>
    </message>
    <message>
        <source>You cannot approve a measure you requested.</source>
        <translation>不能审批本人申请的措施。</translation>
    </message>
    <message>
        <source>Say why the measure is refused.</source>
        <translation>请说明不予批准的理由。</translation>
    </message>
    <message>
        <source>Describe how the measure was carried out.</source>
        <translation>请说明措施的执行情况。</translation>
    </message>
    <message>
        <source>A talk needs at least two staff present.</source>
        <translation>谈话须有两名以上工作人员在场。</translation>
    </message>
    <message>
        <source>Record the venue, who was talked to and what was said.</source>
        <translation>请记录谈话地点、谈话对象和谈话内容。</translation>
    </message>
    <message>
        <source>The talk must end after it starts.</source>
        <translation>谈话结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>A talk can only be held under an approved talk measure.</source>
        <translation>谈话须依据已批准的谈话措施进行。</translation>
    </message>
    <message>
        <source>The measure is not a talk measure.</source>
        <translation>该措施不是谈话措施。</translation>
    </message>
    <message>
        <source>The talk measure belongs to another case.</source>
        <translation>该谈话措施属于其他案件。</translation>
    </message>
    <message>
        <source>talk held at %1</source>
        <translation>在 %1 谈话</translation>
    </message>
    <message>
        <source>talk at %1, %2 to %3, staff %4</source>
        <translation>谈话地点 %1，%2 至 %3，工作人员 %4</translation>
    </message>
</context>
<context>
    <name>qf::cli::CliText</name>
    <message>
        <source>Checked %1 of %2 audit entries...</source>
        <translation>已校验 %1 / %2 条审计日志…</translation>
    </message>
    <message>
        <source>The verification could not be recorded in the audit trail.</source>
        <translation>本次校验无法记入审计日志。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is intact: %2 entries checked.</source>
        <translation>%1 的审计日志完整：已校验 %2 条记录。</translation>
    </message>
    <message>
        <source>Head: entry %1 at %2 UTC, hash %3</source>
        <translation>链头：第 %1 条，%2（UTC），哈希 %3</translation>
    </message>
    <message>
        <source>The audit trail of %1 is BROKEN at entry %2: %3.</source>
        <translation>%1 的审计日志在第 %2 条处断裂：%3。</translation>
    </message>
    <message>
        <source>%1 entries before it are intact.</source>
        <translation>此前的 %1 条记录完整。</translation>
    </message>
    <message>
        <source>Audit entry %1 in %2 fails verification (%3). The trail was changed outside Qingfeng. Keep the file as it is, report this to your security officer, and compare it with your latest backup.</source>
        <translation>%2 中的第 %1 条审计日志未通过校验（%3）。审计日志在清风之外被改动。请保持文件原状，报告保密管理人员，并与最近的备份比对。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli init --vault FILE --organ NAME --admin LOGIN [--admin-name NAME]
                         [--password-file FILE] [--recovery-key-out FILE] [--json]
Creates a new encrypted vault and its first administrator. The recovery key is shown
once (or written to --recovery-key-out, readable only by you): store it safely.</source>
        <translation>用法：qingfeng-cli init --vault FILE --organ NAME --admin LOGIN [--admin-name NAME]
                         [--password-file FILE] [--recovery-key-out FILE] [--json]
创建新的加密数据库保险库及其第一个系统管理员。恢复密钥只显示一次
（或写入 --recovery-key-out 指定的文件，仅本人可读）：请妥善保存。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli user add --vault FILE --user ADMIN [--password-file FILE]
           --login LOGIN [--name NAME] --role ROLE[,ROLE...] [--new-password-file FILE]
Roles: investigator, lead_investigator, approver, reviewer, clerk, auditor, admin.</source>
        <translation>用法：qingfeng-cli user add --vault FILE --user ADMIN [--password-file FILE]
           --login LOGIN [--name NAME] --role ROLE[,ROLE...] [--new-password-file FILE]
角色：investigator（办案人员）、lead_investigator（主办人）、approver（审批人）、
reviewer（审理人员）、clerk（内勤）、auditor（审计员）、admin（系统管理员）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli user list --vault FILE --user ADMIN [--password-file FILE] [--json]</source>
        <translation>用法：qingfeng-cli user list --vault FILE --user ADMIN [--password-file FILE] [--json]</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli user passwd --vault FILE --user ADMIN [--password-file FILE]
           --login LOGIN [--new-password-file FILE]
       qingfeng-cli user passwd --vault FILE --recovery-key-file FILE --login LOGIN
           [--new-password-file FILE]
The first form sets a user's password as an administrator (or changes your own);
the second resets a forgotten password with the vault's recovery key.</source>
        <translation>用法：qingfeng-cli user passwd --vault FILE --user ADMIN [--password-file FILE]
           --login LOGIN [--new-password-file FILE]
      qingfeng-cli user passwd --vault FILE --recovery-key-file FILE --login LOGIN
           [--new-password-file FILE]
第一种形式由系统管理员为用户设置密码（或修改本人密码）；
第二种形式使用数据库保险库的恢复密钥重置遗忘的密码。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli user disable --vault FILE --user ADMIN [--password-file FILE] --login LOGIN
Deletes the user's key slot: they can no longer open the vault. Records are kept.</source>
        <translation>用法：qingfeng-cli user disable --vault FILE --user ADMIN [--password-file FILE] --login LOGIN
删除该用户的密钥槽，其将无法再打开数据库保险库。相关记录予以保留。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli info --vault FILE --user LOGIN [--password-file FILE] [--json]
Shows the organ, vault UID, cipher and schema versions, the user count and, for those
who may see the audit trail, its head (count, last time, hash).</source>
        <translation>用法：qingfeng-cli info --vault FILE --user LOGIN [--password-file FILE] [--json]
显示所属机关、数据库保险库 UID、加密和结构版本、用户数量；对有权查看审计日志的用户，
还显示审计日志链头（条数、最后时间、哈希）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli audit verify --vault FILE --user AUDITOR [--password-file FILE] [--json]
Checks every link of the audit chain. Exit code 0: intact; 6: broken (the first broken
entry is named).</source>
        <translation>用法：qingfeng-cli audit verify --vault FILE --user AUDITOR [--password-file FILE] [--json]
逐条校验审计日志链。退出码 0：完整；6：断裂（并指出第一条断裂的记录）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli demo --vault FILE [--scale N] [--seed S] [--json]
Creates a demo vault if absent, with one demo user per role and fixed demo passwords,
and writes each password to &lt;login&gt;.password beside the vault. Running it again
changes nothing and prints the users again.</source>
        <translation>用法：qingfeng-cli demo --vault FILE [--scale N] [--seed S] [--json]
如演示库不存在则创建，每个角色一名演示用户，使用固定的演示密码，
并将各密码写入数据库保险库旁的 &lt;login&gt;.password 文件。再次运行
不做任何更改，只重新列出用户。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli VERB [options]

Verbs:
  init           create a new vault and its first administrator
  user add       add a user with roles and a password
  user list      list the users
  user passwd    set a password (administrator, own, or with the recovery key)
  user disable   disable a user
  info           show facts about a vault
  audit verify   verify the audit chain
  demo           create a demo vault with one user per role

Global options:
  --vault FILE          the vault; its key file FILE.keys sits beside it
  --user LOGIN          who is acting
  --password-file FILE  read the password from the first line of FILE; without it the
                        password is asked for on the terminal. Passwords are never
                        accepted as arguments.
  --lang zh_CN|en       language of messages (default: the system locale)
  --json                machine-readable output
  --version, --help

Exit codes: 0 success, 1 other failure, 2 usage error, 3 wrong password, unknown user or
too many failed logins, 4 vault or file damaged, 5 permission denied, 6 verification
failed, 7 untrusted signer.
Run 'qingfeng-cli VERB --help' for the options of a verb.</source>
        <translation>用法：qingfeng-cli 动词 [选项]

动词：
  init           创建新的数据库保险库及其第一个系统管理员
  user add       新增用户，指定角色和密码
  user list      列出用户
  user passwd    设置密码（系统管理员设置、修改本人密码或使用恢复密钥）
  user disable   停用用户
  info           显示数据库保险库的基本信息
  audit verify   校验审计日志链
  demo           创建演示库，每个角色一名用户

全局选项：
  --vault FILE          数据库保险库文件；其密钥文件 FILE.keys 位于同一文件夹
  --user LOGIN          操作人
  --password-file FILE  从 FILE 的第一行读取密码；未指定时在终端提示输入。
                        密码绝不接受作为命令行参数。
  --lang zh_CN|en       消息语言（默认跟随系统区域设置）
  --json                机器可读的输出
  --version, --help

退出码：0 成功，1 其他错误，2 用法错误，3 密码错误、用户不存在或登录失败次数过多，
4 数据库保险库或文件损坏，5 无此权限，6 校验未通过，7 签名者不受信任。
运行 'qingfeng-cli 动词 --help' 查看各动词的选项。</translation>
    </message>
    <message>
        <source>qingfeng-cli: %1</source>
        <translation>qingfeng-cli：%1</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang 的取值为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>qingfeng-cli %1: the command line of Qingfeng (清风)</source>
        <translation>qingfeng-cli %1：清风命令行工具</translation>
    </message>
    <message>
        <source>Give a verb.</source>
        <translation>请指定动词。</translation>
    </message>
    <message>
        <source>'%1' needs a sub-command.</source>
        <translation>“%1”需要子命令。</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Unexpected extra argument (%n word(s)). Options start with --; passwords are never accepted as arguments.</source>
        <translation><numerusform>多余的参数（%n 个）。选项以 -- 开头；密码绝不接受作为命令行参数。</numerusform></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to '%2'.</source>
        <translation>选项 --%1 不适用于“%2”。</translation>
    </message>
    <message>
        <source>The crypto library (libsodium) failed to start.</source>
        <translation>加密库（libsodium）启动失败。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须指定选项 --%1。</translation>
    </message>
    <message>
        <source>%1 can be read by other users. Restrict it with: chmod 600 %1</source>
        <translation>%1 可被其他用户读取。请用以下命令限制权限：chmod 600 %1</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>The two entries differ. Nothing was changed.</source>
        <translation>两次输入不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>The vault %1 does not exist. Check --vault, or create one with 'qingfeng-cli init' (or 'qingfeng-cli demo').</source>
        <translation>数据库保险库 %1 不存在。请检查 --vault，或用 'qingfeng-cli init'（或 'qingfeng-cli demo'）创建。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>the password was read from %1</source>
        <translation>密码读取自 %1</translation>
    </message>
    <message>
        <source>the password was typed</source>
        <translation>密码为手工输入</translation>
    </message>
    <message>
        <source>(User %1 on %2; %3.)</source>
        <translation>（用户 %1，数据库保险库 %2；%3。）</translation>
    </message>
    <message>
        <source>qingfeng-cli: warning: %1</source>
        <translation>qingfeng-cli：警告：%1</translation>
    </message>
    <message>
        <source>Passwords are never accepted as arguments, because other users can see them in the process list and the shell history. Use --password-file FILE (the first line is the password) or type the password when asked.</source>
        <translation>密码绝不接受作为命令行参数，因为其他用户可以在进程列表和 shell 历史中看到它。请使用 --password-file FILE（第一行为密码），或在提示时输入密码。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不带取值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>选项 --%1 重复指定。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要取值。</translation>
    </message>
    <message>
        <source>--scale takes a whole number from 1 to %1.</source>
        <translation>--scale 的取值为 1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 的取值为 0 至 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>%1 exists but is not a demo vault: the demo administrator %2 cannot log in with the demo password. Nothing was changed. Give another --vault for the demo.</source>
        <translation>%1 已存在但不是演示库：演示系统管理员 %2 无法用演示密码登录。未做任何更改。请为演示指定另一个 --vault。</translation>
    </message>
    <message>
        <source>Created the demo vault %1 (scale %2, seed %3).</source>
        <translation>已创建演示库 %1（规模 %2，种子 %3）。</translation>
    </message>
    <message>
        <source>The demo vault %1 is open in another program; it was left as it is.</source>
        <translation>演示库 %1 已被另一程序打开，未做改动。</translation>
    </message>
    <message>
        <source>The demo vault %1 already exists; nothing was changed.</source>
        <translation>演示库 %1 已存在，未做任何更改。</translation>
    </message>
    <message>
        <source>Organ: %1</source>
        <translation>机关：%1</translation>
    </message>
    <message>
        <source>Demo users, one per role. These passwords are for this demo vault only:</source>
        <translation>演示用户（每个角色一名）。以下密码仅用于本演示库：</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Each password is also in %1 (readable only by you), for scripts:</source>
        <translation>各密码也保存在 %1 中（仅本人可读），供脚本使用：</translation>
    </message>
    <message>
        <source>The recovery key of the demo vault is in %1.</source>
        <translation>演示库的恢复密钥保存在 %1 中。</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>数据库保险库：</translation>
    </message>
    <message>
        <source>Organ:</source>
        <translation>机关：</translation>
    </message>
    <message>
        <source>Vault UID:</source>
        <translation>数据库保险库 UID：</translation>
    </message>
    <message>
        <source>Created (UTC):</source>
        <translation>创建时间（UTC）：</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>SQLCipher %1 (format %2, page size %3)</source>
        <translation>SQLCipher %1（格式 %2，页大小 %3）</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>%1 (this program knows %2)</source>
        <translation>%1（本程序支持 %2）</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation>%1（正常 %2）</translation>
    </message>
    <message>
        <source>Audit entries:</source>
        <translation>审计日志条数：</translation>
    </message>
    <message>
        <source>Last entry (UTC):</source>
        <translation>最后记录（UTC）：</translation>
    </message>
    <message>
        <source>Audit head hash:</source>
        <translation>审计日志链头哈希：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登录用户：</translation>
    </message>
    <message>
        <source>%1 already exists, and an existing vault is never overwritten. Choose another file name with --vault.</source>
        <translation>%1 已存在，已有的数据库保险库不会被覆盖。请用 --vault 另选文件名。</translation>
    </message>
    <message>
        <source>%1 already exists and is not overwritten. Choose another file for --recovery-key-out.</source>
        <translation>%1 已存在，不会被覆盖。请为 --recovery-key-out 另选文件。</translation>
    </message>
    <message>
        <source>The folder %1 for --recovery-key-out does not exist. Create it first.</source>
        <translation>--recovery-key-out 所在的文件夹 %1 不存在，请先创建。</translation>
    </message>
    <message>
        <source>New password for the administrator %1: </source>
        <translation>系统管理员 %1 的新密码：</translation>
    </message>
    <message>
        <source>The vault was created; its recovery key is printed below instead.</source>
        <translation>数据库保险库已创建；其恢复密钥改为显示在下方。</translation>
    </message>
    <message>
        <source>Created the vault %1 for %2.</source>
        <translation>已为%2创建数据库保险库 %1。</translation>
    </message>
    <message>
        <source>Vault UID: %1</source>
        <translation>数据库保险库 UID：%1</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>系统管理员：%1</translation>
    </message>
    <message>
        <source>The recovery key was written to %1 (readable only by you).</source>
        <translation>恢复密钥已写入 %1（仅本人可读）。</translation>
    </message>
    <message>
        <source>Store this safely: print it or copy it to offline media, lock it away, then delete the file. It is the only way to reset a forgotten password, and anyone who has it can open the vault.</source>
        <translation>请妥善保存：打印或复制到离线介质并锁存，然后删除该文件。它是重置遗忘密码的唯一途径，持有者即可打开数据库保险库。</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once):</source>
        <translation>恢复密钥（只显示这一次）：</translation>
    </message>
    <message>
        <source>Store this safely: print it or write it down and lock it away. It is the only way to reset a forgotten password, and anyone who has it can open the vault.</source>
        <translation>请妥善保存：打印或抄写后锁存。它是重置遗忘密码的唯一途径，持有者即可打开数据库保险库。</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a regular file. Check the path.</source>
        <translation>文件 %1 不存在或不是普通文件，请检查路径。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation>无法读取 %1：%2。请检查其权限。</translation>
    </message>
    <message>
        <source>The first line of %1 is empty (or too long). Put the password on the first line.</source>
        <translation>%1 的第一行为空（或过长）。请将密码写在第一行。</translation>
    </message>
    <message>
        <source>%1 already exists and is not overwritten. Choose another file name.</source>
        <translation>%1 已存在，不会被覆盖。请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1 completely. Check the free space.</source>
        <translation>无法完整写入 %1，请检查剩余空间。</translation>
    </message>
    <message>
        <source>Unknown role "%1". Roles: %2.</source>
        <translation>未知角色“%1”。可用角色：%2。</translation>
    </message>
    <message>
        <source>Give at least one role with --role. Roles: %1.</source>
        <translation>请用 --role 至少指定一个角色。可用角色：%1。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>needs a new password</source>
        <translation>需设置新密码</translation>
    </message>
    <message>
        <source>no key slot</source>
        <translation>无密钥槽</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>--recovery-key-file replaces --user and --password-file; give one or the other.</source>
        <translation>--recovery-key-file 取代 --user 和 --password-file，二者只能择一。</translation>
    </message>
    <message>
        <source>The vault %1 does not exist. Check --vault.</source>
        <translation>数据库保险库 %1 不存在，请检查 --vault。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>(Read from %1; it must be the key printed when the vault was created or last given a new recovery key.)</source>
        <translation>（读取自 %1；必须是创建数据库保险库或最近一次更换恢复密钥时打印的密钥。）</translation>
    </message>
    <message>
        <source>The password of %1 was reset with the recovery key. The change is recorded in the audit trail.</source>
        <translation>已使用恢复密钥重置 %1 的密码。此项变更已记入审计日志。</translation>
    </message>
    <message>
        <source>Added the user %1 (%2) with the roles: %3.</source>
        <translation>已新增用户 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The password of %1 was set. Give it to them in person.</source>
        <translation>已为 %1 设置密码。请当面告知本人。</translation>
    </message>
    <message>
        <source>The user %1 is disabled and can no longer open the vault. Their records and audit entries are kept.</source>
        <translation>用户 %1 已停用，无法再打开数据库保险库。其相关记录和审计日志予以保留。</translation>
    </message>
    <message>
        <source>(Acting as %1 on %2. Ask an administrator if your role should allow this.)</source>
        <translation>（以 %1 身份操作 %2。如您的角色应当具有此权限，请联系系统管理员。）</translation>
    </message>
    <message>
        <source>Pass --%1 FILE (its first line is read).</source>
        <translation>请指定 --%1 FILE（读取其第一行）。</translation>
    </message>
    <message>
        <source>No password given, and standard input is not a terminal to ask on.</source>
        <translation>未提供密码，且标准输入不是可供提示输入的终端。</translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message numerus="yes">
        <source>The demo vault %1 already exists; what it lacked was added (%n demo user(s)).</source>
        <translation><numerusform>演示库 %1 已存在；已补充所缺内容（演示用户 %n 名）。</numerusform></translation>
    </message>
    <message>
        <source>Synthetic demo data: %1 reports, %2 leads, %3 review meetings, %4 transfers.</source>
        <translation>模拟演示数据：信访举报件 %1 件、问题线索 %2 条、集体排查会议 %3 次、移送 %4 件。</translation>
    </message>
    <message>
        <source>Generating demo data: %1 of %2 reports</source>
        <translation>正在生成演示数据：信访举报件 %1 / %2</translation>
    </message>
</context>
<context>
    <name>qf::crypto</name>
    <message>
        <source>The crypto library failed to start.</source>
        <translation>加密库启动失败。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>内存不足，无法由密码派生密钥。</translation>
    </message>
</context>
<context>
    <name>qf::decisions</name>
    <message>
        <source>Enter the date the meeting was held (not in the future).</source>
        <translation>请输入会议召开日期（不得晚于今天）。</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>请选择会议类型。</translation>
    </message>
    <message>
        <source>Record the conclusion of the meeting.</source>
        <translation>请记录会议结论。</translation>
    </message>
    <message>
        <source>Set the quorum of the meeting.</source>
        <translation>请设置会议的法定人数。</translation>
    </message>
    <message>
        <source>Each member needs a distinct name.</source>
        <translation>每名成员的姓名不得重复。</translation>
    </message>
    <message>
        <source>Record the opinion of %1, dissent included.</source>
        <translation>请记录 %1 的意见，包括不同意见。</translation>
    </message>
    <message>
        <source>No quorum: %1 of the required %2 members were present; the decision is not valid.</source>
        <translation>未达法定人数：应到 %2 人，实到 %1 人，该决定无效。</translation>
    </message>
</context>
<context>
    <name>qf::decisions::DecisionService</name>
    <message>
        <source>The decision to supersede is not one of this case.</source>
        <translation>要取代的决定不属于本案。</translation>
    </message>
    <message>
        <source>That decision was already superseded.</source>
        <translation>该决定已被取代。</translation>
    </message>
    <message>
        <source>%1 of %2: %3 present of quorum %4%5</source>
        <translation>%2 %1：到会 %3 人，法定人数 %4%5</translation>
    </message>
    <message>
        <source>; supersedes %1</source>
        <translation>；取代 %1</translation>
    </message>
</context>
<context>
    <name>qf::demo::DemoDataService</name>
    <message>
        <source>vault marked as a demo vault with synthetic data</source>
        <translation>数据库保险库已标记为含模拟数据的演示库</translation>
    </message>
    <message>
        <source>The scale is a number from 1 to 10000.</source>
        <translation>规模须为 1 至 10000 之间的整数。</translation>
    </message>
    <message>
        <source>This vault is not a demo vault; synthetic data is only ever written to a demo vault.</source>
        <translation>该数据库保险库不是演示库；模拟数据只会写入演示库。</translation>
    </message>
    <message>
        <source>%1 reports, %2 leads, %3 review meetings generated</source>
        <translation>已生成信访举报件 %1 件、问题线索 %2 条、集体排查会议 %3 次</translation>
    </message>
</context>
<context>
    <name>qf::demo::Generator</name>
    <message>
        <source>The vault has no review schedules.</source>
        <translation>数据库保险库中没有线索排查计划。</translation>
    </message>
    <message>
        <source>Cancelled; the batches already written are kept.</source>
        <translation>已取消；已写入的批次予以保留。</translation>
    </message>
</context>
<context>
    <name>qf::documents</name>
    <message>
        <source>Give a reason for voiding a number.</source>
        <translation>请填写作废文号的理由。</translation>
    </message>
    <message>
        <source>No valid number %1 is registered.</source>
        <translation>未登记有效文号 %1。</translation>
    </message>
</context>
<context>
    <name>qf::intake</name>
    <message>
        <source>There is no such report.</source>
        <translation>不存在该信访举报件。</translation>
    </message>
    <message>
        <source>Enter the date the report was received.</source>
        <translation>请输入信访举报件的收到日期。</translation>
    </message>
    <message>
        <source>The received date %1 is in the future.</source>
        <translation>收到日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter a summary of what the report alleges.</source>
        <translation>请输入反映问题摘要。</translation>
    </message>
    <message>
        <source>The summary is longer than 20,000 characters; attach the letter instead.</source>
        <translation>摘要超过 20,000 字，请改为附上原件。</translation>
    </message>
    <message>
        <source>Enter at least one person the report is about.</source>
        <translation>请至少填写一名被反映人。</translation>
    </message>
    <message>
        <source>A report can name at most 50 subjects.</source>
        <translation>一件信访举报件最多填写 50 名被反映人。</translation>
    </message>
    <message>
        <source>A real-name report needs the reporter's name.</source>
        <translation>实名举报须填写举报人姓名。</translation>
    </message>
    <message>
        <source>Every subject needs a name.</source>
        <translation>每名被反映人都须填写姓名。</translation>
    </message>
    <message>
        <source>The ID number of %1 is not valid: %2. It was stored and flagged for checking.</source>
        <translation>%1 的身份证号码无效：%2。已保存并标记待核对。</translation>
    </message>
    <message>
        <source>The reporter's ID number is not valid. It was stored and flagged for checking.</source>
        <translation>举报人的身份证号码无效，已保存并标记待核对。</translation>
    </message>
</context>
<context>
    <name>qf::intake::Channel</name>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Online report</source>
        <translation>网络举报</translation>
    </message>
    <message>
        <source>Assigned or transferred</source>
        <translation>上级交办/其他机关移送</translation>
    </message>
    <message>
        <source>Inspection tour</source>
        <translation>巡视巡察移交</translation>
    </message>
    <message>
        <source>Audit referral</source>
        <translation>审计移交</translation>
    </message>
    <message>
        <source>Found in a case</source>
        <translation>办案中发现</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>qf::intake::IdentityService</name>
    <message>
        <source>no approved grant</source>
        <translation>无已批准的身份查阅授权</translation>
    </message>
    <message>
        <source>You hold no approved, unexpired grant for this identity. Request one with a reason.</source>
        <translation>您没有该身份的有效身份查阅授权，请说明理由提出申请。</translation>
    </message>
    <message>
        <source>There is no such identity.</source>
        <translation>不存在该身份信息。</translation>
    </message>
    <message>
        <source>viewed under grant %1</source>
        <translation>依据授权 %1 查阅</translation>
    </message>
    <message>
        <source>Explain why you need to see this identity.</source>
        <translation>请说明查阅该身份信息的理由。</translation>
    </message>
    <message>
        <source>grant %1 requested: %2</source>
        <translation>申请身份查阅授权 %1：%2</translation>
    </message>
    <message>
        <source>A grant is valid for 1 to 90 days.</source>
        <translation>身份查阅授权的有效期为 1 至 90 天。</translation>
    </message>
    <message>
        <source>There is no pending grant request with that id.</source>
        <translation>不存在该编号的待审批授权申请。</translation>
    </message>
    <message>
        <source>You cannot decide on your own request.</source>
        <translation>不能审批本人提出的申请。</translation>
    </message>
    <message>
        <source>approved for %1 day(s): %2</source>
        <translation>批准 %1 天：%2</translation>
    </message>
    <message>
        <source>A reward has a non-negative amount and a status: owed, approved or paid.</source>
        <translation>举报奖励须填写非负金额及状态：待发、已批准或已发放。</translation>
    </message>
    <message>
        <source>reward %1 yuan, %2</source>
        <translation>奖励 %1 元，%2</translation>
    </message>
</context>
<context>
    <name>qf::intake::ReportService</name>
    <message>
        <source>%1 report received %2, %3 subject(s)%4</source>
        <translation>收到%1信访举报件（%2），被反映人 %3 名%4</translation>
    </message>
    <message>
        <source>, real name</source>
        <translation>，实名</translation>
    </message>
    <message>
        <source>, anonymous</source>
        <translation>，匿名</translation>
    </message>
    <message>
        <source>Give the reason for the screening decision.</source>
        <translation>请填写甄别处理的理由。</translation>
    </message>
    <message>
        <source>Choose a screening outcome.</source>
        <translation>请选择甄别结果。</translation>
    </message>
    <message>
        <source>This report was already screened (%1).</source>
        <translation>该信访举报件已甄别（%1）。</translation>
    </message>
    <message>
        <source>lead %1 registered from a report</source>
        <translation>由信访举报件登记问题线索 %1</translation>
    </message>
    <message>
        <source>screened as %1: %2</source>
        <translation>甄别为%1：%2</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号码相同</translation>
    </message>
    <message>
        <source>same name and unit</source>
        <translation>姓名和单位相同</translation>
    </message>
</context>
<context>
    <name>qf::intake::Screening</name>
    <message>
        <source>Awaiting screening</source>
        <translation>待甄别</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新立线索</translation>
    </message>
    <message>
        <source>Attached to a lead</source>
        <translation>并入已有线索</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Filed for reference</source>
        <translation>存档备查</translation>
    </message>
</context>
<context>
    <name>qf::leads</name>
    <message>
        <source>There is no such lead.</source>
        <translation>不存在该问题线索。</translation>
    </message>
    <message>
        <source>Describe the allegation in the summary.</source>
        <translation>请在摘要中写明反映的问题。</translation>
    </message>
    <message>
        <source>The summary is longer than 20,000 characters; attach the full text instead.</source>
        <translation>摘要超过 20,000 字，请改为附上全文。</translation>
    </message>
    <message>
        <source>Choose the source of the lead.</source>
        <translation>请选择线索来源。</translation>
    </message>
    <message>
        <source>A lead needs at least one subject.</source>
        <translation>问题线索至少须有一名被反映人。</translation>
    </message>
    <message>
        <source>Every subject needs a name.</source>
        <translation>每名被反映人都须填写姓名。</translation>
    </message>
</context>
<context>
    <name>qf::leads::Disposition</name>
    <message>
        <source>Talk or written inquiry</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核实</translation>
    </message>
    <message>
        <source>Hold pending more information</source>
        <translation>暂存待查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>予以了结</translation>
    </message>
    <message>
        <source>File a case</source>
        <translation>立案审查</translation>
    </message>
    <message>
        <source>Forward to the agency with jurisdiction</source>
        <translation>移交有管辖权机关</translation>
    </message>
</context>
<context>
    <name>qf::leads::LeadService</name>
    <message>
        <source>Give the reason for the disposition of %1.</source>
        <translation>请填写对 %1 的处置理由。</translation>
    </message>
    <message>
        <source>Lead %1 is already closed.</source>
        <translation>问题线索 %1 已了结。</translation>
    </message>
    <message>
        <source>A held lead needs a next review date after the decision (%1).</source>
        <translation>暂存待查的线索须指定晚于决定日期（%1）的下次排查日期。</translation>
    </message>
    <message>
        <source>A follow-up task needs a description and a due date.</source>
        <translation>跟进任务须填写内容和期限。</translation>
    </message>
    <message>
        <source>lead %1 registered, source %2</source>
        <translation>登记问题线索 %1，来源：%2</translation>
    </message>
    <message>
        <source>confidential lead %1 viewed</source>
        <translation>查阅涉密问题线索 %1</translation>
    </message>
    <message>
        <source>%1: %2 by single approved decision</source>
        <translation>%1：经审批决定%2</translation>
    </message>
    <message>
        <source>%1 assigned to lead %2</source>
        <translation>%1 被分配办理问题线索 %2</translation>
    </message>
    <message>
        <source>No open follow-up task with that id.</source>
        <translation>不存在该编号的未完成跟进任务。</translation>
    </message>
</context>
<context>
    <name>qf::leads::LeadStatus</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>排查中</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已了结</translation>
    </message>
</context>
<context>
    <name>qf::leads::ReviewService</name>
    <message>
        <source>Enter the date the meeting was held.</source>
        <translation>请输入会议召开日期。</translation>
    </message>
    <message>
        <source>A review meeting must decide on at least one lead.</source>
        <translation>集体排查会议至少须研究一条问题线索。</translation>
    </message>
    <message>
        <source>Choose the review schedule this meeting belongs to.</source>
        <translation>请选择本次会议所属的排查计划。</translation>
    </message>
    <message>
        <source>Each attendee needs a distinct name.</source>
        <translation>每名参会人员的姓名不得重复。</translation>
    </message>
    <message>
        <source>No quorum: %1 of the required %2 members are present, so the meeting cannot decide.</source>
        <translation>未达法定人数：应到 %2 人，实到 %1 人，会议不能作出决定。</translation>
    </message>
    <message>
        <source>A meeting decides once per lead.</source>
        <translation>每次会议对同一线索只能作出一次决定。</translation>
    </message>
    <message>
        <source>%1: %2 by collective review on %3; reason: %4</source>
        <translation>%1：经 %3 集体排查决定%2；理由：%4</translation>
    </message>
    <message>
        <source>%1 held on %2: %3 present, %4 leads decided</source>
        <translation>%1 于 %2 召开：到会 %3 人，研究决定线索 %4 条</translation>
    </message>
</context>
<context>
    <name>qf::leads::TransferService</name>
    <message>
        <source>Name the agency that receives the transfer.</source>
        <translation>请填写接收移送的机关名称。</translation>
    </message>
    <message>
        <source>The feedback due date must not be before the date sent.</source>
        <translation>反馈期限不得早于移送日期。</translation>
    </message>
    <message>
        <source>No open transfer with that id, or the feedback date is before the date sent.</source>
        <translation>不存在该编号的未办结移送，或反馈日期早于移送日期。</translation>
    </message>
    <message>
        <source>feedback received on %1</source>
        <translation>%1 收到反馈</translation>
    </message>
</context>
<context>
    <name>qf::people</name>
    <message>
        <source>an ID number has 18 characters</source>
        <translation>身份证号码应为 18 位</translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation>前 17 位必须为数字</translation>
    </message>
    <message>
        <source>the region code %1 does not exist</source>
        <translation>行政区划代码 %1 不存在</translation>
    </message>
    <message>
        <source>the birth date %1 is not a real date</source>
        <translation>出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>the check character does not match (typing error?)</source>
        <translation>校验码不符（是否输入有误？）</translation>
    </message>
</context>
<context>
    <name>qf::storage</name>
    <message>
        <source>The key file %1 is damaged or has been altered (%2). Restore it from a backup; the vault was not changed.</source>
        <translation>密钥文件 %1 已损坏或被篡改（%2）。请从备份恢复；数据库保险库未被改动。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Qingfeng (schema %1; this program knows %2). Update the program.</source>
        <translation>该数据库保险库由更新版本的清风写入（结构版本 %1；本程序支持 %2）。请升级程序。</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>用户名或密码错误。请检查键盘布局和大写锁定键后重试。</translation>
    </message>
</context>
<context>
    <name>qf::storage::KeySlotFile</name>
    <message>
        <source>The key file %1 is missing. It must sit beside the vault; restore it from a backup.</source>
        <translation>密钥文件 %1 缺失。它必须与数据库保险库放在同一文件夹，请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>incomplete slot</source>
        <translation>密钥槽不完整</translation>
    </message>
    <message>
        <source>missing fields</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the key file %1: %2</source>
        <translation>无法保存密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot wrap the vault key.</source>
        <translation>无法封装数据库保险库密钥。</translation>
    </message>
</context>
<context>
    <name>qf::storage::SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>Cannot apply the vault key.</source>
        <translation>无法应用数据库保险库密钥。</translation>
    </message>
    <message>
        <source>Cannot begin a transaction.</source>
        <translation>无法开始事务。</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>无法提交事务。</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>无法回滚事务。</translation>
    </message>
    <message>
        <source>Cannot run the SQL script.</source>
        <translation>无法执行 SQL 脚本。</translation>
    </message>
</context>
<context>
    <name>qf::storage::Vault</name>
    <message>
        <source>The vault %1 is already open in another program (process %2 on %3). Close it there first.</source>
        <translation>数据库保险库 %1 已被另一程序打开（%3 上的进程 %2）。请先在该程序中关闭。</translation>
    </message>
    <message>
        <source>A vault needs a file name and an administrator.</source>
        <translation>创建数据库保险库须提供文件名和系统管理员。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; an existing vault is never overwritten.</source>
        <translation>%1 已存在。请另选文件名；已有的数据库保险库不会被覆盖。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The new vault file is not encrypted; it was removed.</source>
        <translation>新建的数据库保险库文件未加密，已删除。</translation>
    </message>
    <message>
        <source>The vault %1 does not exist. Check the path, or restore it from a backup.</source>
        <translation>数据库保险库 %1 不存在。请检查路径，或从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Qingfeng vault. It was not opened.</source>
        <translation>%1 是未加密的 SQLite 文件，不是清风数据库保险库，未予打开。</translation>
    </message>
    <message>
        <source>The vault %1 is read-only. Copy it to a writable folder or fix its permissions.</source>
        <translation>数据库保险库 %1 为只读。请将其复制到可写的文件夹，或修改其权限。</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>恢复密钥不正确。</translation>
    </message>
    <message>
        <source>The key file %1 has been altered: its slots no longer match their signature. Restore it from a backup; the vault was not changed.</source>
        <translation>密钥文件 %1 已被篡改：其中的密钥槽与签名不符。请从备份恢复；数据库保险库未被改动。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>数据库保险库已锁定。</translation>
    </message>
    <message>
        <source>Cannot open the vault %1: %2</source>
        <translation>无法打开数据库保险库 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption (cipher_version is empty). Refusing to store data unencrypted.</source>
        <translation>当前使用的 SQLite 库不支持加密（cipher_version 为空）。拒绝以明文存储数据。</translation>
    </message>
    <message>
        <source>The password is right, but the vault %1 cannot be read: the file is damaged. It was not changed. Restore it from a backup (detail: %2).</source>
        <translation>密码正确，但数据库保险库 %1 无法读取：文件已损坏，未被改动。请从备份恢复（详情：%2）。</translation>
    </message>
    <message>
        <source>Cannot switch the vault to write-ahead logging.</source>
        <translation>无法将数据库保险库切换为预写日志模式。</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys on the vault.</source>
        <translation>无法在数据库保险库上启用外键约束。</translation>
    </message>
    <message>
        <source>Close the other windows and background tasks before rekeying.</source>
        <translation>更换密钥前，请关闭其他窗口和后台任务。</translation>
    </message>
    <message>
        <source>Cannot create the re-encrypted copy: %1</source>
        <translation>无法创建重新加密的副本：%1</translation>
    </message>
    <message>
        <source>Re-encrypting the vault failed; the vault is unchanged. %1</source>
        <translation>重新加密数据库保险库失败；数据库保险库未被改动。%1</translation>
    </message>
    <message>
        <source>Cannot replace the vault file with the re-encrypted copy.</source>
        <translation>无法用重新加密的副本替换数据库保险库文件。</translation>
    </message>
</context>
<context>
    <name>qf::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>2 to 32 letters, digits, '.', '_' or '-'</source>
        <translation>2 至 32 个字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
</context>
<context>
    <name>qf::ui::AuditPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Only an auditor can verify the audit trail.</source>
        <translation>只有审计员可以校验审计日志。</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the last one at %1. Head hash: %2</source>
        <translation><numerusform>共 %n 条，最后一条记录于 %1。链头哈希：%2</numerusform></translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>The verification did not run.</source>
        <translation>校验未能运行。</translation>
    </message>
    <message numerus="yes">
        <source>Head: %n entries, last hash %1</source>
        <translation><numerusform>链头：共 %n 条，最后哈希 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries; no problem was found in them.</source>
        <translation><numerusform>已在校验 %n 条后取消；其中未发现问题。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries were checked.</source>
        <translation><numerusform>审计日志完整：已校验全部 %n 条记录。</numerusform></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2.</source>
        <translation>审计日志在第 %1 条处断裂：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries before it are intact.</source>
        <translation><numerusform>此前的 %n 条记录完整。</numerusform></translation>
    </message>
    <message>
        <source>V&amp;erify chain</source>
        <translation>校验链条(&amp;E)</translation>
    </message>
</context>
<context>
    <name>qf::ui::AuditTableModel</name>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1（UTC）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Chain hash</source>
        <translation>链哈希</translation>
    </message>
</context>
<context>
    <name>qf::ui::DashboardPage</name>
    <message>
        <source>Session</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>登录用户：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>数据库保险库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher 版本：</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>Last entry:</source>
        <translation>最后记录：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>qf::ui::EmptyStatePage</name>
    <message>
        <source>This area is not built yet.</source>
        <translation>此功能区尚未建成。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ErrorMessages</name>
    <message>
        <source>Too many failed attempts</source>
        <translation>失败次数过多</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>数据库保险库已损坏</translation>
    </message>
    <message>
        <source>The key file has been tampered with</source>
        <translation>密钥文件已被篡改</translation>
    </message>
    <message>
        <source>Not an encrypted vault</source>
        <translation>不是加密的数据库保险库</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>The vault is read-only</source>
        <translation>数据库保险库为只读</translation>
    </message>
    <message>
        <source>The vault is already open</source>
        <translation>数据库保险库已被打开</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>无此权限</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>数据库保险库已锁定</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>校验未通过</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>请检查输入内容</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>Untrusted signer</source>
        <translation>签名者不受信任</translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>无法打开数据库保险库</translation>
    </message>
</context>
<context>
    <name>qf::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>数据库保险库已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Enter the password to continue.</source>
        <translation>%1（%2）已登录。请输入密码后继续。</translation>
    </message>
</context>
<context>
    <name>qf::ui::LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Qingfeng — Log in</source>
        <translation>清风 — 登录</translation>
    </message>
    <message>
        <source>Qingfeng case workbench</source>
        <translation>清风办案工作台</translation>
    </message>
    <message>
        <source>Open an encrypted vault with your user name and password.</source>
        <translation>使用您的用户名和密码打开加密的数据库保险库。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>数据库保险库(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建数据库保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Forgot password (recovery key)…</source>
        <translation>忘记密码（使用恢复密钥）(&amp;F)…</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开数据库保险库</translation>
    </message>
    <message>
        <source>Qingfeng vaults (*.qfv);;All files (*)</source>
        <translation>清风数据库保险库 (*.qfv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>qf::ui::MainWindow</name>
    <message>
        <source>Qingfeng case workbench</source>
        <translation>清风办案工作台</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>信访举报</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>加密归档</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Registering reports (信访举报件) received by letter, visit, phone or online, and protecting reporters' identities.</source>
        <translation>登记来信、来访、来电、网络举报等渠道收到的信访举报件，并保护举报人身份信息。</translation>
    </message>
    <message>
        <source>The lead library: registering leads, collective review and the choice of disposition.</source>
        <translation>问题线索库：线索登记、集体排查和处置方式的确定。</translation>
    </message>
    <message>
        <source>Cases from filing to archiving: team, measures, evidence, review and decision.</source>
        <translation>案件从立案到归档的全过程：办案组、审查调查措施、证据、审理和处理决定。</translation>
    </message>
    <message>
        <source>Standard documents generated from templates, with document numbers and a print log.</source>
        <translation>依据文书模板生成标准文书，并管理文号和打印登记。</translation>
    </message>
    <message>
        <source>Signed, encrypted archives for another workstation or an auditor; backup and restore.</source>
        <translation>为其他工作站或审计人员生成经签名的加密归档包；备份与恢复。</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>数据库保险库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
</context>
<context>
    <name>qf::ui::NewVaultWizard</name>
    <message>
        <source>New vault</source>
        <translation>新建数据库保险库</translation>
    </message>
    <message>
        <source>Vault file and organ</source>
        <translation>保险库文件和所属机关</translation>
    </message>
    <message>
        <source>The vault is one encrypted file that holds all data of this workstation. Its key file is kept next to it.</source>
        <translation>数据库保险库是一个加密文件，保存本工作站的全部数据。其密钥文件存放在同一文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>e.g. CPC ×× Municipal Commission for Discipline Inspection</source>
        <translation>例如：中共××市纪律检查委员会</translation>
    </message>
    <message>
        <source>&amp;Vault file:</source>
        <translation>保险库文件(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Organ name:</source>
        <translation>机关名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The first account manages users and keys. Creating the vault takes a few seconds.</source>
        <translation>第一个账户负责管理用户和密钥。创建数据库保险库需要几秒钟。</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. System administrator</source>
        <translation>例如：系统管理员</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>新建保险库文件</translation>
    </message>
    <message>
        <source>Qingfeng vaults (*.qfv);;All files (*)</source>
        <translation>清风数据库保险库 (*.qfv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose where to create the vault file.</source>
        <translation>请选择保险库文件的创建位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing vault is never overwritten.</source>
        <translation>%1 已存在。请另选名称；已有的数据库保险库不会被覆盖。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the name of the organ that owns this vault.</source>
        <translation>请输入本数据库保险库所属机关的名称。</translation>
    </message>
</context>
<context>
    <name>qf::ui::PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
</context>
<context>
    <name>qf::ui::PasswordFields</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation><numerusform>至少 %n 个字符</numerusform></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation><numerusform>密码至少需要 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation>我已打印或抄写恢复密钥(&amp;W)</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The vault has been created. Keep the recovery key safe before you continue.</source>
        <translation>数据库保险库已创建。继续之前，请妥善保存恢复密钥。</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation>我已打印或抄写恢复密钥(&amp;W)</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecoveryKeySheet</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if every password is lost. It is shown only this once. Print it or write it down, and keep it in the safe for secret documents.</source>
        <translation>所有密码遗失时，可用此恢复密钥打开数据库保险库。它只显示这一次。请打印或抄写下来，存放在涉密文件保密柜中。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Qingfeng vault recovery key</source>
        <translation>清风数据库保险库恢复密钥</translation>
    </message>
    <message>
        <source>Organ: %1</source>
        <translation>机关：%1</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>数据库保险库：%1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep this page in the safe for secret documents and destroy it when the key is replaced.</source>
        <translation>持有此密钥者即可打开数据库保险库。请将本页存放在涉密文件保密柜中，密钥更换后予以销毁。</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecoveryResetDialog</name>
    <message>
        <source>Reset a password with the recovery key</source>
        <translation>使用恢复密钥重置密码</translation>
    </message>
    <message>
        <source>Vault: %1
Enter the recovery key printed when the vault was created, the user whose password was forgotten, and a new password.</source>
        <translation>数据库保险库：%1
请输入创建数据库保险库时打印的恢复密钥、忘记密码的用户名以及新密码。</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the vault in the login window first.</source>
        <translation>请先在登录窗口中选择数据库保险库。</translation>
    </message>
    <message>
        <source>The password of %1 has been set. Log in with the new password.</source>
        <translation>已为 %1 设置密码。请使用新密码登录。</translation>
    </message>
</context>
<context>
    <name>qf::ui::UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable user</source>
        <translation>停用用户(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>修改我的密码(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;key vault…</source>
        <translation>更换保险库密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>生成新的恢复密钥(&amp;Y)…</translation>
    </message>
    <message>
        <source>Users and keys</source>
        <translation>用户和密钥</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Vault keys</source>
        <translation>数据库保险库密钥</translation>
    </message>
    <message>
        <source>Rekeying re-encrypts the whole vault under a new master key and gives a new recovery key; afterwards every other user needs a new password. A new recovery key replaces the printed one.</source>
        <translation>更换密钥将使用新的主密钥重新加密整个数据库保险库，并生成新的恢复密钥；此后其他所有用户都需要设置新密码。新的恢复密钥将取代已打印的恢复密钥。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Needs a new password</source>
        <translation>需设置新密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? The account's key slot is deleted, so it can no longer open the vault. Its history stays in the audit trail.</source>
        <translation>确定停用 %1 吗？该账户的密钥槽将被删除，从此不能再打开数据库保险库。其操作记录仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell the user in person.</source>
        <translation>为 %1 设置新密码。请当面告知该用户。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Enter your current password and choose a new one.</source>
        <translation>请输入当前密码并设置新密码。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Rekey vault</source>
        <translation>更换保险库密钥</translation>
    </message>
    <message>
        <source>The whole vault is re-encrypted under a new master key. This can take a while. Other users will need a new password from you afterwards. Enter your password to confirm.</source>
        <translation>整个数据库保险库将使用新的主密钥重新加密，可能需要一些时间。完成后，其他用户需要由您重新设置密码。请输入您的密码以确认。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Create a new recovery key? The printed key stops working at once; destroy it after printing the new one.</source>
        <translation>确定生成新的恢复密钥吗？已打印的恢复密钥将立即失效；打印新密钥后请销毁旧密钥。</translation>
    </message>
</context>
<context>
    <name>qf::workflow</name>
    <message>
        <source>no valid collective decision of meeting type '%1' is recorded for this case</source>
        <translation>本案没有“%1”类会议的有效集体研究决定</translation>
    </message>
    <message>
        <source>the case has no lead investigator</source>
        <translation>本案尚未指定主办人</translation>
    </message>
    <message>
        <source>the team has %1 member(s); at least %2 are required</source>
        <translation>办案组现有 %1 人，至少需要 %2 人</translation>
    </message>
    <message>
        <source>%1 reviewer(s) assigned; at least %2 are required</source>
        <translation>已指派审理人员 %1 人，至少需要 %2 人</translation>
    </message>
    <message>
        <source>measures are still open: record their execution or end them first</source>
        <translation>仍有未结束的审查调查措施：请先记录执行情况或予以终止</translation>
    </message>
    <message>
        <source>no review record of kind '%1' is on file</source>
        <translation>没有“%1”类审理记录</translation>
    </message>
    <message>
        <source>money or property of the case has not been disposed of</source>
        <translation>涉案款物尚未处置完毕</translation>
    </message>
    <message>
        <source>a first appeal is still being handled</source>
        <translation>首次申诉尚在办理中</translation>
    </message>
    <message>
        <source>Workflow definition error at %1: %2</source>
        <translation>流程定义错误（%1）：%2</translation>
    </message>
    <message>
        <source>a stage needs an id</source>
        <translation>办理阶段须有标识</translation>
    </message>
    <message>
        <source>a stage needs a zh_CN label</source>
        <translation>办理阶段须有中文名称</translation>
    </message>
    <message>
        <source>time limits are 0 to 60 months, extensions 0 to 12</source>
        <translation>期限为 0 至 60 个月，延长为 0 至 12 个月</translation>
    </message>
    <message>
        <source>unknown guard</source>
        <translation>未知的校验条件</translation>
    </message>
    <message>
        <source>Transition '%1' is blocked by guard '%2': %3.</source>
        <translation>流转“%1”未通过校验条件“%2”：%3。</translation>
    </message>
</context>
<context>
    <name>qf::workflow::CaseWorkflow</name>
    <message>
        <source>case workflow definition replaced (%1 stages, %2 transitions)</source>
        <translation>案件流程定义已替换（%1 个阶段，%2 个流转）</translation>
    </message>
    <message>
        <source>The workflow has no transition '%1'.</source>
        <translation>流程中没有流转“%1”。</translation>
    </message>
    <message>
        <source>Transition '%1' does not start from the case's stage '%2'.</source>
        <translation>流转“%1”的起点不是案件当前阶段“%2”。</translation>
    </message>
    <message>
        <source>Only %1 assigned to this case may request '%2'.</source>
        <translation>只有分配到本案的%1可以申请“%2”。</translation>
    </message>
    <message>
        <source>A transition request for this case is already waiting.</source>
        <translation>本案已有一项待审批的流转申请。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)%5</source>
        <translation>%1：%2 → %3（%4）%5</translation>
    </message>
    <message>
        <source>There is no pending request with that id.</source>
        <translation>不存在该编号的待审批申请。</translation>
    </message>
    <message>
        <source>Only the %1 role may decide on this request.</source>
        <translation>只有%1角色可以审批此申请。</translation>
    </message>
    <message>
        <source>You cannot approve your own request.</source>
        <translation>不能审批本人提出的申请。</translation>
    </message>
    <message>
        <source>The case is no longer in stage '%1'.</source>
        <translation>案件已不在“%1”阶段。</translation>
    </message>
    <message>
        <source>The workflow no longer has transition '%1'.</source>
        <translation>流程中已不再有流转“%1”。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4; %5</source>
        <translation>%1：%2 → %3 %4；%5</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Say why the request is refused.</source>
        <translation>请说明不予批准的理由。</translation>
    </message>
</context>
<context>
    <name>qf::workflow::WorkflowDefinition</name>
    <message>
        <source>There is no built-in workflow named %1.</source>
        <translation>没有名为 %1 的内置流程。</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message>
        <source>the workflow needs a name</source>
        <translation>流程须有名称</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>标识重复</translation>
    </message>
    <message>
        <source>a workflow needs stages</source>
        <translation>流程须包含办理阶段</translation>
    </message>
    <message>
        <source>unknown stage '%1'</source>
        <translation>未知阶段“%1”</translation>
    </message>
    <message>
        <source>a transition needs a unique id</source>
        <translation>流转须有唯一标识</translation>
    </message>
    <message>
        <source>'from' lists no stage</source>
        <translation>“from”未列出任何阶段</translation>
    </message>
    <message>
        <source>unknown stage '%1' in 'from'</source>
        <translation>“from”中有未知阶段“%1”</translation>
    </message>
    <message>
        <source>unknown stage '%1' in 'to'</source>
        <translation>“to”中有未知阶段“%1”</translation>
    </message>
    <message>
        <source>'request' names no role</source>
        <translation>“request”未指定角色</translation>
    </message>
    <message>
        <source>unknown role '%1'</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <source>unknown guard '%1'</source>
        <translation>未知的校验条件“%1”</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>打印设置</translation>
    </message>
</context>
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
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
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
    <message>
        <source>The second signer must be a different person.</source>
        <translation>第二签名人须为另一人。</translation>
    </message>
    <message>
        <source>The second signer&apos;s name or password is not correct.</source>
        <translation>第二签名人的用户名或密码不正确。</translation>
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
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
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
    <name>qf::archive::ArchiveExporter</name>
    <message>
        <source>Choose where to write the archive.</source>
        <translation>请选择加密归档包的写入位置。</translation>
    </message>
    <message>
        <source>Choose the cases or leads to export.</source>
        <translation>请选择要导出的案件或问题线索。</translation>
    </message>
    <message>
        <source>A case archive holds exactly one case.</source>
        <translation>案件加密归档包只能包含一个案件。</translation>
    </message>
    <message>
        <source>%1 already exists; an archive never overwrites a file. Choose another name.</source>
        <translation>%1 已存在；加密归档包从不覆盖已有文件。请另选名称。</translation>
    </message>
    <message>
        <source>There is no %1 with the uid %2.</source>
        <translation>不存在 UID 为 %2 的%1。</translation>
    </message>
    <message>
        <source>The scope holds more than %1 records; export it in parts.</source>
        <translation>导出范围超过 %1 条记录，请分批导出。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. No archive was written.</source>
        <translation>无法完成写入 %1：%2。未写入加密归档包。</translation>
    </message>
    <message>
        <source>The export&apos;s scope is not the one that was authorised.</source>
        <translation>导出范围与已授权的范围不一致。</translation>
    </message>
    <message>
        <source>The export was cancelled; no archive was written.</source>
        <translation>导出已取消，未写入加密归档包。</translation>
    </message>
</context>
<context>
    <name>qf::archive::ArchiveImporter</name>
    <message>
        <source>Only an administrator may import an archive from an untrusted signer.</source>
        <translation>只有系统管理员可以导入签名者不受信任的加密归档包。</translation>
    </message>
    <message>
        <source>the reference %1 points at a record that is neither in the archive nor in this vault; it was left empty</source>
        <translation>引用 %1 指向的记录既不在加密归档包中，也不在本数据库保险库中；该引用已置空</translation>
    </message>
    <message>
        <source>An attachment in the archive has no content.</source>
        <translation>加密归档包中有一个附件没有内容。</translation>
    </message>
    <message>
        <source>Cannot store an attachment part.</source>
        <translation>无法保存附件分块。</translation>
    </message>
    <message>
        <source>Attachment %1 does not match its content entry.</source>
        <translation>附件 %1 与其内容条目不符。</translation>
    </message>
    <message>
        <source>not imported: it refers to %1 %2, which is neither in the archive nor in this vault</source>
        <translation>未导入：它引用的 %1 %2 既不在加密归档包中，也不在本数据库保险库中</translation>
    </message>
    <message>
        <source>not imported: this vault refuses it (%1)</source>
        <translation>未导入：本数据库保险库拒绝接受（%1）</translation>
    </message>
    <message>
        <source> The local record is newer.</source>
        <translation>本地记录较新。</translation>
    </message>
    <message>
        <source> The archive&apos;s record is newer; the local one was still kept.</source>
        <translation>加密归档包中的记录较新；仍保留了本地记录。</translation>
    </message>
    <message>
        <source>differs from the local record in %1; the local record was kept.</source>
        <translation>与本地记录在字段 %1 上不同；已保留本地记录。</translation>
    </message>
    <message>
        <source>not imported: its %1 names a user account of this vault; only this vault records what its own users do and which cases they work on</source>
        <translation>未导入：其字段 %1 指向本数据库保险库的用户账户；本单位人员的操作及其所办案件只由本数据库保险库记录</translation>
    </message>
</context>
<context>
    <name>qf::archive::ArchiveReader</name>
    <message>
        <source>The archive %1 is damaged or incomplete: %2. Nothing was imported; ask the sender for a new copy.</source>
        <translation>加密归档包 %1 已损坏或不完整：%2。未导入任何内容；请向发送方索取新的副本。</translation>
    </message>
    <message>
        <source>it ends inside the %1</source>
        <translation>在%1内部意外结束</translation>
    </message>
    <message>
        <source>the %1 cannot be read</source>
        <translation>%1无法读取</translation>
    </message>
    <message>
        <source>the header has no key check</source>
        <translation>文件头缺少密钥校验值</translation>
    </message>
    <message>
        <source>the key derivation parameters cannot be read</source>
        <translation>密钥派生参数无法读取</translation>
    </message>
    <message>
        <source>The archive %1 asks for an absurd amount of work to derive its key (%2 passes, %3 MiB); it was refused.</source>
        <translation>加密归档包 %1 要求的密钥派生计算量不合常理（%2 轮，%3 MiB），已拒绝。</translation>
    </message>
    <message>
        <source>the salt cannot be read</source>
        <translation>盐值无法读取</translation>
    </message>
    <message>
        <source>The archive %1 is protected by a passphrase. Give the passphrase.</source>
        <translation>加密归档包 %1 受口令保护。请提供口令。</translation>
    </message>
    <message>
        <source>The passphrase does not open the archive %1. Check it with the sender.</source>
        <translation>该口令无法打开加密归档包 %1。请与发送方核对。</translation>
    </message>
    <message>
        <source>the header names no known protection</source>
        <translation>文件头未指明已知的保护方式</translation>
    </message>
    <message>
        <source>the recipient list is empty or too long</source>
        <translation>接收方列表为空或过长</translation>
    </message>
    <message>
        <source>The archive %1 is not addressed to this workstation: it opens only with the vault of a workstation it was exported for.</source>
        <translation>加密归档包 %1 不是发给本工作站的：它只能用导出时指定的工作站的数据库保险库打开。</translation>
    </message>
    <message>
        <source>This workstation&apos;s key cannot be used for decryption.</source>
        <translation>本工作站的密钥不能用于解密。</translation>
    </message>
    <message>
        <source>a recipient entry cannot be read</source>
        <translation>有接收方条目无法读取</translation>
    </message>
    <message>
        <source>The archive %1 is not addressed to this workstation&apos;s key (fingerprint %2). Ask the sender to export it again for this workstation.</source>
        <translation>加密归档包 %1 不是发给本工作站密钥（指纹 %2）的。请发送方为本工作站重新导出。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>it ends before the end of the encrypted data (truncated)</source>
        <translation>在加密数据结束前意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>frame length</source>
        <translation>帧长度</translation>
    </message>
    <message>
        <source>a frame has an impossible length at offset %1</source>
        <translation>偏移 %1 处的帧长度不可能成立</translation>
    </message>
    <message>
        <source>encrypted data (truncated)</source>
        <translation>加密数据（被截断）</translation>
    </message>
    <message>
        <source>the encrypted data fails its authentication at offset %1 (altered, reordered or cut)</source>
        <translation>偏移 %1 处的加密数据未通过认证（已被篡改、重排或截断）</translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the archive %3 does not match the SHA-256 or size in its signed manifest. The archive was altered before it was signed or made by a faulty program; nothing was imported.</source>
        <translation>加密归档包 %3 的条目 %1（%2）与其已签名清单中的 SHA-256 或大小不符。该加密归档包在签名前已被篡改，或由有缺陷的程序生成；未导入任何内容。</translation>
    </message>
    <message>
        <source>The entries of the archive %1 are out of order or not in its manifest.</source>
        <translation>加密归档包 %1 的条目顺序错乱或不在其清单中。</translation>
    </message>
    <message>
        <source>an empty run of records</source>
        <translation>记录组为空</translation>
    </message>
    <message>
        <source>a run of records ends inside a length</source>
        <translation>记录组在长度字段中间截断</translation>
    </message>
    <message>
        <source>a record in a run is longer than the run</source>
        <translation>记录组中某条记录的长度超出记录组</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>无法打开加密归档包 %1：%2</translation>
    </message>
    <message>
        <source>it is not a Qingfeng archive (wrong magic)</source>
        <translation>不是清风加密归档包（魔数错误）</translation>
    </message>
    <message>
        <source>The archive %1 has format version %2; this program reads version %3. Update Qingfeng.</source>
        <translation>加密归档包 %1 的格式版本为 %2；本程序读取版本 %3。请升级清风。</translation>
    </message>
    <message>
        <source>the header length is impossible</source>
        <translation>文件头长度不可能成立</translation>
    </message>
    <message>
        <source>it is too short (truncated)</source>
        <translation>文件过短（被截断）</translation>
    </message>
    <message>
        <source>header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>header checksum</source>
        <translation>文件头校验和</translation>
    </message>
    <message>
        <source>the header does not match its checksum</source>
        <translation>文件头与其校验和不符</translation>
    </message>
    <message>
        <source>the signature block at its end is missing (the file was cut short)</source>
        <translation>文件末尾缺少签名块（文件被截断）</translation>
    </message>
    <message>
        <source>the header is not readable</source>
        <translation>文件头无法读取</translation>
    </message>
    <message>
        <source>the stream header cannot be read</source>
        <translation>数据流头无法读取</translation>
    </message>
    <message>
        <source>the stream header is invalid</source>
        <translation>数据流头无效</translation>
    </message>
    <message>
        <source>the manifest is missing</source>
        <translation>缺少清单</translation>
    </message>
    <message>
        <source>The signature of the archive %1 is not valid for its manifest (claimed signer %2). The archive was altered after it was signed; do not use it.</source>
        <translation>加密归档包 %1 的签名与其清单不符（声称的签名者为 %2）。该加密归档包在签名后被篡改，请勿使用。</translation>
    </message>
    <message>
        <source>The archive %1 names the workstation %2 as its source, but it was signed by %3. It was signed again by someone else; do not use it.</source>
        <translation>加密归档包 %1 声明来源工作站为 %2，但签名者为 %3。该加密归档包已被他人重新签名，请勿使用。</translation>
    </message>
    <message>
        <source>an empty message</source>
        <translation>空消息</translation>
    </message>
    <message>
        <source>the end marker is misplaced</source>
        <translation>结束标记位置错误</translation>
    </message>
    <message>
        <source>The archive %1 holds %2 of the %3 entries its manifest lists.</source>
        <translation>加密归档包 %1 只包含其清单所列 %3 个条目中的 %2 个。</translation>
    </message>
    <message>
        <source>there is data after the end marker</source>
        <translation>结束标记之后仍有数据</translation>
    </message>
    <message>
        <source>an unknown message type</source>
        <translation>未知的消息类型</translation>
    </message>
    <message>
        <source>Entry %1 of the archive %2 is larger than its manifest says.</source>
        <translation>加密归档包 %2 的条目 %1 大于其清单所记载的大小。</translation>
    </message>
</context>
<context>
    <name>qf::archive::ArchiveVerifier</name>
    <message>
        <source>Not every entry of the archive was checked.</source>
        <translation>加密归档包的条目未全部校验。</translation>
    </message>
    <message>
        <source>The archive %1 is intact, but it was signed by the workstation key %2 (%3), which was revoked.</source>
        <translation>加密归档包 %1 完整，但其签名所用的工作站密钥 %2（%3）已被吊销。</translation>
    </message>
    <message>
        <source>The archive %1 is intact, but its signer %2 is not on this vault&apos;s trust list. Compare the fingerprint with the sender by telephone, then have an administrator add their key.</source>
        <translation>加密归档包 %1 完整，但其签名者 %2 不在本数据库保险库的信任列表中。请通过电话与发送方核对指纹，再由系统管理员添加其密钥。</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>加密归档包：%1</translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation>保护方式：%1</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>workstation keys (%1 recipients)</source>
        <translation>工作站密钥（%1 个接收方）</translation>
    </message>
    <message>
        <source>Decryption: ok</source>
        <translation>解密：成功</translation>
    </message>
    <message>
        <source>Signature: valid, by workstation %1</source>
        <translation>签名：有效，签名工作站 %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>签名者：%1</translation>
    </message>
    <message>
        <source>not judged (no vault given)</source>
        <translation>未判定（未指定数据库保险库）</translation>
    </message>
    <message>
        <source>Archive id: %1, made %2 by %3 at %4</source>
        <translation>加密归档包编号：%1，由 %4 的 %3 于 %2 制作</translation>
    </message>
    <message>
        <source>Scope: %1 %2</source>
        <translation>导出范围：%1 %2</translation>
    </message>
    <message>
        <source>Source audit head: entry %1, hash %2</source>
        <translation>来源审计日志链头：第 %1 条，哈希 %2</translation>
    </message>
    <message>
        <source>Entries checked: %1 records, %2 attachments (%3 bytes)</source>
        <translation>已校验条目：记录 %1 条，附件 %2 个（%3 字节）</translation>
    </message>
    <message>
        <source>Result: FAILED: %1</source>
        <translation>结果：失败：%1</translation>
    </message>
    <message>
        <source>Result: the archive is intact.</source>
        <translation>结果：加密归档包完整。</translation>
    </message>
    <message>
        <source>The archive has records after attachment contents.</source>
        <translation>加密归档包中附件内容之后仍有记录。</translation>
    </message>
    <message>
        <source>The archive&apos;s records are not in import order: %1 comes after records that depend on it.</source>
        <translation>加密归档包中的记录未按导入顺序排列：%1 排在依赖它的记录之后。</translation>
    </message>
    <message>
        <source>Attachment %1 in the archive does not match its content entry.</source>
        <translation>加密归档包中的附件 %1 与其内容条目不符。</translation>
    </message>
    <message>
        <source>The archive holds the bytes of attachment %1 but no record for it.</source>
        <translation>加密归档包中有附件 %1 的字节，但没有对应的记录。</translation>
    </message>
</context>
<context>
    <name>qf::archive::ArchiveWriter</name>
    <message>
        <source>An archive needs a passphrase or at least one recipient key.</source>
        <translation>加密归档包须设置口令或至少指定一个接收方密钥。</translation>
    </message>
    <message>
        <source>An archive can have at most %1 recipients.</source>
        <translation>加密归档包最多可有 %1 个接收方。</translation>
    </message>
    <message>
        <source>A recipient key is not a workstation public key.</source>
        <translation>接收方密钥不是工作站公钥。</translation>
    </message>
    <message>
        <source>A recipient key is not a valid workstation public key.</source>
        <translation>接收方密钥不是有效的工作站公钥。</translation>
    </message>
    <message>
        <source>The archive would list too many entries; export a smaller scope.</source>
        <translation>加密归档包的条目过多，请缩小导出范围。</translation>
    </message>
    <message>
        <source>The workstation signing key is not available.</source>
        <translation>工作站签名密钥不可用。</translation>
    </message>
    <message>
        <source>Writing the archive failed: %1.</source>
        <translation>写入加密归档包失败：%1。</translation>
    </message>
</context>
<context>
    <name>qf::archive::BackupService</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Writing the backup failed: %1</source>
        <translation>写入备份失败：%1</translation>
    </message>
    <message>
        <source>Cannot copy the key file into the backup.</source>
        <translation>无法将密钥文件复制到备份中。</translation>
    </message>
    <message>
        <source>Cannot write the backup manifest.</source>
        <translation>无法写入备份清单。</translation>
    </message>
    <message>
        <source>Cannot finish the backup folder %1.</source>
        <translation>无法完成备份文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Qingfeng backup (no %2).</source>
        <translation>%1 不是清风备份（缺少 %2）。</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>其清单无法读取</translation>
    </message>
    <message>
        <source>its manifest lists an unknown file</source>
        <translation>其清单列出了未知文件</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation>%1 与其校验和不符</translation>
    </message>
    <message>
        <source>a file is missing from its manifest</source>
        <translation>有文件未列入其清单</translation>
    </message>
    <message>
        <source>Wrong user name or password for the backed-up vault.</source>
        <translation>被备份数据库保险库的用户名或密码错误。</translation>
    </message>
    <message>
        <source>its key file fails its MAC</source>
        <translation>其密钥文件未通过 MAC 校验</translation>
    </message>
    <message>
        <source>Cannot make a scratch copy to check the backup (is %1 writable?).</source>
        <translation>无法创建用于检查备份的临时副本（%1 是否可写？）。</translation>
    </message>
    <message>
        <source>The vault %1 is open in a program. Close it before restoring.</source>
        <translation>数据库保险库 %1 正被某个程序打开。请先关闭后再恢复。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1.</source>
        <translation>无法将备份复制到 %1 旁。</translation>
    </message>
    <message>
        <source>Cannot move the current vault aside; nothing was restored.</source>
        <translation>无法移开当前数据库保险库；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Keep between 0 (all) and %1 backup sets.</source>
        <translation>保留的备份集数量须在 0（全部保留）到 %1 之间。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2. Use another backup; nothing was changed.</source>
        <translation>备份 %1 已损坏：%2。请使用其他备份；未做任何更改。</translation>
    </message>
    <message>
        <source>the database cannot be opened</source>
        <translation>数据库无法打开</translation>
    </message>
    <message>
        <source>the database fails its integrity check</source>
        <translation>数据库未通过完整性检查</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>数据库无法读取</translation>
    </message>
    <message>
        <source>Only an administrator of the backed-up vault may restore it.</source>
        <translation>只有被备份数据库保险库的系统管理员才能恢复该备份。</translation>
    </message>
    <message>
        <source>Cannot put the restored vault in place; the vault was left as it was.</source>
        <translation>无法将恢复的数据库保险库放到位；数据库保险库保持原样。</translation>
    </message>
    <message>
        <source>Cannot move the current vault aside, nor put back what was moved. Its files are at %1.</source>
        <translation>无法移开当前数据库保险库，也无法将已移动的文件移回。其文件位于 %1。</translation>
    </message>
    <message>
        <source>Cannot put the restored vault in place, nor put back the previous one. Its files are at %1.</source>
        <translation>无法将恢复的数据库保险库放到位，也无法将原数据库保险库移回。其文件位于 %1。</translation>
    </message>
</context>
<context>
    <name>qf::archive::Manifest</name>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>超过 %1 MiB</translation>
    </message>
    <message>
        <source>it is not well-formed JSON (%1)</source>
        <translation>不是格式正确的 JSON（%1）</translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation>未知的格式或版本</translation>
    </message>
    <message>
        <source>a required text field is missing or too long</source>
        <translation>缺少必填文本字段或字段过长</translation>
    </message>
    <message>
        <source>the archive id is not valid</source>
        <translation>加密归档包编号无效</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;</source>
        <translation>未知的导出范围“%1”</translation>
    </message>
    <message>
        <source>too many scope entries</source>
        <translation>导出范围条目过多</translation>
    </message>
    <message>
        <source>a scope uid is not valid</source>
        <translation>导出范围中有无效的 UID</translation>
    </message>
    <message>
        <source>identities_included is missing</source>
        <translation>缺少 identities_included</translation>
    </message>
    <message>
        <source>the audit head count is not valid</source>
        <translation>审计日志链头条数无效</translation>
    </message>
    <message>
        <source>too many record types</source>
        <translation>记录类型过多</translation>
    </message>
    <message>
        <source>the count for &quot;%1&quot; is absurd</source>
        <translation>“%1”的数量不合常理</translation>
    </message>
    <message>
        <source>the entry list is missing</source>
        <translation>缺少条目列表</translation>
    </message>
    <message>
        <source>it lists %1 entries, more than the limit of %2</source>
        <translation>列出了 %1 个条目，超过上限 %2</translation>
    </message>
    <message>
        <source>an entry has an unknown kind</source>
        <translation>有条目的种类未知</translation>
    </message>
    <message>
        <source>an entry has an invalid type or uid</source>
        <translation>有条目的类型或 UID 无效</translation>
    </message>
    <message>
        <source>attachment bytes must have the type &quot;attachment&quot;</source>
        <translation>附件字节的类型必须为“attachment”</translation>
    </message>
    <message>
        <source>entry %1 has an absurd size</source>
        <translation>条目 %1 的大小不合常理</translation>
    </message>
    <message>
        <source>the entries add up to more than the size limit</source>
        <translation>条目总大小超过上限</translation>
    </message>
    <message>
        <source>entry %1 has no valid SHA-256</source>
        <translation>条目 %1 没有有效的 SHA-256</translation>
    </message>
    <message>
        <source>the uid %1 appears twice (type %2)</source>
        <translation>UID %1 出现两次（类型 %2）</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest counts do not match its entry list; the archive was altered or made by a faulty program. Nothing was imported.</source>
        <translation>加密归档包清单中的数量与其条目列表不符；该加密归档包已被篡改，或由有缺陷的程序生成。未导入任何内容。</translation>
    </message>
    <message>
        <source>an entry does not have exactly kind, sha256, size, type and uid</source>
        <translation>有一个条目的字段不恰好是 kind、sha256、size、type 和 uid</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest is not acceptable: %1. Nothing was imported; ask the sender for a new archive.</source>
        <translation>加密归档包的清单不可接受：%1。未导入任何内容；请向发送方索取新的加密归档包。</translation>
    </message>
</context>
<context>
    <name>qf::archive::RecordCatalog</name>
    <message>
        <source>There is no %1 with the uid %2 in this vault.</source>
        <translation>本数据库保险库中不存在 UID 为 %2 的%1。</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>A %1 reference points at a missing row.</source>
        <translation>%1 中的引用指向不存在的行。</translation>
    </message>
    <message>
        <source>A user reference points at a missing user.</source>
        <translation>用户引用指向不存在的用户。</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>it is not well-formed JSON (%1)</source>
        <translation>不是格式正确的 JSON（%1）</translation>
    </message>
    <message>
        <source>it does not have exactly type, uid and fields</source>
        <translation>并非恰好包含 type、uid 和 fields</translation>
    </message>
    <message>
        <source>Record %1 in the archive does not carry the type and uid its manifest entry names.</source>
        <translation>加密归档包中的记录 %1 所带的类型和 UID 与其清单条目不符。</translation>
    </message>
    <message>
        <source>it has too many fields</source>
        <translation>字段过多</translation>
    </message>
    <message>
        <source>a field name is too long</source>
        <translation>字段名过长</translation>
    </message>
    <message>
        <source>the field %1 is too long</source>
        <translation>字段 %1 过长</translation>
    </message>
    <message>
        <source>the field %1 is not a whole number in range</source>
        <translation>字段 %1 不是范围内的整数</translation>
    </message>
    <message>
        <source>the field %1 has a value of the wrong kind</source>
        <translation>字段 %1 的值类型错误</translation>
    </message>
    <message>
        <source>a user needs exactly a login and a display name</source>
        <translation>用户须恰好包含用户名和显示名称</translation>
    </message>
    <message>
        <source>the user&apos;s login or name has an impossible length</source>
        <translation>用户的用户名或姓名长度不可能成立</translation>
    </message>
    <message>
        <source>this vault has no record type of that name</source>
        <translation>本数据库保险库中没有该名称的记录类型</translation>
    </message>
    <message>
        <source>it has %1 fields; %2 expected</source>
        <translation>有 %1 个字段；应为 %2 个</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <source>the field %1 may not be empty</source>
        <translation>字段 %1 不得为空</translation>
    </message>
    <message>
        <source>Record %1 (%2) in the archive is not acceptable: %3. Nothing was imported.</source>
        <translation>加密归档包中的记录 %1（%2）不可接受：%3。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>qf::archive::TrustList</name>
    <message>
        <source>Give the key a label of 1 to 200 characters (the workstation&apos;s organ and place).</source>
        <translation>请为该密钥填写 1 至 200 个字符的标签（工作站所属机关和地点）。</translation>
    </message>
    <message>
        <source>This is not a valid workstation public key.</source>
        <translation>这不是有效的工作站公钥。</translation>
    </message>
    <message>
        <source>This is this workstation&apos;s own key; it is always trusted.</source>
        <translation>这是本工作站自己的密钥，始终受信任。</translation>
    </message>
    <message>
        <source>The key %1 was revoked; a revoked key cannot be trusted again.</source>
        <translation>密钥 %1 已被吊销；已吊销的密钥不能再次被信任。</translation>
    </message>
    <message>
        <source>The key %1 is already trusted.</source>
        <translation>密钥 %1 已受信任。</translation>
    </message>
    <message>
        <source>Give at least the first 8 characters of the fingerprint.</source>
        <translation>请至少提供指纹的前 8 个字符。</translation>
    </message>
    <message>
        <source>Give a reason for revoking the key.</source>
        <translation>请填写吊销该密钥的理由。</translation>
    </message>
    <message>
        <source>No trusted key has the fingerprint %1.</source>
        <translation>没有指纹为 %1 的受信任密钥。</translation>
    </message>
    <message>
        <source>Several keys start with %1; give more of the fingerprint.</source>
        <translation>有多个密钥以 %1 开头；请提供更长的指纹。</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>不受信任</translation>
    </message>
</context>
<context>
    <name>qf::archive::WorkstationKey</name>
    <message>
        <source>This vault has no workstation key yet.</source>
        <translation>本数据库保险库尚无工作站密钥。</translation>
    </message>
    <message>
        <source>The workstation key stored in this vault is damaged.</source>
        <translation>本数据库保险库中存储的工作站密钥已损坏。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>无法读取密钥文件 %1。</translation>
    </message>
    <message>
        <source>%1 holds no workstation public key. Ask the sender for the public key file their workstation wrote.</source>
        <translation>%1 中没有工作站公钥。请向发送方索取其工作站导出的公钥文件。</translation>
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
    <message>
        <source>There is no office with the code %1. Choose one of the offices listed in the vault settings.</source>
        <translation>没有代码为 %1 的承办部门。请从“设置”的承办部门列表中选择。</translation>
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
    <name>qf::cases::CaseLetter</name>
    <message>
        <source>The document %1 needs &apos;%2&apos;, which is not recorded.</source>
        <translation>文书%1需要“%2”，但尚未登记。</translation>
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
    <name>qf::cases::CoordinationService</name>
    <message>
        <source>Name the agency and list the materials transferred.</source>
        <translation>请填写接收机关并列出移送材料。</translation>
    </message>
    <message>
        <source>Enter the date of the transfer; it cannot be in the future.</source>
        <translation>请填写移送日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The feedback due date must not be before the date of the transfer.</source>
        <translation>反馈期限不能早于移送日期。</translation>
    </message>
    <message>
        <source>Choose the kind of agency: court, procuratorate, police, audit, organization department or other.</source>
        <translation>请选择机关类别：人民法院、人民检察院、公安机关、审计机关、组织部门或其他机关。</translation>
    </message>
    <message>
        <source>This has already been answered, or the date is before the date it was sent.</source>
        <translation>该事项已登记答复，或答复日期早于发出日期。</translation>
    </message>
    <message>
        <source>Record the feedback and the date it arrived; it cannot be in the future.</source>
        <translation>请填写反馈情况及收到日期，日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Name the recipient and say what is asked for.</source>
        <translation>请填写协查单位及协查事项。</translation>
    </message>
    <message>
        <source>Enter the date sent (not in the future) and a reply deadline that is not before it.</source>
        <translation>请填写发出日期（不能晚于今天）和不早于发出日期的回复期限。</translation>
    </message>
    <message>
        <source>Choose the kind of recipient: bank, telecom, securities firm, tax, market regulation, housing or other.</source>
        <translation>请选择协查单位类别：银行、电信运营商、证券公司、税务机关、市场监管部门、住房和城乡建设部门或其他单位。</translation>
    </message>
    <message>
        <source>Record the reply and the date it arrived; it cannot be in the future.</source>
        <translation>请填写回复内容及收到日期，日期不能晚于今天。</translation>
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
        <source>&apos;%1&apos; is not a configured kind of measure.</source>
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
    <name>qf::cases::StaffRegisterService</name>
    <message>
        <source>Enter the certificate number and a validity that ends after the date of issue.</source>
        <translation>请填写证书编号，有效期须晚于发证日期。</translation>
    </message>
    <message>
        <source>Enter the course, a date that is not in the future and the hours (1 to 2000).</source>
        <translation>请填写培训课程、不晚于今天的日期及学时（1至2000）。</translation>
    </message>
    <message>
        <source>The talent-pool tier is reserve, core or expert.</source>
        <translation>人才库层级为后备、骨干或专家。</translation>
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
The first form sets a user&apos;s password as an administrator (or changes your own);
the second resets a forgotten password with the vault&apos;s recovery key.</source>
        <translation>用法：qingfeng-cli user passwd --vault FILE --user ADMIN [--password-file FILE]
           --login LOGIN [--new-password-file FILE]
      qingfeng-cli user passwd --vault FILE --recovery-key-file FILE --login LOGIN
           [--new-password-file FILE]
第一种形式由系统管理员为用户设置密码（或修改本人密码）；
第二种形式使用数据库保险库的恢复密钥重置遗忘的密码。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli user disable --vault FILE --user ADMIN [--password-file FILE] --login LOGIN
Deletes the user&apos;s key slot: they can no longer open the vault. Records are kept.</source>
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
        <source>&apos;%1&apos; needs a sub-command.</source>
        <translation>“%1”需要子命令。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Unexpected extra argument (%n word(s)). Options start with --; passwords are never accepted as arguments.</source>
        <translation>
            <numerusform>多余的参数（%n 个）。选项以 -- 开头；密码绝不接受作为命令行参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &apos;%2&apos;.</source>
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
        <source>The vault %1 does not exist. Check --vault, or create one with &apos;qingfeng-cli init&apos; (or &apos;qingfeng-cli demo&apos;).</source>
        <translation>数据库保险库 %1 不存在。请检查 --vault，或用 &apos;qingfeng-cli init&apos;（或 &apos;qingfeng-cli demo&apos;）创建。</translation>
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
        <source>Unknown role &quot;%1&quot;. Roles: %2.</source>
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
        <translation>
            <numerusform>演示库 %1 已存在；已补充所缺内容（演示用户 %n 名）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synthetic demo data: %1 reports, %2 leads, %3 review meetings, %4 transfers.</source>
        <translation>模拟演示数据：信访举报件 %1 件、问题线索 %2 条、集体排查会议 %3 次、移送 %4 件。</translation>
    </message>
    <message>
        <source>Generating demo data: %1 of %2 reports</source>
        <translation>正在生成演示数据：信访举报件 %1 / %2</translation>
    </message>
    <message>
        <source>Name the %1 to read.</source>
        <translation>请指定要读取的%1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>加密归档包</translation>
    </message>
    <message>
        <source>Archive passphrase: </source>
        <translation>加密归档包口令：</translation>
    </message>
    <message>
        <source>Give exactly one of --case, --lead or --all.</source>
        <translation>--case、--lead 和 --all 须且只能指定其一。</translation>
    </message>
    <message>
        <source>Name the archive to write with -o FILE.</source>
        <translation>请用 -o FILE 指定要写入的加密归档包。</translation>
    </message>
    <message>
        <source>Give either --passphrase-file or --recipient, not both.</source>
        <translation>--passphrase-file 和 --recipient 只能择一，不能同时指定。</translation>
    </message>
    <message>
        <source>An archive passphrase needs at least 12 characters.</source>
        <translation>加密归档包口令至少需要 12 个字符。</translation>
    </message>
    <message>
        <source>Archive %1 written to %2 (%3 bytes), signed by %4.</source>
        <translation>加密归档包 %1 已写入 %2（%3 字节），签名者 %4。</translation>
    </message>
    <message>
        <source>%1 protected identities were left out.</source>
        <translation>已略去 %1 个受保护身份。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported archive %1 (signer %2, %3): %4 added, %5 unchanged, %6 conflicts.</source>
        <translation>已导入加密归档包 %1（签名者 %2，%3）：新增 %4 条，未变 %5 条，冲突 %6 条。</translation>
    </message>
    <message>
        <source>  conflict: %1 %2: %3</source>
        <translation>  冲突：%1 %2：%3</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Trusted %1 (%2).</source>
        <translation>已信任 %1（%2）。</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已吊销 %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>已吊销 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>Removed the old backup %1.</source>
        <translation>已删除旧备份 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The previous vault was kept at %1.</source>
        <translation>原数据库保险库保留在 %1。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli archive export --vault FILE --user AUDITOR [--password-file FILE]
           (--case UID... | --lead UID... | --all)
           (--passphrase-file FILE | --recipient KEYFILE...) -o OUT [--include-identities]
Writes a signed, encrypted archive. Without --passphrase-file or --recipient the passphrase
is asked for twice. Protected identities are included only with --include-identities and
an approved grant.</source>
        <translation>用法：qingfeng-cli archive export --vault FILE --user AUDITOR [--password-file FILE]
           (--case UID... | --lead UID... | --all)
           (--passphrase-file FILE | --recipient KEYFILE...) -o OUT [--include-identities]
写出经签名的加密归档包。未指定 --passphrase-file 或 --recipient 时，需输入两次口令。
只有指定 --include-identities 且持有经批准的身份查阅授权时，才包含受保护身份。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli archive verify ARCHIVE [--passphrase-file FILE]
           [--vault FILE --user LOGIN [--password-file FILE]] [--json]
Checks an archive without importing it. With a vault, the vault&apos;s workstation key opens
archives addressed to it and the signer is judged against its trust list.
Exit codes: 0 intact, 3 wrong passphrase or key, 4 damaged, 6 signature or hash
mismatch, 7 untrusted signer.</source>
        <translation>用法：qingfeng-cli archive verify ARCHIVE [--passphrase-file FILE]
           [--vault FILE --user LOGIN [--password-file FILE]] [--json]
校验加密归档包但不导入。指定数据库保险库时，用其工作站密钥打开发给它的加密归档包，
并依据其信任列表判定签名者。
退出码：0 完整，3 口令或密钥错误，4 已损坏，6 签名或哈希不符，
7 签名者不受信任。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli archive inspect ARCHIVE [--passphrase-file FILE]
           [--vault FILE --user LOGIN [--password-file FILE]] [--json]
Lists the entries of an archive (after checking it).</source>
        <translation>用法：qingfeng-cli archive inspect ARCHIVE [--passphrase-file FILE]
           [--vault FILE --user LOGIN [--password-file FILE]] [--json]
列出加密归档包的条目（先进行校验）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli archive import ARCHIVE --vault FILE --user LOGIN [--password-file FILE]
           [--passphrase-file FILE] [--override-untrusted REASON] [--json]
Verifies, then imports in one transaction. Local records that differ are kept and listed
as conflicts. Only an administrator may accept an untrusted signer, with a reason.</source>
        <translation>用法：qingfeng-cli archive import ARCHIVE --vault FILE --user LOGIN [--password-file FILE]
           [--passphrase-file FILE] [--override-untrusted REASON] [--json]
先校验，再在一个事务中导入。内容不同的本地记录予以保留，并作为冲突列出。
只有系统管理员可以说明理由后接受不受信任的签名者。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli trust add KEYFILE --label TEXT --vault FILE --user ADMIN [--password-file FILE]
Trusts another workstation&apos;s public key. Compare its fingerprint with the sender first.</source>
        <translation>用法：qingfeng-cli trust add KEYFILE --label TEXT --vault FILE --user ADMIN [--password-file FILE]
信任另一工作站的公钥。请先与发送方核对其指纹。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli trust list --vault FILE --user LOGIN [--password-file FILE] [--json]</source>
        <translation>用法：qingfeng-cli trust list --vault FILE --user LOGIN [--password-file FILE] [--json]</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli trust revoke --fingerprint FP --reason TEXT --vault FILE --user ADMIN
           [--password-file FILE]</source>
        <translation>用法：qingfeng-cli trust revoke --fingerprint FP --reason TEXT --vault FILE --user ADMIN
           [--password-file FILE]</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli workstation key --vault FILE --user LOGIN [--password-file FILE]
           [-o KEYFILE] [--json]
Prints this vault&apos;s workstation public key and fingerprint (or writes the key file).</source>
        <translation>用法：qingfeng-cli workstation key --vault FILE --user LOGIN [--password-file FILE]
           [-o KEYFILE] [--json]
显示本数据库保险库的工作站公钥及其指纹（或写出密钥文件）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli backup --out DIR --vault FILE --user ADMIN [--password-file FILE]
Writes a backup set (encrypted database, key file, checksums) into DIR and keeps the
newest sets as the vault&apos;s backup_keep setting says (default 10).</source>
        <translation>用法：qingfeng-cli backup --out DIR --vault FILE --user ADMIN [--password-file FILE]
将备份集（加密数据库、密钥文件、校验和）写入 DIR，并按数据库保险库的 backup_keep
设置保留最新的若干备份集（默认 10 个）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli restore --from SETDIR --vault FILE --user ADMIN [--password-file FILE]
Checks the backup set completely, moves the current vault aside and puts the backup in
its place. The vault must be closed everywhere.</source>
        <translation>用法：qingfeng-cli restore --from SETDIR --vault FILE --user ADMIN [--password-file FILE]
完整校验备份集，将当前数据库保险库移至一旁，再将备份放到原位置。
该数据库保险库必须在所有程序中均已关闭。</translation>
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
  archive export|verify|inspect|import   signed, encrypted archives
  trust add|list|revoke                 other workstations&apos; keys
  workstation key                       this vault&apos;s public key
  backup, restore                       backup sets of the whole vault
  doc render                            a standard document as PDF

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
Run &apos;qingfeng-cli VERB --help&apos; for the options of a verb.</source>
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
  archive export|verify|inspect|import   经签名的加密归档包
  trust add|list|revoke                 其他工作站的密钥
  workstation key                       本数据库保险库的公钥
  backup, restore                       整个数据库保险库的备份集
  doc render                            以 PDF 格式输出标准文书

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
运行 &apos;qingfeng-cli 动词 --help&apos; 查看各动词的选项。</translation>
    </message>
    <message>
        <source>Give the output file with -o OUT.pdf.</source>
        <translation>请用 -o OUT.pdf 指定输出文件。</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to 200.</source>
        <translation>--copies 的取值为 1 至 200 之间的整数。</translation>
    </message>
    <message>
        <source>--copies applies only with --approve; a draft is rendered once, without a copy number.</source>
        <translation>--copies 只能与 --approve 同时使用；草稿只渲染一次，不带份号。</translation>
    </message>
    <message>
        <source>Rendering needs the font system; run the qingfeng-cli executable, which starts it.</source>
        <translation>渲染需要字体系统；请运行 qingfeng-cli 可执行程序，由其启动字体系统。</translation>
    </message>
    <message numerus="yes">
        <source>%1 approved as %2; %n copy(ies) printed to %3 (%4 pages).</source>
        <translation>
            <numerusform>%1 已签发，文号 %2；已打印 %n 份至 %3（共 %4 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无文号）</translation>
    </message>
    <message>
        <source>Draft of %1 rendered to %2 (%3 pages, unnumbered).</source>
        <translation>%1草稿已渲染至 %2（共 %3 页，无文号）。</translation>
    </message>
    <message>
        <source>Usage: qingfeng-cli doc render --vault FILE --user LOGIN [--password-file FILE]
           --template ID --record NUMBER|UID [--item UID] -o OUT.pdf
           [--approve [--copies N]] [--json]
Drafts the document for the case or lead and renders it as A4 PDF. Templates about one
record of the case (talk and inquiry records, recusal and appeal decisions) name it with
--item. Without --approve the draft is rendered unnumbered; with --approve (approvers) it
is approved, takes its number and N copies (default 1) are printed and logged with their
copy numbers.</source>
        <translation>用法：qingfeng-cli doc render --vault FILE --user LOGIN [--password-file FILE]
           --template ID --record NUMBER|UID [--item UID] -o OUT.pdf
           [--approve [--copies N]] [--json]
为案件或问题线索起草文书，并渲染为 A4 幅面的 PDF。针对案件中某一条记录的文书模板
（谈话笔录、询问笔录、回避决定书、申诉复查决定书）用 --item 指定该记录。未指定
--approve 时，草稿渲染后不带文号；指定 --approve 时（限审批人），文书经签发并取得
文号，打印 N 份（默认 1 份），每份连同其份号记入打印登记。</translation>
    </message>
    <message>
        <source>%1 sanctions (%2 appealed), %3 asset recoveries, %4 external transfers, %5 assistance requests, %6 recommendation letters, %7 integrity files, %8 integrity opinion requests.</source>
        <translation>处分 %1 件（其中申诉 %2 件），追缴款物 %3 笔，移送 %4 件，协查函 %5 份，纪律检查建议书 %6 份，廉政档案 %7 份，廉政意见回复征询 %8 件。</translation>
    </message>
    <message>
        <source>The demo has no user with the role %1.</source>
        <translation>演示库中没有角色为%1的用户。</translation>
    </message>
    <message>
        <source>Generating demo sanctions, coordination, integrity files and recommendation letters</source>
        <translation>正在生成演示处分、协作配合、廉政档案和纪律检查建议书</translation>
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
        <source>%1 reports, %2 leads, %3 review meetings, %4 cases generated</source>
        <translation>已生成信访举报件 %1 件、问题线索 %2 条、集体排查会议 %3 次、案件 %4 件</translation>
    </message>
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
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer or file cannot be written.</source>
        <translation>无法写入打印机或文件。</translation>
    </message>
    <message>
        <source>Template %1 needs the field &apos;%2&apos;, which the record does not have.</source>
        <translation>文书模板 %1 需要字段“%2”，但该记录没有此字段。</translation>
    </message>
    <message>
        <source>Template %1 is made for one record of the case; choose which.</source>
        <translation>文书模板 %1 针对案件中的某一条记录制作，请选择是哪一条。</translation>
    </message>
    <message>
        <source>The recusal of %1 is not decided yet; decide it before its decision is drafted.</source>
        <translation>%1 的回避申请尚未决定；请先作出决定，再起草回避决定书。</translation>
    </message>
    <message>
        <source>The appeal of %1 is not decided yet; record the outcome before its decision is drafted.</source>
        <translation>%1 的申诉尚未作出复查结论；请先登记复查结果，再起草申诉复查决定书。</translation>
    </message>
    <message>
        <source>Template %1 lists property items, and the case has none in a state it takes.</source>
        <translation>文书模板 %1 列出涉案款物，但本案没有处于其所列状态的款物。</translation>
    </message>
</context>
<context>
    <name>qf::documents::BindingRepository</name>
    <message>
        <source>This case has no such talk record.</source>
        <translation>本案没有该谈话笔录。</translation>
    </message>
    <message>
        <source>This case has no such recusal.</source>
        <translation>本案没有该回避记录。</translation>
    </message>
    <message>
        <source>This case has no such appeal.</source>
        <translation>本案没有该申诉。</translation>
    </message>
</context>
<context>
    <name>qf::documents::CaseFileAssembler</name>
    <message>
        <source>%1 documents, %2 pages in all.</source>
        <translation>本卷文书 %1 份，共 %2 页。</translation>
    </message>
    <message>
        <source>case file of %1: %2 documents, %3 pages</source>
        <translation>打印案件 %1 的卷宗：文书 %2 份，共 %3 页</translation>
    </message>
</context>
<context>
    <name>qf::documents::DocumentService</name>
    <message>
        <source>There is no such document.</source>
        <translation>不存在该文书。</translation>
    </message>
    <message>
        <source>%1 drafted for %2 %3</source>
        <translation>为 %2 %3 起草%1</translation>
    </message>
    <message>
        <source>Only a draft can be approved; this document is %1.</source>
        <translation>只有草稿才能审批；该文书的状态为“%1”。</translation>
    </message>
    <message>
        <source>%1 approved as %2</source>
        <translation>%1 已审批，文号 %2</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无文号）</translation>
    </message>
    <message>
        <source>Edit the draft itself; only an approved document gets a new version.</source>
        <translation>请直接修改草稿；只有已审批的文书才会生成新版本。</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>%2 第 %1 版</translation>
    </message>
    <message>
        <source>Record who received the document and when (not in the future).</source>
        <translation>请记录文书的接收人及接收时间（不得晚于当前时间）。</translation>
    </message>
    <message>
        <source>Only an approved document can be served.</source>
        <translation>只有已审批的文书才能送达。</translation>
    </message>
    <message>
        <source>Print 1 to 200 copies at a time.</source>
        <translation>每次打印 1 至 200 份。</translation>
    </message>
    <message>
        <source>Only an approved document is printed; approve the draft first.</source>
        <translation>只有已审批的文书才能打印；请先审批草稿。</translation>
    </message>
    <message>
        <source>%1 %2: copies %3 to %4 for %5%6</source>
        <translation>%1 %2：第 %3 至 %4 份，送 %5%6</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（无接收人）</translation>
    </message>
    <message>
        <source>, identities included</source>
        <translation>，含身份信息</translation>
    </message>
</context>
<context>
    <name>qf::documents::FontRoles</name>
    <message>
        <source>XiaoBiaoSong (titles)</source>
        <translation>小标宋（标题）</translation>
    </message>
    <message>
        <source>FangSong (body)</source>
        <translation>仿宋（正文）</translation>
    </message>
    <message>
        <source>KaiTi</source>
        <translation>楷体</translation>
    </message>
    <message>
        <source>HeiTi</source>
        <translation>黑体</translation>
    </message>
    <message>
        <source>SongTi (page numbers)</source>
        <translation>宋体（页码）</translation>
    </message>
    <message>
        <source>%1 is set in %2 (the official font is not installed)</source>
        <translation>%1改用%2（未安装规范字体）</translation>
    </message>
</context>
<context>
    <name>qf::documents::NumberingService</name>
    <message>
        <source>Give a reason for voiding a number.</source>
        <translation>请填写作废文号的理由。</translation>
    </message>
</context>
<context>
    <name>qf::documents::RecordLookup</name>
    <message>
        <source>Give a case or lead number.</source>
        <translation>请提供案件编号或线索编号。</translation>
    </message>
    <message>
        <source>No case or lead %1 was found.</source>
        <translation>未找到案件或问题线索 %1。</translation>
    </message>
</context>
<context>
    <name>qf::documents::TemplateCatalog</name>
    <message>
        <source>Template %1 is not valid JSON: %2</source>
        <translation>文书模板 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Template %1 needs an id, a title and a heading.</source>
        <translation>文书模板 %1 须有标识、标题和文头。</translation>
    </message>
    <message>
        <source>Template %1 binds to an unknown record type &apos;%2&apos;.</source>
        <translation>文书模板 %1 绑定了未知的记录类型“%2”。</translation>
    </message>
    <message>
        <source>Template %1 takes a number but has no number pattern.</source>
        <translation>文书模板 %1 需要文号，但没有文号格式。</translation>
    </message>
    <message>
        <source>Cannot read template %1.</source>
        <translation>无法读取文书模板 %1。</translation>
    </message>
    <message>
        <source>There is no document template &apos;%1&apos;.</source>
        <translation>不存在文书模板“%1”。</translation>
    </message>
    <message>
        <source>Template %1 is about an unknown kind of record &apos;%2&apos;.</source>
        <translation>文书模板 %1 针对未知的记录类型“%2”。</translation>
    </message>
    <message>
        <source>Template %1 lists an unknown source &apos;%2&apos;.</source>
        <translation>文书模板 %1 的列表来源“%2”未知。</translation>
    </message>
</context>
<context>
    <name>qf::evidence::CaseVerificationService</name>
    <message>
        <source>evidence %1, %2</source>
        <translation>证据 %1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) intact</source>
        <translation>
            <numerusform>%n 个附件完好</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 attachments FAILED: %3</source>
        <translation>%2 个附件中 %1 个校验未通过：%3</translation>
    </message>
</context>
<context>
    <name>qf::evidence::EvidenceService</name>
    <message>
        <source>Evidence is collected by at least two staff.</source>
        <translation>收集证据须有两名以上工作人员。</translation>
    </message>
    <message>
        <source>Choose the type of evidence.</source>
        <translation>请选择证据类型。</translation>
    </message>
    <message>
        <source>Record the description, the source, the place and a collection time that is not in the future.</source>
        <translation>请填写证据描述、来源、收集地点及不晚于当前的收集时间。</translation>
    </message>
    <message>
        <source>%1 is not a member of staff.</source>
        <translation>%1 不是工作人员。</translation>
    </message>
    <message>
        <source>evidence %1 (%2) of case %3</source>
        <translation>案件 %3 的证据 %1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 bytes, sha256 %3%4</source>
        <translation>%1，%2 字节，sha256 %3%4</translation>
    </message>
    <message>
        <source> (content already in the vault)</source>
        <translation>（内容已存在于数据库保险库中）</translation>
    </message>
    <message>
        <source>Choose what happened to the evidence.</source>
        <translation>请选择证据的流转环节。</translation>
    </message>
    <message>
        <source>Record where it happened.</source>
        <translation>请填写发生地点。</translation>
    </message>
    <message>
        <source>A correction names the event it corrects and says what was wrong.</source>
        <translation>更正须指明所更正的记录并说明错误之处。</translation>
    </message>
    <message>
        <source>The event to correct is not in this chain of custody.</source>
        <translation>要更正的记录不在本证据的保管流转记录中。</translation>
    </message>
    <message>
        <source>%1 → %2 at %3</source>
        <translation>%1 → %2，地点：%3</translation>
    </message>
    <message>
        <source>plaintext copy exported by the user</source>
        <translation>用户导出的明文副本</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 is too large to preview; export a copy to open it.</source>
        <translation>%1 过大，无法预览；请导出副本后打开。</translation>
    </message>
    <message>
        <source>previewed in memory</source>
        <translation>在内存中预览</translation>
    </message>
    <message>
        <source>There is no such evidence item.</source>
        <translation>不存在该证据。</translation>
    </message>
    <message>
        <source>The attachment belongs to no evidence item.</source>
        <translation>该附件不属于任何证据。</translation>
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
        <source>A real-name report needs the reporter&apos;s name.</source>
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
        <source>The reporter&apos;s ID number is not valid. It was stored and flagged for checking.</source>
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
    <name>qf::people::AnomalyKind</name>
    <message>
        <source>Property does not fit the declared income</source>
        <translation>财产与申报收入明显不符</translation>
    </message>
    <message>
        <source>Undeclared passport</source>
        <translation>持有未申报的因私护照</translation>
    </message>
    <message>
        <source>Undeclared investment</source>
        <translation>存在未申报的投资</translation>
    </message>
    <message>
        <source>Other anomaly</source>
        <translation>其他异常情况</translation>
    </message>
</context>
<context>
    <name>qf::people::IdNumber</name>
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
    <name>qf::people::IntegrityFile</name>
    <message>
        <source>There is no such integrity file.</source>
        <translation>没有这份廉政档案。</translation>
    </message>
    <message>
        <source>There is no such anomaly flag.</source>
        <translation>没有这条异常情况。</translation>
    </message>
</context>
<context>
    <name>qf::people::IntegrityFileService</name>
    <message>
        <source>Enter the cadre&apos;s name and unit.</source>
        <translation>请填写干部的姓名和单位。</translation>
    </message>
    <message>
        <source>An integrity file needs a valid ID number: %1</source>
        <translation>建立廉政档案需要有效的身份证号码：%1</translation>
    </message>
    <message>
        <source>%1 already has an integrity file.</source>
        <translation>%1已有廉政档案。</translation>
    </message>
    <message>
        <source>integrity file opened for %1, %2</source>
        <translation>为%1（%2）建立廉政档案</translation>
    </message>
    <message>
        <source>Enter the cadre&apos;s unit.</source>
        <translation>请填写干部的单位。</translation>
    </message>
    <message>
        <source>%1: post changed from %2 %3 to %4 %5</source>
        <translation>%1：职务由%2%3变更为%4%5</translation>
    </message>
    <message>
        <source>The report year must be between 1990 and this year.</source>
        <translation>报告年度须在1990年至今年之间。</translation>
    </message>
    <message>
        <source>The declared income cannot be negative.</source>
        <translation>申报收入不能为负数。</translation>
    </message>
    <message>
        <source>The personal-matters report for %1 is already recorded.</source>
        <translation>%1年度的个人有关事项报告已经录入。</translation>
    </message>
    <message>
        <source>%1: personal-matters report for %2 recorded</source>
        <translation>%1：录入%2年度个人有关事项报告</translation>
    </message>
    <message>
        <source>Describe what does not fit.</source>
        <translation>请说明不符之处。</translation>
    </message>
    <message>
        <source>%1: anomaly raised (%2)</source>
        <translation>%1：登记异常情况（%2）</translation>
    </message>
    <message>
        <source>This anomaly is already lead %1.</source>
        <translation>这条异常情况已登记为问题线索%1。</translation>
    </message>
    <message>
        <source>lead %1 registered from an anomaly in the integrity file of %2</source>
        <translation>根据%2廉政档案中的异常情况登记问题线索%1</translation>
    </message>
</context>
<context>
    <name>qf::property</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount with at most two decimals.</source>
        <translation>“%1”不是最多两位小数的金额。</translation>
    </message>
    <message>
        <source>Face value and count must be positive.</source>
        <translation>面值和数量必须为正数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>There is no such property item.</source>
        <translation>不存在该涉案款物。</translation>
    </message>
    <message>
        <source>Name the approved %1 measure that allows this step.</source>
        <translation>请指明允许此环节的已批准%1措施。</translation>
    </message>
    <message>
        <source>There is no approved, currently valid %1 measure with that id for this case.</source>
        <translation>本案不存在该编号的已批准且当前有效的%1措施。</translation>
    </message>
    <message>
        <source>The list that covers this step is still a draft. Approve it in the documents area first, then take the step.</source>
        <translation>涵盖这一环节的清单仍是草稿。请先在文书区签发该清单，再办理这一环节。</translation>
    </message>
</context>
<context>
    <name>qf::property::PropertyService</name>
    <message>
        <source>Choose the category of the item.</source>
        <translation>请选择款物类别。</translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation>请描述该款物。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY.</source>
        <translation>币种须为三个字母的代码，如 CNY。</translation>
    </message>
    <message>
        <source>Amounts and counts cannot be negative.</source>
        <translation>金额和数量不能为负数。</translation>
    </message>
    <message>
        <source>card %1 of case %2: %3, %4</source>
        <translation>案件 %2 的款物卡片 %1：%3，%4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step of the property lifecycle.</source>
        <translation>“%1”不是涉案款物处置流程中的环节。</translation>
    </message>
    <message>
        <source>The item is %1; &apos;%2&apos; cannot follow.</source>
        <translation>该款物的状态为“%1”，不能进行“%2”。</translation>
    </message>
    <message>
        <source>Only %1 may take the step &apos;%2&apos;.</source>
        <translation>只有%1可以进行“%2”环节。</translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; is signed by an %2.</source>
        <translation>“%1”环节须由%2签字。</translation>
    </message>
    <message>
        <source>You seized or sealed this item, so you cannot also be its custodian.</source>
        <translation>您暂扣或封存了该款物，不能同时担任其保管人。</translation>
    </message>
    <message>
        <source>%1 → %2, signed by %3 and %4</source>
        <translation>%1 → %2，由 %3 和 %4 签字</translation>
    </message>
</context>
<context>
    <name>qf::reporting</name>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the unit is missing</source>
        <translation>缺少单位</translation>
    </message>
    <message>
        <source>the proposed post is missing</source>
        <translation>缺少拟任职务</translation>
    </message>
    <message>
        <source>ID number %1: %2</source>
        <translation>身份证号码%1：%2</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第%1行：引号没有闭合。</translation>
    </message>
    <message>
        <source>Line 1: the header must name the columns 姓名, 单位 and 拟任职务 (and may name 身份证号码 and 现任职务).</source>
        <translation>第1行：表头须包含“姓名”“单位”“拟任职务”三列（可另含“身份证号码”“现任职务”）。</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation>第%1行：有%2个字段，表头为%3列。</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>第%1行：%2。</translation>
    </message>
    <message>
        <source>Line %1: the same ID number as line %2.</source>
        <translation>第%1行：身份证号码与第%2行重复。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per person.</source>
        <translation>文件为空：需要一行表头，每人一行。</translation>
    </message>
    <message>
        <source>The file names nobody: add one row per person under the header.</source>
        <translation>文件中没有人员：请在表头下每人填写一行。</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>处分决定数</translation>
    </message>
    <message>
        <source>Sanctions by kind</source>
        <translation>处分按种类统计</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Sanctions by cadre level</source>
        <translation>处分按干部级别统计</translation>
    </message>
    <message>
        <source>Amounts recovered</source>
        <translation>追回金额</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>追回金额</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>追回笔数</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>未设承办部门</translation>
    </message>
    <message>
        <source>Workload per office</source>
        <translation>承办部门工作量</translation>
    </message>
    <message>
        <source>Cases led</source>
        <translation>主办案件</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>qf::reporting::AlertService</name>
    <message>
        <source>Look ahead between 0 and 366 days.</source>
        <translation>提前提醒天数应在 0 至 366 天之间。</translation>
    </message>
</context>
<context>
    <name>qf::reporting::AlertSources</name>
    <message>
        <source>Time limit of the %1 stage</source>
        <translation>%1阶段办理时限</translation>
    </message>
    <message>
        <source>Supervised by %1: to be concluded</source>
        <translation>%1挂牌督办：督办期限届满</translation>
    </message>
    <message>
        <source>Progress report to %1</source>
        <translation>向%1报告督办进展</translation>
    </message>
    <message>
        <source>Feedback from %1</source>
        <translation>%1反馈移送办理结果</translation>
    </message>
    <message>
        <source>First appeal by %1 (must be handled)</source>
        <translation>%1首次申诉（首诉必办）</translation>
    </message>
    <message>
        <source>Appeal by %1</source>
        <translation>%1申诉</translation>
    </message>
    <message>
        <source>Stage deadlines</source>
        <translation>阶段办理时限</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Transfers awaiting feedback</source>
        <translation>移送待反馈</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Lead follow-ups</source>
        <translation>线索后续工作</translation>
    </message>
    <message>
        <source>%1 of the %2 of %3 by %4</source>
        <translation>%3（%2）：%1，执行单位：%4</translation>
    </message>
    <message>
        <source>Feedback on the transfer to %1</source>
        <translation>移送%1的反馈</translation>
    </message>
    <message>
        <source>Reply to the assistance request to %1</source>
        <translation>致%1协查函的回复</translation>
    </message>
    <message>
        <source>Rectification reply from %1</source>
        <translation>%1的整改回复</translation>
    </message>
    <message>
        <source>Sanction execution</source>
        <translation>处分执行</translation>
    </message>
    <message>
        <source>External transfers and assistance requests</source>
        <translation>对外移送与协查</translation>
    </message>
    <message>
        <source>Recommendation letter replies</source>
        <translation>纪律检查建议书回复</translation>
    </message>
    <message numerus="yes">
        <source>Reply to %1 on the integrity of %n people</source>
        <translation>
            <numerusform>答复%1关于%n名同志的廉政意见征求</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity opinion requests</source>
        <translation>廉政意见征求</translation>
    </message>
</context>
<context>
    <name>qf::reporting::CaseStatistics</name>
    <message>
        <source>Cases opened, by current stage</source>
        <translation>案件按当前办理阶段</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Timeliness: overdue rate per stage</source>
        <translation>办理时效：各阶段超期率</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Overdue rate</source>
        <translation>超期率</translation>
    </message>
    <message>
        <source>Workload per investigator</source>
        <translation>办案人员工作量</translation>
    </message>
    <message>
        <source>Lead investigator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>办案组成员</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结案件</translation>
    </message>
</context>
<context>
    <name>qf::reporting::IntakeStatistics</name>
    <message>
        <source>Reports</source>
        <translation>信访举报件</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Reports by channel</source>
        <translation>信访举报件按来源渠道</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>问题线索按来源</translation>
    </message>
    <message>
        <source>Leads by sector</source>
        <translation>问题线索按领域</translation>
    </message>
    <message>
        <source>Awaiting disposition</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>Leads by disposition</source>
        <translation>问题线索按处置方式</translation>
    </message>
</context>
<context>
    <name>qf::reporting::IntegrityOpinion</name>
    <message>
        <source>There is no such integrity opinion request.</source>
        <translation>没有这份廉政意见征询。</translation>
    </message>
</context>
<context>
    <name>qf::reporting::IntegrityOpinionService</name>
    <message>
        <source>Enter the unit that asks for the opinion.</source>
        <translation>请填写征求意见的单位。</translation>
    </message>
    <message>
        <source>The request&apos;s date must be a date no later than today.</source>
        <translation>来函日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>请至少填写一名人员。</translation>
    </message>
    <message>
        <source>Person %1: %2.</source>
        <translation>第%1人：%2。</translation>
    </message>
    <message>
        <source>integrity opinion requested by %1 for %2 people</source>
        <translation>%1征求%2人的廉政意见</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these lines and import the file again:</source>
        <translation>未导入任何内容。请更正以下各行后重新导入：</translation>
    </message>
    <message>
        <source>%1 conclusions worked out again</source>
        <translation>重新生成%1条结论</translation>
    </message>
    <message>
        <source>Only an ambiguous match is decided by hand.</source>
        <translation>只有无法确定的匹配才需人工确认。</translation>
    </message>
    <message>
        <source>Choose one of the candidates shown, or none of them.</source>
        <translation>请从列出的人员中选择一人，或选择“均不是”。</translation>
    </message>
    <message>
        <source>%1: none of the candidates is the person asked about</source>
        <translation>%1：列出的人员均不是所征询的人</translation>
    </message>
    <message>
        <source>%1: matched by hand to person %2</source>
        <translation>%1：人工确认为人员%2</translation>
    </message>
    <message>
        <source>Give the reason for amending the conclusion.</source>
        <translation>请说明修改结论的理由。</translation>
    </message>
    <message>
        <source>The reply %1 has been issued; its conclusions are final.</source>
        <translation>回复函%1已发出，结论不能再改。</translation>
    </message>
    <message>
        <source>The request has no person %1.</source>
        <translation>该征询中没有第%1人。</translation>
    </message>
    <message>
        <source>Decide who %1 is among the candidates first.</source>
        <translation>请先确认%1是哪一位。</translation>
    </message>
    <message>
        <source>%1: conclusion confirmed (%2)</source>
        <translation>%1：结论已确认（%2）</translation>
    </message>
    <message>
        <source>%1: conclusion amended from %2 to %3 because %4</source>
        <translation>%1：结论由%2改为%3，理由：%4</translation>
    </message>
    <message>
        <source>Every conclusion must be confirmed or amended by a reviewer before the reply is printed.</source>
        <translation>每条结论都须经审核人确认或修改后，才能打印回复函。</translation>
    </message>
    <message>
        <source>Integrity opinion reply</source>
        <translation>廉政意见回复函</translation>
    </message>
    <message>
        <source>integrity opinion reply %1 printed for %2, copy %3</source>
        <translation>廉政意见回复%1已为%2打印，份号%3</translation>
    </message>
</context>
<context>
    <name>qf::reporting::MatchKind</name>
    <message>
        <source>Not on record</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>By ID number</source>
        <translation>按身份证号码</translation>
    </message>
    <message>
        <source>By name and unit</source>
        <translation>按姓名和单位</translation>
    </message>
    <message>
        <source>Ambiguous: decide</source>
        <translation>无法确定，待人工确认</translation>
    </message>
    <message>
        <source>Decided by hand</source>
        <translation>人工确认</translation>
    </message>
</context>
<context>
    <name>qf::reporting::OpinionConclusion</name>
    <message>
        <source>No reports received</source>
        <translation>未收到信访举报</translation>
    </message>
    <message>
        <source>Reports received and closed</source>
        <translation>信访举报已办结</translation>
    </message>
    <message>
        <source>Under verification or investigation</source>
        <translation>正在核查或审查调查</translation>
    </message>
    <message>
        <source>Sanction in effect: appointment blocked</source>
        <translation>处分影响期内，不得提拔任用</translation>
    </message>
</context>
<context>
    <name>qf::reporting::RecommendationLetter</name>
    <message>
        <source>There is no such recommendation letter.</source>
        <translation>没有这份纪律检查建议书。</translation>
    </message>
</context>
<context>
    <name>qf::reporting::RecommendationLetterService</name>
    <message>
        <source>Write the problems found, their causes and the recommended measures.</source>
        <translation>请填写发现的问题、原因和建议措施。</translation>
    </message>
    <message>
        <source>The reply deadline must be on or after the date of the letter.</source>
        <translation>反馈期限不能早于建议书日期。</translation>
    </message>
    <message>
        <source>Enter the unit the letter is addressed to.</source>
        <translation>请填写建议书的主送单位。</translation>
    </message>
    <message>
        <source>recommendation letter to %1 for case %2, reply due %3</source>
        <translation>就案件%2向%1发出纪律检查建议书，%3前反馈</translation>
    </message>
    <message>
        <source>Enter what the unit reported and the date it arrived (not later than today).</source>
        <translation>请填写整改反馈内容和收到日期（不晚于今天）。</translation>
    </message>
    <message>
        <source>Feedback cannot arrive before the letter was issued.</source>
        <translation>反馈不能早于建议书发出日期。</translation>
    </message>
    <message>
        <source>rectification feedback from %1 received on %2</source>
        <translation>%2收到%1的整改反馈</translation>
    </message>
    <message>
        <source>Write the typical-case analysis.</source>
        <translation>请填写典型案例剖析。</translation>
    </message>
    <message>
        <source>typical-case analysis written for case %1</source>
        <translation>撰写案件%1的典型案例剖析</translation>
    </message>
    <message>
        <source>Recommendation letter</source>
        <translation>纪律检查建议书</translation>
    </message>
    <message>
        <source>recommendation letter %1 to %2 printed, copy %3</source>
        <translation>纪律检查建议书%1已打印（致%2），份号%3</translation>
    </message>
</context>
<context>
    <name>qf::reporting::SanctionStatistics</name>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>qf::reporting::StatisticsCsv</name>
    <message>
        <source>Period</source>
        <translation>统计时段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>qf::reporting::StatisticsForm</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Statistical table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计时段：%1至%2</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>本时段内无记录。</translation>
    </message>
    <message>
        <source>Prepared by: %1    Date: %2</source>
        <translation>制表人：%1    制表日期：%2</translation>
    </message>
</context>
<context>
    <name>qf::reporting::StatisticsService</name>
    <message>
        <source>The statistics period is not valid: choose a start date on or before the end date.</source>
        <translation>统计时段无效：开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <source>statistics for %1 to %2 (%3)</source>
        <translation>%1至%2统计数据（%3）</translation>
    </message>
    <message>
        <source>There is no statistical table named %1.</source>
        <translation>不存在名为 %1 的统计表。</translation>
    </message>
</context>
<context>
    <name>qf::reporting::TrendStatistics</name>
    <message>
        <source>Trend per month; cases filed versus closed</source>
        <translation>月度趋势：立案与结案对比</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>受理信访举报件</translation>
    </message>
    <message>
        <source>Leads registered</source>
        <translation>登记问题线索</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>qf::sanctions::AssetRecoveryService</name>
    <message>
        <source>The amount recovered must be more than zero.</source>
        <translation>追回金额必须大于零。</translation>
    </message>
    <message>
        <source>Give the currency as a three-letter code such as CNY.</source>
        <translation>币种请填写三位字母代码，例如 CNY。</translation>
    </message>
    <message>
        <source>Say where the amount came from and when it was recovered; the date cannot be in the future.</source>
        <translation>请填写款项来源和追回日期，日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>qf::sanctions::Sanction</name>
    <message>
        <source>Party warning</source>
        <translation>党内警告</translation>
    </message>
    <message>
        <source>Serious party warning</source>
        <translation>党内严重警告</translation>
    </message>
    <message>
        <source>Removal from party posts</source>
        <translation>撤销党内职务</translation>
    </message>
    <message>
        <source>Party probation</source>
        <translation>留党察看</translation>
    </message>
    <message>
        <source>Expulsion from the party</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Administrative warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Demerit</source>
        <translation>记过</translation>
    </message>
    <message>
        <source>Major demerit</source>
        <translation>记大过</translation>
    </message>
    <message>
        <source>Demotion</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation>撤职</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>开除</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>停职</translation>
    </message>
    <message>
        <source>Removal from office</source>
        <translation>免职</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Admonishment talk</source>
        <translation>诫勉谈话</translation>
    </message>
    <message>
        <source>Criticism and education</source>
        <translation>批评教育</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>宣布处分决定</translation>
    </message>
    <message>
        <source>Job and pay changes</source>
        <translation>职务、工资等相应变更</translation>
    </message>
    <message>
        <source>Execution report</source>
        <translation>报告执行情况</translation>
    </message>
    <message>
        <source>Party sanction</source>
        <translation>党纪处分</translation>
    </message>
    <message>
        <source>Administrative sanction</source>
        <translation>政务处分</translation>
    </message>
    <message>
        <source>Organizational measure</source>
        <translation>组织处理</translation>
    </message>
</context>
<context>
    <name>qf::sanctions::SanctionDocuments</name>
    <message>
        <source>This sanction was revoked on appeal; there is no decision to print.</source>
        <translation>该处分已经申诉复查撤销，没有可打印的处分决定书。</translation>
    </message>
    <message>
        <source>The reply deadline must not be before the date of the reminder.</source>
        <translation>回复期限不能早于督促函日期。</translation>
    </message>
    <message>
        <source>Nothing of this decision&apos;s execution is overdue or due soon.</source>
        <translation>该处分决定的执行事项没有逾期或即将到期的。</translation>
    </message>
</context>
<context>
    <name>qf::sanctions::SanctionService</name>
    <message>
        <source>Party probation lasts one or two years; other sanctions have no probation period.</source>
        <translation>留党察看期限为一年或二年；其他处分没有察看期限。</translation>
    </message>
    <message>
        <source>Enter the number of the decision document and the facts and nature of the violation it states.</source>
        <translation>请填写处分决定文号，以及决定认定的违纪事实和性质。</translation>
    </message>
    <message>
        <source>Enter the date the decision took effect; it cannot be in the future.</source>
        <translation>请填写处分决定生效日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>A sanction concerns a person the case is about; choose one of the case&apos;s subjects.</source>
        <translation>处分对象应为本案被调查人，请从本案被调查人中选择。</translation>
    </message>
    <message>
        <source>A change or revocation needs the number of the re-examination decision.</source>
        <translation>变更或撤销处分须填写申诉复查决定文号。</translation>
    </message>
    <message>
        <source>The re-examination cannot be dated in the future.</source>
        <translation>复查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This version of the sanction has already been replaced; apply the re-examination to the current version.</source>
        <translation>该处分记录已被新记录取代，请对当前有效的记录进行复查处理。</translation>
    </message>
    <message>
        <source>This sanction has already been revoked.</source>
        <translation>该处分已被撤销。</translation>
    </message>
    <message>
        <source>Record the feedback and the date the step was carried out; it cannot be in the future.</source>
        <translation>请填写执行反馈及完成日期，日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This execution step is already recorded, or its decision has been replaced.</source>
        <translation>该执行事项已登记，或其处分决定已被取代。</translation>
    </message>
    <message>
        <source>An execution time limit is between 1 and 24 months.</source>
        <translation>处分执行期限为1至24个月。</translation>
    </message>
    <message>
        <source>The promotion period is between 0 and 120 months.</source>
        <translation>影响期为0至120个月。</translation>
    </message>
</context>
<context>
    <name>qf::settings::VaultSettingsService</name>
    <message>
        <source>The vault is locked. Unlock it to see its settings.</source>
        <translation>数据库保险库已锁定。请解锁后查看其设置。</translation>
    </message>
    <message>
        <source>Enter the name of the organ that owns this vault.</source>
        <translation>请输入本数据库保险库所属机关的名称。</translation>
    </message>
    <message>
        <source>organ name set to %1</source>
        <translation>机关名称改为 %1</translation>
    </message>
    <message>
        <source>The number prefix has 1 to 16 characters, e.g. 苏纪.</source>
        <translation>文号前缀为 1 至 16 个字符，例如“苏纪”。</translation>
    </message>
    <message>
        <source>number prefix set to %1</source>
        <translation>文号前缀改为 %1</translation>
    </message>
    <message>
        <source>There is no number kind %1.</source>
        <translation>没有文号类别 %1。</translation>
    </message>
    <message>
        <source>A number pattern must contain {seq} (or {seq:N} for N digits), so numbers differ.</source>
        <translation>文号格式必须包含 {seq}（或补足 N 位的 {seq:N}），文号才不会重复。</translation>
    </message>
    <message>
        <source>number pattern for %1 set to %2</source>
        <translation>%1 的文号格式改为 %2</translation>
    </message>
    <message>
        <source>Keep between 0 (all) and %1 backup sets.</source>
        <translation>保留的备份集数量应在 0（全部保留）至 %1 之间。</translation>
    </message>
    <message>
        <source>backup rotation keeps %1 sets</source>
        <translation>备份轮换保留 %1 个备份集</translation>
    </message>
    <message>
        <source>A time limit and its extension are between 0 and %1 months.</source>
        <translation>办理期限及其延长期限应在 0 至 %1 个月之间。</translation>
    </message>
    <message>
        <source>A stage without a time limit cannot be extended.</source>
        <translation>不设期限的阶段不能延长。</translation>
    </message>
    <message>
        <source>The case workflow has no stage %1 with a time limit.</source>
        <translation>案件流程中没有可设期限的阶段 %1。</translation>
    </message>
    <message>
        <source>There is no list named %1.</source>
        <translation>没有名为 %1 的分类列表。</translation>
    </message>
    <message>
        <source>A code has 1 to 32 lower-case letters, digits or &apos;_&apos;; it never changes once used.</source>
        <translation>代码由 1 至 32 个小写字母、数字或“_”组成；一经使用不再更改。</translation>
    </message>
    <message>
        <source>Enter the label shown for this entry.</source>
        <translation>请输入该条目显示的名称。</translation>
    </message>
    <message>
        <source>%1 entry %2 labelled %3</source>
        <translation>%1 条目 %2 的名称设为 %3</translation>
    </message>
    <message>
        <source>Give integrity opinion requests between 1 and %1 days for the reply.</source>
        <translation>廉政意见征求的答复期限应在1至%1天之间。</translation>
    </message>
    <message>
        <source>integrity opinion requests are answered within %1 days</source>
        <translation>廉政意见征求应在%1天内答复</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
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
    <message>
        <source>The disk is full. Free some space on it, then try again.</source>
        <translation>磁盘已满。请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The disk reported a read or write error. Check the drive or USB medium, then try again; what was saved before is kept.</source>
        <translation>磁盘报告读写错误。请检查硬盘或U盘等存储介质后重试；此前已保存的内容不受影响。</translation>
    </message>
    <message>
        <source>The vault is busy with another task. Wait for it to finish, then try again.</source>
        <translation>数据库保险库正忙于其他任务。请等待其完成后重试。</translation>
    </message>
    <message>
        <source>The vault file is damaged. Restore it from a backup.</source>
        <translation>数据库保险库文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The vault cannot be written: the file or its medium is read-only.</source>
        <translation>无法写入数据库保险库：文件或其存储介质为只读。</translation>
    </message>
    <message>
        <source>The vault file cannot be opened. Check that its drive is connected.</source>
        <translation>无法打开数据库保险库文件。请检查其所在驱动器是否已连接。</translation>
    </message>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::storage::AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>文件 %1 无法读取。</translation>
    </message>
    <message>
        <source>%1 is larger than 8 GiB.</source>
        <translation>%1 超过 8 GiB。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>不存在该附件。</translation>
    </message>
    <message>
        <source>Part %1 of %2 does not match its hash; the copy was stopped. Run a verification to record the damage.</source>
        <translation>%2 的第 %1 块与其哈希不符，已停止复制。请运行校验以记录损坏情况。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 does not match its recorded hash.</source>
        <translation>%1 与其记录的哈希不符。</translation>
    </message>
    <message>
        <source>part %1 altered</source>
        <translation>第 %1 块已被篡改</translation>
    </message>
    <message>
        <source>file hash differs</source>
        <translation>文件哈希不一致</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
</context>
<context>
    <name>qf::storage::FileErrors</name>
    <message>
        <source>the disk is full. Free some space on it, then try again</source>
        <translation>磁盘已满。请先释放一些空间，然后重试</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>磁盘拒绝写入</translation>
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
    <message>
        <source>Cannot open the vault %1</source>
        <translation>无法打开数据库保险库 %1</translation>
    </message>
    <message>
        <source>Cannot keep the audit key before re-encrypting; the vault is unchanged. %1</source>
        <translation>重新加密前无法保存审计密钥，保险库未作改动。%1</translation>
    </message>
</context>
<context>
    <name>qf::ui::AboutDialog</name>
    <message>
        <source>About Qingfeng</source>
        <translation>关于清风</translation>
    </message>
    <message>
        <source>not known until a vault is open</source>
        <translation>打开数据库保险库后才能得知</translation>
    </message>
    <message>
        <source>Version: %1
Build: %2, %3
Qt: %4
SQLCipher: %5 (SQLite %6)
libsodium: %7</source>
        <translation>版本：%1
构建：%2，%3
Qt：%4
SQLCipher：%5（SQLite %6）
libsodium：%7</translation>
    </message>
    <message>
        <source>Qingfeng case workbench</source>
        <translation>清风办案工作台</translation>
    </message>
    <message>
        <source>An offline workbench for discipline-inspection case handling: reports, leads, cases, evidence, documents and archives in an encrypted vault, with a hash-chained audit trail.</source>
        <translation>离线的纪检监察办案工作台：信访举报件、问题线索、案件、证据、文书和加密归档包都保存在加密的数据库保险库中，并有哈希链审计日志。</translation>
    </message>
</context>
<context>
    <name>qf::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
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
    <name>qf::ui::AgendaTableWidget</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次排查</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>接收机关</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Disposition of %1</source>
        <translation>%1 的处置方式</translation>
    </message>
    <message>
        <source>(no decision)</source>
        <translation>（未作决定）</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>%1 的处置理由</translation>
    </message>
    <message>
        <source>Receiving agency for %1</source>
        <translation>%1 的接收机关</translation>
    </message>
</context>
<context>
    <name>qf::ui::AlertsPage</name>
    <message>
        <source>All alerts</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Look ahead:</source>
        <translation>提前提醒(&amp;L)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1（已超期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1（今日到期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1（%n 天后到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>信访举报件</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation>已超期 %1 项，即将到期 %2 项</translation>
    </message>
    <message>
        <source>(only the most urgent are listed for: %1)</source>
        <translation>（以下类别仅列出最紧急的事项：%1）</translation>
    </message>
    <message>
        <source>Report received %1</source>
        <translation>%1收到的信访举报件</translation>
    </message>
</context>
<context>
    <name>qf::ui::ApprovalInboxPage</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>不予批准(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>阶段变更申请</translation>
    </message>
    <message>
        <source>Measures awaiting approval</source>
        <translation>待审批的审查调查措施</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>没有待您审批的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your approval.</source>
        <translation>
            <numerusform>有 %n 项申请待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approve — %1</source>
        <translation>批准 — %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Refuse — %1</source>
        <translation>不予批准 — %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予批准</translation>
    </message>
</context>
<context>
    <name>qf::ui::ArchiveFileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Archive &amp;file:</source>
        <translation>加密归档包文件(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>qf::ui::ArchiveReportView</name>
    <message>
        <source>Verification report</source>
        <translation>校验报告</translation>
    </message>
    <message>
        <source>Archive contents</source>
        <translation>加密归档包内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>唯一标识</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Contents listed in the signed manifest:</source>
        <translation>已签名清单所列内容：</translation>
    </message>
    <message>
        <source>&lt;b&gt;The archive is intact and its signer is trusted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;加密归档包完整，签名者受信任。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>qf::ui::ArchivesPage</name>
    <message>
        <source>Archives</source>
        <translation>加密归档包</translation>
    </message>
    <message>
        <source>Signed, encrypted archives carry cases and leads to another workstation or an auditor. An archive is verified completely before anything from it is imported.</source>
        <translation>经签名的加密归档包用于向其他工作站或审计人员传送案件和问题线索。加密归档包须完整校验通过后才会导入其中任何内容。</translation>
    </message>
    <message>
        <source>&amp;Export an archive…</source>
        <translation>导出加密归档包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import an archive…</source>
        <translation>导入加密归档包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Verify or inspect an archive…</source>
        <translation>校验或查看加密归档包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Trust list</source>
        <translation>信任列表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Backup and restore</source>
        <translation>备份与恢复(&amp;B)</translation>
    </message>
</context>
<context>
    <name>qf::ui::AttachmentDropZone</name>
    <message>
        <source>Select an item of evidence to attach files to it.</source>
        <translation>请选择一项证据，再为其添加附件文件。</translation>
    </message>
    <message>
        <source>Release to store the files in the vault</source>
        <translation>松开鼠标即可将文件存入数据库保险库</translation>
    </message>
    <message>
        <source>Drop files here to attach them to the selected evidence</source>
        <translation>将文件拖放到此处，作为所选证据的附件</translation>
    </message>
</context>
<context>
    <name>qf::ui::AttendeesTableWidget</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>不同意见</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
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
        <translation>
            <numerusform>共 %n 条，最后一条记录于 %1。链头哈希：%2</numerusform>
        </translation>
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
        <translation>
            <numerusform>链头：共 %n 条，最后哈希 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries; no problem was found in them.</source>
        <translation>
            <numerusform>已在校验 %n 条后取消；其中未发现问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries were checked.</source>
        <translation>
            <numerusform>审计日志完整：已校验全部 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2.</source>
        <translation>审计日志在第 %1 条处断裂：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries before it are intact.</source>
        <translation>
            <numerusform>此前的 %n 条记录完整。</numerusform>
        </translation>
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
    <name>qf::ui::BackupPanel</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Sets &amp;kept in the folder:</source>
        <translation>文件夹中保留的备份集数(&amp;K)：</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Verify the set</source>
        <translation>校验备份集(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>恢复(&amp;E)…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backup &amp;set:</source>
        <translation>备份集(&amp;S)：</translation>
    </message>
    <message>
        <source>Your &amp;password in that backup:</source>
        <translation>您在该备份中的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Restoring checks the whole set first, then locks the vault and puts the backup in its place; the current vault is kept beside it, never deleted.</source>
        <translation>恢复时先校验整个备份集，然后锁定数据库保险库并以备份替换；当前数据库保险库保留在旁，不会删除。</translation>
    </message>
    <message>
        <source>Folder for backup sets</source>
        <translation>备份集所在文件夹</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>备份集</translation>
    </message>
    <message>
        <source>Choose the folder for backup sets.</source>
        <translation>请选择备份集所在的文件夹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup set written.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;备份集已写入。&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n older sets removed by rotation.</source>
        <translation>
            <numerusform>按轮换设置删除了 %n 个较早的备份集。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every backup set is kept.</source>
        <translation>保留全部备份集。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup sets are kept.</source>
        <translation>
            <numerusform>保留最新的 %n 个备份集。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The backup set is intact&lt;/b&gt; and you are an administrator in it.</source>
        <translation>&lt;b&gt;备份集完整&lt;/b&gt;，且您在其中是系统管理员。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault was restored from %1.&lt;/b&gt;&lt;br&gt;The previous vault is kept as %2.</source>
        <translation>&lt;b&gt;数据库保险库已从 %1 恢复。&lt;/b&gt;&lt;br&gt;原数据库保险库保留为 %2。</translation>
    </message>
    <message>
        <source>Restore the vault</source>
        <translation>恢复数据库保险库</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup set %1. Work done since that backup will not be in the restored vault (the current vault is kept aside). Restore?</source>
        <translation>数据库保险库将被锁定，并以备份集 %1 替换。该备份之后所做的工作不会出现在恢复后的数据库保险库中（当前数据库保险库另行保留）。确定恢复吗？</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseCoordinationTab</name>
    <message>
        <source>Set s&amp;upervising leader…</source>
        <translation>设置分管领导(&amp;U)…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Add &amp;joint partner…</source>
        <translation>添加协同联办单位(&amp;J)…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>争议各方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>裁定结果</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>最新说明</translation>
    </message>
    <message>
        <source>R&amp;aise…</source>
        <translation>提出(&amp;A)…</translation>
    </message>
    <message>
        <source>Ne&amp;gotiate…</source>
        <translation>协商(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;scalate…</source>
        <translation>逐级上报(&amp;S)…</translation>
    </message>
    <message>
        <source>Dec&amp;ide…</source>
        <translation>裁定(&amp;I)…</translation>
    </message>
    <message>
        <source>Error accountability</source>
        <translation>错案责任</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Only approvers and auditors see the accountability records.</source>
        <translation>问责记录仅审批人和审计人员可见。</translation>
    </message>
    <message>
        <source>Record accounta&amp;bility…</source>
        <translation>登记问责记录(&amp;B)…</translation>
    </message>
    <message>
        <source>Supervising leader:</source>
        <translation>分管领导：</translation>
    </message>
    <message>
        <source>Joint handling partners</source>
        <translation>协同联办单位</translation>
    </message>
    <message>
        <source>Jurisdiction disputes</source>
        <translation>受理争议</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已逐级上报</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <source>Leak of case information</source>
        <translation>泄露案情</translation>
    </message>
    <message>
        <source>Coercion</source>
        <translation>逼供诱供</translation>
    </message>
    <message>
        <source>Procedural violation</source>
        <translation>违反办案程序</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Own agency</source>
        <translation>本机关</translation>
    </message>
    <message>
        <source>%1 level(s) up</source>
        <translation>上报%1级</translation>
    </message>
    <message>
        <source>Set supervising leader</source>
        <translation>设置分管领导</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Add joint handling partner</source>
        <translation>添加协同联办单位</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Responsibilities:</source>
        <translation>职责分工：</translation>
    </message>
    <message>
        <source>Raise jurisdiction dispute</source>
        <translation>提出受理争议</translation>
    </message>
    <message>
        <source>Agencies in dispute:</source>
        <translation>争议各方：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Negotiate jurisdiction dispute</source>
        <translation>协商受理争议</translation>
    </message>
    <message>
        <source>What was agreed:</source>
        <translation>协商结果：</translation>
    </message>
    <message>
        <source>Escalate jurisdiction dispute</source>
        <translation>逐级上报受理争议</translation>
    </message>
    <message>
        <source>Why it goes one level up:</source>
        <translation>上报理由：</translation>
    </message>
    <message>
        <source>Decide jurisdiction dispute</source>
        <translation>裁定受理争议</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>裁定结果：</translation>
    </message>
    <message>
        <source>Record error accountability</source>
        <translation>登记错案责任</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>情况说明：</translation>
    </message>
    <message>
        <source>Name the staff member.</source>
        <translation>请填写工作人员。</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseCountersPanel</name>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>已逾期的期限</translation>
    </message>
    <message>
        <source>Supervised cases due</source>
        <translation>到期或临期的挂牌督办案件</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>待审批事项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseDeadlinesTab</name>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Extended by</source>
        <translation>已延长</translation>
    </message>
    <message>
        <source>May extend by</source>
        <translation>尚可延长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>督办层级</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Report every</source>
        <translation>报告间隔</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报告</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <source>Request &amp;extension…</source>
        <translation>申请延期(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Approve extension</source>
        <translation>批准延期(&amp;A)</translation>
    </message>
    <message>
        <source>Ref&amp;use extension</source>
        <translation>不予延期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start supervision…</source>
        <translation>挂牌督办(&amp;S)…</translation>
    </message>
    <message>
        <source>Report &amp;progress…</source>
        <translation>报告进展(&amp;P)…</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>未届满的期限</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Supervision (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>月数：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Start supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Supervising level:</source>
        <translation>督办层级：</translation>
    </message>
    <message>
        <source>Requirements:</source>
        <translation>督办要求：</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>办结期限：</translation>
    </message>
    <message>
        <source>Report every (days):</source>
        <translation>报告间隔（天）：</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>报告进展</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>报告日期：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>工作进展：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseDecisionsTab</name>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Present / quorum</source>
        <translation>到会 / 法定人数</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Re&amp;cord decision…</source>
        <translation>记录决定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Supersede…</source>
        <translation>取代(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Select a decision to see its members, opinions and items.</source>
        <translation>选择一项决定以查看其成员、意见和研究事项。</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>由 %1 于 %2 签署</translation>
    </message>
    <message>
        <source>Superseded by a later decision; kept for the record.</source>
        <translation>已被后来的决定取代；留存备查。</translation>
    </message>
    <message>
        <source>Supersedes an earlier decision.</source>
        <translation>取代了此前的一项决定。</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Items decided:</source>
        <translation>研究决定事项：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>, dissent</source>
        <translation>，有不同意见</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseEvidenceTab</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>收集人</translation>
    </message>
    <message>
        <source>Facts supported</source>
        <translation>所证明事实</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record evide&amp;nce…</source>
        <translation>登记证据(&amp;N)…</translation>
    </message>
    <message>
        <source>Attach f&amp;ile…</source>
        <translation>添加附件(&amp;I)…</translation>
    </message>
    <message>
        <source>Verif&amp;y integrity</source>
        <translation>校验完整性(&amp;Y)</translation>
    </message>
    <message>
        <source>Verify &amp;all of this case</source>
        <translation>校验本案全部附件(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xport copy…</source>
        <translation>导出副本(&amp;X)…</translation>
    </message>
    <message>
        <source>Add &amp;custody step…</source>
        <translation>添加保管流转环节(&amp;C)…</translation>
    </message>
    <message>
        <source>Attached files of the selected evidence</source>
        <translation>所选证据的附件</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>保管流转记录</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（提供人：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not checked here</source>
        <translation>本次未校验</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2，%3</translation>
    </message>
    <message>
        <source>Corrects step %1: %2</source>
        <translation>更正第 %1 个环节：%2</translation>
    </message>
    <message>
        <source>Attach files to the evidence</source>
        <translation>为证据添加附件</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>文件 %1 无法读取：%2</translation>
    </message>
    <message>
        <source>Storing %1 in the vault…</source>
        <translation>正在将 %1 存入数据库保险库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 is stored. The same content was already in the vault and is kept once.</source>
        <translation>%1 已保存。数据库保险库中已有相同内容，仅保存一份。</translation>
    </message>
    <message>
        <source>%1 is stored encrypted in the vault (SHA-256 %2).</source>
        <translation>%1 已加密保存在数据库保险库中（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>校验完整性</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>%1 校验通过</translation>
    </message>
    <message>
        <source>FAILED earlier; this check passed</source>
        <translation>此前校验失败；本次校验通过</translation>
    </message>
    <message>
        <source>%1: every chunk matches its SHA-256. The check is recorded.</source>
        <translation>%1：所有数据块均与其 SHA-256 相符。本次校验已记录。</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Verification FAILED for %1: %2. This failure is recorded permanently in the vault and is never cleared.</source>
        <translation>%1 校验失败：%2。此失败将永久记录在数据库保险库中，不会被清除。</translation>
    </message>
    <message>
        <source>Verify all of this case</source>
        <translation>校验本案全部附件</translation>
    </message>
    <message numerus="yes">
        <source>All %n attachment(s) of this case passed verification. The check is recorded.</source>
        <translation>
            <numerusform>本案全部 %n 个附件均通过校验。本次校验已记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification FAILED for %1 of %2 attachments: %3. Failures are recorded permanently and are never cleared.</source>
        <translation>%2 个附件中有 %1 个校验失败：%3。失败情况将永久记录，不会被清除。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>This writes a decrypted, plaintext copy of %1 outside the vault. Anyone who can read the folder you choose can read the file. The export is recorded in the audit log.

Export anyway?</source>
        <translation>此操作将在数据库保险库之外写出 %1 的解密明文副本。凡能读取您所选文件夹的人都能读取该文件。本次导出将记入审计日志。

仍要导出吗？</translation>
    </message>
    <message>
        <source>Export a plaintext copy</source>
        <translation>导出明文副本</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 无法写入：%2</translation>
    </message>
    <message>
        <source>Writing a plaintext copy of %1…</source>
        <translation>正在写出 %1 的明文副本…</translation>
    </message>
    <message>
        <source>A plaintext copy of %1 was written to %2.</source>
        <translation>%1 的明文副本已写入 %2。</translation>
    </message>
    <message>
        <source>Add a custody step</source>
        <translation>添加保管流转环节</translation>
    </message>
    <message>
        <source>Evidence no. %1: %2. You hand it over; the person receiving it confirms.</source>
        <translation>证据第 %1 号：%2。由您移交，接收人确认。</translation>
    </message>
    <message>
        <source>%1. %2, %3, %4</source>
        <translation>%1. %2，%3，%4</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;orrects:</source>
        <translation>更正(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Say where the step took place.</source>
        <translation>请填写该环节发生的地点。</translation>
    </message>
    <message>
        <source>A correction names the step it corrects and says in the note what was wrong.</source>
        <translation>更正须指明所更正的环节，并在备注中说明错误之处。</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>This type of file cannot be shown here. Use Export copy… to open it in another program.</source>
        <translation>此类文件无法在此显示。请使用“导出副本…”在其他程序中打开。</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>取消校验</translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation>正在校验… %p%</translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was recorded.</source>
        <translation>校验已取消，未作记录。</translation>
    </message>
    <message>
        <source>The verification did not run.</source>
        <translation>校验未能运行。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseFilePrintDialog</name>
    <message>
        <source>Print case file %1</source>
        <translation>打印案件卷宗 %1</translation>
    </message>
    <message>
        <source>The case file is printed as one run with continuous page numbers: the cover, the contents with the page each document starts on, every approved document of the case, then the reference sheet. Each document in it is logged as a copy with its copy number.</source>
        <translation>案件卷宗按连续页码一次打印：卷宗封面、标明每份文书起始页号的卷内目录、本案全部已签发文书，最后是备考表。卷内每份文书均作为一份记入打印登记，并印有份号。</translation>
    </message>
    <message>
        <source>e.g. archives office</source>
        <translation>例如：档案室</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收人(&amp;R)：</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>case file %1</source>
        <translation>案件卷宗 %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>已打印 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 页至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>导出案件卷宗</translation>
    </message>
    <message>
        <source>case file %1.pdf</source>
        <translation>案件卷宗 %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseLetterExport</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>The stage deadline has passed.</source>
        <translation>本阶段期限已过。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>进入本阶段时间</translation>
    </message>
    <message>
        <source>Stage due</source>
        <translation>本阶段期限</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseMeasuresTab</name>
    <message>
        <source>Measure</source>
        <translation>审查调查措施</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Re&amp;quest measure…</source>
        <translation>申请措施(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>不予批准(&amp;U)…</translation>
    </message>
    <message>
        <source>Record e&amp;xecution…</source>
        <translation>记录执行情况(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>终止(&amp;N)…</translation>
    </message>
    <message>
        <source>Record tal&amp;k…</source>
        <translation>记录谈话(&amp;K)…</translation>
    </message>
    <message>
        <source>Request a measure</source>
        <translation>申请审查调查措施</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approve the measure</source>
        <translation>批准该措施</translation>
    </message>
    <message>
        <source>Refuse the measure</source>
        <translation>不予批准该措施</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Record execution</source>
        <translation>记录执行情况</translation>
    </message>
    <message>
        <source>Executed at:</source>
        <translation>执行时间：</translation>
    </message>
    <message>
        <source>How it was executed:</source>
        <translation>执行情况：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>End the measure</source>
        <translation>终止该措施</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseOverviewTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>问题线索：</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>办理阶段：</translation>
    </message>
    <message>
        <source>Supervising leader:</source>
        <translation>分管领导：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>立案时间：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>查阅案件</translation>
    </message>
    <message>
        <source>Team assignment</source>
        <translation>指派办案组成员</translation>
    </message>
    <message>
        <source>Supervising leader set</source>
        <translation>确定分管领导</translation>
    </message>
    <message>
        <source>Recusal requested</source>
        <translation>申请回避</translation>
    </message>
    <message>
        <source>Joint handling partner added</source>
        <translation>增加协同联办机关</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Stage change requested</source>
        <translation>申请阶段变更</translation>
    </message>
    <message>
        <source>Stage change approved</source>
        <translation>批准阶段变更</translation>
    </message>
    <message>
        <source>Stage change refused</source>
        <translation>不予批准阶段变更</translation>
    </message>
    <message>
        <source>Jurisdiction dispute raised</source>
        <translation>提出受理争议</translation>
    </message>
    <message>
        <source>Collective decision signed</source>
        <translation>签署集体研究决定</translation>
    </message>
    <message>
        <source>Measure requested</source>
        <translation>申请审查调查措施</translation>
    </message>
    <message>
        <source>Measure approved</source>
        <translation>批准审查调查措施</translation>
    </message>
    <message>
        <source>Measure refused</source>
        <translation>不予批准审查调查措施</translation>
    </message>
    <message>
        <source>Measure executed</source>
        <translation>执行审查调查措施</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>终止审查调查措施</translation>
    </message>
    <message>
        <source>Talk recorded</source>
        <translation>记录谈话</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>不予延期</translation>
    </message>
    <message>
        <source>Supervision started</source>
        <translation>开始挂牌督办</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>提出申诉</translation>
    </message>
    <message>
        <source>Review report recorded</source>
        <translation>记录审理报告</translation>
    </message>
    <message>
        <source>Hearing recorded</source>
        <translation>记录听证</translation>
    </message>
    <message>
        <source>Defence statement recorded</source>
        <translation>记录申辩</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cannot read the timeline</source>
        <translation>无法读取办理经过</translation>
    </message>
    <message>
        <source>Jurisdiction dispute negotiated</source>
        <translation>受理争议已协商</translation>
    </message>
    <message>
        <source>Jurisdiction dispute escalated</source>
        <translation>受理争议已逐级上报</translation>
    </message>
    <message>
        <source>Jurisdiction dispute decided</source>
        <translation>受理争议已裁定</translation>
    </message>
    <message>
        <source>Review meeting recorded</source>
        <translation>已记录审理会议</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>申诉已处理</translation>
    </message>
    <message>
        <source>Recusal granted</source>
        <translation>回避已批准</translation>
    </message>
    <message>
        <source>Recusal rejected</source>
        <translation>回避未获批准</translation>
    </message>
    <message>
        <source>Attachments re-verified</source>
        <translation>已重新校验全部附件</translation>
    </message>
    <message>
        <source>Supervision report recorded</source>
        <translation>已记录督办进展报告</translation>
    </message>
    <message>
        <source>Supervision escalated</source>
        <translation>督办已升级</translation>
    </message>
    <message>
        <source>Evidence recorded</source>
        <translation>已登记证据</translation>
    </message>
    <message>
        <source>File attached to evidence</source>
        <translation>已为证据添加附件</translation>
    </message>
    <message>
        <source>Attachment opened</source>
        <translation>已打开附件</translation>
    </message>
    <message>
        <source>Attachment exported</source>
        <translation>已导出附件</translation>
    </message>
    <message>
        <source>Attachment re-verified</source>
        <translation>已重新校验附件</translation>
    </message>
    <message>
        <source>Property registered</source>
        <translation>已登记涉案款物</translation>
    </message>
    <message>
        <source>Recovery recorded</source>
        <translation>已记录追缴情况</translation>
    </message>
    <message>
        <source>Sanction decided</source>
        <translation>已作出处分决定</translation>
    </message>
    <message>
        <source>Sanction execution recorded</source>
        <translation>已记录处分执行情况</translation>
    </message>
    <message>
        <source>Sanction re-examined</source>
        <translation>处分已复查</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已移送</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>已接收移交</translation>
    </message>
    <message>
        <source>Transfer feedback recorded</source>
        <translation>已记录移送反馈</translation>
    </message>
    <message>
        <source>Assistance requested</source>
        <translation>已发出协查函</translation>
    </message>
    <message>
        <source>Assistance reply recorded</source>
        <translation>已记录协查回复</translation>
    </message>
    <message>
        <source>Document drafted</source>
        <translation>已起草文书</translation>
    </message>
    <message>
        <source>Document revised</source>
        <translation>文书已修订</translation>
    </message>
    <message>
        <source>Document approved</source>
        <translation>文书已审批</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>文书已打印</translation>
    </message>
    <message>
        <source>Document printed to PDF</source>
        <translation>文书已输出为 PDF</translation>
    </message>
    <message>
        <source>Document served</source>
        <translation>文书已送达</translation>
    </message>
    <message>
        <source>Error accountability recorded</source>
        <translation>已记录错案责任追究</translation>
    </message>
</context>
<context>
    <name>qf::ui::CasePropertyTab</name>
    <message>
        <source>&amp;Seize…</source>
        <translation>暂扣(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;al…</source>
        <translation>封存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>Ta&amp;ke custody…</source>
        <translation>保管(&amp;K)…</translation>
    </message>
    <message>
        <source>Ret&amp;urn…</source>
        <translation>退还(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Confiscate…</source>
        <translation>没收(&amp;C)…</translation>
    </message>
    <message>
        <source>Transfer to &amp;judicial organs…</source>
        <translation>随案移送司法机关(&amp;J)…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Seized by</source>
        <translation>暂扣人</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Second signer</source>
        <translation>第二签名人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>保管中</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>移交途中</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>Re&amp;gister item…</source>
        <translation>登记款物(&amp;G)…</translation>
    </message>
    <message>
        <source>%1: signed by you and a second person</source>
        <translation>%1：由您和第二人共同签字</translation>
    </message>
    <message>
        <source>History of the selected item</source>
        <translation>所选款物的处置记录</translation>
    </message>
    <message>
        <source>Reconciliation per category and currency</source>
        <translation>按类别和币种核对</translation>
    </message>
    <message>
        <source>under an approved measure</source>
        <translation>依据已批准的措施</translation>
    </message>
    <message>
        <source>%1 (under an approved measure)</source>
        <translation>%1（依据已批准的措施）</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>不符</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not yet disposed of (returned, confiscated or transferred to judicial organs). The case cannot be closed until every item is disposed of.</source>
        <translation>
            <numerusform>尚有 %n 件款物未处置完毕（退还、没收或随案移送司法机关）。全部款物处置完毕前，案件不能结案。</numerusform>
        </translation>
    </message>
    <message>
        <source>A total does not balance: registered differs from in custody + in transit + disposed.</source>
        <translation>合计不平衡：登记数不等于保管中、移交途中与已处置之和。</translation>
    </message>
    <message>
        <source>The custodian is you; the person handing it over confirms. Whoever seized the item cannot be its custodian.</source>
        <translation>由您担任保管人，移交人确认。暂扣该款物的人员不得担任其保管人。</translation>
    </message>
    <message>
        <source>An approver signs the disposal as the second person.</source>
        <translation>处置由审批人作为第二人签字。</translation>
    </message>
    <message>
        <source>Card %1: %2, %3 (%4).</source>
        <translation>卡片 %1：%2，%3（%4）。</translation>
    </message>
    <message>
        <source>%1 — valid %2 to %3</source>
        <translation>%1 — 有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>(no approved seizure measure in this case)</source>
        <translation>（本案没有已批准的暂扣措施）</translation>
    </message>
    <message>
        <source>(no approved sealing measure in this case)</source>
        <translation>（本案没有已批准的封存措施）</translation>
    </message>
    <message>
        <source>Approved &amp;measure:</source>
        <translation>已批准的措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>This step needs an approved measure of the case. Request it on the Measures tab first.</source>
        <translation>此环节须有本案已批准的措施。请先在“措施和谈话”页申请。</translation>
    </message>
    <message>
        <source>approved list</source>
        <translation>已签发的清单</translation>
    </message>
    <message>
        <source>not covered by a list</source>
        <translation>无清单涵盖</translation>
    </message>
    <message>
        <source>No list takes this item yet. The step is recorded as not covered; draft and approve the list in the documents area to cover it.</source>
        <translation>尚无清单列入该款物。本环节将登记为无清单涵盖；请在文书区起草并签发清单予以涵盖。</translation>
    </message>
    <message>
        <source>The list that takes this item is still a draft: approve it first, or the step is refused.</source>
        <translation>列入该款物的清单仍是草稿：请先签发，否则本环节将被拒绝。</translation>
    </message>
    <message>
        <source>Covered by the approved list %1.</source>
        <translation>由已签发的清单 %1 涵盖。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message numerus="yes">
        <source>%n seizure, sealing or handover step(s) were taken without an approved list that takes the item. Draft and approve the list in the documents area.</source>
        <translation>
            <numerusform>有 %n 个暂扣、封存或移交环节办理时没有列入该款物的已签发清单。请在文书区起草并签发清单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Covering list:</source>
        <translation>涵盖清单：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseRecoveryTab</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Recovered on</source>
        <translation>追回日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Record recovered &amp;amount…</source>
        <translation>登记追回金额(&amp;A)…</translation>
    </message>
    <message>
        <source>Person or document</source>
        <translation>人员或证件</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Req&amp;uest exit control…</source>
        <translation>申请限制出境(&amp;U)…</translation>
    </message>
    <message>
        <source>Amounts recovered</source>
        <translation>追回金额</translation>
    </message>
    <message>
        <source>Exit controls for flight risk</source>
        <translation>防逃限制出境措施</translation>
    </message>
    <message>
        <source>Nothing recovered yet</source>
        <translation>尚无追回款项</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Record recovery</source>
        <translation>登记追回款项</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Recovered on:</source>
        <translation>追回日期：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Request exit control</source>
        <translation>申请限制出境</translation>
    </message>
    <message>
        <source>Person and travel documents:</source>
        <translation>人员及出入境证件：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Flight risk:</source>
        <translation>外逃风险：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseReviewTab</name>
    <message>
        <source>Maintained</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>申诉人</translation>
    </message>
    <message>
        <source>Lodged</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>首次申诉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <source>&amp;Add review record…</source>
        <translation>添加审理记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Lod&amp;ge appeal…</source>
        <translation>提出申诉(&amp;G)…</translation>
    </message>
    <message>
        <source>Decide a&amp;ppeal…</source>
        <translation>申诉复查决定(&amp;P)…</translation>
    </message>
    <message>
        <source>Review records</source>
        <translation>审理记录</translation>
    </message>
    <message>
        <source>Appeals (申诉)</source>
        <translation>申诉</translation>
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
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Add a review record</source>
        <translation>添加审理记录</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>The review report and hearings are written by the assigned reviewers; the defence statement by the team or the reviewers.</source>
        <translation>审理报告和听证记录由指派的审理人员填写；申辩由办案组或审理人员记录。</translation>
    </message>
    <message>
        <source>Lodge an appeal</source>
        <translation>提出申诉</translation>
    </message>
    <message>
        <source>Appellant:</source>
        <translation>申诉人：</translation>
    </message>
    <message>
        <source>Lodged on:</source>
        <translation>提出日期：</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>申诉理由：</translation>
    </message>
    <message numerus="yes">
        <source>A first appeal must be handled within %n day(s).</source>
        <translation>
            <numerusform>首次申诉须在 %n 天内办理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the appeal</source>
        <translation>作出申诉复查决定</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>复查结果：</translation>
    </message>
    <message>
        <source>Maintain the decision</source>
        <translation>维持原决定</translation>
    </message>
    <message>
        <source>Change the decision</source>
        <translation>变更原决定</translation>
    </message>
    <message>
        <source>Revoke the decision</source>
        <translation>撤销原决定</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>复查结论：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseSanctionsTab</name>
    <message>
        <source>Revoked on appeal</source>
        <translation>申诉复查撤销</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Changed on appeal</source>
        <translation>申诉复查变更</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1（%n年）</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定文号</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Affects promotion until</source>
        <translation>影响期至</translation>
    </message>
    <message>
        <source>Executing unit</source>
        <translation>执行单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>事实与性质</translation>
    </message>
    <message>
        <source>Record &amp;sanction…</source>
        <translation>登记处分(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Apply appeal outcome…</source>
        <translation>登记申诉复查结果(&amp;A)…</translation>
    </message>
    <message>
        <source>Pr&amp;int decision…</source>
        <translation>打印处分决定书(&amp;I)…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>执行事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应完成日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>Record execution feedbac&amp;k…</source>
        <translation>登记执行反馈(&amp;K)…</translation>
    </message>
    <message>
        <source>Print feed&amp;back form…</source>
        <translation>打印执行情况反馈表(&amp;B)…</translation>
    </message>
    <message>
        <source>Print reminder to the executing &amp;unit…</source>
        <translation>打印执行督促函(&amp;U)…</translation>
    </message>
    <message>
        <source>Sanctions and organizational measures</source>
        <translation>处分和组织处理</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>处分执行</translation>
    </message>
    <message>
        <source>Sanction decision</source>
        <translation>处分决定书</translation>
    </message>
    <message>
        <source>Execution feedback</source>
        <translation>处分执行情况反馈表</translation>
    </message>
    <message>
        <source>Execution reminder</source>
        <translation>处分执行督促函</translation>
    </message>
    <message>
        <source>Record sanction</source>
        <translation>登记处分</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Sanction:</source>
        <translation>处分：</translation>
    </message>
    <message>
        <source>Probation years:</source>
        <translation>察看年限：</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>决定文号：</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Cadre level at the time:</source>
        <translation>作出决定时的干部管理权限：</translation>
    </message>
    <message>
        <source>As recorded for the person</source>
        <translation>按人员登记信息</translation>
    </message>
    <message>
        <source>Executing unit:</source>
        <translation>执行单位：</translation>
    </message>
    <message>
        <source>The person&apos;s unit</source>
        <translation>被处分人所在单位</translation>
    </message>
    <message>
        <source>Facts and nature of the violation:</source>
        <translation>违纪事实和性质：</translation>
    </message>
    <message>
        <source>Apply appeal outcome</source>
        <translation>登记申诉复查结果</translation>
    </message>
    <message>
        <source>Appeal:</source>
        <translation>申诉：</translation>
    </message>
    <message>
        <source>%1, lodged %2</source>
        <translation>%1，%2提出</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>复查结果：</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Changed to:</source>
        <translation>变更为：</translation>
    </message>
    <message>
        <source>Re-examination decision number:</source>
        <translation>复查决定文号：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>复查日期：</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>复查意见：</translation>
    </message>
    <message>
        <source>The case has no open appeal. Lodge the appeal on the review tab first.</source>
        <translation>本案没有待处理的申诉。请先在审理与申诉页登记申诉。</translation>
    </message>
    <message>
        <source>A change or revocation needs the number of the re-examination decision.</source>
        <translation>变更或撤销处分须填写申诉复查决定文号。</translation>
    </message>
    <message>
        <source>Record execution</source>
        <translation>登记执行反馈</translation>
    </message>
    <message>
        <source>Carried out on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈情况：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseTeamTab</name>
    <message>
        <source>User name</source>
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
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>回避理由</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>决定意见</translation>
    </message>
    <message>
        <source>Request re&amp;cusal…</source>
        <translation>申请回避(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Grant recusal…</source>
        <translation>准予回避(&amp;G)…</translation>
    </message>
    <message>
        <source>Re&amp;ject recusal…</source>
        <translation>驳回回避申请(&amp;J)…</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>办案组</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>%1 was assigned, but the conflict check warns: %2</source>
        <translation>已指派 %1，但利害关系检查提示：%2</translation>
    </message>
    <message>
        <source>Request recusal</source>
        <translation>申请回避</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>回避理由：</translation>
    </message>
    <message>
        <source>Grant recusal</source>
        <translation>准予回避</translation>
    </message>
    <message>
        <source>Reject recusal</source>
        <translation>驳回回避申请</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>回避</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseTerms</name>
    <message>
        <source>Standing committee (常委会)</source>
        <translation>常委会</translation>
    </message>
    <message>
        <source>Case meeting (审查调查专题会)</source>
        <translation>审查调查专题会</translation>
    </message>
    <message>
        <source>Case review committee (案件审理委员会)</source>
        <translation>案件审理委员会</translation>
    </message>
    <message>
        <source>Office meeting (室务会)</source>
        <translation>室务会</translation>
    </message>
    <message>
        <source>Collective decision: %1</source>
        <translation>集体研究决定：%1</translation>
    </message>
    <message>
        <source>Team assigned (at least %1)</source>
        <translation>已指派办案组（至少 %1 人）</translation>
    </message>
    <message>
        <source>Reviewers assigned (at least %1)</source>
        <translation>已指派审理人员（至少 %1 人）</translation>
    </message>
    <message>
        <source>No open measure</source>
        <translation>无未结束的审查调查措施</translation>
    </message>
    <message>
        <source>Review record: %1</source>
        <translation>审理记录：%1</translation>
    </message>
    <message>
        <source>All property disposed of</source>
        <translation>涉案款物已全部处置</translation>
    </message>
    <message>
        <source>No first appeal pending</source>
        <translation>无待办结的首次申诉</translation>
    </message>
    <message>
        <source>Lead investigator</source>
        <translation>主办人</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>办案组成员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审理人员</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>审理报告</translation>
    </message>
    <message>
        <source>Hearing record</source>
        <translation>听证记录</translation>
    </message>
    <message>
        <source>Defence statement</source>
        <translation>申辩</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>已回避</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseTransfersTab</name>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>移送材料</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Feedback on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>Record tran&amp;sfer…</source>
        <translation>登记移送(&amp;S)…</translation>
    </message>
    <message>
        <source>Record feed&amp;back…</source>
        <translation>登记反馈(&amp;B)…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>协查单位</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>协查事项</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复情况</translation>
    </message>
    <message>
        <source>Send &amp;assistance request…</source>
        <translation>发出协查函(&amp;A)…</translation>
    </message>
    <message>
        <source>Record the ans&amp;wer…</source>
        <translation>登记回复(&amp;W)…</translation>
    </message>
    <message>
        <source>Pr&amp;int letter…</source>
        <translation>打印协查函(&amp;I)…</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>协查函</translation>
    </message>
    <message>
        <source>Assistance request letter</source>
        <translation>协查函</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>移入</translation>
    </message>
    <message>
        <source>Record transfer</source>
        <translation>登记移送</translation>
    </message>
    <message>
        <source>Sent by us (clear for a transfer received)</source>
        <translation>由本机关移出（接收移送时取消勾选）</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Kind of agency:</source>
        <translation>机关类别：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>机关：</translation>
    </message>
    <message>
        <source>Materials (one per line):</source>
        <translation>移送材料（每行一项）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Feedback expected</source>
        <translation>需要反馈</translation>
    </message>
    <message>
        <source>Feedback due:</source>
        <translation>反馈期限：</translation>
    </message>
    <message>
        <source>Record transfer feedback</source>
        <translation>登记移送反馈</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈情况：</translation>
    </message>
    <message>
        <source>Send assistance request</source>
        <translation>发出协查函</translation>
    </message>
    <message>
        <source>Kind of recipient:</source>
        <translation>协查单位类别：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>协查单位：</translation>
    </message>
    <message>
        <source>What is asked for:</source>
        <translation>协查事项：</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>发出日期：</translation>
    </message>
    <message>
        <source>Reply due:</source>
        <translation>回复期限：</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Replied on:</source>
        <translation>回复日期：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复情况：</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseWorkspace</name>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Team &amp;&amp; recusals</source>
        <translation>办案组和回避(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Measures &amp;&amp; talks</source>
        <translation>措施和谈话(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>集体研究决定(&amp;D)</translation>
    </message>
    <message>
        <source>Dead&amp;lines &amp;&amp; supervision</source>
        <translation>期限和督办(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;view &amp;&amp; appeals</source>
        <translation>审理和申诉(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>Case number %1</source>
        <translation>案件编号 %1</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Property ledger</source>
        <translation>涉案款物台账(&amp;P)</translation>
    </message>
    <message>
        <source>Coordi&amp;nation</source>
        <translation>协同与争议(&amp;N)</translation>
    </message>
    <message>
        <source>San&amp;ctions</source>
        <translation>处分(&amp;C)</translation>
    </message>
    <message>
        <source>Recover&amp;y &amp;&amp; exit control</source>
        <translation>追赃与防逃(&amp;Y)</translation>
    </message>
    <message>
        <source>E&amp;xternal transfers &amp;&amp; requests</source>
        <translation>移送与协查(&amp;X)</translation>
    </message>
    <message>
        <source>Print case f&amp;ile…</source>
        <translation>打印案件卷宗(&amp;I)…</translation>
    </message>
    <message>
        <source>Cover, contents, every approved document and the reference sheet as one PDF or print run with continuous page numbers.</source>
        <translation>卷宗封面、卷内目录、全部已签发文书和备考表，按连续页码输出为一个 PDF 或一次打印。</translation>
    </message>
</context>
<context>
    <name>qf::ui::CasesPage</name>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Open case from &amp;lead…</source>
        <translation>由问题线索立案(&amp;L)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>办理阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
</context>
<context>
    <name>qf::ui::CategoryDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
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
    <name>qf::ui::DecisionDialog</name>
    <message>
        <source>Record a collective decision</source>
        <translation>记录集体研究决定</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Opinion (verbatim)</source>
        <translation>意见（原话记录）</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>不同意见</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>移除成员(&amp;V)</translation>
    </message>
    <message>
        <source>Meeting &amp;type:</source>
        <translation>会议类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>召开日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>法定人数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>成员(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>结论(&amp;C)：</translation>
    </message>
    <message>
        <source>Items &amp;decided:</source>
        <translation>研究决定事项(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sign and record</source>
        <translation>签署并记录(&amp;S)</translation>
    </message>
    <message>
        <source>This decision supersedes the one of %1 (%2). The earlier one stays on record.</source>
        <translation>本决定取代 %1 的决定（%2）。原决定仍留存备查。</translation>
    </message>
    <message>
        <source>Supersede a collective decision</source>
        <translation>取代集体研究决定</translation>
    </message>
</context>
<context>
    <name>qf::ui::DocumentPrintPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
</context>
<context>
    <name>qf::ui::DocumentsPage</name>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Create from template</source>
        <translation>依据文书模板创建(&amp;C)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>签发(&amp;A)</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>新版本(&amp;V)</translation>
    </message>
    <message>
        <source>Mark &amp;served…</source>
        <translation>登记送达(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Numbering &amp;registry…</source>
        <translation>编号登记簿(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>份号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出方式</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Case or lead number, or UID</source>
        <translation>案件编号、线索编号或 UID</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>案件或线索(&amp;R)：</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>文书模板(&amp;T)</translation>
    </message>
    <message>
        <source>Documents of the record</source>
        <translation>该案件或线索的文书</translation>
    </message>
    <message>
        <source>&amp;Documents of the record</source>
        <translation>该案件或线索的文书(&amp;D)</translation>
    </message>
    <message>
        <source>Print &amp;log</source>
        <translation>打印登记(&amp;L)</translation>
    </message>
    <message>
        <source>Bound &amp;fields</source>
        <translation>绑定字段(&amp;F)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>Choose a case or lead…</source>
        <translation>选择案件或问题线索…</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>案件 %1 · %2</translation>
    </message>
    <message>
        <source>Lead %1 · %2</source>
        <translation>问题线索 %1 · %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>问题线索 %1：%2</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>(list rows)</source>
        <translation>（列表行数）</translation>
    </message>
    <message>
        <source>Draft of %1 for this record, not yet created. Required fields are in bold.</source>
        <translation>该案件或线索的%1草稿，尚未创建。必填字段以粗体显示。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>%1, version %2 (%3). Copy numbers are added when it is printed.</source>
        <translation>%1，第 %2 版（%3）。打印时加注份号。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>已包含</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Approve (签发) the draft: it takes its registry number and is frozen.</source>
        <translation>签发草稿：文书取得文号并定稿，此后不得修改。</translation>
    </message>
    <message>
        <source>Only approvers approve documents.</source>
        <translation>只有审批人才能签发文书。</translation>
    </message>
    <message>
        <source>Mark served</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>Served &amp;on:</source>
        <translation>送达日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收人(&amp;R)：</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Include protected identities</source>
        <translation>包含受保护身份(&amp;I)</translation>
    </message>
    <message>
        <source>Only users who may hold an identity grant can include protected identities.</source>
        <translation>只有可获得身份查阅授权的用户才能包含受保护身份。</translation>
    </message>
    <message>
        <source>Every copy is logged with its copy number, which is printed on it.</source>
        <translation>每一份均连同其份号记入打印登记，份号印在该份文书上。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Each copy in the PDF is logged like a printed copy.</source>
        <translation>PDF 中的每一份均与打印件一样记入打印登记。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print &amp;whole case file…</source>
        <translation>打印整本案件卷宗(&amp;W)…</translation>
    </message>
    <message>
        <source>Cover, contents, every approved document and the reference sheet as one run with continuous page numbers.</source>
        <translation>卷宗封面、卷内目录、全部已签发文书和备考表，按连续页码一次输出。</translation>
    </message>
    <message>
        <source>This case has no record that %1 can be made for yet.</source>
        <translation>本案尚无可据以制作%1的记录。</translation>
    </message>
    <message>
        <source>&amp;Made for:</source>
        <translation>制作依据(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose a case or lead, then a template or one of its documents: its pages appear here.</source>
        <translation>先选择案件或问题线索，再选择文书模板或其中的文书，页面即显示在此处。</translation>
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
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>qf::ui::EvidenceRecordDialog</name>
    <message>
        <source>Record evidence</source>
        <translation>登记证据</translation>
    </message>
    <message>
        <source>the person or unit it was obtained from</source>
        <translation>证据的提供人员或单位</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Space ticks the selected person; at least two collect together.</source>
        <translation>按空格键勾选所选人员；至少两人共同收集。</translation>
    </message>
    <message>
        <source>the alleged facts this evidence supports</source>
        <translation>该证据所证明的问题事实</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>证据类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>证据描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>证据来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Obtained &amp;from:</source>
        <translation>提供人员或单位(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Collected at:</source>
        <translation>收集时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>收集地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Co&amp;llected by:</source>
        <translation>收集人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Witness present:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <source>Facts s&amp;upported:</source>
        <translation>所证明事实(&amp;U)：</translation>
    </message>
    <message>
        <source>Tick at least two people of the case team who collected it.</source>
        <translation>请勾选至少两名参与收集的办案组成员。</translation>
    </message>
</context>
<context>
    <name>qf::ui::EvidenceTerms</name>
    <message>
        <source>Documentary evidence</source>
        <translation>书证</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>物证</translation>
    </message>
    <message>
        <source>Witness testimony</source>
        <translation>证人证言</translation>
    </message>
    <message>
        <source>Statement of the person investigated</source>
        <translation>被调查人陈述和辩解</translation>
    </message>
    <message>
        <source>Audio-visual material</source>
        <translation>视听资料</translation>
    </message>
    <message>
        <source>Electronic data</source>
        <translation>电子数据</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>Record of inspection and examination</source>
        <translation>勘验检查笔录</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>入库保管</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Transferred with the case</source>
        <translation>随案移送</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>有价证券</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>已暂扣</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>保管中</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>已没收</translation>
    </message>
    <message>
        <source>Transferred to judicial organs</source>
        <translation>已随案移送司法机关</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Seize</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Take custody</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Confiscate</source>
        <translation>没收</translation>
    </message>
    <message>
        <source>Transfer to judicial organs</source>
        <translation>随案移送司法机关</translation>
    </message>
</context>
<context>
    <name>qf::ui::ExportDestinationPage</name>
    <message>
        <source>Where to write it</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>The file appears under this name only when the archive is complete.</source>
        <translation>加密归档包全部写完后，文件才会以此名称出现。</translation>
    </message>
    <message>
        <source>Save archive</source>
        <translation>保存加密归档包</translation>
    </message>
    <message>
        <source>Qingfeng archives (*.qfa)</source>
        <translation>清风加密归档包 (*.qfa)</translation>
    </message>
    <message>
        <source>Choose where to write the archive.</source>
        <translation>请选择加密归档包的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; an archive never overwrites a file. Choose another name.</source>
        <translation>%1 已存在；加密归档包不会覆盖已有文件。请另选文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ExportProtectionPage</name>
    <message>
        <source>Protect with a &amp;passphrase</source>
        <translation>用口令保护(&amp;P)</translation>
    </message>
    <message>
        <source>Address it to trusted &amp;workstations</source>
        <translation>发给受信任的工作站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Include protected identities for which I hold an approved grant</source>
        <translation>包含我持有已批准身份查阅授权的受保护身份(&amp;I)</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>谁可以打开</translation>
    </message>
    <message>
        <source>Tell a passphrase to the recipient by another channel than the archive, or address the archive to workstations on this vault&apos;s trust list.</source>
        <translation>请通过加密归档包以外的渠道将口令告知接收方，或将加密归档包发给本数据库保险库信任列表中的工作站。</translation>
    </message>
    <message>
        <source>Recipient workstations</source>
        <translation>接收方工作站</translation>
    </message>
    <message>
        <source>Without this choice, or without a grant, protected identities stay in this vault; the archive says how many were withheld.</source>
        <translation>未勾选此项或没有授权时，受保护身份留在本数据库保险库中；加密归档包会注明扣留的数量。</translation>
    </message>
    <message>
        <source>Tick at least one recipient workstation.</source>
        <translation>请至少勾选一个接收方工作站。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ExportRunPage</name>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Archive id:</source>
        <translation>加密归档包编号：</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>正在写入加密归档包…</translation>
    </message>
    <message>
        <source>Archive written</source>
        <translation>加密归档包已写入</translation>
    </message>
    <message>
        <source>No archive was written</source>
        <translation>未写入加密归档包</translation>
    </message>
</context>
<context>
    <name>qf::ui::ExportScopePage</name>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>A case travels with everything attached to it: its lead, subjects, evidence, attachments, decisions and the rest.</source>
        <translation>案件连同其全部关联内容一并导出：问题线索、被调查人、证据、附件、决定等。</translation>
    </message>
    <message>
        <source>One &amp;case</source>
        <translation>一个案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Several cases</source>
        <translation>多个案件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>问题线索(&amp;L)</translation>
    </message>
    <message>
        <source>The &amp;whole vault</source>
        <translation>整个数据库保险库(&amp;W)</translation>
    </message>
    <message>
        <source>Cases or leads to export</source>
        <translation>要导出的案件或问题线索</translation>
    </message>
    <message>
        <source>Tick exactly one case.</source>
        <translation>请只勾选一个案件。</translation>
    </message>
    <message>
        <source>Tick at least one case or lead.</source>
        <translation>请至少勾选一个案件或问题线索。</translation>
    </message>
    <message>
        <source>Number or title contains…</source>
        <translation>编号或标题包含…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 of %2 shown, %3 ticked</source>
        <translation>显示 %1 / %2 项，已勾选 %3 项</translation>
    </message>
</context>
<context>
    <name>qf::ui::ExportWizard</name>
    <message>
        <source>Export an archive</source>
        <translation>导出加密归档包</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The export stopped without a result.</source>
        <translation>导出中止，没有结果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The archive was written and signed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 records, %3 attachments, %4.&lt;br&gt;Signed by this workstation: %5</source>
        <translation>&lt;b&gt;加密归档包已写入并签名。&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 条记录，%3 个附件，%4。&lt;br&gt;本工作站签名：%5</translation>
    </message>
    <message numerus="yes">
        <source>%n protected identities were withheld.</source>
        <translation>
            <numerusform>扣留了 %n 个受保护身份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected identities are included.</source>
        <translation>
            <numerusform>包含 %n 个受保护身份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::FileCaseDialog</name>
    <message>
        <source>Open a case from a lead</source>
        <translation>由问题线索立案</translation>
    </message>
    <message>
        <source>lead number, or its uid</source>
        <translation>线索编号或其 UID</translation>
    </message>
    <message>
        <source>empty: named after the first subject</source>
        <translation>留空：以第一名被反映人命名</translation>
    </message>
    <message>
        <source>Leads that carry a 立案审查 disposition or an approved preliminary verification can be filed as a case. The case number comes from the numbering registry.</source>
        <translation>具有“立案审查”处置决定或经批准的初步核实的问题线索可以立案。案件编号由编号登记簿生成。</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>问题线索(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Eligible leads:</source>
        <translation>可立案的线索(&amp;E)：</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>案件名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>立案(&amp;O)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Choose the lead to open the case from.</source>
        <translation>请选择据以立案的问题线索。</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormDialog</name>
    <message>
        <source>Fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>qf::ui::GeneralSettingsTab</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of menus, messages and the manual. The window switches as soon as you press OK; printed forms are always in Chinese.</source>
        <translation>菜单、提示信息和用户手册使用的语言。按“确定”后窗口立即切换；打印的文书始终为中文。</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>空闲锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the workbench locks and wipes the key from memory; your password unlocks it. Ctrl+L locks at once.</source>
        <translation>键盘和鼠标无操作达到这一时长后，工作台自动锁定并从内存中清除密钥；用您的密码解锁。Ctrl+L 立即锁定。</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>剪贴板清除(&amp;C)：</translation>
    </message>
    <message>
        <source>A protected value you copy (such as a reporter&apos;s identity) is removed from the clipboard after this many seconds, unless something else was copied meanwhile.</source>
        <translation>复制的受保护内容（如举报人身份）在这么多秒后从剪贴板清除；其间若复制了其他内容则不清除。</translation>
    </message>
</context>
<context>
    <name>qf::ui::HelpMenu</name>
    <message>
        <source>User manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>The user manual is not installed. It comes with the qingfeng package in /usr/share/qingfeng/manual.</source>
        <translation>用户手册未安装。它随 qingfeng 软件包安装在 /usr/share/qingfeng/manual。</translation>
    </message>
    <message>
        <source>No web browser could open the manual. Open this file in any browser: %1</source>
        <translation>没有浏览器能打开用户手册。请用任一浏览器打开此文件：%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Qingfeng</source>
        <translation>关于清风(&amp;A)</translation>
    </message>
</context>
<context>
    <name>qf::ui::IdentityGrantsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>不予批准(&amp;F)</translation>
    </message>
    <message>
        <source>Identity access requests</source>
        <translation>身份查阅申请</translation>
    </message>
    <message>
        <source>Each request asks to see one protected reporter or witness. An approved grant is valid for the days you set, and every view under it is recorded.</source>
        <translation>每项申请针对一名受保护的举报人或证人。经批准的身份查阅授权在您设定的天数内有效，据此进行的每次查阅均予以记录。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Note for the record</source>
        <translation>备注（记录在案）</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>No request is waiting for a decision.</source>
        <translation>没有待决定的申请。</translation>
    </message>
    <message numerus="yes">
        <source>Approved for %n day(s).</source>
        <translation>
            <numerusform>已批准，有效期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the request is refused.</source>
        <translation>请说明不予批准的理由。</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>已不予批准该申请。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportConfirmPage</name>
    <message>
        <source>&amp;Reason for accepting it:</source>
        <translation>接受理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The import is one transaction: all of it, or nothing. Records already here are left alone, and a local record that differs is never overwritten.</source>
        <translation>导入作为一个事务执行：要么全部导入，要么全不导入。已有记录保持不变，内容不同的本地记录绝不覆盖。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Archive %1 from %2, signed by %3.&lt;br&gt;%4 records and %5 attachments will be imported.</source>
        <translation>加密归档包 %1 来自 %2，签名者 %3。&lt;br&gt;将导入 %4 条记录和 %5 个附件。</translation>
    </message>
    <message>
        <source>Its signer is not on the trust list. Import it only if you have confirmed the fingerprint with the sender; your reason goes into the audit trail.</source>
        <translation>其签名者不在信任列表中。只有在已与发送方核对指纹后才可导入；您的理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Give the reason for accepting an untrusted signer.</source>
        <translation>请说明接受不受信任签名者的理由。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportFilePage</name>
    <message>
        <source>Which archive</source>
        <translation>选择加密归档包</translation>
    </message>
    <message>
        <source>Nothing is imported before the whole archive has been verified.</source>
        <translation>整个加密归档包校验通过之前，不会导入任何内容。</translation>
    </message>
    <message>
        <source>Leave empty for an archive addressed to this workstation</source>
        <translation>发给本工作站的加密归档包无需填写</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>打开加密归档包</translation>
    </message>
    <message>
        <source>Qingfeng archives (*.qfa);;All files (*)</source>
        <translation>清风加密归档包 (*.qfa);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the archive file.</source>
        <translation>请选择加密归档包文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>唯一标识</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Conflict report: local records kept as they are</source>
        <translation>冲突报告：本地记录保持原样</translation>
    </message>
    <message>
        <source>Verifying again and importing in one transaction…</source>
        <translation>正在再次校验并在一个事务中导入…</translation>
    </message>
    <message>
        <source>Archive imported</source>
        <translation>加密归档包已导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Archive %1 imported.&lt;/b&gt;&lt;br&gt;%2 records added, %3 already here and unchanged, %4 conflicts.</source>
        <translation>&lt;b&gt;加密归档包 %1 已导入。&lt;/b&gt;&lt;br&gt;新增 %2 条记录，%3 条已存在且未变，冲突 %4 条。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportVerifyPage</name>
    <message>
        <source>&amp;Cancel verification</source>
        <translation>取消校验(&amp;C)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>The signature, the key, every frame, every entry&apos;s hash and the counts are checked.</source>
        <translation>将校验签名、密钥、每个数据帧、每个条目的哈希值以及数量。</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>正在校验加密归档包…</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportWizard</name>
    <message>
        <source>Import an archive</source>
        <translation>导入加密归档包</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt; Go on to import it.</source>
        <translation>&lt;b&gt;校验通过。&lt;/b&gt;可以继续导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signer is not trusted.&lt;/b&gt; As an administrator you may still import it, with a reason.</source>
        <translation>&lt;b&gt;签名者不受信任。&lt;/b&gt;您作为系统管理员仍可说明理由后导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signer is not trusted.&lt;/b&gt; Ask an administrator to add the sender&apos;s key to the trust list, or to import the archive.</source>
        <translation>&lt;b&gt;签名者不受信任。&lt;/b&gt;请系统管理员将发送方的密钥加入信任列表，或由系统管理员导入该加密归档包。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This archive cannot be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;该加密归档包无法导入。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation>导入中止，没有结果。</translation>
    </message>
</context>
<context>
    <name>qf::ui::IntakeCountersPanel</name>
    <message>
        <source>Reports and leads</source>
        <translation>信访举报和问题线索</translation>
    </message>
    <message>
        <source>New reports, not yet screened:</source>
        <translation>尚未甄别的新信访举报件：</translation>
    </message>
    <message>
        <source>Leads due for review:</source>
        <translation>到期待排查的问题线索：</translation>
    </message>
    <message>
        <source>Held leads due again:</source>
        <translation>暂存待查到期的问题线索：</translation>
    </message>
    <message>
        <source>Transfers with overdue feedback:</source>
        <translation>反馈逾期的移送：</translation>
    </message>
    <message>
        <source>Overdue follow-ups:</source>
        <translation>逾期的跟进任务：</translation>
    </message>
</context>
<context>
    <name>qf::ui::IntegrityFilesTab</name>
    <message>
        <source>Report</source>
        <translation>信访举报件</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Organizational measure</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>干部管理权限</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房产</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation>亲属移居国（境）外情况</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>因私出入境证件</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>建立档案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Personal-matters report…</source>
        <translation>个人有关事项报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Raise an &amp;anomaly…</source>
        <translation>登记异常情况(&amp;A)…</translation>
    </message>
    <message>
        <source>Turn into a &amp;lead</source>
        <translation>登记为问题线索(&amp;L)</translation>
    </message>
    <message>
        <source>Search by name, unit or ID number</source>
        <translation>按姓名、单位或身份证号码查找</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Personal-matters reports</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常情况</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 %3: %n report(s) received</source>
        <translation>
            <numerusform>%1，%2%3：收到信访举报%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an integrity file</source>
        <translation>建立廉政档案</translation>
    </message>
    <message>
        <source>Personal-matters report</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>Declared yearly income (yuan)</source>
        <translation>申报年收入（元）</translation>
    </message>
    <message>
        <source>Raise an anomaly</source>
        <translation>登记异常情况</translation>
    </message>
    <message>
        <source>What does not fit</source>
        <translation>不符之处</translation>
    </message>
</context>
<context>
    <name>qf::ui::IntegrityOpinionsTab</name>
    <message>
        <source>Confirmed by %1</source>
        <translation>%1已确认</translation>
    </message>
    <message>
        <source>Amended by %1: %2</source>
        <translation>%1已修改：%2</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Requesting unit</source>
        <translation>征求单位</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>来函</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Reply number</source>
        <translation>回复文号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit and position</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>Proposed post</source>
        <translation>拟任职务</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Printed conclusion</source>
        <translation>打印结论</translation>
    </message>
    <message>
        <source>&amp;Decide match…</source>
        <translation>确认人员(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>修改(&amp;M)…</translation>
    </message>
    <message>
        <source>Work out &amp;again</source>
        <translation>重新生成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export reply PDF…</source>
        <translation>导出回复函PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新建征询(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Decide the match first</source>
        <translation>请先确认人员</translation>
    </message>
    <message>
        <source>New integrity opinion request</source>
        <translation>新建廉政意见征询</translation>
    </message>
    <message>
        <source>Import an integrity opinion request</source>
        <translation>导入廉政意见征询</translation>
    </message>
    <message>
        <source>Request title or number</source>
        <translation>来函标题或文号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Current position</source>
        <translation>现任职务</translation>
    </message>
    <message>
        <source>One row per person; empty rows are left out. The ID number may be left empty.</source>
        <translation>每人一行，空行不计。身份证号码可不填。</translation>
    </message>
    <message>
        <source>The file is checked as a whole: if any line is wrong, nothing is imported and every wrong line is listed.</source>
        <translation>文件整体校验：任何一行有误都不导入，并逐行列出错误。</translation>
    </message>
    <message>
        <source>Import a request list</source>
        <translation>导入征询名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取%1。</translation>
    </message>
    <message>
        <source>%1, %2 %3, ID %4</source>
        <translation>%1，%2%3，身份证号码%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>None of them: nobody on record</source>
        <translation>均不是：无记录</translation>
    </message>
    <message>
        <source>Decide who %1 is</source>
        <translation>确认%1是哪一位</translation>
    </message>
    <message>
        <source>People on record with the same name and unit:</source>
        <translation>同名同单位的在册人员：</translation>
    </message>
    <message>
        <source>Amend the conclusion for %1</source>
        <translation>修改%1的结论</translation>
    </message>
    <message>
        <source>Printed wording</source>
        <translation>打印措辞</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Export the reply</source>
        <translation>导出回复函</translation>
    </message>
    <message>
        <source>integrity-opinion-reply.pdf</source>
        <translation>廉政意见回复函.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qf::ui::IntegrityPage</name>
    <message>
        <source>Integrity &amp;opinions</source>
        <translation>廉政意见回复(&amp;O)</translation>
    </message>
    <message>
        <source>Integrity &amp;files</source>
        <translation>廉政档案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recommendation letters</source>
        <translation>纪律检查建议书(&amp;R)</translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadDecisionDialog</name>
    <message>
        <source>&amp;Add task</source>
        <translation>添加任务(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve task</source>
        <translation>移除任务(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>记录处置决定(&amp;R)</translation>
    </message>
    <message>
        <source>Decide on lead %1</source>
        <translation>处置问题线索 %1</translation>
    </message>
    <message>
        <source>A single approved disposition of lead %1, outside a collective review.</source>
        <translation>在集体排查之外，经审批对问题线索 %1 单独作出处置。</translation>
    </message>
    <message>
        <source>Required: why this disposition.</source>
        <translation>必填：作出该处置的理由。</translation>
    </message>
    <message>
        <source>A follow-up task, then Enter</source>
        <translation>输入后续跟进任务后按 Enter</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>后续跟进任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter)</source>
        <translation>记录处置决定（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>处置方式(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Next review on:</source>
        <translation>下次排查日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;task:</source>
        <translation>后续跟进任务(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadDetailDialog</name>
    <message>
        <source>Lead</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>干部管理权限</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
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
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>办理经过(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation>被反映人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>信访举报件(&amp;R)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记问题线索</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>作出处置决定</translation>
    </message>
    <message>
        <source>Staff assigned</source>
        <translation>分配办理人员</translation>
    </message>
    <message>
        <source>Viewed (confidential)</source>
        <translation>查阅（涉密）</translation>
    </message>
    <message>
        <source>Report registered</source>
        <translation>登记信访举报件</translation>
    </message>
    <message>
        <source>Report screened</source>
        <translation>甄别信访举报件</translation>
    </message>
    <message>
        <source>Collective review</source>
        <translation>集体排查</translation>
    </message>
    <message>
        <source>Transfer feedback</source>
        <translation>移送反馈</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>完成跟进任务</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>问题线索 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Source: %1    Allegation: %2    Sector: %3</source>
        <translation>来源：%1    问题类别：%2    所属领域：%3</translation>
    </message>
    <message>
        <source>Jurisdiction: %1    Confidentiality: %2</source>
        <translation>管辖：%1    密级：%2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>; next review %1</source>
        <translation>；下次排查 %1</translation>
    </message>
    <message>
        <source>Current disposition: %1</source>
        <translation>当前处置方式：%1</translation>
    </message>
    <message>
        <source>No report is linked to this lead.</source>
        <translation>本问题线索未关联信访举报件。</translation>
    </message>
    <message>
        <source>Assi&amp;gn staff…</source>
        <translation>分配办理人员(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>处置(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <source>Record f&amp;eedback…</source>
        <translation>登记反馈(&amp;E)…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>后续跟进任务</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>接收机关</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>收到反馈</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Mark the selected follow-up task done</source>
        <translation>将所选后续跟进任务标记为完成</translation>
    </message>
    <message>
        <source>Record the feedback received for the selected transfer</source>
        <translation>登记所选移交收到的反馈</translation>
    </message>
    <message>
        <source>&amp;Follow-up tasks</source>
        <translation>后续跟进任务(&amp;F)</translation>
    </message>
    <message>
        <source>Tra&amp;nsfers</source>
        <translation>移交(&amp;N)</translation>
    </message>
    <message>
        <source>No open follow-up task.</source>
        <translation>没有未完成的后续跟进任务。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>The lead has not been transferred.</source>
        <translation>该问题线索尚未移交。</translation>
    </message>
    <message>
        <source>Assign staff</source>
        <translation>分配办理人员</translation>
    </message>
    <message>
        <source>Assign staff to lead %1</source>
        <translation>为问题线索 %1 分配办理人员</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>办理人员(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The staff member may then see the lead even when it is confidential.</source>
        <translation>分配后，即使该问题线索定有密级，该办理人员也可以查看。</translation>
    </message>
    <message>
        <source>Choose a staff member.</source>
        <translation>请选择办理人员。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Feedback from %1</source>
        <translation>%1 的反馈</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>反馈内容(&amp;N)：</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>登记反馈</translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadFilterBar</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject name or ID number</source>
        <translation>被反映人姓名或身份证号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation>登记日期(&amp;G)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅显示逾期(&amp;V)</translation>
    </message>
    <message>
        <source>Search the summaries (Ctrl+F)</source>
        <translation>搜索摘要（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>登记日期起</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>登记日期止</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadRegisterDialog</name>
    <message>
        <source>Add su&amp;bject</source>
        <translation>添加被反映人(&amp;B)</translation>
    </message>
    <message>
        <source>Remo&amp;ve subject</source>
        <translation>移除被反映人(&amp;V)</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>查找(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Register lead</source>
        <translation>登记问题线索</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>What the lead alleges.</source>
        <translation>问题线索反映的问题。</translation>
    </message>
    <message>
        <source>Optional: the case number, then Enter</source>
        <translation>选填：输入案件编号后按 Enter</translation>
    </message>
    <message>
        <source>Not linked to a case.</source>
        <translation>未关联案件。</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>办理人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Register the lead (Ctrl+Enter)</source>
        <translation>登记问题线索（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>线索来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Allegation:</source>
        <translation>问题类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>所属领域(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction (cadre level):</source>
        <translation>管辖（干部管理权限）(&amp;J)：</translation>
    </message>
    <message>
        <source>Confidential&amp;ity:</source>
        <translation>密级(&amp;I)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>Found while handling &amp;case:</source>
        <translation>办案中发现，所在案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Assigned sta&amp;ff:</source>
        <translation>办理人员(&amp;F)：</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Tab moves between cells; Ctrl+N adds a row, Ctrl+Delete removes it.</source>
        <translation>按 Tab 键在单元格间移动；Ctrl+N 添加一行，Ctrl+Delete 删除该行。</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>No case %1 that you may see: %2</source>
        <translation>没有您可查看的案件 %1：%2</translation>
    </message>
    <message>
        <source>Found in case %1 — %2</source>
        <translation>发现于案件 %1 — %2</translation>
    </message>
    <message>
        <source>The case number was not found; correct it or clear it.</source>
        <translation>未找到该案件编号，请更正或清空。</translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadTableModel</name>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>处置方式：%1</translation>
    </message>
    <message>
        <source>The next review date has passed.</source>
        <translation>下次排查日期已过。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次排查</translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadsPage</name>
    <message>
        <source>&amp;Open lead</source>
        <translation>打开线索(&amp;O)</translation>
    </message>
    <message>
        <source>Collective re&amp;view…</source>
        <translation>集体排查(&amp;V)…</translation>
    </message>
    <message>
        <source>Lead library</source>
        <translation>问题线索库</translation>
    </message>
    <message>
        <source>Open the selected lead (Enter)</source>
        <translation>打开所选线索（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 条问题线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) shown; scroll for more</source>
        <translation>
            <numerusform>显示 %n 条问题线索中的 %1 条；滚动可查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条问题线索</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register lead…</source>
        <translation>登记问题线索(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a lead directly, not from a report (Ctrl+N)</source>
        <translation>直接登记问题线索，不经信访举报件（Ctrl+N）</translation>
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
    <message>
        <source>Approvals</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>干部队伍名册</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>加密归档包(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export an archive…</source>
        <translation>导出加密归档包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import an archive…</source>
        <translation>导入加密归档包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Verify or inspect an archive…</source>
        <translation>校验或查看加密归档包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警提醒</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>廉政监督</translation>
    </message>
</context>
<context>
    <name>qf::ui::MeasureValidityDialog</name>
    <message>
        <source>Approve the measure</source>
        <translation>批准该措施</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期起(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>The validity must end after it starts.</source>
        <translation>有效期的截止时间须晚于起始时间。</translation>
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
    <name>qf::ui::NumberingRegistryDialog</name>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Numbering registry</source>
        <translation>编号登记簿</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issued for</source>
        <translation>对应记录</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>取号人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Void the selected number (approvers). A voided number is never issued again.</source>
        <translation>作废所选编号（限审批人）。已作废的编号不再发放。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Why is this number voided? It will never be issued again.</source>
        <translation>请说明作废该编号的理由。作废后该编号不再发放。</translation>
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
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
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
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>qf::ui::PendingMeasuresPanel</name>
    <message>
        <source>Approve &amp;measure…</source>
        <translation>批准措施(&amp;M)…</translation>
    </message>
    <message>
        <source>Refuse m&amp;easure…</source>
        <translation>不予批准措施(&amp;E)…</translation>
    </message>
    <message>
        <source>Open &amp;its case</source>
        <translation>打开所属案件(&amp;I)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>审查调查措施</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Approve the measure</source>
        <translation>批准该措施</translation>
    </message>
    <message>
        <source>Refuse the measure — %1</source>
        <translation>不予批准该措施 — %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Refuse the measure</source>
        <translation>不予批准该措施</translation>
    </message>
</context>
<context>
    <name>qf::ui::PrinterSetup</name>
    <message>
        <source>Stand-in fonts: the official fonts are not installed on this computer, so the printout uses substitutes.</source>
        <translation>替代字体：本计算机未安装规范字体，打印件使用替代字体。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Documents can still be exported as PDF.</source>
        <translation>本机没有安装打印机。文书仍可导出为 PDF。</translation>
    </message>
    <message>
        <source>The printer %1 is not available on this computer.</source>
        <translation>本机无法使用打印机 %1。</translation>
    </message>
    <message>
        <source>The printer %1 offers A4 paper: official documents print at their exact size.</source>
        <translation>打印机 %1 提供 A4 纸：文书按准确尺寸打印。</translation>
    </message>
    <message>
        <source>The printer %1 offers no A4 paper. Official documents would not print at their exact size; choose another printer or load A4 paper in its settings.</source>
        <translation>打印机 %1 不提供 A4 纸，文书无法按准确尺寸打印；请选择其他打印机，或在其设置中装入 A4 纸。</translation>
    </message>
    <message>
        <source>Paper check</source>
        <translation>纸张检查</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>仍然打印吗？</translation>
    </message>
</context>
<context>
    <name>qf::ui::PrintingSettingsTab</name>
    <message>
        <source>Warn when A4 is not offered</source>
        <translation>不提供 A4 纸时提醒</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1（当前不可用）</translation>
    </message>
    <message>
        <source>Check &amp;paper now</source>
        <translation>立即检查纸张(&amp;P)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>字体角色</translation>
    </message>
    <message>
        <source>Font used</source>
        <translation>实际字体</translation>
    </message>
    <message>
        <source>Official font?</source>
        <translation>是否正式字体</translation>
    </message>
    <message>
        <source>Default &amp;printer:</source>
        <translation>默认打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>Documents are sent to this printer unless you choose another in the print dialog.</source>
        <translation>文书发送到这台打印机，除非在打印对话框中另选。</translation>
    </message>
    <message>
        <source>Paper check:</source>
        <translation>纸张检查：</translation>
    </message>
    <message>
        <source>Official documents are laid out for A4 (GB/T 9704). Before printing, warn when the printer offers no A4 paper.</source>
        <translation>文书按 A4（GB/T 9704）排版。打印前若打印机不提供 A4 纸则提醒。</translation>
    </message>
    <message>
        <source>Fonts for official documents</source>
        <translation>文书字体</translation>
    </message>
    <message>
        <source>Each role is played by the official font when it is installed; otherwise a stand-in from Debian is used and print preview says so. Install the official fonts to print with them.</source>
        <translation>已安装正式字体时，各字体角色使用正式字体；否则使用 Debian 提供的替代字体，打印预览会注明。安装正式字体后即按正式字体打印。</translation>
    </message>
    <message>
        <source>XiaoBiaoSong: titles and the organ mark</source>
        <translation>小标宋：标题和发文机关标志</translation>
    </message>
    <message>
        <source>FangSong: body text</source>
        <translation>仿宋：正文</translation>
    </message>
    <message>
        <source>KaiTi: second-level headings</source>
        <translation>楷体：二级标题</translation>
    </message>
    <message>
        <source>HeiTi: first-level headings, confidentiality mark</source>
        <translation>黑体：一级标题、密级</translation>
    </message>
    <message>
        <source>SongTi: page numbers</source>
        <translation>宋体：页码</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>正式字体</translation>
    </message>
    <message>
        <source>Stand-in</source>
        <translation>替代字体</translation>
    </message>
</context>
<context>
    <name>qf::ui::PropertyItemDialog</name>
    <message>
        <source>Register an item</source>
        <translation>登记涉案款物</translation>
    </message>
    <message>
        <source>One card per item: describe it as found. For cash and cards give the face value and the number of pieces; the amount is then computed when left empty.</source>
        <translation>每件款物一张卡片：按查获时的状况描述。现金和银行卡请填写面值和张数；金额留空时将自动计算。</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>例如：100.00</translation>
    </message>
    <message>
        <source>computed from face value × pieces when empty</source>
        <translation>留空时按面值 × 数量计算</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Features (特征):</source>
        <translation>特征(&amp;F)：</translation>
    </message>
    <message>
        <source>Serial &amp;number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>Face &amp;value:</source>
        <translation>面值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Pieces:</source>
        <translation>数量(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>币种(&amp;Y)：</translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation>请描述该款物。</translation>
    </message>
    <message>
        <source>Give the currency.</source>
        <translation>请填写币种。</translation>
    </message>
    <message>
        <source>The face value: %1</source>
        <translation>面值：%1</translation>
    </message>
    <message>
        <source>The amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Give the amount, or the face value and the number of pieces.</source>
        <translation>请填写金额，或填写面值和数量。</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecommendationLettersTab</name>
    <message>
        <source>Only &amp;overdue replies</source>
        <translation>仅显示逾期未反馈(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New letter…</source>
        <translation>新建建议书(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>登记整改反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Typical-case &amp;analysis…</source>
        <translation>典型案例剖析(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>整改反馈</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>%1已收到</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>New recommendation letter</source>
        <translation>新建纪律检查建议书</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Addressed to (empty: the subject&apos;s unit)</source>
        <translation>主送单位（不填则为被调查人所在单位）</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recommended measures</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>建议书日期</translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>%1 is not a case number.</source>
        <translation>%1不是案件编号。</translation>
    </message>
    <message>
        <source>Rectification feedback</source>
        <translation>整改反馈</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>What the unit reported</source>
        <translation>单位反馈的整改情况</translation>
    </message>
    <message>
        <source>Typical-case analysis</source>
        <translation>典型案例剖析</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>剖析</translation>
    </message>
    <message>
        <source>Export the recommendation letter</source>
        <translation>导出纪律检查建议书</translation>
    </message>
    <message>
        <source>recommendation-letter.pdf</source>
        <translation>纪律检查建议书.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecordListDialog</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 of the %2 records counted are listed (the rest are beyond the list&apos;s limit or confidential). Press Enter or double-click to open one.</source>
        <translation>共统计 %2 条，列出其中 %1 条（其余超出列表上限或属涉密记录）。按回车键或双击打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>共 %n 条记录。按回车键或双击打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>qf::ui::RecordOpener</name>
    <message>
        <source>Open report</source>
        <translation>打开信访举报件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>信访举报件</translation>
    </message>
    <message>
        <source>Received %1 by %2.
About: %3
Screening: %4

%5</source>
        <translation>%1 经%2受理。
被反映人：%3
筛查结果：%4

%5</translation>
    </message>
    <message>
        <source>Integrity opinion request</source>
        <translation>廉政意见征求</translation>
    </message>
    <message>
        <source>Open integrity opinion request</source>
        <translation>打开廉政意见征求</translation>
    </message>
    <message>
        <source>The request is not among the requests you can see.</source>
        <translation>您可查看的征求中没有这一件。</translation>
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
    <name>qf::ui::ReportIntakeDialog</name>
    <message>
        <source>&amp;Real-name report</source>
        <translation>实名举报(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add subject</source>
        <translation>添加被反映人(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve subject</source>
        <translation>移除被反映人(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Register report</source>
        <translation>登记信访举报件</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>What the report alleges, in the reporter&apos;s terms.</source>
        <translation>反映的问题，按举报人原话记录。</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+Enter)</source>
        <translation>保存信访举报件（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>来源渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>收到日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Reporter (protected: stored apart and masked)</source>
        <translation>举报人（受保护：单独存储并作遮蔽处理）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Tab moves between cells; Ctrl+N adds a row, Ctrl+Delete removes it.</source>
        <translation>按 Tab 键在单元格间移动；Ctrl+N 添加一行，Ctrl+Delete 删除该行。</translation>
    </message>
    <message>
        <source>A&amp;llegations:</source>
        <translation>问题类别(&amp;L)：</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>所属领域(&amp;T)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>按 Ctrl+Enter 保存。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReportTableModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>甄别情况</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReporterIdentityPanel</name>
    <message>
        <source>Reporter (protected)</source>
        <translation>举报人（受保护）</translation>
    </message>
    <message>
        <source>Re&amp;quest access…</source>
        <translation>申请查阅(&amp;Q)…</translation>
    </message>
    <message>
        <source>Sho&amp;w identity</source>
        <translation>显示身份(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a report to see its reporter.</source>
        <translation>请选择一件信访举报件以查看其举报人。</translation>
    </message>
    <message>
        <source>No reporter details were recorded.</source>
        <translation>未记录举报人信息。</translation>
    </message>
    <message>
        <source>Anonymous report.</source>
        <translation>匿名举报。</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>证人 %1</translation>
    </message>
    <message>
        <source>Reporter %1</source>
        <translation>举报人 %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Work unit: %1</source>
        <translation>工作单位：%1</translation>
    </message>
    <message>
        <source>Shown under your approved grant. This view has been recorded in the audit trail.</source>
        <translation>依据您已获批准的身份查阅授权显示。本次查阅已记入审计日志。</translation>
    </message>
    <message>
        <source>Request access to an identity</source>
        <translation>申请查阅身份信息</translation>
    </message>
    <message>
        <source>Why do you need to see this reporter&apos;s identity? An approver decides; the request is recorded.</source>
        <translation>您为何需要查阅该举报人的身份信息？由审批人决定；本申请将予以记录。</translation>
    </message>
    <message>
        <source>Your request has been sent to an approver. Once approved, use Show identity.</source>
        <translation>您的申请已发送给审批人。获批准后，请使用“显示身份”。</translation>
    </message>
    <message>
        <source>You cannot see this identity: you hold no approved, unexpired grant for it. Use Request access… and wait for an approver.</source>
        <translation>您无法查阅该身份信息：您没有针对该身份的有效身份查阅授权。请使用“申请查阅…”并等待审批人审批。</translation>
    </message>
    <message>
        <source>Record re&amp;ward…</source>
        <translation>登记举报奖励(&amp;W)…</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>owed</source>
        <translation>应发放</translation>
    </message>
    <message>
        <source>Reporter reward</source>
        <translation>举报奖励</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reward: %1 (%2)</source>
        <translation>举报奖励：%1（%2）</translation>
    </message>
    <message>
        <source>You hold no approved grant for this identity yet: use Request access… first.</source>
        <translation>您尚无针对该身份的已批准身份查阅授权：请先使用“申请查阅…”。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReportsPage</name>
    <message>
        <source>Recei&amp;ved</source>
        <translation>收到日期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Register report…</source>
        <translation>登记信访举报件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Screen…</source>
        <translation>甄别(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Identity requests…</source>
        <translation>身份查阅申请(&amp;I)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>信访举报</translation>
    </message>
    <message>
        <source>Any screening</source>
        <translation>全部甄别状态</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部来源渠道</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收到日期起</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>收到日期止</translation>
    </message>
    <message>
        <source>Search the summaries (Ctrl+F)</source>
        <translation>搜索摘要（Ctrl+F）</translation>
    </message>
    <message>
        <source>Screen the selected report (Enter)</source>
        <translation>甄别所选信访举报件（Enter）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) loaded; scroll for more</source>
        <translation>
            <numerusform>已加载 %n 件信访举报件；滚动可查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 件信访举报件</numerusform>
        </translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>未选择信访举报件。</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>来源渠道：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>收到日期：%1</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>登记人：%1</translation>
    </message>
    <message>
        <source>Real-name report</source>
        <translation>实名举报</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>匿名举报</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>被反映人：</translation>
    </message>
    <message>
        <source>  %1, %2 %3</source>
        <translation>  %1，%2 %3</translation>
    </message>
    <message>
        <source> (ID number invalid)</source>
        <translation>（身份证号码无效）</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>甄别情况：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>The report was registered.</source>
        <translation>信访举报件已登记。</translation>
    </message>
    <message>
        <source>This report was already screened: %1.</source>
        <translation>该信访举报件已甄别：%1。</translation>
    </message>
    <message>
        <source>The screening was recorded.</source>
        <translation>甄别结果已记录。</translation>
    </message>
</context>
<context>
    <name>qf::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>从备份恢复数据库保险库</translation>
    </message>
    <message>
        <source>Choose a backup set folder (qingfeng-backup-…) and where the vault should be. The set is checked completely before anything changes; a vault already there is moved aside and kept. An administrator of the backup confirms with their password.</source>
        <translation>请选择备份集目录（qingfeng-backup-…）和数据库保险库的恢复位置。改动之前先完整校验备份集；该位置已有的数据库保险库会被移到一旁保留。由备份中的系统管理员输入密码确认。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup &amp;set:</source>
        <translation>备份集(&amp;S)：</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>恢复到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>系统管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>备份集</translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <source>Qingfeng vaults (*.qfv)</source>
        <translation>清风数据库保险库 (*.qfv)</translation>
    </message>
    <message>
        <source>Choose the backup set and the vault file, and enter the administrator&apos;s user name.</source>
        <translation>请选择备份集和数据库保险库文件，并输入系统管理员的用户名。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReviewMeetingDialog</name>
    <message>
        <source>I have read this record and si&amp;gn it as %1</source>
        <translation>我已阅读本记录，并以 %1 的身份签署(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Record meeting</source>
        <translation>记录会议(&amp;R)</translation>
    </message>
    <message>
        <source>Collective review of leads</source>
        <translation>问题线索集体排查</translation>
    </message>
    <message>
        <source>%1 (quorum %2)</source>
        <translation>%1（法定人数 %2）</translation>
    </message>
    <message>
        <source>Conclusion of the meeting</source>
        <translation>会议结论</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>移除成员(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>排查计划(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>召开日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Attendance and opinions</source>
        <translation>出席情况和意见</translation>
    </message>
    <message>
        <source>Record to sign</source>
        <translation>待签署的记录</translation>
    </message>
    <message>
        <source>Agenda: leads due by %1</source>
        <translation>议程：%1 前到期排查的问题线索</translation>
    </message>
    <message>
        <source>Present: %1 of the required %2 — quorum reached</source>
        <translation>到会：%1 人，应到 %2 人 — 达到法定人数</translation>
    </message>
    <message>
        <source>Present: %1 of the required %2 — no quorum</source>
        <translation>到会：%1 人，应到 %2 人 — 未达法定人数</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>召开日期：%1</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>出席：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>缺席：%1</translation>
    </message>
    <message>
        <source>Dissent by %1: %2</source>
        <translation>%1 的不同意见：%2</translation>
    </message>
    <message>
        <source>, next review %1</source>
        <translation>，下次排查 %1</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>，移交 %1</translation>
    </message>
    <message>
        <source>reason missing</source>
        <translation>缺少理由</translation>
    </message>
    <message>
        <source>No disposition chosen yet.</source>
        <translation>尚未选择处置方式。</translation>
    </message>
    <message>
        <source>Sign the record before saving it.</source>
        <translation>请先签署记录再保存。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ScreeningDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Screen report</source>
        <translation>甄别信访举报件</translation>
    </message>
    <message>
        <source>%1, received %2. Subjects: %3.
%4</source>
        <translation>%1，收到日期 %2。被反映人：%3。
%4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>未列明</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Register as a new lead</source>
        <translation>登记为新问题线索</translation>
    </message>
    <message>
        <source>Attach to an existing lead</source>
        <translation>并入已有问题线索</translation>
    </message>
    <message>
        <source>Forward to the agency with jurisdiction</source>
        <translation>移交有管辖权机关</translation>
    </message>
    <message>
        <source>File for reference</source>
        <translation>存档备查</translation>
    </message>
    <message>
        <source>The report is kept for reference; no lead is opened.</source>
        <translation>该信访举报件存档备查，不新立问题线索。</translation>
    </message>
    <message>
        <source>Required: why this outcome.</source>
        <translation>必填：说明作出此结果的理由。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>甄别结果(&amp;O)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>线索来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Allegation:</source>
        <translation>问题类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction (cadre level):</source>
        <translation>管辖（干部管理权限）(&amp;J)：</translation>
    </message>
    <message>
        <source>Confidential&amp;ity:</source>
        <translation>密级(&amp;I)：</translation>
    </message>
    <message>
        <source>Leads to attach to</source>
        <translation>拟并入的问题线索</translation>
    </message>
    <message>
        <source>Another lead: type the start of its number and press Enter</source>
        <translation>其他问题线索：输入其编号开头部分后按 Enter</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates (by ID number, or name and unit):</source>
        <translation>可能重复的线索（按身份证号码，或姓名和单位）(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>接收机关(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>移送材料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Feedback due:</source>
        <translation>反馈期限(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>No possible duplicate was found.</source>
        <translation>未发现可能重复的线索。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Give the reason for this outcome.</source>
        <translation>请填写作出此结果的理由。</translation>
    </message>
    <message>
        <source>Choose the lead to attach the report to.</source>
        <translation>请选择该信访举报件要并入的问题线索。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ScreenshotTour</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
</context>
<context>
    <name>qf::ui::SecondSignerDialog</name>
    <message>
        <source>Signed by you (%1) and by a second person present at this workstation, who confirms with their own password:</source>
        <translation>由您（%1）与本工作站现场的第二人共同签字，第二人须输入其本人的密码确认：</translation>
    </message>
    <message>
        <source>Second person&apos;s &amp;user name:</source>
        <translation>第二人用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Second person&apos;s pass&amp;word:</source>
        <translation>第二人密码(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The second person types their user name and password.</source>
        <translation>第二人须输入其用户名和密码。</translation>
    </message>
    <message>
        <source>The second person must be someone other than you.</source>
        <translation>第二人须为您以外的其他人。</translation>
    </message>
</context>
<context>
    <name>qf::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Printing</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>数据库保险库(&amp;V)</translation>
    </message>
</context>
<context>
    <name>qf::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>下一栏</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>关闭对话框且不保存</translation>
    </message>
</context>
<context>
    <name>qf::ui::StaffRegisterPage</name>
    <message>
        <source>Add &amp;certificate…</source>
        <translation>登记执法资格证(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;training…</source>
        <translation>登记培训(&amp;T)…</translation>
    </message>
    <message>
        <source>Set talent-pool &amp;tier…</source>
        <translation>设置人才库层级(&amp;T)…</translation>
    </message>
    <message>
        <source>Show t&amp;raining record…</source>
        <translation>查看培训记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Certified until</source>
        <translation>资格有效期至</translation>
    </message>
    <message>
        <source>Training hours this year</source>
        <translation>本年度培训学时</translation>
    </message>
    <message>
        <source>Talent-pool tier</source>
        <translation>人才库层级</translation>
    </message>
    <message>
        <source>Current cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>Staff register</source>
        <translation>干部队伍名册</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>后备</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Not in the pool</source>
        <translation>未入库</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于%1过期</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>未取得资格</translation>
    </message>
    <message>
        <source>Add certificate for %1</source>
        <translation>为%1登记执法资格证</translation>
    </message>
    <message>
        <source>Certificate number:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>发证日期：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>登记执法资格证</translation>
    </message>
    <message>
        <source>Add training for %1</source>
        <translation>为%1登记培训</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>培训课程：</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>培训日期：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>培训结果：</translation>
    </message>
    <message>
        <source>Add training</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <source>Set talent-pool tier for %1</source>
        <translation>设置%1的人才库层级</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Set talent-pool tier</source>
        <translation>设置人才库层级</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Certificate %1: %2 to %3</source>
        <translation>执法资格证%1：%2至%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n hour(s) %3</source>
        <translation>
            <numerusform>%1 — %2，%n学时 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Training record of %1</source>
        <translation>%1的培训记录</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>Set &amp;office…</source>
        <translation>设置承办部门(&amp;O)…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>未设承办部门</translation>
    </message>
    <message>
        <source>Set office</source>
        <translation>设置承办部门</translation>
    </message>
    <message>
        <source>Set office for %1</source>
        <translation>设置 %1 的承办部门</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>承办部门：</translation>
    </message>
</context>
<context>
    <name>qf::ui::StageBar</name>
    <message>
        <source>Current stage: %1</source>
        <translation>当前阶段：%1</translation>
    </message>
    <message>
        <source>This is the final stage.</source>
        <translation>这是最后一个阶段。</translation>
    </message>
    <message>
        <source>No transition leads out of this stage.</source>
        <translation>本阶段没有可流转的下一阶段。</translation>
    </message>
    <message>
        <source>Next: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>下一阶段：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No conditions.</source>
        <translation>无前置条件。</translation>
    </message>
    <message>
        <source>Takes effect when requested.</source>
        <translation>提出申请即生效。</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>审批角色：%1</translation>
    </message>
    <message>
        <source>Requested by: %1. %2</source>
        <translation>申请角色：%1。%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Request pending approval</source>
        <translation>申请待审批</translation>
    </message>
    <message>
        <source>&amp;Request…</source>
        <translation>申请(&amp;R)…</translation>
    </message>
    <message>
        <source>Request the move to %1</source>
        <translation>申请转入%1</translation>
    </message>
    <message>
        <source>Every condition must be met first.</source>
        <translation>须先满足全部条件。</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
</context>
<context>
    <name>qf::ui::StatisticsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print table…</source>
        <translation>打印统计表(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>近 5 年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>统计时段(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Click a bar, slice or point, or double-click a figure, to list the records behind it.</source>
        <translation>单击柱形、扇区或数据点，或双击表中数字，即可列出该数字所对应的记录。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Records behind a figure</source>
        <translation>数字对应的记录</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Show the statistics first, then export them.</source>
        <translation>请先生成统计数据，再导出。</translation>
    </message>
    <message>
        <source>The CSV file could not be written to %1: %2. Choose another folder.</source>
        <translation>无法将 CSV 文件写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>statistics %1 to %2.csv</source>
        <translation>统计数据 %1至%2.csv</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>将统计数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Print table</source>
        <translation>打印统计表</translation>
    </message>
    <message>
        <source>Statistical table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>正在计算统计数据…</translation>
    </message>
    <message>
        <source>The statistics were not computed.</source>
        <translation>统计数据未能计算完成。</translation>
    </message>
</context>
<context>
    <name>qf::ui::SubjectsTableWidget</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>干部管理权限</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Subject %1 (%2): %3</source>
        <translation>第 %1 名被反映人（%2）：%3</translation>
    </message>
    <message>
        <source>Add a subject row (Ctrl+N)</source>
        <translation>添加一行被反映人（Ctrl+N）</translation>
    </message>
    <message>
        <source>Remove the current subject row (Ctrl+Delete)</source>
        <translation>移除当前被反映人行（Ctrl+Delete）</translation>
    </message>
</context>
<context>
    <name>qf::ui::TalkRecordDialog</name>
    <message>
        <source>Record a talk</source>
        <translation>记录谈话</translation>
    </message>
    <message>
        <source>user names, separated by commas (at least two)</source>
        <translation>用户名，以逗号分隔（至少两人）</translation>
    </message>
    <message>
        <source>Q: … A: …</source>
        <translation>问：… 答：…</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>谈话地点(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Person talked to:</source>
        <translation>谈话对象(&amp;P)：</translation>
    </message>
    <message>
        <source>Staff &amp;present:</source>
        <translation>在场工作人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Questions and answers:</source>
        <translation>问答内容(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>qf::ui::TrustListPanel</name>
    <message>
        <source>&amp;Add a workstation key…</source>
        <translation>添加工作站密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save this workstation&apos;s public key…</source>
        <translation>保存本工作站公钥(&amp;S)…</translation>
    </message>
    <message>
        <source>Trusted workstations</source>
        <translation>受信任的工作站</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Before trusting a key, compare its fingerprint with the sender by telephone or in person.</source>
        <translation>信任某个密钥之前，请通过电话或当面与发送方核对其指纹。</translation>
    </message>
    <message>
        <source>This workstation&apos;s key fingerprint: %1</source>
        <translation>本工作站密钥指纹：%1</translation>
    </message>
    <message>
        <source>revoked %1: %2</source>
        <translation>已于 %1 吊销：%2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Workstation public key</source>
        <translation>工作站公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>公钥 (*.pub *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trust a workstation</source>
        <translation>信任工作站</translation>
    </message>
    <message>
        <source>Fingerprint %1
Compare it with the sender. Name of the workstation (organ and place):</source>
        <translation>指纹 %1
请与发送方核对。工作站名称（机关和地点）：</translation>
    </message>
    <message>
        <source>Select the key to revoke.</source>
        <translation>请选择要吊销的密钥。</translation>
    </message>
    <message>
        <source>Revoke a workstation key</source>
        <translation>吊销工作站密钥</translation>
    </message>
    <message>
        <source>Archives signed by %1 will be refused. Reason:</source>
        <translation>由 %1 签名的加密归档包将被拒绝。理由：</translation>
    </message>
    <message>
        <source>Save this workstation&apos;s public key</source>
        <translation>保存本工作站公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
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
        <source>Disable %1? The account&apos;s key slot is deleted, so it can no longer open the vault. Its history stays in the audit trail.</source>
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
    <name>qf::ui::VaultSettingsTab</name>
    <message>
        <source>Number kind</source>
        <translation>文号类别</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Case stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Time limit (months)</source>
        <translation>办理期限（月）</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation>可延长（月）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>code, e.g. bribery</source>
        <translation>代码，例如 bribery</translation>
    </message>
    <message>
        <source>label shown in lists</source>
        <translation>列表中显示的名称</translation>
    </message>
    <message>
        <source>Allegation types</source>
        <translation>举报问题类别</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Cadre management levels</source>
        <translation>干部管理权限</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Measure types</source>
        <translation>审查调查措施类型</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>&amp;Organ name:</source>
        <translation>机关名称(&amp;O)：</translation>
    </message>
    <message>
        <source>The organ that owns this vault. It heads printed documents and is carried by archives.</source>
        <translation>本数据库保险库所属的机关。它印在文书上，并随加密归档包携带。</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>文号前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>The short name that {agency} stands for in registry numbers, e.g. 苏纪 in 苏纪发〔2026〕12号.</source>
        <translation>文号中 {agency} 代表的机关简称，例如“苏纪发〔2026〕12号”中的“苏纪”。</translation>
    </message>
    <message>
        <source>&amp;Backup rotation:</source>
        <translation>备份轮换(&amp;B)：</translation>
    </message>
    <message>
        <source>How many backup sets of this vault a backup folder keeps; older sets are removed after each new backup. 0 keeps all.</source>
        <translation>备份目录中保留本数据库保险库的备份集数量；每次新备份后删除较旧的备份集。0 表示全部保留。</translation>
    </message>
    <message>
        <source>Registry number patterns: {agency} is the prefix, {year} the year, {seq} the running number and {seq:4} the number padded to 4 digits. A change applies to numbers issued from now on; issued numbers never change.</source>
        <translation>文号格式：{agency} 是前缀，{year} 是年度，{seq} 是流水号，{seq:4} 是补足 4 位的流水号。修改只影响此后取得的文号；已取得的文号不会改变。</translation>
    </message>
    <message>
        <source>Time limits of the case stages: a case gets a deadline when it enters a stage, and the extension is how much longer an approved extension may add. 0 months: no time limit. A change applies to stages entered from now on.</source>
        <translation>各办理阶段的期限：案件进入某阶段时开始计算期限，“可延长”是经批准延期时最多可增加的月数。0 个月表示不设期限。修改只影响此后进入的阶段。</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>新增条目(&amp;A)</translation>
    </message>
    <message>
        <source>The lists offered when registering reports, leads and measures. Rename a label by editing it; entries are never deleted because records refer to their codes.</source>
        <translation>登记信访举报件、问题线索和审查调查措施时可选的列表。直接编辑即可修改名称；条目不会删除，因为已有记录引用它们的代码。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Integrity &amp;opinion replies:</source>
        <translation>廉政意见答复期限(&amp;O)：</translation>
    </message>
    <message>
        <source>How many days after its receipt a request for integrity opinions should be answered. An unanswered request shows on the alerts page as it falls due.</source>
        <translation>廉政意见征求自收到之日起应在多少天内答复。未答复的征求到期时会显示在预警提醒页。</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>承办部门</translation>
    </message>
</context>
<context>
    <name>qf::ui::VerifyArchiveDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cancel verification</source>
        <translation>取消校验(&amp;C)</translation>
    </message>
    <message>
        <source>Verify and inspect an archive</source>
        <translation>校验和查看加密归档包</translation>
    </message>
    <message>
        <source>Leave empty for an archive addressed to this workstation</source>
        <translation>发给本工作站的加密归档包无需填写</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>打开加密归档包</translation>
    </message>
    <message>
        <source>Qingfeng archives (*.qfa);;All files (*)</source>
        <translation>清风加密归档包 (*.qfa);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>正在校验加密归档包…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt;</source>
        <translation>&lt;b&gt;校验通过。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verification failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;校验未通过。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>qf::ui::VerifyRunner</name>
    <message>
        <source>The verification stopped without a result.</source>
        <translation>校验中止，没有结果。</translation>
    </message>
</context>
<context>
    <name>qf::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Qingfeng</source>
        <translation>欢迎使用清风</translation>
    </message>
    <message>
        <source>Welcome to the Qingfeng case workbench</source>
        <translation>欢迎使用清风办案工作台</translation>
    </message>
    <message>
        <source>Everything is kept in an encrypted vault on this computer. Start with one of these:</source>
        <translation>所有数据都保存在本机的加密数据库保险库中。请从以下方式之一开始：</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>新建数据库保险库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>打开已有数据库保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation>试用演示数据库保险库(&amp;T)</translation>
    </message>
    <message>
        <source>as %1 (%2)</source>
        <translation>以 %1（%2）身份</translation>
    </message>
    <message>
        <source>For a new office: choose where the vault lives, name the organ and its first administrator, and print the recovery key.</source>
        <translation>新机关开始使用：选择数据库保险库的位置，填写机关名称和第一位系统管理员，并打印恢复密钥。</translation>
    </message>
    <message>
        <source>A vault file (.qfv) created before on this computer or copied here.</source>
        <translation>以前在本机创建或拷贝到本机的数据库保险库文件（.qfv）。</translation>
    </message>
    <message>
        <source>Put a vault back from a backup set made by an administrator.</source>
        <translation>从系统管理员制作的备份集恢复数据库保险库。</translation>
    </message>
    <message>
        <source>A separate vault with invented cases, one user per role. Nothing you do there touches real data.</source>
        <translation>独立的演示数据库保险库，案件均为虚构，每个角色一个用户。在其中的任何操作都不会触及真实数据。</translation>
    </message>
    <message>
        <source>Recent &amp;vaults (double-click to log in):</source>
        <translation>最近的数据库保险库(&amp;V)（双击登录）：</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>The vault %1 does not exist (any more). Choose another file.</source>
        <translation>数据库保险库 %1 不存在（或已移走）。请选择其他文件。</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开数据库保险库</translation>
    </message>
    <message>
        <source>Qingfeng vaults (*.qfv);;All files (*)</source>
        <translation>清风数据库保险库 (*.qfv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The demo vault cannot start: %1</source>
        <translation>演示数据库保险库无法启动：%1</translation>
    </message>
</context>
<context>
    <name>qf::workflow::CaseGuards</name>
    <message>
        <source>no valid collective decision of meeting type &apos;%1&apos; is recorded for this case</source>
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
        <source>no review record of kind &apos;%1&apos; is on file</source>
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
</context>
<context>
    <name>qf::workflow::CaseWorkflow</name>
    <message>
        <source>case workflow definition replaced (%1 stages, %2 transitions)</source>
        <translation>案件流程定义已替换（%1 个阶段，%2 个流转）</translation>
    </message>
    <message>
        <source>The workflow has no transition &apos;%1&apos;.</source>
        <translation>流程中没有流转“%1”。</translation>
    </message>
    <message>
        <source>Transition &apos;%1&apos; does not start from the case&apos;s stage &apos;%2&apos;.</source>
        <translation>流转“%1”的起点不是案件当前阶段“%2”。</translation>
    </message>
    <message>
        <source>Only %1 assigned to this case may request &apos;%2&apos;.</source>
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
        <source>The case is no longer in stage &apos;%1&apos;.</source>
        <translation>案件已不在“%1”阶段。</translation>
    </message>
    <message>
        <source>The workflow no longer has transition &apos;%1&apos;.</source>
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
    <message>
        <source>The built-in case workflow is missing from this program.</source>
        <translation>本程序缺少内置的案件流程。</translation>
    </message>
    <message>
        <source>unknown guard</source>
        <translation>未知的校验条件</translation>
    </message>
    <message>
        <source>Transition &apos;%1&apos; is blocked by guard &apos;%2&apos;: %3.</source>
        <translation>流转“%1”未通过校验条件“%2”：%3。</translation>
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
        <source>unknown stage &apos;%1&apos;</source>
        <translation>未知阶段“%1”</translation>
    </message>
    <message>
        <source>a transition needs a unique id</source>
        <translation>流转须有唯一标识</translation>
    </message>
    <message>
        <source>&apos;from&apos; lists no stage</source>
        <translation>“from”未列出任何阶段</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; in &apos;from&apos;</source>
        <translation>“from”中有未知阶段“%1”</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; in &apos;to&apos;</source>
        <translation>“to”中有未知阶段“%1”</translation>
    </message>
    <message>
        <source>&apos;request&apos; names no role</source>
        <translation>“request”未指定角色</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <source>unknown guard &apos;%1&apos;</source>
        <translation>未知的校验条件“%1”</translation>
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
</context>
</TS>

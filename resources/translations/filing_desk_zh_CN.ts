<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="19"/>
        <source>About Filing Desk</source>
        <translation>关于 Filing Desk 算法备案台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="23"/>
        <source>Filing Desk %1 — an offline, encrypted register of algorithms and their CAC filing, modification and cancellation procedures.</source>
        <translation>Filing Desk %1 —— 离线加密的算法台账，管理网信部门算法备案、变更和注销事项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="30"/>
        <source>Register file:</source>
        <translation>台账文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="32"/>
        <source>Register id:</source>
        <translation>台账标识：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="33"/>
        <source>Unlocked with:</source>
        <translation>解锁方式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="35"/>
        <source>Encryption:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="38"/>
        <source>SQLCipher 4 (AES-256 in CBC mode, HMAC-SHA512 per page); the data key is a random 256-bit raw key, or derived from a passphrase with PBKDF2-HMAC-SHA512 (%1 iterations).</source>
        <translation>SQLCipher 4（AES-256 CBC 模式，每页 HMAC-SHA512 校验）；数据密钥为随机生成的 256 位原始密钥，或由口令经 PBKDF2-HMAC-SHA512（%1 次迭代）派生。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="44"/>
        <source>Keyring backend:</source>
        <translation>密钥环后端：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="61"/>
        <source>the raw key in the system keyring</source>
        <translation>系统密钥环中的原始密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="62"/>
        <source>a passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="63"/>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="68"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="70"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="72"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="77"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="79"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="65"/>
        <source>Superseded</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="65"/>
        <source>Current</source>
        <translation>当前版本</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="120"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="121"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="122"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="123"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="125"/>
        <source>Kind of the next file:</source>
        <translation>下一个文件的类别：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="138"/>
        <source>Drop files here to attach them.</source>
        <translation>将文件拖放到此处即可添加为附件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="186"/>
        <source>Still missing for the filing: {kinds}.</source>
        <translation>备案尚缺材料：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="188"/>
        <source>Every material the filing needs is attached.</source>
        <translation>备案所需材料均已附上。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="231"/>
        <source>Attach a linked file?</source>
        <translation>附加链接指向的文件？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="233"/>
        <source>“{name}” is a link to another file:
{target}

Attach the file it points to?</source>
        <translation>“{name}”是指向另一个文件的链接：
{target}

要附加它指向的文件吗？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="254"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="278"/>
        <source>Open a program?</source>
        <translation>打开程序？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="280"/>
        <source>“{name}” is a program or script: opening it may run it on this computer, with your rights. Open it only if you trust where it came from.

Open it anyway?</source>
        <translation>“{name}”是程序或脚本：打开它可能会以您的权限在本机上运行它。只有在信任其来源时才打开。

仍要打开吗？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="293"/>
        <source>Replace with a new version</source>
        <translation>替换为新版本</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="311"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="36"/>
        <source>Entity created</source>
        <translation>新建主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="37"/>
        <source>Entity edited</source>
        <translation>修改主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="38"/>
        <source>Entity filing submitted</source>
        <translation>主体信息已提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="39"/>
        <source>Entity filing approved</source>
        <translation>主体审核通过</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="40"/>
        <source>Entity filing returned</source>
        <translation>主体被退回</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="41"/>
        <source>Rows imported</source>
        <translation>批量导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="42"/>
        <source>Filing imported</source>
        <translation>导入已备案记录</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="43"/>
        <source>Algorithm created</source>
        <translation>新建算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="44"/>
        <source>Algorithm edited</source>
        <translation>修改算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="45"/>
        <source>Filing revoked by the CAC</source>
        <translation>被网信部门撤销备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="46"/>
        <source>Filing cancelled by the CAC</source>
        <translation>被网信部门注销备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="47"/>
        <source>Product added</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="48"/>
        <source>Product edited</source>
        <translation>修改产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="49"/>
        <source>Product removed</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="50"/>
        <source>Model created</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="51"/>
        <source>Model edited</source>
        <translation>修改模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="52"/>
        <source>Procedure opened</source>
        <translation>开始办理事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="53"/>
        <source>Procedure updated</source>
        <translation>更新办理事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="54"/>
        <source>Draft saved</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="55"/>
        <source>Marked ready to submit</source>
        <translation>标记为待提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="56"/>
        <source>Materials overridden (reason given)</source>
        <translation>材料缺失已放行（已说明理由）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="59"/>
        <source>Reopened for editing</source>
        <translation>重新编辑</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="60"/>
        <source>Submitted to the CAC</source>
        <translation>已向网信部门提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="61"/>
        <source>Accepted by the CAC</source>
        <translation>网信部门审核通过</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="62"/>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="63"/>
        <source>Correction started</source>
        <translation>开始补正</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="64"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="65"/>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="66"/>
        <source>Attachment replaced</source>
        <translation>替换附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="67"/>
        <source>Working days entered</source>
        <translation>录入工作日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="68"/>
        <source>Working days removed</source>
        <translation>删除录入的工作日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="69"/>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="118"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="122"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="123"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="124"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="126"/>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="160"/>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/audit_view.py" line="180"/>
        <source>✓ The audit chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>✓ 审计链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="184"/>
        <source>✗ The audit chain is broken at event #%1: %2</source>
        <translation>✗ 审计链在第 %1 条记录处断开：%2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="44"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="99"/>
        <source>Back up the register</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="102"/>
        <source>Protect with a separate backup passphrase</source>
        <translation>使用单独的备份口令保护</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="119"/>
        <source>The backup is encrypted like the register. Without a separate passphrase it opens with the register&apos;s key (keep your recovery key); with one, only that passphrase opens it.</source>
        <translation>备份与台账一样加密。未设单独口令时，用台账的密钥打开（请保管好恢复密钥）；设了单独口令时，只有该口令能打开。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="109"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="113"/>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="115"/>
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="116"/>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="117"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="129"/>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="140"/>
        <source>The two passphrases differ or are empty.</source>
        <translation>两次输入的口令不一致或为空。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="144"/>
        <source>Choose another file: this is the open register.</source>
        <translation>请选择其他文件：这是当前打开的台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="157"/>
        <source>Backup written and verified: %1 (%2 KB, %3 pages checked).</source>
        <translation>备份已写入并校验：%1（%2 KB，已校验 %3 页）。</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="60"/>
        <source>Rows already in the register:</source>
        <translation>台账中已有的行：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="64"/>
        <source>Skip them (keep the register as it is)</source>
        <translation>跳过（台账保持不变）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="70"/>
        <source>Update them from the file</source>
        <translation>用文件内容更新</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="78"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="157"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="167"/>
        <source>Import is disabled: %n row(s) have errors. Fix them in the file and choose it again, or leave those rows out (untick them, or “Leave out rows with errors”).</source>
        <translation>无法导入：%n 行有错误。请在文件中改正后重新选择，或不导入这些行（取消勾选，或点击“排除有错误的行”）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="178"/>
        <source>No rows to import.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="182"/>
        <source>Ready: %n row(s) will be imported in one step.</source>
        <translation>就绪：%n 行将一次性导入。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="214"/>
        <source>Imported: %1 algorithm(s) created, %2 updated, %3 skipped (already in the register); %4 new entit(ies).</source>
        <translation>导入完成：新建算法 %1 个，更新 %2 个，跳过 %3 个（台账中已有）；新建主体 %4 个。</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/editors.py" line="242"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CacAnswerDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="68"/>
        <source>Record the CAC&apos;s answer</source>
        <translation>记录网信部门答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="99"/>
        <source>网信算备, the 21 digits, 号 (or only the digits)</source>
        <translation>网信算备 + 21 位数字 + 号（或只填数字）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="105"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="106"/>
        <source>Filing number:</source>
        <translation>备案编号：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="108"/>
        <source>Reason the CAC gave:</source>
        <translation>网信部门给出的理由：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="122"/>
        <source>{kind} of the algorithm “{name}”, now: {state}.</source>
        <translation>算法“{name}”的{kind}，当前状态：{state}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="131"/>
        <source>Submitted in the CAC system</source>
        <translation>已在网信部门系统中提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="132"/>
        <source>Filed: the CAC accepted it</source>
        <translation>已备案：网信部门审核通过</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="133"/>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="134"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>CacListDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="186"/>
        <source>Import from a CAC list</source>
        <translation>从网信办备案清单导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="190"/>
        <source>No list chosen.</source>
        <translation>尚未选择清单。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="191"/>
        <source>Choose list…</source>
        <translation>选择清单…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="200"/>
        <source>Search entity names</source>
        <translation>搜索主体名称</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="222"/>
        <source>List:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="228"/>
        <source>Entities in the list (tick yours):</source>
        <translation>清单中的主体（勾选您的主体）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="236"/>
        <source>Rows of the chosen entities:</source>
        <translation>所选主体的备案行：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="260"/>
        <source>Choose a CAC list</source>
        <translation>选择网信办备案清单</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="260"/>
        <source>CAC lists (*.docx)</source>
        <translation>备案清单 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="273"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="289"/>
        <source>%1 (%2) · batch %3</source>
        <translation>%1（%2）· 批次 %3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="292"/>
        <source>imported before: its record will name the new entities too</source>
        <translation>此前已导入：其记录将一并载明新选主体</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="306"/>
        <source>%n entit(ies) in the list</source>
        <translation>
            <numerusform>清单中共 %n 个主体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="326"/>
        <source>Tick one or more entities to import their rows.</source>
        <translation>勾选一个或多个主体以导入其备案行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="334"/>
        <source>%n row(s) carry a remark in the list (highlighted). On import, 已注销 records the algorithm as cancelled as of the list, and an entity renamed by the list takes its new name; other changes are kept in the list&apos;s record.</source>
        <translation>
            <numerusform>%n 行在清单中带有备注（已高亮）。导入时，“已注销”将该算法记为自该清单起已注销；清单载明更名的主体将改用新名称；其他变更保存在清单记录中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="358"/>
        <source>List recorded: %1, batch %2, published %3.</source>
        <translation>已记录清单：%1，批次 %2，发布于 %3。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="360"/>
        <source>This list was imported before (same file): %1, batch %2, published %3.</source>
        <translation>此清单此前已导入（同一文件）：%1，批次 %2，发布于 %3。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="365"/>
        <source>Entities renamed: %1 · algorithms cancelled as of the list: %2.</source>
        <translation>已更名主体：%1 · 按清单注销的算法：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry a remark in the list (highlighted): changes or a cancellation (已注销) the CAC recorded later. Check them and record what applies after the import.</source>
        <translation type="vanished">
            <numerusform>%n 行在清单中有备注（已突出显示）：网信办后来记录的变更或注销（已注销）。导入后请逐一核对，并登记适用的变更或注销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacRowsModel</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="154"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="144"/>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="145"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="146"/>
        <source>Type / role</source>
        <translation>类别 / 角色</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="147"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="148"/>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="163"/>
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CalendarEntryDialog</name>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="205"/>
        <source>Official working days for %1</source>
        <translation>%1 年官方工作日安排</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="212"/>
        <source>Name, e.g. 春节</source>
        <translation>名称，例如 春节</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="213"/>
        <source>Add holidays</source>
        <translation>添加放假日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="215"/>
        <source>Add make-up working day(s)</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="217"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="237"/>
        <source>One line per date: date,workday|holiday,note (from the notice).</source>
        <translation>每行一个日期：日期,workday|holiday,备注（依国务院办公厅通知填写）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="258"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="258"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="90"/>
        <source>Enter official days…</source>
        <translation>录入官方安排…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="92"/>
        <location filename="../../filing_desk/ui/calendar_view.py" line="187"/>
        <source>Remove entered days</source>
        <translation>删除录入的安排</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="99"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="109"/>
        <source>Bold dates are holidays; underlined bold dates are make-up working days (调休). The list names each of them.</source>
        <translation>粗体日期为放假日；带下划线的粗体日期为调休上班日。右侧列表逐一列出。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="139"/>
        <source>%1: official days from the State Council notice (built in).</source>
        <translation>%1 年：内置的国务院办公厅放假安排。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="143"/>
        <source>%1: official days entered by you.</source>
        <translation>%1 年：您录入的官方安排。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="145"/>
        <source>%1: PROVISIONAL — weekends and statutory holidays only, no make-up days. Due dates in this year are marked provisional until you enter the official days.</source>
        <translation>%1 年：暂定 —— 仅按周末和法定节假日计算，不含调休。录入官方安排之前，该年的期限均标为“暂定”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="188"/>
        <source>Remove the days entered for %1? Its due dates become provisional.</source>
        <translation>删除 %1 年录入的安排？该年的期限将变为暂定。</translation>
    </message>
</context>
<context>
    <name>CheckListDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="126"/>
        <source>Check against a CAC list</source>
        <translation>与网信办备案清单核对</translation>
    </message>
    <message>
        <source>For every filed algorithm of the register: does %1 carry its filing number, and do the algorithm and entity names match? A list is one batch of filings, so “not in this list” is expected for algorithms filed in other batches.</source>
        <translation type="vanished">对台账中每个已备案算法：%1 是否载有其备案编号，算法名称和主体名称是否一致？一份清单只是一批备案，其他批次备案的算法显示“不在此清单中”属正常。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="156"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Filed algorithms: %1 · listed with matching names: %2 · not in this list: %3</source>
        <translation type="vanished">已备案算法：%1 · 在清单中且名称一致：%2 · 不在此清单中：%3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="130"/>
        <source>For every filed algorithm of the register: does %1 carry its filing number, do the names, type, role and main use match, and what does its remark say? A list is one batch of filings, so “missing” is expected for algorithms filed in other batches.</source>
        <translation>对台账中每个已备案算法：%1 是否载有其备案编号，名称、类别、角色和主要用途是否一致，备注说明了什么？每份清单只是一批备案，因此在其他批次备案的算法显示“未列入”属正常。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="193"/>
        <source>%1 (estimated from the batch)</source>
        <translation>%1（按批次估计）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="195"/>
        <source>%1 · batch %2 · published %3</source>
        <translation>%1 · 批次 %2 · 发布于 %3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="201"/>
        <source>not imported into this register</source>
        <translation>尚未导入本台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="203"/>
        <source>imported on %1</source>
        <translation>于 %1 导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="208"/>
        <source>Listed: %1 · missing: %2 · renamed: %3 · cancelled: %4 · differs: %5</source>
        <translation>已列入：%1 · 未列入：%2 · 已更名：%3 · 已注销：%4 · 不一致：%5</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="221"/>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="230"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="223"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <source>Listed, names match</source>
        <translation type="vanished">在清单中，名称一致</translation>
    </message>
    <message>
        <source>Algorithm name differs</source>
        <translation type="vanished">算法名称不一致</translation>
    </message>
    <message>
        <source>Entity name differs</source>
        <translation type="vanished">主体名称不一致</translation>
    </message>
    <message>
        <source>Both names differ</source>
        <translation type="vanished">算法和主体名称均不一致</translation>
    </message>
    <message>
        <source>Not in this list</source>
        <translation type="vanished">不在此清单中</translation>
    </message>
    <message>
        <source>No filing number</source>
        <translation type="vanished">无备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="95"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="86"/>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="54"/>
        <source>Listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="55"/>
        <source>Missing from this list</source>
        <translation>本清单未列</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="56"/>
        <source>Entity renamed</source>
        <translation>主体已更名</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="57"/>
        <source>Cancelled (已注销)</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="58"/>
        <source>Differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="87"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="88"/>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="89"/>
        <source>In the list</source>
        <translation>清单中</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="90"/>
        <source>What differs</source>
        <translation>不一致之处</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="91"/>
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="102"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="112"/>
        <source>renamed: “%1” → “%2”</source>
        <translation>更名：“%1”→“%2”</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="53"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="53"/>
        <source>Goes to field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="53"/>
        <source>First value</source>
        <translation>首行取值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="71"/>
        <source>(no header)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="75"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="112"/>
        <source>Nothing here.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="113"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="115"/>
        <source>Due within 5 working days</source>
        <translation>5 个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="118"/>
        <source>Other open procedures and their due dates</source>
        <translation>其他办理中的事项及期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="121"/>
        <source>Awaiting the CAC&apos;s decision</source>
        <translation>等待网信部门审核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="124"/>
        <source>Products not yet showing their filing number (art. 26)</source>
        <translation>尚未显著标示备案编号的产品（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="127"/>
        <source>Calendar years still provisional</source>
        <translation>工作日历尚为暂定的年份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="130"/>
        <source>Filing not yet decided (triage)</source>
        <translation>尚未判断是否需要备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="164"/>
        <source>%1 — uses %2</source>
        <translation>%1 —— 使用 %2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="174"/>
        <source>%1: official working days not entered yet</source>
        <translation>%1 年：尚未录入官方工作日安排</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="190"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="192"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dashboard.py" line="197"/>
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dashboard.py" line="199"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="200"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="204"/>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 —— %2，%3（%4）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="217"/>
        <source>%1 — %2 submitted %3, decision expected by %4</source>
        <translation>%1 —— %2 于 %3 提交，预计 %4 前作出决定</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/editors.py" line="147"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="69"/>
        <source>Audit events</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="86"/>
        <source>Start filing</source>
        <translation>开始备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="87"/>
        <source>Record a change</source>
        <translation>登记变更</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="88"/>
        <source>Terminate service</source>
        <translation>终止服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="89"/>
        <location filename="../../filing_desk/ui/detail_pane.py" line="141"/>
        <source>Record the CAC&apos;s answer</source>
        <translation>记录网信部门答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="105"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="120"/>
        <source>Add product…</source>
        <translation>添加产品…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="122"/>
        <location filename="../../filing_desk/ui/detail_pane.py" line="363"/>
        <location filename="../../filing_desk/ui/detail_pane.py" line="370"/>
        <source>Remove product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="131"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="137"/>
        <source>Print forms…</source>
        <translation>打印表格…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="139"/>
        <source>Continue in the wizard</source>
        <translation>在向导中继续</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="149"/>
        <source>Procedures</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="156"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="188"/>
        <source>Select an algorithm in the register.</source>
        <translation>请在台账中选择一个算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="194"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="199"/>
        <source>%1 due %2</source>
        <translation>%1 期限 %2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="202"/>
        <location filename="../../filing_desk/ui/detail_pane.py" line="237"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="224"/>
        <source>No procedures yet.</source>
        <translation>尚无办理事项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="241"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="242"/>
        <source>Triggered on</source>
        <translation>起算日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="243"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="244"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="245"/>
        <source>Decision expected by</source>
        <translation>预计决定日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="246"/>
        <source>Decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="247"/>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="248"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="249"/>
        <source>Returned because</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="250"/>
        <source>Changes (old → new)</source>
        <translation>变更内容（原 → 新）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="363"/>
        <source>Remove %1?</source>
        <translation>删除 %1？</translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="87"/>
        <source>New entity…</source>
        <translation>新建主体…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="89"/>
        <source>New algorithm for this entity…</source>
        <translation>为该主体新建算法…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="111"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="115"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="128"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="129"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="130"/>
        <source>Returned…</source>
        <translation>被退回…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="141"/>
        <source>Entity filing (主体备案): %1</source>
        <translation>主体备案：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="157"/>
        <source>Entity filing returned</source>
        <translation>主体被退回</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="157"/>
        <source>The CAC&apos;s reason for returning:</source>
        <translation>网信办退回的理由：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="164"/>
        <source>Entity filing</source>
        <translation>主体备案</translation>
    </message>
</context>
<context>
    <name>EntityNamesModel</name>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="95"/>
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="49"/>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="103"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="51"/>
        <source>The whole register</source>
        <translation>整个台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="63"/>
        <source>⚠ The exported file is NOT encrypted: anyone who gets it can read every entry. Keep it in a safe place and delete it when it is no longer needed.</source>
        <translation>⚠ 导出的文件【未加密】：任何拿到该文件的人都能读取全部内容。请妥善保管，不再需要时及时删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="75"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="80"/>
        <source>What:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="81"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="82"/>
        <source>Column headers:</source>
        <translation>列名语言：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="130"/>
        <source>Exported to %1 (not encrypted).</source>
        <translation>已导出到 %1（未加密）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="51"/>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="107"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="54"/>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="56"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="71"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="72"/>
        <source>Preview (first rows)</source>
        <translation>预览（前几行）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="78"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="86"/>
        <source>Validation report, row by row:</source>
        <translation>逐行校验报告：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="109"/>
        <source>Registers and CAC lists (*.xlsx *.csv *.json *.docx);;All files (*)</source>
        <translation>台账和备案清单 (*.xlsx *.csv *.json *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="124"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="174"/>
        <source>Required fields with no column: %1</source>
        <translation>以下必填字段没有对应的列：%1</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="127"/>
        <source>“%1” is already in the register: it will be updated from this row.</source>
        <translation>“%1”已在台账中：将用此行更新。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="129"/>
        <source>“%1” is already in the register: this row will be skipped.</source>
        <translation>“%1”已在台账中：此行将被跳过。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="79"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="84"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="86"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="94"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="75"/>
        <source>Exists</source>
        <translation>已存在</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../filing_desk/ui/jobs.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/jobs.py" line="97"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../filing_desk/ui/autolock.py" line="116"/>
        <source>The register is locked.</source>
        <translation>台账已锁定。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/autolock.py" line="122"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="73"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="74"/>
        <source>New &amp;entity…</source>
        <translation>新建主体(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="77"/>
        <source>&amp;New algorithm…</source>
        <translation>新建算法(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="83"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="85"/>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="87"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="98"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="102"/>
        <source>&amp;Procedure</source>
        <translation>办理(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="108"/>
        <source>Start &amp;filing…</source>
        <translation>开始备案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="109"/>
        <source>Record a &amp;change…</source>
        <translation>登记变更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="110"/>
        <source>&amp;Terminate service…</source>
        <translation>终止服务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="117"/>
        <source>Record the CAC&apos;s &amp;answer…</source>
        <translation>记录网信部门答复(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="118"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="119"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="121"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="123"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="125"/>
        <source>&amp;About Filing Desk</source>
        <translation>关于 Filing Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="81"/>
        <source>Filing Desk</source>
        <translation>Filing Desk 算法备案台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="161"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="199"/>
        <source>Opening the register…</source>
        <translation>正在打开台账…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="205"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="265"/>
        <location filename="../../filing_desk/ui/main_window.py" line="281"/>
        <source>Select an algorithm in the register first.</source>
        <translation>请先在台账中选择一个算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="274"/>
        <source>The selected algorithm has no procedure in progress.</source>
        <translation>所选算法没有正在办理的事项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="293"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="296"/>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="360"/>
        <source>%1 of %2 algorithms shown · %3 overdue</source>
        <translation>显示 %1 / %2 个算法 · %3 个逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="13"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="14"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="15"/>
        <source>Entities</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="16"/>
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="17"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>NewAlgorithmDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="125"/>
        <source>New algorithm</source>
        <translation>新建算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="132"/>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="140"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="146"/>
        <source>Create an entity first: every algorithm belongs to one.</source>
        <translation>请先新建主体：每个算法都属于一个主体。</translation>
    </message>
</context>
<context>
    <name>NewEntityDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="97"/>
        <source>New entity</source>
        <translation>新建主体</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="91"/>
        <source>Choose a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="98"/>
        <source>This passphrase encrypts the register: every algorithm, filing, attachment and the audit log. Filing Desk keeps it nowhere, so no one can reset it: if it is forgotten, only the recovery key (shown once, next) opens the register.</source>
        <translation>此口令用于加密台账：其中的每个算法、备案、附件以及审计记录。Filing Desk 不在任何地方保存它，因此无人能够重置：一旦忘记，只有恢复密钥（接下来仅显示一次）能打开台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="113"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="114"/>
        <source>Type it again:</source>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="115"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="120"/>
        <source>Create the register</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="137"/>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="167"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="90"/>
        <source>Start filing</source>
        <translation>开始备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="91"/>
        <source>Record a change</source>
        <translation>登记变更</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="92"/>
        <source>Terminate service</source>
        <translation>终止服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="98"/>
        <source>Save as draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="123"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="127"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="272"/>
        <source>The draft is saved; you can continue later.</source>
        <translation>草稿已保存，可稍后继续。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="299"/>
        <source>Your answers are saved. The procedure stays a draft until the items listed are complete.</source>
        <translation>填写内容已保存。在所列事项补充完整之前，该事项仍为草稿。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="313"/>
        <source>Mark ready without the materials</source>
        <translation>缺少材料仍标记为待提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="315"/>
        <source>Not attached or out of date: {kinds}.
To mark the procedure ready anyway, give the reason. It is kept in the audit log and printed on no form.</source>
        <translation>未上传或未更新：{kinds}。
如仍要标记为待提交，请说明理由。理由记入审计日志，不打印在任何报送表单上。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../filing_desk/ui/record_form.py" line="69"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Number shown since</source>
        <translation type="vanished">开始标示备案编号日期</translation>
    </message>
    <message>
        <source>Where the number is shown</source>
        <translation type="vanished">备案编号标示位置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/record_form.py" line="167"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="61"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="64"/>
        <source>This key opens the encrypted register if the key in the system keyring is lost, the computer is replaced or the passphrase is forgotten. It is shown only now. Write it down or print the recovery sheet, and keep it as you keep the company seal.</source>
        <translation>系统密钥环中的密钥丢失、更换电脑或忘记口令时，可凭此恢复密钥打开加密台账。它只显示这一次。请抄写下来或打印恢复密钥页，并像保管公章一样妥善保管。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="80"/>
        <source>I have written it down or printed the sheet</source>
        <translation>我已抄写或打印恢复密钥页</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="81"/>
        <source>Print the recovery sheet…</source>
        <translation>打印恢复密钥页…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="83"/>
        <source>Save the sheet as PDF…</source>
        <translation>将恢复密钥页另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="85"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="148"/>
        <source>Preparing the recovery sheet…</source>
        <translation>正在生成恢复密钥页…</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="53"/>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="54"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="56"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="62"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="68"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="75"/>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="81"/>
        <source>Next procedure</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="87"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="38"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="39"/>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="40"/>
        <source>Counted with a provisional calendar: enter the year&apos;s official working days in the Calendar view to make it exact.</source>
        <translation>按暂定日历计算：在“工作日历”中录入该年官方工作日安排后即为准确期限。</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="74"/>
        <source>Search names, numbers, products… (Ctrl+F)</source>
        <translation>搜索名称、编号、产品…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="78"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="79"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="80"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="81"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="87"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="120"/>
        <source>All entities</source>
        <translation>全部主体</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="197"/>
        <source>Leave out rows with errors</source>
        <translation>排除有错误的行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="199"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="241"/>
        <source>Rows: %1 · OK: %2 · with warnings: %3 · with errors: %4</source>
        <translation>共 %1 行 · 无问题：%2 · 有警告：%3 · 有错误：%4</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="248"/>
        <source>left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="258"/>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="265"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="258"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="180"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="184"/>
        <source>only if the backup has its own passphrase</source>
        <translation>仅当备份设有单独口令时填写</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="186"/>
        <source>only if this computer does not hold the key</source>
        <translation>仅当本机没有该台账的密钥时填写</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="200"/>
        <source>The backup is checked, then copied into a NEW file and checked again. The open register is never overwritten.</source>
        <translation>先校验备份，再复制到一个【新】文件并再次校验。当前打开的台账绝不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="187"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="190"/>
        <source>Open it in a new window</source>
        <translation>在新窗口中打开</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="194"/>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="195"/>
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="196"/>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="198"/>
        <source>Restore into (new file):</source>
        <translation>恢复到（新文件）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="209"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="219"/>
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation type="vanished">请选择备份文件。</translation>
    </message>
    <message>
        <source>Choose the new file to restore into.</source>
        <translation type="vanished">请选择要恢复到的新文件。</translation>
    </message>
    <message>
        <source>Refused: that is the open register. Restore into a new file; the open register is never overwritten.</source>
        <translation type="vanished">已拒绝：这是当前打开的台账。请恢复到一个新文件；当前台账绝不会被覆盖。</translation>
    </message>
    <message>
        <source>Refused: restore into a new file, not onto the backup itself.</source>
        <translation type="vanished">已拒绝：请恢复到新文件，而不是备份文件本身。</translation>
    </message>
    <message>
        <source>Refused: %1 already exists. Choose a new file name.</source>
        <translation type="vanished">已拒绝：%1 已存在。请另选一个新文件名。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="259"/>
        <source>Restored and verified: %1. Open it to check it; your open register is unchanged.</source>
        <translation>已恢复并校验：%1。可打开核对；当前打开的台账未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="263"/>
        <source>Restored and verified: %1. It is a register of its own, with a new key: write down its recovery key now. Your open register and its key are unchanged.</source>
        <translation>已恢复并校验：%1。它是一个独立的台账，使用新的密钥：请立即记下它的恢复密钥。当前打开的台账及其密钥未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="288"/>
        <source>Filing Desk could not be started for that file.</source>
        <translation>无法为该文件启动 Filing Desk。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="58"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="61"/>
        <source>Count the trigger day too (due dates one working day earlier)</source>
        <translation>起算日当天也计入（期限提前一个工作日）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="69"/>
        <source>A new language applies fully after a restart.</source>
        <translation>新语言在重新启动后全面生效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="71"/>
        <source>Keep the key in this computer&apos;s keyring</source>
        <translation>将密钥保存到本机系统密钥环</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="73"/>
        <source>Opened with the recovery key: store the key so it opens without a prompt.</source>
        <translation>本次使用恢复密钥打开：保存密钥后，今后打开无需再输入。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="78"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="79"/>
        <source>Lock after idle:</source>
        <translation>空闲后自动锁定：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="80"/>
        <source>Automatic backups kept:</source>
        <translation>保留自动备份份数：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="81"/>
        <source>Deadlines:</source>
        <translation>期限计算：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="82"/>
        <source>Largest file to import:</source>
        <translation>导入文件大小上限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="83"/>
        <source>Largest unpacked size:</source>
        <translation>解压后大小上限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="84"/>
        <source>Most rows in one import:</source>
        <translation>单次导入行数上限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="110"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="110"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="127"/>
        <source>The key is now in this computer&apos;s keyring.</source>
        <translation>密钥已保存到本机系统密钥环。</translation>
    </message>
</context>
<context>
    <name>SpecPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="119"/>
        <source>There is nothing to fill in on this page.</source>
        <translation>本页无需填写。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="239"/>
        <source>To continue, complete or correct: {fields}.</source>
        <translation>请先填写或更正：{fields}。</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="55"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="57"/>
        <source>Day</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="52"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="52"/>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="75"/>
        <source>Too short: %1 of at least 12 characters</source>
        <translation>太短：%1 个字符，至少需要 12 个</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="77"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="78"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="78"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="290"/>
        <source>Due date, readiness and forms</source>
        <translation>期限、完备情况与表格</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="304"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="305"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="310"/>
        <source>Due date:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="311"/>
        <source>Decision expected by:</source>
        <translation>预计决定日期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="312"/>
        <source>Readiness:</source>
        <translation>完备情况：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="314"/>
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="315"/>
        <source>Forms to print:</source>
        <translation>需打印的表格：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="333"/>
        <source>Known once the submission is recorded: the CAC decides within 30 working days of a complete submission (Algorithm Provisions art. 25).</source>
        <translation>记录提交后可知：网信部门在收齐材料后三十个工作日内作出决定（《算法推荐管理规定》第二十五条）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="342"/>
        <source>Not attached yet: {kinds}.</source>
        <translation>尚未附上：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="344"/>
        <source>Every material the procedure needs is attached.</source>
        <translation>该事项所需材料均已附上。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="352"/>
        <source>Not known until the date that starts the clock is entered.</source>
        <translation>填写起算日期后方可计算。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="356"/>
        <source>{date} (provisional: the official working-day calendar of that year is not known yet)</source>
        <translation>{date}（暂定：该年官方工作日安排尚未公布）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="361"/>
        <source>Counted from {date}, when the {rule} took effect: no clock starts earlier.</source>
        <translation>自{date}起算：{rule}于该日施行，期限不早于该日起算。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="367"/>
        <source>Not ready to submit: {count} items below need attention.</source>
        <translation>尚不能提交：下列 {count} 项需要处理。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="370"/>
        <source>Ready to submit; please read the warnings below.</source>
        <translation>可以提交；请阅读下列提示。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="372"/>
        <source>Ready to submit: every form is complete.</source>
        <translation>可以提交：各表格均已填写完整。</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="26"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="27"/>
        <source>Import from a &amp;CAC list…</source>
        <translation>从网信办备案清单导入(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="28"/>
        <source>Chec&amp;k against a CAC list…</source>
        <translation>与网信办备案清单核对(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="29"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="33"/>
        <source>Back &amp;up to a file…</source>
        <translation>备份到文件(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="34"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="88"/>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>导入完成：新建 %1，更新 %2，跳过 %3。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="104"/>
        <source>Check against a CAC list</source>
        <translation>与网信办备案清单核对</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="104"/>
        <source>CAC lists (*.docx)</source>
        <translation>备案清单 (*.docx)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="74"/>
        <source>Unlock the register</source>
        <translation>解锁台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="76"/>
        <source>Register file: %1</source>
        <translation>台账文件：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="84"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="85"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="95"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="107"/>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>请输入口令或恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="112"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="vanished">设置口令</translation>
    </message>
    <message>
        <source>%1

Choose a passphrase for the new register:</source>
        <translation type="vanished">%1

请为新台账设置口令：</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="vanished">请再输入一次：</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation type="vanished">两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="29"/>
        <source>The register file does not exist.</source>
        <translation>台账文件不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="30"/>
        <source>This file is not an encrypted Filing Desk register.</source>
        <translation>该文件不是加密的 Filing Desk 台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="33"/>
        <source>The register file is truncated or damaged; restore it from a backup.</source>
        <translation>台账文件不完整或已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="36"/>
        <source>This file is not a Filing Desk register.</source>
        <translation>该文件不是 Filing Desk 台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="39"/>
        <source>The passphrase or recovery key does not open this register.</source>
        <translation>口令或恢复密钥无法打开此台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="42"/>
        <source>The system keyring cannot be reached. Unlock with the passphrase or the recovery key.</source>
        <translation>无法访问系统密钥环。请使用口令或恢复密钥解锁。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="46"/>
        <source>No key for this register is in the system keyring. Unlock it with its passphrase or its recovery key.</source>
        <translation>系统密钥环中没有此台账的密钥。请使用口令或恢复密钥解锁。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="51"/>
        <source>This register was made by a newer version of Filing Desk; please update.</source>
        <translation>此台账由更新版本的 Filing Desk 创建，请升级软件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="54"/>
        <source>Another Filing Desk window has this register open.</source>
        <translation>另一个 Filing Desk 窗口已打开此台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="57"/>
        <source>A file of that name already exists.</source>
        <translation>同名文件已存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="58"/>
        <source>The backup could not be made.</source>
        <translation>备份未能完成。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="59"/>
        <source>The register could not be written (the disk is full or read-only); nothing was changed.</source>
        <translation>台账无法写入（磁盘已满或只读），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="63"/>
        <source>The register file is damaged: its first page (the header) fails its check, although the key is right. Restore the register from a backup.</source>
        <translation>台账文件已损坏：其第一页（文件头）未通过校验，但密钥是正确的。请从备份恢复台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="68"/>
        <source>A recovery key has 17 groups of four digits 0-9 and letters A-F; check each group.</source>
        <translation>恢复密钥共 17 组、每组 4 位，由数字 0-9 和字母 A-F 组成；请逐组核对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="73"/>
        <source>Choose a backup file.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="74"/>
        <source>Choose the new file to restore into.</source>
        <translation>请选择要恢复到的新文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="75"/>
        <source>Refused: that is the open register. Restore into a new file; the open register is never overwritten.</source>
        <translation>已拒绝：这是当前打开的台账。请恢复到一个新文件；当前台账绝不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="80"/>
        <source>Refused: restore into a new file, not onto the backup itself.</source>
        <translation>已拒绝：请恢复到新文件，而不是备份文件本身。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="83"/>
        <source>Refused: {path} already exists. Choose a new file name.</source>
        <translation>已拒绝：{path} 已存在。请另选一个新文件名。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="87"/>
        <source>A new passphrase needs at least 12 characters. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>新口令至少需要 12 个字符。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="92"/>
        <source>This passphrase is a common password or made of common words or names, which are tried first. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令是常见密码，或由常见词语、名字组成，会被最先尝试。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="98"/>
        <source>This passphrase follows keys next to each other on the keyboard, which is easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令是键盘上相邻按键的组合，很容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="104"/>
        <source>This passphrase repeats characters or words, which adds little. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令重复了字符或词语，几乎不增加强度。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="109"/>
        <source>This passphrase is a sequence like abc or 6543, which is easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令是 abc 或 6543 这样的序列，很容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="114"/>
        <source>This passphrase is built on a date or a year, which is easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令基于日期或年份，很容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="119"/>
        <source>This passphrase is too easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令太容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="125"/>
        <location filename="../../filing_desk/ui/messages.py" line="280"/>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="126"/>
        <source>{label}: the value has the wrong form.</source>
        <translation>{label}：格式不正确。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="127"/>
        <source>{label} cannot be set here.</source>
        <translation>{label}不能在此修改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="128"/>
        <source>Some values are not valid.</source>
        <translation>部分填写的值无效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="129"/>
        <source>{label}: not an e-mail address.</source>
        <translation>{label}：不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="130"/>
        <source>{label}: not a phone number.</source>
        <translation>{label}：不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="131"/>
        <source>{label} is before the launch date.</source>
        <translation>{label}早于上线时间。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="132"/>
        <source>{label}: the date is in the future.</source>
        <translation>{label}：日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="133"/>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码为 18 位，此代码为 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="136"/>
        <source>A unified social credit code never contains I, O, Z, S or V; found {chars}.</source>
        <translation>统一社会信用代码不含字母 I、O、Z、S、V；发现 {chars}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="140"/>
        <source>A unified social credit code has only digits and capitals; found {chars}.</source>
        <translation>统一社会信用代码只含数字和大写字母；发现 {chars}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="143"/>
        <source>The last character should be {expected}, not {found}: a character is probably mistyped.</source>
        <translation>校验码应为 {expected}，而不是 {found}：可能有字符输错。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="147"/>
        <source>Characters 9-17 ({org_code}) fail the organisation-code check; compare with the business licence.</source>
        <translation>第 9-17 位（{org_code}）未通过组织机构代码校验；请与营业执照核对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="152"/>
        <source>A filing number reads 网信算备, 21 digits, 号 (or just the 21 digits).</source>
        <translation>备案编号格式为“网信算备”+ 21 位数字 +“号”（或只填 21 位数字）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="155"/>
        <source>This filing number has {digits} digits; a filing number has 21.</source>
        <translation>此备案编号有 {digits} 位数字；备案编号应为 21 位。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="158"/>
        <source>The first six digits ({region}) are not a known region code; please check.</source>
        <translation>前六位（{region}）不是已知的行政区划代码，请核对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="161"/>
        <source>Digits 14-15 ({type}) are not an algorithm type code (01-06).</source>
        <translation>第 14-15 位（{type}）不是算法类型代码（01-06）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="164"/>
        <source>Digits 14-15 ({type}) do not match the algorithm&apos;s type ({expected}).</source>
        <translation>第 14-15 位（{type}）与算法类型（{expected}）不符。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="167"/>
        <source>The last digit would be {expected}, not {found}; a digit may be mistyped.</source>
        <translation>末位应为 {expected}，而不是 {found}；可能有数字输错。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="170"/>
        <source>{algorithm}: the number&apos;s region prefix {region} is not the entity&apos;s region code {entity}.</source>
        <translation>{algorithm}：编号的行政区划前缀 {region} 与主体的行政区划代码 {entity} 不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="175"/>
        <source>{algorithm}: the number&apos;s year {year} is not the year the filing was granted.</source>
        <translation>{algorithm}：编号中的年份 {year} 与准予备案的年份不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="179"/>
        <source>{algorithm}: digits 7-13 ({segment}) differ from the entity&apos;s other numbers ({usual}).</source>
        <translation>{algorithm}：第7–13位（{segment}）与该主体其他编号（{usual}）不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="183"/>
        <source>A resident identity card number has 17 digits and a digit or X.</source>
        <translation>居民身份证号码由17位数字和1位数字或X组成。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="186"/>
        <source>The last character should be {expected}, not {found}: a digit is probably mistyped.</source>
        <translation>最后一位应为 {expected}，而不是 {found}：可能有数字输错。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="190"/>
        <source>The model&apos;s filing number or launch number has the wrong form.</source>
        <translation>模型备案号或上线编号格式不正确。</translation>
    </message>
    <message>
        <source>The model number has the wrong form.</source>
        <translation type="vanished">模型备案（登记）编号格式不正确。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="193"/>
        <source>The date in the model number ({date}) is not a real date.</source>
        <translation>模型编号中的日期（{date}）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="196"/>
        <source>This model&apos;s track does not expect a number.</source>
        <translation>该模型无需备案或登记，不应填写编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="199"/>
        <source>A display date is given but the filing number is not marked as shown.</source>
        <translation>已填写标示日期，但未勾选已标示备案编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="202"/>
        <source>A technical supporter describes its technical service method.</source>
        <translation>服务技术支持者应填写技术服务方式。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="205"/>
        <source>Only a generation / synthesis algorithm has a technical supporter (Deep Synthesis Provisions arts. 19(2), 23).</source>
        <translation>仅生成合成类算法可有服务技术支持者（《互联网信息服务深度合成管理规定》第十九条第二款、第二十三条）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="211"/>
        <source>{label} is not attached: the procedure cannot be marked ready without it.</source>
        <translation>{label}尚未上传：缺少该材料不能标记为待提交。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="214"/>
        <source>{label} predates the change of {since}: attach the updated version.</source>
        <translation>{label}早于{since}的变更：请上传更新后的版本。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="217"/>
        <source>{label} is missing or out of date; marked ready by an override.</source>
        <translation>{label}缺失或未更新；已说明理由并标记为待提交。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="220"/>
        <source>Marking ready without the materials needs a reason.</source>
        <translation>缺少材料而标记为待提交，须说明理由。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="224"/>
        <source>A filing can only start for a draft or returned algorithm.</source>
        <translation>只有草稿或退回补正的算法才能开始备案。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="227"/>
        <source>This algorithm already has a filing in progress.</source>
        <translation>该算法已有正在办理的备案。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="230"/>
        <source>Only a filed algorithm has changes to report.</source>
        <translation>只有已备案的算法才需要登记变更。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="233"/>
        <source>Only a filed algorithm is cancelled; abandon a draft instead.</source>
        <translation>只有已备案的算法才需注销；草稿请直接放弃。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="236"/>
        <source>That step is not possible in the current state.</source>
        <translation>当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="239"/>
        <source>Approve the entity&apos;s filing before submitting its algorithms.</source>
        <translation>主体备案通过后才能提交其算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="242"/>
        <source>Only a revocation or a cancellation by the CAC can be recorded here.</source>
        <translation>此处只能记录网信办撤销备案或依职权注销备案的决定。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="245"/>
        <source>A filing&apos;s deadline counts from the launch date: change the launch date.</source>
        <translation>备案的办理期限从上线时间起算：请修改上线时间。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="248"/>
        <source>The date of a submitted procedure can no longer be changed.</source>
        <translation>已提交的办理事项不能再更改日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="251"/>
        <source>No days to enter.</source>
        <translation>没有可录入的日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="252"/>
        <source>Line {line}: expected date,workday|holiday[,note].</source>
        <translation>第 {line} 行：格式应为 日期,workday|holiday[,备注]。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="255"/>
        <source>Line {line}: not a YYYY-MM-DD date.</source>
        <translation>第 {line} 行：日期格式应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="256"/>
        <source>Line {line}: not workday or holiday.</source>
        <translation>第 {line} 行：类别应为 workday 或 holiday。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="257"/>
        <source>Line {line}: the date appears twice.</source>
        <translation>第 {line} 行：日期重复。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="258"/>
        <source>{file} is {size} MB; an attachment may be at most {limit} MB. Nothing was attached.</source>
        <translation>{file} 大小为 {size} MB；附件最大为 {limit} MB。未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="262"/>
        <source>{file} is a link to {target}; links are not followed. Attach the file it points to.</source>
        <translation>{file} 是指向 {target} 的链接；不会跟随链接。请直接附加它所指向的文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="266"/>
        <source>{file} is not a regular file (a folder, device or pipe); nothing was attached.</source>
        <translation>{file} 不是普通文件（而是文件夹、设备或管道）；未添加任何内容。</translation>
    </message>
    <message>
        <source>The file is too large to attach.</source>
        <translation type="vanished">文件过大，无法添加为附件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="270"/>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="271"/>
        <source>The algorithm no longer exists.</source>
        <translation>该算法已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="272"/>
        <source>The entity no longer exists.</source>
        <translation>该主体已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="273"/>
        <source>The product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="274"/>
        <source>The procedure no longer exists.</source>
        <translation>该办理事项已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="275"/>
        <source>The model no longer exists.</source>
        <translation>该模型已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="276"/>
        <source>Only the current version of an attachment can be replaced.</source>
        <translation>只能替换附件的当前版本。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="281"/>
        <source>{label} needs at least {limit} characters; it has {length}.</source>
        <translation>{label}至少需要 {limit} 个字，现有 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="284"/>
        <source>{label} allows at most {limit} characters; it has {length}.</source>
        <translation>{label}最多 {limit} 个字，现有 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="287"/>
        <source>{label} does not have the expected form.</source>
        <translation>{label}的格式不符合要求。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="288"/>
        <source>{label}: the value has the wrong kind.</source>
        <translation>{label}：取值类型不对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="289"/>
        <source>{label}: at least {min} needed, {count} given.</source>
        <translation>{label}：至少需要 {min} 项，现有 {count} 项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="293"/>
        <location filename="../../filing_desk/ui/messages.py" line="296"/>
        <source>A form description shipped with Filing Desk is damaged; reinstall Filing Desk.</source>
        <translation>Filing Desk 自带的表单说明文件已损坏；请重新安装 Filing Desk。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="299"/>
        <source>There is no form of that name.</source>
        <translation>没有该名称的表单。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="301"/>
        <source>events from this one on were deleted from the log.</source>
        <translation>从这一条起的记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="304"/>
        <source>it does not link to the event before it.</source>
        <translation>它与前一条记录的链接不符。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="305"/>
        <source>it was altered after it was written.</source>
        <translation>它在写入后被改动过。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="306"/>
        <source>the log&apos;s recorded last event does not match: events were removed at the end.</source>
        <translation>日志记录的最后一条与实际不符：末尾的记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="309"/>
        <source>the log&apos;s record of its last event is missing: events were removed at the end.</source>
        <translation>日志中关于最后一条事件的记录缺失：末尾的事件已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="312"/>
        <source>the log is empty although the register holds records: its events were deleted.</source>
        <translation>台账中有记录，但日志为空：其事件已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="14"/>
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入该文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="15"/>
        <source>{file} is larger than an import may be; nothing was read.</source>
        <translation>{file} 超过了导入允许的大小；未读取任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="18"/>
        <source>{file} would unpack to far more than it holds (a possible zip bomb); it was refused without unpacking.</source>
        <translation>{file} 解压后会远大于其本身（可能是压缩炸弹）；已拒绝，未作解压。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="23"/>
        <source>Import reads .xlsx, .csv, .json or a CAC list .docx; export writes .xlsx, .csv or .json.</source>
        <translation>导入支持 .xlsx、.csv、.json 或网信办备案清单 .docx；导出支持 .xlsx、.csv 或 .json。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="27"/>
        <source>{file} cannot be read: it is damaged or not the format its name says.</source>
        <translation>无法读取 {file}：文件已损坏，或与其扩展名所示格式不符。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="30"/>
        <source>{file}: row {row} cannot be read.</source>
        <translation>{file}：第 {row} 行无法读取。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="31"/>
        <source>{file}: the cell in row {row}, column {column} cannot be read.</source>
        <translation>{file}：第 {row} 行 {column} 列的单元格无法读取。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="34"/>
        <source>{file} is not UTF-8 or GB18030/GBK text (it may be Big5 or another encoding); save it as “CSV UTF-8” and import again. Nothing was imported.</source>
        <translation>{file} 不是 UTF-8 或 GB18030/GBK 编码的文本（可能是 Big5 或其他编码）；请另存为“CSV UTF-8”后重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="39"/>
        <source>{file}: the cell in row {row}, column {column} holds a NUL character, which a text file never holds: the file is damaged or not a CSV file. Nothing was imported.</source>
        <translation>{file}：第 {row} 行第 {column} 列的单元格含有 NUL 字符，文本文件不会含有该字符：文件已损坏或不是 CSV 文件。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="44"/>
        <source>{file} holds XML that Excel and Word never write (a document type or entity declaration, or an unusual encoding); it was refused without being read.</source>
        <translation>{file} 含有 Excel 和 Word 不会写出的 XML 内容（文档类型或实体声明，或不常见的编码）；已拒绝，未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="49"/>
        <source>The export could not be written (is the disk full or the folder read-only?). No partial file was left.</source>
        <translation>导出文件无法写入（磁盘已满或文件夹只读？）。未留下不完整的文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="54"/>
        <source>Nothing was imported: some rows have errors. Fix them in the file or leave those rows out, then import again.</source>
        <translation>未导入任何内容：部分行有错误。请在文件中改正或排除这些行，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="59"/>
        <source>An entity you chose is not in this list.</source>
        <translation>您选择的主体不在此清单中。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="62"/>
        <source>{column}: a required value is missing.</source>
        <translation>{column}：缺少必填值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="63"/>
        <source>{column}: “{value}” is not a valid value.</source>
        <translation>{column}：“{value}”不是有效的值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="64"/>
        <source>{column} is mapped to a field that cannot be imported.</source>
        <translation>{column} 对应到了一个不能导入的字段。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="67"/>
        <source>The list&apos;s old type 检索过滤类 was taken as code {chosen}; confirm or change the type.</source>
        <translation>清单中的旧类别“检索过滤类”已按代码 {chosen} 处理；请确认或修改类别。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="71"/>
        <source>The products end with 等: some products are not named.</source>
        <translation>应用产品以“等”结尾：有些产品未列出名称。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="74"/>
        <source>A product has no form; it was recorded as 其他.</source>
        <translation>有产品未注明形态；已记为“其他”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="77"/>
        <source>A product has no name.</source>
        <translation>有产品没有名称。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="78"/>
        <source>A product form is not known; it was recorded as 其他.</source>
        <translation>有产品形态无法识别；已记为“其他”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="81"/>
        <source>The role is neither provider nor supporter.</source>
        <translation>角色既不是服务提供者也不是服务技术支持者。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="82"/>
        <source>The algorithm type is not a known type.</source>
        <translation>算法类别不是已知类别。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="83"/>
        <source>The list&apos;s remark mentions 注销: check that the filing is still in force.</source>
        <translation>清单备注中提到“注销”：请核实该备案是否仍然有效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="87"/>
        <source>The file is not valid JSON; nothing was imported.</source>
        <translation>该文件不是有效的 JSON；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="90"/>
        <source>The JSON file is not UTF-8 text; nothing was imported.</source>
        <translation>该 JSON 文件不是 UTF-8 文本；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="93"/>
        <source>This JSON file is not a register exported by Filing Desk.</source>
        <translation>该 JSON 文件不是 Filing Desk 导出的台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="96"/>
        <source>The file&apos;s format version is missing, or newer than this Filing Desk reads; update Filing Desk.</source>
        <translation>文件的格式版本缺失，或比本版 Filing Desk 能读取的更新；请升级 Filing Desk。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="101"/>
        <source>{field}: the value has the wrong type.</source>
        <translation>{field}：值的类型不对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="102"/>
        <source>{field} is missing.</source>
        <translation>缺少 {field}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="103"/>
        <source>{field} is not a key of a Filing Desk export.</source>
        <translation>{field} 不是 Filing Desk 导出文件中的键。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="106"/>
        <source>{field} refers to a record that is not in the file.</source>
        <translation>{field} 引用的记录不在该文件中。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="109"/>
        <source>A whole-register JSON export is restored only into an empty register; create a new register for it.</source>
        <translation>整个台账的 JSON 导出文件只能恢复到空台账中；请为它新建一个台账。</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="128"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="142"/>
        <location filename="../../filing_desk/ui/print_preview.py" line="163"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="144"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="150"/>
        <source>Choose a folder for the PDF files</source>
        <translation>选择保存 PDF 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="164"/>
        <source>Some of these files already exist in that folder. Replace them?</source>
        <translation>该文件夹中已有部分同名文件。是否替换？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="201"/>
        <source>Rendering the forms…</source>
        <translation>正在生成表格…</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="24" />
        <source>About Filing Desk</source>
        <translation>关于 Filing Desk 算法备案台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="28" />
        <source>Filing Desk %1 — an offline, encrypted register of algorithms and their CAC filing, modification and cancellation procedures.</source>
        <translation>Filing Desk %1 —— 离线加密的算法台账，管理网信部门算法备案、变更和注销事项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="49" />
        <source>Register file:</source>
        <translation>台账文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="38" />
        <location filename="../../filing_desk/ui/dialogs/about.py" line="51" />
        <source>Register id:</source>
        <translation>台账标识：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="37" />
        <source>Team register:</source>
        <translation>团队台账：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="40" />
        <source>Protected by:</source>
        <translation>保护方式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="43" />
        <source>the server: TLS to it, its disk encryption and the database roles. A team register is not encrypted with SQLCipher.</source>
        <translation>由服务器保护：与服务器之间的 TLS、服务器的磁盘加密和数据库角色。团队台账不使用 SQLCipher 加密。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="52" />
        <source>Unlocked with:</source>
        <translation>解锁方式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="54" />
        <source>Encryption:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="57" />
        <source>SQLCipher 4 (AES-256 in CBC mode, HMAC-SHA512 per page); the data key is a random 256-bit raw key, or derived from a passphrase with PBKDF2-HMAC-SHA512 (%1 iterations).</source>
        <translation>SQLCipher 4（AES-256 CBC 模式，每页 HMAC-SHA512 校验）；数据密钥为随机生成的 256 位原始密钥，或由口令经 PBKDF2-HMAC-SHA512（%1 次迭代）派生。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="64" />
        <source>Keyring backend:</source>
        <translation>密钥环后端：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="82" />
        <source>the raw key in the system keyring</source>
        <translation>系统密钥环中的原始密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="83" />
        <source>a passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="84" />
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="90" />
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="91" />
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="92" />
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service（GNOME 密钥环 / KWallet）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="93" />
        <source>KDE Wallet (KWallet)</source>
        <translation>KDE 钱包（KWallet）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="94" />
        <source>another keyring, set up on this computer</source>
        <translation>本机设置的其他密钥环</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/about.py" line="95" />
        <source>none available — passphrase mode only</source>
        <translation>无可用密钥环——仅能使用口令模式</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="88" />
        <source>Save answer</source>
        <translation>保存作答</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="89" />
        <source>Confirm review</source>
        <translation>确认复核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="106" />
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="107" />
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="109" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="110" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="111" />
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="112" />
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="151" />
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="161" />
        <source>Select an item of the checklist.</source>
        <translation>请在检查表中选择一个检查项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="169" />
        <source>Typical evidence: %1</source>
        <translation>常见证据：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="171" />
        <source>A heading takes no result: answer the items under it.</source>
        <translation>标题项无需给出结论：请对其下的各检查项作答。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="173" />
        <source>Start the assessment to answer its items.</source>
        <translation>请先开始评估，再对各检查项作答。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="175" />
        <source>Reviewed: %1</source>
        <translation>复核周期：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="208" />
        <source>✗ Not a number.</source>
        <translation>✗ 不是数字。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="211" />
        <source>Enter the figure to mark the item as conforming.</source>
        <translation>填写数值后才能将该项标为“符合”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="214" />
        <source>✓ %1 meets the threshold %2.</source>
        <translation>✓ %1 满足阈值 %2。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_answer.py" line="217" />
        <source>✗ %1 misses the threshold %2: the item cannot be marked as conforming.</source>
        <translation>✗ %1 未满足阈值 %2：该项不能标为“符合”。</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="28" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="30" />
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="32" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="37" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="39" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="44" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="25" />
        <source>Superseded</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_model.py" line="25" />
        <source>Current</source>
        <translation>当前版本</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="77" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="78" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="79" />
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="80" />
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Kind of the next file:</source>
        <translation type="vanished">下一个文件的类别：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="81" />
        <source>Change kind…</source>
        <translation>更改类别…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="82" />
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="83" />
        <source>Purge removed files…</source>
        <translation>永久删除已移除的文件…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="85" />
        <source>Delete the files removed from this record for good (asks first)</source>
        <translation>永久删除本记录中已移除的文件（删除前会先询问）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="106" />
        <source>Drop files here to attach them.</source>
        <translation>将文件拖放到此处即可添加为附件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="158" />
        <source>Still missing for the filing: {kinds}.</source>
        <translation>备案尚缺材料：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="160" />
        <source>Every material the filing needs is attached.</source>
        <translation>备案所需材料均已附上。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="217" />
        <source>Attach a linked file?</source>
        <translation>附加链接指向的文件？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="219" />
        <source>“{name}” is a link to another file:
{target}

Attach the file it points to?</source>
        <translation>“{name}”是指向另一个文件的链接：
{target}

要附加它指向的文件吗？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="240" />
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="265" />
        <source>Open a program?</source>
        <translation>打开程序？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="267" />
        <source>“{name}” is a program or script: opening it may run it on this computer, with your rights. Open it only if you trust where it came from.

Open it anyway?</source>
        <translation>“{name}”是程序或脚本：打开它可能会以您的权限在本机上运行它。只有在信任其来源时才打开。

仍要打开吗？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="280" />
        <source>Replace with a new version</source>
        <translation>替换为新版本</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachments_panel.py" line="298" />
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Entity created</source>
        <translation type="vanished">新建主体</translation>
    </message>
    <message>
        <source>Entity edited</source>
        <translation type="vanished">修改主体</translation>
    </message>
    <message>
        <source>Entity filing submitted</source>
        <translation type="vanished">主体信息已提交</translation>
    </message>
    <message>
        <source>Entity filing approved</source>
        <translation type="vanished">主体审核通过</translation>
    </message>
    <message>
        <source>Entity filing returned</source>
        <translation type="vanished">主体被退回</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation type="vanished">批量导入</translation>
    </message>
    <message>
        <source>Filing imported</source>
        <translation type="vanished">导入已备案记录</translation>
    </message>
    <message>
        <source>Algorithm created</source>
        <translation type="vanished">新建算法</translation>
    </message>
    <message>
        <source>Algorithm edited</source>
        <translation type="vanished">修改算法</translation>
    </message>
    <message>
        <source>Filing revoked by the CAC</source>
        <translation type="vanished">被网信部门撤销备案</translation>
    </message>
    <message>
        <source>Filing cancelled by the CAC</source>
        <translation type="vanished">被网信部门注销备案</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation type="vanished">新增产品</translation>
    </message>
    <message>
        <source>Product edited</source>
        <translation type="vanished">修改产品</translation>
    </message>
    <message>
        <source>Product removed</source>
        <translation type="vanished">删除产品</translation>
    </message>
    <message>
        <source>Model created</source>
        <translation type="vanished">新建模型</translation>
    </message>
    <message>
        <source>Model edited</source>
        <translation type="vanished">修改模型</translation>
    </message>
    <message>
        <source>Procedure opened</source>
        <translation type="vanished">开始办理事项</translation>
    </message>
    <message>
        <source>Procedure updated</source>
        <translation type="vanished">更新办理事项</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="vanished">保存草稿</translation>
    </message>
    <message>
        <source>Marked ready to submit</source>
        <translation type="vanished">标记为待提交</translation>
    </message>
    <message>
        <source>Materials overridden (reason given)</source>
        <translation type="vanished">材料缺失已放行（已说明理由）</translation>
    </message>
    <message>
        <source>Reopened for editing</source>
        <translation type="vanished">重新编辑</translation>
    </message>
    <message>
        <source>Submitted to the CAC</source>
        <translation type="vanished">已向网信部门提交</translation>
    </message>
    <message>
        <source>Accepted by the CAC</source>
        <translation type="vanished">网信部门审核通过</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation type="vanished">退回补正</translation>
    </message>
    <message>
        <source>Correction started</source>
        <translation type="vanished">开始补正</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="vanished">已撤回</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="vanished">添加附件</translation>
    </message>
    <message>
        <source>Attachment replaced</source>
        <translation type="vanished">替换附件</translation>
    </message>
    <message>
        <source>Working days entered</source>
        <translation type="vanished">录入工作日</translation>
    </message>
    <message>
        <source>Working days removed</source>
        <translation type="vanished">删除录入的工作日</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="vanished">修改设置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="64" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="68" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="69" />
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="70" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="vanished">对象</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="vanished">修改前 → 修改后</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="120" />
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="125" />
        <source>Filter by record or words…</source>
        <translation>按记录或关键词筛选…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="128" />
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="130" />
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="132" />
        <source>Whole register (internal)…</source>
        <translation>整个台账（内部使用）…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="134" />
        <source>One algorithm…</source>
        <translation>单个算法…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="174" />
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/audit_view.py" line="186" />
        <source>✓ The audit chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>✓ 审计链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="190" />
        <source>✗ The audit chain is broken at event #%1: %2</source>
        <translation>✗ 审计链在第 %1 条记录处断开：%2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="201" />
        <source>Audit report</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="201" />
        <source>Algorithm:</source>
        <translation>算法：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/audit_view.py" line="212" />
        <source>Preparing the audit report…</source>
        <translation>正在生成审计报告…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="48" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="103" />
        <source>Back up the register</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="106" />
        <source>Protect with a separate backup passphrase</source>
        <translation>使用单独的备份口令保护</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="123" />
        <source>The backup is encrypted like the register. Without a separate passphrase it opens with the register's key (keep your recovery key); with one, only that passphrase opens it.</source>
        <translation>备份与台账一样加密。未设单独口令时，用台账的密钥打开（请保管好恢复密钥）；设了单独口令时，只有该口令能打开。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="113" />
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="117" />
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="119" />
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="120" />
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="121" />
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="133" />
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="144" />
        <source>The two passphrases differ or are empty.</source>
        <translation>两次输入的口令不一致或为空。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="148" />
        <source>Choose another file: this is the open register.</source>
        <translation>请选择其他文件：这是当前打开的台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="153" />
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="158" />
        <source>Backing up the register…</source>
        <translation>正在备份台账…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="166" />
        <source>Backup written and verified: %1 (%2 KB, %3 pages checked).</source>
        <translation>备份已写入并校验：%1（%2 KB，已校验 %3 页）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="172" />
        <source>Backup written and verified.</source>
        <translation>备份已写入并校验。</translation>
    </message>
</context>
<context>
    <name>BackupFolderRow</name>
    <message>
        <location filename="../../filing_desk/ui/backup_folder.py" line="33" />
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/backup_folder.py" line="38" />
        <source>No automatic backup has been written yet.</source>
        <translation>尚未写入任何自动备份。</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="129" />
        <source>Rows already in the register:</source>
        <translation>台账中已有的行：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="133" />
        <source>Skip them (keep the register as it is)</source>
        <translation>跳过（台账保持不变）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="139" />
        <source>Update them from the file</source>
        <translation>用文件内容更新</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="147" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="226" />
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Import is disabled: %n row(s) have errors. Fix them in the file and choose it again, or leave those rows out (untick them, or “Leave out rows with errors”).</source>
        <translation type="vanished">无法导入：%n 行有错误。请在文件中改正后重新选择，或不导入这些行（取消勾选，或点击“排除有错误的行”）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="238" />
        <source>No rows to import.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <source>Ready: %n row(s) will be imported in one step.</source>
        <translation type="vanished">就绪：%n 行将一次性导入。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="289" />
        <source>%1 keeps its name in the register, “%2”; the file names it “%3”.</source>
        <translation>%1 在台账中保留原名称“%2”；文件中的名称为“%3”。</translation>
    </message>
    <message>
        <source>Imported: %1 algorithm(s) created, %2 updated, %3 skipped (already in the register); %4 new entit(ies).</source>
        <translation type="vanished">导入完成：新建算法 %1 个，更新 %2 个，跳过 %3 个（台账中已有）；新建主体 %4 个。</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/editors.py" line="242" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CacAnswerDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="69" />
        <source>Record the CAC's answer</source>
        <translation>记录网信部门答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="105" />
        <source>网信算备, the 21 digits, 号 (or only the digits)</source>
        <translation>网信算备 + 21 位数字 + 号（或只填数字）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="111" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="112" />
        <source>Filing number:</source>
        <translation>备案编号：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="114" />
        <source>Reason the CAC gave:</source>
        <translation>网信部门给出的理由：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="128" />
        <source>{kind} of the algorithm “{name}”, now: {state}.</source>
        <translation>算法“{name}”的{kind}，当前状态：{state}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="137" />
        <source>Submitted in the CAC system</source>
        <translation>已在网信部门系统中提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="138" />
        <source>Filed: the CAC accepted it</source>
        <translation>已备案：网信部门审核通过</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="139" />
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_answer.py" line="140" />
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>CacListDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="187" />
        <source>Import from a CAC list</source>
        <translation>从网信办备案清单导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="191" />
        <source>No list chosen.</source>
        <translation>尚未选择清单。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="192" />
        <source>Choose list…</source>
        <translation>选择清单…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="201" />
        <source>Search entity names</source>
        <translation>搜索主体名称</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="224" />
        <source>List:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="230" />
        <source>Entities in the list (tick yours):</source>
        <translation>清单中的主体（勾选您的主体）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="238" />
        <source>Rows of the chosen entities:</source>
        <translation>所选主体的备案行：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="262" />
        <source>Choose a CAC list</source>
        <translation>选择网信办备案清单</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="262" />
        <source>CAC lists (*.docx)</source>
        <translation>备案清单 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="275" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="291" />
        <source>%1 (%2) · batch %3</source>
        <translation>%1（%2）· 批次 %3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="294" />
        <source>imported before: its record will name the new entities too</source>
        <translation>此前已导入：其记录将一并载明新选主体</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="308" />
        <source>%n entit(ies) in the list</source>
        <translation>
            <numerusform>清单中共 %n 个主体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="328" />
        <source>Tick one or more entities to import their rows.</source>
        <translation>勾选一个或多个主体以导入其备案行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="336" />
        <source>%n row(s) carry a remark in the list (highlighted). On import, 已注销 records the algorithm as cancelled as of the list, and an entity renamed by the list takes its new name; other changes are kept in the list's record.</source>
        <translation>
            <numerusform>%n 行在清单中带有备注（已高亮）。导入时，“已注销”将该算法记为自该清单起已注销；清单载明更名的主体将改用新名称；其他变更保存在清单记录中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="360" />
        <source>List recorded: %1, batch %2, published %3.</source>
        <translation>已记录清单：%1，批次 %2，发布于 %3。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="362" />
        <source>This list was imported before (same file): %1, batch %2, published %3.</source>
        <translation>此清单此前已导入（同一文件）：%1，批次 %2，发布于 %3。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="367" />
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
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="155" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="145" />
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="146" />
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="147" />
        <source>Type / role</source>
        <translation>类别 / 角色</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="148" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="149" />
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="164" />
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CalendarEntryDialog</name>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="205" />
        <source>Official working days for %1</source>
        <translation>%1 年官方工作日安排</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="212" />
        <source>Name, e.g. 春节</source>
        <translation>名称，例如 春节</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="213" />
        <source>Add holidays</source>
        <translation>添加放假日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="215" />
        <source>Add make-up working day(s)</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="217" />
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="237" />
        <source>One line per date: date,workday|holiday,note (from the notice).</source>
        <translation>每行一个日期：日期,workday|holiday,备注（依国务院办公厅通知填写）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="258" />
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="258" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="90" />
        <source>Enter official days…</source>
        <translation>录入官方安排…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="92" />
        <location filename="../../filing_desk/ui/calendar_view.py" line="187" />
        <source>Remove entered days</source>
        <translation>删除录入的安排</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="99" />
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="109" />
        <source>Bold dates are holidays; underlined bold dates are make-up working days (调休). The list names each of them.</source>
        <translation>粗体日期为放假日；带下划线的粗体日期为调休上班日。右侧列表逐一列出。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="139" />
        <source>%1: official days from the State Council notice (built in).</source>
        <translation>%1 年：内置的国务院办公厅放假安排。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="143" />
        <source>%1: official days entered by you.</source>
        <translation>%1 年：您录入的官方安排。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="145" />
        <source>%1: PROVISIONAL — weekends and statutory holidays only, no make-up days. Due dates in this year are marked provisional until you enter the official days.</source>
        <translation>%1 年：暂定 —— 仅按周末和法定节假日计算，不含调休。录入官方安排之前，该年的期限均标为“暂定”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="188" />
        <source>Remove the days entered for %1? Its due dates become provisional.</source>
        <translation>删除 %1 年录入的安排？该年的期限将变为暂定。</translation>
    </message>
</context>
<context>
    <name>ChangeConfirmDialog</name>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="42" />
        <source>A filed field changes</source>
        <translation>修改已备案信息</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="58" />
        <source>Save the change</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="65" />
        <source>A change of filed information is reported to the CAC within ten working days (Algorithm Provisions art. 24).</source>
        <translation>已备案信息发生变更的，应当自变更之日起十个工作日内向网信办办理变更手续（《算法推荐管理规定》第二十四条）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="72" />
        <source>Date of the change</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="97" />
        <source>{name}: this change opens a modification (变更) due on {due}.</source>
        <translation>{name}：此次修改将开启一项变更，办理期限为 {due}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="99" />
        <source>{name}: this change joins the open modification due on {due}.</source>
        <translation>{name}：此次修改将并入正在办理的变更，办理期限为 {due}。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="213" />
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="217" />
        <source>The register is re-encrypted under the new passphrase. Backups made before keep the old one: they open with it, or with the recovery key.</source>
        <translation>台账将用新口令重新加密。此前的备份仍使用旧口令：用旧口令或恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="226" />
        <source>Current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="236" />
        <source>Change the passphrase</source>
        <translation>更改口令</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="49" />
        <source>Awaiting your answer</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="52" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="53" />
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="54" />
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="56" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="59" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CheckListDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="129" />
        <source>Check against a CAC list</source>
        <translation>与网信办备案清单核对</translation>
    </message>
    <message>
        <source>For every filed algorithm of the register: does %1 carry its filing number, and do the algorithm and entity names match? A list is one batch of filings, so “not in this list” is expected for algorithms filed in other batches.</source>
        <translation type="vanished">对台账中每个已备案算法：%1 是否载有其备案编号，算法名称和主体名称是否一致？一份清单只是一批备案，其他批次备案的算法显示“不在此清单中”属正常。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="160" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Filed algorithms: %1 · listed with matching names: %2 · not in this list: %3</source>
        <translation type="vanished">已备案算法：%1 · 在清单中且名称一致：%2 · 不在此清单中：%3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="133" />
        <source>For every filed algorithm of the register: does %1 carry its filing number, do the names, type, role and main use match, and what does its remark say? A list is one batch of filings, so “missing” is expected for algorithms filed in other batches.</source>
        <translation>对台账中每个已备案算法：%1 是否载有其备案编号，名称、类别、角色和主要用途是否一致，备注说明了什么？每份清单只是一批备案，因此在其他批次备案的算法显示“未列入”属正常。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="176" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="180" />
        <source>Comparing with the register…</source>
        <translation>正在与台账比对…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="187" />
        <source>Checking against the CAC list…</source>
        <translation>正在与网信办清单核对…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="191" />
        <source>The check was cancelled.</source>
        <translation>核对已取消。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="209" />
        <source>%1 (estimated from the batch)</source>
        <translation>%1（按批次估计）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="211" />
        <source>%1 · batch %2 · published %3</source>
        <translation>%1 · 批次 %2 · 发布于 %3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="217" />
        <source>not imported into this register</source>
        <translation>尚未导入本台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="219" />
        <source>imported on %1</source>
        <translation>于 %1 导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="224" />
        <source>Listed: %1 · missing: %2 · renamed: %3 · cancelled: %4 · differs: %5</source>
        <translation>已列入：%1 · 未列入：%2 · 已更名：%3 · 已注销：%4 · 不一致：%5</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="237" />
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="246" />
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="248" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="239" />
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="248" />
        <source>The report was saved.</source>
        <translation>报告已保存。</translation>
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
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="98" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="89" />
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="57" />
        <source>Listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="58" />
        <source>Missing from this list</source>
        <translation>本清单未列</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="59" />
        <source>Entity renamed</source>
        <translation>主体已更名</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="60" />
        <source>Cancelled (已注销)</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="61" />
        <source>Differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="90" />
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="91" />
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="92" />
        <source>In the list</source>
        <translation>清单中</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="93" />
        <source>What differs</source>
        <translation>不一致之处</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="94" />
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="105" />
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/check_list_dialog.py" line="115" />
        <source>renamed: “%1” → “%2”</source>
        <translation>更名：“%1”→“%2”</translation>
    </message>
</context>
<context>
    <name>ChecklistFindings</name>
    <message>
        <location filename="../../filing_desk/ui/checklist_findings.py" line="57" />
        <source>%1 — %2: %3</source>
        <translation>%1 —— %2：%3</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_findings.py" line="64" />
        <source>(review by %1)</source>
        <translation>（须于 %1 前复核）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_findings.py" line="66" />
        <source>(changed in a new version of the checklist)</source>
        <translation>（检查表新版本修改了此项）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_findings.py" line="68" />
        <source>(review was due %1)</source>
        <translation>（复核已于 %1 到期）</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="92" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="93" />
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="94" />
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="95" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="96" />
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="97" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_model.py" line="237" />
        <source>%1 · to review</source>
        <translation>%1 · 待复核</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="77" />
        <source>Start assessment</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="114" />
        <source>All items</source>
        <translation>全部检查项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="117" />
        <source>To review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="124" />
        <source>Subject:</source>
        <translation>评估对象：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="127" />
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="133" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="187" />
        <source>%1 (not started)</source>
        <translation>%1（未开始）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="225" />
        <source>No checklist applies to this subject.</source>
        <translation>没有适用于该评估对象的检查表。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="231" />
        <source>%1 / %2 answered, %3 non-conforming</source>
        <translation>已作答 %1 / %2 项，不符合 %3 项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="235" />
        <source>, %1 to review</source>
        <translation>，待复核 %1 项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/checklist_view.py" line="237" />
        <source>Not started: %n item(s) apply.</source>
        <translation>
            <numerusform>尚未开始：适用 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1 items apply.</source>
        <translation type="vanished">未开始：适用的检查项共 %1 项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_view.py" line="239" />
        <source>This assessment is against version %1 of the checklist.</source>
        <translation>本评估依据的是检查表第 %1 版。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="53" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="53" />
        <source>Goes to field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="53" />
        <source>First value</source>
        <translation>首行取值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="71" />
        <source>(no header)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/column_mapping.py" line="75" />
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="75" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="77" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="88" />
        <source>Someone else changed this record</source>
        <translation>他人已修改此记录</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="95" />
        <source>Someone else changed this record since you opened it; nothing was saved. For each field, keep your value or take theirs.</source>
        <translation>您打开此记录后，他人已修改了它；未保存任何内容。请逐项选择保留您的值或采用对方的值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="104" />
        <source>Merge</source>
        <translation>合并保存</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="107" />
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="140" />
        <source>Take theirs</source>
        <translation>采用对方的值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="117" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="117" />
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="117" />
        <source>Theirs now</source>
        <translation>对方现值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="118" />
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="118" />
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/conflict_dialog.py" line="139" />
        <source>Keep mine</source>
        <translation>保留我的值</translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="70" />
        <source>Create a new register</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="72" />
        <source>The register file: %1</source>
        <translation>台账文件：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="76" />
        <source>Keep its key in this computer's system keyring (nothing to type)</source>
        <translation>把密钥保存在本机的系统密钥环中（无需输入口令）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="78" />
        <source>Protect it with a passphrase</source>
        <translation>用口令保护</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="96" />
        <source>Create the register</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="133" />
        <source>The register is encrypted with a random key that this computer's system keyring keeps for you, unlocked by your login. If that key is lost (a new computer, a reinstalled system), only the recovery key (shown once, next) opens the register.</source>
        <translation>台账用一个随机密钥加密，该密钥由本机的系统密钥环替您保管，登录系统后即可使用。一旦该密钥丢失（换了电脑或重装了系统），只有恢复密钥（接下来仅显示一次）能打开台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/create_register.py" line="167" />
        <source>The register cannot be made in that folder. Choose another place.</source>
        <translation>无法在该文件夹中创建台账，请换一个位置。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="126" />
        <source>Nothing here.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="128" />
        <source>Generative-AI services live without a number</source>
        <translation>已上线但无编号的生成式人工智能服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="131" />
        <source>Products not showing the model name and number</source>
        <translation>未标示模型名称及编号的产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="133" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="135" />
        <source>Due within 5 working days</source>
        <translation>5 个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="138" />
        <source>Other open procedures and their due dates</source>
        <translation>其他办理中的事项及期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="141" />
        <source>Awaiting the CAC's decision</source>
        <translation>等待网信部门审核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="144" />
        <source>Products not yet showing their filing number (art. 26)</source>
        <translation>尚未显著标示备案编号的产品（第二十六条）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="147" />
        <source>Calendar years still provisional</source>
        <translation>工作日历尚为暂定的年份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="150" />
        <source>Filing not yet decided (triage)</source>
        <translation>尚未判断是否需要备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="154" />
        <source>Checklist items not conforming</source>
        <translation>不符合的检查项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="157" />
        <source>Checklist evidence expiring within 30 days</source>
        <translation>30 天内到期的检查项证据</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="160" />
        <source>Checklist reviews due</source>
        <translation>到期应复核的检查项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="163" />
        <source>User numbers jumped: security assessment (trigger 3)?</source>
        <translation>用户规模显著增加：是否需开展安全评估（第三项情形）？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="166" />
        <source>GenAI annexes to renew (practice cadence, not a legal duty)</source>
        <translation>待更新的生成式人工智能服务附件（实务周期，非法定义务）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="227" />
        <source>%1 — uses %2</source>
        <translation>%1 —— 使用 %2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="237" />
        <source>%1: official working days not entered yet</source>
        <translation>%1 年：尚未录入官方工作日安排</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="269" />
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="271" />
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dashboard.py" line="276" />
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dashboard.py" line="278" />
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="279" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="283" />
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 —— %2，%3（%4）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dashboard.py" line="296" />
        <source>%1 — %2 submitted %3, decision expected by %4</source>
        <translation>%1 —— %2 于 %3 提交，预计 %4 前作出决定</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/editors.py" line="147" />
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="78" />
        <source>Audit events</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="96" />
        <source>Start filing</source>
        <translation>开始备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="97" />
        <source>Record a change</source>
        <translation>登记变更</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="98" />
        <source>Terminate service</source>
        <translation>终止服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="99" />
        <location filename="../../filing_desk/ui/detail_pane.py" line="144" />
        <source>Record the CAC's answer</source>
        <translation>记录网信部门答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="109" />
        <source>Checklists…</source>
        <translation>检查表…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="117" />
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation type="vanished">添加产品…</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation type="vanished">删除产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="134" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="140" />
        <source>Print forms…</source>
        <translation>打印表格…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="142" />
        <source>Continue in the wizard</source>
        <translation>在向导中继续</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="146" />
        <source>Discard modification…</source>
        <translation>作废变更…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="149" />
        <source>A modification opened by mistake, nothing submitted: remove its deadline</source>
        <translation>误开且尚未提交的变更：取消其办理期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="159" />
        <source>Procedures</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="167" />
        <source>Security assessment</source>
        <translation>安全评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="174" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="226" />
        <source>Select an algorithm in the register.</source>
        <translation>请在台账中选择一个算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="232" />
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="236" />
        <source>Listed: %1</source>
        <translation>公示批次：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="242" />
        <source>%1 due %2</source>
        <translation>%1 期限 %2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="245" />
        <location filename="../../filing_desk/ui/detail_pane.py" line="271" />
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="258" />
        <source>No procedures yet.</source>
        <translation>尚无办理事项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="275" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="276" />
        <source>Triggered on</source>
        <translation>起算日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="277" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="278" />
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="279" />
        <source>Decision expected by</source>
        <translation>预计决定日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="280" />
        <source>Decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="281" />
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="282" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="283" />
        <source>Returned because</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/detail_pane.py" line="284" />
        <source>Changes (old → new)</source>
        <translation>变更内容（原 → 新）</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="vanished">删除 %1？</translation>
    </message>
</context>
<context>
    <name>DiscardModificationDialog</name>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="113" />
        <source>Discard the modification</source>
        <translation>作废变更</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="115" />
        <source>Discard the modification of {name} (due {due}) as opened by mistake? Its deadline goes away; the audit log keeps it with your reason. This is not a withdrawal recorded in the CAC's system.</source>
        <translation>确定将算法“{name}”的变更（办理期限 {due}）作为误开予以作废吗？作废后不再有该办理期限；审计日志仍会保留该变更及您填写的理由。此操作并非在网信办备案系统中撤回。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="123" />
        <source>Why was it opened by mistake?</source>
        <translation>请说明为何属于误开</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_confirm.py" line="126" />
        <source>Discard</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <location filename="../../filing_desk/ui/unsaved.py" line="164" />
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/unsaved.py" line="165" />
        <source>What you typed here has not been saved.</source>
        <translation>此处输入的内容尚未保存。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/unsaved.py" line="167" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/unsaved.py" line="170" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>DisplayDutyPanel</name>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="93" />
        <source>Shows the model name and number</source>
        <translation>已标示模型名称及编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="98" />
        <source>e.g. the footer of the home page, or a URL</source>
        <translation>如首页底部或网址</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="99" />
        <source>Attach screenshot…</source>
        <translation>添加截图…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="101" />
        <source>Save display</source>
        <translation>保存标示情况</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="106" />
        <source>Shown since</source>
        <translation>标示起始日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="107" />
        <source>Where</source>
        <translation>标示位置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="135" />
        <source>Each product must show: %1</source>
        <translation>各产品须标示：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="215" />
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="215" />
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DisplayTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="54" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="54" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="57" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="58" />
        <source>Shows the number</source>
        <translation>已标示编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="60" />
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="64" />
        <source>Where</source>
        <translation>标示位置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="65" />
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="67" />
        <source>Alert</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_display.py" line="68" />
        <source>Not shown</source>
        <translation>未标示</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../filing_desk/ui/drafts.py" line="192" />
        <source>Unsaved input</source>
        <translation>未保存的输入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/drafts.py" line="193" />
        <source>You were editing %1 when the register locked.</source>
        <translation>台账锁定时您正在编辑%1。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/drafts.py" line="194" />
        <source>Continue where you left off, or discard what you typed?</source>
        <translation>从中断处继续，还是放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/drafts.py" line="196" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/drafts.py" line="199" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="88" />
        <source>New entity…</source>
        <translation>新建主体…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="90" />
        <source>New algorithm for this entity…</source>
        <translation>为该主体新建算法…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="112" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="116" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="121" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="134" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="135" />
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="136" />
        <source>Returned…</source>
        <translation>被退回…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="147" />
        <source>Entity filing (主体备案): %1</source>
        <translation>主体备案：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="163" />
        <source>Entity filing returned</source>
        <translation>主体被退回</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="163" />
        <source>The CAC's reason for returning:</source>
        <translation>网信办退回的理由：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entities_view.py" line="170" />
        <source>Entity filing</source>
        <translation>主体备案</translation>
    </message>
</context>
<context>
    <name>EntityNamesModel</name>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/cac_list_dialog.py" line="96" />
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityProductsPanel</name>
    <message>
        <location filename="../../filing_desk/ui/entity_products.py" line="83" />
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entity_products.py" line="85" />
        <source>Remove product</source>
        <translation>删除产品</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="58" />
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="59" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="67" />
        <source>Evidence (drop files on an item to attach them)</source>
        <translation>证据（将文件拖放到检查项上即可附加）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="99" />
        <source>⚠ content does not match its SHA-256</source>
        <translation>⚠ 内容与其 SHA-256 摘要不符</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="140" />
        <source>Attach a linked file?</source>
        <translation>附加链接指向的文件？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="141" />
        <source>“%1” is a link to another file:
%2

Attach the file it points to?</source>
        <translation>“%1”是指向另一个文件的链接：
%2

要附加它指向的文件吗？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_evidence.py" line="161" />
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="51" />
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="105" />
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="127" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="53" />
        <source>The whole register</source>
        <translation>整个台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="65" />
        <source>⚠ The exported file is NOT encrypted: anyone who gets it can read every entry. Keep it in a safe place and delete it when it is no longer needed.</source>
        <translation>⚠ 导出的文件【未加密】：任何拿到该文件的人都能读取全部内容。请妥善保管，不再需要时及时删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="77" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="82" />
        <source>What:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="83" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="84" />
        <source>Column headers:</source>
        <translation>列名语言：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="115" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="125" />
        <source>Exported to %1 (not encrypted).</source>
        <translation>已导出到 %1（未加密）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/export_dialog.py" line="127" />
        <source>Exported (not encrypted).</source>
        <translation>已导出（未加密）。</translation>
    </message>
</context>
<context>
    <name>GenAIDashboard</name>
    <message>
        <location filename="../../filing_desk/ui/genai_dashboard.py" line="30" />
        <source>%1 — live since %2 without a filing or registration number</source>
        <translation>%1 — 自 %2 起上线，尚无备案号或上线编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_dashboard.py" line="38" />
        <source>%1 — does not show “%2” (service %3)</source>
        <translation>%1 — 未标示“%2”（服务：%3）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_dashboard.py" line="46" />
        <source>%1 — keyword list of %2, %3 days old: practice is to renew it every %4 days</source>
        <translation>%1 — 拦截关键词列表（%2版），已 %3 天：实务中每 %4 天更新一次</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_dashboard.py" line="51" />
        <source>%1 — test question bank of %2, %3 days old: practice is to renew it every %4 days</source>
        <translation>%1 — 评估测试题集（%2版），已 %3 天：实务中每 %4 天更新一次</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="25" />
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="28" />
        <source>This register is empty. Start from the CAC's published list, add your entity by hand, or look around a demo register first (it is deleted on exit).</source>
        <translation>台账还是空的。可以从网信办公布的清单开始，手动添加主体，或先看看演示台账（退出时删除）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="34" />
        <source>Import a CAC list…</source>
        <translation>导入网信办备案清单…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="36" />
        <source>Add an entity…</source>
        <translation>添加主体…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="38" />
        <source>Open the demo</source>
        <translation>打开演示台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="41" />
        <source>Your algorithms as the CAC published them, filing numbers included.</source>
        <translation>按网信办公布的内容导入您的算法，含备案编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="42" />
        <source>The company (主体) that files; its algorithms follow.</source>
        <translation>先添加备案主体，再添加其算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/getting_started.py" line="43" />
        <source>Sample entities, algorithms and procedures in every state.</source>
        <translation>各种状态的示例主体、算法和办理事项。</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="52" />
        <source>Import is disabled: %n row(s) have errors. Fix them in the file and choose it again, or leave those rows out (untick them, or “Leave out rows with errors”).</source>
        <translation>
            <numerusform>无法导入：%n 行有错误。请在文件中改正后重新选择，或略去这些行（取消勾选，或选“略去有错误的行”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="61" />
        <source>Ready: %n row(s) will be imported in one step.</source>
        <translation>
            <numerusform>就绪：将一次导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="68" />
        <source>%n row(s) already in the register will be skipped.</source>
        <translation>
            <numerusform>%n 行已在台账中，将跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="75" />
        <source>%n row(s) name an algorithm of an earlier row and will be skipped.</source>
        <translation>
            <numerusform>%n 行与前面某行是同一算法，将跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="82" />
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>已略去 %n 个有错误的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="89" />
        <source>Imported: %n algorithm(s) created, %1 updated, %2 skipped (already in the register, or named by an earlier row).</source>
        <translation>
            <numerusform>已导入：新建 %n 个算法，更新 %1 个，跳过 %2 个（已在台账中，或与前面某行重复）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/dialogs/import_base.py" line="97" />
        <source>%n new entit(ies).</source>
        <translation>
            <numerusform>新建 %n 个主体。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="52" />
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="108" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="55" />
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="57" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="72" />
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="73" />
        <source>Preview (first rows)</source>
        <translation>预览（前几行）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="79" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="87" />
        <source>Validation report, row by row:</source>
        <translation>逐行校验报告：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="110" />
        <source>Registers and CAC lists (*.xlsx *.csv *.json *.docx);;All files (*)</source>
        <translation>台账和备案清单 (*.xlsx *.csv *.json *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="125" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_dialog.py" line="175" />
        <source>Required fields with no column: %1</source>
        <translation>以下必填字段没有对应的列：%1</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="129" />
        <source>“%1” is already in the register: it will be updated from this row.</source>
        <translation>“%1”已在台账中：将用此行更新。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="131" />
        <source>“%1” is already in the register: this row will be skipped.</source>
        <translation>“%1”已在台账中：此行将被跳过。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="81" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="86" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="88" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="96" />
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="77" />
        <source>Exists</source>
        <translation>已存在</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../filing_desk/ui/jobs.py" line="119" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/jobs.py" line="146" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>KeyMenu</name>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="26" />
        <source>Change &amp;passphrase…</source>
        <translation>更改口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="29" />
        <source>Re-&amp;key register…</source>
        <translation>更换台账密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="51" />
        <source>Passphrase changed. Backups made before keep the old passphrase.</source>
        <translation>口令已更改。此前的备份仍使用旧口令。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="63" />
        <location filename="../../filing_desk/ui/key_menu.py" line="96" />
        <source>Re-key register</source>
        <translation>更换台账密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="64" />
        <source>Give the register a new data key and a new recovery key?</source>
        <translation>为台账更换新的数据密钥和恢复密钥？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="67" />
        <source>The register is re-encrypted with a new random key, kept in this computer's keyring; a passphrase no longer opens it. The new recovery key is shown next: print or write it down. Backups made before keep the old key and open only with the old recovery key (or the old passphrase).</source>
        <translation>台账将用新的随机密钥重新加密，密钥保存在本机密钥环中；口令将不能再打开它。接下来会显示新的恢复密钥，请打印或抄写。此前的备份仍使用旧密钥，只能用旧恢复密钥（或旧口令）打开。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/key_menu.py" line="73" />
        <source>Re-key</source>
        <translation>更换密钥</translation>
    </message>
</context>
<context>
    <name>KindsDialog</name>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="48" />
        <source>Kind of material</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="48" />
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="50" />
        <source>What is this file? The kind is what the filing checks for.</source>
        <translation>这是什么文件？备案时按类别核对材料是否齐全。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="53" />
        <source>The kind of each file was guessed from its name. Check it before attaching; it can be changed later.</source>
        <translation>各文件的类别是根据文件名推测的。请在添加前核对；之后也可以更改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="77" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="77" />
        <source>Attach</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="59" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="60" />
        <source>Access address</source>
        <translation>访问地址</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="62" />
        <source>Live since</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="65" />
        <source>Withdrawn on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="69" />
        <source>Shows the number</source>
        <translation>标示备案编号</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../filing_desk/ui/autolock.py" line="116" />
        <source>The register is locked.</source>
        <translation>台账已锁定。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/autolock.py" line="122" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="75" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="82" />
        <source>New &amp;entity…</source>
        <translation>新建主体(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="85" />
        <source>&amp;New algorithm…</source>
        <translation>新建算法(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="91" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="93" />
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="100" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="102" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="107" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="108" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="109" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="111" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="115" />
        <source>&amp;Procedure</source>
        <translation>办理(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="121" />
        <source>Start &amp;filing…</source>
        <translation>开始备案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="122" />
        <source>Record a &amp;change…</source>
        <translation>登记变更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="123" />
        <source>&amp;Terminate service…</source>
        <translation>终止服务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="133" />
        <source>Record the CAC's &amp;answer…</source>
        <translation>记录网信部门答复(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="134" />
        <source>C&amp;ontinue in the wizard</source>
        <translation>在向导中继续(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="135" />
        <source>&amp;Discard modification…</source>
        <translation>作废变更(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="145" />
        <source>Chec&amp;klists…</source>
        <translation>检查表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="146" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="147" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="149" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="151" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="153" />
        <source>&amp;About Filing Desk</source>
        <translation>关于 Filing Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="161" />
        <source>The selected algorithm has no procedure in progress.</source>
        <translation>所选算法没有进行中的程序。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/menus.py" line="170" />
        <source>The selected algorithm has no modification to discard.</source>
        <translation>所选算法没有可作废的变更。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="84" />
        <location filename="../../filing_desk/ui/main_window.py" line="85" />
        <source>Filing Desk</source>
        <translation>Filing Desk 算法备案台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="172" />
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="211" />
        <source>Opening the register…</source>
        <translation>正在打开台账…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="217" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="279" />
        <location filename="../../filing_desk/ui/main_window.py" line="295" />
        <source>Select an algorithm in the register first.</source>
        <translation>请先在台账中选择一个算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/main_window.py" line="288" />
        <source>The selected algorithm has no procedure in progress.</source>
        <translation>所选算法没有正在办理的事项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/main_window.py" line="369" />
        <source>%1 of %n algorithm(s) shown · %2 overdue</source>
        <translation>
            <numerusform>显示 %1 / %n 个算法 · 逾期 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="vanished">备份</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="vanished">备份已写入：%1</translation>
    </message>
    <message>
        <source>%1 of %2 algorithms shown · %3 overdue</source>
        <translation type="vanished">显示 %1 / %2 个算法 · %3 个逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="13" />
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="14" />
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="15" />
        <source>Entities</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="16" />
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="17" />
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="18" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/views.py" line="19" />
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="43" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="44" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="45" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="46" />
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="47" />
        <source>Model filing number</source>
        <translation>模型备案号</translation>
    </message>
</context>
<context>
    <name>NewAlgorithmDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="134" />
        <source>New algorithm</source>
        <translation>新建算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="141" />
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="144" />
        <source>Choose a type…</source>
        <translation>请选择类型…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="151" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="157" />
        <source>Create an entity first: every algorithm belongs to one.</source>
        <translation>请先新建主体：每个算法都属于一个主体。</translation>
    </message>
</context>
<context>
    <name>NewEntityDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="106" />
        <source>New entity</source>
        <translation>新建主体</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="159" />
        <source>Choose a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="145" />
        <source>This passphrase encrypts the register: every algorithm, filing, attachment and the audit log. Filing Desk keeps it nowhere, so no one can reset it: if it is forgotten, only the recovery key (shown once, next) opens the register.</source>
        <translation>此口令用于加密台账：其中的每个算法、备案、附件以及审计记录。Filing Desk 不在任何地方保存它，因此无人能够重置：一旦忘记，只有恢复密钥（接下来仅显示一次）能打开台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="114" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="115" />
        <source>Type it again:</source>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="116" />
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="173" />
        <source>Create the register</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="127" />
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="193" />
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="193" />
        <source>Link a product</source>
        <translation>关联产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="200" />
        <source>A new product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="206" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_record.py" line="214" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
</context>
<context>
    <name>NoViewerMessage</name>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="168" />
        <source>No program on this computer opened “{name}”. Install a program for this kind of file, or show the file in its folder and open it from there.

This decrypted copy is deleted when the register locks or Filing Desk closes.</source>
        <translation>本机没有能打开“{name}”的程序。请安装可打开此类文件的程序，或在文件夹中显示该文件，再从那里打开。

此解密副本会在台账锁定或 Filing Desk 关闭时删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="172" />
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="173" />
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>OpenTeamDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="51" />
        <source>Open team register</source>
        <translation>打开团队台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="62" />
        <source>(server default)</source>
        <translation>（服务器默认）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="67" />
        <source>Remember the password in this computer's keyring</source>
        <translation>在本机密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="76" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="88" />
        <source>Address (paste a URL):</source>
        <translation>地址（可粘贴 URL）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="89" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="90" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="91" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="92" />
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="93" />
        <source>TLS (sslmode):</source>
        <translation>TLS（sslmode）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="94" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="98" />
        <source>Leave the password empty to use the one kept in this computer's keyring. It is never written to a settings file.</source>
        <translation>密码留空则使用本机密钥环中保存的密码。密码从不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/open_team.py" line="167" />
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="106" />
        <source>Start filing</source>
        <translation>开始备案</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="107" />
        <source>Record a change</source>
        <translation>登记变更</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="108" />
        <source>Terminate service</source>
        <translation>终止服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="114" />
        <source>Save as draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="vanished">产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="130" />
        <source>Product {n}</source>
        <translation>产品{n}</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="134" />
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="302" />
        <source>The draft is saved; you can continue later.</source>
        <translation>草稿已保存，可稍后继续。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="335" />
        <source>Your answers are saved. The procedure stays a draft until the items listed are complete.</source>
        <translation>填写内容已保存。在所列事项补充完整之前，该事项仍为草稿。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="346" />
        <source>{kind} of {name} marked ready; due {due}.</source>
        <translation>算法“{name}”的{kind}已标记为待提交；办理期限为 {due}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="365" />
        <source>Mark ready without the materials</source>
        <translation>缺少材料仍标记为待提交</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/procedure_wizard.py" line="367" />
        <source>Not attached or out of date: {kinds}.
To mark the procedure ready anyway, give the reason. It is kept in the audit log and printed on no form.</source>
        <translation>未上传或未更新：{kinds}。
如仍要标记为待提交，请说明理由。理由记入审计日志，不打印在任何报送表单上。</translation>
    </message>
</context>
<context>
    <name>ProductLinksPanel</name>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="136" />
        <source>Link a product…</source>
        <translation>关联产品…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="137" />
        <source>Withdraw…</source>
        <translation>撤下…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="138" />
        <location filename="../../filing_desk/ui/product_links.py" line="271" />
        <source>Remove link</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="159" />
        <source>The product (every algorithm it serves)</source>
        <translation>产品本身（对其服务的所有算法均适用）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="160" />
        <source>This algorithm on the product</source>
        <translation>本算法在该产品上的情况</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="272" />
        <source>Remove %1 from this algorithm? Only a link made by mistake is removed; withdraw a product the algorithm was used on.</source>
        <translation>解除“%1”与本算法的关联？只有误建的关联才应解除；算法曾在该产品上使用的，请改为撤下。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/entity_products.py" line="46" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entity_products.py" line="47" />
        <source>Access address</source>
        <translation>访问地址</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/entity_products.py" line="49" />
        <source>Algorithms</source>
        <translation>算法数</translation>
    </message>
</context>
<context>
    <name>PurgeQuestion</name>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="148" />
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="152" />
        <source>…and {count} more</source>
        <translation>…另有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="154" />
        <source>These removed files will be deleted from the register for good:

{files}

This cannot be undone. The audit log keeps their names and SHA-256; backups made before now still hold them.</source>
        <translation>以下已移除的文件将从台账中永久删除：

{files}

此操作无法撤销。审计日志会保留其文件名和 SHA-256 摘要；此前制作的备份中仍有这些文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="158" />
        <source>Purge removed files</source>
        <translation>永久删除已移除的文件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="159" />
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../filing_desk/ui/record_form.py" line="99" />
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_guard.py" line="63" />
        <source>The field is restored, but the modification of {name} stays open: it also records other changes ({fields}).</source>
        <translation>该字段已恢复原值，但算法“{name}”的变更仍在办理中：其中还登记了其他变更（{fields}）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_guard.py" line="68" />
        <source>The field is restored, but the modification of {name} stays open: files are attached to it.</source>
        <translation>该字段已恢复原值，但算法“{name}”的变更仍在办理中：该变更已附有文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_guard.py" line="73" />
        <source>The field is restored, but the modification of {name} stays: it was submitted.</source>
        <translation>该字段已恢复原值，但算法“{name}”的变更仍然保留：该变更已提交。</translation>
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
        <location filename="../../filing_desk/ui/record_form.py" line="267" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="64" />
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="67" />
        <source>This key opens the encrypted register if the key in the system keyring is lost, the computer is replaced or the passphrase is forgotten. It is shown only now. Write it down or print the recovery sheet, and keep it as you keep the company seal.</source>
        <translation>系统密钥环中的密钥丢失、更换电脑或忘记口令时，可凭此恢复密钥打开加密台账。它只显示这一次。请抄写下来或打印恢复密钥页，并像保管公章一样妥善保管。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="77" />
        <source>This is the register's NEW recovery key: the old one no longer opens it. Backups made before the re-key still open only with the old recovery key, so keep the old sheet with them.</source>
        <translation>这是台账的新恢复密钥：旧的已不能打开台账。重新加密之前的备份仍只能用旧恢复密钥打开，请把旧的恢复页与这些备份放在一起保管。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="94" />
        <source>I have written it down or printed the sheet</source>
        <translation>我已抄写或打印恢复密钥页</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="95" />
        <source>Print the recovery sheet…</source>
        <translation>打印恢复密钥页…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="97" />
        <source>Save the sheet as PDF…</source>
        <translation>将恢复密钥页另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="99" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/recovery.py" line="163" />
        <source>Preparing the recovery sheet…</source>
        <translation>正在生成恢复密钥页…</translation>
    </message>
</context>
<context>
    <name>RegisterMenu</name>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="53" />
        <source>&amp;Open register…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="59" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="61" />
        <source>&amp;Close register</source>
        <translation>关闭台账(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="79" />
        <source>The register opened last is no longer at %1.</source>
        <translation>上次打开的台账已不在 %1。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="100" />
        <source>That register is already open.</source>
        <translation>该台账已经打开。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="114" />
        <source>Open a register</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="138" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="157" />
        <source>Demo register: deleted on exit</source>
        <translation>演示台账：退出时删除</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="181" />
        <source>No register open</source>
        <translation>未打开台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="261" />
        <source>(not found)</source>
        <translation>（找不到文件）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_menu.py" line="268" />
        <source>No recent registers</source>
        <translation>没有最近打开的台账</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="55" />
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="56" />
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="58" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="64" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="70" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="77" />
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="83" />
        <source>Next procedure</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="89" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="103" />
        <source>Security assessment</source>
        <translation>安全评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="40" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="41" />
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_columns.py" line="42" />
        <source>Counted with a provisional calendar: enter the year's official working days in the Calendar view to make it exact.</source>
        <translation>按暂定日历计算：在“工作日历”中录入该年官方工作日安排后即为准确期限。</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="80" />
        <source>Search names, numbers, products… (Ctrl+F)</source>
        <translation>搜索名称、编号、产品…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="84" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="85" />
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="86" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="87" />
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="97" />
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/register_view.py" line="133" />
        <source>All entities</source>
        <translation>全部主体</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="124" />
        <source>Remove “{name}” from this record?

It leaves the list and no longer counts as filed material. Its content stays in the register's history until you choose “Purge removed files…”.</source>
        <translation>要从本记录中移除“{name}”吗？

移除后它不再出现在列表中，也不再算作备案材料。其内容仍保留在台账的历史记录中，直到您选择“永久删除已移除的文件…”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="129" />
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/attachment_dialogs.py" line="129" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="200" />
        <source>Leave out rows with errors</source>
        <translation>排除有错误的行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="202" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="244" />
        <source>Rows: %1 · OK: %2 · with warnings: %3 · with errors: %4</source>
        <translation>共 %1 行 · 无问题：%2 · 有警告：%3 · 有错误：%4</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="251" />
        <source>left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="261" />
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="268" />
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="270" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="261" />
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/import_report.py" line="270" />
        <source>The report was saved.</source>
        <translation>报告已保存。</translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <location filename="../../filing_desk/ui/restart.py" line="47" />
        <source>Restart now?</source>
        <translation>立即重启？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/restart.py" line="48" />
        <source>The new language applies everywhere after a restart.</source>
        <translation>重启后新语言才会全面生效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/restart.py" line="51" />
        <source>Restart now? Filing Desk closes as usual (a changed register is backed up) and opens again. Later: the language applies the next time you start it.</source>
        <translation>现在重启吗？Filing Desk 将照常关闭（有改动的台账会先备份）并重新打开。选“稍后”则下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/restart.py" line="56" />
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/restart.py" line="58" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="190" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="194" />
        <source>only if the backup has its own passphrase</source>
        <translation>仅当备份设有单独口令时填写</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="196" />
        <source>only if this computer does not hold the key</source>
        <translation>仅当本机没有该台账的密钥时填写</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="210" />
        <source>The backup is checked, then copied into a NEW file and checked again. The open register is never overwritten.</source>
        <translation>先校验备份，再复制到一个【新】文件并再次校验。当前打开的台账绝不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="197" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="200" />
        <source>Open it in a new window</source>
        <translation>在新窗口中打开</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="204" />
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="205" />
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="206" />
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="208" />
        <source>Restore into (new file):</source>
        <translation>恢复到（新文件）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="219" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="229" />
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="256" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
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
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="271" />
        <source>Restored and verified: %1. Open it to check it; your open register is unchanged.</source>
        <translation>已恢复并校验：%1。可打开核对；当前打开的台账未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="275" />
        <source>Restored and verified: %1. It is a register of its own, with a new key: write down its recovery key now. Your open register and its key are unchanged.</source>
        <translation>已恢复并校验：%1。它是一个独立的台账，使用新的密钥：请立即记下它的恢复密钥。当前打开的台账及其密钥未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="279" />
        <source>Restored and verified.</source>
        <translation>已恢复并校验。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/backup_dialog.py" line="301" />
        <source>Filing Desk could not be started for that file.</source>
        <translation>无法为该文件启动 Filing Desk。</translation>
    </message>
</context>
<context>
    <name>RestoreHereDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="46" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="61" />
        <source>Restore a register from a backup</source>
        <translation>从备份恢复台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="65" />
        <source>Choose the backup file and type the register's recovery key (from its recovery sheet). The backup is checked, copied into a new file and checked again; then the register opens here.</source>
        <translation>请选择备份文件，并输入台账的恢复密钥（见恢复密钥页）。备份经检查后复制到一个新文件并再次检查，然后在本窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="79" />
        <source>only if the backup has its own passphrase</source>
        <translation>仅当备份设有单独口令时填写</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="83" />
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="84" />
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="85" />
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="86" />
        <source>Restore into:</source>
        <translation>恢复到：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="95" />
        <source>Restore and open</source>
        <translation>恢复并打开</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="107" />
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="116" />
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="130" />
        <source>The backup could not be restored: it does not open with this recovery key (or backup passphrase), or it is damaged. Check the key and the file; nothing was written.</source>
        <translation>无法恢复该备份：此恢复密钥（或备份口令）打不开它，或者文件已损坏。请检查密钥和文件；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="150" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/restore_here.py" line="164" />
        <source>Restored and verified.</source>
        <translation>已恢复并校验。</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../filing_desk/ui/role_gate.py" line="47" />
        <source>&amp;Approve…</source>
        <translation>审核同意(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_gate.py" line="49" />
        <source>Approve the procedure as it stands: four eyes before it is ready to submit</source>
        <translation>按当前内容审核同意此办理事项：标记待提交前须经第二人复核</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_gate.py" line="120" />
        <source>Approve procedure</source>
        <translation>审核同意办理事项</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_gate.py" line="123" />
        <source>Approve procedure #{id} as it stands now? Any later edit voids the approval.</source>
        <translation>按当前内容审核同意办理事项 #{id}？此后的任何修改都会使该审核失效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_gate.py" line="145" />
        <source>Procedure #{id} approved.</source>
        <translation>办理事项 #{id} 已审核同意。</translation>
    </message>
</context>
<context>
    <name>ScaleTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="64" />
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="65" />
        <source>Registered users</source>
        <translation>注册用户数</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="66" />
        <source>Monthly active users</source>
        <translation>月活跃用户数</translation>
    </message>
</context>
<context>
    <name>SecurityAssessmentDialog</name>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="88" />
        <source>Security assessment of “%1”</source>
        <translation>对“%1”的安全评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="90" />
        <source>Edit the security assessment of “%1”</source>
        <translation>编辑对“%1”的安全评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="117" />
        <source>Occasion (art. 3):</source>
        <translation>评估情形（第三条）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="119" />
        <source>Notice reference:</source>
        <translation>书面通知文号：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="120" />
        <source>Assessed by (art. 4):</source>
        <translation>评估方式（第四条）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="121" />
        <source>Assessor's name:</source>
        <translation>评估机构名称：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="122" />
        <source>Focus areas (art. 5):</source>
        <translation>评估重点（第五条）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="123" />
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="133" />
        <source>Report (art. 6)</source>
        <translation>评估报告（第六条）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="149" />
        <source>Functions and scope:</source>
        <translation>功能与服务范围：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="150" />
        <source>Hardware and software:</source>
        <translation>软硬件设施：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="151" />
        <source>Deployment location:</source>
        <translation>部署地点：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="152" />
        <source>Licences:</source>
        <translation>许可或备案：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="153" />
        <source>Measures and their effect:</source>
        <translation>措施及其效果：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="154" />
        <source>Conclusion:</source>
        <translation>评估结论：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="155" />
        <source>Other matters:</source>
        <translation>其他情况：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="163" />
        <source>no art. 5 checklist assessment of this subject yet</source>
        <translation>该对象尚无第五条检查表评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="167" />
        <source>rests on checklist assessment #%1</source>
        <translation>依据检查表评估 #%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="189" />
        <source>Go-live or function date:</source>
        <translation>上线或新增功能日期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_dialog.py" line="191" />
        <source>Date it arose or the notice came:</source>
        <translation>情形发生或收到通知日期：</translation>
    </message>
</context>
<context>
    <name>SecurityAssessmentPanel</name>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="98" />
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="99" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="100" />
        <source>Record submission…</source>
        <translation>登记报送…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="101" />
        <source>Print report…</source>
        <translation>打印评估报告…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="108" />
        <source>Subject:</source>
        <translation>评估对象：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="166" />
        <source>Select an algorithm in the register.</source>
        <translation>请在台账中选择一个算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="176" />
        <source>No security assessment needed so far (no public-opinion attributes).</source>
        <translation>目前无需安全评估（不具有舆论属性）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="178" />
        <source>Security assessment: complete.</source>
        <translation>安全评估：已完成。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="180" />
        <source>Security assessment: %1, %2.</source>
        <translation>安全评估：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_cells.py" line="33" />
        <source>before %1</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_cells.py" line="34" />
        <source>due %1</source>
        <translation>%1到期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_cells.py" line="36" />
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_cells.py" line="48" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_cells.py" line="50" />
        <source>filed late</source>
        <translation>逾期报送</translation>
    </message>
</context>
<context>
    <name>SecurityDashboard</name>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="30" />
        <source>Security assessment (2018 rules), none recorded</source>
        <translation>安全评估（2018年规定），尚未开展</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="32" />
        <source>Security assessment (2018 rules), %1</source>
        <translation>安全评估（2018年规定），%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="40" />
        <source>%n working day(s) overdue</source>
        <translation>已逾期%n个工作日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="42" />
        <source>%n working day(s) left</source>
        <translation>还剩%n个工作日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="51" />
        <source>monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="53" />
        <source>registered users</source>
        <translation>注册用户</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_dashboard.py" line="55" />
        <source>%1: %2 grew from %3 (%4) to %5 (%6) — trigger (3)?</source>
        <translation>%1：%2由%3（%4）增至%5（%6）——是否属第三条第（三）项情形？</translation>
    </message>
</context>
<context>
    <name>SecurityProductBox</name>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="90" />
        <source>Follow the categories</source>
        <translation>按所列类别判断</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="91" />
        <source>Has public-opinion attributes</source>
        <translation>具有舆论属性</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="92" />
        <source>Does not have them</source>
        <translation>不具有舆论属性</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="96" />
        <source>Reason for the override (audited)</source>
        <translation>改判理由（记入审计）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="98" />
        <source>Save categories</source>
        <translation>保存类别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="110" />
        <source>registered users</source>
        <translation>注册用户数</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="111" />
        <source>monthly active users</source>
        <translation>月活跃用户数</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="112" />
        <source>Add user numbers</source>
        <translation>添加用户数</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="121" />
        <source>Save threshold</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="124" />
        <source>A jump of at least</source>
        <translation>增幅达到</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="126" />
        <source>or of (users, 0: not used)</source>
        <translation>或增加（人数，0为不使用）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="132" />
        <source>Per-se categories (2018 rules art. 2(1)):</source>
        <translation>本身具有舆论属性的类别（2018年规定第二条第（一）项）：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="136" />
        <source>User numbers over time:</source>
        <translation>用户规模变化：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="146" />
        <source>Product “%1” under the 2018 rules</source>
        <translation>产品“%1”（2018年安全评估规定）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="165" />
        <source>Treated as having public-opinion attributes: a security assessment is due.</source>
        <translation>视为具有舆论属性：应当开展安全评估。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="167" />
        <source>Not treated as having public-opinion attributes.</source>
        <translation>不视为具有舆论属性。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_product_box.py" line="199" />
        <source>User numbers are whole numbers.</source>
        <translation>用户数须为整数。</translation>
    </message>
</context>
<context>
    <name>SecuritySubmissionDialog</name>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="50" />
        <source>Record a submission</source>
        <translation>登记报送</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="54" />
        <source>Filed through the %1.</source>
        <translation>通过%1报送。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="65" />
        <source>Feedback received on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="71" />
        <source>Filed with:</source>
        <translation>报送对象：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="72" />
        <source>Submitted on:</source>
        <translation>报送日期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="73" />
        <source>Platform reference:</source>
        <translation>平台编号：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="74" />
        <source>Feedback:</source>
        <translation>反馈意见：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_submission_dialog.py" line="76" />
        <source>Rectification order:</source>
        <translation>整改要求：</translation>
    </message>
</context>
<context>
    <name>SecurityTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="59" />
        <source>Subject</source>
        <translation>评估对象</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="61" />
        <source>Occasion</source>
        <translation>评估情形</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="65" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="69" />
        <source>Due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_assessment_panel.py" line="70" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ServiceAnnexesPanel</name>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="106" />
        <source>Open the GB/T 45654 assessment</source>
        <translation>打开 GB/T 45654 评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="108" />
        <source>Start the GB/T 45654 assessment</source>
        <translation>开始 GB/T 45654 评估</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="120" />
        <source>Annex %1 %2</source>
        <translation>附件%1 %2</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="128" />
        <source>%1: not attached</source>
        <translation>%1：未上传</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="131" />
        <source>%1: version %2 of %3</source>
        <translation>%1：第 %2 版（%3）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="138" />
        <source>%1: the GB/T 45654 assessment, %2 of %3 applicable items answered, complete</source>
        <translation>%1：GB/T 45654 评估，适用的 %3 项中已评估 %2 项，已完成</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_annexes.py" line="142" />
        <source>%1: the GB/T 45654 assessment, %2 of %3 applicable items answered, not complete</source>
        <translation>%1：GB/T 45654 评估，适用的 %3 项中已评估 %2 项，未完成</translation>
    </message>
</context>
<context>
    <name>ServiceChangesPanel</name>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="86" />
        <source>Note (why)</source>
        <translation>备注（理由）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="87" />
        <source>Record answer</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_changes.py" line="112" />
        <source>No material change recorded.</source>
        <translation>无重大变更记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/service_changes.py" line="115" />
        <source>%n change(s) awaiting an answer: must the track be run again?</source>
        <translation>
            <numerusform>%n 项变更待答复：是否须重新办理备案或登记？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="78" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="79" />
        <source>Models and links</source>
        <translation>模型与关联</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="80" />
        <source>Display duty</source>
        <translation>标示义务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="81" />
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="82" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="98" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="148" />
        <source>Select a service.</source>
        <translation>请选择服务。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="156" />
        <source>chosen by the user</source>
        <translation>用户改定</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="156" />
        <source>derived</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="157" />
        <source>Track: %1 (%2)</source>
        <translation>办理方式：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="161" />
        <source>Practice: %1</source>
        <translation>实务：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="166" />
        <source>The CAC's reasons: %1</source>
        <translation>网信办意见：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="188" />
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_detail.py" line="194" />
        <source>live since %1</source>
        <translation>自 %1 上线</translation>
    </message>
</context>
<context>
    <name>ServiceLinksPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_links.py" line="35" />
        <source>Products and algorithms</source>
        <translation>产品与算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_links.py" line="37" />
        <source>Products the service powers:</source>
        <translation>服务所支撑的产品：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_links.py" line="41" />
        <source>The entity has no products yet.</source>
        <translation>该主体尚无产品。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_links.py" line="43" />
        <source>Generation / synthesis algorithms it is filed under:</source>
        <translation>所备案的生成合成类算法：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_links.py" line="50" />
        <source>The entity has no generation / synthesis algorithm.</source>
        <translation>该主体尚无生成合成类算法。</translation>
    </message>
</context>
<context>
    <name>ServiceLinksPanel</name>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="88" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="90" />
        <source>Filed under the algorithms</source>
        <translation>所属备案算法</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_links.py" line="92" />
        <source>Powers the products</source>
        <translation>所支撑的产品</translation>
    </message>
</context>
<context>
    <name>ServiceModelsPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_models.py" line="76" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_models.py" line="78" />
        <source>The models the service runs or calls: the track is derived from them.</source>
        <translation>服务运行或调用的模型：据此推定办理方式。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_models.py" line="98" />
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_models.py" line="99" />
        <source>Remove model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_models.py" line="133" />
        <source>No model yet: add the models the service uses.</source>
        <translation>尚无模型：请添加服务所用的模型。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_models.py" line="147" />
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>ServiceSummaryPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_summary.py" line="32" />
        <source>Check and save</source>
        <translation>核对并保存</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_summary.py" line="50" />
        <source>no filing number</source>
        <translation>无备案号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_summary.py" line="56" />
        <source>None yet</source>
        <translation>尚未推定</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_summary.py" line="58" />
        <source>Track: {track}. {why}</source>
        <translation>办理方式：{track}。{why}</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_summary.py" line="68" />
        <source>Model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_summary.py" line="70" />
        <source>Products: {n}, algorithms: {m}</source>
        <translation>产品：{n}个，算法：{m}个</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="69" />
        <source>Live without a number</source>
        <translation>已上线无编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="72" />
        <source>Number not shown: %n product(s)</source>
        <translation>未标示编号：%n 个产品</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="119" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="120" />
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="122" />
        <source>Track</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="126" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="127" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="129" />
        <source>Go-live</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_model.py" line="134" />
        <source>Alerts</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ServiceTrackPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_track.py" line="55" />
        <source>Filing or registration</source>
        <translation>备案或登记</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_track.py" line="62" />
        <source>Derived track:</source>
        <translation>推定的办理方式：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_track.py" line="64" />
        <source>Choose the track myself</source>
        <translation>自行选择办理方式</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_track.py" line="126" />
        <source>None yet</source>
        <translation>尚未推定</translation>
    </message>
</context>
<context>
    <name>ServiceWizard</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_wizard.py" line="130" />
        <source>New generative-AI service</source>
        <translation>新建生成式人工智能服务</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_wizard.py" line="132" />
        <source>Edit {name}</source>
        <translation>编辑{name}</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/service_wizard.py" line="222" />
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ServicesOfRecord</name>
    <message>
        <location filename="../../filing_desk/ui/service_wiring.py" line="82" />
        <source>Generative-AI services filed under this algorithm: %1</source>
        <translation>以本算法备案的生成式人工智能服务：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_wiring.py" line="84" />
        <source>Generative-AI services this product powers: %1</source>
        <translation>本产品所用的生成式人工智能服务：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_wiring.py" line="154" />
        <source>Services</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <location filename="../../filing_desk/ui/services_view.py" line="55" />
        <source>Filter services (name, entity, number…)</source>
        <translation>筛选服务（名称、主体、编号…）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/services_view.py" line="58" />
        <location filename="../../filing_desk/ui/services_view.py" line="102" />
        <source>New service…</source>
        <translation>新建服务…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/services_view.py" line="97" />
        <source>No generative-AI service yet. A public service built on a large model needs a filing (备案) or a registration (登记) of its own, besides its algorithm's filing.</source>
        <translation>尚无生成式人工智能服务。面向公众的大模型服务除算法备案外，还须办理服务备案或登记。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/services_view.py" line="181" />
        <source>Create the entity that offers the service first.</source>
        <translation>请先创建提供该服务的主体。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="54" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="61" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="64" />
        <source>Count the trigger day too (due dates one working day earlier)</source>
        <translation>起算日当天也计入（期限提前一个工作日）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="73" />
        <source>A new language applies fully after a restart.</source>
        <translation>新语言在重新启动后全面生效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="75" />
        <source>Keep the key in this computer's keyring</source>
        <translation>将密钥保存到本机系统密钥环</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="77" />
        <source>Opened with the recovery key: store the key so it opens without a prompt.</source>
        <translation>本次使用恢复密钥打开：保存密钥后，今后打开无需再输入。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="82" />
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="83" />
        <source>Lock after idle:</source>
        <translation>空闲后自动锁定：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="84" />
        <source>Automatic backups kept:</source>
        <translation>保留自动备份份数：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="88" />
        <source>Automatic backups go to:</source>
        <translation>自动备份位置：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="89" />
        <source>Deadlines:</source>
        <translation>期限计算：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="90" />
        <source>Largest file to import:</source>
        <translation>导入文件大小上限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="91" />
        <source>Largest unpacked size:</source>
        <translation>解压后大小上限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="92" />
        <source>Most rows in one import:</source>
        <translation>单次导入行数上限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="93" />
        <source>Renew the keyword list (annex 4) every:</source>
        <translation>拦截关键词列表（附件4）更新周期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="94" />
        <source>Renew the test bank (annex 5) every:</source>
        <translation>评估测试题集（附件5）更新周期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="120" />
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="120" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="130" />
        <source>A reminder appears when the latest version attached to a generative-AI service is older than this. Weekly keyword lists and monthly test banks are what practice reports, not a legal deadline.</source>
        <translation>生成式人工智能服务所附最新版本超过此天数时提醒。关键词每周、测试题每月更新系实务做法，并非法定期限。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="138" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/settings.py" line="156" />
        <source>The key is now in this computer's keyring.</source>
        <translation>密钥已保存到本机系统密钥环。</translation>
    </message>
</context>
<context>
    <name>SpecPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="116" />
        <source>There is nothing to fill in on this page.</source>
        <translation>本页无需填写。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/spec_page.py" line="244" />
        <source>To continue, complete or correct: {fields}.</source>
        <translation>请先填写或更正：{fields}。</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="55" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="57" />
        <source>Day</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="61" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="52" />
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/calendar_view.py" line="52" />
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../filing_desk/ui/service_steps.py" line="66" />
        <source>One reason per line, as the CAC gave them</source>
        <translation>每行一条，照录网信办意见</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_steps.py" line="69" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_steps.py" line="73" />
        <source>The CAC's reasons</source>
        <translation>网信办意见</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_steps.py" line="74" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_steps.py" line="96" />
        <source>Registration number (上线编号)</source>
        <translation>上线编号</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/service_steps.py" line="97" />
        <source>Filing number (备案号)</source>
        <translation>备案号</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="83" />
        <source>Too short: %1 of at least 12 characters</source>
        <translation>太短：%1 个字符，至少需要 12 个</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="85" />
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="86" />
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/new_passphrase.py" line="86" />
        <source>Good</source>
        <translation>良好</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="48" />
        <source>Due date, readiness and forms</source>
        <translation>期限、完备情况与表格</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="62" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="63" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="68" />
        <source>Due date:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="69" />
        <source>Decision expected by:</source>
        <translation>预计决定日期：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="70" />
        <source>Readiness:</source>
        <translation>完备情况：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="72" />
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="73" />
        <source>Forms to print:</source>
        <translation>需打印的表格：</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="91" />
        <source>Known once the submission is recorded: the CAC decides within 30 working days of a complete submission (Algorithm Provisions art. 25).</source>
        <translation>记录提交后可知：网信部门在收齐材料后三十个工作日内作出决定（《算法推荐管理规定》第二十五条）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="100" />
        <source>Not attached yet: {kinds}.</source>
        <translation>尚未附上：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="102" />
        <source>Every material the procedure needs is attached.</source>
        <translation>该事项所需材料均已附上。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="110" />
        <source>Not known until the date that starts the clock is entered.</source>
        <translation>填写起算日期后方可计算。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="114" />
        <source>{date} (provisional: the official working-day calendar of that year is not known yet)</source>
        <translation>{date}（暂定：该年官方工作日安排尚未公布）</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="119" />
        <source>Counted from {date}, when the {rule} took effect: no clock starts earlier.</source>
        <translation>自{date}起算：{rule}于该日施行，期限不早于该日起算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="126" />
        <source>Not ready to submit: %n item(s) below need attention.</source>
        <translation>
            <numerusform>尚不能提交：下方 %n 项需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready to submit: {count} items below need attention.</source>
        <translation type="vanished">尚不能提交：下列 {count} 项需要处理。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="130" />
        <source>Ready to submit; please read the warnings below.</source>
        <translation>可以提交；请阅读下列提示。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/wizard/summary_page.py" line="132" />
        <source>Ready to submit: every form is complete.</source>
        <translation>可以提交：各表格均已填写完整。</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../filing_desk/ui/team_menu.py" line="35" />
        <source>Open &amp;team register…</source>
        <translation>打开团队台账(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/team_menu.py" line="80" />
        <source>The password could not be kept in this computer's keyring.</source>
        <translation>无法将密码保存到本机密钥环。</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="26" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="27" />
        <source>Import from a &amp;CAC list…</source>
        <translation>从网信办备案清单导入(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="28" />
        <source>Chec&amp;k against a CAC list…</source>
        <translation>与网信办备案清单核对(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="29" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="33" />
        <source>Back &amp;up to a file…</source>
        <translation>备份到文件(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="34" />
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="89" />
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>导入完成：新建 %1，更新 %2，跳过 %3。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="105" />
        <source>Check against a CAC list</source>
        <translation>与网信办备案清单核对</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/transfer_menu.py" line="105" />
        <source>CAC lists (*.docx)</source>
        <translation>备案清单 (*.docx)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="84" />
        <source>Unlock the register</source>
        <translation>解锁台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="86" />
        <source>Register file: %1</source>
        <translation>台账文件：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="94" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="95" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="102" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/unlock.py" line="120" />
        <source>Enter the passphrase or the recovery key.</source>
        <translation>请输入口令或恢复密钥。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="vanished">详细信息：%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="49" />
        <source>Welcome to Filing Desk</source>
        <translation>欢迎使用 Filing Desk 算法备案台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="53" />
        <source>A register is one encrypted file that keeps your entities, algorithms, filings, attachments and their history. Nothing leaves this computer.</source>
        <translation>台账是一个加密文件，保存您的主体、算法、备案、附件及其变更历史。所有内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="66" />
        <source>Create a new register</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="67" />
        <source>Start an empty register on this computer.</source>
        <translation>在这台电脑上新建一个空台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="73" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="77" />
        <source>Open an existing register file…</source>
        <translation>打开已有的台账文件…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="78" />
        <source>A .fdesk file made on this or another computer, or copied from a colleague.</source>
        <translation>在本机或其他电脑上建立的 .fdesk 文件，或同事拷来的文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="83" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="85" />
        <source>On a new computer: a backup file and its recovery key bring the register back.</source>
        <translation>换了新电脑时：用备份文件和恢复密钥找回台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="91" />
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="93" />
        <source>A throw-away register filled with sample data, to look around. It is deleted when Filing Desk closes; nothing in it is kept.</source>
        <translation>一个装有示例数据的临时台账，供您随便看看。关闭 Filing Desk 时即删除，其中的内容不会保存。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="98" />
        <source>Recent registers</source>
        <translation>最近打开的台账</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="146" />
        <source>The file will be: %1</source>
        <translation>文件将保存在：%1</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/dialogs/welcome.py" line="168" />
        <source>Where to create the register</source>
        <translation>新台账的保存位置</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="81" />
        <source>Withdraw from %1</source>
        <translation>从“%1”撤下</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_links.py" line="89" />
        <source>For a filed algorithm, taking it off a product is a change: its modification is due ten working days after this day.</source>
        <translation>对已备案的算法，将其从产品上撤下属于变更：应自该日起十个工作日内办理变更。</translation>
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
        <location filename="../../filing_desk/ui/messages.py" line="40" />
        <source>The register file does not exist.</source>
        <translation>台账文件不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="41" />
        <source>This file is not an encrypted Filing Desk register.</source>
        <translation>该文件不是加密的 Filing Desk 台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="44" />
        <source>The register file is truncated or damaged; restore it from a backup.</source>
        <translation>台账文件不完整或已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="47" />
        <source>This file is not a Filing Desk register.</source>
        <translation>该文件不是 Filing Desk 台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="50" />
        <source>The passphrase or recovery key does not open this register.</source>
        <translation>口令或恢复密钥无法打开此台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="53" />
        <source>The system keyring cannot be reached. Unlock with the passphrase or the recovery key.</source>
        <translation>无法访问系统密钥环。请使用口令或恢复密钥解锁。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="57" />
        <source>The current passphrase is not right; the passphrase was not changed.</source>
        <translation>当前口令不正确，口令未更改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="60" />
        <source>No key for this register is in the system keyring. Unlock it with its passphrase or its recovery key.</source>
        <translation>系统密钥环中没有此台账的密钥。请使用口令或恢复密钥解锁。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="65" />
        <source>This register was made by a newer version of Filing Desk; please update.</source>
        <translation>此台账由更新版本的 Filing Desk 创建，请升级软件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="68" />
        <source>Another Filing Desk window has this register open.</source>
        <translation>另一个 Filing Desk 窗口已打开此台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="71" />
        <source>A file of that name already exists.</source>
        <translation>同名文件已存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="72" />
        <source>The backup could not be made.</source>
        <translation>备份未能完成。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="73" />
        <source>The register could not be written (the disk is full or read-only); nothing was changed.</source>
        <translation>台账无法写入（磁盘已满或只读），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="77" />
        <source>The register file is damaged: its first page (the header) fails its check, although the key is right. Restore the register from a backup.</source>
        <translation>台账文件已损坏：其第一页（文件头）未通过校验，但密钥是正确的。请从备份恢复台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="82" />
        <source>A recovery key has 17 groups of four digits 0-9 and letters A-F; check each group.</source>
        <translation>恢复密钥共 17 组、每组 4 位，由数字 0-9 和字母 A-F 组成；请逐组核对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="87" />
        <source>The register could not be opened. The log file has the details.</source>
        <translation>无法打开台账。详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="91" />
        <source>The team register's address is not a valid postgresql:// address.</source>
        <translation>团队台账的地址不是有效的 postgresql:// 地址。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="94" />
        <source>No password was given for the team register's server.</source>
        <translation>未提供团队台账服务器的密码。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="97" />
        <source>The server refused the password for the team register.</source>
        <translation>服务器拒绝了团队台账的密码。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="100" />
        <source>The team register's server could not be reached.</source>
        <translation>无法连接团队台账的服务器。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="103" />
        <source>The database holds no register yet: run “filing-desk team init” first.</source>
        <translation>该数据库中还没有台账：请先运行“filing-desk team init”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="106" />
        <source>The database is not empty: a team register is made in a new, empty database.</source>
        <translation>该数据库不为空：团队台账须建在新的空数据库中。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="109" />
        <source>A team register does not do this; the server's administrator does.</source>
        <translation>团队台账不执行此操作，由服务器管理员负责。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="113" />
        <source>This computer's system keyring cannot be used, so the new register will be protected by a passphrase that you choose.</source>
        <translation>本机的系统密钥环无法使用，因此新台账将用您设定的口令保护。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="119" />
        <source>Choose a backup file.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="120" />
        <source>Choose the new file to restore into.</source>
        <translation>请选择要恢复到的新文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="121" />
        <source>Refused: that is the open register. Restore into a new file; the open register is never overwritten.</source>
        <translation>已拒绝：这是当前打开的台账。请恢复到一个新文件；当前台账绝不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="126" />
        <source>Refused: restore into a new file, not onto the backup itself.</source>
        <translation>已拒绝：请恢复到新文件，而不是备份文件本身。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="129" />
        <source>Refused: {path} already exists. Choose a new file name.</source>
        <translation>已拒绝：{path} 已存在。请另选一个新文件名。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="133" />
        <source>A new passphrase needs at least 12 characters. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>新口令至少需要 12 个字符。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="138" />
        <source>This passphrase is a common password or made of common words or names, which are tried first. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令是常见密码，或由常见词语、名字组成，会被最先尝试。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="144" />
        <source>This passphrase follows keys next to each other on the keyboard, which is easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令是键盘上相邻按键的组合，很容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="150" />
        <source>This passphrase repeats characters or words, which adds little. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令重复了字符或词语，几乎不增加强度。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="155" />
        <source>This passphrase is a sequence like abc or 6543, which is easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令是 abc 或 6543 这样的序列，很容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="160" />
        <source>This passphrase is built on a date or a year, which is easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令基于日期或年份，很容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="165" />
        <source>This passphrase is too easy to guess. Use four or more unrelated words, or a sentence only you know (Chinese works too).</source>
        <translation>此口令太容易被猜到。请使用四个以上互不相关的词语，或一句只有您知道的话（中文亦可）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="171" />
        <location filename="../../filing_desk/ui/messages.py" line="275" />
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="172" />
        <source>{label}: the value has the wrong form.</source>
        <translation>{label}：格式不正确。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="173" />
        <source>{label} cannot be set here.</source>
        <translation>{label}不能在此修改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="174" />
        <source>Some values are not valid.</source>
        <translation>部分填写的值无效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="175" />
        <source>{label}: not an e-mail address.</source>
        <translation>{label}：不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="176" />
        <source>{label}: not a phone number.</source>
        <translation>{label}：不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="177" />
        <source>{label} is before the launch date.</source>
        <translation>{label}早于上线时间。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="178" />
        <source>{label}: the date is in the future.</source>
        <translation>{label}：日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="13" />
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码为 18 位，此代码为 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="16" />
        <source>A unified social credit code never contains I, O, Z, S or V; found {chars}.</source>
        <translation>统一社会信用代码不含字母 I、O、Z、S、V；发现 {chars}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="20" />
        <source>A unified social credit code has only digits and capitals; found {chars}.</source>
        <translation>统一社会信用代码只含数字和大写字母；发现 {chars}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="23" />
        <source>The last character should be {expected}, not {found}: a character is probably mistyped.</source>
        <translation>校验码应为 {expected}，而不是 {found}：可能有字符输错。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="27" />
        <source>Characters 9-17 ({org_code}) fail the organisation-code check; compare with the business licence.</source>
        <translation>第 9-17 位（{org_code}）未通过组织机构代码校验；请与营业执照核对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="32" />
        <source>A filing number reads 网信算备, 21 digits, 号 (or just the 21 digits).</source>
        <translation>备案编号格式为“网信算备”+ 21 位数字 +“号”（或只填 21 位数字）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="35" />
        <source>This filing number has {digits} digits; a filing number has 21.</source>
        <translation>此备案编号有 {digits} 位数字；备案编号应为 21 位。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="38" />
        <source>The first six digits ({region}) are not a known region code; please check.</source>
        <translation>前六位（{region}）不是已知的行政区划代码，请核对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="41" />
        <source>Digits 14-15 ({type}) are not an algorithm type code (01-06).</source>
        <translation>第 14-15 位（{type}）不是算法类型代码（01-06）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="44" />
        <source>Digits 14-15 ({type}) do not match the algorithm's type ({expected}).</source>
        <translation>第 14-15 位（{type}）与算法类型（{expected}）不符。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="47" />
        <source>The last digit would be {expected}, not {found}; a digit may be mistyped.</source>
        <translation>末位应为 {expected}，而不是 {found}；可能有数字输错。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="50" />
        <source>{algorithm}: the number's region prefix {region} is not the entity's region code {entity}.</source>
        <translation>{algorithm}：编号的行政区划前缀 {region} 与主体的行政区划代码 {entity} 不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="55" />
        <source>{algorithm}: the number's year {year} is not the year the filing was granted.</source>
        <translation>{algorithm}：编号中的年份 {year} 与准予备案的年份不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="59" />
        <source>{algorithm}: digits 7-13 ({segment}) differ from the entity's other numbers ({usual}).</source>
        <translation>{algorithm}：第7–13位（{segment}）与该主体其他编号（{usual}）不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="63" />
        <source>A resident identity card number has 17 digits and a digit or X.</source>
        <translation>居民身份证号码由17位数字和1位数字或X组成。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="66" />
        <source>The last character should be {expected}, not {found}: a digit is probably mistyped.</source>
        <translation>最后一位应为 {expected}，而不是 {found}：可能有数字输错。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="70" />
        <source>The model's filing number or launch number has the wrong form.</source>
        <translation>模型备案号或上线编号格式不正确。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="79" />
        <source>{province} is not a province spelling used in the CAC's lists; please check the number.</source>
        <translation>{province} 不是网信办名单中使用的省份拼写，请核对编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="83" />
        <source>The date in the number ({date}) is after the day it was granted ({decided}); please check it.</source>
        <translation>编号中的日期（{date}）晚于取得编号之日（{decided}），请核对。</translation>
    </message>
    <message>
        <source>The model number has the wrong form.</source>
        <translation type="vanished">模型备案（登记）编号格式不正确。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="73" />
        <source>The date in the model number ({date}) is not a real date.</source>
        <translation>模型编号中的日期（{date}）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/number_messages.py" line="76" />
        <source>This model's track does not expect a number.</source>
        <translation>该模型无需备案或登记，不应填写编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="14" />
        <source>The product is no longer linked to this algorithm.</source>
        <translation>该产品已不再关联此算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="17" />
        <source>The entity already has a product of this name and form: link that one.</source>
        <translation>该主体已有名称和形态相同的产品：请直接关联该产品。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="20" />
        <source>The product is linked to an algorithm; withdraw it there (with the day) instead.</source>
        <translation>该产品已关联算法；请改在该算法处将其撤下（并填写撤下日期）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="24" />
        <source>A display date is given but the filing number is not marked as shown.</source>
        <translation>已填写标示日期，但未勾选已标示备案编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="27" />
        <source>The product belongs to another entity than the algorithm.</source>
        <translation>该产品与该算法不属于同一主体。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="30" />
        <source>The product is already linked to this algorithm.</source>
        <translation>该产品已关联此算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="33" />
        <source>The algorithm was filed with this product: withdraw it with the day it was taken off.</source>
        <translation>该算法备案时已填报此产品：请将其撤下，并填写撤下日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="37" />
        <source>The withdrawal date is before the day it went live ({go_live}).</source>
        <translation>撤下日期早于上线日期（{go_live}）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="182" />
        <source>A technical supporter describes its technical service method.</source>
        <translation>服务技术支持者应填写技术服务方式。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="185" />
        <source>Only a generation / synthesis algorithm has a technical supporter (Deep Synthesis Provisions arts. 19(2), 23).</source>
        <translation>仅生成合成类算法可有服务技术支持者（《互联网信息服务深度合成管理规定》第十九条第二款、第二十三条）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="191" />
        <source>{label} is not attached: the procedure cannot be marked ready without it.</source>
        <translation>{label}尚未上传：缺少该材料不能标记为待提交。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="194" />
        <source>{label} predates the change of {since}: attach the updated version.</source>
        <translation>{label}早于{since}的变更：请上传更新后的版本。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="197" />
        <source>{label} is missing or out of date; marked ready by an override.</source>
        <translation>{label}缺失或未更新；已说明理由并标记为待提交。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="200" />
        <source>Marking ready without the materials needs a reason.</source>
        <translation>缺少材料而标记为待提交，须说明理由。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="204" />
        <source>A filing can only start for a draft or returned algorithm.</source>
        <translation>只有草稿或退回补正的算法才能开始备案。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="207" />
        <source>This algorithm already has a filing in progress.</source>
        <translation>该算法已有正在办理的备案。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="210" />
        <source>Only a filed algorithm has changes to report.</source>
        <translation>只有已备案的算法才需要登记变更。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="213" />
        <source>Only a filed algorithm is cancelled; abandon a draft instead.</source>
        <translation>只有已备案的算法才需注销；草稿请直接放弃。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="216" />
        <source>That step is not possible in the current state.</source>
        <translation>当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="219" />
        <source>Approve the entity's filing before submitting its algorithms.</source>
        <translation>主体备案通过后才能提交其算法。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="222" />
        <source>Only a revocation or a cancellation by the CAC can be recorded here.</source>
        <translation>此处只能记录网信办撤销备案或依职权注销备案的决定。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="225" />
        <source>A filing's deadline counts from the launch date: change the launch date.</source>
        <translation>备案的办理期限从上线时间起算：请修改上线时间。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="228" />
        <source>The date of a submitted procedure can no longer be changed.</source>
        <translation>已提交的办理事项不能再更改日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="231" />
        <source>No days to enter.</source>
        <translation>没有可录入的日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="232" />
        <source>Line {line}: expected date,workday|holiday[,note].</source>
        <translation>第 {line} 行：格式应为 日期,workday|holiday[,备注]。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="235" />
        <source>Line {line}: not a YYYY-MM-DD date.</source>
        <translation>第 {line} 行：日期格式应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="236" />
        <source>Line {line}: not workday or holiday.</source>
        <translation>第 {line} 行：类别应为 workday 或 holiday。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="237" />
        <source>Line {line}: the date appears twice.</source>
        <translation>第 {line} 行：日期重复。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="238" />
        <source>{file} is {size} MB; an attachment may be at most {limit} MB. Nothing was attached.</source>
        <translation>{file} 大小为 {size} MB；附件最大为 {limit} MB。未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="242" />
        <source>{file} is a link to {target}; links are not followed. Attach the file it points to.</source>
        <translation>{file} 是指向 {target} 的链接；不会跟随链接。请直接附加它所指向的文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="246" />
        <source>{file} is not a regular file (a folder, device or pipe); nothing was attached.</source>
        <translation>{file} 不是普通文件（而是文件夹、设备或管道）；未添加任何内容。</translation>
    </message>
    <message>
        <source>The file is too large to attach.</source>
        <translation type="vanished">文件过大，无法添加为附件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="250" />
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="251" />
        <source>{file} (attachment {id}) was changed outside Filing Desk: its SHA-256 does not match. It is not opened; attach the original again or restore the register from a backup.</source>
        <translation>附件 {file}（编号 {id}）已在 Filing Desk 之外被改动：其 SHA-256 不符。未打开该附件；请重新添加原文件，或从备份恢复台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="256" />
        <source>The algorithm no longer exists.</source>
        <translation>该算法已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="257" />
        <source>The entity no longer exists.</source>
        <translation>该主体已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/product_messages.py" line="13" />
        <source>The product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="259" />
        <source>The procedure no longer exists.</source>
        <translation>该办理事项已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="260" />
        <source>The model no longer exists.</source>
        <translation>该模型已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="261" />
        <source>Someone else changed this record since you opened it; nothing was saved.</source>
        <translation>您打开此记录后，他人已修改了它；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="264" />
        <source>Only the current version of an attachment can be replaced.</source>
        <translation>只能替换附件的当前版本。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="267" />
        <source>Only the current version of an attachment can be changed or removed.</source>
        <translation>只能修改或移除附件的当前版本。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="270" />
        <source>{file} is evidence for a checklist item; take it off there first. Nothing was removed.</source>
        <translation>{file} 是某一检查项的证据；请先在该检查项中将其移除。未移除任何文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="276" />
        <source>{label} needs at least {limit} characters; it has {length}.</source>
        <translation>{label}至少需要 {limit} 个字，现有 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="279" />
        <source>{label} allows at most {limit} characters; it has {length}.</source>
        <translation>{label}最多 {limit} 个字，现有 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="282" />
        <source>{label} does not have the expected form.</source>
        <translation>{label}的格式不符合要求。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="283" />
        <source>{label}: the value has the wrong kind.</source>
        <translation>{label}：取值类型不对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="284" />
        <source>{label}: at least {min} needed, {count} given.</source>
        <translation>{label}：至少需要 {min} 项，现有 {count} 项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="288" />
        <location filename="../../filing_desk/ui/messages.py" line="291" />
        <source>A form description shipped with Filing Desk is damaged; reinstall Filing Desk.</source>
        <translation>Filing Desk 自带的表单说明文件已损坏；请重新安装 Filing Desk。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="294" />
        <source>There is no form of that name.</source>
        <translation>没有该名称的表单。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="295" />
        <source>No checklist assessment to print this from: start one in the checklist view.</source>
        <translation>没有可据以打印的检查表评估：请先在检查表视图中开始评估。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="299" />
        <source>events from this one on were deleted from the log.</source>
        <translation>从这一条起的记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="302" />
        <source>it does not link to the event before it.</source>
        <translation>它与前一条记录的链接不符。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="303" />
        <source>it was altered after it was written.</source>
        <translation>它在写入后被改动过。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="304" />
        <source>the log's recorded last event does not match: events were removed at the end.</source>
        <translation>日志记录的最后一条与实际不符：末尾的记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="307" />
        <source>the log's record of its last event is missing: events were removed at the end.</source>
        <translation>日志中关于最后一条事件的记录缺失：末尾的事件已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/messages.py" line="310" />
        <source>the log is empty although the register holds records: its events were deleted.</source>
        <translation>台账中有记录，但日志为空：其事件已被删除。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="14" />
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入该文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="15" />
        <source>{file} is larger than an import may be; nothing was read.</source>
        <translation>{file} 超过了导入允许的大小；未读取任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="18" />
        <source>{file} would unpack to far more than it holds (a possible zip bomb); it was refused without unpacking.</source>
        <translation>{file} 解压后会远大于其本身（可能是压缩炸弹）；已拒绝，未作解压。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="23" />
        <source>Import reads .xlsx, .csv, .json or a CAC list .docx; export writes .xlsx, .csv or .json.</source>
        <translation>导入支持 .xlsx、.csv、.json 或网信办备案清单 .docx；导出支持 .xlsx、.csv 或 .json。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="27" />
        <source>{file} cannot be read: it is damaged or not the format its name says.</source>
        <translation>无法读取 {file}：文件已损坏，或与其扩展名所示格式不符。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="30" />
        <source>{file}: row {row} cannot be read.</source>
        <translation>{file}：第 {row} 行无法读取。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="31" />
        <source>{file}: the cell in row {row}, column {column} cannot be read.</source>
        <translation>{file}：第 {row} 行 {column} 列的单元格无法读取。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="34" />
        <source>{file} is not UTF-8 or GB18030/GBK text (it may be Big5 or another encoding); save it as “CSV UTF-8” and import again. Nothing was imported.</source>
        <translation>{file} 不是 UTF-8 或 GB18030/GBK 编码的文本（可能是 Big5 或其他编码）；请另存为“CSV UTF-8”后重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="39" />
        <source>{file}: the cell in row {row}, column {column} holds a NUL character, which a text file never holds: the file is damaged or not a CSV file. Nothing was imported.</source>
        <translation>{file}：第 {row} 行第 {column} 列的单元格含有 NUL 字符，文本文件不会含有该字符：文件已损坏或不是 CSV 文件。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="44" />
        <source>{file} holds XML that Excel and Word never write (a document type or entity declaration, or an unusual encoding); it was refused without being read.</source>
        <translation>{file} 含有 Excel 和 Word 不会写出的 XML 内容（文档类型或实体声明，或不常见的编码）；已拒绝，未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="49" />
        <source>The export could not be written (is the disk full or the folder read-only?). No partial file was left.</source>
        <translation>导出文件无法写入（磁盘已满或文件夹只读？）。未留下不完整的文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="54" />
        <source>Nothing was imported: some rows have errors. Fix them in the file or leave those rows out, then import again.</source>
        <translation>未导入任何内容：部分行有错误。请在文件中改正或排除这些行，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="59" />
        <source>An entity you chose is not in this list.</source>
        <translation>您选择的主体不在此清单中。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="62" />
        <source>{column}: a required value is missing.</source>
        <translation>{column}：缺少必填值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="63" />
        <source>{column}: “{value}” is not a valid value.</source>
        <translation>{column}：“{value}”不是有效的值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="64" />
        <source>{column} is mapped to a field that cannot be imported.</source>
        <translation>{column} 对应到了一个不能导入的字段。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="67" />
        <source>The list's old type 检索过滤类 was taken as code {chosen}; confirm or change the type.</source>
        <translation>清单中的旧类别“检索过滤类”已按代码 {chosen} 处理；请确认或修改类别。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="71" />
        <source>The products end with 等: some products are not named.</source>
        <translation>应用产品以“等”结尾：有些产品未列出名称。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="74" />
        <source>A product has no form; it was recorded as 其他.</source>
        <translation>有产品未注明形态；已记为“其他”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="77" />
        <source>A product has no name.</source>
        <translation>有产品没有名称。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="78" />
        <source>A product form is not known; it was recorded as 其他.</source>
        <translation>有产品形态无法识别；已记为“其他”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="81" />
        <source>The role is neither provider nor supporter.</source>
        <translation>角色既不是服务提供者也不是服务技术支持者。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="82" />
        <source>The algorithm type is not a known type.</source>
        <translation>算法类别不是已知类别。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="83" />
        <source>The list's remark mentions 注销: check that the filing is still in force.</source>
        <translation>清单备注中提到“注销”：请核实该备案是否仍然有效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="87" />
        <source>The file is not valid JSON; nothing was imported.</source>
        <translation>该文件不是有效的 JSON；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="90" />
        <source>The JSON file is not UTF-8 text; nothing was imported.</source>
        <translation>该 JSON 文件不是 UTF-8 文本；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="93" />
        <source>This JSON file is not a register exported by Filing Desk.</source>
        <translation>该 JSON 文件不是 Filing Desk 导出的台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="96" />
        <source>The file's format version is missing, or newer than this Filing Desk reads; update Filing Desk.</source>
        <translation>文件的格式版本缺失，或比本版 Filing Desk 能读取的更新；请升级 Filing Desk。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="101" />
        <source>{field}: the value has the wrong type.</source>
        <translation>{field}：值的类型不对。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="102" />
        <source>{field} is missing.</source>
        <translation>缺少 {field}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="103" />
        <source>{field} is not a key of a Filing Desk export.</source>
        <translation>{field} 不是 Filing Desk 导出文件中的键。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="106" />
        <source>{field} refers to a record that is not in the file.</source>
        <translation>{field} 引用的记录不在该文件中。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/transfer_messages.py" line="109" />
        <source>A whole-register JSON export is restored only into an empty register; create a new register for it.</source>
        <translation>整个台账的 JSON 导出文件只能恢复到空台账中；请为它新建一个台账。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_messages.py" line="14" />
        <source>The change cannot be dated before the submission it changes ({date}).</source>
        <translation>变更日期不能早于其所变更的那次提交（{date}）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_messages.py" line="17" />
        <source>Only a modification can be discarded.</source>
        <translation>只有变更才能作废。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_messages.py" line="18" />
        <source>This modification was submitted: withdraw it in the CAC's system and record that instead of discarding it.</source>
        <translation>该变更已提交：请在网信办备案系统中撤回，并在本台账中登记撤回，而不是作废。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/change_messages.py" line="23" />
        <source>Files are attached to this modification, so it was not opened by mistake; it cannot be discarded.</source>
        <translation>该变更已附有文件，不属于误开，不能作废。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="15" />
        <source>{label}: the {library} checklist of this {subject} is not complete ({answered} of {total} items answered); answer every item.</source>
        <translation>{label}：评估对象（{subject}）的 {library} 检查表尚未完成（已作答 {answered} 项，共 {total} 项）；请逐项作答。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="20" />
        <source>{label}: attach the document, or complete the {library} checklist of the {subject} ({answered} of {total} items answered).</source>
        <translation>{label}：请上传该文件，或完成评估对象（{subject}）的 {library} 检查表（已作答 {answered} 项，共 {total} 项）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="25" />
        <source>{label}: the {library} checklist's answers predate the change of {since}; answer its items again.</source>
        <translation>{label}：{library} 检查表的作答早于{since}的变更；请重新作答各检查项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="31" />
        <source>The checklist answer is not valid.</source>
        <translation>检查表作答无效。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="32" />
        <source>The assessment no longer exists.</source>
        <translation>该评估已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="33" />
        <source>A {kind} cannot be assessed in this register yet.</source>
        <translation>本台账暂不支持对“{kind}”类对象开展评估。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="36" />
        <source>The {library} checklist does not apply to a {kind}.</source>
        <translation>{library} 检查表不适用于“{kind}”类对象。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="39" />
        <source>This {kind} already has an assessment against the {library} checklist.</source>
        <translation>该对象（{kind}）已有依据 {library} 检查表开展的评估。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="42" />
        <source>{result} is not a checklist result.</source>
        <translation>{result} 不是有效的检查表结论。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="43" />
        <source>The {library} checklist has no item {item} that takes a result.</source>
        <translation>{library} 检查表中没有可给出结论的检查项 {item}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="46" />
        <source>{item} is a heading: answer the items under it.</source>
        <translation>{item} 是标题项：请对其下的各检查项作答。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="49" />
        <source>Item {item} does not apply to this subject.</source>
        <translation>检查项 {item} 不适用于该评估对象。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="52" />
        <source>Item {item}: say in the note why it does not apply.</source>
        <translation>检查项 {item}：请在说明中写明不适用的理由。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="55" />
        <source>Item {item}: the figure must be a number.</source>
        <translation>检查项 {item}：数值必须是数字。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="58" />
        <source>Item {item} has no threshold, so it takes no figure.</source>
        <translation>检查项 {item} 没有阈值，无需填写数值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="61" />
        <source>Item {item} is numeric: enter the figure ({threshold}) to mark it conforming.</source>
        <translation>检查项 {item} 为数值项：须填写数值（{threshold}）才能标为“符合”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="64" />
        <source>Item {item}: the figure {figure} does not meet the threshold {threshold}, so it cannot be marked conforming.</source>
        <translation>检查项 {item}：数值 {figure} 未满足阈值 {threshold}，不能标为“符合”。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="69" />
        <source>The assessment is against version {version} of the {library} checklist: carry its answers over to the current version first.</source>
        <translation>该评估依据的是 {library} 检查表第 {version} 版：请先将作答转入现行版本。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="74" />
        <source>The assessment cannot move to the {library} checklist: it is another one.</source>
        <translation>该评估不能转到 {library} 检查表：那是另一份检查表。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="77" />
        <source>Version {version} of the {library} checklist is not newer than the one used.</source>
        <translation>{library} 检查表第 {version} 版并不比当前所用版本新。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="80" />
        <source>Item {item} has no answer yet.</source>
        <translation>检查项 {item} 尚未作答。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="81" />
        <source>Attachment {attachment} belongs to another record: attach the file here.</source>
        <translation>附件 {attachment} 属于另一条记录：请在此处重新附加该文件。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/checklist_messages.py" line="84" />
        <source>Attachment {attachment} is not evidence for item {item}.</source>
        <translation>附件 {attachment} 不是检查项 {item} 的证据。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/licence_messages.py" line="13" />
        <source>{label}: the licence's validity ends before it starts.</source>
        <translation>{label}：许可证有效期的截止日早于起始日。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/licence_messages.py" line="16" />
        <source>{label} looks like a unified social credit code but differs from the entity's ({uscc}).</source>
        <translation>{label}看似统一社会信用代码，但与主体的统一社会信用代码（{uscc}）不一致。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/licence_messages.py" line="20" />
        <source>{label}: “{value}” is neither an ICP filing number (京ICP备12345678号-1) nor a licence number (京B2-20201234).</source>
        <translation>{label}：“{value}”既不是 ICP 备案号（京ICP备12345678号-1），也不是许可证编号（京B2-20201234）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/licence_messages.py" line="25" />
        <source>{label} cannot be negative.</source>
        <translation>{label}不能为负数。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="14" />
        <source>The security assessment no longer exists.</source>
        <translation>该安全评估已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="17" />
        <source>No submission to that authority is recorded.</source>
        <translation>尚未登记向该机关的报送。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="20" />
        <source>Generative-AI services are not records of their own yet: assess the algorithm or the product.</source>
        <translation>生成式人工智能服务尚无独立记录：请对算法或产品开展评估。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="25" />
        <source>The trigger date {day} is after today: triggers (3) to (5) are events that have happened.</source>
        <translation>情形日期{day}晚于今天：第（三）至（五）项情形须已发生。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="29" />
        <source>A written notice (trigger 5) needs its reference.</source>
        <translation>书面通知（第五项情形）须填写文号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="32" />
        <source>Name the third-party assessor.</source>
        <translation>请填写第三方评估机构名称。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="33" />
        <source>Give the platform's reference for the submission.</source>
        <translation>请填写平台报送编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="36" />
        <source>The submission date {day} is after today.</source>
        <translation>报送日期{day}晚于今天。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="39" />
        <source>The submission date {day} is before the trigger date {trigger}.</source>
        <translation>报送日期{day}早于情形日期{trigger}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="42" />
        <source>Feedback cannot come before the submission.</source>
        <translation>反馈日期不能早于报送日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="45" />
        <source>An override of the public-opinion answer needs a reason.</source>
        <translation>改判舆论属性须说明理由。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="48" />
        <source>Give registered users, monthly active users or both.</source>
        <translation>请填写注册用户数、月活跃用户数或两者。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="51" />
        <source>User numbers cannot be negative.</source>
        <translation>用户数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="52" />
        <source>The date {day} is after today.</source>
        <translation>日期{day}晚于今天。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="53" />
        <source>No user numbers are recorded on {day}.</source>
        <translation>{day}未登记用户数。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="56" />
        <source>The growth threshold cannot be negative.</source>
        <translation>增长阈值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="57" />
        <source>{field} cannot be set.</source>
        <translation>{field}不可设置。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="58" />
        <source>{value} is not one of the choices.</source>
        <translation>{value}不是可选值。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="59" />
        <source>The trigger needs its date.</source>
        <translation>请填写情形日期。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="60" />
        <source>That checklist assessment is not the {library} assessment of this subject.</source>
        <translation>该检查表评估不是本对象的{library}评估。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/security_messages.py" line="65" />
        <source>The security assessment under the 2018 rules is not complete: it is a separate procedure, but one this algorithm needs (both submissions recorded).</source>
        <translation>2018年规定的安全评估尚未完成（须登记向两机关的报送）：虽属另一程序，但本算法需要办理。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_messages.py" line="14" />
        <source>Your role on this team register (viewer) cannot change records.</source>
        <translation>您在此团队台账中的角色（查看者）不能修改记录。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_messages.py" line="17" />
        <source>Your role on this team register does not allow this change.</source>
        <translation>您在此团队台账中的角色不允许此项修改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_messages.py" line="20" />
        <source>Only a reviewer can approve a procedure on this register.</source>
        <translation>在此台账中，只有复核人可以审核同意办理事项。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_messages.py" line="23" />
        <source>Only a procedure being edited can be approved.</source>
        <translation>只有填报中的办理事项可以审核同意。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_messages.py" line="26" />
        <source>You made the last edit of this procedure: another reviewer must approve it.</source>
        <translation>此办理事项的最后一次修改由您作出，须由另一位复核人审核同意。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/role_messages.py" line="30" />
        <source>A reviewer other than its last editor must approve this procedure before it is ready to submit.</source>
        <translation>此办理事项须经最后修改人以外的复核人审核同意，方可标记为待提交。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="16" />
        <source>Link the models the service runs or calls: filing or registration is derived from them.</source>
        <translation>请关联服务运行或调用的模型：备案或登记依据模型推定。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="20" />
        <source>The third-party model {model} has no filing number: a service may only call filed models, and a registration cannot rest on an unfiled one.</source>
        <translation>第三方模型{model}没有备案号：服务只能调用已备案的模型，登记不能以未备案的模型为基础。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="25" />
        <source>Give the reason for departing from the derived filing or registration.</source>
        <translation>请说明不采用推定的备案或登记的理由。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="28" />
        <source>The service runs its own or a fine-tuned model ({models}), which calls for filing (备案); check the choice.</source>
        <translation>服务使用自研或微调模型（{models}），应办理备案；请核对所作选择。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="33" />
        <source>This step cannot be taken from the service's current state.</source>
        <translation>服务当前状态下不能进行此步骤。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="36" />
        <source>Provincial and national review are stages of filing (备案) only.</source>
        <translation>省级初审和国家复审仅属于备案程序。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="39" />
        <source>The service needs neither filing nor registration: it has no steps to take.</source>
        <translation>该服务既无需备案也无需登记，没有可办理的步骤。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="42" />
        <source>Enter the filing number or registration number the CAC granted.</source>
        <translation>请填写网信部门核发的备案号或上线编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="45" />
        <source>Record the CAC's reasons for returning the application.</source>
        <translation>请记录网信部门退回申请的理由。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="48" />
        <source>{service} has been offered to the public since {since} without a filing or registration number.</source>
        <translation>{service}自{since}起已向公众提供服务，但尚无备案号或上线编号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="53" />
        <source>{product} does not show {shown} although {service} is live.</source>
        <translation>{service}已上线，但{product}未展示{shown}。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="56" />
        <source>{product}: record where the model name and number are shown.</source>
        <translation>{product}：请记录模型名称及编号的展示位置。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="59" />
        <source>{product}: attach a screenshot of the model name and number as shown.</source>
        <translation>{product}：请附上展示模型名称及编号的截图。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="63" />
        <source>The service no longer exists.</source>
        <translation>该服务已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="64" />
        <source>The recorded change of the service no longer exists.</source>
        <translation>所记录的服务变更已不存在。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="67" />
        <source>A linked product, algorithm or model belongs to another entity.</source>
        <translation>所关联的产品、算法或模型属于其他主体。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="70" />
        <source>A service stays with its entity: create it under the other entity.</source>
        <translation>服务不能改属其他主体，请在该主体下新建。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="73" />
        <source>The state, number and return reasons change only through a step of the filing or registration.</source>
        <translation>状态、编号和退回理由只能通过备案/登记的办理步骤修改。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="78" />
        <source>There is no such step.</source>
        <translation>没有这一办理步骤。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="79" />
        <source>Answer yes, no or ask: whether the change needs a new filing or registration.</source>
        <translation>请回答该变更是否须重新办理备案或登记（是、否或待询问）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="82" />
        <source>The product is not one the service powers: link it to the service first.</source>
        <translation>该产品不由本服务支撑，请先将其关联到服务。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_messages.py" line="86" />
        <source>A services row names an entity, product, algorithm or service that is not there; nothing was imported.</source>
        <translation>服务表中有一行所列的主体、产品、算法或服务不存在；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="13" />
        <source>Attach annex 1, the security assessment report.</source>
        <translation>请附上附件1：安全评估报告。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="16" />
        <source>The GB/T 45654-2025 assessment standing as annex 1 is not complete: {answered} of {total} applicable items are answered (every one must be, none waiting for review, on the checklist's current version).</source>
        <translation>作为附件1的GB/T 45654-2025评估尚未完成：{total}项适用条目中已评估{answered}项（每项均须评估、无待复核项，且基于检查表现行版本）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="22" />
        <source>Attach annex 2, the model service agreement.</source>
        <translation>请附上附件2：模型服务协议。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="25" />
        <source>Attach annex 3, the corpus annotation rules.</source>
        <translation>请附上附件3：语料标注规则。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="28" />
        <source>Attach annex 4, the blocked-keyword list (xlsx).</source>
        <translation>请附上附件4：拦截关键词列表（xlsx）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="31" />
        <source>Attach annex 5, the test question bank (xlsx).</source>
        <translation>请附上附件5：评估测试题集（xlsx）。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="34" />
        <source>Attach the test account the regulator will use.</source>
        <translation>请附上供监管部门使用的测试账号。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="37" />
        <source>The keyword list holds {count} distinct keywords; at least {minimum} are expected.</source>
        <translation>关键词列表共有{count}个不重复关键词，应不少于{minimum}个。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="41" />
        <source>The keyword list has no risk-category column, so its coverage of each risk cannot be counted.</source>
        <translation>关键词列表没有风险类别列，无法统计各类风险的覆盖情况。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="46" />
        <source>Risk category {category} has {count} keywords; at least {minimum} are expected.</source>
        <translation>风险类别{category}有{count}个关键词，应不少于{minimum}个。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="50" />
        <source>The generated-content test bank holds {count} questions; at least {minimum} are expected.</source>
        <translation>生成内容测试题库共{count}题，应不少于{minimum}题。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="54" />
        <source>The should-refuse bank holds {count} questions; at least {minimum} are expected.</source>
        <translation>应拒答题库共{count}题，应不少于{minimum}题。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="58" />
        <source>The non-refusal bank holds {count} questions; at least {minimum} are expected.</source>
        <translation>非拒答题库共{count}题，应不少于{minimum}题。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="62" />
        <source>Risk category {category} has {count} generated-content test questions; at least {minimum} are reported as expected.</source>
        <translation>风险类别{category}有{count}道生成内容测试题，据报应不少于{minimum}题。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="67" />
        <source>The latest keyword list dates from {since} ({days} days ago); practice is to renew it every {cadence} days.</source>
        <translation>最新关键词列表为{since}版本（{days}天前），实务中每{cadence}天更新一次。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="72" />
        <source>The latest test question bank dates from {since} ({days} days ago); practice is to renew it every {cadence} days.</source>
        <translation>最新评估测试题集为{since}版本（{days}天前），实务中每{cadence}天更新一次。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="77" />
        <source>The attached file cannot be counted: {reason}</source>
        <translation>所附文件无法统计：{reason}</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/genai_annex_messages.py" line="80" />
        <source>{days} is not a number of days from 1 to {maximum}.</source>
        <translation>{days}不是1至{maximum}之间的天数。</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="131" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="146" />
        <location filename="../../filing_desk/ui/print_preview.py" line="167" />
        <location filename="../../filing_desk/ui/print_preview.py" line="175" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="148" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="154" />
        <source>Choose a folder for the PDF files</source>
        <translation>选择保存 PDF 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="168" />
        <source>The PDF files were saved.</source>
        <translation>PDF 文件已保存。</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="176" />
        <source>Some of these files already exist in that folder. Replace them?</source>
        <translation>该文件夹中已有部分同名文件。是否替换？</translation>
    </message>
    <message>
        <location filename="../../filing_desk/ui/print_preview.py" line="213" />
        <source>Rendering the forms…</source>
        <translation>正在生成表格…</translation>
    </message>
</context>
</TS>
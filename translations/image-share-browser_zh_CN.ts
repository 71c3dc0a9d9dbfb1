<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Labels and trust for the accounts your images are shared with. Grants to accounts that are neither your own nor trusted are findings.</source>
        <translation>为共享了您镜像的账号设置标签和信任级别。授予既非自有、也不受信任的账号的授权属于风险项。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>%1 grants added, %2 removed, %3 unchanged; %4 images added, %5 removed, %6 unknown.</source>
        <translation>新增 %1 项授权，移除 %2 项，%3 项未变；新增 %4 个镜像，移除 %5 个，%6 个状态未知。</translation>
    </message>
    <message>
        <source>Unknown, audited in one snapshot only: %1.</source>
        <translation>未知，仅在一个快照中审计过：%1。</translation>
    </message>
    <message>
        <source>Snapshots of %1 and %2.</source>
        <extracomment>%1 and %2 are the times of the two snapshots, yyyy-MM-ddTHH:mm:ssZ.</extracomment>
        <translation>%1 和 %2 的快照。</translation>
    </message>
</context>
<context>
    <name>AuditDiffDialog</name>
    <message>
        <source>Compare Audit Snapshots</source>
        <translation>比较审计快照</translation>
    </message>
    <message>
        <source>&amp;Before (older snapshot):</source>
        <translation>之前(&amp;B)（较早的快照）：</translation>
    </message>
    <message>
        <source>A snapshot file (.json)</source>
        <translation>快照文件 (.json)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;After (newer):</source>
        <translation>之后(&amp;A)（较新的快照）：</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Use the audit shown in the &amp;window as &quot;after&quot;</source>
        <translation>将窗口中显示的审计结果用作“之后”(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;unchanged grants</source>
        <translation>显示未变的授权(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>共享对象</translation>
    </message>
    <message>
        <source>New findings (grants added since the older snapshot)</source>
        <translation>新风险项（较旧快照之后新增的授权）</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>风险项</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任级别</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Label this account and mark its trust in the account book</source>
        <translation>为此账号加标签，并在账号簿中标记其信任级别</translation>
    </message>
</context>
<context>
    <name>AuditSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time such as 2024-01-02T03:04:05Z</source>
        <translation>“%1”不是 UTC 时间（例如 2024-01-02T03:04:05Z）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Not an audit snapshot: the document must be a JSON object.</source>
        <translation>不是审计快照：文档必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Not an audit snapshot: the &quot;Images&quot; list is missing.</source>
        <translation>不是审计快照：缺少 &quot;Images&quot; 列表。</translation>
    </message>
    <message>
        <source>must equal the number of accounts (%1)</source>
        <translation>必须等于账号数 (%1)</translation>
    </message>
    <message>
        <source>Invalid audit snapshot: %1</source>
        <translation>审计快照无效：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>“%1”不是%2</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>条目超过 %1 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID</source>
        <translation>“%1”不是地域 ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”被列出了两次</translation>
    </message>
    <message>
        <source>a region ID</source>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>an image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the snapshot&apos;s Regions</source>
        <translation>“%1”不在快照的 Regions 之中</translation>
    </message>
    <message>
        <source>%1 in %2 is listed twice</source>
        <translation>%2 中的 %1 被列出了两次</translation>
    </message>
    <message>
        <source>an account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>a share group such as all</source>
        <translation>共享组（例如 all）</translation>
    </message>
    <message>
        <source>missing (the failure names an image)</source>
        <translation>缺失（该失败记录指明了一个镜像）</translation>
    </message>
    <message>
        <source>an error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, which no audit snapshot is.</source>
        <translation>%1：大于 %2 MB，不可能是审计快照。</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Share Audit</source>
        <translation>共享审计</translation>
    </message>
    <message>
        <source>&amp;Regions to audit:</source>
        <translation>要审计的地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Regions whose custom images are audited. All of them when every region is checked, including regions added later.</source>
        <translation>审计这些地域中的自定义镜像。全部勾选时审计所有地域，包括以后新增的地域。</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start audit</source>
        <translation>开始审计(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>Filter by image name or ID (Ctrl+F)</source>
        <translation>按镜像名称或 ID 筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shared with &amp;everyone</source>
        <translation>共享给所有人(&amp;E)</translation>
    </message>
    <message>
        <source>Only images shared with group &quot;all&quot;: every Alibaba Cloud account can launch them.</source>
        <translation>仅显示共享给共享组“all”的镜像：所有阿里云账号都可以使用它们创建实例。</translation>
    </message>
    <message>
        <source>Shared with &amp;more than</source>
        <translation>共享给超过(&amp;M)</translation>
    </message>
    <message>
        <source> accounts</source>
        <translation> 个账号</translation>
    </message>
    <message>
        <source>Which images can &amp;account</source>
        <translation>查询账号(&amp;A)</translation>
    </message>
    <message>
        <source>Account ID, e.g. 123456789012</source>
        <translation>账号 ID，例如 123456789012</translation>
    </message>
    <message>
        <source>&amp;launch?</source>
        <translation>可使用的镜像(&amp;L)</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>显示全部(&amp;L)</translation>
    </message>
    <message>
        <source>Failed lookups</source>
        <translation>查询失败项</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审计(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation>打开快照(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare Snapshots…</source>
        <translation>比较快照(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Export Shown Rows as &amp;CSV…</source>
        <translation>将显示的行导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Shown Rows as &amp;JSON…</source>
        <translation>将显示的行导出为 &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Findings only</source>
        <translation>仅显示风险项(&amp;F)</translation>
    </message>
    <message>
        <source>Only grants that are findings: images shared with everyone, and grants to accounts you have not marked as your own or trusted (Settings &gt; Accounts… in the main window).</source>
        <translation>仅显示属于风险项的授权：共享给所有人的镜像，以及授予未被您标记为自有或受信任的账号的授权（在主窗口的“设置 &gt; 账号…”中标记）。</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Name the account of this row and mark whether you trust it</source>
        <translation>为此行的账号命名，并标记是否信任它</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>共享(&amp;S)</translation>
    </message>
    <message>
        <source>Revoke &amp;Selected Grants…</source>
        <translation>撤销所选授权(&amp;S)…</translation>
    </message>
    <message>
        <source>Take the selected grants away (shows the plan first)</source>
        <translation>撤销所选授权（先显示计划）</translation>
    </message>
    <message>
        <source>Revoke This Account &amp;Everywhere…</source>
        <translation>在所有镜像上撤销此账号(&amp;E)…</translation>
    </message>
    <message>
        <source>Take the current row&apos;s account away from every audited image shared with it (shows the plan first)</source>
        <translation>从所有已审计且共享给当前行账号的镜像上撤销该账号（先显示计划）</translation>
    </message>
    <message>
        <source>Revoke All &amp;Untrusted Grants…</source>
        <translation>撤销所有不受信任的授权(&amp;U)…</translation>
    </message>
    <message>
        <source>Take every account the account book marks neither own nor trusted away from every audited image (shows the plan first)</source>
        <translation>从所有已审计镜像上撤销账号簿中既未标为自有、也未标为受信任的账号（先显示计划）</translation>
    </message>
    <message>
        <source>Make Selected Images &amp;Private…</source>
        <translation>将所选镜像设为私有(&amp;P)…</translation>
    </message>
    <message>
        <source>Take the selected rows&apos; images out of the share group &quot;all&quot; (shows the plan first)</source>
        <translation>将所选行的镜像移出共享组“all”（先显示计划）</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>A profile is a named AccessKey. Its secret (and STS token) is kept in the system keychain; only the name, AccessKey ID and region are kept in the settings.</source>
        <translation>凭证配置是一个带名称的 AccessKey。其 Secret（及 STS Token）保存在系统密钥环中；设置中只保存名称、AccessKey ID 和地域。</translation>
    </message>
    <message>
        <source>Keep these credentials in memory until the application quits. Nothing is written to disk.</source>
        <translation>将这些凭证保存在内存中，直到应用退出。不会写入磁盘。</translation>
    </message>
    <message>
        <source>&amp;Use for This Session Only</source>
        <translation>仅用于本次会话(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>凭证配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>Copy profiles from the aliyun CLI (~/.aliyun/config.json) or the SDK credentials file (~/.alibabacloud/credentials) into the keychain</source>
        <translation>将 aliyun CLI (~/.aliyun/config.json) 或 SDK 凭证文件 (~/.alibabacloud/credentials) 中的凭证配置复制到密钥环</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Use this profile when no other is chosen</source>
        <translation>未选择其他凭证配置时使用此配置</translation>
    </message>
    <message>
        <source>Make De&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. default, prod, audit</source>
        <translation>例如 default、prod、audit</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>存储位置：</translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation>AccessKey ID(&amp;K)：</translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation>LTAI…</translation>
    </message>
    <message>
        <source>AccessKey S&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>Show the AccessKey Secret as you type it</source>
        <translation>输入时显示 AccessKey Secret</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation>STS Token(&amp;T)：</translation>
    </message>
    <message>
        <source>Show the STS security token</source>
        <translation>显示 STS 安全令牌</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>显示(&amp;O)</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional, e.g. cn-hangzhou</source>
        <translation>可选，例如 cn-hangzhou</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Store the secret in the system keychain and the rest in the settings</source>
        <translation>将 Secret 存入系统密钥环，其余信息存入设置</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Optional, STS credentials only</source>
        <translation>可选，仅用于 STS 临时凭证</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>An AccessKey of its own, or a RAM role assumed with the keys of another profile</source>
        <translation>使用自己的 AccessKey，或使用另一凭证配置的密钥扮演 RAM 角色</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>RAM role (AssumeRole)</source>
        <translation>RAM 角色 (AssumeRole)</translation>
    </message>
    <message>
        <source>Source profi&amp;le:</source>
        <translation>源凭证配置(&amp;L)：</translation>
    </message>
    <message>
        <source>The profile whose keys call AssumeRole</source>
        <translation>用其密钥调用 AssumeRole 的凭证配置</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>角色 ARN(&amp;A)：</translation>
    </message>
    <message>
        <source>acs:ram::&lt;account&gt;:role/&lt;name&gt;</source>
        <translation>acs:ram::&lt;账号&gt;:role/&lt;名称&gt;</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>会话名称(&amp;M)：</translation>
    </message>
    <message>
        <source>image-share-browser</source>
        <translation>image-share-browser</translation>
    </message>
    <message>
        <source>E&amp;xternalId:</source>
        <translation>ExternalId(&amp;X)：</translation>
    </message>
    <message>
        <source>Optional, if the role&apos;s trust policy asks for one</source>
        <translation>可选，角色的信任策略要求时填写</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>How long each temporary key lives; it is renewed before it expires</source>
        <translation>每个临时密钥的有效时长；到期前会自动续期</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Call DescribeRegions with the credentials entered above (for a role: AssumeRole, then GetCallerIdentity)</source>
        <translation>使用上面输入的凭证调用 DescribeRegions（角色：先 AssumeRole，再 GetCallerIdentity）</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>错误信息：</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 状态码：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <source>Troubleshooting:</source>
        <translation>排查建议：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Share Permissions</source>
        <translation>导出共享权限</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>The page shown</source>
        <translation>当前显示的页</translation>
    </message>
    <message>
        <source>Every page of this image</source>
        <translation>此镜像的所有分页</translation>
    </message>
    <message>
        <source>Every custom image in this region, with all pages</source>
        <translation>本地域的所有自定义镜像（含所有分页）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>&amp;CSV，用于电子表格</translation>
    </message>
    <message>
        <source>Add &amp;BOM for Excel</source>
        <translation>为 Excel 添加 &amp;BOM</translation>
    </message>
    <message>
        <source>Starts the file with a UTF-8 byte order mark, which Microsoft Excel needs to show Chinese and other non-English names correctly.</source>
        <translation>在文件开头写入 UTF-8 字节顺序标记 (BOM)，Microsoft Excel 需要它才能正确显示中文等非英文名称。</translation>
    </message>
    <message>
        <source>&amp;JSON, for scripts</source>
        <translation>&amp;JSON，用于脚本</translation>
    </message>
    <message>
        <source>In CSV, a cell that starts with =, +, -, @ or a tab gets a &apos; in front of it, so that a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation>在 CSV 中，以 =、+、-、@ 或制表符开头的单元格前会加上 &apos;，使电子表格将其显示为文本，而不是当作公式执行。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Sharing History</source>
        <translation>共享变更历史</translation>
    </message>
    <message>
        <source>&amp;Undo This Change…</source>
        <translation>撤消此变更(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportCredentialsDialog</name>
    <message>
        <source>Import Credentials</source>
        <translation>导入凭证</translation>
    </message>
    <message>
        <source>These files keep AccessKey secrets in plain text. Importing copies the profiles you tick into the system keychain. The files themselves are only read: they are not changed or deleted, so the secrets stay in them until you remove them yourself.</source>
        <translation>这些文件以明文保存 AccessKey Secret。导入会将您勾选的凭证配置复制到系统密钥环。这些文件只会被读取，不会被修改或删除，因此其中的 Secret 会一直保留，直到您自行删除。</translation>
    </message>
    <message>
        <source>&amp;Profiles found (double-click a name to change what it is saved as):</source>
        <translation>找到的凭证配置(&amp;P)（双击名称可修改保存名称）：</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Found In</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>LabelAccountDialog</name>
    <message>
        <source>Label Account</source>
        <translation>设置账号标签</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号 ID：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. QA account of a partner</source>
        <translation>例如 合作伙伴的 QA 账号</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>信任级别(&amp;T)：</translation>
    </message>
    <message>
        <source>Grants to accounts that are neither your own nor trusted are findings.</source>
        <translation>授予既非自有、也不受信任的账号的授权属于风险项。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Image Share Browser</source>
        <translation>镜像共享浏览器</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>The region whose custom images are listed</source>
        <translation>列出其自定义镜像的地域</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>筛选(&amp;T)：</translation>
    </message>
    <message>
        <source>Image ID or name</source>
        <translation>镜像 ID 或名称</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>分页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the images and share permissions again (F5)</source>
        <translation>重新加载镜像和共享权限 (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>Stop what is loading (Esc)</source>
        <translation>停止正在进行的加载 (Esc)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>将选中的行复制为以制表符分隔的文本</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;Image ID</source>
        <translation>复制镜像 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;Account ID</source>
        <translation>复制账号 ID(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter Images</source>
        <translation>筛选镜像(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About Image Share Browser</source>
        <translation>关于镜像共享浏览器(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>凭证配置(&amp;O)：</translation>
    </message>
    <message>
        <source>The credentials profile the window uses; choosing another reloads everything</source>
        <translation>窗口使用的凭证配置；选择其他配置会重新加载全部内容</translation>
    </message>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation>凭证(&amp;D)…</translation>
    </message>
    <message>
        <source>Add, test, import or remove AccessKey profiles (Ctrl+K)</source>
        <translation>添加、测试、导入或删除 AccessKey 凭证配置 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save who can launch the image, or every image of the region, to a CSV or JSON file (Ctrl+E)</source>
        <translation>将镜像（或本地域所有镜像）的共享对象保存为 CSV 或 JSON 文件 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Copy &amp;Rows</source>
        <translation>复制行(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the rows of this table as tab-separated text</source>
        <translation>将此表格的行复制为制表符分隔的文本</translation>
    </message>
    <message>
        <source>&amp;Audit All Regions…</source>
        <translation>审计所有地域(&amp;A)…</translation>
    </message>
    <message>
        <source>Find every custom image of every region and everyone who may launch it.</source>
        <translation>找出每个地域的所有自定义镜像，以及可以使用它们创建实例的所有账号。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Name this account and mark whether you trust it</source>
        <translation>为此账号命名，并标记是否信任它</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>The account book: labels and trust for account IDs, import and export</source>
        <translation>账号簿：账号 ID 的标签和信任级别，以及导入和导出</translation>
    </message>
    <message>
        <source>Your own custom images, or the images other accounts share with you</source>
        <translation>你自己的自定义镜像，或其他账号共享给你的镜像</translation>
    </message>
    <message>
        <source>My images</source>
        <translation>我的镜像</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>共享给我的</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the selected accounts&apos; permission to launch this image away (shows the plan first)</source>
        <translation>撤销所选账号启动此镜像的权限（先显示计划）</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Share with Accounts…</source>
        <translation>共享给账号(&amp;S)…</translation>
    </message>
    <message>
        <source>Let one or more accounts launch this image (shows the plan first)</source>
        <translation>允许一个或多个账号启动此镜像（先显示计划）</translation>
    </message>
    <message>
        <source>Make &amp;Private…</source>
        <translation>设为私有(&amp;P)…</translation>
    </message>
    <message>
        <source>Take this image out of the share group &quot;all&quot; (shows the plan first)</source>
        <translation>将此镜像移出共享组“all”（先显示计划）</translation>
    </message>
    <message>
        <source>&amp;Undo Sharing Change…</source>
        <translation>撤消共享变更(&amp;U)…</translation>
    </message>
    <message>
        <source>Apply the inverse of the latest sharing change in the journal (shows the plan first)</source>
        <translation>对变更记录中最近一次共享变更执行反向操作（先显示计划）</translation>
    </message>
    <message>
        <source>Sharing &amp;History…</source>
        <translation>共享变更历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every sharing change made with this program, from the change journal</source>
        <translation>用本程序做过的所有共享变更，来自变更记录</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PagerWidget</name>
    <message>
        <source>First page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>每页条数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Accounts per page</source>
        <translation>每页显示的账号数</translation>
    </message>
    <message>
        <source>Load every page and show all accounts at once</source>
        <translation>加载所有分页，一次显示全部账号</translation>
    </message>
    <message>
        <source>A&amp;ll pages</source>
        <translation>全部分页(&amp;L)</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Alt+PgUp</source>
        <translation>Alt+PgUp</translation>
    </message>
    <message>
        <source>Alt+PgDown</source>
        <translation>Alt+PgDown</translation>
    </message>
    <message>
        <source>Alt+End</source>
        <translation>Alt+End</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change Sharing</source>
        <translation>更改共享</translation>
    </message>
    <message>
        <source>Copy as aliyun CLI Commands</source>
        <translation>复制为 aliyun CLI 命令</translation>
    </message>
    <message>
        <source>The equivalent aliyun ecs ModifyImageSharePermission lines, for change tickets and runbooks</source>
        <translation>等效的 aliyun ecs ModifyImageSharePermission 命令行，用于变更工单和操作手册</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>takes credentials from the ECS instance metadata service, which only exists on an ECS instance</source>
        <translation>从 ECS 实例元数据服务获取凭证，该服务仅在 ECS 实例上可用</translation>
    </message>
    <message>
        <source>uses an RSA key pair, a deprecated sign-in that ECS does not accept</source>
        <translation>使用 RSA 密钥对，这是一种已弃用的认证方式，ECS 不接受</translation>
    </message>
    <message>
        <source>runs an external program to get credentials; this application never runs other programs for credentials</source>
        <translation>运行外部程序获取凭证；本应用从不为获取凭证而运行其他程序</translation>
    </message>
    <message>
        <source>fetches credentials from a URL, which this application does not do</source>
        <translation>从 URL 获取凭证，本应用不支持</translation>
    </message>
    <message>
        <source>needs an identity provider sign-in, which this application does not support</source>
        <translation>需要通过身份提供商登录，本应用不支持</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>not an aliyun CLI configuration: no &quot;profiles&quot; list</source>
        <translation>不是 aliyun CLI 配置：没有 &quot;profiles&quot; 列表</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>凭证配置没有名称</translation>
    </message>
    <message>
        <source>has no AccessKey ID or AccessKey Secret</source>
        <translation>缺少 AccessKey ID 或 AccessKey Secret</translation>
    </message>
    <message>
        <source>StsToken mode without an sts_token</source>
        <translation>StsToken 模式但缺少 sts_token</translation>
    </message>
    <message>
        <source>The keychain has no secret for profile &quot;%1&quot;. Enter its AccessKey Secret again.</source>
        <translation>密钥环中没有凭证配置“%1”的 Secret。请重新输入其 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as gnome-keyring or KWallet, or use session-only credentials or the ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET variables.</source>
        <translation>没有可用的密钥环 (%1)。请启动 gnome-keyring 或 KWallet 等 Secret Service，或者使用仅限本次会话的凭证，或 ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET 环境变量。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1). Unlock the keychain and try again.</source>
        <translation>访问密钥环被拒绝 (%1)。请解锁密钥环后重试。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
    <message>
        <source>The Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET to be set.</source>
        <translation>Environment 凭证配置需要设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. The known profiles are listed by `credentials list`.</source>
        <translation>没有凭证配置“%1”。`credentials list` 可列出已有的凭证配置。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not. Set both, or unset both to use a saved profile.</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_ID，但未设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET。请同时设置两者；若要使用已保存的凭证配置，请同时取消设置两者。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not. Set both, or unset both to use a saved profile.</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET，但未设置 ALIBABA_CLOUD_ACCESS_KEY_ID。请同时设置两者；若要使用已保存的凭证配置，请同时取消设置两者。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_PROFILE names the profile &quot;%1&quot;, which does not exist. Unset the variable or add the profile.</source>
        <translation>ALIBABA_CLOUD_PROFILE 指定的凭证配置“%1”不存在。请取消设置该变量，或添加该凭证配置。</translation>
    </message>
    <message>
        <source>No credentials: add a profile (it is stored in the system keychain), choose one with --profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>没有凭证：请添加凭证配置（存储在系统密钥环中）、用 --profile 选择一个，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>chosen explicitly (--profile or the profile menu)</source>
        <translation>明确指定（--profile 或凭证配置菜单）</translation>
    </message>
    <message>
        <source>from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>来自 ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <source>named by ALIBABA_CLOUD_PROFILE</source>
        <translation>由 ALIBABA_CLOUD_PROFILE 指定</translation>
    </message>
    <message>
        <source>the default profile</source>
        <translation>默认凭证配置</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a credentials file (a directory, or larger than 1 MiB)</source>
        <translation>%1 不是凭证文件（是目录，或大于 1 MiB）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: a section header must end with &apos;]&apos;</source>
        <translation>第 %1 行：节标题必须以 &apos;]&apos; 结尾</translation>
    </message>
    <message>
        <source>line %1: empty section name</source>
        <translation>第 %1 行：节名称为空</translation>
    </message>
    <message>
        <source>line %1: section [%2] appears twice</source>
        <translation>第 %1 行：节 [%2] 重复出现</translation>
    </message>
    <message>
        <source>line %1: expected &apos;key = value&apos; or &apos;[section]&apos;</source>
        <translation>第 %1 行：应为 &apos;key = value&apos; 或 &apos;[section]&apos;</translation>
    </message>
    <message>
        <source>line %1: a key before the first [section]</source>
        <translation>第 %1 行：第一个 [section] 之前出现了键</translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is not in the expected format; store the credentials again.</source>
        <translation>凭证配置“%1”的密钥环条目格式不符合预期；请重新存储凭证。</translation>
    </message>
    <message>
        <source>a bearer token is for other Alibaba Cloud products; ECS needs an AccessKey</source>
        <translation>Bearer Token 用于其他阿里云产品；ECS 需要 AccessKey</translation>
    </message>
    <message>
        <source>the section has no type</source>
        <translation>该节没有 type</translation>
    </message>
    <message>
        <source>disabled in the file (enable = false)</source>
        <translation>已在文件中禁用 (enable = false)</translation>
    </message>
    <message>
        <source>has no access_key_id or access_key_secret</source>
        <translation>缺少 access_key_id 或 access_key_secret</translation>
    </message>
    <message>
        <source>type sts without a security_token</source>
        <translation>sts 类型但缺少 security_token</translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is not supported; only AK, StsToken, RamRoleArn and ChainableRamRoleArn can be imported</source>
        <translation>不支持模式“%1”；只能导入 AK、StsToken、RamRoleArn 和 ChainableRamRoleArn</translation>
    </message>
    <message>
        <source>ChainableRamRoleArn without a source_profile</source>
        <translation>ChainableRamRoleArn 缺少 source_profile</translation>
    </message>
    <message>
        <source>it has neither an AccessKey nor a source profile to assume the role with</source>
        <translation>它既没有 AccessKey，也没有可用来扮演角色的源凭证配置</translation>
    </message>
    <message>
        <source>it names itself as its source profile</source>
        <translation>它把自己指定为源凭证配置</translation>
    </message>
    <message>
        <source>a RAM role profile that cannot be imported: %1</source>
        <extracomment>%1 says what is wrong with it.</extracomment>
        <translation>无法导入的 RAM 角色凭证配置：%1</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not supported; only access_key, sts and ram_role_arn can be imported</source>
        <translation>不支持类型“%1”；只能导入 access_key、sts 和 ram_role_arn</translation>
    </message>
</context>
<context>
    <name>SharePermissionPane</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Share &amp;groups</source>
        <translation>共享组(&amp;G)</translation>
    </message>
    <message>
        <source>Find an account on this page</source>
        <translation>在本页中查找账号</translation>
    </message>
    <message>
        <source>Shows the accounts of the page on screen whose ID or label contains the text. Check &quot;All pages&quot; to search every account of the image.</source>
        <translation>显示当前页中 ID 或标签包含该文本的账号。勾选“全部分页”可搜索该镜像的所有账号。</translation>
    </message>
</context>
<context>
    <name>ShareWithAccountsDialog</name>
    <message>
        <source>Share with Accounts</source>
        <translation>共享给账号</translation>
    </message>
    <message>
        <source>&amp;Account IDs (paste one or many, separated by spaces, commas or new lines):</source>
        <translation>账号 ID(&amp;A)（可粘贴一个或多个，以空格、逗号或换行分隔）：</translation>
    </message>
    <message>
        <source>e.g. 123456789012 210987654321</source>
        <translation>例如 123456789012 210987654321</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>isb::AccountBook</name>
    <message>
        <source>Own</source>
        <translation>自有</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account ID (digits only, at most 20)</source>
        <translation>“%1”不是账号 ID（只能包含数字，最多 20 位）</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>标签长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>the label contains a line break or another control character</source>
        <translation>标签包含换行符或其他控制字符</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>line %1: the first row must be the header AccountId,Label,Trust</source>
        <translation>第 %1 行：第一行必须是表头 AccountId,Label,Trust</translation>
    </message>
    <message>
        <source>not valid CSV (%1)</source>
        <translation>不是有效的 CSV（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of 3</source>
        <translation>
            <numerusform>有 %n 个字段，而不是 3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown trust &quot;%1&quot; (own, trusted or empty)</source>
        <translation>未知的信任级别“%1”（应为 own、trusted 或留空）</translation>
    </message>
    <message>
        <source>account %1 is already on line %2</source>
        <translation>账号 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it cannot be an account book</source>
        <translation>%1 大于 %2 MB，不可能是账号簿</translation>
    </message>
</context>
<context>
    <name>isb::AccountBookModel</name>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任级别</translation>
    </message>
</context>
<context>
    <name>isb::AccountsDialog</name>
    <message>
        <source>Not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>导出账号</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1：新增 %2 个，更新 %3 个，%4 个未变。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>isb::AuditDiffDialog</name>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Grants changed</source>
        <translation>授权有变化</translation>
    </message>
    <message>
        <source>Image added</source>
        <translation>新增镜像</translation>
    </message>
    <message>
        <source>Image removed</source>
        <translation>移除镜像</translation>
    </message>
    <message>
        <source>Unknown (lookup failed)</source>
        <translation>未知（查询失败）</translation>
    </message>
    <message>
        <source>Cop&amp;y as Text</source>
        <translation>复制为文本(&amp;Y)</translation>
    </message>
    <message>
        <source>Choose two snapshots and press Compare.</source>
        <translation>选择两个快照，然后单击“比较”。</translation>
    </message>
    <message>
        <source>Choose an Audit Snapshot</source>
        <translation>选择审计快照</translation>
    </message>
    <message>
        <source>Audit snapshots (*.json);;All files (*)</source>
        <translation>审计快照 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>%1 is not a readable audit snapshot.</source>
        <translation>%1 不是可读取的审计快照。</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− 移除</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= 未变</translation>
    </message>
    <message>
        <source>No grant was added or removed.</source>
        <translation>没有新增或移除的授权。</translation>
    </message>
    <message>
        <source>Unknown (region in one snapshot only)</source>
        <translation>未知（该地域仅在一个快照中）</translation>
    </message>
    <message>
        <source>? Region unknown (audited in one snapshot only)</source>
        <translation>? 地域状态未知（仅在一个快照中审计过）</translation>
    </message>
    <message>
        <source>! Public (new)</source>
        <translation>! 公开（新）</translation>
    </message>
    <message>
        <source>! Untrusted (new)</source>
        <translation>! 不受信任（新）</translation>
    </message>
</context>
<context>
    <name>isb::AuditFilterModel</name>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message numerus="yes">
        <source>everyone, and %n account(s)</source>
        <translation>
            <numerusform>所有人，以及 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>共享给</translation>
    </message>
</context>
<context>
    <name>isb::AuditRunner</name>
    <message>
        <source>The audit was cancelled before this image was checked.</source>
        <translation>审计在检查此镜像之前已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The service answered nothing but throttling for %n second(s); the audit gave up on what was left. Try again later, or allow more time with --patience.</source>
        <translation>
            <numerusform>服务在 %n 秒内只返回了限流应答；审计放弃了剩余的查询。请稍后重试，或用 --patience 放宽等待时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::AuditTableModel</name>
    <message>
        <source>Group</source>
        <translation>共享组</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>all (everyone)</source>
        <translation>all（所有人）</translation>
    </message>
    <message>
        <source>Every Alibaba Cloud account can launch this image.</source>
        <translation>所有阿里云账号都可以使用此镜像创建实例。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>共享对象</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享时间</translation>
    </message>
    <message>
        <source>public</source>
        <comment>finding</comment>
        <translation>公开</translation>
    </message>
    <message>
        <source>untrusted</source>
        <comment>finding</comment>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the service gave no SharedTime</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>风险项</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An organisation&apos;s account: its ID and its DisplayName in the Resource Directory.</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>isb::AuditWindow</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Choose the regions and press Start. Nothing is changed: the audit only reads images and their share permissions.</source>
        <translation>选择地域，然后单击“开始审计”。审计不会更改任何内容：它只读取镜像及其共享权限。</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>Listing the regions…</source>
        <translation>正在列出地域…</translation>
    </message>
    <message>
        <source>Could not list the regions (%1). Start audits every region.</source>
        <translation>无法列出地域 (%1)。“开始审计”将审计所有地域。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s); all are audited unless you uncheck some.</source>
        <translation>
            <numerusform>共 %n 个地域；除取消勾选的地域外，全部审计。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Credentials</source>
        <translation>没有凭证</translation>
    </message>
    <message>
        <source>Choose credentials in the main window (File &gt; Credentials…), then open the audit again.</source>
        <translation>请在主窗口中选择凭证（文件 &gt; 凭证…），然后重新打开审计。</translation>
    </message>
    <message>
        <source>Listing the images…</source>
        <translation>正在列出镜像…</translation>
    </message>
    <message>
        <source>Retrying the failed lookups…</source>
        <translation>正在重试失败的查询…</translation>
    </message>
    <message>
        <source>Share Audit</source>
        <translation>共享审计</translation>
    </message>
    <message>
        <source>%1 of %2 images checked</source>
        <translation>已检查 %1/%2 个镜像</translation>
    </message>
    <message>
        <source>%1 of %2 images checked so far (%3 of %4 regions listed)</source>
        <translation>目前已检查 %1/%2 个镜像（已列出 %3/%4 个地域）</translation>
    </message>
    <message numerus="yes">
        <source>, %n grant(s) found</source>
        <translation>
            <numerusform>，已找到 %n 项授权</numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>，预计还需 %1</translation>
    </message>
    <message numerus="yes">
        <source> (the service asked to slow down %n time(s))</source>
        <translation>
            <numerusform>（服务端 %n 次要求降低请求速度）</numerusform>
        </translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>(region list)</source>
        <translation>（地域列表）</translation>
    </message>
    <message>
        <source>(image list)</source>
        <translation>（镜像列表）</translation>
    </message>
    <message>
        <source>Audit cancelled after %1; what was found is kept. </source>
        <translation>审计在 %1 后取消；已找到的结果会保留。</translation>
    </message>
    <message>
        <source>Audit finished in %1. </source>
        <translation>审计完成，用时 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 images in %n region(s), %2 grants</source>
        <translation>
            <numerusform>%n 个地域中的 %1 个镜像，%2 项授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n lookup(s) failed (see below)</source>
        <translation>
            <numerusform>；%n 项查询失败（见下方）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) shared with every Alibaba Cloud account</source>
        <translation>
            <numerusform>%n 个镜像已共享给所有阿里云账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Any account can launch them. Their rows are marked in red; tick &quot;Shared with everyone&quot; to list only them.</source>
        <translation>任何账号都可以用它们创建实例。这些镜像所在的行标为红色；勾选“共享给所有人”可只列出它们。</translation>
    </message>
    <message>
        <source>No grants to show yet.</source>
        <translation>暂无可显示的授权。</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) on %1 images.</source>
        <translation>
            <numerusform>%1 个镜像上共有 %n 项授权。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n grant(s).</source>
        <translation>
            <numerusform>显示 %n 项授权中的 %1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 can launch %n image(s) (shared with it, or with everyone).</source>
        <translation>
            <numerusform>账号 %1 可以使用 %n 个镜像（共享给该账号或所有人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed lookups (%1)</source>
        <translation>查询失败项 (%1)</translation>
    </message>
    <message>
        <source>From the snapshot: the grants of these items were unknown when it was taken.</source>
        <translation>来自快照：生成快照时这些项的授权未知。</translation>
    </message>
    <message>
        <source>The grants of these items are unknown, not empty. Retrying asks only for them.</source>
        <translation>这些项的授权是未知的，而不是为空。重试只会查询这些项。</translation>
    </message>
    <message>
        <source>Cannot Open Snapshot</source>
        <translation>无法打开快照</translation>
    </message>
    <message>
        <source>%1 is not a readable audit snapshot:
%2</source>
        <translation>%1 不是可读取的审计快照：
%2</translation>
    </message>
    <message>
        <source>Share Audit — %1</source>
        <translation>共享审计 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %1: %2 images in %n region(s).</source>
        <translation>
            <numerusform>%1 的快照：%n 个地域中的 %2 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save Snapshot</source>
        <translation>无法保存快照</translation>
    </message>
    <message>
        <source>The snapshot could not be saved to %1:
%2</source>
        <translation>无法将快照保存到 %1：
%2</translation>
    </message>
    <message>
        <source>Snapshot saved to %1.</source>
        <translation>快照已保存到 %1。</translation>
    </message>
    <message>
        <source>There is no audit to export.</source>
        <translation>没有可导出的审计结果。</translation>
    </message>
    <message>
        <source>Open Audit Snapshot</source>
        <translation>打开审计快照</translation>
    </message>
    <message>
        <source>Audit snapshots (*.json);;All files (*)</source>
        <translation>审计快照 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Audit Snapshot</source>
        <translation>保存审计快照</translation>
    </message>
    <message>
        <source>Audit snapshots (*.json)</source>
        <translation>审计快照 (*.json)</translation>
    </message>
    <message>
        <source>Export Shown Rows as JSON</source>
        <translation>将显示的行导出为 JSON</translation>
    </message>
    <message>
        <source>Export Shown Rows as CSV</source>
        <translation>将显示的行导出为 CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2.</source>
        <translation>未向 %1 写入任何内容：%2。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>ends the summary sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account ID: an account ID is digits only, such as 123456789012, without spaces.</source>
        <translation>“%1”不是账号 ID：账号 ID 只包含数字，例如 123456789012，且不含空格。</translation>
    </message>
    <message>
        <source>Tick &quot;Findings only&quot; to list them. Right-click an account and choose Label… to mark it as your own or trusted.</source>
        <translation>勾选“仅显示风险项”可只列出它们。右键单击账号并选择“标签…”，可将其标记为自有或受信任。</translation>
    </message>
    <message>
        <source>Tick &quot;Findings only&quot; to list them.</source>
        <translation>勾选“仅显示风险项”可只列出它们。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n image(s) of %1.</source>
        <translation>
            <numerusform>显示 %1 个镜像中的 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the accounts of the Resource Directory…</source>
        <translation>正在列出资源目录中的账号…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account ID, %2 a region or &quot;(all)&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(the account)</source>
        <translation>（该账号）</translation>
    </message>
    <message numerus="yes">
        <source>%1 images in %n of %2 account(s), %3 grants</source>
        <extracomment>%1 images, %n accounts audited, %2 accounts of the directory, %3 grants.</extracomment>
        <translation>
            <numerusform>%2 个账号中的 %n 个账号共 %1 个镜像，%3 项授权</numerusform>
        </translation>
    </message>
    <message>
        <source>No grant to an untrusted account in this audit.</source>
        <translation>此次审计中没有授予不受信任账号的授权。</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>此账号</translation>
    </message>
    <message>
        <source>Every account of my Resource Directory</source>
        <translation>我的资源目录中的所有账号</translation>
    </message>
    <message>
        <source>Every account: the program lists the Resource Directory (the credentials must be the management account&apos;s) and reaches each member through its RAM role.</source>
        <translation>所有账号：程序会列出资源目录（凭证必须属于管理账号），并通过 RAM 角色访问每个成员账号。</translation>
    </message>
    <message>
        <source>The RAM role assumed in each member account.</source>
        <translation>在每个成员账号中扮演的 RAM 角色。</translation>
    </message>
    <message>
        <source>ExternalId (if the roles ask for one)</source>
        <translation>ExternalId（如果角色要求）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>assuming its role…</source>
        <translation>正在扮演其角色…</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1/%2 个镜像</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1 is the service&apos;s short error code, such as NoPermission.</extracomment>
        <translation>无法访问（%1）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>One account&apos;s progress: %1 its ID, %2 its DisplayName, %3 where it stands.</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>isb::BrowserSession</name>
    <message>
        <source>%1 (retry %2 after %3)</source>
        <translation>%1（%3 后第 %2 次重试）</translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation>正在加载地域…</translation>
    </message>
    <message>
        <source>Could not load the regions.</source>
        <translation>无法加载地域。</translation>
    </message>
    <message>
        <source>Could not load the list of regions.</source>
        <translation>无法加载地域列表。</translation>
    </message>
    <message>
        <source>This account sees no regions.</source>
        <translation>此账号看不到任何地域。</translation>
    </message>
    <message>
        <source>Loading the images of %1…</source>
        <translation>正在加载 %1 的镜像…</translation>
    </message>
    <message>
        <source>Loading the images of %1: page %2…</source>
        <translation>正在加载 %1 的镜像：第 %2 页…</translation>
    </message>
    <message>
        <source>Could not load the images of %1.</source>
        <translation>无法加载 %1 的镜像。</translation>
    </message>
    <message>
        <source>Loading the images of %1: page %2 of %3…</source>
        <translation>正在加载 %1 的镜像：第 %2 页，共 %3 页…</translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个自定义镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every account %1 is shared with…</source>
        <translation>正在加载 %1 共享给的所有账号…</translation>
    </message>
    <message>
        <source>Loading who can launch %1 (page %2)…</source>
        <translation>正在加载可以使用 %1 的账号（第 %2 页）…</translation>
    </message>
    <message>
        <source>Could not load the share permissions of %1.</source>
        <translation>无法加载 %1 的共享权限。</translation>
    </message>
    <message>
        <source>%1 is shared with every Alibaba Cloud account.</source>
        <translation>%1 已共享给所有阿里云账号。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is shared with %n account(s).</source>
        <translation>
            <numerusform>%1 已共享给 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 no longer exists; it was removed from the list.</source>
        <translation>镜像 %1 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <source>Loading cancelled; page %1 of %2 is shown. Press F5 to load again.</source>
        <translation>已取消加载；当前显示第 %1 页，共 %2 页。按 F5 重新加载。</translation>
    </message>
    <message>
        <source>Loading cancelled. Press F5 to load again.</source>
        <translation>已取消加载。按 F5 重新加载。</translation>
    </message>
    <message>
        <source>Loading the images shared with you in %1: page %2…</source>
        <translation>正在加载 %1 中共享给你的镜像：第 %2 页…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) shared with you in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个共享给你的镜像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::ChangeJournal</name>
    <message>
        <source>not a change journal entry</source>
        <translation>不是变更记录条目</translation>
    </message>
    <message>
        <source>an image of the entry has no valid region or image ID</source>
        <translation>该条目中有镜像没有有效的地域或镜像 ID</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>isb::ChangeJournalModel</name>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>%1 of %2 verified; %3</source>
        <extracomment>%1 verified images of %2; %3 the other outcomes (service codes, &quot;mismatch&quot;, &quot;cancelled&quot;).</extracomment>
        <translation>已验证 %1/%2；%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, all on %n image(s)</source>
        <extracomment>Accounts removed, and how many images were taken out of group &quot;all&quot;.</extracomment>
        <translation>
            <numerusform>%1，全部在 %n 个镜像上</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>isb::ChangeLauncher</name>
    <message>
        <source>No sharing change has been made yet.</source>
        <translation>尚未做过任何共享变更。</translation>
    </message>
    <message>
        <source>Nothing to undo: this change only made images private, and making an image public is the console&apos;s job.</source>
        <translation>没有可撤消的内容：此变更只是将镜像设为私有，而将镜像设为公开需要在控制台中操作。</translation>
    </message>
    <message>
        <source>Undo Sharing Change</source>
        <translation>撤消共享变更</translation>
    </message>
</context>
<context>
    <name>isb::CredentialsDialog</name>
    <message>
        <source>No credentials were found. Enter an AccessKey below and save it, import one from the aliyun CLI or SDK files, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET before starting the application.</source>
        <translation>未找到凭证。请在下方输入 AccessKey 并保存，或从 aliyun CLI 或 SDK 的文件导入，或在启动应用前设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>凭证配置“%1”</translation>
    </message>
    <message>
        <source>From ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>来自 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <source>From ALIBABA_CLOUD_SECURITY_TOKEN</source>
        <translation>来自 ALIBABA_CLOUD_SECURITY_TOKEN</translation>
    </message>
    <message>
        <source>%1. This is the default profile.</source>
        <translation>%1。这是默认凭证配置。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建凭证配置</translation>
    </message>
    <message>
        <source>New: the secret goes to the system keychain when you save</source>
        <translation>新建：保存时 Secret 将存入系统密钥环</translation>
    </message>
    <message>
        <source>A region ID has lower-case letters, digits and &apos;-&apos;, e.g. cn-hangzhou.</source>
        <translation>地域 ID 由小写字母、数字和 &apos;-&apos; 组成，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey ID must not contain spaces.</source>
        <translation>AccessKey ID 不能包含空格。</translation>
    </message>
    <message>
        <source>The AccessKey Secret and the STS token must not contain spaces.</source>
        <translation>AccessKey Secret 和 STS Token 不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the AccessKey Secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; in the keychain…</source>
        <translation>正在将“%1”保存到密钥环…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. Its secret is in the system keychain.</source>
        <translation>已保存“%1”。其 Secret 已存入系统密钥环。</translation>
    </message>
    <message>
        <source>Copied %1 profiles into the system keychain: %2. The original files were not changed.</source>
        <translation>已将 %1 个凭证配置复制到系统密钥环：%2。原始文件未作更改。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除凭证配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>删除凭证配置“%1”？</translation>
    </message>
    <message>
        <source>Its secret is removed from the system keychain. This cannot be undone.</source>
        <translation>其 Secret 将从系统密钥环中移除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>It is forgotten for the rest of this session.</source>
        <translation>本次会话中将不再保留它。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation>已删除凭证配置“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>“%1”现在是默认凭证配置。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message numerus="yes">
        <source>OK — %n region(s)</source>
        <translation>
            <numerusform>成功 — %n 个地域</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Check the AccessKey ID, the Secret and the STS token.</source>
        <translation>请检查 AccessKey ID、Secret 和 STS Token。</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is wrong; correct it and try again.</source>
        <translation>本机时钟不准确；请校正后重试。</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Copying %1 profiles into the keychain…</source>
        <translation>正在将 %1 个凭证配置复制到密钥环…</translation>
    </message>
    <message>
        <source>Using %1 for this session only. Nothing was written to disk; the credentials are gone when the application quits.</source>
        <translation>仅在本次会话中使用 %1。未写入磁盘；应用退出后凭证即被清除。</translation>
    </message>
    <message>
        <source>The keychain has no secret for the profile &quot;%1&quot; (it may have been removed outside Image Share Browser). Enter its AccessKey Secret and click Save.</source>
        <translation>密钥环中没有凭证配置“%1”的 Secret（可能已在镜像共享浏览器之外被移除）。请输入其 AccessKey Secret，然后单击“保存”。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <source>Image Share Browser keeps secrets only in a system keychain that provides the Secret Service (GNOME Keyring or KWallet), never in a plain-text file, so nothing was saved. To fix it, install gnome-keyring (or KWallet), make sure it runs and is unlocked in your desktop session, and try again. Until then you can use the credentials for this session only, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET before starting the application.</source>
        <translation>镜像共享浏览器只将 Secret 保存在提供 Secret Service 的系统密钥环（GNOME Keyring 或 KWallet）中，从不写入明文文件，因此未保存任何内容。解决方法：安装 gnome-keyring（或 KWallet），确保它在桌面会话中运行并已解锁，然后重试。在此之前，您可以仅在本次会话中使用这些凭证，或在启动应用前设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>The keychain refused access</source>
        <translation>密钥环拒绝访问</translation>
    </message>
    <message>
        <source>The keychain is locked, or the request to unlock it was dismissed, so nothing was changed. Unlock it (log in to the desktop session again, or unlock the &quot;Login&quot; keyring in Passwords and Keys or KWalletManager) and try again, or use the credentials for this session only.</source>
        <translation>密钥环已锁定，或解锁请求被取消，因此未做任何更改。请将其解锁（重新登录桌面会话，或在“密码和密钥”或 KWalletManager 中解锁“登录”密钥环）后重试，或仅在本次会话中使用这些凭证。</translation>
    </message>
    <message>
        <source>The keychain failed</source>
        <translation>密钥环出错</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again, or use the credentials for this session only.</source>
        <translation>未做任何更改。请重试，或仅在本次会话中使用这些凭证。</translation>
    </message>
    <message>
        <source>Kept; leave empty to keep it</source>
        <translation>已保存在内存中；留空则不变</translation>
    </message>
    <message>
        <source>Optional, STS credentials only</source>
        <translation>可选，仅用于 STS 临时凭证</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>已存储；留空则不变</translation>
    </message>
    <message>
        <source>role in %1</source>
        <translation>%1 中的角色</translation>
    </message>
    <message>
        <source>Choose the source profile whose keys assume the role.</source>
        <translation>请选择用其密钥扮演角色的源凭证配置。</translation>
    </message>
    <message>
        <source>Saved the role profile &quot;%1&quot;. It has no secret of its own: the keys of &quot;%2&quot; assume the role, and its temporary keys stay in memory.</source>
        <translation>已保存角色凭证配置“%1”。它本身没有 Secret：由“%2”的密钥扮演该角色，临时密钥只保存在内存中。</translation>
    </message>
    <message>
        <source>Only the role profile goes; its source profile stays.</source>
        <translation>只删除角色凭证配置；其源凭证配置保留。</translation>
    </message>
    <message>
        <source>OK — assumed the role in account %1
%2</source>
        <extracomment>%1 is an account ID, %2 the assumed identity&apos;s ARN.</extracomment>
        <translation>成功 — 已扮演账号 %1 中的角色
%2</translation>
    </message>
    <message>
        <source>Check that the role trusts the source&apos;s account and, if it asks for one, the ExternalId.</source>
        <translation>请检查该角色是否信任源凭证配置所属的账号；如果角色要求 ExternalId，也请检查它。</translation>
    </message>
    <message>
        <source>New: a role profile goes to the settings; it has no secret of its own</source>
        <translation>新建：角色凭证配置保存在设置中；它本身没有 Secret</translation>
    </message>
    <message>
        <source>Store the role profile in the settings (it has no secret)</source>
        <translation>将角色凭证配置保存到设置中（它没有 Secret）</translation>
    </message>
    <message>
        <source>Store the secret in the system keychain and the rest in the settings</source>
        <translation>将 Secret 存入系统密钥环，其余信息存入设置</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1（角色）</translation>
    </message>
    <message>
        <source>Environment (ALIBABA_CLOUD_ACCESS_KEY_*)</source>
        <translation>环境变量 (ALIBABA_CLOUD_ACCESS_KEY_*)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
</context>
<context>
    <name>isb::EcsCall</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
</context>
<context>
    <name>isb::EcsClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>“%1”不是有效的接入地址 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for loopback addresses (such as the simulator); use https:// for %1.</source>
        <translation>只有环回地址（例如模拟器）允许使用明文 http://；%1 请使用 https://。</translation>
    </message>
    <message>
        <source>The endpoint must be an https:// URL, not &quot;%1&quot;.</source>
        <translation>接入地址必须是 https:// URL，而不是“%1”。</translation>
    </message>
    <message>
        <source>No AccessKey is configured: set an AccessKey ID and Secret first.</source>
        <translation>未配置 AccessKey：请先设置 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; signed requests are never redirected.</source>
        <translation>服务器将请求重定向到 %1；签名请求从不跟随重定向。</translation>
    </message>
    <message>
        <source>DescribeRegions gave &quot;%1&quot; as the endpoint of region %2, which is not a host under aliyuncs.com; no request is sent there. Use --endpoint to choose an endpoint yourself.</source>
        <translation>DescribeRegions 给出的地域 %2 的接入地址“%1”不是 aliyuncs.com 下的主机，因此不会向其发送任何请求。如需自行指定接入地址，请使用 --endpoint。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB and was aborted.</source>
        <translation>应答大于 %1 MB，已中止。</translation>
    </message>
    <message>
        <source>An answer of an earlier read arrived.</source>
        <translation>收到了先前一次读取的应答。</translation>
    </message>
    <message>
        <source>The temporary key of role %1 was refused even after it was renewed once: %2 Check the system clock, and whether the role&apos;s sessions were revoked.</source>
        <extracomment>%1 is a role ARN, %2 the service&apos;s message.</extracomment>
        <translation>角色 %1 的临时密钥在续期一次后仍被拒绝：%2 请检查系统时钟，以及该角色的会话是否已被吊销。</translation>
    </message>
</context>
<context>
    <name>isb::EcsResponseParser</name>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>服务器的响应不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>服务器的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>HTTP %1 without an ECS error body.</source>
        <translation>HTTP %1，且没有 ECS 错误信息。</translation>
    </message>
    <message>
        <source>DescribeRegions: &quot;Regions&quot; has an unexpected shape.</source>
        <translation>DescribeRegions：&quot;Regions&quot; 的结构不符合预期。</translation>
    </message>
    <message>
        <source>DescribeRegions: a region entry has an unexpected shape.</source>
        <translation>DescribeRegions：某个地域条目的结构不符合预期。</translation>
    </message>
    <message>
        <source>DescribeImages: the answer lacks TotalCount, PageNumber, PageSize or Images.</source>
        <translation>DescribeImages：响应缺少 TotalCount、PageNumber、PageSize 或 Images。</translation>
    </message>
    <message>
        <source>DescribeImages: an image entry has an unexpected shape.</source>
        <translation>DescribeImages：某个镜像条目的结构不符合预期。</translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: the answer lacks TotalCount, PageNumber, PageSize, Accounts or ShareGroups, or has them in an unexpected shape.</source>
        <translation>DescribeImageSharePermission：响应缺少 TotalCount、PageNumber、PageSize、Accounts 或 ShareGroups，或者其结构不符合预期。</translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: an account entry has an unexpected shape.</source>
        <translation>DescribeImageSharePermission：某个账号条目的结构不符合预期。</translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: a share group entry has an unexpected shape.</source>
        <translation>DescribeImageSharePermission：某个共享组条目的结构不符合预期。</translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: the page holds more accounts than its PageSize.</source>
        <translation>DescribeImageSharePermission：该页的账号数超过了其 PageSize。</translation>
    </message>
    <message>
        <source>GetCallerIdentity: the answer lacks AccountId, Arn or IdentityType, or has them in an unexpected shape.</source>
        <translation>GetCallerIdentity：响应缺少 AccountId、Arn 或 IdentityType，或者其结构不符合预期。</translation>
    </message>
    <message>
        <source>AssumeRole: the answer lacks Credentials (AccessKeyId, AccessKeySecret, SecurityToken, Expiration), or has them in an unexpected shape.</source>
        <translation>AssumeRole：响应缺少 Credentials（AccessKeyId、AccessKeySecret、SecurityToken、Expiration），或者其结构不符合预期。</translation>
    </message>
    <message>
        <source>ListAccounts: the answer lacks TotalCount, PageNumber or Accounts, or has them in an unexpected shape.</source>
        <translation>ListAccounts：响应缺少 TotalCount、PageNumber 或 Accounts，或者其结构不符合预期。</translation>
    </message>
    <message>
        <source>ListAccounts: an account entry has an unexpected shape.</source>
        <translation>ListAccounts：某个账号条目的结构不符合预期。</translation>
    </message>
</context>
<context>
    <name>isb::ErrorDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no HTTP answer)</source>
        <translation>（无 HTTP 响应）</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>错误信息：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Recommend: %1</source>
        <translation>诊断建议：%1</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已复制(&amp;C)</translation>
    </message>
    <message>
        <source>No AccessKey is configured.</source>
        <translation>未配置 AccessKey。</translation>
    </message>
    <message>
        <source>Alibaba Cloud says this AccessKey is disabled. Enable it in the RAM console or use another one.</source>
        <translation>阿里云提示此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check that it was copied completely and has not been deleted.</source>
        <translation>阿里云无法识别此 AccessKey ID。请检查它是否复制完整、是否已被删除。</translation>
    </message>
    <message>
        <source>The security token of these temporary (STS) credentials is invalid or has expired. Get new credentials.</source>
        <translation>此临时凭证 (STS) 的安全令牌无效或已过期。请获取新的凭证。</translation>
    </message>
    <message>
        <source>The request signature did not match: the AccessKey Secret is probably wrong (check for missing or extra characters).</source>
        <translation>请求签名不匹配：AccessKey Secret 很可能有误（请检查是否缺少或多出字符）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request because this computer&apos;s clock differs from the real time by more than 15 minutes. Correct the date, time and time zone of this computer (turning on automatic time synchronization is the surest way), then try again.</source>
        <translation>阿里云拒绝了请求，因为本机时钟与实际时间相差超过 15 分钟。请校正本机的日期、时间和时区（开启自动时间同步最为可靠），然后重试。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established because its certificate was not accepted. This happens when a proxy or security software intercepts encrypted traffic, when this computer&apos;s date is wrong, or when the system&apos;s certificate store is outdated. For your safety the program never ignores certificate errors: fix the cause, then try again.</source>
        <translation>无法与服务器建立安全连接，因为其证书未被接受。代理或安全软件拦截加密流量、本机日期有误或系统证书库过旧时，都会出现这种情况。为了您的安全，本程序从不忽略证书错误：请排除原因后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting how fast this account may call the API (throttling). The limit resets every minute: wait a moment, then choose Retry.</source>
        <translation>阿里云正在限制此账号调用 API 的频率（流控）。该限制每分钟重置一次：请稍候，然后选择“重试”。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection, then choose Retry.</source>
        <translation>服务器未及时响应。请检查网络连接，然后选择“重试”。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection and proxy settings, then choose Retry.</source>
        <translation>无法连接到服务器。请检查网络连接和代理设置，然后选择“重试”。</translation>
    </message>
    <message>
        <source>Nothing was sent: the endpoint is not safe for signed requests. Use an https:// endpoint.</source>
        <translation>未发送任何请求：该接入地址不适合发送签名请求。请使用 https:// 接入地址。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or could not be read. Choose Retry; if this keeps happening, a proxy may be altering the traffic.</source>
        <translation>服务器的响应不完整或无法读取。请选择“重试”；如果问题反复出现，可能是代理篡改了流量。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be trusted, so it was not used. If you use a proxy, it may be altering the traffic.</source>
        <translation>服务器的响应不可信，因此未被使用。如果您使用了代理，它可能篡改了流量。</translation>
    </message>
    <message>
        <source>The image no longer exists: it may have been deleted or copied away.</source>
        <translation>该镜像已不存在：它可能已被删除或转移。</translation>
    </message>
    <message>
        <source>This AccessKey is not allowed to do this. Ask the account&apos;s administrator to grant the RAM permissions ecs:DescribeRegions, ecs:DescribeImages and ecs:DescribeImageSharePermission.</source>
        <translation>此 AccessKey 无权执行此操作。请联系账号管理员授予 RAM 权限 ecs:DescribeRegions、ecs:DescribeImages 和 ecs:DescribeImageSharePermission。</translation>
    </message>
    <message>
        <source>Alibaba Cloud had a temporary problem. Choose Retry in a moment; if it keeps failing, contact Alibaba Cloud support with the request ID below.</source>
        <translation>阿里云出现临时故障。请稍后选择“重试”；如果仍然失败，请凭下方的请求 ID 联系阿里云技术支持。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request. The details below say why; the request ID helps Alibaba Cloud support find it.</source>
        <translation>阿里云拒绝了请求。原因见下方详细信息；阿里云技术支持可凭请求 ID 查找该请求。</translation>
    </message>
    <message>
        <source>&amp;Open Credentials…</source>
        <translation>打开凭证(&amp;O)…</translation>
    </message>
    <message>
        <source>Open File &gt; Credentials… (Ctrl+K): there you can enter or correct an AccessKey, test it and save it as a profile in the system keychain, or choose another saved profile.</source>
        <translation>请打开“文件 &gt; 凭证…”(Ctrl+K)：可在其中输入或更正 AccessKey、测试连接，并将其作为凭证配置保存到系统密钥环中，或者选择另一个已保存的凭证配置。</translation>
    </message>
    <message>
        <source>Alternatively, set the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for temporary STS credentials), then start the program again.</source>
        <translation>也可以设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 临时凭证时还需设置 ALIBABA_CLOUD_SECURITY_TOKEN），然后重新启动本程序。</translation>
    </message>
    <message>
        <source>Nothing was sent: the program&apos;s network module is missing or damaged (details below). Reinstall Image Share Browser.</source>
        <translation>未发送任何请求：程序的网络模块缺失或已损坏（详见下方）。请重新安装镜像共享浏览器。</translation>
    </message>
</context>
<context>
    <name>isb::ExportController</name>
    <message>
        <source>Export Share Permissions</source>
        <translation>导出共享权限</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting Share Permissions</source>
        <translation>正在导出共享权限</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the custom images of %1: %2 of %n image(s) done.</source>
        <translation>
            <numerusform>正在导出 %1 的自定义镜像：已完成 %2/%n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the custom images of %1…</source>
        <translation>正在列出 %1 的自定义镜像…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the share permissions of %1: %2 of %n request(s) done.</source>
        <translation>
            <numerusform>正在导出 %1 的共享权限：已完成 %2/%n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the share permissions of %1…</source>
        <translation>正在导出 %1 的共享权限…</translation>
    </message>
    <message>
        <source>Could not save the export to %1.</source>
        <translation>无法将导出内容保存到 %1。</translation>
    </message>
    <message>
        <source>Could not export the share permissions of the images in %1.</source>
        <translation>无法导出 %1 中镜像的共享权限。</translation>
    </message>
    <message>
        <source>Could not export the share permissions of %1.</source>
        <translation>无法导出 %1 的共享权限。</translation>
    </message>
    <message>
        <source>Free some space or choose another disk, then export again.</source>
        <translation>请释放一些磁盘空间或选择其他磁盘，然后重新导出。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as your Documents folder, then export again.</source>
        <translation>请选择您有写入权限的文件夹（例如“文档”文件夹），然后重新导出。</translation>
    </message>
    <message>
        <source>Choose a folder on a writable disk, then export again.</source>
        <translation>请选择可写磁盘上的文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>It may have been removed, or its drive disconnected. Choose another folder.</source>
        <translation>该文件夹可能已被删除，或其所在的驱动器已断开。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Choose another name or folder.</source>
        <translation>请选择其他名称或文件夹。</translation>
    </message>
    <message>
        <source>Choose another disk (FAT32 drives hold at most 4 GiB per file).</source>
        <translation>请选择其他磁盘（FAT32 磁盘上的单个文件最大为 4 GiB）。</translation>
    </message>
    <message>
        <source>Choose another folder, then export again.</source>
        <translation>请选择其他文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>%1. %2 Nothing was changed: a file that already had this name was left as it was.</source>
        <translation>%1。%2未做任何更改：已有的同名文件保持原样。</translation>
    </message>
</context>
<context>
    <name>isb::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The page shown: page %1 of %2, %n account(s)</source>
        <translation>
            <numerusform>当前显示的页：第 %1 页，共 %2 页，%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>The page shown</source>
        <translation>当前显示的页</translation>
    </message>
    <message>
        <source>Every page of image %1</source>
        <translation>镜像 %1 的所有分页</translation>
    </message>
    <message>
        <source>Every page of an image</source>
        <translation>某个镜像的所有分页</translation>
    </message>
    <message>
        <source>Every custom image in %1, with all pages</source>
        <translation>%1 中的所有自定义镜像（含所有分页）</translation>
    </message>
</context>
<context>
    <name>isb::ExportError</name>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>there is not enough free space on the disk</source>
        <translation>磁盘可用空间不足</translation>
    </message>
    <message>
        <source>you do not have permission to replace this file</source>
        <translation>您没有替换此文件的权限</translation>
    </message>
    <message>
        <source>you do not have permission to create files in the folder %1</source>
        <translation>您没有在文件夹 %1 中创建文件的权限</translation>
    </message>
    <message>
        <source>the folder %1 is on a read-only disk or medium</source>
        <translation>文件夹 %1 位于只读磁盘或介质上</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>a part of the path %1 is a file, not a folder</source>
        <translation>路径 %1 中有一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <source>a folder of that name already exists</source>
        <translation>已存在同名文件夹</translation>
    </message>
    <message>
        <source>the file is larger than this system or disk allows</source>
        <translation>文件大小超出了此系统或磁盘的上限</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>isb::ExportJob</name>
    <message>
        <source>The share permissions of %1 did not arrive.</source>
        <translation>未收到 %1 的共享权限。</translation>
    </message>
</context>
<context>
    <name>isb::FindingsSummary</name>
    <message numerus="yes">
        <source>%n image(s) public</source>
        <translation>
            <numerusform>%n 个镜像已公开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) to %1</source>
        <translation>
            <numerusform>授予%1的 %n 项授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untrusted account(s)</source>
        <translation>
            <numerusform>%n 个不受信任的账号</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::HistoryDialog</name>
    <message>
        <source>No sharing change has been made yet (%1).</source>
        <translation>尚未做过任何共享变更（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), recorded in %1</source>
        <translation>
            <numerusform>%n 项变更，记录在 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::HttpTransport</name>
    <message>
        <source>The network module could not be loaded: %1</source>
        <extracomment>%1 is the error the system gave, which names the file.</extracomment>
        <translation>无法加载网络模块：%1</translation>
    </message>
</context>
<context>
    <name>isb::ImageTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size (GiB)</source>
        <translation>大小 (GiB)</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>image status</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>image status</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>image status</comment>
        <translation>可用</translation>
    </message>
    <message>
        <source>UnAvailable</source>
        <comment>image status</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <source>CreateFailed</source>
        <comment>image status</comment>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <comment>image status</comment>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Shared</source>
        <comment>image is shared with other accounts</comment>
        <translation>已共享</translation>
    </message>
    <message>
        <source>Shared with other accounts (DescribeImages: IsSelfShared)</source>
        <translation>已共享给其他账号（DescribeImages：IsSelfShared）</translation>
    </message>
    <message>
        <source>Not shared with other accounts</source>
        <translation>未共享给其他账号</translation>
    </message>
    <message>
        <source>Shared: the image is shared with other accounts or with everyone (IsSelfShared)</source>
        <translation>已共享：该镜像已共享给其他账号或所有人（IsSelfShared）</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>the account that owns an image</comment>
        <translation>所有者</translation>
    </message>
</context>
<context>
    <name>isb::ImportCredentialsDialog</name>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>&amp;Copy to Keychain</source>
        <translation>复制到密钥环(&amp;C)</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1：未找到</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取 (%2)</translation>
    </message>
    <message>
        <source>%1: not understood (%2)</source>
        <translation>%1：无法解析 (%2)</translation>
    </message>
    <message>
        <source>No profiles found. The aliyun CLI keeps its profiles in ~/.aliyun/config.json, the SDKs in ~/.alibabacloud/credentials.</source>
        <translation>未找到凭证配置。aliyun CLI 的凭证配置保存在 ~/.aliyun/config.json，SDK 的保存在 ~/.alibabacloud/credentials。</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Another ticked profile has this name</source>
        <translation>另一个已勾选的凭证配置使用了此名称</translation>
    </message>
    <message>
        <source>Replaces the saved profile &quot;%1&quot;</source>
        <translation>将替换已保存的凭证配置“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2 importable, %3 not supported</source>
        <translation>%1：%2 个可导入，%3 个不支持</translation>
    </message>
    <message>
        <source>RAM role</source>
        <translation>RAM 角色</translation>
    </message>
    <message>
        <source>Assumes %1 with the keys of &quot;%2&quot;</source>
        <extracomment>%1 is a role ARN, %2 the source profile&apos;s name in the file.</extracomment>
        <translation>使用“%2”的密钥扮演 %1</translation>
    </message>
</context>
<context>
    <name>isb::LabelAccountDialog</name>
    <message>
        <source>Not trusted (a label only)</source>
        <translation>不受信任（仅作标签）</translation>
    </message>
    <message>
        <source>This is the account of the credentials in use: it is always your own.</source>
        <translation>这是当前所用凭证所属的账号：它始终是自有账号。</translation>
    </message>
</context>
<context>
    <name>isb::MainWindow</name>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>The RequestId of the last answer; Alibaba Cloud support asks for it.</source>
        <translation>最近一次响应的请求 ID (RequestId)；联系阿里云技术支持时需要提供。</translation>
    </message>
    <message>
        <source>Request ID: none yet</source>
        <translation>请求 ID：暂无</translation>
    </message>
    <message>
        <source>Image %1 no longer exists</source>
        <translation>镜像 %1 已不存在</translation>
    </message>
    <message>
        <source>It was deleted or moved after the list was loaded, so it was removed from the list.</source>
        <translation>该镜像在列表加载后已被删除或转移，因此已从列表中移除。</translation>
    </message>
    <message>
        <source>Loading cancelled. Press F5 to load again.</source>
        <translation>已取消加载。按 F5 重新加载。</translation>
    </message>
    <message>
        <source>About Image Share Browser</source>
        <translation>关于镜像共享浏览器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Image Share Browser %1&lt;/h3&gt;&lt;p&gt;See who can launch your Alibaba Cloud ECS custom images.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;镜像共享浏览器 %1&lt;/h3&gt;&lt;p&gt;查看谁可以使用您的阿里云 ECS 自定义镜像。&lt;/p&gt;&lt;p&gt;Qt %2（基于 Qt %3 构建）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) match the filter</source>
        <translation>
            <numerusform>%n 个镜像中有 %1 个符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, loading more…</source>
        <translation>%1，正在加载更多…</translation>
    </message>
    <message>
        <source>%1 (list incomplete; press F5 to load it again)</source>
        <translation>%1（列表不完整；按 F5 重新加载）</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1（本次会话）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>无凭证</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>选择凭证配置</translation>
    </message>
    <message>
        <source>Reading credentials…</source>
        <translation>正在读取凭证…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>凭证配置“%1”：%2</translation>
    </message>
    <message>
        <source>No credentials. Add some with File &gt; Credentials… (Ctrl+K).</source>
        <translation>没有凭证。请通过“文件 &gt; 凭证…”(Ctrl+K) 添加。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n share entry(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条共享记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language takes effect when you restart Image Share Browser.</source>
        <translation>新语言将在重新启动镜像共享浏览器后生效。</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The account book was not read: %1</source>
        <translation>未能读取账号簿：%1</translation>
    </message>
    <message numerus="yes">
        <source>The account book skipped %n row(s): line %1: %2</source>
        <translation>
            <numerusform>账号簿跳过了 %n 行：第 %1 行：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 (own)</source>
        <translation>账号 %1（自有）</translation>
    </message>
    <message>
        <source>via profile %1</source>
        <translation>通过凭证配置 %1</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>接入地址 %1</translation>
    </message>
    <message>
        <source>(--endpoint: this is not Alibaba Cloud&apos;s own endpoint)</source>
        <translation>（--endpoint：这不是阿里云官方的接入地址）</translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation>账号 ID %1</translation>
    </message>
    <message>
        <source>This image belongs to account %1. Only its owner can see whom it is shared with.</source>
        <translation>此镜像属于账号 %1。只有其所有者才能查看它共享给了谁。</translation>
    </message>
</context>
<context>
    <name>isb::MessageBanner</name>
    <message>
        <source>%1: %2</source>
        <comment>banner title: banner text</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>isb::OrganisationAudit</name>
    <message>
        <source>The account %1 is not in the Resource Directory.</source>
        <translation>账号 %1 不在资源目录中。</translation>
    </message>
    <message>
        <source>The audit was cancelled before this account was reached.</source>
        <translation>审计在访问此账号之前已取消。</translation>
    </message>
</context>
<context>
    <name>isb::PagedListAssembler</name>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The image&apos;s sharing changed while it was being read; try again.</source>
        <translation>读取期间镜像的共享发生了变化，请重试。</translation>
    </message>
    <message>
        <source>The image list changed while it was being read; try again.</source>
        <translation>读取期间镜像列表发生了变化，请重试。</translation>
    </message>
    <message>
        <source>Page %1 was asked for, but the service answered with page %2; the list cannot be read completely.</source>
        <translation>请求的是第 %1 页，但服务返回了第 %2 页；无法完整读取该列表。</translation>
    </message>
    <message>
        <source>The service claims %1 entries (TotalCount); more than %2 is refused as implausible.</source>
        <translation>服务声称共有 %1 个条目（TotalCount）；超过 %2 个不可信，已拒绝。</translation>
    </message>
    <message>
        <source>Page %1 holds %2 entries, but TotalCount %3 promises %4; the list cannot be read completely.</source>
        <translation>第 %1 页有 %2 个条目，但 TotalCount %3 表明应有 %4 个；无法完整读取该列表。</translation>
    </message>
    <message>
        <source>Page %1 holds %2 entries, more than TotalCount %3 leaves for it (%4).</source>
        <translation>第 %1 页有 %2 个条目，超过了 TotalCount %3 为其留下的数量（%4）。</translation>
    </message>
    <message>
        <source>The service listed %1 %2 twice on page %3.</source>
        <translation>服务在第 %3 页两次列出了%1 %2。</translation>
    </message>
    <message>
        <source>The pages hold %1 entries, but TotalCount is %2.</source>
        <translation>各页共有 %1 个条目，但 TotalCount 为 %2。</translation>
    </message>
    <message>
        <source>Page 1 was asked for, but the service answered with page %1; the list cannot be read completely.</source>
        <translation>请求的是第 1 页，但服务返回了第 %1 页；无法完整读取该列表。</translation>
    </message>
</context>
<context>
    <name>isb::PagerWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>全部分页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Page –</source>
        <translation>第 – 页</translation>
    </message>
    <message>
        <source>Page %1 of %2 (loading page %3…)</source>
        <translation>第 %1 页，共 %2 页（正在加载第 %3 页…）</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>page size: as many rows as the table shows</comment>
        <translation>适应</translation>
    </message>
    <message>
        <source>As many accounts per page as the table shows</source>
        <translation>每页显示表格能容纳的账号数</translation>
    </message>
</context>
<context>
    <name>isb::PlanDialog</name>
    <message numerus="yes">
        <source>Reading the current grants of %n image(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个镜像当前的授权…</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This change cannot be made</source>
        <translation>无法进行此变更</translation>
    </message>
    <message>
        <source>Refused before anything was sent: nothing was changed.</source>
        <translation>在发送任何请求之前即被拒绝：未做任何更改。</translation>
    </message>
    <message>
        <source>Every image is already as asked: there is nothing to send.</source>
        <translation>每个镜像都已是所要求的状态：无需发送任何请求。</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Check the plan, then press &quot;%1&quot;.</source>
        <translation>尚未发送任何请求。请检查计划，然后按“%1”。</translation>
    </message>
    <message>
        <source>The regions could not be read</source>
        <translation>无法读取地域</translation>
    </message>
    <message>
        <source>%1 %2 could not be read</source>
        <comment>region, image</comment>
        <translation>无法读取 %1 %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Applying and verifying…</source>
        <translation>正在应用并验证…</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n image(s)…</source>
        <translation>
            <numerusform>正在重试 %n 个镜像…</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was made but not journaled</source>
        <translation>变更已执行，但未写入变更记录</translation>
    </message>
    <message>
        <source>This key is not allowed to change sharing</source>
        <translation>此密钥无权更改共享</translation>
    </message>
    <message>
        <source>The RAM permission ecs:ModifyImageSharePermission is missing for this key: it may read who can launch an image, but not change it. Ask an administrator to grant it, or use a key that has it.</source>
        <translation>此密钥缺少 RAM 权限 ecs:ModifyImageSharePermission：它可以读取谁能启动镜像，但不能更改。请让管理员授予该权限，或使用具有该权限的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not changed as planned</source>
        <translation>
            <numerusform>%n 个镜像未按计划更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Each image&apos;s result says why. Retry Failed plans them again from what is there now.</source>
        <translation>每个镜像的结果会说明原因。“重试失败项”会根据当前状态重新为它们制定计划。</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) changed and verified; recorded in %3</source>
        <extracomment>After a change: %1 images verified of %2; the journal&apos;s file.</extracomment>
        <translation>已更改并验证 %1/%2 个镜像；已记录到 %3</translation>
    </message>
</context>
<context>
    <name>isb::ProfileSourceLabels</name>
    <message>
        <source>Environment (read-only)</source>
        <translation>环境变量（只读）</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>仅本次会话</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Environment variables ALIBABA_CLOUD_* (read-only; change them in the shell that starts the application)</source>
        <translation>环境变量 ALIBABA_CLOUD_*（只读；请在启动本程序的 shell 中修改）</translation>
    </message>
    <message>
        <source>Memory, for this session only: nothing is on disk and it is gone when the application quits</source>
        <translation>内存，仅本次会话：不写入磁盘，程序退出后即消失</translation>
    </message>
    <message>
        <source>Secret in the system keychain; name, AccessKey ID and region in the settings</source>
        <translation>密钥保存在系统钥匙串中；名称、AccessKey ID 和地域保存在设置中</translation>
    </message>
    <message>
        <source>RAM role</source>
        <translation>RAM 角色</translation>
    </message>
    <message>
        <source>A RAM role assumed with the keys of another profile; its temporary key is kept in memory only and renewed before it expires</source>
        <translation>用另一凭证配置的密钥扮演的 RAM 角色；其临时密钥只保存在内存中，并在到期前续期</translation>
    </message>
</context>
<context>
    <name>isb::ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is reserved for the credentials in environment variables.</source>
        <translation>“%1”是为环境变量中的凭证保留的名称。</translation>
    </message>
    <message>
        <source>A profile name has 1 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>凭证配置名称长 1 到 64 个字符，可包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;，且必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>There is no saved profile &quot;%1&quot;.</source>
        <translation>没有已保存的凭证配置“%1”。</translation>
    </message>
    <message>
        <source>The Environment profile comes from ALIBABA_CLOUD_* variables; unset them to remove it.</source>
        <translation>Environment 凭证配置来自 ALIBABA_CLOUD_* 环境变量；取消设置这些变量即可移除它。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有凭证配置“%1”。</translation>
    </message>
    <message>
        <source>The Environment profile comes from ALIBABA_CLOUD_* variables and cannot be changed here.</source>
        <translation>Environment 凭证配置来自 ALIBABA_CLOUD_* 环境变量，无法在此修改。</translation>
    </message>
    <message>
        <source>Both the AccessKey ID and the AccessKey Secret are required.</source>
        <translation>AccessKey ID 和 AccessKey Secret 均为必填项。</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <source>A role profile needs a source profile, whose keys call AssumeRole.</source>
        <translation>角色凭证配置需要一个源凭证配置，用其密钥调用 AssumeRole。</translation>
    </message>
    <message>
        <source>A role profile cannot be its own source.</source>
        <translation>角色凭证配置不能以自己为源。</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; is not a valid name: %2</source>
        <extracomment>%1 is a profile name, %2 says which names are allowed.</extracomment>
        <translation>源凭证配置“%1”的名称无效：%2</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; leads back to &quot;%2&quot;.</source>
        <extracomment>%1 and %2 are profile names.</extracomment>
        <translation>源凭证配置“%1”又指回了“%2”。</translation>
    </message>
    <message>
        <source>The chain of role profiles from &quot;%1&quot; is longer than %2.</source>
        <translation>从“%1”开始的角色凭证配置链长于 %2。</translation>
    </message>
    <message>
        <source>The role profile &quot;%1&quot; has no usable source profile (missing, or a chain that loops or is too long).</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation>角色凭证配置“%1”没有可用的源凭证配置（缺失，或链条循环或过长）。</translation>
    </message>
    <message>
        <source>The role profile &quot;%1&quot; takes its source keys from the environment, but ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</source>
        <extracomment>%1 and %2 are profile names.</extracomment>
        <translation>角色凭证配置“%1”从环境变量获取源密钥，但未设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>The source profile &quot;%2&quot; of role profile &quot;%1&quot; does not exist.</source>
        <translation>角色凭证配置“%1”的源凭证配置“%2”不存在。</translation>
    </message>
</context>
<context>
    <name>isb::RegionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>region: local name (region ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: sold out (existing images can still be read)</source>
        <translation>%1：已售罄（仍可读取现有镜像）</translation>
    </message>
</context>
<context>
    <name>isb::RoleSession</name>
    <message>
        <source>AssumeRole of %1 failed: %2</source>
        <extracomment>%1 is a role ARN, %2 the service&apos;s message.</extracomment>
        <translation>扮演 %1 失败（AssumeRole）：%2</translation>
    </message>
</context>
<context>
    <name>isb::RoleSpec</name>
    <message>
        <source>The role ARN is missing.</source>
        <translation>缺少角色 ARN。</translation>
    </message>
    <message>
        <source>The role ARN must look like %1.</source>
        <extracomment>%1 is the format, which stays as it is.</extracomment>
        <translation>角色 ARN 的格式必须为 %1。</translation>
    </message>
    <message>
        <source>The session name has 2 to 64 characters: letters, digits, &apos;.&apos;, &apos;@&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>会话名称为 2 到 64 个字符：字母、数字、“.”、“@”、“_”和“-”。</translation>
    </message>
    <message>
        <source>The ExternalId has 2 to 1224 characters: letters, digits and = , . @ : / _ -.</source>
        <translation>ExternalId 为 2 到 1224 个字符：字母、数字和 = , . @ : / _ -。</translation>
    </message>
    <message>
        <source>The duration is %1 to %2 seconds (and at most the role&apos;s maximum session duration).</source>
        <translation>有效期为 %1 到 %2 秒（且不超过角色的最大会话时长）。</translation>
    </message>
</context>
<context>
    <name>isb::ShareGroupTableModel</name>
    <message>
        <source>Every Alibaba Cloud account</source>
        <translation>所有阿里云账号</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translation>未知共享组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>共享组</translation>
    </message>
    <message>
        <source>Who can launch the image</source>
        <translation>可使用该镜像的对象</translation>
    </message>
</context>
<context>
    <name>isb::SharePermissionPane</name>
    <message>
        <source>Shared with every Alibaba Cloud account</source>
        <translation>已共享给所有阿里云账号</translation>
    </message>
    <message>
        <source>This image is in the share group &quot;all&quot;: anyone with an Alibaba Cloud account can create instances from it and read everything on its disks.</source>
        <translation>此镜像位于共享组“all”中：任何拥有阿里云账号的人都可以用它创建实例，并读取其磁盘上的全部内容。</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择镜像</translation>
    </message>
    <message>
        <source>Select an image to see who can launch it.</source>
        <translation>选择一个镜像，查看谁可以用它创建实例。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>image name (image ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not shared with any account.</source>
        <translation>未共享给任何账号。</translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s).</source>
        <translation>
            <numerusform>已共享给 %n 个账号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s); showing %1–%2.</source>
        <translation>
            <numerusform>已共享给 %n 个账号；显示第 %1–%2 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s) you have not marked as trusted</source>
        <translation>
            <numerusform>已共享给 %n 个未被您标记为受信任的账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Their rows are marked. Right-click an account and choose Label… to name it and mark it as your own or trusted.</source>
        <translation>这些账号所在的行已标出。右键单击账号并选择“标签…”，可为其命名并标记为自有或受信任。</translation>
    </message>
    <message>
        <source>Counted on this page; check &quot;All pages&quot; to count every account. Right-click an account and choose Label… to mark it.</source>
        <translation>仅统计本页；勾选“全部分页”可统计所有账号。右键单击账号并选择“标签…”可标记它。</translation>
    </message>
</context>
<context>
    <name>isb::ShareWithAccountsDialog</name>
    <message>
        <source>Image %1 in %2</source>
        <translation>%2 中的镜像 %1</translation>
    </message>
    <message>
        <source>Image %1 (%2) in %3</source>
        <comment>name, ID, region</comment>
        <translation>%3 中的镜像 %1 (%2)</translation>
    </message>
    <message>
        <source>The image&apos;s accounts could not be read (%1); the plan checks them before sending.</source>
        <translation>无法读取此镜像已共享的账号（%1）；发送前计划会再次检查。</translation>
    </message>
    <message>
        <source>Reading every account the image is shared with…</source>
        <translation>正在读取此镜像共享给的所有账号…</translation>
    </message>
    <message>
        <source>not an account ID (digits only)</source>
        <translation>不是账号 ID（只能是数字）</translation>
    </message>
    <message>
        <source>the image&apos;s own account: an image cannot be shared with its owner</source>
        <translation>镜像自己的账号：镜像不能共享给其所有者</translation>
    </message>
    <message>
        <source>already shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <source>%1, already shared</source>
        <comment>label, already shared</comment>
        <translation>%1，已共享</translation>
    </message>
    <message>
        <source>not in the account book</source>
        <translation>不在账号簿中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>label (trust)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>account ID — what it is</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>共享…</translation>
    </message>
    <message numerus="yes">
        <source>Share with %n Account(s)…</source>
        <translation>
            <numerusform>共享给 %n 个账号…</numerusform>
        </translation>
    </message>
    <message>
        <source>The next step shows the plan; nothing is sent before you confirm it.</source>
        <translation>下一步会显示计划；在你确认之前不会发送任何请求。</translation>
    </message>
    <message>
        <source>Correct the marked IDs first: this plan would be refused.</source>
        <translation>请先更正标记的 ID：此计划会被拒绝。</translation>
    </message>
</context>
<context>
    <name>isb::SharedAccountTableModel</name>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享时间</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <comment>account trust</comment>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the service gave no SharedTime</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>The service did not say when this account was given access.</source>
        <translation>服务未提供此账号获得访问权限的时间。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任级别</translation>
    </message>
</context>
<context>
    <name>isb::SharingChangeRunner</name>
    <message>
        <source>%1 (the RAM permission ecs:ModifyImageSharePermission is missing for this key)</source>
        <extracomment>%1 is the service&apos;s error line; the permission name stays as it is.</extracomment>
        <translation>%1（此密钥缺少 RAM 权限 ecs:ModifyImageSharePermission）</translation>
    </message>
</context>
<context>
    <name>isb::SharingPlan</name>
    <message>
        <source>%1: &quot;%2&quot; is not an account ID (digits only)</source>
        <translation>%1：“%2”不是账号 ID（只能包含数字）</translation>
    </message>
    <message>
        <source>%1: %2 is the image&apos;s own account; an image cannot be shared with its owner</source>
        <translation>%1：%2 是该镜像所属的账号；镜像不能共享给其所有者</translation>
    </message>
    <message>
        <source>%1: the image would be shared with %2 accounts; at most %3 are allowed</source>
        <translation>%1：该镜像将共享给 %2 个账号；最多允许 %3 个</translation>
    </message>
    <message>
        <source>%1: %2 is both added and removed</source>
        <translation>%1：%2 同时被添加和移除</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n account(s)</source>
        <translation>
            <numerusform>撤销 %n 个账号的共享</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>share with %n account(s)</source>
        <translation>
            <numerusform>共享给 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>make %n image(s) private</source>
        <translation>
            <numerusform>将 %n 个镜像设为私有</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>无需更改</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n image(s)</source>
        <translation>
            <numerusform>%1（涉及 %n 个镜像）</numerusform>
        </translation>
    </message>
    <message>
        <source>(every Alibaba Cloud account: the image becomes private)</source>
        <translation>（所有阿里云账号：该镜像将变为私有）</translation>
    </message>
    <message>
        <source>(already as asked: nothing is sent)</source>
        <translation>（已是所要求的状态：不发送任何请求）</translation>
    </message>
    <message>
        <source>accounts: %1 -&gt; %2; public: %3</source>
        <extracomment>Resulting counts of one image in a plan.</extracomment>
        <translation>账号：%1 -&gt; %2；公开：%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <extracomment>The account that owns an image of a plan across a Resource Directory.</extracomment>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <source>as account %1:</source>
        <translation>以账号 %1 的身份：</translation>
    </message>
</context>
<context>
    <name>isb::SharingPlanModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>account ID (label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not verified: read again, its grants differ from the plan (changed meanwhile?)</source>
        <translation>未验证：重新读取后，其授权与计划不同（期间被更改？）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>all (every account: made private)</source>
        <extracomment>Share group &quot;all&quot; taken away; the group&apos;s name stays as it is.</extracomment>
        <translation>all（所有账号：设为私有）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Accounts before and after the change; &quot;public&quot; when still shared with group &quot;all&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>（公开）</translation>
    </message>
    <message>
        <source>Already as asked: nothing is sent</source>
        <translation>已是所要求的状态：不发送任何请求</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>isb::cli::AccountsCommand</name>
    <message>
        <source>%1 needs %2</source>
        <extracomment>%1 is a command (&quot;accounts set&quot;), %2 what it needs (&quot;an account ID&quot;).</extracomment>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <source>Remove an account from the book.</source>
        <translation>从账号簿中删除一个账号。</translation>
    </message>
    <message>
        <source>an account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>account %1 is not in %2</source>
        <translation>账号 %1 不在 %2 中</translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation>已从 %2 中删除 %1。</translation>
    </message>
    <message>
        <source>Write the book to FILE (AccountId,Label,Trust).</source>
        <translation>将账号簿写入 FILE（AccountId,Label,Trust）。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个账号写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge an account book file into the book: new accounts are added, known ones
take the file&apos;s label and trust. Rows that are not valid are named on
standard error and skipped.</source>
        <translation>将账号簿文件合并到账号簿：新账号会被添加，已有账号
采用文件中的标签和信任级别。无效的行会在
标准错误中列出并跳过。</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 added, %4 updated, %5 unchanged, %6 skipped.</source>
        <extracomment>%1 is a file; the counts follow.</extracomment>
        <translation>已将 %1 导入 %2：新增 %3 个，更新 %4 个，%5 个未变，跳过 %6 个。</translation>
    </message>
    <message>
        <source>The account book: every account ID with its label and trust (own, trusted or
none). csv is the book&apos;s own format.</source>
        <translation>账号簿：每个账号 ID 及其标签和信任级别（own、trusted 或
none）。csv 是账号簿本身的格式。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an account to the book or change it; what is not given stays as it was
(a new account: no label, trust none).</source>
        <translation>向账号簿添加账号或修改账号；未指定的项保持不变
（新账号：无标签，信任级别为 none）。</translation>
    </message>
    <message>
        <source>--trust must be own, trusted or none, not &quot;%1&quot;</source>
        <translation>--trust 必须是 own、trusted 或 none，而不是“%1”</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
</context>
<context>
    <name>isb::cli::AuditCommand</name>
    <message>
        <source>audit failed for %1 %2: %3</source>
        <extracomment>%1 is a region id or &quot;-&quot;, %2 an image id or &quot;(regions)&quot; or &quot;(image list)&quot;, %3 the service&apos;s error line. Keep &quot;audit&quot; (the command) and the placeholders as they are.</extracomment>
        <translation>audit 查询 %1 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 of %2 images so far</source>
        <translation>已完成 %1 个镜像，目前共发现 %2 个</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>已完成 %1/%2 个镜像</translation>
    </message>
    <message>
        <source>%1 grants</source>
        <translation>%1 项授权</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>%1 is a duration in minutes and seconds, e.g. 0:06.</extracomment>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the audit&apos;s progress line.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 grants on %2 images checked in %3 regions; %4 failed.</source>
        <translation>已检查 %3 个地域中的 %2 个镜像，共 %1 项授权；%4 项失败。</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: %2</source>
        <extracomment>%1 is a file name, %2 says what is wrong with it.</extracomment>
        <translation>无法读取快照 %1：%2</translation>
    </message>
    <message>
        <source>--patience must be a whole number of seconds from 1 to 86400, not &quot;%1&quot;</source>
        <translation>--patience 必须是 1 到 86400 之间的整数秒，而不是“%1”</translation>
    </message>
    <message>
        <source>--role-name &quot;%1&quot; is not a RAM role name</source>
        <translation>--role-name“%1”不是 RAM 角色名称</translation>
    </message>
    <message>
        <source>audit failed for account %1: %2</source>
        <extracomment>%1 is an account ID, %2 the service&apos;s error line (AssumeRole&apos;s, say). Keep &quot;audit&quot; as it is.</extracomment>
        <translation>账号 %1 的审计失败：%2</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <extracomment>%1 is an account ID, %2 the line of the failed lookup in that account.</extracomment>
        <translation>账号 %1：%2</translation>
    </message>
    <message>
        <source>audit failed for the Resource Directory: %1</source>
        <extracomment>%1 is the service&apos;s error line. Keep &quot;audit&quot; as it is.</extracomment>
        <translation>资源目录的审计失败：%1</translation>
    </message>
    <message>
        <source>--role-name, --external-id and %1 need --resource-directory</source>
        <translation>--role-name、--external-id 和 %1 需要与 --resource-directory 一起使用</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an account ID</source>
        <translation>%1“%2”不是账号 ID</translation>
    </message>
</context>
<context>
    <name>isb::cli::CheckCommand</name>
    <message numerus="yes">
        <source>Incomplete: %n lookup(s) failed; the findings above may not be all.</source>
        <translation>
            <numerusform>结果不完整：%n 项查询失败；以上风险项可能并非全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the audit and write its findings only: images shared with everyone (group
all) and grants to accounts the account book does not mark own or trusted.
Exit 0: complete and nothing found; 10: findings; 3, 4 or 5: a lookup failed.</source>
        <translation>执行审计，仅输出风险项：共享给所有人的镜像（共享组
all），以及授予账号簿中未标记为 own 或 trusted 的账号的授权。
退出码 0：审计完整且未发现风险项；10：有风险项；3、4 或 5：有查询失败。</translation>
    </message>
    <message>
        <source>could not learn the account of the credentials (GetCallerIdentity): %1</source>
        <translation>无法获取凭证所属的账号（GetCallerIdentity）：%1</translation>
    </message>
</context>
<context>
    <name>isb::cli::CliCommand</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>isb::cli::CliRunner</name>
    <message>
        <source>no credentials</source>
        <translation>没有凭证</translation>
    </message>
    <message>
        <source>Page %1 of %2, %3 accounts in all; --page N or --all for the rest.</source>
        <extracomment>Below the table of one page of accounts; %3 is at least 2.</extracomment>
        <translation>第 %1/%2 页，共 %3 个账号；其余账号请使用 --page N 或 --all 查看。</translation>
    </message>
    <message>
        <source>%1 (check the system clock)</source>
        <extracomment>%1 is the service&apos;s error line (Code, Message, RequestId).</extracomment>
        <translation>%1（请检查系统时钟）</translation>
    </message>
    <message>
        <source>%1 line %2 skipped: %3</source>
        <extracomment>%1 is the account book&apos;s file, %2 a line number, %3 what is wrong with that row.</extracomment>
        <translation>已跳过 %1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>cannot read the account book %1</source>
        <translation>无法读取账号簿 %1</translation>
    </message>
</context>
<context>
    <name>isb::cli::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Send every request to URL (https; http only to localhost). Default: the region&apos;s public endpoint.</source>
        <translation>将所有请求发送到 URL（https；仅本机可用 http）。
默认：该地域的公网接入地址。</translation>
    </message>
    <message>
        <source>Use the saved credentials profile NAME (see `credentials list`), or &quot;Environment&quot; for the ALIBABA_CLOUD_* variables.</source>
        <extracomment>Keep `credentials list` and &quot;Environment&quot; as they are: a command and a profile name.</extracomment>
        <translation>使用已保存的凭证配置 NAME
（参见 `credentials list`），或用“Environment”表示
ALIBABA_CLOUD_* 环境变量。</translation>
    </message>
    <message>
        <source>Signature scheme: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>输出格式：table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Write the result to FILE (replaced only when complete) instead of standard output.</source>
        <translation>将结果写入 FILE（完整写出后才替换原文件），
而不是标准输出。</translation>
    </message>
    <message>
        <source>Give up on one attempt after SECONDS (default 10; failed attempts are retried).</source>
        <translation>单次尝试超过 SECONDS 秒即放弃（默认 10；
失败的尝试会重试）。</translation>
    </message>
    <message>
        <source>regions: language of LocalName: en-US (default), zh-CN, zh-TW, ja, fr, de, ko.</source>
        <extracomment>LocalName is a field of the DescribeRegions API.</extracomment>
        <translation>regions：LocalName 的语言：en-US（默认）、
zh-CN、zh-TW、ja、fr、de、ko。</translation>
    </message>
    <message>
        <source>images, permissions: region id, e.g. cn-hangzhou.</source>
        <translation>images、permissions：地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>images: only images whose name contains TEXT.</source>
        <translation>images：仅列出名称包含 TEXT 的镜像。</translation>
    </message>
    <message>
        <source>permissions: image id, e.g. m-bp1abc.</source>
        <translation>permissions：镜像 ID，例如 m-bp1abc。</translation>
    </message>
    <message>
        <source>permissions: page number, from 1 (default 1).</source>
        <translation>permissions：页码，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <source>permissions: accounts per page, 1-50 (default 10).</source>
        <translation>permissions：每页账号数，1-50（默认 10）。</translation>
    </message>
    <message>
        <source>permissions: fetch every page and merge them. diff: also list unchanged grants.</source>
        <translation>permissions：获取所有分页并合并。
diff：同时列出未变的授权。</translation>
    </message>
    <message>
        <source>export: every custom image of the region (all statuses), instead of --image.</source>
        <translation>export：导出该地域的所有自定义镜像（所有状态），
代替 --image。</translation>
    </message>
    <message>
        <source>export --format csv: start the file with a UTF-8 BOM for Excel.</source>
        <translation>export --format csv：在文件开头写入 UTF-8 BOM，
便于 Excel 打开。</translation>
    </message>
    <message>
        <source>audit: requests in flight at most, 1-64 (default 8); fewer when throttled.</source>
        <translation>audit：最多同时进行的请求数，1-64（默认 8）；
遇到流控时自动减少。</translation>
    </message>
    <message>
        <source>See who can launch your Alibaba Cloud ECS custom images.</source>
        <translation>查看谁可以使用您的阿里云 ECS 自定义镜像。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>The first line of --help; %1 is the syntax, which stays as it is.</extracomment>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>List the regions.</source>
        <translation>列出地域。</translation>
    </message>
    <message>
        <source>List the custom images of a region (every page).</source>
        <translation>列出某个地域的自定义镜像（所有分页）。</translation>
    </message>
    <message>
        <source>List the accounts and groups the image is shared with. Columns:
%1 (Kind is Account or Group).</source>
        <extracomment>%1 is the list of output columns. Kind, Account and Group are a column name and its values: keep them as they are.</extracomment>
        <translation>列出镜像共享给的账号和共享组。列：
%1（Kind 为 Account 或 Group）。</translation>
    </message>
    <message>
        <source>Save every page of the image&apos;s share permissions, or of every custom image of the
region, to FILE (csv by default); the same file the window&apos;s File &gt; Export writes.</source>
        <extracomment>File &gt; Export is the window&apos;s menu command (translate it as the menu is translated).</extracomment>
        <translation>将该镜像（或该地域所有自定义镜像）所有分页的共享权限保存到 FILE（默认 csv）；
与窗口中“文件 &gt; 导出”写出的文件相同。</translation>
    </message>
    <message>
        <source>Compare two audit snapshots: +/- lines per grant and image, then a summary line.
--all also lists unchanged grants (=). Exit 0 with or without differences, 2 if a
file is not a readable snapshot.</source>
        <translation>比较两个审计快照：每项授权和每个镜像一行 +/-，最后一行是摘要。
--all 同时列出未变的授权 (=)。无论有无差异，退出码均为 0；
文件不是可读的快照时为 2。</translation>
    </message>
    <message>
        <source>Manage credential profiles kept in the system keychain
(%1).</source>
        <translation>管理保存在系统密钥环中的凭证配置
（%1）。</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>usage error (bad option or value, refused endpoint); nothing was sent</source>
        <translation>用法错误（选项或取值无效、接入地址被拒绝）；未发送任何请求</translation>
    </message>
    <message>
        <source>credentials missing or malformed, or rejected by the service
(%1)</source>
        <extracomment>%1 lists error codes of the service.</extracomment>
        <translation>凭证缺失或格式错误，或被服务拒绝
（%1）</translation>
    </message>
    <message>
        <source>the service returned an error (e.g. %1)</source>
        <extracomment>%1 lists error codes of the service.</extracomment>
        <translation>服务返回错误（例如 %1）</translation>
    </message>
    <message>
        <source>network failure, timeout, TLS error or malformed response</source>
        <translation>网络故障、超时、TLS 错误或响应格式错误</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>On failure, one line on standard error gives the error&apos;s Code, Message and RequestId.</source>
        <extracomment>Code, Message and RequestId are the names of the fields in the error line: keep them as they are.</extracomment>
        <translation>失败时，标准错误中的一行会给出错误的 Code、Message 和 RequestId。</translation>
    </message>
    <message>
        <source>invalid region id &quot;%1&quot;: expected lower-case letters, digits and &apos;-&apos;, e.g. cn-hangzhou</source>
        <translation>无效的地域 ID“%1”：只能包含小写字母、数字和“-”，例如 cn-hangzhou</translation>
    </message>
    <message>
        <source>invalid image id &quot;%1&quot;: expected letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, e.g. m-bp1abc</source>
        <translation>无效的镜像 ID“%1”：只能包含字母、数字、“-”、“_”和“.”，例如 m-bp1abc</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>不是有效的 URL</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for a local simulator)</source>
        <translation>协议必须是 https（本机模拟器可用 http）</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>缺少主机名</translation>
    </message>
    <message>
        <source>user information is not allowed in the URL</source>
        <translation>URL 中不允许包含用户信息</translation>
    </message>
    <message>
        <source>a path is not allowed (ECS RPC requests go to /)</source>
        <translation>不允许包含路径（ECS RPC 请求发送到 /）</translation>
    </message>
    <message>
        <source>a query or fragment is not allowed</source>
        <translation>不允许包含查询参数或片段</translation>
    </message>
    <message>
        <source>diff needs two snapshot files: %1</source>
        <translation>diff 需要两个快照文件：%1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1 given more than once</source>
        <translation>%1 指定了多次</translation>
    </message>
    <message>
        <source>%1 does not apply to %2</source>
        <extracomment>%1 is an option, %2 a command.</extracomment>
        <translation>%1 不适用于 %2</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format 必须是 table、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--signature must be v3 or v1, not &quot;%1&quot;</source>
        <translation>--signature 必须是 v3 或 v1，而不是“%1”</translation>
    </message>
    <message>
        <source>--endpoint &quot;%1&quot; refused: %2</source>
        <extracomment>%2 says why, e.g. &quot;no host&quot;.</extracomment>
        <translation>已拒绝 --endpoint“%1”：%2</translation>
    </message>
    <message>
        <source>--profile needs a profile name</source>
        <translation>--profile 需要凭证配置名称</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output 需要文件名</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;</source>
        <translation>--timeout 必须是 0 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <extracomment>%1 lists the language codes.</extracomment>
        <translation>--language 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>--pool must be a whole number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--pool 必须是 1 到 64 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 needs --region</source>
        <extracomment>%1 is a command.</extracomment>
        <translation>%1 需要 --region</translation>
    </message>
    <message>
        <source>--name needs a non-empty value</source>
        <translation>--name 的值不能为空</translation>
    </message>
    <message>
        <source>permissions needs --image</source>
        <translation>permissions 需要 --image</translation>
    </message>
    <message>
        <source>--all fetches every page; it cannot be combined with --page or --page-size</source>
        <translation>--all 会获取所有分页，不能与 --page 或 --page-size 同时使用</translation>
    </message>
    <message>
        <source>--page must be a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--page 必须是不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 50, not &quot;%1&quot;</source>
        <translation>--page-size 必须是 1 到 50 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>export writes csv or json, not a table</source>
        <translation>export 只能写出 csv 或 json，不能写出 table</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export 需要 --output FILE</translation>
    </message>
    <message>
        <source>export needs either --image ID or --all-images</source>
        <translation>export 需要 --image ID 或 --all-images（二选一）</translation>
    </message>
    <message>
        <source>--bom applies to --format csv only</source>
        <translation>--bom 仅适用于 --format csv</translation>
    </message>
    <message>
        <source>The options of one command.</source>
        <translation>某个命令的选项。</translation>
    </message>
    <message>
        <source>interrupted by %1 (Ctrl+C) or %2; no --output file was written</source>
        <extracomment>%1 and %2 are exit codes, %3 and %4 signal names.</extracomment>
        <translation>被 %1（Ctrl+C）或 %2 中断；未写入 --output 文件</translation>
    </message>
    <message>
        <source>regions, images, permissions, export, audit, diff, check, accounts or credentials.</source>
        <translation>regions、images、permissions、export、audit、
diff、check、accounts 或 credentials。</translation>
    </message>
    <message>
        <source>no command given (regions, images, permissions, export, audit, diff, check, accounts, share, revoke, history, undo or credentials)</source>
        <translation>未指定命令（regions、images、permissions、export、audit、diff、check、accounts、share、revoke、history、undo 或 credentials）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (accounts list, set, delete, import or export)</source>
        <translation>未知命令“%1”（可用 accounts list、set、delete、import 或 export）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (regions, images, permissions, export, audit, diff, check, accounts, share, revoke, history, undo or credentials)</source>
        <translation>未知命令“%1”（可用 regions、images、permissions、export、audit、diff、check、accounts、share、revoke、history、undo 或 credentials）</translation>
    </message>
    <message>
        <source>Every custom image of the regions (default: all) and everyone it is shared with.
csv/table columns as permissions; json is the snapshot that diff reads. Failed lookups
are listed on standard error, one line each, and the exit status is 3, 4 or 5, but
everything found is still written. Progress goes to standard error on a terminal.
With --resource-directory every account of the directory is audited, and csv starts
with the columns AccountId and AccountName; a member that cannot be reached is
one line on standard error and the exit status is partial.</source>
        <translation>各地域（默认：全部）的所有自定义镜像及其共享对象。
csv/table 的列与 permissions 相同；json 是 diff 读取的快照。查询失败的项
会逐行列在标准错误输出上，退出码为 3、4 或 5，但
找到的所有内容仍会写出。在终端上，进度显示在标准错误输出。
使用 --resource-directory 时会审计资源目录中的所有账号，csv 以
AccountId 和 AccountName 两列开头；无法访问的成员账号
在标准错误输出上占一行，退出码表示结果不完整。</translation>
    </message>
    <message>
        <source>images: the images other accounts share with you (with their ImageOwnerId), instead of your own.</source>
        <translation>images：其他账号共享给你的镜像（带 ImageOwnerId），而不是你自己的镜像。</translation>
    </message>
</context>
<context>
    <name>isb::cli::CommandOptions</name>
    <message>
        <source>audit: seconds to wait while every answer is throttling before the lookups left fail, 1-86400 (default 120).</source>
        <translation>audit：所有应答都是限流时等待的秒数，超过后剩余查询判为失败，1-86400（默认 120）。</translation>
    </message>
    <message>
        <source>credentials: the profile to save, delete or make the default.</source>
        <translation>credentials：要保存、删除或设为默认的配置。</translation>
    </message>
    <message>
        <source>credentials set: the AccessKey ID (the secret is read from standard input).</source>
        <translation>credentials set：AccessKey ID（密钥从标准输入读取）。</translation>
    </message>
    <message>
        <source>credentials set: the profile&apos;s region, e.g. cn-hangzhou.</source>
        <translation>credentials set：配置的地域，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>credentials set: also read an STS security token, on the line after the secret.</source>
        <translation>credentials set：同时读取 STS 安全令牌（位于密钥的下一行）。</translation>
    </message>
    <message>
        <source>share: let ACCOUNT (an account ID) launch the image; repeatable.</source>
        <translation>share：允许 ACCOUNT（账号 ID）使用该镜像；可重复指定。</translation>
    </message>
    <message>
        <source>share: take the image away from ACCOUNT; repeatable.</source>
        <translation>share：取消该镜像对 ACCOUNT 的共享；可重复指定。</translation>
    </message>
    <message>
        <source>share: remove share group all (every account); the image becomes private. No command makes an image public.</source>
        <translation>share：移除共享组 all（所有账号）；镜像变为私有。没有任何命令会将镜像设为公开。</translation>
    </message>
    <message>
        <source>revoke: the account ID to take every image away from.</source>
        <translation>revoke：要撤销其所有镜像共享的账号 ID。</translation>
    </message>
    <message>
        <source>share, revoke, undo: apply the plan without asking. Without a terminal and without --yes nothing is changed (exit 2).</source>
        <translation>share、revoke、undo：不经询问直接执行计划。既没有终端又未指定 --yes 时，不做任何更改（退出码 2）。</translation>
    </message>
    <message>
        <source>share, revoke, undo: print the plan and exit 0; change nothing.</source>
        <translation>share、revoke、undo：打印计划并以退出码 0 退出；不做任何更改。</translation>
    </message>
    <message>
        <source>Use the account book FILE (AccountId,Label,Trust) instead of the saved one.</source>
        <translation>使用账号簿文件 FILE（AccountId,Label,Trust），而不是已保存的账号簿。</translation>
    </message>
    <message>
        <source>accounts set: the account&apos;s label (empty to clear it).</source>
        <translation>accounts set：账号的标签（留空则清除）。</translation>
    </message>
    <message>
        <source>accounts set: own (your account), trusted (a partner) or none (a label only).</source>
        <translation>accounts set：own（您自己的账号）、trusted（合作伙伴）或 none（仅作标签）。</translation>
    </message>
    <message>
        <source>credentials set: save a role profile that assumes ARN (acs:ram::&lt;account&gt;:role/&lt;name&gt;) with the keys of --source-profile.</source>
        <translation>credentials set：保存一个角色凭证配置，用 --source-profile 的密钥扮演 ARN（acs:ram::&lt;账号&gt;:role/&lt;名称&gt;）。</translation>
    </message>
    <message>
        <source>credentials set --role-arn: the profile whose keys assume the role; env for the ALIBABA_CLOUD_ACCESS_KEY_* variables.</source>
        <translation>credentials set --role-arn：用其密钥扮演角色的凭证配置；env 表示 ALIBABA_CLOUD_ACCESS_KEY_* 环境变量。</translation>
    </message>
    <message>
        <source>credentials set --role-arn: the RoleSessionName, 2-64 of A-Z a-z 0-9 . @ _ - (default image-share-browser).</source>
        <translation>credentials set --role-arn：RoleSessionName，2-64 个 A-Z a-z 0-9 . @ _ - 字符（默认 image-share-browser）。</translation>
    </message>
    <message>
        <source>credentials set --role-arn: the ExternalId the role&apos;s trust policy asks for.</source>
        <translation>credentials set --role-arn：角色的信任策略要求的 ExternalId。</translation>
    </message>
    <message>
        <source>credentials set --role-arn: how long each temporary key lives, 900-43200 seconds (default 3600).</source>
        <translation>credentials set --role-arn：每个临时密钥的有效时长，900-43200 秒（默认 3600）。</translation>
    </message>
    <message>
        <source>Every account of the caller&apos;s Resource Directory: the members through their RAM role, the caller&apos;s own account with its credentials.</source>
        <translation>调用者资源目录中的所有账号：成员账号通过其 RAM 角色访问，调用者自己的账号使用其凭证。</translation>
    </message>
    <message>
        <source>With --resource-directory: the role assumed in each member (default ResourceDirectoryAccountAccessRole).</source>
        <translation>与 --resource-directory 一起使用：在每个成员账号中扮演的角色（默认 ResourceDirectoryAccountAccessRole）。</translation>
    </message>
    <message>
        <source>With --resource-directory: the ExternalId the members&apos; roles ask for.</source>
        <translation>与 --resource-directory 一起使用：成员账号的角色要求的 ExternalId。</translation>
    </message>
    <message>
        <source>With --resource-directory: audit only this account of the directory (repeatable).</source>
        <translation>与 --resource-directory 一起使用：只审计资源目录中的这个账号（可重复）。</translation>
    </message>
    <message>
        <source>revoke, with --resource-directory: change only the images of this account of the directory (repeatable; --account is the account revoked).</source>
        <translation>revoke 与 --resource-directory 一起使用：只更改资源目录中此账号的镜像（可重复；--account 是被撤销的账号）。</translation>
    </message>
</context>
<context>
    <name>isb::cli::CredentialsCommand</name>
    <message>
        <source>credentials needs a subcommand: set, list, delete or default</source>
        <translation>credentials 需要子命令：set、list、delete 或 default</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown credentials subcommand &quot;%1&quot; (set, list, delete or default)</source>
        <translation>未知的 credentials 子命令“%1”（可用 set、list、delete 或 default）</translation>
    </message>
    <message>
        <source>--access-key-id, --region and --with-security-token apply to credentials set only</source>
        <translation>--access-key-id、--region 和 --with-security-token 仅适用于 credentials set</translation>
    </message>
    <message>
        <source>credentials list takes no --profile</source>
        <translation>credentials list 不接受 --profile</translation>
    </message>
    <message>
        <source>%1 needs --profile NAME</source>
        <extracomment>%1 is a command such as &quot;credentials delete&quot;.</extracomment>
        <translation>%1 需要 --profile NAME</translation>
    </message>
    <message>
        <source>invalid profile name &quot;%1&quot;: %2</source>
        <extracomment>%2 says which names are allowed.</extracomment>
        <translation>无效的凭证配置名称“%1”：%2</translation>
    </message>
    <message>
        <source>credentials set needs --access-key-id ID (the secret is read from standard input)</source>
        <translation>credentials set 需要 --access-key-id ID（Secret 从标准输入读取）</translation>
    </message>
    <message>
        <source>--access-key-id contains whitespace</source>
        <translation>--access-key-id 包含空白字符</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>The first line of credentials --help; %1 is the syntax, which stays as it is.</extracomment>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Profiles keep the AccessKey Secret (and STS token) in the system keychain (Secret Service:
GNOME Keyring or KWallet); the name, AccessKey ID and region are kept in the settings shared
with the window.</source>
        <translation>凭证配置的 AccessKey Secret（及 STS Token）保存在系统密钥环（Secret Service：
GNOME Keyring 或 KWallet）中；名称、AccessKey ID 和地域保存在与窗口共用的设置中。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Save a profile. The AccessKey Secret is read from standard input (one line; on a
terminal a prompt that does not echo), then the STS token if --with-security-token.
Example: %1</source>
        <extracomment>%1 is an example command line.</extracomment>
        <translation>保存凭证配置。AccessKey Secret 从标准输入读取（一行；在终端上会提示输入且不回显），
指定 --with-security-token 时随后读取 STS Token。
示例：%1</translation>
    </message>
    <message>
        <source>Remove a profile and its keychain entry.</source>
        <translation>删除凭证配置及其密钥环条目。</translation>
    </message>
    <message>
        <source>Use NAME when no --profile is given and the environment has no credentials.</source>
        <translation>未指定 --profile 且环境变量中没有凭证时，使用 NAME。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 credentials problem (unknown profile, no keychain,
keychain locked, no secret given).</source>
        <translation>退出码：0 成功，2 用法错误，3 凭证问题（未知的凭证配置、没有密钥环、
密钥环已锁定、未提供 Secret）。</translation>
    </message>
    <message>
        <source>AccessKey Secret for profile %1: </source>
        <extracomment>The prompt on a terminal; the secret is typed after it.</extracomment>
        <translation>凭证配置 %1 的 AccessKey Secret：</translation>
    </message>
    <message>
        <source>no AccessKey Secret on standard input; nothing was saved</source>
        <translation>标准输入中没有 AccessKey Secret；未保存任何内容</translation>
    </message>
    <message>
        <source>the AccessKey Secret contains whitespace; nothing was saved</source>
        <translation>AccessKey Secret 包含空白字符；未保存任何内容</translation>
    </message>
    <message>
        <source>STS security token: </source>
        <extracomment>The prompt on a terminal; the token is typed after it.</extracomment>
        <translation>STS 安全令牌：</translation>
    </message>
    <message>
        <source>--with-security-token: no token on standard input after the secret; nothing was saved</source>
        <translation>--with-security-token：标准输入中 Secret 之后没有安全令牌；未保存任何内容</translation>
    </message>
    <message>
        <source>the security token contains whitespace; nothing was saved</source>
        <translation>安全令牌包含空白字符；未保存任何内容</translation>
    </message>
    <message>
        <source>Saved profile %1 (AccessKey ID %2); the secret is in the system keychain.</source>
        <extracomment>%1 is a profile name, %2 the masked AccessKey ID.</extracomment>
        <translation>已保存凭证配置 %1（AccessKey ID %2）；Secret 保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>它是默认凭证配置。</translation>
    </message>
    <message>
        <source>No profiles.</source>
        <translation>没有凭证配置。</translation>
    </message>
    <message>
        <source>Without --profile: %1</source>
        <extracomment>%1 says why no credentials would be found.</extracomment>
        <translation>未指定 --profile 时：%1</translation>
    </message>
    <message>
        <source>Without --profile, commands use %1 (%2).</source>
        <extracomment>%1 is a profile name, %2 why it is chosen (e.g. &quot;the default profile&quot;).</extracomment>
        <translation>未指定 --profile 时，命令使用 %1（%2）。</translation>
    </message>
    <message>
        <source>Deleted profile %1 and its keychain entry.</source>
        <translation>已删除凭证配置 %1 及其密钥环条目。</translation>
    </message>
    <message>
        <source>%1 is now the default profile.</source>
        <translation>%1 现在是默认凭证配置。</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <extracomment>%1 says what went wrong with the keychain.</extracomment>
        <translation>%1；未做任何更改</translation>
    </message>
    <message>
        <source>The options of one subcommand.</source>
        <translation>某个子命令的选项。</translation>
    </message>
    <message>
        <source>Credentials come from --profile NAME, the environment (%1,
%2, %3 for STS),
%4=NAME or the default profile. Which one wins is in the Credentials section of
README.md; %5 shows the choice.</source>
        <extracomment>%1 to %4 are names of environment variables, %5 a command.</extracomment>
        <translation>凭据来自 --profile NAME、环境变量（%1、
%2，STS 另需 %3）、
%4=NAME 或默认配置。以哪个为准见 README.md 的
Credentials 一节；%5 会显示实际的选择。</translation>
    </message>
    <message>
        <source>a line on standard input is longer than %1 bytes; nothing was saved</source>
        <extracomment>%1 is a number of bytes.</extracomment>
        <translation>标准输入中有一行超过 %1 字节；未保存任何内容</translation>
    </message>
    <message>
        <source>%1 applies to credentials set only</source>
        <extracomment>%1 is an option.</extracomment>
        <translation>%1 仅适用于 credentials set</translation>
    </message>
    <message>
        <source>Show the profiles: name, source, AccessKey ID (masked), region, default, and the role a role
profile assumes.</source>
        <translation>显示凭证配置：名称、来源、AccessKey ID（已遮盖）、地域、是否默认，以及角色凭证配置
所扮演的角色。</translation>
    </message>
    <message>
        <source>With --role-arn: a role profile, which has no secret of its own; the keys of
--source-profile (a saved profile, or env for ALIBABA_CLOUD_ACCESS_KEY_*) assume the
role, and its temporary keys stay in memory. Example: %1</source>
        <extracomment>%1 is an example command line.</extracomment>
        <translation>使用 --role-arn：角色凭证配置，它本身没有 Secret；由
--source-profile（已保存的凭证配置，或 env 表示 ALIBABA_CLOUD_ACCESS_KEY_*）的密钥扮演
该角色，其临时密钥只保存在内存中。示例：%1</translation>
    </message>
    <message>
        <source>--role-arn saves a role profile, which has no AccessKey of its own: give --access-key-id and --with-security-token to its --source-profile instead</source>
        <translation>--role-arn 保存的是角色凭证配置，它本身没有 AccessKey：请将 --access-key-id 和 --with-security-token 用于其 --source-profile</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an option, %2 what is wrong with its value.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>credentials set --role-arn needs --source-profile NAME (a saved profile, or env for the environment variables)</source>
        <translation>credentials set --role-arn 需要 --source-profile NAME（已保存的凭证配置，或 env 表示环境变量）</translation>
    </message>
    <message>
        <source>%1 needs --role-arn ARN</source>
        <extracomment>%1 is an option.</extracomment>
        <translation>%1 需要 --role-arn ARN</translation>
    </message>
    <message>
        <source>Saved role profile %1: it assumes %2 with the keys of %3. No secret is stored for it; its temporary keys stay in memory.</source>
        <extracomment>%1 is a profile name, %2 a role ARN, %3 the source profile&apos;s name.</extracomment>
        <translation>已保存角色凭证配置 %1：它用 %3 的密钥扮演 %2。不为它存储任何 Secret；其临时密钥只保存在内存中。</translation>
    </message>
    <message>
        <source>Note: there is no profile %1 yet; add it before using this one.</source>
        <translation>注意：还没有凭证配置 %1；使用此配置之前请先添加它。</translation>
    </message>
</context>
<context>
    <name>isb::cli::CredentialsResolver</name>
    <message>
        <source>%1 is not set</source>
        <extracomment>%1 is the name of an environment variable.</extracomment>
        <translation>未设置 %1</translation>
    </message>
    <message>
        <source>%1 contains whitespace</source>
        <extracomment>%1 is the name of an environment variable.</extracomment>
        <translation>%1 包含空白字符</translation>
    </message>
    <message>
        <source>no credentials: set %1 and %2</source>
        <extracomment>%1 and %2 are the names of environment variables.</extracomment>
        <translation>没有凭证：请设置 %1 和 %2</translation>
    </message>
    <message>
        <source>install and unlock gnome-keyring or KWallet (a Secret Service is needed), or set %1 and %2</source>
        <extracomment>%1 and %2 are the names of environment variables.</extracomment>
        <translation>请安装并解锁 gnome-keyring 或 KWallet（需要 Secret Service），或设置 %1 和 %2</translation>
    </message>
    <message>
        <source>no keychain available: %1</source>
        <extracomment>%1 says what to do.</extracomment>
        <translation>没有可用的密钥环：%1</translation>
    </message>
    <message>
        <source>no keychain available (%1): %2</source>
        <extracomment>%1 is the keychain&apos;s message, %2 says what to do.</extracomment>
        <translation>没有可用的密钥环 (%1)：%2</translation>
    </message>
    <message>
        <source>the keychain refused access: unlock it and try again</source>
        <translation>密钥环拒绝访问：请解锁后重试</translation>
    </message>
    <message>
        <source>the keychain refused access (%1): unlock it and try again</source>
        <extracomment>%1 is the keychain&apos;s message.</extracomment>
        <translation>密钥环拒绝访问 (%1)：请解锁后重试</translation>
    </message>
    <message>
        <source>the keychain has no secret for profile %1: save it again with `%2`</source>
        <extracomment>%1 is a profile name, %2 the command that saves it again.</extracomment>
        <translation>密钥环中没有凭证配置 %1 的 Secret：请用 `%2` 重新保存</translation>
    </message>
</context>
<context>
    <name>isb::cli::HistoryCommand</name>
    <message>
        <source>The change journal, oldest first: one row per image of each applied change. Columns:
%1
Entry is the number undo takes.</source>
        <translation>变更记录，按时间从早到晚排列：每项已执行变更的每个镜像占一行。列：
%1
Entry 是 undo 所用的编号。</translation>
    </message>
</context>
<context>
    <name>isb::cli::RevokeCommand</name>
    <message>
        <source>revoke needs --account</source>
        <translation>revoke 需要 --account</translation>
    </message>
    <message>
        <source>Take every image of the regions (default: all) away from ACCOUNT: finds them with the audit,
prints the plan, asks on a terminal (or --yes), applies, verifies and journals it.
With --resource-directory every account of the directory: each image is changed
with its owner&apos;s credentials (the members&apos; through their role); --member limits
the accounts (--account is the account revoked). A member that cannot be reached
is one line on standard error and the exit status is partial.</source>
        <translation>从 ACCOUNT 撤销各地域（默认：全部）的所有镜像共享：通过审计找到这些镜像，
打印计划，在终端上询问（或使用 --yes），然后应用、验证并写入变更记录。
使用 --resource-directory 时涵盖资源目录中的所有账号：每个镜像都用其所有者的
凭证更改（成员账号通过其角色）；--member 限定账号
（--account 是被撤销的账号）。无法访问的成员账号
在标准错误输出上占一行，退出码表示结果不完整。</translation>
    </message>
</context>
<context>
    <name>isb::cli::ShareCommand</name>
    <message>
        <source>Change who may launch one image: prints the plan, asks on a terminal (or --yes), applies it
with ModifyImageSharePermission, reads the image again and records the change in the journal.
Exit 0 only when every change is applied and verified.</source>
        <translation>更改可以使用某个镜像的账号：打印计划，在终端上请求确认（或 --yes），通过
ModifyImageSharePermission 执行，重新读取该镜像，并将变更写入变更记录。
仅当所有变更均已执行并验证时，退出码才为 0。</translation>
    </message>
    <message>
        <source>share needs --image</source>
        <translation>share 需要 --image</translation>
    </message>
    <message>
        <source>share needs --add, --remove or --private</source>
        <translation>share 需要 --add、--remove 或 --private</translation>
    </message>
</context>
<context>
    <name>isb::cli::SharingChangeReport</name>
    <message>
        <source>change failed for %1 %2: %3</source>
        <extracomment>%1 region, %2 image ID, %3 the error line.</extracomment>
        <translation>%1 %2 变更失败：%3</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>As aliyun CLI commands:</source>
        <translation>对应的 aliyun CLI 命令：</translation>
    </message>
    <message>
        <source>nothing changed: confirm on a terminal, or give --yes</source>
        <translation>未做任何更改：请在终端上确认，或指定 --yes</translation>
    </message>
    <message>
        <source>%1? Type yes to apply: </source>
        <extracomment>The prompt before a change; only &quot;yes&quot; applies it (kept in English, as typed).</extracomment>
        <translation>%1？输入 yes 以执行： </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>change not verified for %1 %2: read again, its grants differ from the plan (changed meanwhile?); run the command again</source>
        <extracomment>A change was sent and accepted, but the image read again shows other grants.</extracomment>
        <translation>%1 %2 的变更未通过验证：重新读取后，其授权与计划不符（期间被他人更改？）；请重新运行该命令</translation>
    </message>
    <message>
        <source>the change was made but not journaled: %1</source>
        <translation>变更已执行，但未写入变更记录：%1</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) changed and verified; recorded in %3</source>
        <extracomment>After a change: %1 images verified of %2; the journal&apos;s file.</extracomment>
        <translation>已更改并验证 %1/%2 个镜像；已记录到 %3</translation>
    </message>
</context>
<context>
    <name>isb::cli::UndoCommand</name>
    <message>
        <source>Apply the inverse of journal entry ENTRY (its number in history; default: the latest):
what it added is removed and what it removed is added again, through the same plan and
confirmation. An image made private is not made public again (that is the console&apos;s job).</source>
        <translation>执行变更记录条目 ENTRY 的逆操作（ENTRY 为其在 history 中的编号；默认：最新一条）：
它添加的会被移除，它移除的会被重新添加，同样经过计划和
确认。已设为私有的镜像不会重新设为公开（这需要在控制台中操作）。</translation>
    </message>
    <message>
        <source>ENTRY must be an entry number of history (1 or more), not &quot;%1&quot;</source>
        <translation>ENTRY 必须是 history 中的条目编号（1 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>the change journal is empty</source>
        <translation>变更记录为空</translation>
    </message>
    <message>
        <source>no journal entry %1 (history has %2)</source>
        <translation>没有变更记录条目 %1（history 中共有 %2 条）</translation>
    </message>
    <message>
        <source>Nothing to undo: entry %1 only made images private, and making an image public is the console&apos;s job.
</source>
        <translation>没有可撤消的内容：条目 %1 只是将镜像设为私有，而将镜像设为公开需要在控制台中操作。
</translation>
    </message>
    <message>
        <source>entry %1 changed images of other accounts of the Resource Directory (%2): its undo needs --resource-directory, which undo does not support; give the grants back with share --add in each account</source>
        <extracomment>%1 an entry number, %2 account IDs. Keep the option and command names as they are.</extracomment>
        <translation>条目 %1 更改了资源目录中其他账号的镜像（%2）：撤消它需要 --resource-directory，而 undo 不支持；请在每个账号中用 share --add 恢复授权</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Image Share Browser</source>
        <translation>镜像共享浏览器</translation>
    </message>
    <message>
        <source>See who can launch your Alibaba Cloud ECS custom images.</source>
        <translation>查看谁可以使用您的阿里云 ECS 自定义镜像。</translation>
    </message>
    <message>
        <source>Send every request to &lt;url&gt; (https, or http on loopback, e.g. the simulator) instead of the regions&apos; endpoints.</source>
        <translation>将所有请求发送到 &lt;url&gt;（https，或环回地址上的 http，例如模拟器），而不是各地域的接入地址。</translation>
    </message>
    <message>
        <source>Signature version: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <source>--signature must be v3 or v1, not &quot;%1&quot;.</source>
        <translation>--signature 必须是 v3 或 v1，而不是“%1”。</translation>
    </message>
    <message>
        <source>Use the credentials profile &lt;name&gt; (a saved one, or Environment) instead of the environment or the default profile.</source>
        <translation>使用凭证配置 &lt;name&gt;（已保存的配置或 Environment），而不是环境变量或默认凭证配置。</translation>
    </message>
    <message>
        <source>%1 (see credentials --help)</source>
        <translation>%1（参见 credentials --help）</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1（参见 --help）</translation>
    </message>
</context>
</TS>

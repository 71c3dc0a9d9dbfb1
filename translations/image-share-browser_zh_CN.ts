<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditDiff</name>
    <message>
        <source>%1 grants added, %2 removed, %3 unchanged; %4 images added, %5 removed, %6 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time such as 2024-01-02T03:04:05Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an audit snapshot: the document must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an audit snapshot: the &quot;Images&quot; list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must equal the number of accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid audit snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is a named AccessKey. Its secret (and STS token) is kept in the system keychain; only the name, AccessKey ID and region are kept in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these credentials in memory until the application quits. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy profiles from the aliyun CLI (~/.aliyun/config.json) or the SDK credentials file (~/.alibabacloud/credentials) into the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile when no other is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. default, prod, audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the AccessKey Secret as you type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only for STS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the STS security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. cn-hangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call DescribeRegions with the credentials entered above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the secret in the system keychain and the rest in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Image Share Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region whose custom images are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the images and share permissions again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop what is loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Image Share Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerWidget</name>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page and show all accounts at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>assumes a RAM role through STS, which this application does not call; import the source AccessKey or use temporary credentials (StsToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes credentials from the ECS instance metadata service, which only exists on an ECS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses an RSA key pair, a deprecated sign-in that ECS does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs an external program to get credentials; this application never runs other programs for credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetches credentials from a URL, which this application does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an identity provider sign-in, which this application does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is not supported; only AK and StsToken can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an aliyun CLI configuration: no &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no AccessKey ID or AccessKey Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsToken mode without an sts_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secret for profile &quot;%1&quot;. Enter its AccessKey Secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as gnome-keyring or KWallet, or use session-only credentials or the ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET to be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. The known profiles are listed by `credentials list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not. Set both, or unset both to use a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not. Set both, or unset both to use a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_PROFILE names the profile &quot;%1&quot;, which does not exist. Unset the variable or add the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: add a profile (it is stored in the system keychain), choose one with --profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen explicitly (--profile or the profile menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by ALIBABA_CLOUD_PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a credentials file (a directory, or larger than 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a section header must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: empty section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: section [%2] appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &apos;key = value&apos; or &apos;[section]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a key before the first [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is not in the expected format; store the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumes a RAM role through STS, which this application does not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bearer token is for other Alibaba Cloud products; ECS needs an AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section has no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not supported; only access_key and sts can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled in the file (enable = false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no access_key_id or access_key_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type sts without a security_token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePermissionPane</name>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::AuditRunner</name>
    <message>
        <source>The audit was cancelled before this image was checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::AuditTableModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Alibaba Cloud account can launch this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::EcsCall</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::EcsClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for loopback addresses (such as the simulator); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be an https:// URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey is configured: set an AccessKey ID and Secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1; signed requests are never redirected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::EcsResponseParser</name>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without an ECS error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeRegions: &quot;Regions&quot; has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeRegions: a region entry has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeImages: the answer lacks TotalCount, PageNumber, PageSize or Images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeImages: an image entry has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: the answer lacks TotalCount, PageNumber, PageSize, Accounts or ShareGroups, or has them in an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: an account entry has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: a share group entry has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeImageSharePermission: the page holds more accounts than its PageSize.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::ErrorDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no HTTP answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program reads the AccessKey from the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, and for temporary (STS) credentials also ALIBABA_CLOUD_SECURITY_TOKEN. Set them, then start the program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud says this AccessKey is disabled. Enable it in the RAM console or use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check that it was copied completely and has not been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security token of these temporary (STS) credentials is invalid or has expired. Get new credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request signature did not match: the AccessKey Secret is probably wrong (check for missing or extra characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request because this computer&apos;s clock differs from the real time by more than 15 minutes. Correct the date, time and time zone of this computer (turning on automatic time synchronization is the surest way), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established because its certificate was not accepted. This happens when a proxy or security software intercepts encrypted traffic, when this computer&apos;s date is wrong, or when the system&apos;s certificate store is outdated. For your safety the program never ignores certificate errors: fix the cause, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting how fast this account may call the API (throttling). The limit resets every minute: wait a moment, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection and proxy settings, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the endpoint is not safe for signed requests. Use an https:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or could not be read. Choose Retry; if this keeps happening, a proxy may be altering the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be trusted, so it was not used. If you use a proxy, it may be altering the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image no longer exists: it may have been deleted or copied away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AccessKey is not allowed to do this. Ask the account&apos;s administrator to grant the RAM permissions ecs:DescribeRegions, ecs:DescribeImages and ecs:DescribeImageSharePermission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud had a temporary problem. Choose Retry in a moment; if it keeps failing, contact Alibaba Cloud support with the request ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request. The details below say why; the request ID helps Alibaba Cloud support find it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::ImageTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::MainWindow</name>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RequestId of the last answer; Alibaba Cloud support asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the list of regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sees no regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the images of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the images of %1: page %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retry %2 after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the images of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the images of %1: page %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every account %1 is shared with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading who can launch %1 (page %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the share permissions. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the share permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shared with every Alibaba Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is shared with %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was deleted or moved after the list was loaded, so it was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 no longer exists; it was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled. Press F5 to load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Image Share Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Image Share Browser %1&lt;/h3&gt;&lt;p&gt;See who can launch your Alibaba Cloud ECS custom images.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) match the filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (list incomplete; press F5 to load it again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::PagerWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is reserved for the credentials in environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has 1 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Environment profile comes from ALIBABA_CLOUD_* variables; unset them to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Environment profile comes from ALIBABA_CLOUD_* variables and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the AccessKey ID and the AccessKey Secret are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::RegionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>region: local name (region ID)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sold out (existing images can still be read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::ShareGroupTableModel</name>
    <message>
        <source>Every Alibaba Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can launch the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isb::SharePermissionPane</name>
    <message>
        <source>Shared with every Alibaba Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is in the share group &quot;all&quot;: anyone with an Alibaba Cloud account can create instances from it and read everything on its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see who can launch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>image name (image ID)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with any account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s); showing %1–%2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::SharedAccountTableModel</name>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Image Share Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who can launch your Alibaba Cloud ECS custom images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every request to &lt;url&gt; (https, or http on loopback, e.g. the simulator) instead of the regions&apos; endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature version: v3 (default) or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signature must be v3 or v1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

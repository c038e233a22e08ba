<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OmsAlarmLevel</name>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>IGNORE</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>OmsProjectType</name>
    <message>
        <source>MIGRATION</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>SYNC</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>VERIFY</source>
        <translation>数据校验</translation>
    </message>
</context>
<context>
    <name>OmsStatus</name>
    <message>
        <source>INIT</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>SUSPEND</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>MONITORING</source>
        <translation>监控中</translation>
    </message>
    <message>
        <source>RELEASING</source>
        <translation>释放中</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>MODIFYING</source>
        <translation>修改中</translation>
    </message>
    <message>
        <source>INTEGRATING</source>
        <translation>集成中</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>FINISHED_WITH_INCONSISTENCY</source>
        <translation>已完成（存在不一致）</translation>
    </message>
</context>
<context>
    <name>OmsStep</name>
    <message>
        <source>TRANSFER_PRECHECK</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>STRUCT_TRANSFER</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>TRANSFER_INCR_LOG_PULL</source>
        <translation>增量日志拉取</translation>
    </message>
    <message>
        <source>FULL_TRANSFER</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>INDEX_TRANSFER</source>
        <translation>索引迁移</translation>
    </message>
    <message>
        <source>INCR_TRANSFER</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>FULL_VERIFIER</source>
        <translation>全量校验</translation>
    </message>
    <message>
        <source>INCR_VERIFIER</source>
        <translation>增量校验</translation>
    </message>
    <message>
        <source>TRANSFER_APP_SWITCH</source>
        <translation>正向切换</translation>
    </message>
    <message>
        <source>REVERSE_INCR_TRANSFER</source>
        <translation>反向增量</translation>
    </message>
    <message>
        <source>CONNECTOR_FULL_SYNC</source>
        <translation>全量同步</translation>
    </message>
    <message>
        <source>CONNECTOR_INCR_SYNC</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>data</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引迁移</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>struct</source>
        <translation>结构迁移</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Try &apos;omsdash --help&apos;.</source>
        <translation>请尝试 &apos;omsdash --help&apos;。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no saved instances: give --demo, --url URL or --profiles FILE.json (see &apos;omsdash --help&apos;)</source>
        <translation>没有已保存的实例：请指定 --demo、--url URL 或 --profiles FILE.json（参见 &apos;omsdash --help&apos;）</translation>
    </message>
    <message>
        <source>IAM token (X-Auth-Token) for %1:</source>
        <translation>%1 的 IAM 令牌 (X-Auth-Token)：</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%2 上用户 %1 的密码：</translation>
    </message>
    <message>
        <source>no instance called &apos;%1&apos; (there are: %2)</source>
        <translation>没有名为 &apos;%1&apos; 的实例（现有：%2）</translation>
    </message>
    <message>
        <source>IAM password of %1 in account %2 for %3:</source>
        <translation>%3：账号 %2 中 IAM 用户 %1 的密码：</translation>
    </message>
    <message>
        <source>no system keychain: %1</source>
        <translation>没有系统钥匙串：%1</translation>
    </message>
    <message>
        <source>keychain, %1: %2</source>
        <translation>钥匙串，%1：%2</translation>
    </message>
    <message>
        <source>could not store the secret of %1 in the keychain: %2</source>
        <translation>无法将 %1 的密钥存入钥匙串：%2</translation>
    </message>
    <message>
        <source>metric history is not kept: %1</source>
        <translation>不保存指标历史：%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>remaining %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>batch-progress did not report job %1</source>
        <translation>batch-progress 未返回任务 %1</translation>
    </message>
</context>
<context>
    <name>omsdash</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>Simulated seconds per real second in --demo (default 1).</source>
        <translation>--demo 中每真实秒对应的模拟秒数（默认 1）。</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Base URL of the instance, e.g. http://oms:8089.</source>
        <translation>实例的基础 URL，例如 http://oms:8089。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API of the instance: oms4, oms3 or drs (default oms4).</source>
        <translation>实例的 API：oms4、oms3 或 drs（默认 oms4）。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Display name of the instance (default: its host).</source>
        <translation>实例的显示名称（默认：其主机名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>OMS console user (HTTP Basic auth).</source>
        <translation>OMS 控制台用户（HTTP Basic 认证）。</translation>
    </message>
    <message>
        <source>File whose first line is the OMS password.</source>
        <translation>首行为 OMS 密码的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>DRS: file whose first line is the IAM token (X-Auth-Token).</source>
        <translation>DRS：首行为 IAM 令牌（X-Auth-Token）的文件。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the project list and the first project&apos;s detail have arrived, then exit.</source>
        <translation>项目列表和第一个项目的详情到达后保存窗口的 PNG 截图并退出。</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>With --screenshot: seconds to keep polling before the picture.</source>
        <translation>配合 --screenshot：截图前继续轮询的秒数。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Open on this project.</source>
        <translation>启动时打开此项目。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--demo-speed takes a number between 0 and 10000</source>
        <translation>--demo-speed 取 0 到 10000 之间的数</translation>
    </message>
    <message>
        <source>--screenshot-delay takes a whole number of seconds</source>
        <translation>--screenshot-delay 取整数秒</translation>
    </message>
    <message>
        <source>give either --demo or --url</source>
        <translation>请指定 --demo 或 --url 之一</translation>
    </message>
    <message>
        <source>--url needs an http:// or https:// URL with a host, got &apos;%1&apos;</source>
        <translation>--url 需要带主机名的 http:// 或 https:// URL，收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--api takes oms4, oms3 or drs, got &apos;%1&apos;</source>
        <translation>--api 取 oms4、oms3 或 drs，收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--api oms3 needs at least one --project ID: OMS 3.3 cannot list its projects</source>
        <translation>--api oms3 至少需要一个 --project ID：OMS 3.3 无法列出其项目</translation>
    </message>
    <message>
        <source>Watch the instances of this profiles file (no secrets in it) for this session.</source>
        <translation>本次会话监控此配置文件中的实例（文件中不含密钥）。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Open on this instance (a saved one, one of --profiles, or of --demo).</source>
        <translation>启动时打开此实例（已保存的、--profiles 中的或 --demo 中的）。</translation>
    </message>
    <message>
        <source>--profiles goes without --demo and --url</source>
        <translation>--profiles 不能与 --demo 和 --url 同时使用</translation>
    </message>
    <message>
        <source>--password-file with profiles needs --instance NAME: whose password is it?</source>
        <translation>使用配置文件时 --password-file 需要 --instance NAME：这是哪个实例的密码？</translation>
    </message>
    <message>
        <source>DRS: the region&apos;s project_id (with IAM: taken from the token when omitted).</source>
        <translation>DRS：区域的 project_id（使用 IAM 时省略则取自令牌）。</translation>
    </message>
    <message>
        <source>DRS: log in with IAM at this endpoint (e.g. https://iam.myhuaweicloud.com) as --user of --domain with --password-file, instead of --token-file.</source>
        <translation>DRS：以 --domain 的 --user 身份、使用 --password-file 在此端点（如 https://iam.myhuaweicloud.com）通过 IAM 登录，代替 --token-file。</translation>
    </message>
    <message>
        <source>DRS: the account (domain) name for IAM.</source>
        <translation>DRS：IAM 的账号（domain）名。</translation>
    </message>
    <message>
        <source>DRS: the project (region) name the IAM token is scoped to, e.g. cn-north-4.</source>
        <translation>DRS：IAM 令牌作用的项目（区域）名，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>--api drs with --token-file needs --drs-project-id</source>
        <translation>--api drs 配合 --token-file 时需要 --drs-project-id</translation>
    </message>
    <message>
        <source>--api drs needs --token-file, or an IAM login: --iam-url, --domain, --user, --password-file and --drs-project-name (or --drs-project-id)</source>
        <translation>--api drs 需要 --token-file，或 IAM 登录：--iam-url、--domain、--user、--password-file 以及 --drs-project-name（或 --drs-project-id）</translation>
    </message>
    <message>
        <source>Accept this one self-signed certificate of the instance (its SHA-256, as omsdash shows it when it refuses the certificate).</source>
        <translation>接受实例的这一张自签名证书（其 SHA-256，即 omsdash 拒绝该证书时显示的指纹）。</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>--pinned-sha256 takes a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--pinned-sha256 取 SHA-256 指纹（64 位十六进制）</translation>
    </message>
    <message>
        <source>Start the built-in simulator (three OMS instances, one over HTTPS, and a DRS job) and watch it.</source>
        <translation>启动内置模拟器（三个 OMS 实例，其中一个走 HTTPS，以及一个 DRS 任务）并监控它。</translation>
    </message>
    <message>
        <source>Report format: pdf, html, csv or json.</source>
        <translation>报告格式：pdf、html、csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The time the report covers, up to now: e.g. 90m, 24h, 7d (default 24h).</source>
        <translation>报告覆盖的时间（截至现在）：例如 90m、24h、7d（默认 24h）。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>--format takes pdf, html, csv or json, got &apos;%1&apos;</source>
        <translation>--format 取 pdf、html、csv 或 json，收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report needs --format pdf|html|csv|json</source>
        <translation>report 需要 --format pdf|html|csv|json</translation>
    </message>
    <message>
        <source>report needs --out PATH (or --out - for json and csv)</source>
        <translation>report 需要 --out PATH（json 和 csv 可用 --out -）</translation>
    </message>
    <message>
        <source>--out - writes json or csv only; give a file for %1</source>
        <translation>--out - 只能输出 json 或 csv；%1 请指定文件</translation>
    </message>
    <message>
        <source>--range takes minutes, hours or days up to 30 days, e.g. 90m, 24h, 7d; got &apos;%1&apos;</source>
        <translation>--range 取分钟、小时或天，最多 30 天，例如 90m、24h、7d；收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Records per second (RPS)</source>
        <translation>每秒记录数 (RPS)</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>记录/秒</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标端</translation>
    </message>
    <message>
        <source>Src baseline</source>
        <translation>源端基线</translation>
    </message>
    <message>
        <source>Dst baseline</source>
        <translation>目标端基线</translation>
    </message>
    <message>
        <source>Response time (RT)</source>
        <translation>响应时间 (RT)</translation>
    </message>
    <message>
        <source>ms per record</source>
        <translation>毫秒/记录</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>Incremental latency</source>
        <translation>增量同步延迟</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Sample age</source>
        <translation>采样距今</translation>
    </message>
    <message>
        <source>The current step reports no rates (only full migration and full verification do)</source>
        <translation>当前步骤不提供速率（仅全量迁移和全量校验提供）</translation>
    </message>
    <message>
        <source>No incremental synchronization running</source>
        <translation>增量同步未运行</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds however slowly its answer arrives (5 to 3600; default 60, or the profile&apos;s deadlineSeconds; at most 20 for --screenshot).</source>
        <translation>无论应答到达多慢，请求超过此秒数即放弃（5 到 3600；默认 60，或配置中的 deadlineSeconds；--screenshot 时最多 20）。</translation>
    </message>
    <message>
        <source>--deadline takes 5 to 3600 seconds</source>
        <translation>--deadline 取 5 到 3600 秒</translation>
    </message>
    <message>
        <source>With --screenshot: give up (exit 1) when no data arrived within this many seconds (default 30).</source>
        <translation>配合 --screenshot：在此秒数内未收到数据则放弃（退出码 1，默认 30）。</translation>
    </message>
    <message>
        <source>--screenshot-timeout takes a whole number of seconds, at least 1</source>
        <translation>--screenshot-timeout 取至少为 1 的整数秒</translation>
    </message>
    <message>
        <source>omsdash report: write a report of an instance&apos;s projects (PDF, HTML, CSV or JSON) and exit.
Exit codes: 0 written, 2 bad arguments, 3 nothing could be fetched, 4 could not write, 5 written but incomplete.</source>
        <translation>omsdash report：为实例的项目生成报告（PDF、HTML、CSV 或 JSON）后退出。
退出码：0 已写入，2 参数错误，3 未获取到任何数据，4 无法写入，5 已写入但不完整。</translation>
    </message>
    <message>
        <source>Dashboard for OceanBase Migration Service (OMS) and Huawei Cloud DRS migrations.
Reports: omsdash report --help
Alerts without a window: omsdash watch --help</source>
        <translation>OceanBase 迁移服务（OMS）与华为云 DRS 迁移的监控面板。
报告：omsdash report --help
无窗口告警：omsdash watch --help</translation>
    </message>
    <message>
        <source>The alert settings (OMS&apos;s protection levels and omsdash&apos;s thresholds) from this JSON file; default: OMS&apos;s own defaults.</source>
        <translation>从此 JSON 文件读取告警设置（OMS 的保护级别和 omsdash 的阈值）；默认使用 OMS 自身的默认值。</translation>
    </message>
    <message>
        <source>Also show each alert as a desktop notification (org.freedesktop.Notifications on the session bus).</source>
        <translation>同时以桌面通知显示每条告警（会话总线上的 org.freedesktop.Notifications）。</translation>
    </message>
    <message>
        <source>%1 needs an http:// or https:// URL with a host, got &apos;%2&apos;</source>
        <translation>%1 需要带主机名的 http:// 或 https:// URL，收到 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 goes after the --alert-webhook it is for</source>
        <translation>%1 应放在其所属的 --alert-webhook 之后</translation>
    </message>
    <message>
        <source>--alert-webhook-format takes generic, dingtalk, feishu, wecom or slack, got &apos;%1&apos;</source>
        <translation>--alert-webhook-format 取 generic、dingtalk、feishu、wecom 或 slack，收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--alert-webhook-severity takes HIGH, MEDIUM or LOW, got &apos;%1&apos;</source>
        <translation>--alert-webhook-severity 取 HIGH、MEDIUM 或 LOW，收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--alert-webhook-secret-file is for dingtalk and feishu robots, not %1</source>
        <translation>--alert-webhook-secret-file 仅用于钉钉和飞书机器人，不适用于 %1</translation>
    </message>
    <message>
        <source>POST each alert event to this URL (repeat for several). The options below apply to the --alert-webhook before them.</source>
        <translation>将每个告警事件 POST 到此 URL（可重复指定多个）。下列选项作用于其前面的 --alert-webhook。</translation>
    </message>
    <message>
        <source>The body the webhook expects: generic (omsdash&apos;s JSON, resources/alert-webhook.schema.json), dingtalk, feishu, wecom or slack (default generic).</source>
        <translation>Webhook 期望的消息体：generic（omsdash 的 JSON，见 resources/alert-webhook.schema.json）、dingtalk（钉钉）、feishu（飞书）、wecom（企业微信）或 slack（默认 generic）。</translation>
    </message>
    <message>
        <source>Send only alerts of this severity and above: HIGH, MEDIUM or LOW (default LOW: all).</source>
        <translation>只发送此严重程度及以上的告警：HIGH、MEDIUM 或 LOW（默认 LOW：全部）。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>DingTalk or Feishu: file whose first line is the robot&apos;s signing secret (only its signature is sent).</source>
        <translation>钉钉或飞书：首行为机器人加签密钥的文件（只发送签名）。</translation>
    </message>
    <message>
        <source>Also send the alerts to this Prometheus Alertmanager (its base URL; POST /api/v2/alerts, resent every minute while firing).</source>
        <translation>同时将告警发送到此 Prometheus Alertmanager（其基础 URL；POST /api/v2/alerts，告警期间每分钟重发）。</translation>
    </message>
    <message>
        <source>Resolved at %1 UTC; firing since %2 UTC.</source>
        <translation>已于 %1 UTC 恢复；自 %2 UTC 起告警。</translation>
    </message>
    <message>
        <source>Firing since %1 UTC.</source>
        <translation>自 %1 UTC 起告警。</translation>
    </message>
    <message>
        <source>%1, still firing</source>
        <translation>%1，仍在告警</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Where to write the report; - for standard output (json, csv). CSV writes PATH-steps.csv, PATH-tables.csv, PATH-metrics.csv and PATH-alerts.csv.</source>
        <translation>报告写入位置；- 表示标准输出（json、csv）。CSV 写入 PATH-steps.csv、PATH-tables.csv、PATH-metrics.csv 和 PATH-alerts.csv。</translation>
    </message>
    <message>
        <source>[TEST] omsdash can reach this destination</source>
        <translation>[测试] omsdash 可以连通此目标</translation>
    </message>
    <message>
        <source>HIGH alerts will come here.</source>
        <translation>HIGH 级告警将发送到这里。</translation>
    </message>
    <message>
        <source>MEDIUM and HIGH alerts will come here.</source>
        <translation>MEDIUM 和 HIGH 级告警将发送到这里。</translation>
    </message>
    <message>
        <source>Alerts of every severity will come here.</source>
        <translation>所有级别的告警都将发送到这里。</translation>
    </message>
    <message>
        <source>%1 Sent at %2 UTC.</source>
        <translation>%1 发送时间 %2 UTC。</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他状态</translation>
    </message>
    <message>
        <source>%1 of %2 shown: %3</source>
        <translation>显示 %2 个中的 %1 个：%3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between filters</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Report only this project (OMS 3.3: a sync project ID, which its API needs; DRS: a job ID). Repeat for several.</source>
        <translation>只报告此项目（OMS 3.3：同步项目 ID，其 API 需要；DRS：任务 ID）。可重复指定多个。</translation>
    </message>
    <message>
        <source>OMS 3.3: a sync project ID to watch (the API has no list call); DRS: a job ID to watch instead of every job. Repeat for several.</source>
        <translation>OMS 3.3：要监视的同步项目 ID（该 API 没有列表调用）；DRS：只监视此任务 ID，而不是全部任务。可重复指定多个。</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Configuring</source>
        <translation>配置中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待启动</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>全量迁移中</translation>
    </message>
    <message>
        <source>Full synchronization</source>
        <translation>全量同步中</translation>
    </message>
    <message>
        <source>Full migration failed</source>
        <translation>全量迁移失败</translation>
    </message>
    <message>
        <source>Full synchronization failed</source>
        <translation>全量同步失败</translation>
    </message>
    <message>
        <source>Full migration complete</source>
        <translation>全量迁移完成</translation>
    </message>
    <message>
        <source>Full synchronization complete</source>
        <translation>全量同步完成</translation>
    </message>
    <message>
        <source>Incremental migration</source>
        <translation>增量迁移中</translation>
    </message>
    <message>
        <source>Incremental synchronization</source>
        <translation>增量同步中</translation>
    </message>
    <message>
        <source>Incremental migration failed</source>
        <translation>增量迁移失败</translation>
    </message>
    <message>
        <source>Incremental synchronization failed</source>
        <translation>增量同步失败</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结束中</translation>
    </message>
    <message>
        <source>Ending failed</source>
        <translation>结束失败</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Rebuilding node</source>
        <translation>节点重建中</translation>
    </message>
    <message>
        <source>Node rebuild failed</source>
        <translation>节点重建失败</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>变更中</translation>
    </message>
    <message>
        <source>Change failed</source>
        <translation>变更失败</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Child jobs starting</source>
        <translation>子任务启动中</translation>
    </message>
    <message>
        <source>Child jobs running</source>
        <translation>子任务运行中</translation>
    </message>
    <message>
        <source>Child jobs complete</source>
        <translation>子任务已完成</translation>
    </message>
    <message>
        <source>Child job failed</source>
        <translation>子任务失败</translation>
    </message>
    <message>
        <source>Ending child jobs</source>
        <translation>子任务结束中</translation>
    </message>
    <message>
        <source>Child jobs ended</source>
        <translation>子任务已结束</translation>
    </message>
    <message>
        <source>Upgrading node</source>
        <translation>节点升级中</translation>
    </message>
    <message>
        <source>Node upgraded</source>
        <translation>节点升级完成</translation>
    </message>
    <message>
        <source>Node upgrade failed</source>
        <translation>节点升级失败</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln 张表</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (default: View &gt; Theme&apos;s choice).</source>
        <translation>本次运行的配色：system、light 或 dark（默认：“视图 &gt; 主题”中的选择）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark</source>
        <translation>--theme 只接受 system、light 或 dark</translation>
    </message>
    <message>
        <source>Open full screen on the wall: every instance&apos;s projects as large tiles, worst first (F11 or Esc leaves it).</source>
        <translation>以全屏大屏模式打开：所有实例的项目以大磁贴显示，最差的在前（F11 或 Esc 退出）。</translation>
    </message>
    <message>
        <source>omsdash watch: poll the instances&apos; project lists with no window, run the alert rules over them and print one line per alert event. Stops on SIGTERM or SIGINT (exit 0); exit 2 on bad arguments, 1 when --listen cannot listen.</source>
        <translation>omsdash watch：无窗口轮询各实例的项目列表，运行告警规则，每个告警事件输出一行。收到 SIGTERM 或 SIGINT 时停止（退出码 0）；参数错误时退出码 2，--listen 无法监听时退出码 1。</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics (and /healthz) from what the pollers hold. ADDR defaults to 127.0.0.1; [::1]:PORT for IPv6, 0.0.0.0:PORT for every interface (nothing is authenticated).</source>
        <translation>在 http://ADDR:PORT/metrics（及 /healthz）上以轮询已得到的数据提供 Prometheus 指标。ADDR 默认为 127.0.0.1；IPv6 用 [::1]:PORT，所有网卡用 0.0.0.0:PORT（不做任何认证）。</translation>
    </message>
    <message>
        <source>[ADDR:]PORT</source>
        <translation>[地址:]端口</translation>
    </message>
    <message>
        <source>--listen takes [ADDR:]PORT, e.g. 9745, 127.0.0.1:9745 or [::1]:9745; got &apos;%1&apos;</source>
        <translation>--listen 需要 [地址:]端口，例如 9745、127.0.0.1:9745 或 [::1]:9745；收到的是“%1”</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertCenter</name>
    <message>
        <source>Alerts needing attention: %1 (worst %2)</source>
        <translation>待处理告警：%1（最高 %2）</translation>
    </message>
    <message>
        <source>Alerts firing: %1, all acknowledged or silenced</source>
        <translation>告警中：%1，均已确认或静默</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertDispatcher</name>
    <message numerus="yes">
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1（已尝试 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::AlertEngine</name>
    <message>
        <source>project %1 is FAILED</source>
        <translation>项目 %1 已失败（FAILED）</translation>
    </message>
    <message>
        <source>step %1 FAILED</source>
        <translation>步骤 %1 失败（FAILED）</translation>
    </message>
    <message>
        <source>project %1 went from running to SUSPEND</source>
        <translation>项目 %1 从运行中变为暂停（SUSPEND）</translation>
    </message>
    <message>
        <source>project %1 has made no progress for %2 (%3)</source>
        <translation>项目 %1 已 %2 没有进展（%3）</translation>
    </message>
    <message>
        <source>running project %1 is gone from the list of %2</source>
        <translation>运行中的项目 %1 已从 %2 的列表中消失</translation>
    </message>
    <message>
        <source>Project failed</source>
        <translation>项目失败</translation>
    </message>
    <message>
        <source>Step failed</source>
        <translation>步骤失败</translation>
    </message>
    <message>
        <source>Project suspended</source>
        <translation>项目已暂停</translation>
    </message>
    <message>
        <source>Incremental latency</source>
        <translation>增量同步延迟</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>无进展</translation>
    </message>
    <message>
        <source>Project gone from the list</source>
        <translation>项目已从列表消失</translation>
    </message>
    <message>
        <source>Instance down</source>
        <translation>实例不可用</translation>
    </message>
    <message>
        <source>RPS below baseline</source>
        <translation>RPS 低于基线</translation>
    </message>
    <message>
        <source>RT above baseline</source>
        <translation>RT 高于基线</translation>
    </message>
    <message>
        <source>%1 writes %2 records/s, under %3 % of its baseline of %4 records/s</source>
        <translation>%1 写入 %2 条记录/秒，低于基线 %4 条记录/秒的 %3%</translation>
    </message>
    <message>
        <source>%1 takes %2 ms per record, over %3 × its baseline of %4 ms</source>
        <translation>%1 每条记录耗时 %2 毫秒，超过基线 %4 毫秒的 %3 倍</translation>
    </message>
    <message>
        <source>Inconsistent tables</source>
        <translation>不一致的表</translation>
    </message>
    <message>
        <source>OMS alarm</source>
        <translation>OMS 告警</translation>
    </message>
    <message>
        <source>OMS reports an alarm on project %1</source>
        <translation>OMS 报告项目 %1 告警</translation>
    </message>
    <message>
        <source>OMS reports an alarm on project %1: %2</source>
        <translation>OMS 报告项目 %1 告警：%2</translation>
    </message>
    <message>
        <source>verification found inconsistent tables in project %1: %2</source>
        <translation>校验发现项目 %1 中有不一致的表：%2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>incremental latency %1; the %2 threshold is %3</source>
        <translation>增量同步延迟 %1；%2 级阈值为 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 refuses the password (%n poll(s)): %2</source>
        <translation>
            <numerusform>%1 拒绝了密码（%n 次轮询）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not answering (%n poll(s)): %2</source>
        <translation>
            <numerusform>%1 没有响应（%n 次轮询）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::AlertLogModel</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>静默</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertLogPanel</name>
    <message>
        <source>Active only</source>
        <translation>仅活动告警</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Filter alerts by project, rule, message…</source>
        <translation>按项目、规则、信息筛选告警…</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>MEDIUM and HIGH</source>
        <translation>MEDIUM 和 HIGH</translation>
    </message>
    <message>
        <source>HIGH only</source>
        <translation>仅 HIGH</translation>
    </message>
    <message>
        <source>No more repeats of the selected alerts until they resolve</source>
        <translation>所选告警恢复前不再重复通知</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>静默</translation>
    </message>
    <message>
        <source>Notify no one about the selected alert, its project or its instance for a while</source>
        <translation>在一段时间内不再通知所选告警、其项目或其实例</translation>
    </message>
    <message>
        <source>This alert</source>
        <translation>此告警</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>此项目</translation>
    </message>
    <message>
        <source>This instance</source>
        <translation>此实例</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export alert log</source>
        <translation>导出告警日志</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::AlertMonitor</name>
    <message>
        <source>acknowledged: no repeats until it resolves</source>
        <translation>已确认：恢复前不再重复通知</translation>
    </message>
    <message>
        <source>silenced until %1 UTC</source>
        <translation>静默至 %1 UTC</translation>
    </message>
    <message>
        <source>%1 not delivered to %2: %3</source>
        <translation>%1 未送达 %2：%3</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertRulesDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>Protection levels (as in the OMS console: System Management &gt; Alerts)</source>
        <translation>保护级别（同 OMS 控制台：系统管理 &gt; 告警设置）</translation>
    </message>
    <message>
        <source>Synchronization latency over</source>
        <translation>同步延迟超过</translation>
    </message>
    <message>
        <source>Interruption longer than</source>
        <translation>中断时长超过</translation>
    </message>
    <message>
        <source>Alert frequency: every</source>
        <translation>告警频率：每</translation>
    </message>
    <message>
        <source>OMS&apos;s ranges: HIGH 1 s to 5 min, MEDIUM 30 s to 10 min, LOW at least MEDIUM&apos;s. IGNORE never alerts.</source>
        <translation>OMS 的取值范围：HIGH 1 秒至 5 分钟，MEDIUM 30 秒至 10 分钟，LOW 不低于 MEDIUM。IGNORE 从不告警。</translation>
    </message>
    <message>
        <source>omsdash&apos;s thresholds</source>
        <translation>omsdash 的阈值</translation>
    </message>
    <message>
        <source> × baseline</source>
        <translation> × 基线</translation>
    </message>
    <message>
        <source>Latency clears below its threshold&apos;s</source>
        <translation>延迟降至阈值的此比例以下时恢复</translation>
    </message>
    <message>
        <source>Latency must last</source>
        <translation>延迟须持续</translation>
    </message>
    <message>
        <source>RPS alerts under its baseline&apos;s</source>
        <translation>RPS 低于基线的此比例时告警</translation>
    </message>
    <message>
        <source>RT alerts over</source>
        <translation>RT 超过</translation>
    </message>
    <message>
        <source>RPS and RT must last</source>
        <translation>RPS 和 RT 须持续</translation>
    </message>
    <message>
        <source>Instance down after failed polls</source>
        <translation>连续轮询失败次数后判定实例不可用</translation>
    </message>
    <message>
        <source>Overrides by instance and project (the most specific wins)</source>
        <translation>按实例和项目覆盖（最具体的生效）</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>延迟（秒）</translation>
    </message>
    <message>
        <source>Interruption (min)</source>
        <translation>中断（分钟）</translation>
    </message>
    <message>
        <source>Frequency (min)</source>
        <translation>频率（分钟）</translation>
    </message>
    <message>
        <source>Rules off</source>
        <translation>关闭的规则</translation>
    </message>
    <message>
        <source>Empty cells keep the protection level&apos;s value. Rules off, comma-separated: %1</source>
        <translation>空单元格沿用保护级别的值。关闭的规则以逗号分隔：%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Override %1: %2 is not a number</source>
        <translation>覆盖 %1：%2 不是数字</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertSettings</name>
    <message>
        <source>HIGH latencySeconds must be 1 to 300 (OMS&apos;s range), not %1</source>
        <translation>HIGH 的 latencySeconds 必须在 1 到 300 之间（OMS 的范围），而不是 %1</translation>
    </message>
    <message>
        <source>MEDIUM latencySeconds must be 30 to 600 (OMS&apos;s range), not %1</source>
        <translation>MEDIUM 的 latencySeconds 必须在 30 到 600 之间（OMS 的范围），而不是 %1</translation>
    </message>
    <message>
        <source>LOW latencySeconds must be at least MEDIUM&apos;s (%1), not %2</source>
        <translation>LOW 的 latencySeconds 不得小于 MEDIUM 的（%1），而不是 %2</translation>
    </message>
    <message>
        <source>%1: interruptionSeconds and repeatSeconds must be positive</source>
        <translation>%1：interruptionSeconds 和 repeatSeconds 必须为正数</translation>
    </message>
    <message>
        <source>clearShare must be above 0 and at most 1, not %1</source>
        <translation>clearShare 必须大于 0 且不超过 1，而不是 %1</translation>
    </message>
    <message>
        <source>instanceDownPolls must be at least 1, not %1</source>
        <translation>instanceDownPolls 必须至少为 1，而不是 %1</translation>
    </message>
    <message>
        <source>&apos;schemaVersion&apos; must be 1</source>
        <translation>“schemaVersion” 必须为 1</translation>
    </message>
    <message>
        <source>&apos;clearShare&apos; must be a number</source>
        <translation>“clearShare” 必须是数字</translation>
    </message>
    <message>
        <source>&apos;latencyPendingSeconds&apos; must be a number of seconds, 0 or more</source>
        <translation>“latencyPendingSeconds” 必须是不小于 0 的秒数</translation>
    </message>
    <message>
        <source>&apos;instanceDownPolls&apos; must be a whole number</source>
        <translation>“instanceDownPolls” 必须是整数</translation>
    </message>
    <message>
        <source>levels: unknown protection level &apos;%1&apos; (HIGH, MEDIUM or LOW)</source>
        <translation>levels：未知的保护级别 “%1”（应为 HIGH、MEDIUM 或 LOW）</translation>
    </message>
    <message>
        <source>levels.%1.%2: not a known setting with a number of seconds</source>
        <translation>levels.%1.%2：不是已知的设置项，或不是秒数</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>未知的键 “%1”</translation>
    </message>
    <message>
        <source>rpsShare must be between 0 and 1, not %1</source>
        <translation>rpsShare 必须在 0 和 1 之间，而不是 %1</translation>
    </message>
    <message>
        <source>rtFactor must be over 1, not %1</source>
        <translation>rtFactor 必须大于 1，而不是 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number, 0 or more</source>
        <translation>“%1” 必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>overrides[%1]: name an instance, a project or both</source>
        <translation>overrides[%1]：请指定实例、项目或两者</translation>
    </message>
    <message>
        <source>overrides[%1]: durations must be positive</source>
        <translation>overrides[%1]：时长必须为正</translation>
    </message>
    <message>
        <source>overrides[%1]: unknown rule &apos;%2&apos;</source>
        <translation>overrides[%1]：未知规则 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;overrides&apos; must be a list</source>
        <translation>&apos;overrides&apos; 必须是列表</translation>
    </message>
    <message>
        <source>overrides[%1].%2: not a known setting</source>
        <translation>overrides[%1].%2：不是已知设置</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertTray</name>
    <message>
        <source>Show omsdash</source>
        <translation>显示 omsdash</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>告警日志</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>omsdash — no alerts</source>
        <translation>omsdash — 无告警</translation>
    </message>
    <message>
        <source>omsdash — %1</source>
        <translation>omsdash — %1</translation>
    </message>
</context>
<context>
    <name>omsdash::AlertWebhooks</name>
    <message>
        <source>Alerts are not sent to %1: the URL is not in the keychain (%2). Enter it again in View &gt; Alert webhooks.</source>
        <translation>告警未发送到 %1：钥匙串中没有其 URL（%2）。请在 视图 &gt; 告警 Webhook 中重新输入。</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>无此条目</translation>
    </message>
    <message>
        <source>Could not keep a webhook in the system keychain: %1</source>
        <translation>无法将 Webhook 保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>No system keychain: URLs and signing secrets are kept for this session only.</source>
        <translation>没有系统钥匙串：URL 和加签密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>No system keychain (%1): URLs and signing secrets are kept for this session only.</source>
        <translation>没有系统钥匙串（%1）：URL 和加签密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>URLs (with their access tokens) and signing secrets are kept in the system keychain, never in a settings file.</source>
        <translation>URL（含其 access token）和加签密钥保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>no system keychain</source>
        <translation>没有系统钥匙串</translation>
    </message>
</context>
<context>
    <name>omsdash::ApiError</name>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API 错误</translation>
    </message>
    <message>
        <source>Malformed response</source>
        <translation>响应格式错误</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source> (SHA-256 %1)</source>
        <translation>（SHA-256 %1）</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>被重定向</translation>
    </message>
</context>
<context>
    <name>omsdash::ComponentListModel</name>
    <message>
        <source>Store</source>
        <comment>OMS component: incremental log pull</comment>
        <translation>Store（增量日志拉取）</translation>
    </message>
    <message>
        <source>Store (reverse)</source>
        <comment>OMS component</comment>
        <translation>Store（反向）</translation>
    </message>
    <message>
        <source>Full-Import</source>
        <comment>OMS component</comment>
        <translation>Full-Import（全量导入）</translation>
    </message>
    <message>
        <source>Incr-Sync</source>
        <comment>OMS component</comment>
        <translation>Incr-Sync（增量同步）</translation>
    </message>
    <message>
        <source>Incr-Sync (reverse)</source>
        <comment>OMS component</comment>
        <translation>Incr-Sync（反向增量同步）</translation>
    </message>
    <message>
        <source>Full verification</source>
        <comment>OMS component</comment>
        <translation>全量校验</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Checkpoint (UTC)</source>
        <translation>位点（UTC）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Sampled %1</source>
        <translation>采样于 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::DemoEnvironment</name>
    <message>
        <source>cannot start the simulator: %1</source>
        <translation>无法启动模拟器：%1</translation>
    </message>
</context>
<context>
    <name>omsdash::DesktopNotifier</name>
    <message>
        <source>no D-Bus session bus: %1</source>
        <translation>没有 D-Bus 会话总线：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>desktop notification not shown: %1</source>
        <translation>桌面通知未能显示：%1</translation>
    </message>
    <message>
        <source>Resolved: %1 · %2</source>
        <translation>已恢复：%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>omsdash::DrsClient</name>
    <message>
        <source>IAM answered without an X-Subject-Token header</source>
        <translation>IAM 应答中没有 X-Subject-Token 头</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The job list is unavailable, so jobs show by ID: %1</source>
        <translation>无法获取任务列表，任务按 ID 显示：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not in the job list of migration and synchronization jobs, so shown by ID: %1</source>
        <translation>不在迁移和同步任务列表中，按 ID 显示：%1</translation>
    </message>
</context>
<context>
    <name>omsdash::HistoryStore</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>无法初始化 %1：%2</translation>
    </message>
    <message>
        <source>%1 has history schema %2; this omsdash knows %3</source>
        <translation>%1 的历史库结构版本为 %2；此版本 omsdash 支持 %3</translation>
    </message>
</context>
<context>
    <name>omsdash::HttpCall</name>
    <message>
        <source>not the pinned certificate</source>
        <translation>不是已固定的证书</translation>
    </message>
    <message>
        <source>compressed body over the %1 cap</source>
        <translation>压缩后的响应体超过 %1 上限</translation>
    </message>
    <message>
        <source>body over the %1 cap</source>
        <translation>响应体超过 %1 上限</translation>
    </message>
    <message>
        <source>timed out after %1 s (transfer too slow)</source>
        <translation>%1 秒后超时（传输过慢）</translation>
    </message>
    <message>
        <source>timed out after %1 s (no data for %1 s)</source>
        <translation>%1 秒后超时（%1 秒内无数据）</translation>
    </message>
    <message>
        <source>compressed body could not be decompressed (%1)</source>
        <translation>压缩的响应体无法解压（%1）</translation>
    </message>
    <message>
        <source>connection closed mid-body (HTTP %1, %2 received)</source>
        <translation>响应体传输中连接被关闭（HTTP %1，已收到 %2）</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location</source>
        <translation>HTTP %1 但没有 Location</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3); credentials stay with %4, so nothing was sent there: use %5 as the instance URL</source>
        <translation>%1 重定向到 %2（HTTP %3）；凭据只发往 %4，因此未向该地址发送任何内容：请将 %5 用作实例 URL</translation>
    </message>
    <message>
        <source>more than %1 redirects, last to %2</source>
        <translation>重定向超过 %1 次，最后一次到 %2</translation>
    </message>
    <message>
        <source>HTTP 303 to %1 would turn the POST into a GET; not followed</source>
        <translation>HTTP 303 到 %1 会把 POST 变成 GET；未跟随</translation>
    </message>
</context>
<context>
    <name>omsdash::InstanceListEdit</name>
    <message>
        <source>new instance</source>
        <translation>新实例</translation>
    </message>
    <message>
        <source>new instance %1</source>
        <translation>新实例 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>omsdash::InstanceSession</name>
    <message>
        <source>The OMS 3.3 API reports no steps: each sync project&apos;s progress is all it gives (schema and full progress, latency).</source>
        <translation>OMS 3.3 API 不提供步骤：它只给出每个同步项目的进度（结构与全量进度、延迟）。</translation>
    </message>
</context>
<context>
    <name>omsdash::InstancesDialog</name>
    <message>
        <source>Huawei Cloud DRS</source>
        <translation>华为云 DRS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>OMS 4.x (OpenAPI)</source>
        <translation>OMS 4.x (OpenAPI)</translation>
    </message>
    <message>
        <source>OMS 3.3</source>
        <translation>OMS 3.3</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Project (region) name</source>
        <translation>项目（区域）名称</translation>
    </message>
    <message>
        <source>Account (domain)</source>
        <translation>账号（域）</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM 终端节点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <source>Projects / jobs</source>
        <translation>项目 / 任务</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>✔ Connected: %1 in %2 ms</source>
        <translation>✔ 已连接：%1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>固定此证书</translation>
    </message>
    <message>
        <source>SHA-256 of a self-signed certificate to accept, if any</source>
        <translation>要接受的自签名证书的 SHA-256（如有）</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>固定的证书</translation>
    </message>
    <message>
        <source>Pinned. Test again to connect with it.</source>
        <translation>已固定。请再次测试以使用它连接。</translation>
    </message>
    <message>
        <source>none in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Saved in the system keychain under &quot;omsdash&quot; and the instance&apos;s name; never in a settings or profiles file.</source>
        <translation>以“omsdash”和实例名保存在系统钥匙串中，绝不写入设置或配置文件。</translation>
    </message>
    <message>
        <source>No system keychain (%1): the secret is kept in memory for this session only.</source>
        <translation>没有系统钥匙串（%1）：密钥仅在本次会话的内存中保留。</translation>
    </message>
    <message>
        <source>A request that has not ended by then is given up, however slowly its answer arrives (deadlineSeconds).</source>
        <translation>到时仍未结束的请求将被放弃，无论应答到达多慢（deadlineSeconds）。</translation>
    </message>
    <message>
        <source>Give up a request after</source>
        <translation>请求放弃时限</translation>
    </message>
    <message>
        <source>One ID per line: OMS 3.3 sync projects (required); DRS jobs (none: every job)</source>
        <translation>每行一个 ID：OMS 3.3 同步项目（必填）；DRS 任务（留空：全部任务）</translation>
    </message>
    <message>
        <source>Console page of a project, {id} for its ID (empty: the OMS instance URL)</source>
        <translation>项目的控制台页面，{id} 代表项目 ID（留空：OMS 实例地址）</translation>
    </message>
    <message>
        <source>Console URL</source>
        <translation>控制台地址</translation>
    </message>
</context>
<context>
    <name>omsdash::MainWindow</name>
    <message>
        <source>OMS 4</source>
        <translation>OMS 4</translation>
    </message>
    <message>
        <source>OMS 3.3</source>
        <translation>OMS 3.3</translation>
    </message>
    <message>
        <source>DRS</source>
        <translation>DRS</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Instance: </source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>Filter projects by name, ID, status, step…</source>
        <translation>按名称、ID、状态、步骤筛选项目…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>%1 — omsdash</source>
        <translation>%1 — omsdash</translation>
    </message>
    <message>
        <source>omsdash</source>
        <translation>omsdash</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>无实例</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>所有实例</translation>
    </message>
    <message>
        <source>Poll now (F5)</source>
        <translation>立即轮询 (F5)</translation>
    </message>
    <message>
        <source>All instances — omsdash</source>
        <translation>所有实例 — omsdash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>导入实例配置(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>导出实例配置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>导出实例配置</translation>
    </message>
    <message>
        <source>omsdash profiles (*.json)</source>
        <translation>omsdash 实例配置 (*.json)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入实例配置</translation>
    </message>
    <message>
        <source>1 instance saved.</source>
        <translation>已保存 1 个实例。</translation>
    </message>
    <message>
        <source>%1 instances saved.</source>
        <translation>已保存 %1 个实例。</translation>
    </message>
    <message>
        <source>omsdash opens them when started without --demo or --url.</source>
        <translation>不带 --demo 或 --url 启动 omsdash 时将打开这些实例。</translation>
    </message>
    <message>
        <source>  ⚠ plain http</source>
        <translation>  ⚠ 明文 http</translation>
    </message>
    <message>
        <source>&amp;Instances…</source>
        <translation>实例(&amp;I)…</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Instances (this session only)</source>
        <translation>实例（仅本次会话）</translation>
    </message>
    <message>
        <source>the demo keeps its own</source>
        <translation>演示模式自带密钥</translation>
    </message>
    <message>
        <source>Could not update the system keychain: %1</source>
        <translation>无法更新系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save window…</source>
        <translation>保存窗口…</translation>
    </message>
    <message>
        <source>Save project panel…</source>
        <translation>保存项目面板…</translation>
    </message>
    <message>
        <source>Copy window</source>
        <translation>复制窗口</translation>
    </message>
    <message>
        <source>Copy project panel</source>
        <translation>复制项目面板</translation>
    </message>
    <message>
        <source>all-instances</source>
        <translation>all-instances</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Select a project first: a report covers its instance.</source>
        <translation>请先选择一个项目：报告针对其所在实例。</translation>
    </message>
    <message>
        <source>No report written: %1</source>
        <translation>未写入报告：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Report written to %1, incomplete: it says what could not be fetched</source>
        <translation>报告已写入 %1，但不完整：报告中注明了未能获取的内容</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>&amp;Alert log</source>
        <translation>告警日志(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>桌面通知(&amp;D)</translation>
    </message>
    <message>
        <source>Show each alert as a desktop notification</source>
        <translation>以桌面通知显示每条告警</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>告警 (%1)</translation>
    </message>
    <message>
        <source>No alerts (Ctrl+Shift+A: the alert log)</source>
        <translation>无告警（Ctrl+Shift+A：告警日志）</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>告警规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Alert &amp;webhooks…</source>
        <translation>告警 Webhook(&amp;W)…</translation>
    </message>
    <message>
        <source>Send alerts to DingTalk, Feishu, WeCom, Slack, a JSON webhook or Alertmanager</source>
        <translation>将告警发送到钉钉、飞书、企业微信、Slack、JSON Webhook 或 Alertmanager</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Project list only</source>
        <translation>仅项目列表(&amp;P)</translation>
    </message>
    <message>
        <source>Give the whole window to the project list (drag the splitter back, or again Ctrl+Shift+L)</source>
        <translation>把整个窗口留给项目列表（拖回分隔条，或再按 Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause polling every instance (Ctrl+Shift+P); again to resume</source>
        <translation>暂停轮询所有实例（Ctrl+Shift+P）；再按一次恢复</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>&amp;Filter projects</source>
        <translation>筛选项目(&amp;F)</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>omsdash &amp;manual</source>
        <translation>omsdash 手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About omsdash</source>
        <translation>关于 omsdash(&amp;A)</translation>
    </message>
    <message>
        <source>About omsdash</source>
        <translation>关于 omsdash</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;omsdash %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for migrations run by OceanBase Migration Service (OMS) and Huawei Cloud DRS.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;MIT licence. &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;omsdash %1&lt;/h3&gt;&lt;p&gt;监控 OceanBase 迁移服务 (OMS) 与华为云 DRS 迁移任务的桌面面板。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;MIT 许可证。&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>轮询中…</translation>
    </message>
    <message>
        <source>Next poll in %1</source>
        <translation>%1 后轮询</translation>
    </message>
    <message>
        <source>this run keeps no secrets</source>
        <translation>本次运行不保存密钥</translation>
    </message>
    <message>
        <source>%1 refused the secret: %2</source>
        <translation>%1 拒绝了该密钥：%2</translation>
    </message>
    <message>
        <source>Could not keep the secret of %1 in the keychain: %2</source>
        <translation>无法把 %1 的密钥保存到钥匙串：%2</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>大屏模式(&amp;W)</translation>
    </message>
    <message>
        <source>Every instance&apos;s projects as large tiles, worst first, full screen (F11; Esc leaves)</source>
        <translation>所有实例的项目以大磁贴全屏显示，最差的在前（F11；Esc 退出）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
</context>
<context>
    <name>omsdash::MetricChart</name>
    <message>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>尚无采样</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (sample at %4)</source>
        <translation>%1：%2 %3（%4 的样本）</translation>
    </message>
    <message>
        <source>%1 (server history)</source>
        <translation>%1（服务器历史）</translation>
    </message>
    <message>
        <source>server history</source>
        <translation>服务器历史</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>step marker: step name, its start time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (server history)</source>
        <translation>%1：%2 %3（服务器历史）</translation>
    </message>
    <message>
        <source>%1: %2 %3 (server history, sample at %4)</source>
        <translation>%1：%2 %3（服务器历史，%4 的样本）</translation>
    </message>
</context>
<context>
    <name>omsdash::MetricsServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>omsdash::Oms3Client</name>
    <message>
        <source>%1 · project %2</source>
        <translation>%1 · 项目 %2</translation>
    </message>
</context>
<context>
    <name>omsdash::Oms4Client</name>
    <message>
        <source>ListProjects page %1 repeated rows already received: stopped at %2 projects</source>
        <translation>ListProjects 第 %1 页重复了已收到的行：在 %2 个项目处停止</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>组件：%1</translation>
    </message>
</context>
<context>
    <name>omsdash::OverviewModel</name>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>%1 did not answer its last poll; this is its last good data</source>
        <translation>%1 最近一次轮询无应答；此为其最近的有效数据</translation>
    </message>
</context>
<context>
    <name>omsdash::PollIntervalsRow</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>omsdash::Preferences</name>
    <message>
        <source>A new instance&apos;s poll intervals are 1 to 3600 seconds.</source>
        <translation>新实例的轮询间隔为 1 至 3600 秒。</translation>
    </message>
    <message>
        <source>Projects not on screen are polled every 10 to 3600 seconds.</source>
        <translation>未显示的项目每 10 至 3600 秒轮询一次。</translation>
    </message>
    <message>
        <source>Raw samples are kept 1 to 720 hours.</source>
        <translation>原始采样保留 1 至 720 小时。</translation>
    </message>
    <message>
        <source>One-minute aggregates are kept 1 to 3650 days.</source>
        <translation>一分钟聚合保留 1 至 3650 天。</translation>
    </message>
    <message>
        <source>One-minute aggregates are kept at least as long as the raw samples.</source>
        <translation>一分钟聚合的保留时间不能短于原始采样。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;.</source>
        <translation>未知语言“%1”。</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;: system, light or dark.</source>
        <translation>未知主题“%1”：可选 system、light 或 dark。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>omsdash::PreferencesDialog</name>
    <message>
        <source>Show alerts as desktop notifications</source>
        <translation>以桌面通知显示告警</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Reports and screenshots are proposed here; the folder is made when missing.</source>
        <translation>报告和截图默认保存在此处；文件夹不存在时自动创建。</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>A new instance polls every</source>
        <translation>新实例轮询间隔</translation>
    </message>
    <message>
        <source>Each running project that is not on screen has its progress and steps collected this often, for its charts, the alert rules and reports.</source>
        <translation>未在屏幕上显示的运行中项目按此间隔采集进度和步骤，用于图表、告警规则和报告。</translation>
    </message>
    <message>
        <source>Projects not on screen, every</source>
        <translation>未显示的项目，每</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Thresholds and exceptions: View &gt; Alert rules…</source>
        <translation>阈值与例外：视图 &gt; 告警规则…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Keep raw samples</source>
        <translation>原始采样保留</translation>
    </message>
    <message>
        <source>Keep one-minute averages</source>
        <translation>一分钟平均值保留</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Alert rules…</source>
        <translation>告警规则…</translation>
    </message>
    <message>
        <source>The thresholds of each protection level and the exceptions by instance and project</source>
        <translation>各保护级别的阈值，以及按实例和项目设置的例外</translation>
    </message>
</context>
<context>
    <name>omsdash::ProjectChartsPanel</name>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Time range of the charts, up to now; longer ranges are read from the history database</source>
        <translation>图表的时间范围（截至现在）；更长的范围从历史数据库读取</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Show a range between two dates</source>
        <translation>显示两个时间点之间的范围</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Back to the range chosen in the list (or double-click a chart)</source>
        <translation>回到列表中选择的范围（或双击图表）</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: zoom to a range · Shift+drag: pan · double-click: reset</source>
        <translation>滚轮：缩放 · 拖动：放大所选范围 · Shift+拖动：平移 · 双击：重置</translation>
    </message>
    <message>
        <source>Showing %1 to %2 (%3)</source>
        <translation>显示 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>No chart %1</source>
        <translation>没有图表 %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>将图表保存为 SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
</context>
<context>
    <name>omsdash::ProjectCountsBar</name>
    <message>
        <source>Click a count to show only those projects; click it again for all</source>
        <translation>点击计数只显示这些项目；再次点击显示全部</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
</context>
<context>
    <name>omsdash::ProjectDetailPane</name>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Per-table progress</source>
        <translation>表级进度</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;步骤&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
</context>
<context>
    <name>omsdash::ProjectHeader</name>
    <message>
        <source>server sample</source>
        <translation>服务端采样</translation>
    </message>
    <message>
        <source>now − checkpoint, desktop clock</source>
        <translation>当前时间 − 位点，本机时钟</translation>
    </message>
    <message>
        <source>reported by the service</source>
        <translation>服务上报</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <source>Open in OMS console</source>
        <translation>在 OMS 控制台中打开</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <source>Status code %1</source>
        <translation>状态码 %1</translation>
    </message>
    <message>
        <source>Alarm %1</source>
        <translation>告警 %1</translation>
    </message>
    <message>
        <source>Current step: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>当前步骤：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Incremental latency: waiting for the first poll…</source>
        <translation>增量同步延迟：等待首次轮询…</translation>
    </message>
    <message>
        <source>Incremental latency: %1 (incremental synchronization not running)</source>
        <translation>增量同步延迟：%1（增量同步未运行）</translation>
    </message>
    <message>
        <source>Incremental latency: &lt;b&gt;%1&lt;/b&gt; · sample %2 old (%3)</source>
        <translation>增量同步延迟：&lt;b&gt;%1&lt;/b&gt; · 采样于 %2 前（%3）</translation>
    </message>
    <message>
        <source>Sampled %1</source>
        <translation>采样于 %1</translation>
    </message>
    <message>
        <source>⚠ Showing the last good data from %1; the last poll failed at %2: %3</source>
        <translation>⚠ 显示 %1 的最近有效数据；最近一次轮询于 %2 失败：%3</translation>
    </message>
    <message>
        <source>⚠ The server clock is %1 %2 this desktop&apos;s; latencies computed here are off by as much</source>
        <translation>⚠ 服务器时钟%2本机 %1；本机计算的延迟会有同样的偏差</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>快于</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>慢于</translation>
    </message>
    <message>
        <source>Alarm level %1</source>
        <translation>告警等级 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::ProjectListModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source → Sink</source>
        <translation>源端 → 目标端</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation>告警等级</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Schema</source>
        <comment>schema migration progress</comment>
        <translation>结构</translation>
    </message>
    <message>
        <source>Full</source>
        <comment>full migration progress</comment>
        <translation>全量</translation>
    </message>
    <message>
        <source>Incr. latency</source>
        <comment>incremental synchronization latency</comment>
        <translation>增量延迟</translation>
    </message>
    <message>
        <source>Sampled %1 (%2)</source>
        <translation>采样时间 %1（%2）</translation>
    </message>
    <message>
        <source>%1
Created %2</source>
        <translation>%1
创建于 %2</translation>
    </message>
    <message>
        <source>⚠ The server listed this project ID more than once; this is repeat %1.</source>
        <translation>⚠ 服务器多次列出了此项目 ID；这是第 %1 次重复。</translation>
    </message>
    <message>
        <source>%1 (⚠ duplicate)</source>
        <translation>%1（⚠ 重复）</translation>
    </message>
    <message>
        <source>The instance&apos;s API did not give this project&apos;s source and sink (OMS 3.3&apos;s progress and DRS&apos;s batch-progress never do)</source>
        <translation>实例的 API 未提供此项目的源端和目标端（OMS 3.3 的进度与 DRS 的 batch-progress 从不提供）</translation>
    </message>
    <message>
        <source>Status code %1</source>
        <translation>状态码 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::ReportCollector</name>
    <message>
        <source>no connection to the instance</source>
        <translation>未连接到实例</translation>
    </message>
    <message>
        <source>%1 lists no project %2</source>
        <translation>%1 的列表中没有项目 %2</translation>
    </message>
    <message>
        <source>the connection went away</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>progress and steps</source>
        <translation>进度和步骤</translation>
    </message>
    <message>
        <source>per-table progress</source>
        <translation>按表进度</translation>
    </message>
</context>
<context>
    <name>omsdash::ReportDialog</name>
    <message>
        <source>Every project of %1</source>
        <translation>%1 的所有项目</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The selected project (none selected)</source>
        <translation>所选项目（未选择）</translation>
    </message>
    <message>
        <source>The selected project: %1</source>
        <translation>所选项目：%1</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>PDF (A4, for reading and printing)</source>
        <translation>PDF（A4，便于阅读和打印）</translation>
    </message>
    <message>
        <source>HTML (one file, charts inside)</source>
        <translation>HTML（单个文件，内含图表）</translation>
    </message>
    <message>
        <source>CSV (steps, tables and samples: three files)</source>
        <translation>CSV（步骤、表和样本：三个文件）</translation>
    </message>
    <message>
        <source>JSON (schemaVersion 1)</source>
        <translation>JSON（schemaVersion 1）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>范围(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>保存到(&amp;S)</translation>
    </message>
</context>
<context>
    <name>omsdash::ReportExport</name>
    <message>
        <source>no project is selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <source>a report is still being collected</source>
        <translation>上一份报告仍在收集中</translation>
    </message>
    <message>
        <source>Collecting the report from %1…</source>
        <translation>正在从 %1 收集报告…</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>没有可写入的内容</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
</context>
<context>
    <name>omsdash::ReportJob</name>
    <message>
        <source>no instance lists %1</source>
        <translation>没有实例列出 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1, project %2: missing from the report: %3</source>
        <translation>%1，项目 %2：报告中缺少：%3</translation>
    </message>
    <message>
        <source>project list</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <source>unknown report format</source>
        <translation>未知的报告格式</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::ScreenshotJob</name>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>omsdash: no data arrived within %1 s (%2)</source>
        <translation>omsdash：%1 秒内未收到数据（%2）</translation>
    </message>
    <message>
        <source>%1: no detail of %2</source>
        <translation>%1：没有 %2 的详情</translation>
    </message>
    <message>
        <source>no project to show</source>
        <translation>没有可显示的项目</translation>
    </message>
</context>
<context>
    <name>omsdash::SecretPrompt</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>记住在系统钥匙串中</translation>
    </message>
    <message>
        <source>omsdash — %1</source>
        <translation>omsdash — %1</translation>
    </message>
    <message>
        <source>Unticked, it is kept in memory for this session only.</source>
        <translation>不勾选时，仅在本次会话的内存中保留。</translation>
    </message>
    <message>
        <source>No system keychain is available: %1.
The secret is kept in memory for this session only and asked again next time; omsdash never writes it to a file.</source>
        <translation>没有可用的系统钥匙串：%1。
密钥仅在本次会话的内存中保留，下次启动时会再次询问；omsdash 从不把它写入文件。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>omsdash::SecretStore</name>
    <message>
        <source>no D-Bus session bus (%1)</source>
        <translation>没有 D-Bus 会话总线（%1）</translation>
    </message>
    <message>
        <source>no Secret Service (gnome-keyring, KWallet) on the D-Bus session bus</source>
        <translation>D-Bus 会话总线上没有 Secret Service（gnome-keyring、KWallet）</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s (is it locked?)</source>
        <translation>系统钥匙串在 %1 秒内没有响应（是否已锁定？）</translation>
    </message>
    <message>
        <source>keychain error %1</source>
        <translation>钥匙串错误 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>omsdash::ServiceClient</name>
    <message>
        <source>stopped at %1 %2 after %3 pages: the server keeps sending full pages</source>
        <translation>%3 页后在 %1 个%2处停止：服务器一直返回满页</translation>
    </message>
    <message numerus="yes">
        <source>the server lists project %1 %n times; every row is shown</source>
        <translation>
            <numerusform>服务器列出项目 %1 共 %n 次；每一行都会显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::StageBars</name>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条记录</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>高置信度</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>中等置信度</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>低置信度</translation>
    </message>
    <message>
        <source>%1 · ETA %2 at %3 (%4)</source>
        <translation>%1 · 预计剩余 %2，速率 %3（%4）</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>Full verification</source>
        <translation>全量校验</translation>
    </message>
    <message>
        <source>remaining_time reported by the service: %1</source>
        <translation>服务报告的 remaining_time：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>omsdash::StepListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Source RPS</source>
        <translation>源端 RPS</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1（基线 %2）</translation>
    </message>
    <message>
        <source>Destination RPS</source>
        <translation>目标端 RPS</translation>
    </message>
    <message>
        <source>Source RT</source>
        <translation>源端 RT</translation>
    </message>
    <message>
        <source>Destination RT</source>
        <translation>目标端 RT</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>%1 → %2 (baseline %3)</source>
        <translation>%1 → %2（基线 %3）</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>采样时间</translation>
    </message>
</context>
<context>
    <name>omsdash::StepTimelineDelegate</name>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source> (failed %1)</source>
        <translation>（失败于 %1）</translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation>进度 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::StepTimelineView</name>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
</context>
<context>
    <name>omsdash::TableProgressModel</name>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Source only</source>
        <translation>仅源端存在</translation>
    </message>
    <message>
        <source>Destination only</source>
        <translation>仅目标端存在</translation>
    </message>
</context>
<context>
    <name>omsdash::TableProgressView</name>
    <message>
        <source>Filter tables…</source>
        <translation>筛选表…</translation>
    </message>
    <message>
        <source>No per-table progress for this project</source>
        <translation>此项目没有表级进度</translation>
    </message>
    <message>
        <source> · %1 inconsistent</source>
        <translation> · %1 张不一致</translation>
    </message>
    <message>
        <source> · stale</source>
        <translation> · 数据已过期</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source> · %1 finished · %2 average per table (not weighted by rows)</source>
        <translation> · 已完成 %1 · 按表平均 %2（未按行数加权）</translation>
    </message>
</context>
<context>
    <name>omsdash::TimeRangeDialog</name>
    <message>
        <source>Custom time range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>结束(&amp;T)</translation>
    </message>
    <message>
        <source>Local time (%1). The charts keep showing this range until you choose a range in the list or double-click a chart.</source>
        <translation>本地时间（%1）。图表将一直显示此范围，直到您在列表中选择范围或双击图表。</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>The start is in the future: there is nothing to show yet.</source>
        <translation>开始时间在未来：尚无可显示的数据。</translation>
    </message>
    <message numerus="yes">
        <source>The range must be at least %n second(s) long.</source>
        <translation>
            <numerusform>范围至少需要 %n 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::WallTileDelegate</name>
    <message>
        <source>Latency %1</source>
        <translation>延迟 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::WallView</name>
    <message>
        <source>Wall — omsdash</source>
        <translation>大屏 — omsdash</translation>
    </message>
</context>
<context>
    <name>omsdash::WatchJob</name>
    <message>
        <source>the metrics are not authenticated: whoever reaches this port reads the projects&apos; names and states</source>
        <translation>指标不做认证：能访问此端口的人都能读到项目的名称和状态</translation>
    </message>
</context>
<context>
    <name>omsdash::WebhookListModel</name>
    <message>
        <source>Generic JSON</source>
        <translation>通用 JSON</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Feishu / Lark</source>
        <translation>飞书 / Lark</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>HIGH only</source>
        <translation>仅 HIGH</translation>
    </message>
    <message>
        <source>MEDIUM and HIGH</source>
        <translation>MEDIUM 和 HIGH</translation>
    </message>
    <message>
        <source>All (LOW, MEDIUM, HIGH)</source>
        <translation>全部（LOW、MEDIUM、HIGH）</translation>
    </message>
    <message>
        <source>URL needed</source>
        <translation>需要 URL</translation>
    </message>
    <message>
        <source>%1 (URL needed)</source>
        <translation>%1（需要 URL）</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已加签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>发送地址</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>加签</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>最近测试</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>✔ %1 ms</source>
        <translation>✔ %1 毫秒</translation>
    </message>
</context>
<context>
    <name>omsdash::WebhooksDialog</name>
    <message>
        <source>Send alerts here</source>
        <translation>将告警发送到这里</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Alert webhooks</source>
        <translation>告警 Webhook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>加签密钥</translation>
    </message>
    <message>
        <source>Selected webhook</source>
        <translation>所选 Webhook</translation>
    </message>
    <message>
        <source>The robot&apos;s &quot;signature&quot; security setting (SEC…); only its HMAC is sent.</source>
        <translation>机器人安全设置中的“加签”密钥（SEC…）；只发送其 HMAC。</translation>
    </message>
    <message>
        <source>Only DingTalk and Feishu robots sign; this format takes no secret.</source>
        <translation>只有钉钉和飞书机器人加签；此格式不需要密钥。</translation>
    </message>
    <message>
        <source>%1/… (enter the whole URL again)</source>
        <translation>%1/…（请重新输入完整 URL）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show what is typed here; a robot&apos;s URL holds its access token</source>
        <translation>显示此处输入的内容；机器人的 URL 含有其 access token</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>最近测试</translation>
    </message>
    <message>
        <source>https://hooks.example.com/omsdash</source>
        <translation>https://hooks.example.com/omsdash</translation>
    </message>
</context>
<context>
    <name>omsdash::drs</name>
    <message>
        <source>&apos;results&apos; is missing or not a list</source>
        <translation>&apos;results&apos; 缺失或不是列表</translation>
    </message>
    <message>
        <source>&apos;results&apos; holds an item that is not an object</source>
        <translation>&apos;results&apos; 中有一项不是对象</translation>
    </message>
    <message>
        <source>&apos;flow_compare_data&apos; is missing or not a list</source>
        <translation>&apos;flow_compare_data&apos; 缺失或不是列表</translation>
    </message>
    <message>
        <source>&apos;flow_compare_data&apos; holds an item that is not an object</source>
        <translation>&apos;flow_compare_data&apos; 中有一项不是对象</translation>
    </message>
    <message>
        <source>&apos;token&apos; is missing</source>
        <translation>缺少 &apos;token&apos;</translation>
    </message>
    <message>
        <source>&apos;jobs&apos; is missing or not a list</source>
        <translation>缺少 &apos;jobs&apos; 或它不是列表</translation>
    </message>
    <message>
        <source>&apos;jobs&apos; holds an item that is not an object</source>
        <translation>&apos;jobs&apos; 中有一项不是对象</translation>
    </message>
    <message>
        <source>monitor-data holds none of the documented rates</source>
        <translation>monitor-data 不含任何文档所述的速率</translation>
    </message>
    <message>
        <source>&apos;job&apos; is missing or not an object</source>
        <translation>缺少 &apos;job&apos; 或它不是对象</translation>
    </message>
</context>
<context>
    <name>omsdash::fmt</name>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsdash::json</name>
    <message>
        <source>empty body</source>
        <translation>应答体为空</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>… [%1 characters, cut]</source>
        <translation>… [共 %1 个字符，已截断]</translation>
    </message>
    <message>
        <source>%1: took the first %2 of %3 items</source>
        <translation>%1：只取了 %3 项中的前 %2 项</translation>
    </message>
</context>
<context>
    <name>omsdash::oms</name>
    <message>
        <source>neither &apos;success&apos; nor &apos;data&apos; in the response</source>
        <translation>应答中既无 &apos;success&apos; 也无 &apos;data&apos;</translation>
    </message>
    <message>
        <source>the server reported failure without a message</source>
        <translation>服务器报告失败但未给出信息</translation>
    </message>
    <message>
        <source>&apos;data&apos; is not a list</source>
        <translation>&apos;data&apos; 不是列表</translation>
    </message>
    <message>
        <source>&apos;data&apos; holds an item that is not an object</source>
        <translation>&apos;data&apos; 中有一项不是对象</translation>
    </message>
    <message>
        <source>&apos;data&apos; is not an object</source>
        <translation>&apos;data&apos; 不是对象</translation>
    </message>
    <message>
        <source>&apos;fullVerifyTableStatistics&apos; is not a list</source>
        <translation>&apos;fullVerifyTableStatistics&apos; 不是列表</translation>
    </message>
    <message>
        <source>&apos;fullVerifyTableStatistics&apos; holds an item that is not an object</source>
        <translation>&apos;fullVerifyTableStatistics&apos; 中有一项不是对象</translation>
    </message>
    <message>
        <source>&apos;metrics&apos; is not a list</source>
        <translation>“metrics” 不是列表</translation>
    </message>
    <message>
        <source>&apos;metrics&apos; holds an item that is not an object</source>
        <translation>“metrics” 中有一项不是对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; 不是列表</translation>
    </message>
    <message>
        <source>&apos;data&apos; holds none of the component lists</source>
        <translation>&apos;data&apos; 不含任何组件列表</translation>
    </message>
</context>
<context>
    <name>omsdash::picture</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>omsdash chart</source>
        <translation>omsdash 图表</translation>
    </message>
</context>
<context>
    <name>omsdash::preferences</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>omsdash::profiles</name>
    <message>
        <source>&apos;schemaVersion&apos; is missing</source>
        <translation>缺少 “schemaVersion”</translation>
    </message>
    <message>
        <source>schemaVersion %1 is newer than this omsdash understands (%2)</source>
        <translation>schemaVersion %1 比此版本 omsdash 支持的（%2）更新</translation>
    </message>
    <message>
        <source>&apos;instances&apos; is missing or not a list</source>
        <translation>“instances” 缺失或不是列表</translation>
    </message>
    <message>
        <source>instance %1 is not an object</source>
        <translation>实例 %1 不是对象</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>%1 carries &apos;%2&apos;: profiles never hold secrets; remove it</source>
        <translation>%1 含有 “%2”：配置文件从不保存密钥，请删除</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 没有名称</translation>
    </message>
    <message>
        <source>two instances are called &apos;%1&apos;</source>
        <translation>有两个实例都叫 “%1”</translation>
    </message>
    <message>
        <source>%1: &apos;api&apos; must be oms4, oms3 or drs</source>
        <translation>%1：“api” 必须是 oms4、oms3 或 drs</translation>
    </message>
    <message>
        <source>%1: &apos;url&apos; must be an http:// or https:// URL</source>
        <translation>%1：“url” 必须是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>%1: &apos;url&apos; must not carry user information</source>
        <translation>%1：“url” 不得包含用户信息</translation>
    </message>
    <message>
        <source>%1: pollSeconds.%2 must be 1 to 3600</source>
        <translation>%1：pollSeconds.%2 必须在 1 到 3600 之间</translation>
    </message>
    <message>
        <source>%1: OMS 3.3 cannot list its projects; give &apos;projects&apos;</source>
        <translation>%1：OMS 3.3 无法列出项目，请提供 “projects”</translation>
    </message>
    <message>
        <source>%1: &apos;pinnedSha256&apos; must be a SHA-256 fingerprint (64 hex digits)</source>
        <translation>%1：“pinnedSha256” 必须是 SHA-256 指纹（64 位十六进制）</translation>
    </message>
    <message>
        <source>%1: deadlineSeconds must be 5 to 3600</source>
        <translation>%1：deadlineSeconds 必须在 5 到 3600 之间</translation>
    </message>
    <message>
        <source>%1: DRS needs drs.projectId (the job IDs in &apos;projects&apos; are optional: without them every migration and sync job is watched)</source>
        <translation>%1：DRS 需要 drs.projectId（&apos;projects&apos; 中的任务 ID 可选：不填则监视所有迁移和同步任务）</translation>
    </message>
    <message>
        <source>%1: &apos;consoleUrl&apos; must be an http or https URL (with {id} for the project)</source>
        <translation>%1：&apos;consoleUrl&apos; 必须是 http 或 https 地址（用 {id} 代表项目）</translation>
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
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
</context>
<context>
    <name>omsdash::reportdoc</name>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source → sink</source>
        <translation>源端 → 目标端</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation>告警等级</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Incremental latency</source>
        <translation>增量同步延迟</translation>
    </message>
    <message>
        <source>%1, sampled %2</source>
        <translation>%1，采样于 %2</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>This API reports no steps.</source>
        <translation>此 API 不提供步骤信息。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>No metric samples in this range.</source>
        <translation>此时间范围内没有指标样本。</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95 分位</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>No per-table progress for this project.</source>
        <translation>此项目没有按表进度。</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) · %1 · %2 inconsistent</source>
        <translation>
            <numerusform>%n 张表 · %1 · %2 张不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Slowest unfinished tables</source>
        <translation>最慢的未完成表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Inconsistent tables</source>
        <translation>不一致的表</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>不一致行</translation>
    </message>
    <message>
        <source>Source only</source>
        <translation>仅源端</translation>
    </message>
    <message>
        <source>Destination only</source>
        <translation>仅目标端</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>omsdash report</source>
        <translation>omsdash 报告</translation>
    </message>
    <message>
        <source>Made %1 · covers %2 to %3</source>
        <translation>生成于 %1 · 范围 %2 至 %3</translation>
    </message>
    <message>
        <source>Times in tables are UTC; chart axes are in the local time of the machine that made the report (UTC%1).</source>
        <translation>表格中的时间为 UTC；图表坐标轴为生成报告的机器的本地时间（UTC%1）。</translation>
    </message>
    <message>
        <source>The instance lists no projects.</source>
        <translation>该实例没有项目。</translation>
    </message>
    <message>
        <source>omsdash report · %1 · made %2</source>
        <translation>omsdash 报告 · %1 · 生成于 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Incomplete: these could not be fetched, so what they would show is missing or comes from the project list</source>
        <translation>不完整：以下内容未能获取，因此相应信息缺失或取自项目列表</translation>
    </message>
    <message>
        <source>Incomplete: these instances did not list their projects</source>
        <translation>不完整：以下实例未能列出其项目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>No alerts in this range.</source>
        <translation>此时间范围内没有告警。</translation>
    </message>
    <message>
        <source>Instance alerts</source>
        <translation>实例告警</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>未关闭告警</translation>
    </message>
</context>
<context>
    <name>omsdash::statustext</name>
    <message>
        <source>No answer yet</source>
        <translation>尚无应答</translation>
    </message>
    <message>
        <source>Reachable · last success %1 · API %2 ms</source>
        <translation>可达 · 最近成功 %1 · API %2 毫秒</translation>
    </message>
    <message>
        <source>Answering with errors since %1: %2 (last success %3)</source>
        <translation>自 %1 起返回错误：%2（最近成功 %3）</translation>
    </message>
    <message>
        <source>Unreachable since %1: %2 (last success %3)</source>
        <translation>自 %1 起不可达：%2（最近成功 %3）</translation>
    </message>
    <message>
        <source>⚠ The password travels unencrypted over plain http://; prefer https.</source>
        <translation>⚠ 密码经明文 http:// 传输；建议使用 https。</translation>
    </message>
    <message>
        <source>%1 · last successful poll %2 · API %3 ms · %4</source>
        <translation>%1 · 最近一次成功轮询 %2 · API %3 毫秒 · %4</translation>
    </message>
    <message>
        <source>%1 · connecting to %2…</source>
        <translation>%1 · 正在连接 %2…</translation>
    </message>
    <message>
        <source> · stale</source>
        <translation> · 数据已过期</translation>
    </message>
    <message>
        <source>All instances: %1 of %2 answering · %3</source>
        <translation>所有实例：%2 个中 %1 个有应答 · %3</translation>
    </message>
    <message>
        <source>Last error %1: %2</source>
        <translation>最近错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>omsdash::webhooks</name>
    <message>
        <source>Webhook %1 needs a name.</source>
        <translation>Webhook %1 需要名称。</translation>
    </message>
    <message>
        <source>Two webhooks are called &quot;%1&quot;: names tell them apart.</source>
        <translation>有两个 Webhook 都叫“%1”：名称须能区分它们。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no URL: enter it (again), or remove the webhook.</source>
        <translation>“%1”没有 URL：请（重新）输入，或删除该 Webhook。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the URL must start with http:// or https:// and name a host.</source>
        <translation>“%1”：URL 必须以 http:// 或 https:// 开头并包含主机名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the lowest severity is HIGH, MEDIUM or LOW.</source>
        <translation>“%1”：最低级别须为 HIGH、MEDIUM 或 LOW。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only DingTalk and Feishu robots sign their messages; %2 takes no signing secret.</source>
        <translation>“%1”：只有钉钉和飞书机器人对消息加签；%2 不需要加签密钥。</translation>
    </message>
</context>
</TS>

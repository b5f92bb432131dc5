## Navigation and page frame
nav-skip = 跳到正文
nav-label = 主菜单
nav-dashboard = 概览
nav-commitments = 培训承诺
nav-cohorts = 培训班
nav-logout = 退出登录
nav-breadcrumbs = 当前位置
footer-text = cohortdesk — 上合组织减贫培训项目课程管理

## Words used on many pages
edit = 编辑
save = 保存
cancel = 取消
archive = 归档
restore = 恢复
archived = 已归档
actions = 操作
filter-all = 全部
filter-year = 年份
filter-apply = 筛选
filter-show-archived = 显示已归档
filter-hide-archived = 隐藏已归档
filter-clear = 显示全部
places-count = { $count } 个名额
days-count = { $count } 天
form-has-errors = 请修改下面标出的 { $count } 处内容。

## Notices after an action
flash-welcome = 欢迎！您的组织者账号已创建。
flash-saved = 已保存修改。
flash-archived = 已归档。除非选择显示已归档项目，列表中将不再显示。
flash-restored = 已恢复。
flash-commitment-created = 培训承诺已创建。接下来请为各承办城市分配名额。
flash-allocation-saved = 名额分配已保存。
flash-cohort-created = 培训班已创建。
flash-trainee-added = 学员已报名。
flash-status-changed = 状态已更改。
flash-imported = 已导入 { $count } 名学员。

## Roles
role-organizer = 组织者
role-coordinator = 协调员
role-trainee = 学员

## Languages a course is taught in
language-zh = 中文
language-ru = 俄语
language-en = 英语
language-kk = 哈萨克语
language-ky = 吉尔吉斯语
language-tg = 塔吉克语
language-uz = 乌兹别克语
language-ur = 乌尔都语
language-fa = 波斯语
language-hi = 印地语

## Messages next to form fields
error-required = 请填写此项。
error-too-long = 最多 { $max } 个字符。
error-not-a-number = 请输入整数，例如 70。
error-out-of-range = 请输入 { $min } 到 { $max } 之间的数字。
error-not-a-date = “{ $value }”不是有效日期，请按 YYYY-MM-DD 或 DD.MM.YYYY 格式填写，例如 2023-06-15。
error-end-before-start = 结束日期不能早于开始日期。
error-course-too-long = 课程最长 { $max } 天，所填日期跨度为 { $days } 天。
error-time-zone = “{ $value }”不是有效时区，请填写例如 Asia/Shanghai 的名称。
error-choose-one = 请从选项中选择一项。
error-email = 请输入有效的电子邮箱，例如 name@example.org。
error-email-taken = 已有账号使用此电子邮箱。
error-password-short = 至少需要 { $min } 个字符。
error-password-weak = 此密码太容易被猜到：请加入几个互不相关的词。
error-password-mismatch = 两次输入的密码不一致。
error-places-below-allocated = 承办城市已分配 { $allocated } 个名额，承诺名额不能少于此数。
error-period-excludes-cohort = 该承诺下有培训班在 { $date } 举办，期限必须包含该日期。
error-allocations-exceed = 承诺的 { $places } 个名额中仅剩 { $available } 个尚未分配。
error-allocation-below-planned = 该城市的培训班已占用 { $planned } 个名额，分配数不能少于此数。
error-city-taken = 该承办城市在此承诺中已有名额分配。
error-course-not-awaiting-completion = 只有已结束、且未结业或取消的培训才能办理结业。
error-host-city-administrators = 只有负责全部培训的组织者才能为承办城市分配名额。请从上面的名额分配中选择。
error-target-year = { $year } 年不在此承诺的期限内。
error-targets-exceed = 年度目标合计 { $total } 个，超过了分配的 { $places } 个名额。
error-commitment-archived = 此培训承诺已归档，请选择当前有效的承诺。
error-outside-period = 培训承诺的期限为 { $start } 至 { $end }，课程必须在此期间内。
error-over-allocation = { $city } 的 { $places } 个名额仅剩 { $remaining } 个。
error-status-step = 培训班状态须逐步变更（筹备中 → 接受推荐 → 进行中 → 已结业），或在结业前取消。

## Error pages
error-back = 返回首页
error-400-title = 请求无效
error-400-text = 无法理解此请求，请返回后重试。
error-403-title = 无权操作
error-403-text = 您的账号无权执行此操作，或表单已过期。请返回、刷新页面后重试。
error-404-title = 页面不存在
error-404-text = 此地址没有内容，可能输入有误，或该项目已不存在。
error-413-title = 内容过大
error-413-text = 提交的内容超过了 cohortdesk 允许的大小。
error-422-title = 无法保存
error-422-text = 输入内容不符合规则，请返回修改。
error-500-title = 出现错误
error-500-text = cohortdesk 未能完成此请求。请稍后重试；如果问题持续出现，请联系管理员。
error-503-title = 暂时无法使用
error-503-text = 目前无法连接数据库，请稍后重试。

## Navigation, more
nav-resources = 场地与人员
delete = 删除
error-database-busy = 未保存任何内容：数据库暂时繁忙或无法访问。您填写的内容都还在，请稍等几秒后再次提交。
conflict-heading = 在您编辑期间，其他人已保存了此内容。您的修改尚未保存，输入内容保留在下方。以下字段在此期间被修改（现在的值）：
conflict-by-system = 系统
conflict-apply = 请核对下方您填写的内容，然后点击此按钮或“保存”，用您的内容覆盖这些修改。
conflict-save-mine = 用我的内容覆盖保存

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

## Login and first run
login-title = 登录
login-intro = 请使用您的 cohortdesk 账号邮箱和密码登录。
login-submit = 登录
login-failed = 邮箱地址或密码不正确。
login-throttled = 失败次数过多，请 { $count } 分钟后再试。
setup-title = 初始设置
setup-intro = 目前还没有任何账号。请创建第一个组织者账号，之后可以再添加同事。
setup-submit = 创建账号
field-name = 姓名
field-email = 电子邮箱
field-password = 密码
field-password-hint = 至少 10 个字符。
field-password-confirm = 再次输入密码

## Dashboard
dashboard-title = 概览
dashboard-commitments = 培训承诺
dashboard-current = 进行中及即将开班的培训班
dashboard-current-empty = 今天起没有正在进行或计划中的培训班。
dashboard-recent = 最近结业
dashboard-by-status = 各状态培训班数量

## Commitments
commitments-title = 培训承诺
commitments-explained = 培训承诺是在一段时期内提供一定数量培训名额的承诺，名额分配给各承办城市。
commitments-empty = 还没有培训承诺。
commitment-new = 新建培训承诺
commitment-edit = 编辑培训承诺
commitment-field-name = 名称
commitment-field-name-hint = 例如：2023–2025年上合组织国家减贫培训
commitment-field-description = 说明
commitment-field-places = 承诺培训名额
commitment-field-starts-on = 开始日期
commitment-field-ends-on = 结束日期
commitment-period = 期限
commitment-allocated = 已分配
commitment-planned = 已计划
commitment-planned-rule = 已计划 = 该承诺下所有未取消培训班的容量之和。
commitment-places-planned = 培训班已计划 { $count } 个名额
commitment-places-delivered = 已完成 { $count } 个名额（已结业的报名）
commitment-see-progress = 查看进度
commitment-places-allocated = 已向承办城市分配 { $count } 个名额
commitment-archived-notice = 此培训承诺已归档，不能再新建其下的培训班。

## Allocations
allocations-title = 承办城市
allocations-empty = 还没有承办城市分配到名额。
allocation-new = 添加承办城市
allocation-edit = 编辑名额分配
allocation-field-host-city = 承办城市
allocation-field-places = 名额
allocation-remaining = 剩余
allocation-targets = 年度目标
allocation-targets-hint = 可选：每年应完成的名额数。

## Cohorts
cohorts-title = 培训班
cohorts-empty = 没有符合条件的培训班。
cohorts-count = { $count } 个培训班
cohort-new = 新建培训班
cohort-edit = 编辑培训班
cohort-field-name = 名称
cohort-field-name-hint = 例如：2023年上合组织国家减贫培训班（青岛）
cohort-field-allocation = 承办城市及培训承诺
cohort-field-allocation-hint = 培训班名额计入该承办城市的分配名额。
cohort-field-commitment = 培训承诺
cohort-field-venue = 地点或地址
cohort-field-starts-on = 开班日期
cohort-field-ends-on = 结业日期
cohort-field-time-zone = 时区
cohort-field-capacity = 容量
cohort-field-languages = 工作语言
cohort-field-status = 状态
cohort-field-notes = 备注
cohort-host-city = 承办城市
cohort-dates = 日期
cohort-no-allocations = 目前没有可用的承办城市名额分配，请先在培训承诺中添加。
cohort-archived-notice = 此培训班已归档。
cohort-status-planning = 筹备中
cohort-status-open = 接受推荐
cohort-status-running = 进行中
cohort-status-completed = 已结业
cohort-status-cancelled = 已取消
cohort-sections = 培训班栏目
cohort-overview = 概况

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
error-not-a-date = “{ $value }”不是有效日期，请按 YYYY-MM-DD 格式填写，例如 2023-06-15。
error-end-before-start = 结束日期不能早于开始日期。
error-course-too-long = 课程最长 { $max } 天，所填日期跨度为 { $days } 天。
error-time-zone = “{ $value }”不是有效时区，请填写例如 Asia/Shanghai 的名称。
error-choose-one = 请从选项中选择一项。
error-email = 请输入有效的电子邮箱，例如 name@example.org。
error-email-taken = 已有账号使用此电子邮箱。
error-password-short = 至少需要 { $min } 个字符。
error-password-mismatch = 两次输入的密码不一致。
error-places-below-allocated = 承办城市已分配 { $allocated } 个名额，承诺名额不能少于此数。
error-period-excludes-cohort = 该承诺下有培训班在 { $date } 举办，期限必须包含该日期。
error-allocations-exceed = 承诺的 { $places } 个名额中仅剩 { $available } 个尚未分配。
error-allocation-below-planned = 该城市的培训班已占用 { $planned } 个名额，分配数不能少于此数。
error-city-taken = 该承办城市在此承诺中已有名额分配。
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

## Roster
roster-title = 学员
roster-enrolled = 名学员已报名
roster-places-taken = 已占名额
roster-places-left = 个剩余名额
roster-places-rule = 已确认、已报到和已结业的学员占用名额；被推荐的学员暂不占用。
roster-by-status = 按状态
roster-by-gender = 按性别
roster-by-country = 按国家
roster-delegation = 代表团
roster-empty = 还没有学员。可以逐个添加，也可以导入合作部委发来的名单。
roster-none-match = 没有符合条件的学员。
roster-shown = 显示 { $count } 名学员
export-csv = 下载 CSV
export-with-passport = 包含护照信息

pages-label = 分页
pages-lines = 行
pages-previous = ← 上一页
pages-next = 下一页 →
pages-all = 全部显示在一页（便于打印）

## Trainees
trainee-name = 姓名
trainee-add = 添加学员
trainee-add-intro = 曾参加过培训班的学员将按护照号或电子邮箱识别，其信息会被更新。
trainee-edit = 编辑学员
trainee-person = 个人信息
trainee-contact = 联系方式与需求
trainee-travel = 行程与住宿
trainee-in-this-cohort = 本期培训
trainee-history = 记录
trainee-change-status = 将状态改为
trainee-other-cohorts = 其他培训班
trainee-times-in-zone = 时间按培训班所在时区：
trainee-passport-valid-until = 有效期至
trainee-language-by-country = 按国家默认
trainee-field-family-name = 姓
trainee-field-given-name = 名
trainee-field-latin-hint = 拉丁字母，与护照一致。
trainee-field-native-name = 本国文字全名
trainee-field-native-name-hint = 可选：西里尔字母、汉字、阿拉伯字母等。
trainee-field-gender = 性别
trainee-field-date-of-birth = 出生日期
trainee-field-country = 国家
trainee-field-organization = 单位
trainee-field-position = 职务
trainee-field-email = 电子邮箱
trainee-field-phone = 电话或即时通讯
trainee-field-phone-hint = 请带国家代码，例如 +7 701 000 0000（WhatsApp、Telegram 等）。
trainee-field-language = 首选语言
trainee-field-dietary = 饮食要求
trainee-field-accessibility = 无障碍需求
trainee-field-passport = 护照
trainee-field-passport-number = 护照号码
trainee-field-passport-expiry = 护照有效期至
trainee-field-notes = 备注
trainee-field-status = 状态
trainee-field-arrival = 抵达
trainee-field-departure = 离开
trainee-field-flight = 航班
trainee-field-airport = 机场
trainee-field-hotel = 酒店
trainee-field-room = 房间
gender-female = 女
gender-male = 男
enrollment-status-nominated = 已推荐
enrollment-status-confirmed = 已确认
enrollment-status-arrived = 已报到
enrollment-status-completed = 已结业
enrollment-status-withdrawn = 已退出
enrollment-status-no-show = 未到
error-gender = “{ $value }”不是有效性别，请填写 female 或 male。
error-date-of-birth = 此出生日期不合理。
error-country = “{ $value }”不是已知国家，请使用两位 ISO 代码（如 KZ）或国家名称。
error-language = “{ $value }”不是 cohortdesk 支持的语言，请使用 en、zh 或 ru。
error-passport-number = 护照号码只能包含字母和数字，最多 20 位。
error-enrollment-status = “{ $value }”不是有效状态，请使用 nominated、confirmed、arrived、completed、withdrawn 或 no_show。
error-not-a-time = “{ $value }”不是有效的日期时间，请按 YYYY-MM-DD HH:MM 格式填写，例如 2023-06-14 22:40。
error-departure-before-arrival = 离开时间不能早于抵达时间。
error-already-enrolled = { $name } 已在本期培训班中。
error-email-other-trainee = 此电子邮箱属于另一名学员（{ $name }）。
error-passport-other-trainee = 此护照号码属于另一名学员（{ $name }）。
error-cohort-full = 名额不足：{ $capacity } 个名额中已占 { $taken } 个，剩余 { $left } 个。
error-enrollment-step = 学员状态须逐步变更：已推荐 → 已确认 → 已报到 → 已结业；或改为已退出、未到。

## Delegations
delegations-title = 代表团
delegations-explained = 每个国家在本期培训班的学员组成一个代表团，随第一名学员报名自动创建。团长由其学员之一担任；联络人是该国部委或使馆的联系人。
delegations-empty = 还没有代表团：学员报名后自动出现。
delegation-country = 国家
delegation-leader = 团长
delegation-focal-point = 国家联络人
delegation-focal-point-hint = 部委或使馆中负责该代表团的联系人。
delegation-edit = 编辑代表团

## Import
import-title = 从 CSV 导入
import-intro = 导入合作部委发来的完整名单。在您查看预览并确认之前不会保存任何内容；确认后要么全部导入，要么全部不导入。
import-file = CSV 文件
import-file-hint = UTF-8 编码，逗号或分号分隔，最大 5 MB、5,000 行。在 Excel 中：另存为 →“CSV UTF-8”。
import-check = 检查文件
import-template = 下载模板
import-columns = 列
import-columns-intro = 第一行为列名，顺序不限，未知列将被忽略。日期写作 YYYY-MM-DD，时间写作 YYYY-MM-DD HH:MM（培训班所在时区），国家用 ISO 代码（KZ）或英文、中文、俄文名称，性别写 female 或 male，状态写 nominated、confirmed、arrived、completed、withdrawn 或 no_show。
import-required = 必填
import-preview-title = 检查导入内容
import-will-enrol = 将报名 { $count } 名学员，
import-new-people = 其中 { $count } 名是新学员。
import-confirm = 导入 { $count } 名学员
import-again = 请修改文件后重新上传。
import-row = 行
import-known = 已有
import-new = 新
import-refused = 未导入任何内容：需先修改 { $count } 处问题。
import-at-cell = 第 { $row } 行，{ $column } 列：{ $message }
import-at-row = 第 { $row } 行：{ $message }
import-too-large = 文件超过 { $max } MB，请拆分成较小的文件。
import-workbook = 这是 Excel 工作簿，不是 CSV 文件。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。
import-not-utf8 = 文件不是 UTF-8 文本。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。
import-empty = 文件是空的。
import-not-csv = 此行无法按 CSV 读取。
import-missing-column = 缺少“{ $column }”列。
import-repeated-column = “{ $column }”列出现了两次。
import-unknown-column = “{ $column }”列未知，已忽略。
import-no-rows = 文件只有标题行，没有数据。
import-too-many-rows = 文件超过 { $max } 行，请拆分成较小的文件。
import-field-count = 有 { $found } 个值，而标题行有 { $expected } 个。
import-duplicate = 与第 { $row } 行相同。
import-passport-expires = 护照于 { $date } 到期，早于培训结束。

## Navigation, more
nav-resources = 场地与人员
delete = 删除

## Timetable
timetable-title = 日程
timetable-views = 日程视图
timetable-by-day = 按天
timetable-today = 跳到今天
timetable-week = 周视图
timetable-week-number = 第 { $count } 周
timetable-legend = 课程类型
timetable-day = 第 { $count } 天
timetable-day-empty = 当天没有安排。
timetable-sessions = 共 { $count } 项安排
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
session-new = 添加安排
session-edit = 编辑安排
session-add-to-day = 在当天添加安排
session-cancel = 取消此安排
session-now = 进行中
session-next = 下一项
session-for = 参加：
session-whole-cohort = 全体学员
session-bus-departs = 发车时间
session-bus-returns = 返回时间
session-day = 日期
session-time = 时间
session-logistics = 车辆与接待
session-logistics-hint = 现场教学：发车时间和地点、车辆、返回时间及接待单位。
session-materials = 资料
session-materials-none = 暂无资料。
session-materials-upload = 上传文件（最大 20 MB）
session-materials-send = 上传
session-warnings = 保存前请注意：
session-save-anyway = 仍然保存
session-audience-hint = 不选择即为全体学员参加。平行安排可选择小组或代表团。
session-field-kind = 类型
session-field-title = 标题
session-field-description = 说明
session-field-theme = 主题
session-field-status = 状态
session-field-start = 开始
session-field-end = 结束
session-field-venue = 场地
session-field-room = 教室
session-field-speakers = 主讲人
session-field-languages = 授课语言
session-field-interpretation = 需要的翻译
session-field-interpreters = 翻译
session-field-audience = 参加人员
session-field-departs = 发车时间
session-field-departure-point = 出发地点
session-field-returns = 返回时间
session-field-vehicles = 车辆
session-field-host = 接待单位
session-field-host-contact = 接待联系人
session-field-address = 地址
session-field-what-to-bring = 携带物品或着装
session-field-materials-link = 资料链接
session-kind-lecture = 理论授课
session-kind-site-visit = 现场教学
session-kind-case-study = 案例研讨
session-kind-ceremony = 仪式
session-kind-meal = 用餐
session-kind-break = 休息
session-kind-free-time = 自由活动
session-status-planned = 计划中
session-status-confirmed = 已确认
session-status-cancelled = 已取消
theme-governance = 乡村治理
theme-construction = 乡村建设
theme-industry = 农业产业发展
theme-mechanization = 农业机械化
theme-tourism = 农旅融合
theme-other = 其他
seats-count = { $count } 个座位
flash-session-saved = 安排已保存。
flash-session-cancelled = 安排已取消，仍以删除线显示在日程中。
flash-materials-saved = 资料已上传。
error-materials-missing = 请选择要上传的文件。
error-materials-too-large = 文件超过 { $max } MB。
error-not-a-clock-time = “{ $value }”不是有效时间，请按 HH:MM 填写，例如 09:30。
error-time-skipped = { $zone } 当天不存在 { $time }：时钟跳过了这一时刻。
error-time-repeated = { $zone } 当天 { $time } 出现两次：时钟回拨。请选择其他时间。
error-end-not-after-start = 结束时间必须晚于开始时间。
error-session-too-long = 一项安排最长 16 小时。
error-departs-after-start = 车辆须在安排开始前出发。
error-returns-before-end = 车辆返回不能早于安排结束。
error-outside-course = 培训时间为 { $start } 至 { $end }。
error-link = 请输入以 https:// 开头的地址。
error-venue-seats = 场地仅有 { $seats } 个座位，少于 { $count } 名参加人员。
error-vehicle-seats = 车辆仅有 { $seats } 个座位，少于 { $count } 名参加人员。
clash-speaker = { $name } 已于 { $date } { $start }–{ $end } 在培训班“{ $cohort }”授课（“{ $title }”）。
clash-venue = { $name } 已于 { $date } { $start }–{ $end } 被培训班“{ $cohort }”的“{ $title }”占用。
clash-interpreter = { $name } 已于 { $date } { $start }–{ $end } 在培训班“{ $cohort }”担任翻译（“{ $title }”）。
clash-vehicle = { $name } 已于 { $date } { $start }–{ $end } 用于培训班“{ $cohort }”的“{ $title }”。
clash-trainees = 部分学员已于 { $date } { $start }–{ $end } 安排了“{ $title }”。
warning-short-return = 现场教学返回后距离下一项安排（“{ $title }”）不足 30 分钟。
warning-no-interpreter = 需要翻译，但尚未安排翻译人员。
warning-long-session = 此项安排超过 4 小时且没有休息。
warning-long-day = 这些学员当天的安排长达 { $hours } 小时。

## Cloning
clone-title = 复制日程
clone-intro = 将其他培训班的安排按整天平移复制到本班。每项安排都会像新建一样重新检查；保存前会先试运行，显示能安排哪些。
clone-source = 复制自
clone-shift = 平移天数
clone-shift-hint = 留空：两个培训班开班日期之间的天数。
clone-try = 试运行
clone-report = 复制结果预览
clone-would-place = 可安排 { $count } 项。
clone-would-refuse = 有 { $count } 项无法安排：
clone-confirm = 复制 { $count } 项安排
flash-cloned = 已复制 { $placed } 项，{ $refused } 项未复制。

## Groups
groups-title = 小组
groups-explained = 分组后可安排平行活动（如案例研讨）：一个小组的安排不会与另一小组冲突。
groups-empty = 还没有小组。
groups-split = 将学员分组
groups-split-hint = 共 { $count } 名学员，轮流分配，使每组都有各代表团的学员。
groups-split-submit = 分组
group-default-name = 小组
group-new = 添加小组
group-edit = 编辑小组
group-field-name = 小组名称
group-members = 成员
flash-group-created = 小组已添加，请选择成员。
flash-group-deleted = 小组已删除。
flash-groups-split = 已完成分组。
error-group-name-taken = 本培训班已有同名小组。
error-group-in-use = 有 { $count } 个日程安排给这个小组；请先把它们改给其他小组或全体学员。

## Vehicles
vehicles-title = 车辆
vehicles-explained = 本培训班自有的车辆，以及各培训班都可预订的共享车辆。
vehicles-empty = 还没有车辆。
vehicle-new = 添加车辆
vehicle-edit = 编辑车辆
vehicle-shared = 共享
vehicle-field-name = 名称或车牌
vehicle-field-seats = 座位数
vehicle-field-driver = 司机联系方式
vehicle-field-shared = 所有培训班共享

## Venues, speakers, interpreters
resources-title = 场地与人员
resources-sections = 场地与人员
resources-empty = 暂无内容。
resource-schedule = 日程
resource-schedule-empty = 尚未安排在任何活动中。
venues-title = 场地
venue-new = 添加场地
venue-edit = 编辑场地
venue-map = 地图
venue-field-name = 名称
venue-field-kind = 类型
venue-field-address = 地址
venue-field-capacity = 座位数
venue-field-map-link = 地图链接
venue-kind-classroom = 教室
venue-kind-hall = 礼堂
venue-kind-village = 村庄
venue-kind-cooperative = 合作社
venue-kind-farm = 农场
venue-kind-enterprise = 企业
venue-kind-hotel = 酒店
venue-kind-other = 其他
speakers-title = 主讲人
speaker-new = 添加主讲人
speaker-edit = 编辑主讲人
speaker-field-name = 姓名
speaker-field-title = 职称
speaker-field-organization = 单位
speaker-field-languages = 语言
interpreters-title = 翻译
interpreter-new = 添加翻译
interpreter-edit = 编辑翻译
interpreter-field-name = 姓名
interpreter-field-pairs = 语言对
interpreter-field-contact = 联系方式

## Attendance
attendance-title = 考勤
attendance-take = 考勤
attendance-session-details = 课程详情
attendance-present = 出勤
attendance-late = 迟到
attendance-excused = 请假
attendance-absent = 缺勤
attendance-unmarked = 未记录
attendance-unmarked-count = { $count } 条未记录
attendance-method-roll-call = 点名
attendance-method-qr = 扫码签到
attendance-method-bus = 乘车清点
attendance-method-bulk = 按签到表录入
attendance-expected = 应到 { $count } 人
attendance-trainees = { $count } 名学员
attendance-expected-heading = 应到
attendance-attended = 实到
attendance-rate = 出勤率
attendance-mark = 考勤
attendance-note = 备注
attendance-all-present = 全部标为出勤
attendance-all-present-hint = 尚未记录的学员先全部标为出勤；改正例外后保存一次即可。点击“保存”之前不会保存任何内容。
attendance-save = 保存考勤
attendance-nobody-expected = 本次课程没有应到学员。
attendance-rule = 迟到计为出勤；请假不计入出勤率；尚未记录的课程不计算。学员须参加其应到的讲座、现场教学和案例研讨中至少 { $threshold }%（请假除外）方为结业；培训结束时，未记录的课程按缺勤计算。
attendance-cohort-rate = 全班
attendance-at-risk = 可能无法结业的学员
attendance-nobody-at-risk = 没有学员低于结业标准。
attendance-by-delegation = 按代表团
attendance-by-session = 按课程
attendance-by-trainee = 按学员
attendance-no-sessions = 尚无讲座、现场教学或案例研讨。
attendance-completes = 结业
attendance-confirm-completions = 确认结业
attendance-confirm-hint = 将符合规则的学员设为“已结业”，不再符合的学员改回“已报到”。修改考勤后可再次确认。
attendance-confirmed-on = 上次确认于 { $date }。
attendance-rules = 考勤规则
attendance-field-threshold = 结业标准（%）
attendance-field-opens = 自助签到开放（开始前分钟数）
attendance-field-closes = 自助签到关闭（开始后分钟数）
attendance-field-late = 迟到起算（开始后分钟数）
percent = { $count }%
yes = 是
no = 否
flash-attendance-saved = { $count ->
    [0] 没有改动。
   *[other] 已保存 { $count } 条考勤。
}
flash-attendance-changed-by-others = 已保存。您打开页面后，其他人修改了 { $count } 名学员的考勤（{ $names }）；您也修改过的，以您的为准。
flash-completions = 已确认结业：{ $completed } 人结业，{ $not_completed } 人未结业。
error-attendance-cancelled = 本次课程已取消，不记录考勤。
error-attendance-not-expected = 只能为本次课程的应到学员记录考勤。
error-attendance-mark = 请选择出勤、迟到、请假或缺勤。
error-note-too-long = 备注请少于 { $max } 个字符。
error-course-not-over = 培训的最后一次课程结束后才能确认结业。
error-threshold-range = 请输入 0 到 100 之间的整数百分比。
error-minutes-range = 请输入 0 到 240 之间的整数分钟数。
error-late-after-close = 迟到起算时间须早于签到关闭时间。
attendance-open-screen = 显示签到二维码
checkin-title = 签到
checkin-scan-hint = 请用手机相机扫描此二维码签到。
checkin-qr-label = 签到二维码
checkin-count = 已签到 { $count } 人
checkin-window = 签到 { $opens } 开始，{ $late } 之后计为迟到，{ $closes } 结束。
checkin-refresh-hint = 二维码每 30 秒更换一次，拍照转发很快就会失效。
checkin-as = 以 { $name } 的身份签到。
checkin-submit = 签到
checkin-not-you = 不是您本人？
checkin-badge-code = 您的签到码
checkin-badge-hint = 胸卡上的六位字母和数字，例如 K7M2QX。首次签到后，本手机会记住您。
checkin-next-time = 下次请扫描屏幕上的二维码并点击“签到”。
checkin-not-yet = 本次课程的签到将于 { $time } 开始。
checkin-closed = 本次课程的签到已于 { $time } 结束，请联系工作人员为您登记。
checkin-unknown-code = 本培训班没有人使用这个签到码，请核对您的胸卡。
checkin-not-expected = 您不在“{ $title }”的应到名单中：此二维码属于其他课程。
checkin-already = { $mark ->
    [present] 您已登记为出勤（{ $time }）。
    [late] 您已登记为迟到（{ $time }）。
    [excused] 您已登记为请假（{ $time }），如需更改请联系工作人员。
   *[absent] 您已登记为缺勤（{ $time }），如需更改请联系工作人员。
}
checkin-forged = 这不是本培训班的签到二维码。
checkin-expired = 二维码已过期，请重新扫描屏幕。
checkin-throttled = 此网络输入错误签到码次数过多，请 15 分钟后再试或联系工作人员。
checkin-done = { $mark ->
    [late] { $name }：已签到“{ $title }”（迟到）。
   *[other] { $name }：已签到“{ $title }”。
}
trainee-badge-code = 签到码（印在胸卡上）
attendance-sheet = 签到表
attendance-sheet-hint = 在没有信号的地方请打印本页（A4），之后按序号通过批量录入登记结果。
attendance-native-name = 本国文字姓名
attendance-signature = 签名
attendance-bulk = 批量录入
attendance-bulk-lines = 每行一名学员：序号或姓名，然后是考勤，然后是备注
attendance-bulk-hint = 例如“12 迟到”、“ABENOV Nurlan absent”、“7 e 公务”。考勤：出勤、迟到、请假、缺勤（或 present、late、excused、absent，p、l、e、a）。
attendance-bulk-rest-present = 未列出且尚未记录的学员均出勤
attendance-bulk-refused = 未保存任何内容。请改正以下各行：
attendance-bulk-line = 第 { $count } 行
flash-bulk-saved = { $rest ->
    [0] 已保存 { $count } 条考勤。
   *[other] 已保存 { $count } 条考勤，另有 { $rest } 名学员登记为出勤。
}
error-bulk-no-mark = 请在姓名后写明出勤、迟到、请假或缺勤。
error-bulk-unknown = 本次课程的签到表上没有“{ $who }”，或有不止一人同名，请使用序号。
error-bulk-twice = 该学员已在第 { $line } 行出现。
boarding-title = 乘车清点
boarding-leg = 去程还是返程
boarding-out = 去程
boarding-back = 返程
boarding-vehicle = 您所在的车辆
boarding-missing = 还差 { $count } 人
boarding-all-aboard = 全员已上车。
boarding-no-vehicles = 本次现场教学没有安排车辆，请在课程表单中添加。
boarding-board = 已上车
boarding-undo = 撤销
flash-boarded = 已上车。
error-boarding-vehicle = 该车辆未安排给本次现场教学。
certificate-page = 结业证书
certificate-open = 打开并打印
certificate-print-hint = 请用 A4 纸打印；二维码指向公开的证书验证页面。
certificate-title = 结业证书
certificate-body = 兹证明 { $name } 于 { $dates } 在{ $city }参加“{ $course }”，完成全部课程，准予结业。
certificate-serial = 证书编号
verify-title = 证书验证
verify-valid = 该证书有效。
verify-course = 培训班
verify-unknown = 没有使用此编号的有效证书。
verify-throttled = 此网络尝试的编号过多，请 15 分钟后再试。
itinerary-title = 您的日程
itinerary-times-in-zone = 所有时间均为 { $zone } 当地时间。
itinerary-today = 今天
itinerary-tomorrow = 明天
itinerary-travel = 行程与住宿
itinerary-whole-course = 全部课程（按日期）
itinerary-free-day = 这一天没有为您安排活动。
itinerary-map = 地图
itinerary-bring = 请携带
itinerary-speakers = 主讲人
itinerary-bus-line = 班车发车：{ $bus }
itinerary-attendance = 您的出勤
itinerary-attended = 已参加 { $attended } / { $count } 场
itinerary-attendance-none = 尚未记录出勤。
itinerary-badge-code = 您的签到码：
itinerary-contacts = 联系人
itinerary-delegation-contact = 代表团联系人
itinerary-no-contact = 请到酒店前台咨询组织方。
itinerary-calendar = 添加到手机日历
itinerary-calendar-hint = 订阅一次即可：日程有变动时，您的日历会自动更新。
itinerary-subscribe = 将我的日程添加到日历
itinerary-subscribe-course = 整个课程的日程
itinerary-personal-link = 个人链接
itinerary-personal-link-hint = 学员无需密码即可在手机上打开自己的日程。任何拿到链接的人都能查看：如误发，请重新生成。
itinerary-link-none = 尚未生成个人链接。
itinerary-link-issue = 生成个人链接
itinerary-link-reissue = 重新生成链接（旧链接失效）
itinerary-link-revoke = 撤销链接
itinerary-link-issued = 已生成新的个人链接，旧链接已失效。
itinerary-link-revoked = 个人链接已撤销。
mail-greeting = 尊敬的 { $name }：
mail-itinerary-subject = 您的日程：{ $course }
mail-itinerary-intro = 这是您参加 { $course }（{ $city }，{ $dates }）的日程。您的个人页面始终显示最新版本：
mail-open-programme = 打开我的日程
mail-itinerary-calendar = 附件 itinerary.ics 可将全部活动添加到您的日历。如需自动同步变动，请改为订阅：
mail-link-private = 此链接为个人专用，请勿转发本邮件。
mail-sign-off = 组织方
mail-changed-subject = 您的日程有变动：{ $course }
mail-changed-intro = 自上次通知以来，您在 { $course } 的日程有以下变动：
mail-change-added = 新增
mail-change-removed = 已不在您的日程中
mail-change-cancelled = 已取消
mail-change-moved = 已变更
mail-changed-outro = 您的个人页面始终显示最新版本：
mail-test-subject = cohortdesk 测试邮件
mail-test-body = 本邮件确认 cohortdesk 能从此服务器发送邮件。
mail-skip-no-email = 没有电子邮箱
mail-skip-withdrawn = 已退出或未到
mail-queued = { $count ->
    [0] 没有邮件进入发送队列。
   *[other] 已有 { $count } 封邮件进入发送队列。
}
mail-already = { $count } 名学员已收到完全相同的邮件，未重复发送。
mail-skipped = 未发送给 { $name }：{ $reason }。
outbox-delivered = 已发送：{ $sent } · 待重试：{ $retrying } · 失败：{ $failed }
flash-text = { $text }
itineraries-title = 行程单
itineraries-out-of-date = { $count } 名学员的行程单已过期
itineraries-changes-hint = 行程单发出后，部分活动有变动。每位受影响的学员会收到一封邮件，列出此后的全部变动（时间、地点的新旧对比及取消），无论修改了多少次。
itineraries-send-changes = 发送变动通知
itineraries-send = 发送行程单
itineraries-send-hint = 每位学员会收到一封用其语言撰写的邮件，内含个人链接和日历文件。再次发送只会发给行程有变动的学员。
itineraries-to = 发送给
itineraries-to-all = 全体学员
itineraries-to-delegation = 某个代表团
itineraries-to-chosen = 下方勾选的学员
itineraries-choose = 选择学员，或预览某位学员的邮件
itineraries-preview = 预览
itineraries-queue = 加入发送队列
itineraries-unreachable = { $count ->
    [0] 所有学员都能收到邮件
   *[other] { $count } 名学员无法通过邮件联系
}
itineraries-all-reachable = 每位学员都有电子邮箱。
mail-from = 发件人
mail-to = 收件人
mail-subject = 主题
mail-attachments = 附件
mail-plain-text = 纯文本
mail-kind-itinerary = 行程单
mail-kind-schedule-changed = 日程变动
mail-kind-test = 测试
outbox-title = 发件箱
outbox-hint = 全部邮件，最新的在前。临时失败会在 1、2、4……分钟后重试（间隔最多一小时，共十次）；收件服务器拒收则立即标记为失败。
outbox-filter = 显示
outbox-all = 全部
outbox-empty = 这里没有邮件。
outbox-state = 状态
outbox-tries = 尝试次数
outbox-next-try = 下次尝试
outbox-retry = 立即重试
outbox-send-again = 再次发送
outbox-cancel = 取消
outbox-retried = 该邮件将立即发送。
outbox-cancelled = 该邮件不会发送。
outbox-status-queued = 排队中
outbox-status-sending = 发送中
outbox-status-sent = 已发送
outbox-status-failed = 失败
outbox-status-cancelled = 已取消
outbox-unchanged = 该邮件正在发送或已发送，未作任何更改。

## Progress against a commitment
nav-progress = 进度
progress-title = 进度
progress-as-of = 截至{ $date }
progress-key-figures = 主要数据
progress-delivered = 已完成名额
progress-people = 受训人数
progress-remaining = 剩余名额
progress-days-left = 剩余天数
progress-pipeline = 进行中的名额
progress-in-progress = 在训
progress-confirmed = 已确认
progress-nominated = 已推荐
progress-upcoming = 待开班名额
progress-projected = 预计
progress-target = 目标
progress-allocation = 分配名额
progress-short = 已完成与待开班名额合计比目标少 { $count } 个。
progress-on-track = 已完成与待开班名额合计可达到目标。
progress-burn-up = 已完成名额累计
progress-burn-up-summary = 已完成 { $delivered } / { $target } 个名额；到 { $deadline } 预计 { $projected } 个。
progress-today = 今天
progress-legend-delivered = 已完成名额
progress-legend-projection = 按待开班次预计
progress-legend-pace = 匀速完成目标
progress-chart-host-cities = 各承办城市与分配名额
progress-chart-countries = 各国名额
progress-download-csv = 下载 CSV
progress-json = 下载 JSON
progress-host-city = 承办城市
progress-year = 年份
progress-country = 国家
progress-code = 国家代码
progress-cohort = 班次
progress-dates = 日期
progress-status = 状态
progress-capacity = 容量
progress-starts-on = 开始日期
progress-ends-on = 结束日期
progress-by-host-city = 按承办城市
progress-by-host-city-year = 按承办城市和年份
progress-by-year = 按年份
progress-by-country = 按国家
progress-by-cohort = 按班次
progress-definitions = 数据口径
progress-define-delivered = 已完成名额 = 本承诺下各班次中状态为“已结业”的报名。一个名额即一条已结业的报名。
progress-define-people = 受训人数 = 至少有一条已结业报名的不同学员。参加并完成两个班次的学员计为两个名额、一人。
progress-define-in-progress = 在训 = 状态为“已报到”的报名：正在参加培训的学员。
progress-define-confirmed = 已确认 = 状态为“已确认”的报名。
progress-define-nominated = 已推荐 = 状态为“已推荐”的报名。
progress-define-upcoming = 待开班名额 = 既未结束也未取消的班次的容量，减去这些班次已完成的名额。
progress-define-remaining = 剩余名额 = 目标减去已完成名额（不低于零）。
progress-define-projected = 预计 = 已完成名额加待开班名额。图中每个班次在其最后一天计入名额。
progress-define-days-left = 剩余天数 = 从今天到承诺最后一天的天数。年份按班次开始的年份计。

## Cohort report
report-title = 报告
report-participants = 参训人数
report-women = 女性
report-men = 男性
report-gender-balance = 性别构成
report-gender = 性别
report-hours = 授课学时
report-sessions = 场次
report-sessions-count = 讲座、现场考察和案例研讨共 { $count } 场
report-attendance-rate = 出勤率
report-expected = 应到
report-date = 日期
report-starts = 开始
report-ends = 结束
report-kind = 类型
report-theme = 主题
report-native-name = 本国文字姓名
report-completed = 已结业
report-by-delegation = 按代表团
report-by-session = 按课程
report-by-trainee = 按学员
report-by-theme = 按主题统计学时
report-by-kind = 按类型统计学时
report-define-participants = 参训人数 = 本班次报名学员，减去退出和未到的学员。
report-define-completed = 已完成名额 = 状态为“已结业”的参训学员：本班次计入承诺的名额，与进度页面一致。
report-define-attendance-rate = 出勤率 = 出席场次（按时或迟到）÷（出席 + 缺席）；请假和未记录的场次不计入。
report-define-gender = 女性和男性 = 按学员登记的性别统计的参训人数；比例以全部参训人数为基数。
report-define-hours = 授课学时 = 未取消的讲座、现场考察和案例研讨的时长，按主题和类型统计。
report-define-expected = 应到 = 该场次面向的参训学员（全班，或其代表团、小组）。

## Personal API tokens
nav-api-tokens = API 令牌
api-tokens-title = API 令牌
api-tokens-explained = 个人令牌可让您自己的工具通过 /api/v1/ 以 JSON 格式读取进度和班次报告。令牌只能读取您有权查看的内容，不能修改任何数据。不再需要时请立即撤销。
api-token-new = 新建令牌
api-token-field-name = 名称
api-token-field-name-hint = 令牌的用途，例如“部委看板”。
api-token-create = 创建令牌
api-token-created = 您的新令牌
api-token-copy-now = 请立即复制：令牌只显示这一次，之后无法再查看。
api-token-example = 试用：
api-tokens-yours = 您的令牌
api-tokens-empty = 您还没有 API 令牌。
api-token-ends-with = 结尾
api-token-created-on = 创建日期
api-token-last-used = 最近使用
api-token-active = 有效
api-token-revoked = 已撤销
api-token-revoke = 撤销
flash-api-token-revoked = 令牌已撤销：使用它的工具今后会收到“401 Unauthorized”。

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
progress-not-completed = 未结业
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
progress-define-not-completed = 未结业 = 状态为“未结业”的报名：学员参加了培训，但在确认结业时未达到结业要求。不计入已完成名额，也与未到（从未报到）分开统计。
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
report-programme-hours = 课程学时
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
report-define-hours = 课程学时 = 未取消的讲座、现场考察和案例研讨所占的时间，按主题和类型统计；不同小组同时进行的课程只计一次（四个并行的三小时案例研讨计三小时）。人均学时 = 每名学员应参加课程的时长；各组安排不同时给出最少和最多。
report-hours-per-trainee = 人均学时
report-define-expected = 应到 = 该场次面向的参训学员（全班，或其代表团、小组）。
progress-total = 合计
progress-define-total = 合计行把表中每一列相加，培训人数除外：在两个承办城市结业的同一人在合计中只算一人，因此合计可能小于各行之和。每张表的合计行与上方承诺卡片中的数字相同。

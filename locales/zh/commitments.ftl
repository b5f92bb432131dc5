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

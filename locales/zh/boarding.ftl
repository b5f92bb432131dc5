## Boarding the buses
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

"""Province-level places by the short names texts use (河南省委, 广西壮族自治区党委, 天津市委, 对北京、天津…开展巡视)."""

PROVINCES = [
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
]
REGIONS = ["内蒙古", "广西", "西藏", "宁夏", "新疆"]
MUNICIPALITIES = ["北京", "天津", "上海", "重庆"]
# The short names a central round lists as its units ("中央巡视组对北京、天津、辽宁…开展了常规巡视").
PROVINCE_LEVEL = frozenset([*PROVINCES, *REGIONS, *MUNICIPALITIES, "新疆生产建设兵团"])

namespace BankHire.Corpus;

/// <summary>The fictional people, schools, employers and sentences the corpus is drawn from.</summary>
internal static class CorpusPools
{
    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"];
    public static readonly string[] GivenNames = ["晓雨", "子涵", "浩然", "欣怡", "俊杰", "思远", "雨婷", "嘉怡", "宇航", "梦琪", "志强", "婉清", "博文", "诗涵", "明轩", "佳琪"];
    public static readonly string[] PinyinSurnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"];
    public static readonly string[] EnglishGiven = ["Emily", "Kevin", "Grace", "Daniel", "Vivian", "Jason", "Cindy", "Eric", "Helen", "Leo", "Amy", "Tony"];

    public static readonly string[] SchoolsZh = ["西南财经大学", "中央财经大学", "上海财经大学", "中南财经政法大学", "四川大学", "武汉大学", "厦门大学", "南开大学", "山东大学", "湖南大学", "重庆工商大学", "成都理工大学"];
    public static readonly string[] SchoolsEn = ["Fudan University", "Wuhan University", "Nankai University", "Xiamen University", "University of International Business and Economics", "Southwestern University of Finance and Economics", "Zhejiang University", "Renmin University of China", "Tongji University"];
    public static readonly string[] CollegesZh = ["四川财经职业学院", "重庆城市管理职业学院", "湖北财税职业学院"];
    public static readonly string[] CollegesEn = ["Guangdong Vocational College of Finance", "Shenzhen Institute of Information Technology"];

    public static readonly MajorSpec[] FinanceMajors =
    [
        new("金融学", "金融学", "Finance"), new("经济学", "经济学", "Economics"), new("会计学", "会计学", "Accounting"), new("工商管理", "工商管理", "Business Administration"),
    ];
    public static readonly MajorSpec[] OtherMajors =
    [
        new("机械工程", "机械工程", "Mechanical Engineering"), new("汉语言文学", "汉语言文学", "Chinese Language and Literature"), new("计算机科学与技术", "计算机科学与技术", "Computer Science"), new("市场营销", "市场营销", "Marketing"),
    ];

    public static readonly string[] BanksZh = ["中国工商银行成都分行", "中国建设银行武汉分行", "招商银行深圳分行", "中国农业银行重庆分行", "交通银行上海分行", "成都农商银行"];
    public static readonly string[] BanksEn = ["Industrial and Commercial Bank of China", "China Construction Bank", "China Merchants Bank", "Bank of Communications", "Bank of Shanghai"];
    public static readonly string[] ServiceZh = ["中国移动成都分公司", "顺丰速运有限公司", "携程旅行网客服中心", "海底捞餐饮管理有限公司"];
    public static readonly string[] ServiceEn = ["China Mobile Chengdu Company", "SF Express Co. Ltd", "Trip.com Customer Service Center", "Marriott Hotel Group"];
    public static readonly string[] UnrelatedZh = ["华西重工机械有限公司", "蓝天建筑设计研究院", "远景汽车零部件有限公司"];
    public static readonly string[] UnrelatedEn = ["Sichuan Heavy Machinery Co. Ltd", "Bluesky Architecture Design Institute", "Horizon Auto Parts Company"];

    public static readonly string[] TellerTitlesZh = ["综合柜员", "大堂经理", "柜员"];
    public static readonly string[] TellerTitlesEn = ["Bank Teller", "Lobby Manager", "Teller"];

    public static readonly string[] BankDutiesZh =
    [
        "负责柜面现金业务、开户和转账，日均接待客户{0}人次。",
        "处理客户投诉{1}起，客户满意度保持在97%以上。",
        "严格执行反洗钱和合规操作规程，连续两年零差错。",
        "协助大堂经理引导客户，营销理财产品完成业绩指标的115%。",
    ];
    public static readonly string[] BankDutiesEn =
    [
        "Handled cash transactions, account openings and transfers for about {0} customers a day.",
        "Resolved {1} customer complaints and kept customer satisfaction above 97%.",
        "Followed anti-money laundering and compliance procedures with zero errors for two years.",
        "Cross-sold wealth management products, reaching 115% of the sales target.",
    ];
    public static readonly string[] ServiceDutiesZh =
    [
        "负责接待客户咨询并处理投诉，客户满意度达到93%。",
        "与同事团队合作完成门店销售目标，善于沟通。",
        "节假日高峰期同时处理多项业务，能承受压力。",
    ];
    public static readonly string[] ServiceDutiesEn =
    [
        "Answered customer inquiries and handled complaints with a 93% satisfaction rate.",
        "Worked with my teammates to reach store sales targets thanks to good communication skills.",
        "Handled several tasks at once during holiday peaks under pressure.",
    ];
    public static readonly string[] InternDutiesZh = ["在支行实习，协助柜员整理凭证，引导客户办理业务。", "参与网点客户满意度调查，整理分析问卷数据。"];
    public static readonly string[] InternDutiesEn = ["Assisted tellers with vouchers and guided customers through the branch as an intern.", "Ran a customer satisfaction survey at the branch and analysed the answers."];
    public static readonly string[] UnrelatedDutiesZh = ["负责生产设备巡检并填写维修记录。", "参与工艺改进项目，编写技术文档。"];
    public static readonly string[] UnrelatedDutiesEn = ["Inspected production equipment and kept maintenance records.", "Took part in a process improvement project and wrote technical documents."];

    public static readonly string StuffingZh = "客户服务 服务意识 客户满意度 沟通能力 团队合作 抗压能力 投诉处理 合规 现金业务 柜员";
    public static readonly string StuffingEn = "customer service, service orientation, customer satisfaction, communication, teamwork, stress tolerance, complaint handling, compliance, cash handling, teller";
}

using static BankHire.Corpus.Handwritten.MiniDocx;

namespace BankHire.Corpus.Handwritten;

/// <summary>The Word resumes of the hand-written corpus, written the way their authors' Word saved them.</summary>
internal static class HandwrittenDocx
{
    /// <summary>A Word table of labels and values; the banking certificate is only being prepared for.</summary>
    public static byte[] Zh02() => Write(
        Table(
            ["个人简历", "", "", ""],
            ["姓名", "李浩", "求职意向", "柜员"],
            ["联系电话", "13700002233", "电子邮箱", "lihao@example.com"],
            ["学历", "本科", "毕业院校", "重庆工商大学"],
            ["专业", "工商管理", "毕业时间", "2024年6月"]),
        Line("工作经历"),
        Table(
            ["时间", "单位", "岗位"],
            ["2024.07-至今", "中国移动重庆分公司客服中心", "客服专员"]),
        Line("负责热线客户服务，受理话费与套餐咨询，处理客户投诉，月均满意度98%。"),
        Line("参与客服团队的服务礼仪培训，获评季度服务之星。"),
        Line("证书"),
        Line("银行从业资格：备考中，尚未取得"),
        Line("普通话二级甲等（2021年取得）"),
        Line("自我评价"),
        Line("性格开朗，沟通能力强，能承受工作压力。"));

    /// <summary>Honest but weak resume with the teller vocabulary in white 1-pt text.</summary>
    public static byte[] Zh04() => Write(
        Line("个人简历"),
        Line("赵磊"),
        Line("电话：15000001212  邮箱：zhaolei@example.com"),
        P(Run("客户服务 柜员 大堂经理 反洗钱 合规 银行从业资格证 普通话二级甲等 点钞 学生会 金融学 客户满意度 投诉处理 服务意识", White + Size(2))),
        Line("教育背景"),
        Line("2016.09-2020.06  西北大学  汉语言文学  本科"),
        Line("工作经历"),
        Line("2020.08-2023.05  西安某奶茶连锁店  店员"),
        Line("负责制作饮品和收银，打扫门店卫生。"),
        P(Run("客户服务 客户服务 柜员 柜员 现金业务 合规 反洗钱 礼仪 沟通能力 团队合作", NearWhite)),
        Line("2023.06-至今  自由职业  文案写作"),
        Line("为公众号撰写文章。"),
        Line("技能"),
        Line("熟练使用Word和PowerPoint"));

    /// <summary>A marketing graduate with a bank internship; keywords hide in a text box behind the text and in hidden runs.</summary>
    public static byte[] Zh08() => Write(
        Line("个人简历"),
        P(Run("姓名："), Run("何佳怡")),
        Line("手机：18900004545 | 邮箱：hejiayi@example.com"),
        TextBox("客户服务 反洗钱 合规 柜员 银行从业资格证 普通话二级甲等 学生会 点钞 客户满意度 金融学 经济学 硕士", 5_400_000, 400_000, behindText: true),
        Line("教育背景"),
        Line("2020.09-2024.06  华南师范大学  市场营销  管理学学士"),
        Line("实习经历"),
        Line("2023.07-2023.09  中国银行广州天河支行  大堂引导实习生"),
        Line("在网点大堂引导客户分流取号，协助客户填写业务单据，解答客户咨询。"),
        P(Run("客户服务 客户服务 客户服务 合规 合规 柜员 大堂经理", Vanish)),
        Line("工作经历"),
        Line("2024.07-至今  广州某电商公司  运营助理"),
        Line("负责店铺活动策划与数据整理，配合客服处理售后问题。"),
        Line("证书"),
        Line("初级会计职称（2023年取得）"),
        Line("银行从业资格证（预计2026年12月参加考试）"));

    /// <summary>A master's graduate with a bilingual name and three years at a bank counter.</summary>
    public static byte[] Zh10() => Write(
        Line("陈晓明（Kevin）"),
        Line("手机 135 0000 8899 ｜ 邮箱 kevin.chen@example.com"),
        Line("【教育经历】"),
        Table(
            ["2018.09–2021.06", "武汉大学", "金融学", "研究生 / 硕士"],
            ["2014.09–2018.06", "湖北大学", "会计学", "本科 / 管理学学士"]),
        Line("【工作经历】"),
        Line("2021.07–至今  中国建设银行武汉分行  综合柜员"),
        Line("办理个人存取款、开户、挂失等柜面业务，日均接待客户70余人，连续三年零差错。"),
        Line("严格执行反洗钱客户身份识别制度，上报可疑交易两起。"),
        Line("妥善处理客户投诉，网点客户满意度排名分行前列。"),
        Line("【证书】"),
        Line("银行从业资格证（个人理财、公共基础）、CFA一级（已通过）"));

    /// <summary>An English resume laid out as a Word table; a certificate in progress and a test format the candidate is only familiar with.</summary>
    public static byte[] En02() => Write(
        Line("CURRICULUM VITAE"),
        Table(
            ["Name", "Li Na"],
            ["Phone", "+86 138 0000 6622"],
            ["Email", "li.na@example.com"],
            ["Degree", "BSc Economics (Hons)"],
            ["University", "University of Nottingham, 2024"]),
        Line("Work Experience"),
        Line("Sep 2024 - Present | Hilton Shanghai | Guest Service Agent"),
        Line("Front-desk guest service for about 200 guests a day, complaint handling and check-in/check-out payments."),
        Line("Coached new colleagues on service etiquette and the hotel's complaint procedure."),
        Line("Certificates"),
        Line("Banking qualification: in progress (exam scheduled for March 2027)"),
        Line("English: familiar with the CET-6 format; IELTS 7.0"));

    /// <summary>A weak engineering resume stuffed with white, hidden and tiny-box keywords.</summary>
    public static byte[] En04() => Write(
        Line("Resume"),
        Line("Sun Hao"),
        Line("Phone: 152 0000 7070 | Email: sun.hao@example.com"),
        P(Run("customer service teller compliance anti-money laundering banking qualification Putonghua Level 2A student union finance bachelor", White)),
        Line("Education"),
        Line("B.Eng. in Mechanical Engineering, Hefei University of Technology, 2019"),
        Line("Work Experience"),
        Line("Jul 2019 - Present | Anhui Heavy Machinery Co. Ltd | Technician"),
        Line("Maintained production equipment and kept repair logs."),
        P(Run("customer service customer service teller teller compliance cash handling complaint handling", Vanish)),
        TextBox("customer service teller banking qualification compliance student union", 9_000, 9_000, behindText: false),
        Line("Skills"),
        Line("AutoCAD, SolidWorks"));

    /// <summary>No name anywhere: the file opens with a heading and an objective.</summary>
    public static byte[] En08() => Write(
        Line("Resume"),
        Line("Objective: an entry-level teller position in a commercial bank."),
        Line("Contact: 139 0000 1357 | stats.grad@example.com"),
        Line("Education"),
        Line("Bachelor of Science (B.S.) in Statistics, Sichuan University, 2023"),
        Line("Experience"),
        Line("Aug 2023 - Present | Chengdu Survey Research Co. | Data Assistant"),
        Line("Clean survey data and prepare weekly statistical reports in Excel and SQL."),
        Line("Volunteer"),
        Line("Weekend volunteer at the city library's front desk, answering visitors' questions."),
        Line("Certificates"),
        Line("FRM Part I: failed (2025), retaking in 2026"),
        Line("CET-6 (512)"));
}

using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>
/// Eight resumes in layouts real candidates use and the generator does not: padded labels, org and
/// period on separate lines, full-width digits, all-caps names, years without months, prose headers.
/// Measured against the extractor to give an accuracy figure the generator cannot flatter.
/// </summary>
internal static class HandwrittenResumes
{
    public static readonly HandwrittenResume[] All =
    [
        new("h1", """
            个 人 简 历
            姓    名：刘佳琪        性    别：女
            出生年月：2000年3月     民    族：汉
            联系电话：(+86)186 0000 1234
            E-mail：liujiaqi2000@163.com
            求职意向：银行柜员
            教育背景
            2018年9月至2022年7月    中南财经政法大学    会计学专业    学士学位
            实习经历
            2021/07-2021/09  中国银行武汉分行营业部  实习柜员
            - 协助柜员办理存取款业务，学习反洗钱知识
            2022/07-2024/12  武汉众信会计师事务所  审计助理
            - 参与三家企业年报审计，整理底稿
            证书：初级会计师；英语四级（CET-4）；计算机二级
            """,
            "刘佳琪", "18600001234", "liujiaqi2000@163.com", "中南财经政法大学", DegreeLevel.Bachelor, "会计学", 2022,
            ["中国银行武汉分行营业部", "武汉众信会计师事务所"], [3, 30], ["初级会计职称", "计算机等级二级"], ["CET-4"], ["2000年3月", "民    族"]),

        new("h2", """
            CURRICULUM VITAE
            Michael Wong
            Shanghai | +86 135-1234-5678 | michael.wong@outlook.com
            PROFILE
            Relationship manager with seven years in retail banking and a record of client retention.
            EXPERIENCE
            HSBC Bank (China) Company Limited, Shanghai
            Relationship Manager                                  Sept. 2019 – Present
            • Managed a portfolio of 300 high-net-worth clients and grew assets under management by 20%.
            Standard Chartered Bank, Shenzhen
            Customer Service Officer                              Jul 2016 – Aug 2019
            • Handled account openings, complaints and cross-selling at the branch counter.
            EDUCATION
            The Chinese University of Hong Kong — BBA in Finance, 2016
            CERTIFICATIONS
            CFA Level II Candidate; HKSI Paper 1
            """,
            "Michael Wong", "13512345678", "michael.wong@outlook.com", "The Chinese University of Hong Kong", DegreeLevel.Bachelor, "金融学", 2016,
            ["HSBC Bank (China) Company Limited", "Standard Chartered Bank"], [87, 38], ["CFA"], [], []),

        new("h3", """
            陈思远
            男 | 27岁 | 中共党员 | 13912345678 | chensy@qq.com
            求职意向：客户经理
            工作经历
            2021.8-至今    招商银行成都分行    零售客户经理
            负责个人客户营销与维护，管理客户资产规模2亿元，完成理财产品销售指标120%。
            2019.7-2021.7  平安保险四川分公司  保险代理人
            教育经历
            2015.9-2019.6  四川农业大学  经济学  本科
            技能证书
            银行从业资格（个人理财、风险管理）、基金从业资格、驾驶证C1
            英语：CET-6 498
            """,
            "陈思远", "13912345678", "chensy@qq.com", "四川农业大学", DegreeLevel.Bachelor, "经济学", 2019,
            ["招商银行成都分行", "平安保险四川分公司"], [64, 25], ["银行从业资格", "基金从业资格"], ["CET-6"], ["27岁", "党员"]),

        new("h4", """
            Sophie Lin
            sophie.lin@gmail.com · 158 8888 2222
            Education
            Xiamen University, Xiamen, China
            Master of Finance (MFin), expected June 2026
            Southwestern University of Finance and Economics
            B.Econ. in International Trade, 2024
            Internship
            China Merchants Bank, Xiamen Branch | Summer Intern | Jun 2025 - Aug 2025
            - Analysed customer satisfaction surveys and presented the findings to the branch manager.
            Skills: Python, SQL, Excel
            Languages: IELTS 7.0; CET-6
            """,
            "Sophie Lin", "15888882222", "sophie.lin@gmail.com", "Xiamen University", DegreeLevel.Master, "金融学", 2026,
            ["China Merchants Bank"], [3], [], ["CET-6", "IELTS"], []),

        new("h5", """
            简历
            姓名：黄梦琪
            电话：１３８００１３８０００
            邮箱：hmq@example.cn
            籍贯：广西桂林　　　婚否：未婚
            照片：[见附件]
            【教育背景】
            2016年9月 — 2020年6月　广西大学　金融学（本科）
            【工作经历】
            2020年7月 — 2023年3月　中国建设银行南宁分行　大堂经理
            负责厅堂客户引导分流，处理客户投诉，网点客户满意度排名全市第一。
            2023年4月 — 至今　南宁市鑫源小额贷款有限公司　信贷专员
            负责贷前调查与贷后管理。
            【证书】
            银行从业资格证　普通话二级甲等
            """,
            "黄梦琪", "13800138000", "hmq@example.cn", "广西大学", DegreeLevel.Bachelor, "金融学", 2020,
            ["中国建设银行南宁分行", "南宁市鑫源小额贷款有限公司"], [33, 44], ["银行从业资格", "普通话二级甲等"], [], ["桂林", "未婚", "附件"]),

        new("h6", """
            ANNA ZHOU
            Customer Service Specialist
            Tel: 177 1234 5678    Email: anna.zhou@example.org
            Date of birth: 12 May 1997    Nationality: Chinese
            WORK EXPERIENCE
            Customer Service Specialist — Ctrip (Trip.com Group), Shanghai        03/2021 – 11/2023
            Handled 60+ calls a day and resolved complaints, keeping satisfaction at 95%.
            Front Desk Agent — Hilton Hotel, Hangzhou        07/2019 – 02/2021
            Welcomed guests and handled cash and card payments.
            EDUCATION
            Zhejiang Gongshang University        2015 – 2019
            Bachelor of Management, Tourism Management
            LANGUAGES
            English (CET-6, 550), Japanese (JLPT N2)
            """,
            "Anna Zhou", "17712345678", "anna.zhou@example.org", "Zhejiang Gongshang University", DegreeLevel.Bachelor, "旅游管理", 2019,
            ["Ctrip (Trip.com Group)", "Hilton Hotel"], [33, 20], [], ["CET-6", "JLPT"], ["12 May 1997"]),

        new("h7", """
            赵浩然 | 应聘岗位：风险管理岗
            手机 13600001111  邮箱 zhaohr@example.com
            教育背景
            硕士  上海财经大学  金融工程  2019-2022
            本科  山东大学  数学与应用数学  2015-2019
            工作经历
            上海浦东发展银行 总行风险管理部
            2022.07 - 至今  信用风险分析师
            负责零售信贷评分卡建模（Python、SQL），参与压力测试。
            证书
            FRM、CFA二级
            """,
            "赵浩然", "13600001111", "zhaohr@example.com", "上海财经大学", DegreeLevel.Master, "金融工程", 2022,
            ["上海浦东发展银行"], [53], ["FRM", "CFA"], [], []),

        new("h8", """
            Resume — Kevin Zhang
            Email: kzhang@example.com | Mobile: (+86) 150-0000-3333
            Objective: Teller position at a retail bank
            Education
            Sep 2014 - Jun 2018  Renmin University of China  B.S. Statistics
            Work History
            Jul 2018 - Mar 2020  Bank of Beijing  Teller
            Counted cash, opened accounts and answered customer questions at the counter.
            Apr 2020 - Present  JD Finance  Data Analyst
            Built dashboards in SQL and Power BI to track loan performance.
            Certificates
            Certified Banking Professional (CBPQ); CET-6
            """,
            "Kevin Zhang", "15000003333", "kzhang@example.com", "Renmin University of China", DegreeLevel.Bachelor, "统计学", 2018,
            ["Bank of Beijing", "JD Finance"], [21, 80], ["银行从业资格"], ["CET-6"], []),
    ];
}

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>Two hand-written resumes in the layouts Chinese and English candidates commonly use.</summary>
internal static class SampleResumes
{
    public const string Chinese = """
        个人简历
        王晓雨
        性别：女 | 年龄：26岁 | 民族：汉族 | 籍贯：四川成都
        婚姻状况：未婚 | 政治面貌：中共党员
        手机：+86 138-1234-5678 | 邮箱：Wang.XY@example.com
        身份证号：510104199801011234
        教育背景
        2016.09 - 2020.06 西南财经大学 金融学 本科
        工作经历
        2020.07 - 至今 中国工商银行成都分行 | 综合柜员
        负责柜面现金业务、开户和转账，日均接待客户80人次，客户满意度98%。
        处理客户投诉，耐心解释，连续两年获评优秀员工。
        实习经历
        2019.07 - 2019.09 招商银行 大堂经理助理（实习）
        引导客户办理业务，协助营销理财产品。
        证书
        银行从业资格证、初级会计职称、大学英语六级（560分）
        专业技能
        熟练使用Excel，掌握点钞与反假币技能
        自我评价
        善于沟通，具有团队合作精神；熟悉反洗钱和合规要求，能在业务高峰时段承受压力。
        """;

    public const string English = """
        Daniel Chen
        Phone: 139 0000 1111 | Email: daniel.chen@example.com
        Date of Birth: 1995-04-02 | Gender: Male | Marital Status: Married
        Education
        Master of Science in Financial Engineering, Fudan University, 2019
        Bachelor of Economics, Wuhan University, 2017
        Work Experience
        Jul 2019 - Present | Bank of Shanghai | Credit Risk Analyst
        Built credit risk scorecards in Python and SQL; reviewed loan applications.
        Mar 2018 - Jun 2018 | PwC Consulting | Audit Intern
        Certifications
        CFA Level II, FRM
        Languages
        IELTS 7.5, Mandarin (native)
        Summary
        Risk analyst with seven years of credit risk management at a commercial bank.
        Led the stress testing of the retail loan book and kept our models in compliance with regulatory requirements.
        """;
}

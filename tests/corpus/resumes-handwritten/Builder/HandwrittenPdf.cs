namespace BankHire.Corpus.Handwritten;

/// <summary>The PDF resumes of the hand-written corpus: two columns, label/value rows and hidden text.</summary>
internal static class HandwrittenPdf
{
    private static readonly (double, double, double) White = (1, 1, 1);

    /// <summary>Two columns: a sidebar with the name, contact and certificates, the main column with the rest, lines interleaved as a layout program writes them.</summary>
    public static byte[] Zh03()
    {
        var pdf = new MiniPdf();
        pdf.Text(40, 790, 20, "王思琪");
        pdf.Text(220, 792, 14, "教育背景");
        pdf.Text(220, 772, 10, "2019.09-2023.06  西南财经大学  会计学  本科");
        pdf.Text(40, 760, 10, "联系方式");
        pdf.Text(220, 745, 14, "实习经历");
        pdf.Text(40, 742, 9, "13600003131");
        pdf.Text(40, 728, 9, "wangsiqi@example.com");
        pdf.Text(220, 725, 10, "2022.07-2022.09  中国建设银行成都分行  大堂引导实习生");
        pdf.Text(220, 709, 10, "引导客户取号分流，协助柜员整理凭证，解答客户咨询。");
        pdf.Text(40, 700, 12, "证书");
        pdf.Text(220, 693, 10, "参与网点客户满意度调查，整理问卷数据。");
        pdf.Text(40, 684, 9, "银行从业资格证");
        pdf.Text(40, 670, 9, "初级会计职称");
        pdf.Text(220, 665, 14, "工作经历");
        pdf.Text(40, 656, 9, "普通话二级甲等");
        pdf.Text(220, 645, 10, "2023.07-至今  成都某会计师事务所  审计助理");
        pdf.Text(40, 630, 12, "技能");
        pdf.Text(220, 629, 10, "参与企业年报审计，核对银行流水与现金盘点。");
        pdf.Text(40, 614, 9, "Excel、点钞");
        pdf.Text(220, 600, 14, "校园经历");
        pdf.Text(220, 580, 10, "担任学院学生会副主席，组织志愿者服务活动。");
        return pdf.Build();
    }

    /// <summary>A plain one-column resume with invisible (render mode 3) keywords and keywords placed off the page.</summary>
    public static byte[] Zh07()
    {
        var pdf = new MiniPdf();
        var y = 800.0;
        void Line(string text, double size = 10) { pdf.Text(50, y, size, text); y -= size + 6; }
        Line("个人简历", 16);
        Line("周婷婷", 14);
        Line("手机：13300004848  邮箱：zhoutingting@example.com");
        pdf.Text(50, 700, 10, "客户服务 柜员 反洗钱 合规 银行从业资格证 普通话二级甲等 学生会 金融学 客户满意度", renderMode: 3);
        pdf.Text(700, 500, 10, "客户服务 客户服务 柜员 大堂经理 合规 反洗钱 点钞 银行从业资格证");
        Line("教育背景", 12);
        Line("2017.09-2021.06  成都理工大学  计算机科学与技术  本科");
        Line("工作经历", 12);
        Line("2021.07-至今  成都某电商公司  在线客服");
        Line("负责网店售前售后咨询，处理退换货和客户投诉，客户满意度96%。");
        Line("整理常见问题知识库，培训新入职客服。");
        Line("技能", 12);
        Line("熟练使用Excel，打字速度每分钟80字");
        return pdf.Build();
    }

    /// <summary>Two columns in English: sidebar with the name and certificates.</summary>
    public static byte[] En03()
    {
        var pdf = new MiniPdf();
        pdf.Text(40, 790, 20, "Chen Jing");
        pdf.Text(230, 792, 14, "EDUCATION");
        pdf.Text(230, 774, 10, "BBA, Accounting - Jinan University, 2024");
        pdf.Text(40, 762, 11, "CONTACT");
        pdf.Text(230, 748, 14, "EXPERIENCE");
        pdf.Text(40, 746, 9, "+86 159 0000 2468");
        pdf.Text(40, 732, 9, "chen.jing@example.com");
        pdf.Text(230, 730, 10, "ICBC Guangzhou Branch - Teller Intern");
        pdf.Text(230, 716, 10, "Jun 2023 - Aug 2023");
        pdf.Text(40, 704, 11, "CERTIFICATES");
        pdf.Text(230, 700, 10, "Handled deposits and withdrawals under supervision and");
        pdf.Text(40, 688, 9, "Putonghua Level 2A");
        pdf.Text(230, 686, 10, "explained account services to customers at the counter.");
        pdf.Text(40, 674, 9, "Junior Accountant Certificate");
        pdf.Text(230, 666, 10, "Guangzhou Metro - Customer Service Assistant");
        pdf.Text(230, 652, 10, "Sep 2024 - Present");
        pdf.Text(40, 645, 11, "SKILLS");
        pdf.Text(230, 636, 10, "Answer passenger enquiries and handle complaints at the station.");
        pdf.Text(40, 630, 9, "Excel, cash counting");
        return pdf.Build();
    }

    /// <summary>A strong candidate who also pasted keywords in white and in 1-pt text.</summary>
    public static byte[] En07()
    {
        var pdf = new MiniPdf();
        var y = 800.0;
        void Line(string text, double size = 10) { pdf.Text(50, y, size, text); y -= size + 6; }
        Line("Liu Yang", 16);
        Line("Shenzhen | 158 0000 9090 | liu.yang@example.com");
        pdf.Text(50, 740, 10, "customer service teller compliance banking qualification Putonghua Level 2A student union", fill: White);
        pdf.Text(50, 60, 1, "customer service customer service teller compliance anti-money laundering complaint handling");
        Line("Education", 12);
        Line("MBA, Sun Yat-sen University, 2022");
        Line("B.Com. in Finance, Shenzhen University, 2018");
        Line("Experience", 12);
        Line("HSBC Bank (China), Shenzhen Branch - Senior Teller, Jul 2018 - Jun 2020");
        Line("Processed cash and foreign-exchange transactions and handled customer complaints at the counter.");
        Line("Applied anti-money laundering checks to large cash deposits.");
        Line("Certifications", 12);
        Line("Banking qualification (China Banking Association), 2018");
        return pdf.Build();
    }

    /// <summary>Labels and values in separate columns on the same baseline, as a form-style resume template prints them.</summary>
    public static byte[] En10()
    {
        var pdf = new MiniPdf();
        pdf.Text(230, 800, 16, "RESUME");
        var rows = new (string Label, string Value)[]
        {
            ("Name", "Huang Lei"), ("Mobile", "+86 131 0000 5656"), ("Email", "huang.lei@example.com"),
            ("Degree", "B.A. (Hons) English"), ("University", "Sichuan International Studies University, 2023"),
        };
        var y = 760.0;
        foreach (var (label, value) in rows)
        {
            pdf.Text(50, y, 10, label);
            pdf.Text(170, y, 10, value);
            y -= 18;
        }
        y -= 10;
        pdf.Text(50, y, 12, "Experience"); y -= 18;
        pdf.Text(50, y, 10, "Aug 2023 - Present | Chengdu Telecom Call Centre | Customer Service Agent"); y -= 16;
        pdf.Text(50, y, 10, "Answer about 90 customer calls a day about bills and plans and handle complaints."); y -= 16;
        pdf.Text(50, y, 10, "Kept a customer satisfaction rate of 95% for four quarters."); y -= 26;
        pdf.Text(50, y, 12, "Certificates"); y -= 18;
        pdf.Text(50, y, 10, "Putonghua Level 2A certificate; CET-6"); y -= 16;
        return pdf.Build();
    }
}

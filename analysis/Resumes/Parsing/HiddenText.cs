namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>How a piece of text was made invisible to a reader of the resume while a machine would still read it.</summary>
public enum HiddenTextKind
{
    BackgroundColour,
    TinyFont,
    HiddenRun,
    ShapeBehindText,
    TinyTextBox,
    InvisibleRenderMode,
    OffPage,
    HtmlComment,
    HtmlHidden,
}

/// <summary>Text a file carries but does not show; kept out of screening and reported as keyword stuffing.</summary>
public sealed record HiddenText(HiddenTextKind Kind, string Text)
{
    public string DescribeZh() => Kind switch
    {
        HiddenTextKind.BackgroundColour => "与背景同色的文字",
        HiddenTextKind.TinyFont => "字号不超过 2 磅的文字",
        HiddenTextKind.HiddenRun => "设为隐藏的文字",
        HiddenTextKind.ShapeBehindText => "衬于文字下方的文本框",
        HiddenTextKind.TinyTextBox => "极小的文本框",
        HiddenTextKind.InvisibleRenderMode => "不可见渲染模式的文字",
        HiddenTextKind.OffPage => "页面范围之外的文字",
        HiddenTextKind.HtmlComment => "HTML 注释",
        _ => "HTML 隐藏元素（display:none / 白色字体）",
    };

    public string DescribeEn() => Kind switch
    {
        HiddenTextKind.BackgroundColour => "text in the background colour",
        HiddenTextKind.TinyFont => "text of 2 pt or less",
        HiddenTextKind.HiddenRun => "text formatted as hidden",
        HiddenTextKind.ShapeBehindText => "a text box behind the text",
        HiddenTextKind.TinyTextBox => "a tiny text box",
        HiddenTextKind.InvisibleRenderMode => "text in the invisible render mode",
        HiddenTextKind.OffPage => "text placed outside the page",
        HiddenTextKind.HtmlComment => "an HTML comment",
        _ => "a hidden HTML element (display:none / white font)",
    };
}

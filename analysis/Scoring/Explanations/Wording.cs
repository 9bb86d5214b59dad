using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>The phrases both explanations share: targets, recommendations, reasons, consent notes.</summary>
internal static class Wording
{
    /// <summary>"≥ 0.80", "≤ 0.25", "3.5–5.5 音节/秒" for HR.</summary>
    public static string TargetSymbolic(IndicatorScore i, Localised l) => i.Direction switch
    {
        IndicatorDirection.AtLeast => "≥ " + FeatureText.Value(i.Feature, i.Target, l, asPercent: false),
        IndicatorDirection.AtMost => "≤ " + FeatureText.Value(i.Feature, i.Target, l, asPercent: false),
        _ => Localised.Number(i.Target, "0.##") + "–" + FeatureText.Value(i.Feature, i.UpperTarget ?? i.Target, l, asPercent: false),
    };

    /// <summary>"不低于 80%" / "at least 80%" for candidates.</summary>
    public static string TargetInWords(IndicatorScore i, Localised l)
    {
        string V(double v) => FeatureText.Value(i.Feature, v, l, asPercent: true);
        return i.Direction switch
        {
            IndicatorDirection.AtLeast => l.Pick("不低于 ", "at least ") + V(i.Target),
            IndicatorDirection.AtMost => l.Pick("不高于 ", "at most ") + V(i.Target),
            _ => l.Pick($"在 {V(i.Target)} 到 {V(i.UpperTarget ?? i.Target)} 之间", $"between {V(i.Target)} and {V(i.UpperTarget ?? i.Target)}"),
        };
    }

    public static string Recommendation(Recommendation r, Localised l) => r switch
    {
        Rubric.Recommendation.PriorityHire => l.Pick("优先录用", "priority hire"),
        Rubric.Recommendation.SecondRound => l.Pick("建议复试", "second round"),
        Rubric.Recommendation.Reject => l.Pick("淘汰", "reject"),
        _ => l.Pick("需人工复核", "needs human review"),
    };

    public static string Reason(IndicatorScore i, Localised l)
    {
        var text = i.Reason switch
        {
            IndicatorReason.NotMeasured => l.Pick("未提供测量值", "no value was supplied"),
            IndicatorReason.AnalyserHadNoData => l.Pick("分析器无可用数据", "the analyser had no usable data"),
            IndicatorReason.InvalidValue => l.Pick("测量值无效", "the value was invalid"),
            IndicatorReason.JurisdictionForbids => l.Pick("本岗位所在地区的规定不允许推断情绪或情感", "the rules of the job's jurisdiction forbid inferring emotion or affect"),
            IndicatorReason.FacialPolicyOff => l.Pick("本岗位政策不使用面部指标", "the job's policy does not use facial indicators"),
            IndicatorReason.FaceConsentNotGiven => l.Pick("候选人未同意面部分析", "the candidate did not consent to face analysis"),
            IndicatorReason.VoiceConsentNotGiven => l.Pick("候选人未同意语音分析", "the candidate did not consent to voice analysis"),
            IndicatorReason.ContentConsentNotGiven => l.Pick("候选人未同意内容分析", "the candidate did not consent to content analysis"),
            _ => "",
        };
        return i.ReasonDetail is { Length: > 0 } detail ? $"{text}{l.Pick("：", ": ")}{detail}" : text;
    }

    /// <summary>The sentence for a policy or consent note, or null for notes of another kind.</summary>
    public static string? ExclusionNote(ScoringNote note, Localised l, bool forCandidate)
    {
        var features = string.Join(l.Pick("、", ", "), note.Features.Select(f => FeatureText.Label(f, l)));
        return (note.Code, forCandidate) switch
        {
            (NoteCode.CuesExcludedByJurisdiction, false) => l.Pick($"本岗位所在地区的规定不允许推断情绪或情感：{features} 未参与评分，权重已重新分配。", $"The rules of the job's jurisdiction forbid inferring emotion or affect: {features} not scored; their weight was redistributed."),
            (NoteCode.CuesExcludedByJurisdiction, true) => l.Pick("根据本岗位所在地区的规定，未使用微笑等表情指标。", "Under the rules of this job's location, smile and similar expression cues were not used."),
            (NoteCode.FacialIndicatorsExcludedByPolicy, false) => l.Pick($"本岗位政策不使用面部指标：{features} 未参与评分，权重已重新分配。", $"The job's policy does not use facial indicators: {features} not scored; their weight was redistributed."),
            (NoteCode.FacialIndicatorsExcludedByPolicy, true) => l.Pick("本岗位不对面部表情评分。", "This role does not score facial expressions."),
            (NoteCode.FaceConsentNotGiven, false) => l.Pick($"候选人未同意面部分析：{features} 未参与评分，权重已重新分配。", $"The candidate did not consent to face analysis: {features} not scored; their weight was redistributed."),
            (NoteCode.FaceConsentNotGiven, true) => l.Pick("根据您的选择，未进行面部分析，相关指标未计入评分。", "As you chose, no face analysis was done and those indicators were not counted."),
            (NoteCode.VoiceConsentNotGiven, false) => l.Pick($"候选人未同意语音分析：{features} 未参与评分，权重已重新分配。", $"The candidate did not consent to voice analysis: {features} not scored; their weight was redistributed."),
            (NoteCode.VoiceConsentNotGiven, true) => l.Pick("根据您的选择，未进行语音分析，相关指标未计入评分。", "As you chose, no voice analysis was done and those indicators were not counted."),
            (NoteCode.ContentConsentNotGiven, false) => l.Pick($"候选人未同意内容分析：{features} 未参与评分，权重已重新分配。", $"The candidate did not consent to content analysis: {features} not scored; their weight was redistributed."),
            (NoteCode.ContentConsentNotGiven, true) => l.Pick("根据您的选择，未分析回答内容，相关指标未计入评分。", "As you chose, your answers' content was not analysed and those indicators were not counted."),
            _ => null,
        };
    }
}

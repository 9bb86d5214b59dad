namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// A job's competency model (岗位能力模型): what the bank looks for, how each competency is measured,
/// how resumes are screened and which questions the AI interview asks. Versioned by the JobRubric grain.
/// </summary>
public sealed record CompetencyModel(
    string JobCode,
    string TitleZh,
    string TitleEn,
    IReadOnlyList<Competency> Competencies,
    ScoringPolicy Policy,
    ScreeningCriteria Screening,
    IReadOnlyList<InterviewQuestion> Questions,
    QuestionOrder QuestionOrder = QuestionOrder.Fixed);

public enum QuestionOrder { Fixed, RandomPerCandidate }

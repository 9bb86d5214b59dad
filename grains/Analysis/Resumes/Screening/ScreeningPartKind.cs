namespace BankHire.Analysis.Resumes.Screening;

public enum ScreeningPartKind { Knockout, Competency, Experience, Education, NiceToHave }

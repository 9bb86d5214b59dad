namespace BankHire.Analysis.Resumes.Screening;

/// <summary><see cref="HiddenText"/> earns nothing: it reports text the file hid from a reader, which screening ignored.</summary>
public enum ScreeningPartKind { Knockout, Competency, Experience, Education, NiceToHave, HiddenText }

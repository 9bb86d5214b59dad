namespace BankHire.Analysis; /// <summary>Versions of the analysers, carried by every feature they produce.</summary>
public static class AnalyserInfo { }

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>The part of a resume a line belongs to; <see cref="Header"/> is everything before the first heading.</summary>
public enum SectionKind { Header, Personal, Education, Experience, Internship, Projects, Campus, Skills, Certificates, Languages, Awards, Summary, Other }

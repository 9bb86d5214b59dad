namespace BankHire.Analysis.Resumes.Parsing;

public enum FileKind { Pdf, Docx, Xlsx, Zip, PlainText, Csv, EncryptedOffice, LegacyOffice, Image, Unknown }

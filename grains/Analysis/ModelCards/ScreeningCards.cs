using BankHire.Analysis.Features;

namespace BankHire.Analysis.ModelCards;

/// <summary>The resume screening's card; figures from grains/Analysis/Resumes/README.md.</summary>
internal static class ScreeningCards
{
    public static IEnumerable<ModelCardEntry> All() =>
    [
        new("resume-screening", "简历筛选", "Resume screening", FeatureKind.Resume,
            ["resume_competency_evidence", "resume_experience_years", "resume_education_fit", "resume_certificate_score", "written_test_score"],
            "Our extraction and rules: PDF (PdfPig), DOCX (Open XML SDK), text in UTF-8/GB18030; zh/en terms and synonyms",
            "BankHire (grains/Analysis/Resumes)", "Apache-2.0 (PdfPig, Open XML SDK)", null, "resumes/v1",
            "Degree, certificates, years of experience and evidence of each competency in a resume, against the job's screening criteria.",
            "36 generated resumes (18 zh / 18 en; TXT, GBK TXT, DOCX, PDF) and 8 hand-written layouts.",
            [new("expected tier", "generated corpus", 36 / 36.0), new("field accuracy", "8 hand-written layouts", 0.99)],
            ["Scanned resumes (images) are refused: no OCR.", "Subset-font Chinese PDFs without ToUnicode may extract badly."],
            MeasureRelease.Released),
    ];
}

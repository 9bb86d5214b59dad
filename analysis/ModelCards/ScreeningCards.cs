using BankHire.Analysis.Features;

namespace BankHire.Analysis.ModelCards;

/// <summary>The resume screening's card; figures from analysis/Resumes/README.md.</summary>
internal static class ScreeningCards
{
    public static IEnumerable<ModelCardEntry> All() =>
    [
        new("resume-screening", "简历筛选", "Resume screening", FeatureKind.Resume,
            ["resume_competency_evidence", "resume_experience_years", "resume_education_fit", "resume_certificate_score", "written_test_score"],
            "Our extraction and rules: PDF (PdfPig), DOCX (Open XML SDK), text in UTF-8/GB18030; zh/en terms and synonyms",
            "BankHire (analysis/Resumes)", "Apache-2.0 (PdfPig, Open XML SDK)", null, "resumes/v1",
            "Degree, certificates, years of experience and evidence of each competency in a resume, against the job's screening criteria.",
            "Generated corpus (36 resumes, 18 zh / 18 en; TXT, GBK TXT, DOCX, PDF) and a hand-written corpus held out from tuning " +
            "(20 resumes, 10 zh / 10 en; tables, two columns, nicknames, degree spellings, negated certificates, hidden text).",
            [new("ranking vs labelled tiers, Spearman", "generated corpus", 0.92, "rho"),
             new("name, degree held, certificates held, hidden text: all checks", "hand-written held-out corpus", 0.94),
             new("ranking vs HR's tiers, pairwise order", "hand-written held-out corpus", 0.95),
             new("tier (A/B/C) exact", "hand-written held-out corpus", 14 / 20.0)],
            ["Scanned resumes (images) are refused: no OCR.", "Subset-font Chinese PDFs without ToUnicode may extract badly.",
             "The shipped templates' A cut-off sits high for tersely written resumes: order is right, tiers can be one band low.",
             "HR can measure agreement on its own labelled set before a model version goes live (POST /api/jobs/{id}/screening-validations)."],
            MeasureRelease.Released),
    ];
}

using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class CompetencyModelJsonTests
{
    private static CompetencyModel Small() => new(
        "teller", "柜员", "Teller",
        [new Competency("service_orientation", "服务意识", "Service orientation", 1, 60,
            [new Indicator("smile_ratio", IndicatorDirection.AtLeast, 0.8, 1, 0.4)], ["客户服务"])],
        new ScoringPolicy(true, 80, 60),
        new ScreeningCriteria([], [], new EducationRequirement(DegreeLevel.Bachelor, ["金融学"]), 0),
        []);

    [Fact]
    public void Writes_camel_case_string_enums_indented_and_chinese_as_is()
    {
        var json = CompetencyModelJson.Serialize(Small());

        Assert.Contains("\"jobCode\": \"teller\"", json);
        Assert.Contains("\"direction\": \"AtLeast\"", json);
        Assert.Contains("\"minimumDegree\": \"Bachelor\"", json);
        Assert.Contains("服务意识", json);
        Assert.Contains("\n  \"titleZh\"", json);
        Assert.DoesNotContain("upperTarget", json);
    }

    [Fact]
    public void Reads_back_what_it_writes()
    {
        var model = CompetencyModelJson.Deserialize(CompetencyModelJson.Serialize(Small()));

        var indicator = model.Competencies[0].Indicators[0];
        Assert.Equal(("smile_ratio", IndicatorDirection.AtLeast, 0.8), (indicator.Feature, indicator.Direction, indicator.Target));
        Assert.Null(indicator.UpperTarget);
        Assert.Equal(QuestionOrder.Fixed, model.QuestionOrder);
    }

    [Fact]
    public void Misspelt_member_is_an_error_with_its_path()
    {
        var json = CompetencyModelJson.Serialize(Small()).Replace("\"tolerance\"", "\"tolerence\"");

        var e = Assert.Throws<CompetencyModelFormatException>(() => CompetencyModelJson.Deserialize(json));
        Assert.Contains("tolerence", e.Message);
        Assert.StartsWith("$.competencies[0].indicators[0]", e.Path);
    }

    [Fact]
    public void Unknown_enum_value_is_an_error_with_its_path()
    {
        var json = CompetencyModelJson.Serialize(Small()).Replace("\"AtLeast\"", "\"AtLeastish\"");

        var e = Assert.Throws<CompetencyModelFormatException>(() => CompetencyModelJson.Deserialize(json));
        Assert.Equal("$.competencies[0].indicators[0].direction", e.Path);
        Assert.Contains("line", e.Message);
    }

    [Fact]
    public void Missing_required_member_is_an_error()
    {
        var json = CompetencyModelJson.Serialize(Small()).Replace("\"jobCode\": \"teller\",", "");

        var e = Assert.Throws<CompetencyModelFormatException>(() => CompetencyModelJson.Deserialize(json));
        Assert.Contains("jobCode", e.Message);
    }

    [Fact]
    public void Null_where_a_value_is_required_is_an_error()
    {
        var json = CompetencyModelJson.Serialize(Small()).Replace("\"titleEn\": \"Teller\"", "\"titleEn\": null");

        Assert.Throws<CompetencyModelFormatException>(() => CompetencyModelJson.Deserialize(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("{ \"jobCode\": ")]
    [InlineData("[1, 2]")]
    public void Empty_or_malformed_documents_are_errors(string json)
    {
        Assert.Throws<CompetencyModelFormatException>(() => CompetencyModelJson.Deserialize(json));
    }
}

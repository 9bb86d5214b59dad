using BankHire.Analysis.Vision;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Measures the landmark cues on the labelled Debian faces and their augmented copies, and holds
/// <see cref="VisionCueCards"/> (the model card's figures) and <see cref="SmileRule.Default"/> to the measurement:
/// change a model or a rule and these tests tell you to re-state its accuracy.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class CueValidationTests(VisionModelsFixture models, ITestOutputHelper output)
{
    [Fact]
    public void Smile_accuracy_held_out_face_by_face_is_the_stated_one()
    {
        var readings = LabelledCueReadings.Measure(models).Where(r => r.Cues?.Mouth is not null).ToList();
        var correct = 0;
        var wrong = new List<LabelledCueReading>();
        foreach (var face in readings.Select(r => r.Face).Distinct())
        {
            var rule = SmileRuleFit.Fit(readings.Where(r => r.Face != face).ToList());
            foreach (var r in readings.Where(r => r.Face == face))
                if (rule.IsSmile(r.Cues!.Mouth!) == r.Sample.Smiling) correct++;
                else wrong.Add(r);
        }

        output.WriteLine($"smile, leave-one-face-out: {correct}/{readings.Count} ({(double)correct / readings.Count:P1})");
        Report("annotated pictures", readings, wrong, r => r.Sample.Annotated);
        Report("clean pictures", readings, wrong, r => !r.Sample.Annotated);
        Report("smiling faces", readings, wrong, r => r.Sample.Smiling);
        Report("neutral faces", readings, wrong, r => !r.Sample.Smiling);
        Report("heads turned away", readings, wrong, r => r.Sample.LooksAtCamera == false);
        foreach (var variant in Augmentations.Names) Report(variant, readings, wrong, r => r.Variant == variant);
        foreach (var w in wrong.GroupBy(w => w.Sample.ToString()))
            output.WriteLine($"  wrong on {w.Key} ({(w.First().Sample.Smiling ? "smiling" : "neutral")}): {string.Join(", ", w.Select(x => x.Variant))}");

        AssertCard(VisionCueCards.Smile, readings, wrong, r => r.Sample.Smiling);
        var all = SmileRuleFit.Fit(readings);
        output.WriteLine($"fit on every face: width weight {all.WidthWeight}, threshold {all.Threshold:F3}");
        Assert.Equal(all.WidthWeight, SmileRule.Default.WidthWeight);
        Assert.Equal(all.Threshold, SmileRule.Default.Threshold, 3);
    }

    [Fact]
    public void Eye_contact_accuracy_on_the_gaze_labelled_faces_is_the_stated_one()
    {
        var labelled = LabelledCueReadings.Measure(models).Where(r => r.Sample.LooksAtCamera is not null).ToList();
        var read = labelled.Where(r => r.Cues is not null).ToList();
        var wrong = read.Where(r => r.Cues!.LookingAtCamera != r.Sample.LooksAtCamera).ToList();
        output.WriteLine($"eye contact: {read.Count - wrong.Count}/{read.Count} right; {labelled.Count - read.Count} copies without landmarks");
        foreach (var w in wrong)
            output.WriteLine($"  wrong on {w.Sample} {w.Variant}: yaw {w.Cues!.Pose?.YawDegrees:F0}° pitch {w.Cues.Pose?.PitchDegrees:F0}° eyes {w.Cues.Eyes.Mean:F2}");

        AssertCard(VisionCueCards.EyeContact, read, wrong, r => r.Sample.LooksAtCamera == true);
    }

    [Fact]
    public void Open_eyes_are_not_read_as_closed()
    {
        var read = LabelledCueReadings.Measure(models).Where(r => r.Cues is not null).ToList();
        var open = read.Count(r => !r.Cues!.Eyes.Closed);
        output.WriteLine($"open eyes read as open: {open}/{read.Count}; lowest eye aspect ratio {read.Min(r => r.Cues!.Eyes.Mean):F2}");

        Assert.Equal((VisionCueCards.EyesClosed.NoRight, VisionCueCards.EyesClosed.No, VisionCueCards.EyesClosed.Yes), (open, read.Count, 0));
        Assert.False(VisionCueCards.EyesClosed.Released);
    }

    [Fact]
    public void A_cue_reaches_the_features_only_when_its_card_releases_it()
    {
        var aggregator = models.Analyzer.NewAggregator();
        using var face = models.Frames.OneFace();
        aggregator.Add(models.Analyzer.Analyze(face));
        var features = aggregator.Complete();

        foreach (var card in VisionCueCards.All)
        {
            var feature = features.Single(f => f.Name == card.Feature);
            Assert.Equal(card.Released, feature.HasValue);
            if (!card.Released) Assert.Equal(card.WithheldReason, feature.NoDataReason);
        }
    }

    private void AssertCard(VisionCueCard card, List<LabelledCueReading> readings, List<LabelledCueReading> wrong, Func<LabelledCueReading, bool> yes)
    {
        var measured = (readings.Count(yes) - wrong.Count(yes), readings.Count(yes), readings.Count(r => !yes(r)) - wrong.Count(r => !yes(r)), readings.Count(r => !yes(r)));
        output.WriteLine($"{card.Feature}: yes {measured.Item1}/{measured.Item2}, no {measured.Item3}/{measured.Item4}; released: {card.Released}");
        Assert.Equal((card.YesRight, card.Yes, card.NoRight, card.No), measured);
    }

    private void Report(string group, List<LabelledCueReading> readings, List<LabelledCueReading> wrong, Func<LabelledCueReading, bool> inGroup)
    {
        var n = readings.Count(inGroup);
        var right = n - wrong.Count(inGroup);
        output.WriteLine($"  {group,-20} {right,4}/{n,-4} {(n == 0 ? 0 : (double)right / n):P0}");
    }
}

/// <summary>
/// Fits <see cref="SmileRule"/> on labelled readings: for each width weight of a small grid, the threshold that
/// gets most readings right (the midpoint between neighbouring scores); ties go to the smaller weight.
/// </summary>
public static class SmileRuleFit
{
    private static readonly double[] Weights = [0, 0.1, 0.2, 0.3, 0.5];

    public static SmileRule Fit(IReadOnlyList<LabelledCueReading> readings)
    {
        SmileRule? best = null;
        var bestCorrect = -1;
        foreach (var weight in Weights)
        {
            var scored = readings.Select(r => (Score: r.Cues!.Mouth!.CornerLift + weight * (r.Cues.Mouth.Width - 1), r.Sample.Smiling)).OrderBy(s => s.Score).ToArray();
            for (var i = 1; i < scored.Length; i++)
            {
                var threshold = Math.Round((scored[i - 1].Score + scored[i].Score) / 2, 3);
                var correct = scored.Count(s => s.Score >= threshold == s.Smiling);
                if (correct <= bestCorrect) continue;
                bestCorrect = correct;
                best = new SmileRule(weight, threshold);
            }
        }

        return best ?? SmileRule.Default;
    }
}

using BankHire.Analysis.Vision;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// The gaze cone on real faces of the labelled set whose head pose is plain to see by eye: frontal portraits
/// must be inside it, clearly turned heads (Lena's three-quarter view, two turned faces of the landmark collage)
/// outside. Faces in between are not asserted: head pose there is a judgement call.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class GazeOnRealFacesTests(VisionModelsFixture models, ITestOutputHelper output)
{
    private static readonly string[] Frontal =
    [
        "astronaut.png@177,66", "Cascade_Classifier_Tutorial_Result_Haar.jpg@134,148", "example.jpg@25,151",
        "grace_hopper.jpg@155,105", "imgs.jpg@1919,192", "2.jpg@542,82", "2.jpg@2,169",
    ];

    private static readonly string[] Turned = ["resimg.jpg@223,174", "blurred.png@208,202", "2.jpg@91,93", "2.jpg@360,96"];

    [Fact]
    public void Frontal_portraits_look_at_the_camera_and_turned_heads_do_not()
    {
        SmileValidationSet.Prefetch();
        foreach (var sample in SmileValidationSet.Samples.Where(s => Frontal.Contains(s.ToString()) || Turned.Contains(s.ToString())))
        {
            var (frame, _) = SmileValidationSet.Frame(sample);
            using (frame)
            {
                var o = models.Analyzer.Analyze(frame);
                var p = o.HeadPose!;
                output.WriteLine($"{sample,-52} yaw {p.YawDegrees,6:F1}°  pitch ratio {p.PitchRatio:F2}  eye span {p.EyeSpanRatio:F2}");
                Assert.Equal(Frontal.Contains(sample.ToString()), o.LookingAtCamera);
            }
        }
    }
}

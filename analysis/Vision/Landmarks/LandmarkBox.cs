using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// The box dlib's shape predictor expects for a face BlazeFace found. dlib trained its 68-point model on the boxes
/// of its own HOG detector, which sit differently from BlazeFace's; rather than guess an offset, the square box is
/// solved from BlazeFace's eye, nose and mouth keypoints: the one that puts the model's mean eye centres, nose tip
/// and mouth centre (in box-normalised units) closest to them, in the least-squares sense.
/// </summary>
public static class LandmarkBox
{
    public static Rect2f For(FaceKeypoints keypoints, ShapePredictor model)
    {
        ReadOnlySpan<Point2f> mean = [Centre(model, 36, 41), Centre(model, 42, 47), model.MeanPoint(30), Centre(model, 48, 67)];
        ReadOnlySpan<Point2f> seen = [keypoints.RightEye, keypoints.LeftEye, keypoints.Nose, keypoints.Mouth];

        double mu = 0, mv = 0, mx = 0, my = 0;
        for (var i = 0; i < mean.Length; i++)
        {
            mu += mean[i].X; mv += mean[i].Y;
            mx += seen[i].X; my += seen[i].Y;
        }

        (mu, mv, mx, my) = (mu / mean.Length, mv / mean.Length, mx / mean.Length, my / mean.Length);
        double covariance = 0, spread = 0;
        for (var i = 0; i < mean.Length; i++)
        {
            var (du, dv) = (mean[i].X - mu, mean[i].Y - mv);
            covariance += du * (seen[i].X - mx) + dv * (seen[i].Y - my);
            spread += du * du + dv * dv;
        }

        var side = spread > 0 ? covariance / spread : 0; // pixels per box-normalised unit = box side − 1
        return new Rect2f((float)(mx - mu * side), (float)(my - mv * side), (float)side + 1, (float)side + 1);
    }

    private static Point2f Centre(ShapePredictor model, int first, int last)
    {
        float x = 0, y = 0;
        for (var i = first; i <= last; i++)
        {
            var p = model.MeanPoint(i);
            x += p.X; y += p.Y;
        }

        var n = last - first + 1;
        return new Point2f(x / n, y / n);
    }
}

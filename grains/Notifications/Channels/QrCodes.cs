using QRCoder;

namespace BankHire.Notifications.Channels;

/// <summary>The candidate's link as a QR code PNG, for the e-mail and for HR to print or show.</summary>
public static class QrCodes
{
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The languages and sizes an HR console task is run at. Each task runs in both languages and at both sizes, as two
/// pairs rather than all four combinations (the suite's time is bounded); tasks alternate the pairing, so every
/// combination of language and size is exercised across the console.
/// </summary>
public static class HrConsoleSettings
{
    public static TheoryData<string, int> ZhLaptopEnPhone => new() { { "zh-CN", 1280 }, { "en", 390 } };

    public static TheoryData<string, int> EnLaptopZhPhone => new() { { "en", 1280 }, { "zh-CN", 390 } };
}

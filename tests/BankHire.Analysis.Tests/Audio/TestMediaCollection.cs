namespace BankHire.Analysis.Tests.Audio;

/// <summary>Tests that share the generated media, run one after the other so each file is made once.</summary>
[CollectionDefinition(Name)]
public sealed class TestMediaCollection : ICollectionFixture<TestMedia>
{
    public const string Name = "audio media";
}

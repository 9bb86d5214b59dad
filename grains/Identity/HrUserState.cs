namespace BankHire.Identity;

[GenerateSerializer, Alias("bankhire.HrUserState")]
public sealed class HrUserState
{
    [Id(0)] public HrUserRecord? User { get; set; }
}

namespace BankHire.Web.Identity;

public sealed record HrRole(string Name);

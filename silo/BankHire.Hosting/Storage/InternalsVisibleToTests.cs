using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("BankHire.Tests")]

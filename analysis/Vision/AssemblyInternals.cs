using System.Runtime.CompilerServices;

// Anchor generation, decoding and suppression are tested and benchmarked on their own.
[assembly: InternalsVisibleTo("BankHire.Analysis.Tests")]
[assembly: InternalsVisibleTo("BankHire.Benchmarks")]

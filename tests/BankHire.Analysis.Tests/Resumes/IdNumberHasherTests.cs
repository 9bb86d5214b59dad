using System.Security.Cryptography;
using System.Text;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Tests.Text;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class IdNumberHasherTests
{
    private const string IdNumber = "11010519900307123X";
    private static readonly IdNumberHasher OtherBank = new(Enumerable.Repeat((byte)9, 32).ToArray());

    [Fact]
    public void The_same_number_gives_the_same_value_whatever_its_case_and_spaces()
    {
        Assert.Equal(TestIdNumbers.Hasher.Hash(IdNumber), TestIdNumbers.Hasher.Hash(" 11010519900307123x "));
    }

    [Fact]
    public void The_value_depends_on_the_key_and_is_not_the_plain_sha256_an_attacker_could_enumerate()
    {
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(IdNumber)));
        var keyed = TestIdNumbers.Hasher.Hash(IdNumber);
        Assert.NotEqual(OtherBank.Hash(IdNumber), keyed);
        Assert.DoesNotContain(plain, keyed);
        Assert.StartsWith(IdNumberHasher.KeyedPrefix, keyed);
    }

    [Fact]
    public void A_value_stored_unkeyed_is_rekeyed_to_what_the_number_gives_now_and_a_keyed_value_is_left_alone()
    {
        var legacy = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(IdNumber)));
        var keyed = TestIdNumbers.Hasher.Hash(IdNumber);
        Assert.Equal(keyed, TestIdNumbers.Hasher.Rekey(legacy));
        Assert.Equal(keyed, TestIdNumbers.Hasher.Rekey(keyed));
        Assert.Null(TestIdNumbers.Hasher.Rekey(null));
    }

    [Fact]
    public void A_key_shorter_than_256_bits_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new IdNumberHasher(new byte[16]));
    }

    [Fact]
    public void Resume_text_never_keeps_the_number_only_its_keyed_value()
    {
        var extractor = new ResumeExtractor(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);
        var profile = extractor.Extract("id.txt", $"张伟\n身份证号：{IdNumber}\n电话：13812345678\n");
        Assert.Equal(TestIdNumbers.Hasher.Hash(IdNumber), profile.Contact.IdNumberHash);
        Assert.DoesNotContain(IdNumber, System.Text.Json.JsonSerializer.Serialize(profile));
    }
}

using System.Buffers.Binary;
using System.Text;

namespace BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

/// <summary>
/// Reads the unigrams and bigrams of a CMU Sphinx "trie" binary language model (the Debian package's
/// <c>en-us.lm.bin</c>, 72,547 words, 2.05 M bigrams). Debian's <c>sphinx_lm_convert</c> 0.8+5prealpha aborts
/// when writing that model as ARPA text, so we read the binary ourselves (layout of sphinxbase's
/// <c>lm_trie.c</c>): header, n-gram counts, quantisation tables, unigrams, then bit-packed bigram entries.
/// The trie is reversed: the entries under word <c>w</c> are its histories <c>h</c>, giving P(w | h).
/// Probabilities come out as log10.
/// </summary>
public sealed class TrieLanguageModel
{
    private const string Header = "Trie Language Model";
    private const int QuantBins = 1 << 16;
    private const int UnigramBytes = 12; // float prob, float backoff, uint32 next
    private static readonly double Log10OfLogBase = Math.Log10(1.0001); // sphinxbase's logmath base

    private readonly byte[] bytes;
    private readonly uint[] next;
    private readonly int middleProbabilities, bigramStart, wordBits, entryBits;

    private TrieLanguageModel(byte[] bytes, string[] words, float[] unigramLog10, float[] unigramBackoffLog10, uint[] next,
        int middleProbabilities, int bigramStart, int wordBits, int entryBits)
    {
        this.bytes = bytes;
        Words = words;
        UnigramLog10 = unigramLog10;
        UnigramBackoffLog10 = unigramBackoffLog10;
        this.next = next;
        this.middleProbabilities = middleProbabilities;
        this.bigramStart = bigramStart;
        this.wordBits = wordBits;
        this.entryBits = entryBits;
    }

    /// <summary>The vocabulary in the model's word order (includes <c>&lt;s&gt;</c> and <c>&lt;/s&gt;</c>).</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<float> UnigramLog10 { get; }

    public IReadOnlyList<float> UnigramBackoffLog10 { get; }

    /// <summary>One explicit bigram: P(<see cref="Word"/> | <see cref="History"/>) as log10, by word index.</summary>
    public readonly record struct Bigram(int History, int Word, float Log10);

    /// <summary>The explicit bigrams whose history and word pass the filters and whose probability is at least <paramref name="minimumLog10"/>.</summary>
    public List<Bigram> Bigrams(Func<int, bool> history, Func<int, bool> word, double minimumLog10)
    {
        var found = new List<Bigram>();
        for (var w = 0; w < Words.Count; w++)
        {
            if (!word(w)) continue;
            for (var e = next[w]; e < next[w + 1]; e++)
            {
                var bit = (long)e * entryBits;
                var raw = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bigramStart + (int)(bit >> 3))) >> (int)(bit & 7);
                var h = (int)(raw & ((1UL << wordBits) - 1));
                if (!history(h)) continue;
                var bin = (int)((raw >> (wordBits + 16)) & 0xFFFF);
                var log10 = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(middleProbabilities + bin * sizeof(float))) * Log10OfLogBase;
                if (log10 >= minimumLog10) found.Add(new Bigram(h, w, (float)log10));
            }
        }
        return found;
    }

    /// <exception cref="FormatException">The file is not a trie language model of order 2 or more.</exception>
    public static TrieLanguageModel Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (bytes.Length < Header.Length + 1 || Encoding.ASCII.GetString(bytes, 0, Header.Length) != Header)
            throw new FormatException($"{path} is not a CMU Sphinx trie language model");
        var at = Header.Length;
        int order = bytes[at++];
        if (order < 2) throw new FormatException($"{path} has order {order}; bigrams are needed");
        var counts = new uint[order];
        for (var i = 0; i < order; i++, at += 4) counts[i] = BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);
        at += 4; // a retired "quantisation type" field
        var middleProbabilities = at; // first table: middle-order probabilities; then backoffs; then longer orders
        at += ((order - 2) * 2 + 1) * QuantBins * sizeof(float);

        var unigramCount = (int)counts[0];
        var unigrams = at;
        var prob = new float[unigramCount];
        var backoff = new float[unigramCount];
        var next = new uint[unigramCount + 1];
        for (var i = 0; i <= unigramCount; i++)
        {
            var u = span[(unigrams + i * UnigramBytes)..];
            if (i < unigramCount)
            {
                prob[i] = (float)(BinaryPrimitives.ReadSingleLittleEndian(u) * Log10OfLogBase);
                backoff[i] = (float)(BinaryPrimitives.ReadSingleLittleEndian(u[4..]) * Log10OfLogBase);
            }
            next[i] = BinaryPrimitives.ReadUInt32LittleEndian(u[8..]);
        }
        var bigramStart = unigrams + (unigramCount + 1) * UnigramBytes;
        var words = ReadWords(bytes, unigramCount, path);

        var wordBits = RequiredBits(counts[0]);
        var nextBits = order > 2 ? RequiredBits(counts[2]) : 0;
        var entryBits = wordBits + 32 + nextBits; // word, 16-bit backoff bin, 16-bit probability bin, next pointer

        return new TrieLanguageModel(bytes, words, prob, backoff, next, middleProbabilities, bigramStart, wordBits, entryBits);
    }

    // The words close the file: an int32 byte count, then that many bytes of NUL-terminated words.
    private static string[] ReadWords(byte[] bytes, int count, string path)
    {
        for (var at = bytes.Length - 5; at > 0; at--)
        {
            if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at)) != bytes.Length - at - 4) continue;
            var words = Encoding.UTF8.GetString(bytes, at + 4, bytes.Length - at - 4).Split('\0');
            if (words.Length >= count) return words[..count];
        }
        throw new FormatException($"{path}: the word list at its end was not found");
    }

    private static int RequiredBits(uint max)
    {
        var bits = 0;
        for (; max != 0; max >>= 1) bits++;
        return bits;
    }
}

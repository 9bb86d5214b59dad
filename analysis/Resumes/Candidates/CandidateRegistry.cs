using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Resumes.Candidates;

/// <summary>
/// The people of one job's intake, recognised across files and formats. Two profiles are one person
/// when their ID-number hashes agree, or when phone or e-mail agree and the names do not contradict
/// (a shared family phone with another name stays two people). A Chinese and a Latin-letter name
/// cannot be compared, so then both phone and e-mail must agree (the Chinese and English resume of one
/// candidate). Not thread-safe: one intake at a time.
/// </summary>
public sealed class CandidateRegistry
{
    private readonly List<List<ResumeProfile>> people = [];
    private readonly List<Candidate?> merged = [];
    private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);

    public int Count => people.Count;

    public IEnumerable<Candidate> Candidates => Enumerable.Range(0, people.Count).Select(Get);

    /// <summary>Adds a profile; returns its candidate and, when it was already known, the first source of that candidate.</summary>
    public (Candidate Candidate, string? DuplicateOf) Add(ResumeProfile profile)
    {
        var index = FindPerson(profile);
        string? duplicateOf = null;
        if (index < 0)
        {
            index = people.Count;
            people.Add([profile]);
            merged.Add(null);
        }
        else
        {
            duplicateOf = people[index][0].SourceName;
            people[index].Add(profile);
            merged[index] = null;
        }
        foreach (var key in KeysOf(profile.Contact)) byKey.TryAdd(key, index);
        return (Get(index), duplicateOf);
    }

    private Candidate Get(int index) =>
        merged[index] ??= new Candidate(IdOf(index), ProfileMerger.Merge(people[index]), people[index].ToList());

    private static string IdOf(int index) => $"cand-{index + 1:D5}";

    private int FindPerson(ResumeProfile profile)
    {
        var contact = profile.Contact;
        if (contact.IdNumberHash is not null && byKey.TryGetValue("id:" + contact.IdNumberHash, out var byId)) return byId;
        foreach (var key in KeysOf(contact with { IdNumberHash = null }))
        {
            if (!byKey.TryGetValue(key, out var found)) continue;
            if (people[found].All(p => NameKey.Compatible(p.Contact.Name, contact.Name))) return found;
            if (people[found].Any(p => NameKey.DifferentScripts(p.Contact.Name, contact.Name) && SamePhoneAndEmail(p.Contact, contact))
                && people[found].All(p => NameKey.Compatible(p.Contact.Name, contact.Name) || NameKey.DifferentScripts(p.Contact.Name, contact.Name)))
                return found;
        }
        return -1;
    }

    private static bool SamePhoneAndEmail(ContactDetails a, ContactDetails b) =>
        a.Phone is not null && a.Phone == b.Phone && a.Email is not null && a.Email == b.Email;

    private static IEnumerable<string> KeysOf(ContactDetails contact)
    {
        if (contact.IdNumberHash is not null) yield return "id:" + contact.IdNumberHash;
        if (contact.Phone is not null) yield return "phone:" + contact.Phone;
        if (contact.Email is not null) yield return "email:" + contact.Email;
    }
}

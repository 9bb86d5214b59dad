using Orleans.Storage;

namespace BankHire.Hosting.Encryption.GrainState;

/// <summary>
/// The grain storage serializer, sealing the serialized state when <see cref="StateSeal.Current"/> says the state holds
/// personal data. A state stored before sealing reads as it was stored (and is sealed by its next write); a sealed state
/// whose data key was shredded reads as null, which the storage turns into an empty state.
/// </summary>
internal sealed class SealingStateSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input)
    {
        var serialized = inner.Serialize(input);
        return StateSeal.Current is { } seal ? new BinaryData(seal.Seal(serialized.ToMemory().Span)) : serialized;
    }

    public T? Deserialize<T>(BinaryData input)
    {
        var payload = input.ToMemory();
        if (!StateSeal.IsSealed(payload.Span)) return inner.Deserialize<T>(input);
        var seal = StateSeal.Current ?? throw new InvalidOperationException("A sealed grain state was read outside the sealing storage.");
        return seal.Open(payload.Span) is { } plaintext ? inner.Deserialize<T>(new BinaryData(plaintext)) : default;
    }
}

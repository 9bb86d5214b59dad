using System.Xml.Linq;
using BankHire.Identity;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace BankHire.Web.Identity;

/// <summary>
/// Data-protection keys in the cluster's store (through <see cref="IDataProtectionKeyRingGrain"/>) rather than
/// on one pod's disk, so a cookie issued by one web node is accepted by all. The interface is synchronous;
/// it is called when the key ring is first loaded, refreshed (about daily) or a key is created.
/// </summary>
public sealed class GrainXmlRepository(IGrainFactory grains) : IXmlRepository
{
    private IDataProtectionKeyRingGrain KeyRing => grains.GetGrain<IDataProtectionKeyRingGrain>(IDataProtectionKeyRingGrain.DefaultKey);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        KeyRing.GetAllAsync().AsTask().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        KeyRing.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).AsTask().GetAwaiter().GetResult();
}

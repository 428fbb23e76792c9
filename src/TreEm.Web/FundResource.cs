namespace TreEm.Web;

/// <summary>Marker for the strings of the child-protection fund pages (Resources/FundResource.en-US.resx).</summary>
public sealed class FundResource;

namespace TreEm.Web;

/// <summary>Marker for the support pages' strings (Resources/SupportResource.en-US.resx).</summary>
public sealed class SupportResource;

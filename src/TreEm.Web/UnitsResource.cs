namespace TreEm.Web;

/// <summary>Marker for the strings of the administrative-units pages (Resources/UnitsResource.en-US.resx).</summary>
public sealed class UnitsResource;

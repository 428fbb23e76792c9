namespace TreEm.Web;

/// <summary>Marker for the strings of the programme and alternative-care pages (Resources/CareResource.en-US.resx).</summary>
public sealed class CareResource;

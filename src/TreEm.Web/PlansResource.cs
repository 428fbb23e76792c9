namespace TreEm.Web;

/// <summary>Marker for the strings of the plans and dashboard pages (Resources/PlansResource.en-US.resx).</summary>
public sealed class PlansResource;

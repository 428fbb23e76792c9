namespace TreEm.Web;

/// <summary>Marker for the strings of the children list and its export (Resources/ChildListResource.en-US.resx).</summary>
public sealed class ChildListResource;

namespace TreEm.Web;

/// <summary>Marker for the child register pages' strings (Resources/ChildrenResource.en-US.resx).</summary>
public sealed class ChildrenResource;

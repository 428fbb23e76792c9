namespace TreEm.Web;

/// <summary>Marker for the English texts of the children import pages (Resources/ChildImportResource.en-US.resx).</summary>
public sealed class ChildImportResource;

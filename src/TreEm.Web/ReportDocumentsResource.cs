namespace TreEm.Web;

/// <summary>Marker for the strings of the report documents and the appendix layout pages (Resources/ReportDocumentsResource.en-US.resx).</summary>
public sealed class ReportDocumentsResource;

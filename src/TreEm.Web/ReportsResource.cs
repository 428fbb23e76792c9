namespace TreEm.Web;

/// <summary>Marker for the strings of the report pages: periods, reports, workflow, consolidation (Resources/ReportsResource.en-US.resx).</summary>
public sealed class ReportsResource;

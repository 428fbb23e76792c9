namespace TreEm.Web;

/// <summary>Marker for the strings of the case step pages (Resources/CaseStepsResource.en-US.resx).</summary>
public sealed class CaseStepsResource;

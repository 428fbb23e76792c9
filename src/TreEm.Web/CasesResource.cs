namespace TreEm.Web;

/// <summary>Marker of the case pages' strings (Resources/CasesResource.en-US.resx).</summary>
public sealed class CasesResource;

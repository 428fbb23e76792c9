namespace TreEm.Web;

/// <summary>Marker for the strings of the indicators pages (Resources/IndicatorsResource.en-US.resx).</summary>
public sealed class IndicatorsResource;

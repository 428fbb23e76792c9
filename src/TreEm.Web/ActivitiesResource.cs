namespace TreEm.Web;

/// <summary>Marker for the strings of the communication, inspection and injury pages (Resources/ActivitiesResource.en-US.resx).</summary>
public sealed class ActivitiesResource;

namespace TreEm.Web;

/// <summary>Marker for the strings of the events pages (Resources/EventsResource.en-US.resx).</summary>
public sealed class EventsResource;

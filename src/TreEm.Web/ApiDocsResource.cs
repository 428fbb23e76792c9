namespace TreEm.Web;

/// <summary>Marker for the strings of the API reference page (Resources/ApiDocsResource.en-US.resx); keys are the Vietnamese text.</summary>
public sealed class ApiDocsResource;

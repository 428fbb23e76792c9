namespace TreEm.Web;

/// <summary>Marker for the strings of the audit-log pages (Resources/AuditResource.en-US.resx); keys are the Vietnamese text.</summary>
public sealed class AuditResource;

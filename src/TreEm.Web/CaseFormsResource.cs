namespace TreEm.Web;

/// <summary>Marker for the strings of the case forms (Mẫu 01–07) list.</summary>
public sealed class CaseFormsResource;

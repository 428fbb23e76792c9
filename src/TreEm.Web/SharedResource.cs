namespace TreEm.Web;

/// <summary>
/// Marker for the shared strings (Resources/SharedResource.en-US.resx). Keys are the Vietnamese text itself, so
/// Vietnamese needs no resource file and a missing English entry shows Vietnamese rather than a key.
/// It lives at the project root: beside the .resx files the localizer would look under the wrong name.
/// </summary>
public sealed class SharedResource;

namespace TreEm.Web;

/// <summary>
/// Marker for the strings of the working-calendar pages (Resources/CalendarResource.en-US.resx). Keys are the
/// Vietnamese text. It lives at the project root, like <see cref="SharedResource"/>.
/// </summary>
public sealed class CalendarResource;

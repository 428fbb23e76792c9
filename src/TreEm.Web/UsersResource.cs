namespace TreEm.Web;

/// <summary>
/// Marker for the strings of the users, roles and profile pages (Resources/UsersResource.en-US.resx). Keys are
/// the Vietnamese text. It lives at the project root, like <see cref="SharedResource"/>.
/// </summary>
public sealed class UsersResource;

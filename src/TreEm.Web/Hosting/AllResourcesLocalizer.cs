using Microsoft.Extensions.Localization;

namespace TreEm.Web.Hosting;

/// <summary>
/// Validation messages (DataAnnotations) may live in any feature's resource file: this localizer looks a key up in
/// every feature resource (the marker classes named *Resource at the project root) and then the shared one.
/// Keys are Vietnamese text, so the first file that knows a key has the right English.
/// </summary>
public sealed class AllResourcesLocalizer : IStringLocalizer
{
    private readonly IReadOnlyList<IStringLocalizer> _localizers;

    public AllResourcesLocalizer(IStringLocalizerFactory factory)
    {
        _localizers = typeof(SharedResource).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SharedResource).Namespace && t.Name.EndsWith("Resource", StringComparison.Ordinal))
            .OrderBy(t => t == typeof(SharedResource) ? 1 : 0)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(factory.Create)
            .ToList();
    }

    public LocalizedString this[string name] => Find(name, l => l[name]) ?? new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        Find(name, l => l[name, arguments]) ?? new LocalizedString(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));

    private LocalizedString? Find(string name, Func<IStringLocalizer, LocalizedString> lookup)
    {
        foreach (var localizer in _localizers)
        {
            var s = lookup(localizer);
            if (!s.ResourceNotFound) return s;
        }
        return null;
    }
}

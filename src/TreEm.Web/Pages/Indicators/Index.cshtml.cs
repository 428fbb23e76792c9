using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data.Indicators;
using TreEm.Domain.Indicators;

namespace TreEm.Web.Pages.Indicators;

/// <summary>The catalogue of indicators: what each one counts, how, for which periods and appendix.</summary>
public class IndexModel : PageModel
{
    public IReadOnlyList<IndicatorDefinition> Definitions { get; private set; } = [];

    public void OnGet() => Definitions = IndicatorCatalogue.All;
}

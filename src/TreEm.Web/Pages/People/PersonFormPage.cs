using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TreEm.Web.Pages.People;

/// <summary>What the new and edit pages of a person share: the typed fields and the units to choose from.</summary>
public abstract class PersonFormPage : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public List<PeopleAccess.UnitOption> UnitOptions { get; protected set; } = [];
}

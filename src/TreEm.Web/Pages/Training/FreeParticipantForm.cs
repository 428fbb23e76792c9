namespace TreEm.Web.Pages.Training;

/// <summary>The free-participant form: the session it posts to and what was typed (after a refusal).</summary>
public sealed record FreeParticipantForm(int SessionId, AddParticipantModel.FreeInput? Typed);

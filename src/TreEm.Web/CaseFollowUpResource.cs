namespace TreEm.Web;

/// <summary>Marker for the strings of the deadline, task-list, notification, referral and partner pages
/// (Resources/CaseFollowUpResource.en-US.resx).</summary>
public sealed class CaseFollowUpResource;

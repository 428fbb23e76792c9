namespace TreEm.Web;

/// <summary>Marker for the resources of the people, committees and coverage pages.</summary>
public sealed class PeopleResource;

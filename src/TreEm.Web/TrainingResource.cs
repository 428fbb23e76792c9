namespace TreEm.Web;

/// <summary>Marker for the training pages' English resources (keys are the Vietnamese text).</summary>
public sealed class TrainingResource;

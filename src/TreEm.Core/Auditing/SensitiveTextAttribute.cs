namespace TreEm.Auditing;

/// <summary>A narrative only some people may read: the audit log keeps "***" in its place.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveTextAttribute : Attribute;

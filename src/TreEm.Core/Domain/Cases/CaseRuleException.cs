namespace TreEm.Domain.Cases;

/// <summary>A step the procedure does not allow now; the message is Vietnamese and shown to the user as is.</summary>
public sealed class CaseRuleException : Exception
{
    public CaseRuleException(string message) : base(message) { }
    public CaseRuleException() { }
    public CaseRuleException(string message, Exception inner) : base(message, inner) { }
}

using TreEm.Domain.Cases;

namespace TreEm.Tests.Domain.Cases;

public class ClassificationProposalTests
{
    [Theory]
    [InlineData(AbuseForm.BaoLuc, "i")]
    [InlineData(AbuseForm.BocLot, "k")]
    [InlineData(AbuseForm.XamHaiTinhDuc, "l")]
    [InlineData(AbuseForm.MuaBan, "m")]
    [InlineData(AbuseForm.BoRoi, "b")]
    [InlineData(AbuseForm.BoMac, null)]
    [InlineData(AbuseForm.Khac, null)]
    public void GroupOf_EachFormOfAbuse_MapsToItsGroup(AbuseForm form, string? group) =>
        Assert.Equal(group, ClassificationProposal.GroupOf(form));

    [Fact]
    public void GroupsOf_SeveralForms_ProposesEachMatchingGroupInCatalogueOrder() =>
        Assert.Equal(["b", "l"], ClassificationProposal.GroupsOf(AbuseForm.XamHaiTinhDuc | AbuseForm.BoRoi | AbuseForm.BoMac));

    private static Case Case(bool? confirmed, CaseChild child) => new()
    {
        AbuseForms = AbuseForm.XamHaiTinhDuc,
        Children = [child],
        Assessments = confirmed is null ? [] : [new CaseAssessment { Kind = AssessmentKind.CuThe, AbuseConfirmed = confirmed }],
    };

    [Fact]
    public void For_ConfirmedLinkedUndecidedChild_ProposesTheGroup()
    {
        var child = new CaseChild { ChildId = 5 };
        Assert.Equal(["l"], ClassificationProposal.For(Case(true, child), child));
    }

    [Fact]
    public void For_NotConfirmedProvisionalOrDecided_ProposesNothing()
    {
        var linked = new CaseChild { ChildId = 5 };
        var provisional = new CaseChild();
        var decided = new CaseChild { ChildId = 5, ClassificationDecidedAt = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) };
        Assert.Empty(ClassificationProposal.For(Case(false, linked), linked));
        Assert.Empty(ClassificationProposal.For(Case(null, linked), linked));
        Assert.Empty(ClassificationProposal.For(Case(true, provisional), provisional));
        Assert.Empty(ClassificationProposal.For(Case(true, decided), decided));
    }

    [Fact]
    public void For_ConfirmationOnlyInAnInitialAssessment_ProposesNothing()
    {
        var child = new CaseChild { ChildId = 5 };
        var c = Case(null, child);
        c.Assessments.Add(new CaseAssessment { Kind = AssessmentKind.BanDau, AbuseConfirmed = true });
        Assert.Empty(ClassificationProposal.For(c, child));
    }
}

using TreEm.Domain;
using TreEm.Domain.Activities;

namespace TreEm.Tests.Domain;

/// <summary>Circular 29/2019 on children's forums: minimums by level and ratios, as warnings; plain errors refuse.</summary>
public class ForumRulesTests
{
    private static ChildEvent Forum(int boys, int girls, int adults, int volunteers = 0, int guests = 0, bool consent = true) => new()
    {
        Kind = EventKind.DienDan, StartDate = new DateOnly(2021, 6, 1), EndDate = new DateOnly(2021, 6, 1), Theme = "Diễn đàn", Venue = "Hội trường",
        ChildrenMale = boys, ChildrenFemale = girls, AdultsInCharge = adults, Volunteers = volunteers, Guests = guests, ParentalConsentCollected = consent,
    };

    [Theory]
    [InlineData(ForumLevel.National, 100)]
    [InlineData(ForumLevel.Province, 50)]
    [InlineData(ForumLevel.District, 40)]
    [InlineData(ForumLevel.Commune, 30)]
    [InlineData(ForumLevel.Other, 50)]
    public void MinimumChildren_ByLevel_FollowsTheCircular(ForumLevel level, int minimum) =>
        Assert.Equal(minimum, ForumRules.MinimumChildren(level));

    [Theory]
    [InlineData(UnitTier.Province, ForumLevel.Province)]
    [InlineData(UnitTier.District, ForumLevel.District)]
    [InlineData(UnitTier.Commune, ForumLevel.Commune)]
    [InlineData(UnitTier.Village, ForumLevel.Other)]
    public void LevelOf_UnitTier_IsTheForumLevel(UnitTier tier, ForumLevel level) => Assert.Equal(level, ForumRules.LevelOf(tier));

    [Fact]
    public void Warnings_ForumMeetingEveryRule_None()
    {
        // 50 children: 10 adults in charge (5 each), 5 volunteers (1/10), 16 guests (≤ 1/3), consent.
        Assert.Empty(ForumRules.Warnings(Forum(25, 25, adults: 10, volunteers: 5, guests: 16), ForumLevel.Province));
    }

    [Fact]
    public void Warnings_TooFewChildrenForTheLevel_Warns()
    {
        var warnings = ForumRules.Warnings(Forum(20, 19, adults: 8), ForumLevel.District);
        var w = Assert.Single(warnings);
        Assert.Equal("min-children", w.Code);
        Assert.Equal("Diễn đàn cấp huyện cần ít nhất 40 trẻ em tham gia; mới có 39.", w.Text);
        Assert.Empty(ForumRules.Warnings(Forum(20, 20, adults: 8), ForumLevel.District));
    }

    [Fact]
    public void Warnings_EachAdultOverFiveChildren_Warns()
    {
        // 31 children need 7 adults in charge; 6 is one short, 7 is enough.
        var w = Assert.Single(ForumRules.Warnings(Forum(16, 15, adults: 6), ForumLevel.Commune));
        Assert.Equal("adults", w.Code);
        Assert.Contains("31 trẻ cần ít nhất 7 người phụ trách; mới có 6", w.Text, StringComparison.Ordinal);
        Assert.Empty(ForumRules.Warnings(Forum(16, 15, adults: 7), ForumLevel.Commune));
    }

    [Fact]
    public void Warnings_VolunteersOverOneTenth_Warns()
    {
        Assert.Empty(ForumRules.Warnings(Forum(20, 20, adults: 8, volunteers: 4), ForumLevel.District));
        var w = Assert.Single(ForumRules.Warnings(Forum(20, 20, adults: 8, volunteers: 5), ForumLevel.District));
        Assert.Equal("volunteers", w.Code);
    }

    [Fact]
    public void Warnings_GuestsOverOneThird_Warns()
    {
        Assert.Empty(ForumRules.Warnings(Forum(15, 15, adults: 6, guests: 10), ForumLevel.Commune));
        var w = Assert.Single(ForumRules.Warnings(Forum(15, 15, adults: 6, guests: 11), ForumLevel.Commune));
        Assert.Equal("guests", w.Code);
        Assert.Equal("Số khách mời không quá 1/3 số trẻ em (30 trẻ: tối đa 10); có 11.", w.Text);
    }

    [Fact]
    public void Warnings_NoParentalConsent_Warns()
    {
        var w = Assert.Single(ForumRules.Warnings(Forum(15, 15, adults: 6, consent: false), ForumLevel.Commune));
        Assert.Equal("consent", w.Code);
    }

    [Fact]
    public void Warnings_NotAForum_NoneWhateverTheNumbers()
    {
        var e = Forum(1, 1, adults: 0, volunteers: 9, guests: 9, consent: false);
        e.Kind = EventKind.TrungThu;
        Assert.Empty(ForumRules.Warnings(e, ForumLevel.Commune));
    }

    [Fact]
    public void Errors_EndBeforeStartAndNegativeCounts_AreRefused()
    {
        var e = Forum(-1, 10, adults: 2);
        e.EndDate = e.StartDate.AddDays(-1);
        e.ChildrenEthnicMinority = 0;
        var errors = ForumRules.Errors(e);
        Assert.Equal("Ngày kết thúc không được trước ngày bắt đầu.", errors[nameof(ChildEvent.EndDate)]);
        Assert.Equal("Số người không được âm.", errors[nameof(ChildEvent.ChildrenMale)]);
        Assert.Empty(ForumRules.Errors(Forum(10, 10, adults: 4)));
    }

    [Fact]
    public void Errors_MoreEthnicMinorityChildrenThanChildren_AreRefused()
    {
        var e = Forum(10, 10, adults: 4);
        e.ChildrenEthnicMinority = 21;
        Assert.True(ForumRules.Errors(e).ContainsKey(nameof(ChildEvent.ChildrenEthnicMinority)));
    }

    [Theory]
    [InlineData("bao-cao.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData("anh.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData("anh.JPG", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    public void Files_KnownMagicBytes_AreAccepted(string name, byte[] head, string type)
    {
        Assert.Equal(type, EventFiles.Detect(head));
        Assert.Null(EventFiles.Refusal(name, head));
    }

    [Fact]
    public void Files_ExecutableNamedPdf_IsRefused()
    {
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03];
        Assert.Null(EventFiles.Detect(exe));
        Assert.Equal("Chỉ nhận tệp PDF, JPEG hoặc PNG.", EventFiles.Refusal("bao-cao.pdf", exe));
    }
}

using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>Accepts a submitted report of a unit below: final; its frozen figures enter the consolidation.</summary>
public class AcceptModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor audit, IStringLocalizer<ReportsResource> l)
    : TransitionPage(db, me, time, audit, l)
{
    protected override bool Allowed(ReportActor actor, Report report, OrgUnit? receiver) =>
        receiver is not null && actor.ReviewUnitIds.Contains(receiver.Id);

    protected override string? Check(Report report, ReportActor actor, OrgUnit? receiver) =>
        ReportWorkflow.ReviewRefusal(report, actor, receiver?.Id);

    protected override Task<string?> ApplyAsync(Report report, ReportActor actor, OrgUnit? receiver, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(Comments) ? null : Comments.Trim();
        var refusal = ReportWorkflow.Accept(report, actor, receiver?.Id, Now, note);
        if (refusal is null) Audit(note ?? $"Tiếp nhận báo cáo {report.Period!.Title} của {report.Unit!.Name}");
        return Task.FromResult(refusal);
    }

    protected override string Done(Report report) => L["Đã tiếp nhận báo cáo của {0}.", report.Unit!.Name].Value;
}

using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>Returns a submitted report to the unit below with comments (required).</summary>
public class ReturnModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor audit, IStringLocalizer<ReportsResource> l)
    : TransitionPage(db, me, time, audit, l)
{
    protected override bool Allowed(ReportActor actor, Report report, OrgUnit? receiver) =>
        receiver is not null && actor.ReviewUnitIds.Contains(receiver.Id);

    protected override string? Check(Report report, ReportActor actor, OrgUnit? receiver) =>
        ReportWorkflow.ReviewRefusal(report, actor, receiver?.Id);

    protected override Task<string?> ApplyAsync(Report report, ReportActor actor, OrgUnit? receiver, CancellationToken ct)
    {
        var refusal = ReportWorkflow.Return(report, actor, receiver?.Id, Comments, Now);
        if (refusal is null) Audit(Comments!.Trim());
        return Task.FromResult(refusal);
    }

    protected override string Done(Report report) => L["Đã trả lại báo cáo của {0} kèm ý kiến.", report.Unit!.Name].Value;
}

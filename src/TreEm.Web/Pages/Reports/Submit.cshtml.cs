using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// Submits a draft or returned report to the unit above: its figures are frozen (the live figures of the unit, or
/// for a consolidated report the sums of the accepted reports below, recomputed now).
/// </summary>
public class SubmitModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor audit, IStringLocalizer<ReportsResource> l)
    : TransitionPage(db, me, time, audit, l)
{
    protected override bool Allowed(ReportActor actor, Report report, OrgUnit? receiver) => actor.WriteUnitIds.Contains(report.UnitId);

    protected override string? Check(Report report, ReportActor actor, OrgUnit? receiver) => report.Status switch
    {
        ReportStatus.Submitted => ReportWorkflow.AlreadySubmitted,
        ReportStatus.Accepted => ReportWorkflow.AlreadyAccepted,
        _ => null,
    };

    protected override async Task<string?> ApplyAsync(Report report, ReportActor actor, OrgUnit? receiver, CancellationToken ct)
    {
        if (Check(report, actor, receiver) is { } refusal) return refusal;
        var scope = await Me.ScopeAsync(ct);
        var figures = report.IsConsolidated
            ? (await ReportConsolidation.BuildAsync(Db, scope, report, Now, ct)).Figures()
            : await ReportFigureBuilder.ComputeAsync(Db, scope, report.Unit!, report.Period!.Figures, Now, ct);
        var note = string.IsNullOrWhiteSpace(Comments) ? null : Comments.Trim();
        refusal = ReportWorkflow.Submit(report, actor, figures, Now, note);
        if (refusal is null) Audit(note ?? $"Gửi báo cáo {report.Period!.Title}");
        return refusal;
    }

    protected override string Done(Report report) =>
        L["Đã gửi báo cáo {0}. Số liệu đã được chốt.", report.Period!.Title].Value;
}

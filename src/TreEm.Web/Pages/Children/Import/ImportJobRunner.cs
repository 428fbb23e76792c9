using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Importing;
using TreEm.Domain.Importing;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>
/// Runs one import job from start to end: reads the stored file, converts legacy text, checks every row and (for
/// a commit) writes the valid ones, keeping the job's progress and results up to date. The background worker
/// calls it for each queued job; tests and tools may call it directly and await it.
/// <para>
/// Work is done in DbContexts of its own whose audit actor is the user who uploaded the file, so the audit log
/// names them for every child written.
/// </para>
/// </summary>
public sealed class ImportJobRunner(IServiceScopeFactory scopes, ChildImportFiles files, ChildImportScheduler queue, TimeProvider time, ILogger<ImportJobRunner> log)
{
    public const string Kind = "children";

    /// <summary>Cells sampled to decide the legacy encoding of a file.</summary>
    private const int DetectionSample = 5000;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, bool> _running = new();

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public int BatchSize { get; set; } = ChildImporter.DefaultBatchSize;

    /// <summary>Runs the job if it is queued (a job already running or finished is left alone).</summary>
    public async Task RunAsync(Guid jobId, CancellationToken ct = default)
    {
        if (!_running.TryAdd(jobId, true)) return;
        try
        {
            await RunQueuedAsync(jobId, ct);
        }
        finally
        {
            _running.TryRemove(jobId, out _);
            queue.MarkFinished(jobId);
        }
    }

    private async Task RunQueuedAsync(Guid jobId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<TreEmDbContext>>();
        ImportJob? found;
        await using (var probe = new TreEmDbContext(options, new SystemActor(), time))
            found = await probe.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (found is not { Status: ImportJobStatus.Queued, Kind: Kind }) return;

        var actor = new ImportActor(found.UserId, found.UserName);
        await using var jobs = new TreEmDbContext(options, actor, time);
        await using var data = new TreEmDbContext(options, actor, time);
        var job = await jobs.ImportJobs.FirstAsync(j => j.Id == jobId, ct);
        job.Status = ImportJobStatus.Running;
        job.StartedAt = time.GetUtcNow().UtcDateTime;
        job.ProcessedRows = 0;
        await jobs.SaveChangesAsync(ct);

        var commit = !job.DryRun;
        var report = new ChildImportReport();
        try
        {
            await ProcessAsync(job, jobs, data, actor, report, ct);
        }
        catch (SpreadsheetException e)
        {
            await FailAsync(jobs, job, e.Message, report);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The server is stopping: the job starts again at the next start (a commit again finds what it wrote).
            job.Status = ImportJobStatus.Queued;
            await jobs.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Import job {JobId} failed", jobId);
            var written = commit && report.Created + report.Updated > 0
                ? $" {report.Created + report.Updated} dòng đã được ghi trước khi lỗi xảy ra; nhập lại cùng tệp sẽ không tạo trùng các trẻ đó."
                : " Không có thay đổi nào được ghi.";
            await FailAsync(jobs, job, "Hệ thống gặp lỗi khi xử lý tệp." + written + " Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.", report);
        }
        // A dry run keeps its file for the commit that may follow; everything else is done with it.
        if (commit || job.Status != ImportJobStatus.Completed) files.Delete(job.StoredFile);
    }

    private async Task ProcessAsync(ImportJob job, TreEmDbContext jobs, TreEmDbContext data, IAuditActor actor, ChildImportReport report, CancellationToken ct)
    {
        var scope = await ImportUserScope.LoadAsync(data, job.UserId, ct);
        if (scope is null || !ImportUserScope.CanImport(scope))
            throw new SpreadsheetException("Tài khoản đã tải tệp lên không còn quyền nhập trẻ em; không có thay đổi nào được ghi.");
        var path = files.FullPath(job.StoredFile);
        if (!File.Exists(path))
            throw new SpreadsheetException("Không còn tệp đã tải lên (tệp đã được dùng để nhập hoặc đã bị xóa). Hãy tải tệp lên lại.");

        var sheet = ImportSpreadsheet.Open(path, job.FileName, h => ChildImportTemplate.HeaderScore(h));
        var columns = ColumnMap.For(sheet.Headers);
        columns.ThrowIfIncomplete(job.FileName);
        report.HeaderRow = sheet.HeaderRow;
        report.IgnoredColumns = columns.Ignored;

        // First pass: count the rows (for the progress bar) and sample the text for the encoding. Reading the whole
        // file first also means that a file broken half-way changes nothing.
        var total = 0;
        var sample = new List<string>();
        foreach (var row in sheet.Rows(job.FileName))
        {
            total++;
            if (sample.Count >= DetectionSample) continue;
            foreach (var cell in row.Cells)
                if (LegacyVietnamese.MayBeLegacy(cell)) sample.Add(cell);
        }
        if (total == 0)
            throw new SpreadsheetException("Tệp «{0}» không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {1}).", job.FileName, sheet.HeaderRow);
        job.TotalRows = total;
        await jobs.SaveChangesAsync(ct);

        var encoding = LegacyVietnamese.Detect(sample);
        var converter = encoding is { } e ? new LegacyTextConverter(e) : null;

        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(Display.ToVietnamTime(now));
        var importer = await ChildImporter.CreateAsync(data, scope, today, now, actor, BatchSize,
            $"Nhập danh sách trẻ em từ tệp «{job.FileName}»", ct);
        var rows = sheet.Rows(job.FileName).Select(r => columns.ToImportRow(r, converter));
        var watch = Stopwatch.StartNew();
        await importer.RunAsync(rows, commit: !job.DryRun, async done =>
        {
            job.ProcessedRows = done;
            Copy(importer.Report, report);
            if (watch.Elapsed < ProgressInterval) return;
            watch.Restart();
            await jobs.SaveChangesAsync(ct);
        }, ct);

        Copy(importer.Report, report);
        report.HeaderRow = sheet.HeaderRow;
        report.IgnoredColumns = columns.Ignored;
        if (converter is not null && converter.ConvertedCells > 0)
        {
            report.ConvertedFrom = LegacyVietnamese.Name(converter.Encoding);
            report.ConvertedCells = converter.ConvertedCells;
            report.ConversionSamples = converter.Samples.Select(s => new ConversionSample(s.Before, s.After)).ToList();
        }
        job.Status = ImportJobStatus.Completed;
        job.ConvertedFrom = report.ConvertedFrom;
        Finish(job, report);
        await jobs.SaveChangesAsync(CancellationToken.None);
    }

    private static void Copy(ChildImportReport from, ChildImportReport to)
    {
        to.TotalRows = from.TotalRows;
        to.Created = from.Created;
        to.Updated = from.Updated;
        to.Unchanged = from.Unchanged;
        to.ErrorRows = from.ErrorRows;
        to.FindingCount = from.FindingCount;
        to.Findings = from.Findings;
        to.Preview = from.Preview;
    }

    private void Finish(ImportJob job, ChildImportReport report)
    {
        job.FinishedAt = time.GetUtcNow().UtcDateTime;
        job.ProcessedRows = Math.Max(job.ProcessedRows, report.TotalRows);
        job.CreatedRows = report.Created;
        job.UpdatedRows = report.Updated;
        job.UnchangedRows = report.Unchanged;
        job.ErrorRows = report.ErrorRows;
        job.ResultJson = JsonSerializer.Serialize(report, Json);
    }

    private async Task FailAsync(TreEmDbContext jobs, ImportJob job, string message, ChildImportReport report)
    {
        job.Status = ImportJobStatus.Failed;
        job.Message = message.Length > 1000 ? message[..1000] : message;
        Finish(job, report);
        await jobs.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Reads the stored report of a finished job.</summary>
    public static ChildImportReport? ReadReport(ImportJob job) =>
        string.IsNullOrEmpty(job.ResultJson) ? null : JsonSerializer.Deserialize<ChildImportReport>(job.ResultJson, Json);
}

/// <summary>Which header of the file is which template column.</summary>
public sealed class ColumnMap
{
    private readonly (int Index, ChildColumn Column)[] _columns;

    private ColumnMap((int, ChildColumn)[] columns, List<string> ignored, List<ChildColumn> present)
    {
        _columns = columns;
        Ignored = ignored;
        Present = present;
    }

    public List<string> Ignored { get; }
    public List<ChildColumn> Present { get; }

    public static ColumnMap For(IReadOnlyList<string> headers)
    {
        var columns = new List<(int, ChildColumn)>();
        var ignored = new List<string>();
        var present = new List<ChildColumn>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(headers[i])) continue;
            if (ChildImportTemplate.Match(headers[i]) is { } column && !present.Contains(column))
            {
                present.Add(column);
                columns.Add((i, column));
            }
            else ignored.Add(headers[i]);
        }
        return new ColumnMap(columns.ToArray(), ignored, present);
    }

    /// <summary>A clear message when the header row lacks required columns.</summary>
    public void ThrowIfIncomplete(string fileName)
    {
        var missing = ChildImportTemplate.MissingHeaders(Present);
        if (missing.Count == 0) return;
        if (Present.Count == 0)
            throw new SpreadsheetException("Tệp «{0}» không có dòng tiêu đề theo mẫu (không tìm thấy cột nào như «{1}», «{2}»). Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.",
                fileName, ChildImportTemplate.Header(ChildColumn.FullName), ChildImportTemplate.Header(ChildColumn.UnitCode));
        throw new SpreadsheetException("Tệp «{0}» thiếu cột bắt buộc: {1}. Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.",
            fileName, string.Join("; ", missing.Select(m => $"«{m}»")));
    }

    public ChildImportRow ToImportRow(SheetRow row, LegacyTextConverter? converter)
    {
        var cells = new Dictionary<ChildColumn, string>(_columns.Length);
        foreach (var (index, column) in _columns)
        {
            var text = index < row.Cells.Length ? row.Cells[index] : "";
            cells[column] = converter is null || text.Length == 0 ? text : converter.Convert(text);
        }
        return new ChildImportRow(row.Number, cells);
    }
}

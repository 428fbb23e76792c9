using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Importing;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>
/// Takes an uploaded file in: refuses what cannot be imported with a clear message (no file, empty, too large,
/// not .xlsx/.csv, not a spreadsheet, no template header, no data row), otherwise stores it and queues a job.
/// A refused file leaves nothing behind: no job, no stored file.
/// </summary>
public sealed class ChildImportUpload(TreEmDbContext db, ChildImportFiles files, ChildImportScheduler queue, TimeProvider time, IStringLocalizer<ChildImportResource> l)
{
    private static readonly string[] Extensions = [".xlsx", ".csv"];

    public sealed record Outcome(Guid? JobId, string? Problem);

    public async Task<Outcome> AcceptAsync(IFormFile? file, bool dryRun, string userId, string userName, CancellationToken ct)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.FileName))
            return new(null, l["Vui lòng chọn tệp cần nhập (.xlsx hoặc .csv)."]);
        var name = FileName(file);
        if (file.Length == 0)
            return new(null, l["Tệp «{0}» trống (0 byte). Hãy chọn tệp có dòng tiêu đề và các dòng trẻ em.", name]);
        if (file.Length > ChildImportFiles.MaxBytes)
            return new(null, l["Tệp «{0}» quá lớn ({1} MB). Dung lượng tối đa là {2} MB; hãy chia tệp thành nhiều phần.",
                name, (file.Length / (1024d * 1024d)).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture), ChildImportFiles.MaxBytes / (1024 * 1024)]);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".xls")
            return new(null, l["Tệp «{0}» là tệp Excel 97–2003 (.xls). Hãy mở tệp trong Excel và chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.", name]);
        if (!Extensions.Contains(extension))
            return new(null, l["Tệp «{0}» không phải tệp Excel (.xlsx) hoặc CSV (.csv). Chỉ nhận hai loại tệp này.", name]);

        var id = Guid.NewGuid();
        var relative = ChildImportFiles.RelativePath(id, extension);
        var path = files.FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = File.Create(path))
        await using (var source = file.OpenReadStream())
            await source.CopyToAsync(target, ct);

        var problem = Check(path, name);
        if (problem is not null)
        {
            files.Delete(relative);
            return new(null, problem);
        }

        db.ImportJobs.Add(new ImportJob
        {
            Id = id,
            Kind = ImportJobRunner.Kind,
            FileName = name,
            StoredFile = relative,
            DryRun = dryRun,
            Status = ImportJobStatus.Queued,
            UserId = userId,
            UserName = userName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        queue.Enqueue(id);
        return new(id, null);
    }

    /// <summary>Opens the stored file as the job will: the header must be the template's and a data row must follow.</summary>
    private string? Check(string path, string name)
    {
        try
        {
            var sheet = ImportSpreadsheet.Open(path, name, h => ChildImportTemplate.HeaderScore(h));
            ColumnMap.For(sheet.Headers).ThrowIfIncomplete(name);
            if (!sheet.Rows(name).Any())
                return l["Tệp «{0}» không có dòng dữ liệu nào dưới dòng tiêu đề (dòng {1}).", name, sheet.HeaderRow];
            return null;
        }
        catch (SpreadsheetException e)
        {
            return l[e.Format, e.Args];
        }
    }

    public static string FileName(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return name.Length > 200 ? name[^200..] : name;
    }
}

using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Domain.Importing;
using TreEm.Security;

namespace TreEm.Data.Importing;

/// <summary>
/// Imports children from the rows of a template file, for one user: every row is read, checked against the
/// catalogues, the user's write scope and the register's duplicate rules; a dry run only reports, a commit also
/// writes the valid rows in batches (one SaveChanges per batch, the change tracker cleared between batches).
/// <para>
/// A row that matches a child of the same commune by identity number, or by normalised name and date of birth
/// (birth year when the date is unknown), updates that child, so importing a file twice creates nothing twice and
/// changes nothing the second time. A row that matches a child elsewhere by the duplicate rules is reported and
/// not written; so is the second row of the file for the same child.
/// </para>
/// </summary>
public sealed class ChildImporter
{
    public const int DefaultBatchSize = 500;

    private readonly TreEmDbContext _db;
    private readonly UserScope _scope;
    private readonly DateOnly _today;
    private readonly DateTime _now;
    private readonly IAuditActor? _actor;
    private readonly Dictionary<string, UnitRef> _unitsByCode;
    private readonly Dictionary<int, UnitRef> _unitsById;
    private readonly HashSet<int> _writable;
    private readonly ChildRowMapper _mapper;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    private sealed record UnitRef(int Id, string Code, string Name, UnitTier Tier, int? ParentId)
    {
        public int CommuneId { get; set; }
    }

    private ChildImporter(TreEmDbContext db, UserScope scope, DateOnly today, DateTime now, IAuditActor? actor,
        List<UnitRef> units, HashSet<int> writable, ChildImportCatalogues catalogues)
    {
        _db = db;
        _scope = scope;
        _today = today;
        _now = now;
        _actor = actor;
        _unitsById = units.ToDictionary(u => u.Id);
        _unitsByCode = new Dictionary<string, UnitRef>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in units) _unitsByCode.TryAdd(u.Code, u);
        foreach (var u in units) u.CommuneId = CommuneOf(u);
        _writable = writable;
        _mapper = new ChildRowMapper(catalogues);
    }

    /// <summary>What the import found and did so far.</summary>
    public ChildImportReport Report { get; } = new();

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Saved with the written rows as the audit reason.</summary>
    public string? AuditReason { get; init; }

    /// <summary>Loads what the rows are checked against: units, the user's write scope, the catalogues.</summary>
    public static async Task<ChildImporter> CreateAsync(TreEmDbContext db, UserScope scope, DateOnly today, DateTime nowUtc,
        IAuditActor? actor = null, int batchSize = DefaultBatchSize, string? auditReason = null, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Name, u.ParentId, Tier = u.Type!.Tier })
            .ToListAsync(ct);
        var writable = (await db.Units.AsNoTracking().WhereChildrenCanBeRegisteredBy(scope).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var ethnicities = await db.Ethnicities.AsNoTracking().Select(e => new { e.Code, e.Name }).ToListAsync(ct);
        var groups = (await db.SpecialCircumstanceGroups.AsNoTracking().ToListAsync(ct))
            .Where(g => g.ValidTo is null || g.ValidTo > today).Select(g => g.Code);
        var subgroups = (await db.SpecialCircumstanceSubgroups.AsNoTracking().ToListAsync(ct))
            .Where(s => s.ValidTo is null || s.ValidTo > today).Select(s => (s.Code, s.GroupCode));
        var atRisk = await db.AtRiskSituations.AsNoTracking().Where(a => a.IsActive).Select(a => a.Code).ToListAsync(ct);
        var catalogues = new ChildImportCatalogues(ethnicities.Select(e => (e.Code, e.Name)), groups, subgroups, atRisk);
        return new ChildImporter(db, scope, today, nowUtc, actor,
            units.Select(u => new UnitRef(u.Id, u.Code, u.Name, u.Tier, u.ParentId)).ToList(), writable, catalogues)
        {
            BatchSize = batchSize,
            AuditReason = auditReason,
        };
    }

    /// <summary>
    /// Processes the rows in batches. <paramref name="progress"/> is called after each batch with the number of
    /// rows done. With <paramref name="commit"/> false nothing is written.
    /// </summary>
    public async Task RunAsync(IEnumerable<ChildImportRow> rows, bool commit, Func<int, Task>? progress = null, CancellationToken ct = default)
    {
        var batch = new List<ChildImportRow>(BatchSize);
        var done = 0;
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count < BatchSize) continue;
            await ProcessBatchAsync(batch, commit, ct);
            done += batch.Count;
            batch.Clear();
            if (progress is not null) await progress(done);
        }
        if (batch.Count > 0)
        {
            await ProcessBatchAsync(batch, commit, ct);
            done += batch.Count;
            if (progress is not null) await progress(done);
        }
    }

    private sealed class Item(MappedChildRow row, ChildDraft draft, UnitRef? unit)
    {
        public MappedChildRow Row { get; } = row;
        public ChildDraft Draft { get; } = draft;
        public UnitRef? Unit { get; } = unit;
        public string NameSearch { get; } = VietnameseText.Normalize(draft.FullName);
        public string? IdentityNumber { get; } = string.IsNullOrWhiteSpace(draft.IdentityNumber) ? null : draft.IdentityNumber.Trim();
    }

    private sealed record Outcome(Item Item, ImportRowAction? Action, ImportFinding? Problem, Child? Child);

    private async Task ProcessBatchAsync(List<ChildImportRow> rows, bool commit, CancellationToken ct)
    {
        var items = new List<Item>(rows.Count);
        foreach (var r in rows)
        {
            var m = _mapper.Map(r.Row, r.Cells);
            var unit = ResolveUnit(m);
            var draft = m.ToDraft();
            m.AddValidation(draft, _today, _mapper.Catalogues.EthnicityCodes.Contains);
            var item = new Item(m, draft, unit);
            if (!m.HasErrors) CheckWithinFile(item);
            items.Add(item);
        }
        Report.TotalRows += items.Count;

        var valid = items.Where(i => !i.Row.HasErrors).ToList();
        List<Outcome> outcomes;
        try
        {
            outcomes = await ResolveAndWriteAsync(valid, commit, ct);
        }
        catch (DbUpdateException) when (commit)
        {
            // Someone changed or registered one of these children meanwhile: look again once.
            _db.ChangeTracker.Clear();
            outcomes = await ResolveAndWriteAsync(valid, commit, ct);
        }

        var byRow = outcomes.ToDictionary(o => o.Item.Row.Row);
        foreach (var item in items)
        {
            if (item.Row.HasErrors)
            {
                Report.ErrorRows++;
                foreach (var e in item.Row.Errors) Report.AddFinding(e);
                continue;
            }
            var o = byRow[item.Row.Row];
            if (o.Problem is not null)
            {
                Report.ErrorRows++;
                Report.AddFinding(o.Problem);
                continue;
            }
            switch (o.Action)
            {
                case ImportRowAction.Create: Report.Created++; break;
                case ImportRowAction.Update: Report.Updated++; break;
                default: Report.Unchanged++; break;
            }
            if (o.Action is ImportRowAction.Create or ImportRowAction.Update)
            {
                var d = item.Draft;
                Report.AddPreview(new ImportPreviewRow(item.Row.Row, o.Action.Value, VietnameseText.Clean(d.FullName),
                    d.DateOfBirth?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? d.EstimatedBirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    item.Unit!.Code, o.Child?.Id is > 0 ? o.Child.Id : null));
            }
        }
    }

    private UnitRef? ResolveUnit(MappedChildRow m)
    {
        if (m.UnitCode.Length == 0) return null;
        if (!_unitsByCode.TryGetValue(m.UnitCode, out var unit))
        {
            m.AddError(ChildColumn.UnitCode, $"Không có đơn vị mã «{m.UnitCode}» trong danh mục đơn vị hành chính.", m.UnitCode);
            return null;
        }
        if (unit.Tier is not (UnitTier.Village or UnitTier.Commune))
        {
            m.AddError(ChildColumn.UnitCode, $"Mã «{m.UnitCode}» là {unit.Name}: cần mã thôn, làng hoặc mã xã, phường nơi trẻ sinh sống.", m.UnitCode);
            return null;
        }
        if (!_writable.Contains(unit.Id))
        {
            m.AddError(ChildColumn.UnitCode, $"Đơn vị «{m.UnitCode}» ({unit.Name}) nằm ngoài phạm vi bạn được nhập trẻ em.", m.UnitCode);
            return null;
        }
        return unit;
    }

    private int CommuneOf(UnitRef unit)
    {
        var u = unit;
        for (var guard = 0; guard < 10 && u.Tier != UnitTier.Commune; guard++)
        {
            if (u.ParentId is not { } parent || !_unitsById.TryGetValue(parent, out var p)) return unit.Id;
            u = p;
        }
        return u.Tier == UnitTier.Commune ? u.Id : unit.Id;
    }

    private int CommuneOf(int unitId) => _unitsById.TryGetValue(unitId, out var u) ? u.CommuneId : unitId;

    /// <summary>The second row of the file for the same child is an error (the first one stands).</summary>
    private void CheckWithinFile(Item item)
    {
        var commune = item.Unit!.CommuneId;
        var keys = new List<(string Key, ChildColumn Column, string Message)>();
        if (item.IdentityNumber is { } id) keys.Add(("id:" + id, ChildColumn.IdentityNumber, "Trùng số định danh với dòng {0} của tệp."));
        if (item.Draft.DateOfBirth is { } dob)
            keys.Add(($"nd:{item.NameSearch}|{dob:yyyy-MM-dd}|{commune}", ChildColumn.FullName, "Trùng họ tên, ngày sinh và xã với dòng {0} của tệp."));
        else
            keys.Add(($"ny:{item.NameSearch}|{item.Draft.EstimatedBirthYear}|{commune}", ChildColumn.FullName, "Trùng họ tên, năm sinh và xã với dòng {0} của tệp."));
        foreach (var (key, column, message) in keys)
        {
            if (_seen.TryGetValue(key, out var first))
            {
                item.Row.AddError(column, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, first));
                return;
            }
        }
        foreach (var (key, _, _) in keys) _seen[key] = item.Row.Row;
    }

    /// <summary>Same person by the import's update rule: the same name and the same date of birth (or, both
    /// without one, the same birth year), in the same commune.</summary>
    private bool IsSameChild(Item item, Child c) =>
        c.NameSearch == item.NameSearch
        && CommuneOf(c.UnitId) == item.Unit!.CommuneId
        && (item.Draft.DateOfBirth is { } dob
            ? c.DateOfBirth == dob
            : c.DateOfBirth is null && c.BirthYear == item.Draft.EstimatedBirthYear)
        && (item.IdentityNumber is null || c.IdentityNumber is null || c.IdentityNumber == item.IdentityNumber);

    private async Task<List<Outcome>> ResolveAndWriteAsync(List<Item> items, bool commit, CancellationToken ct)
    {
        if (items.Count == 0) return [];
        var ids = items.Select(i => i.IdentityNumber).OfType<string>().Distinct().ToList();
        var names = items.Select(i => i.NameSearch).Distinct().ToList();
        var years = items.Select(i => i.Draft.DateOfBirth?.Year ?? i.Draft.EstimatedBirthYear ?? 0).Distinct().ToList();
        // Duplicates are looked for in the whole installation (a child registered in two communes is the case
        // that matters); what the user may see of them is decided below.
        var candidates = await _db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null)
            .Where(c => (c.IdentityNumber != null && ids.Contains(c.IdentityNumber)) || (names.Contains(c.NameSearch) && years.Contains(c.BirthYear)))
            .Include(c => c.Caregivers)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        var byId = new Dictionary<string, Child>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.IdentityNumber is not null)) byId.TryAdd(c.IdentityNumber!, c);
        var byName = candidates.ToLookup(c => c.NameSearch, StringComparer.Ordinal);

        var decisions = new List<(Item Item, Child? Target, Child? Duplicate, DuplicateReason Reason)>(items.Count);
        foreach (var item in items)
        {
            Child? target = null, duplicate = null;
            var reason = DuplicateReason.SameIdentityNumber;
            if (item.IdentityNumber is { } id && byId.TryGetValue(id, out var sameId))
            {
                if (CommuneOf(sameId.UnitId) == item.Unit!.CommuneId && _writable.Contains(sameId.UnitId)) target = sameId;
                else duplicate = sameId;
            }
            else
            {
                target = byName[item.NameSearch].FirstOrDefault(c => IsSameChild(item, c) && _writable.Contains(c.UnitId));
                if (target is null)
                {
                    foreach (var c in byName[item.NameSearch])
                    {
                        if (DuplicateRules.Match(item.Draft, c) is { } r) { duplicate = c; reason = r; break; }
                        if (IsSameChild(item, c)) { duplicate = c; reason = DuplicateReason.SameNameAndBirthDate; break; }
                    }
                }
            }
            decisions.Add((item, target, duplicate, reason));
        }

        // The records to update, through the write scope, with what the comparison needs.
        var targetIds = decisions.Where(d => d.Target is not null).Select(d => d.Target!.Id).Distinct().ToList();
        var targetsQuery = _db.Children.ManagedBy(_scope).Where(c => targetIds.Contains(c.Id))
            .Include(c => c.Caregivers).Include(c => c.Classifications).AsSplitQuery();
        var targets = targetIds.Count == 0 ? []
            : (commit ? await targetsQuery.ToListAsync(ct) : await targetsQuery.AsNoTracking().ToListAsync(ct)).ToDictionary(c => c.Id);

        var duplicateIds = decisions.Where(d => d.Duplicate is not null).Select(d => d.Duplicate!.Id).Distinct().ToList();
        var visible = duplicateIds.Count == 0 ? []
            : (await _db.Children.AsNoTracking().VisibleTo(_scope).Where(c => duplicateIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();

        var outcomes = new List<Outcome>(items.Count);
        var writes = 0;
        var updated = new HashSet<int>();
        foreach (var (item, target, duplicate, reason) in decisions)
        {
            if (duplicate is not null)
            {
                outcomes.Add(new Outcome(item, null, DuplicateFinding(item, duplicate, reason, visible.Contains(duplicate.Id)), null));
                continue;
            }
            if (target is not null)
            {
                if (!targets.TryGetValue(target.Id, out var child) || !updated.Add(child.Id))
                {
                    outcomes.Add(new Outcome(item, null, DuplicateFinding(item, target, reason, visible.Contains(target.Id)), null));
                    continue;
                }
                var outcome = Update(item, child, commit);
                if (outcome.Action == ImportRowAction.Update) writes++;
                outcomes.Add(outcome);
                continue;
            }
            var created = new Child { CreatedAt = _now, UpdatedAt = _now, Status = ChildStatus.DangQuanLy };
            item.Draft.ApplyTo(created, item.Unit!.Id);
            AddClassifications(created, item.Row.Groups, item.Row.AtRisk);
            if (commit)
            {
                _db.Children.Add(created);
                writes++;
            }
            outcomes.Add(new Outcome(item, ImportRowAction.Create, null, created));
        }

        if (commit && writes > 0)
        {
            if (_actor is not null) _actor.Reason = AuditReason;
            await _db.SaveChangesAsync(ct);
        }
        _db.ChangeTracker.Clear();
        return outcomes;
    }

    private Outcome Update(Item item, Child child, bool commit)
    {
        var overlay = item.Row.OverlayOn(ChildDraft.From(child, _unitsById[child.UnitId].Code));
        var problems = overlay.Validate(_today, _mapper.Catalogues.EthnicityCodes.Contains);
        if (problems.Count > 0)
        {
            var (field, message) = problems[0];
            return new Outcome(item, null, new ImportFinding(item.Row.Row, item.Row.ColumnOf(field, overlay),
                $"Không cập nhật được trẻ đã có trong sổ (hồ sơ số {child.Id}): {message}"), null);
        }
        var probe = new Child { BirthYear = child.BirthYear };
        overlay.ApplyTo(probe, item.Unit!.Id);
        var same = SameRecord(child, probe);
        var groups = item.Row.Groups.Where(g => !child.Classifications.Any(x =>
            x.Kind == ClassificationKind.SpecialCircumstance && x.GroupCode == g.Group && x.IsCurrentOn(_today))).ToList();
        var atRisk = item.Row.AtRisk.Where(a => !child.Classifications.Any(x =>
            x.Kind == ClassificationKind.AtRisk && string.Equals(x.AtRiskCode, a, StringComparison.OrdinalIgnoreCase) && x.IsCurrentOn(_today))).ToList();
        if (same && groups.Count == 0 && atRisk.Count == 0) return new Outcome(item, ImportRowAction.Unchanged, null, child);
        if (commit)
        {
            if (!same) overlay.ApplyTo(child, item.Unit.Id);
            AddClassifications(child, groups, atRisk);
            child.UpdatedAt = _now;
        }
        return new Outcome(item, ImportRowAction.Update, null, child);
    }

    private void AddClassifications(Child child, IEnumerable<(string Group, string? Subgroup)> groups, IEnumerable<string> atRisk)
    {
        foreach (var (group, subgroup) in groups)
            child.Classifications.Add(new ChildClassification
            {
                Kind = ClassificationKind.SpecialCircumstance, GroupCode = group, SubgroupCode = subgroup, StartDate = _today, Note = "Nhập từ tệp",
            });
        foreach (var code in atRisk)
            child.Classifications.Add(new ChildClassification
            {
                Kind = ClassificationKind.AtRisk, AtRiskCode = code, StartDate = _today, Note = "Nhập từ tệp",
            });
    }

    private ImportFinding DuplicateFinding(Item item, Child other, DuplicateReason reason, bool visible)
    {
        var column = reason == DuplicateReason.SameIdentityNumber ? ChildColumn.IdentityNumber : ChildColumn.FullName;
        var what = DuplicateRules.Describe(reason);
        var where = _unitsById.TryGetValue(other.UnitId, out var u) ? u.Name : "";
        var text = visible
            ? $"{what} với trẻ «{other.FullName}» (hồ sơ số {other.Id}, {where}) đã có trong sổ. Dòng này không được ghi; nếu là cùng một trẻ, hãy cập nhật hồ sơ đó hoặc làm thủ tục chuyển đi, gộp hồ sơ."
            : $"{what} với một hồ sơ đã có ở đơn vị ngoài phạm vi của bạn. Dòng này không được ghi; hãy liên hệ cán bộ cấp huyện hoặc tỉnh để kiểm tra.";
        var value = column == ChildColumn.IdentityNumber ? item.IdentityNumber : VietnameseText.Clean(item.Draft.FullName);
        return new ImportFinding(item.Row.Row, ChildImportTemplate.Header(column), text, value);
    }

    private static bool SameRecord(Child a, Child b) =>
        a.FullName == b.FullName && a.NameSearch == b.NameSearch && a.DateOfBirth == b.DateOfBirth && a.BirthYear == b.BirthYear
        && a.IsBirthYearEstimated == b.IsBirthYearEstimated && a.Sex == b.Sex && a.EthnicityCode == b.EthnicityCode
        && a.IdentityNumber == b.IdentityNumber && a.UnitId == b.UnitId && a.Address == b.Address && a.Poverty == b.Poverty
        && a.Schooling == b.Schooling && a.HasHealthInsurance == b.HasHealthInsurance && a.DisabilityType == b.DisabilityType
        && a.DisabilitySeverity == b.DisabilitySeverity && a.HasCongenitalHeartDisease == b.HasCongenitalHeartDisease
        && a.Notes == b.Notes && Caregivers(a).SequenceEqual(Caregivers(b));

    private static IEnumerable<string> Caregivers(Child c) => c.Caregivers
        .Select(g => $"{g.Relation}|{g.FullName}|{g.BirthYear}|{g.Phone}|{g.RelationshipText}|{g.IsMainCaregiver}")
        .Order(StringComparer.Ordinal);
}

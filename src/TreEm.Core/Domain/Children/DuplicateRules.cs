namespace TreEm.Domain.Children;

/// <summary>Why two records may be the same child.</summary>
public enum DuplicateReason
{
    /// <summary>Same identity number.</summary>
    SameIdentityNumber = 1,
    /// <summary>Same normalised name and date of birth.</summary>
    SameNameAndBirthDate = 2,
    /// <summary>Same normalised name, birth year and a caregiver's normalised name.</summary>
    SameNameBirthYearAndCaregiver = 3,
}

/// <summary>The likely-duplicate rules of the register, over the whole province (not only the user's scope).</summary>
public static class DuplicateRules
{
    public static string Describe(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameIdentityNumber => "Trùng số định danh",
        DuplicateReason.SameNameAndBirthDate => "Trùng họ tên và ngày sinh",
        DuplicateReason.SameNameBirthYearAndCaregiver => "Trùng họ tên, năm sinh và tên người chăm sóc",
        _ => reason.ToString(),
    };

    /// <summary>The reason the candidate matches the draft, or null. Names compare in normalised form.</summary>
    public static DuplicateReason? Match(ChildDraft draft, Child candidate)
    {
        if (!string.IsNullOrWhiteSpace(draft.IdentityNumber) && draft.IdentityNumber.Trim() == candidate.IdentityNumber)
            return DuplicateReason.SameIdentityNumber;
        var name = VietnameseText.Normalize(draft.FullName);
        if (name.Length == 0 || name != candidate.NameSearch) return null;
        if (draft.DateOfBirth is { } dob && candidate.DateOfBirth == dob) return DuplicateReason.SameNameAndBirthDate;
        var year = draft.DateOfBirth?.Year ?? draft.EstimatedBirthYear;
        if (year == candidate.BirthYear)
        {
            var caregivers = draft.Caregivers.Select(g => VietnameseText.Normalize(g.FullName)).Where(n => n.Length > 0).ToHashSet();
            if (candidate.Caregivers.Any(g => caregivers.Contains(g.NameSearch))) return DuplicateReason.SameNameBirthYearAndCaregiver;
        }
        return null;
    }
}

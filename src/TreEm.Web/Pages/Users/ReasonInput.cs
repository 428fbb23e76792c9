using System.ComponentModel.DataAnnotations;

namespace TreEm.Web.Pages.Users;

/// <summary>The reason an administrator gives for a change to an account; it goes into the audit entry.</summary>
public sealed class ReasonInput
{
    [Required(ErrorMessage = "Vui lòng nhập lý do.")]
    [StringLength(500, ErrorMessage = "Lý do dài tối đa 500 ký tự.")]
    public string Reason { get; set; } = "";
}

using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace TreEm.Web.Security;

/// <summary>Identity's messages in the user's language (Vietnamese unless they switched to English).</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static IdentityError E(string code, string vi, string en) => new() { Code = code, Description = English ? en : vi };

    public override IdentityError PasswordTooShort(int length) =>
        E(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.", $"Passwords must be at least {length} characters.");
    public override IdentityError PasswordRequiresDigit() =>
        E(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0-9).", "Passwords must have at least one digit.");
    public override IdentityError PasswordRequiresLower() =>
        E(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a-z).", "Passwords must have at least one lowercase letter.");
    public override IdentityError PasswordRequiresUpper() =>
        E(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A-Z).", "Passwords must have at least one uppercase letter.");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        E(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.", "Passwords must have at least one special character.");
    public override IdentityError PasswordMismatch() =>
        E(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.", "The current password is incorrect.");
    public override IdentityError DuplicateUserName(string userName) =>
        E(nameof(DuplicateUserName), $"Tên đăng nhập '{userName}' đã được sử dụng.", $"User name '{userName}' is already taken.");
    public override IdentityError InvalidUserName(string? userName) =>
        E(nameof(InvalidUserName), $"Tên đăng nhập '{userName}' không hợp lệ: chỉ dùng chữ thường không dấu, số và . _ - @.", $"User name '{userName}' is invalid: use lower-case letters, digits and . _ - @ only.");
    public override IdentityError ConcurrencyFailure() =>
        E(nameof(ConcurrencyFailure), "Bản ghi đã được người khác thay đổi. Vui lòng tải lại trang.", "The record was changed by someone else. Please reload.");
    public override IdentityError DefaultError() =>
        E(nameof(DefaultError), "Đã có lỗi xảy ra.", "An error occurred.");
}

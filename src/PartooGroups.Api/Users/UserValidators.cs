using System.Text.RegularExpressions;
using FluentValidation;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Users;

/// <summary>The vendor's rules for user fields, shared by createUser and updateUser.</summary>
public static partial class UserFieldRules
{
    public const string EmailAlreadyExists = "email_already_exists";
    public const string InvalidEmail = "Not a valid email address.";
    public const string UnknownOrganization = "organization_not_found";
    public const int EmailMaxLength = 254;

    public static readonly IReadOnlyList<string> Languages =
        ["fr", "en", "es", "it", "pt-br", "de", "ar", "nl", "pl", "cs", "ca", "sk", "pt", "lv", "ro", "bg", "hu"];

    public static readonly IReadOnlyList<string> Statuses = ["active", "invited"];

    public static string OneOf(IEnumerable<string> values) => $"Must be one of: {string.Join(", ", values)}.";

    public static bool IsEmail(string email) => email.Length <= EmailMaxLength && EmailPattern().IsMatch(email);

    internal static IRuleBuilderOptionsConditions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule, bool required) =>
        rule.Custom((name, context) =>
        {
            var error = name switch
            {
                null => required ? NameRules.Missing : null,
                _ when string.IsNullOrWhiteSpace(name) => NameRules.Blank,
                _ when name.Length > NameRules.MaxLength => NameRules.TooLong,
                _ => null,
            };
            if (error is not null)
            {
                context.AddFailure(error);
            }
        });

    internal static IRuleBuilderOptionsConditions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule, bool required) =>
        rule.Custom((email, context) =>
        {
            var error = email switch
            {
                null => required ? NameRules.Missing : null,
                _ when !IsEmail(email) => InvalidEmail,
                _ => null,
            };
            if (error is not null)
            {
                context.AddFailure(error);
            }
        });

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}

/// <summary>The optional fields createUser and updateUser share.</summary>
internal abstract class UserFieldsValidator<T> : AbstractValidator<T>
    where T : IUserFields
{
    protected UserFieldsValidator()
    {
        RuleFor(r => r.Role)
            .Must(role => role is null || UserPermissions.Assignable.Contains(role))
            .WithMessage(UserFieldRules.OneOf(UserPermissions.Assignable));
        RuleFor(r => r.OrgId).GreaterThanOrEqualTo(1).WithMessage("Must be greater than or equal to 1.");
        RuleFor(r => r.Accesses)
            .Must(list => list is null || list.All(access => access is not null))
            .WithMessage("Not a valid list.");
        RuleFor(r => r.BusinessIds)
            .Must(list => list is null || list.All(id => id is not null))
            .WithMessage("Not a valid string.");
        RuleFor(r => r.SidebarPages)
            .Must(list => list is null || list.All(page => page is not null))
            .WithMessage("Not a valid string.");
        RuleFor(r => r.Lang)
            .Must(lang => lang is null || UserFieldRules.Languages.Contains(lang))
            .WithMessage(UserFieldRules.OneOf(UserFieldRules.Languages));
        RuleFor(r => r.Phone).MaximumLength(NameRules.MaxLength).WithMessage(NameRules.TooLong);
        RuleFor(r => r.Status)
            .Must(status => status is null || UserFieldRules.Statuses.Contains(status))
            .WithMessage(UserFieldRules.OneOf(UserFieldRules.Statuses));
    }
}

internal sealed class CreateUserRequestValidator : UserFieldsValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(r => r.Email).Email(required: true);
        RuleFor(r => r.FirstName).PersonName(required: true);
        RuleFor(r => r.LastName).PersonName(required: true);
    }
}

internal sealed class UpdateUserRequestValidator : UserFieldsValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator()
    {
        RuleFor(r => r.Email).Email(required: false);
        RuleFor(r => r.FirstName).PersonName(required: false);
        RuleFor(r => r.LastName).PersonName(required: false);
    }
}

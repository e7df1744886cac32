using FluentValidation;

namespace PartooGroups.Api.Sections;

/// <summary>The vendor's rules for section and group names, shared by the API validators and the seed validator.</summary>
public static class NameRules
{
    public const string ForbiddenCharacters = ",;/";
    public const int MaxLength = 255;
    public const string AlreadyExists = "name_already_exists";
    public const string ContainsForbiddenCharacters = "name_contains_forbidden_characters";
    public const string Missing = "Missing data for required field.";
    public const string Blank = "Field may not be blank.";

    public static readonly string TooLong = $"Longer than maximum length {MaxLength}.";

    /// <summary>The vendor's <c>,;/</c>, and control characters (NUL, tab, line breaks...), which no name can hold.</summary>
    public static bool HasForbiddenCharacters(string name) =>
        name.AsSpan().IndexOfAny(ForbiddenCharacters) >= 0 || name.Any(char.IsControl);

    /// <summary>The first rule a name breaks, or null.</summary>
    public static string? Check(string? name) => name switch
    {
        null => Missing,
        _ when string.IsNullOrWhiteSpace(name) => Blank,
        _ when name.Length > MaxLength => TooLong,
        _ when HasForbiddenCharacters(name) => ContainsForbiddenCharacters,
        _ => null,
    };

    /// <summary>A required section or group name.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> PartooName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((name, context) =>
        {
            if (Check(name) is { } error)
            {
                context.AddFailure(error);
            }
        });
}
